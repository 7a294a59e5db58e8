using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Xunit.Abstractions;

namespace Haidian.Rules.Tests.Core;

/// <summary>
/// Spec 07 C4 (issue 14 item 4), for every public entry point of the library at once: each public method (and each
/// constructor of a class that is not a record) whose arguments reach an enum — an enum parameter, or an enum member
/// anywhere inside a record, a list or a nested record of an argument — is called with valid arguments
/// (<see cref="UndefinedEnumSamples"/>) except one undefined value <c>(E)99</c>, once for every such slot, and must throw a
/// <see cref="ValidationException"/> with an <c>invalidValue</c> error whose path names that member (e.g.
/// <c>sections[0].functionalClass</c>). Entry points and enum members are found by reflection, so a new method or member is
/// covered without a new test; an entry point without registered samples, or an enum member no sample reaches, fails here.
/// </summary>
public sealed class UndefinedEnumTests
{
    /// <summary>The undefined value written into each enum slot.</summary>
    internal const int Undefined = 99;

    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Assembly Library = typeof(Citation).Assembly;

    private readonly ITestOutputHelper log;

    public UndefinedEnumTests(ITestOutputHelper log) => this.log = log;

    [Fact]
    public void EveryEntryPoint_RejectsAnUndefinedEnumValue_InEveryArgumentAndMemberItReaches()
    {
        var failures = new List<string>();
        int entries = 0, withEnums = 0, calls = 0;
        foreach (var entry in EntryPoints())
        {
            entries++;
            var reachable = ReachableEnumMembers(entry);
            if (reachable.Count == 0)
            {
                continue;
            }

            withEnums++;
            var signature = Signature(entry);
            if (!UndefinedEnumSamples.ByEntryPoint.TryGetValue(signature, out var samples) || samples.Length == 0)
            {
                failures.Add(signature + ": no valid sample arguments registered in UndefinedEnumSamples (it reaches " + string.Join(", ", reachable.OrderBy(x => x, StringComparer.Ordinal)) + ")");
                continue;
            }

            var covered = new HashSet<string>(StringComparer.Ordinal);
            for (var s = 0; s < samples.Length; s++)
            {
                var sample = samples[s];
                var args = sample.Arguments();
                var valid = Invoke(entry, sample, args);
                if (valid is not null)
                {
                    failures.Add($"{signature}: sample {s} is not valid: {valid.GetType().Name}: {valid.Message}");
                    continue;
                }

                foreach (var slot in Slots(entry, sample, args))
                {
                    covered.Add(slot.Member);
                    calls++;
                    var problem = Judge(Invoke(entry, sample, slot.Mutate()), slot.Path);
                    if (problem is not null)
                    {
                        failures.Add($"{signature}: {slot.Member} = {Undefined} at '{slot.Path}' (sample {s}): {problem}");
                    }
                }
            }

            failures.AddRange(reachable.Except(covered, StringComparer.Ordinal).OrderBy(x => x, StringComparer.Ordinal)
                .Select(m => signature + ": no registered sample reaches " + m + " (add a sample in which it is set)"));
        }

        log.WriteLine($"{entries} public entry points, {withEnums} reach an enum, {calls} calls with an undefined value");
        Assert.True(failures.Count == 0, failures.Count + " problems:\n" + string.Join("\n", failures));
        Assert.True(withEnums >= 40, "only " + withEnums + " entry points reach an enum: is discovery broken?");
        Assert.Empty(UndefinedEnumSamples.ByEntryPoint.Keys.Except(EntryPoints().Select(Signature), StringComparer.Ordinal));
    }

    [Fact]
    public void Slots_FindEveryEnumInArgumentsListsAndNestedRecords_AndMutateOnlyACopy()
    {
        // why: the engine itself must be right, or the main test proves nothing.
        var method = typeof(Probe).GetMethod(nameof(Probe.Call))!;
        var original = new ProbeInput(ProbeKind.A, new[] { new ProbeItem(ProbeKind.B, null) }, Array.Empty<ProbeKind>(), new ProbeStruct(ProbeKind.A));
        var args = new object?[] { ProbeKind.A, original };
        var slots = Slots(method, new UndefinedEnumSample(() => args), args).ToArray();
        Assert.Equal(
            new[] { "kind", "kind", "items[0].kind", "items[0].optional", "kinds[0]", "inner.kind" },
            slots.Select(s => s.Path));
        Assert.Equal(
            new[] { "parameter kind", "ProbeInput.Kind", "ProbeItem.Kind", "ProbeItem.Optional", "ProbeInput.Kinds", "ProbeStruct.Kind" },
            slots.Select(s => s.Member));
        var mutated = (ProbeInput)slots[3].Mutate()[1]!;
        Assert.Equal((ProbeKind)Undefined, mutated.Items[0].Optional);
        Assert.Null(original.Items[0].Optional);
        Assert.Equal((ProbeKind)Undefined, ((ProbeInput)slots[5].Mutate()[1]!).Inner.Kind);
        Assert.Equal(ProbeKind.A, original.Inner.Kind);
        Assert.Equal(new[] { (ProbeKind)Undefined }, ((ProbeInput)slots[4].Mutate()[1]!).Kinds);
        Assert.Equal(slots.Select(s => s.Member).Distinct().OrderBy(x => x, StringComparer.Ordinal), ReachableEnumMembers(method).OrderBy(x => x, StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("sections[0].functionalClass", "sections[0].functionalClass", true)]
    [InlineData("versions[0].consentScope", "consentScope", true)]
    [InlineData("grades[0].grade", "[0].grade", true)]
    [InlineData("unit", "unit", true)]
    [InlineData("sections[1].functionalClass", "[0].functionalClass", false)]   // why: the index is part of the member's path
    [InlineData("functionalClassX", "functionalClass", false)]
    [InlineData("assessmentTarget", "functionalClass", false)]
    public void PathNames_MatchesTheMemberOnlyAtTheEndOfTheErrorPath(string errorPath, string slotPath, bool names) =>
        Assert.Equal(names, PathNames(errorPath, slotPath));

    [Fact]
    public void Judge_AcceptsOnlyAnInvalidValueErrorAtThePath()
    {
        var right = new ValidationException(new[] { new ValidationError("kind", ErrorCode.InvalidValue, "is not one of A, B (got the undefined value 99)") });
        Assert.Null(Judge(right, "kind"));
        Assert.Contains("accepted", Judge(null, "kind"), StringComparison.Ordinal);
        Assert.Contains("other paths", Judge(right, "unit"), StringComparison.Ordinal);
        Assert.Contains("ArgumentOutOfRangeException", Judge(new ArgumentOutOfRangeException("kind"), "kind"), StringComparison.Ordinal);
        Assert.NotNull(Judge(new ValidationException(new[] { new ValidationError("kind", ErrorCode.OutOfRange, "got 99") }), "kind"));
    }

    /// <summary>Every public method and every constructor of a non-record class a caller can call, in a stable order.</summary>
    internal static IEnumerable<MethodBase> EntryPoints()
    {
        foreach (var t in Library.GetExportedTypes().Where(t => !t.IsEnum && !t.IsInterface && !t.ContainsGenericParameters && !typeof(Exception).IsAssignableFrom(t)).OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            var record = IsRecord(t);
            var methods = t.GetMethods(Declared)
                .Where(m => !m.IsSpecialName && !m.ContainsGenericParameters && !m.Name.StartsWith("<", StringComparison.Ordinal))
                .Where(m => !(m.Name is "Equals" or "GetHashCode" or "ToString" or "Deconstruct" or "PrintMembers"))
                .Cast<MethodBase>();
            var constructors = record ? Enumerable.Empty<MethodBase>() : t.GetConstructors();
            foreach (var m in constructors.Concat(methods).OrderBy(Signature, StringComparer.Ordinal))
            {
                yield return m;
            }
        }
    }

    /// <summary><c>Type.Method(ParameterType, …)</c> with C# short type names, e.g. <c>WaterCompensationCalculator.Calculate(in SectionMonth, String)</c>.</summary>
    internal static string Signature(MethodBase m) =>
        m.DeclaringType!.Name + "." + (m.IsConstructor ? "ctor" : m.Name) + "(" + string.Join(", ", m.GetParameters().Select(p => TypeName(p.ParameterType))) + ")";

    private static string TypeName(Type t)
    {
        if (t.IsByRef)
        {
            return "in " + TypeName(t.GetElementType()!);
        }

        if (t.IsArray)
        {
            return TypeName(t.GetElementType()!) + "[]";
        }

        if (Nullable.GetUnderlyingType(t) is { } u)
        {
            return TypeName(u) + "?";
        }

        return t.IsGenericType ? t.Name.Substring(0, t.Name.IndexOf('`', StringComparison.Ordinal)) + "<" + string.Join(", ", t.GetGenericArguments().Select(TypeName)) + ">" : t.Name;
    }

    /// <summary>
    /// The enum members an entry point's arguments can reach, by type: <c>parameter name</c> for an enum parameter (or a list of
    /// them), <c>Type.Member</c> for an enum member (or a list of them) of a record reachable through members and lists.
    /// </summary>
    internal static IReadOnlyCollection<string> ReachableEnumMembers(MethodBase entry)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in entry.GetParameters())
        {
            Reach(Unref(p.ParameterType), "parameter " + p.Name, found, new HashSet<Type>());
        }

        return found;
    }

    private static void Reach(Type type, string key, HashSet<string> found, HashSet<Type> visiting)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (EnumOf(type) is not null)
        {
            found.Add(key);
        }
        else if (ElementOf(type) is { } element)
        {
            Reach(element, key, found, visiting);
        }
        else if (IsWalkable(type) && visiting.Add(type))
        {
            foreach (var prop in DataProperties(type))
            {
                Reach(prop.PropertyType, type.Name + "." + prop.Name, found, visiting);
            }

            visiting.Remove(type);
        }
    }

    /// <summary>One enum slot of a sample's arguments: its JSON-shaped path, the member it is, and the arguments with (E)99 in it.</summary>
    internal sealed record Slot(string Path, string Member, Func<object?[]> Mutate);

    internal static IEnumerable<Slot> Slots(MethodBase entry, UndefinedEnumSample sample, object?[] args)
    {
        var parameters = entry.GetParameters();
        var types = sample.ArgumentTypes ?? parameters.Select(p => Unref(p.ParameterType)).ToArray();
        for (var i = 0; i < args.Length; i++)
        {
            var index = i;
            var rootPath = EnumOf(types[i]) is not null ? parameters[i].Name! : string.Empty;
            foreach (var (path, member, mutated) in Walk(args[i], types[i], rootPath, "parameter " + parameters[i].Name, v => v))
            {
                yield return new Slot(path, member, () =>
                {
                    var copy = (object?[])args.Clone();
                    copy[index] = mutated();
                    return copy;
                });
            }
        }
    }

    private static IEnumerable<(string Path, string Member, Func<object?> Mutated)> Walk(object? value, Type type, string path, string member, Func<object?, object?> set)
    {
        if (EnumOf(type) is { } enumType)
        {
            yield return (path, member, () => set(Enum.ToObject(enumType, Undefined)));
            yield break;
        }

        if (value is null)
        {
            yield break;
        }

        type = Nullable.GetUnderlyingType(type) ?? type;
        if (ElementOf(type) is { } element)
        {
            var items = ((IEnumerable)value).Cast<object?>().ToList();
            if (items.Count == 0)
            {
                if (EnumOf(element) is { } elementEnum)
                {
                    yield return (path + "[0]", member, () => set(MakeList(type, element, new[] { Enum.ToObject(elementEnum, Undefined) })));
                }

                yield break;
            }

            foreach (var slot in Walk(items[0], element, path + "[0]", member, v =>
            {
                var copy = items.ToArray();
                copy[0] = v;
                return set(MakeList(type, element, copy));
            }))
            {
                yield return slot;
            }

            yield break;
        }

        if (!IsWalkable(type))
        {
            yield break;
        }

        foreach (var prop in DataProperties(type))
        {
            var child = prop.GetValue(value);
            var childPath = path.Length == 0 ? JsonName(prop) : path + "." + JsonName(prop);
            foreach (var slot in Walk(child, prop.PropertyType, childPath, type.Name + "." + prop.Name, v =>
            {
                var copy = Copy(value);
                prop.SetValue(copy, v);
                return set(copy);
            }))
            {
                yield return slot;
            }
        }
    }

    /// <summary>Null when <paramref name="outcome"/> is the expected rejection of the undefined value at <paramref name="path"/>, else what is wrong.</summary>
    internal static string? Judge(Exception? outcome, string path)
    {
        switch (outcome)
        {
            case null:
                return "accepted (no exception)";
            case ValidationException v when v.Errors.Any(e => e.Code == ErrorCode.InvalidValue && PathNames(e.Path, path) && e.Message.Length > 0):
                return null;
            case ValidationException v:
                return "ValidationException at other paths or codes: " + string.Join("; ", v.Errors.Select(e => e.Path + " [" + e.Code + "] " + e.Message));
            default:
                return outcome.GetType().Name + ": " + outcome.Message;
        }
    }

    /// <summary>The error path names the slot: equal, or ending with it after a '.' (the argument's or the version's prefix), or with its list index.</summary>
    internal static bool PathNames(string errorPath, string slotPath) =>
        errorPath == slotPath
        || (slotPath.StartsWith("[", StringComparison.Ordinal) ? errorPath.EndsWith(slotPath, StringComparison.Ordinal) : errorPath.EndsWith("." + slotPath, StringComparison.Ordinal));

    private static Exception? Invoke(MethodBase entry, UndefinedEnumSample sample, object?[] args)
    {
        try
        {
            if (sample.Call is not null)
            {
                sample.Call(sample.Target?.Invoke(), args);
            }
            else if (entry is ConstructorInfo constructor)
            {
                constructor.Invoke(args);
            }
            else
            {
                var target = entry.IsStatic ? null : sample.Target?.Invoke() ?? Activator.CreateInstance(entry.DeclaringType!);
                var result = entry.Invoke(target, args);
                if (result is not null && entry is MethodInfo m && m.ReturnType != typeof(void) && !m.ReturnType.IsPrimitive)
                {
                    _ = result.ToString(); // lazily built members are read, as a caller printing the result would
                }
            }

            return null;
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            return ex.InnerException;
        }
        catch (Exception ex)
        {
            return ex;
        }
    }

    private static Type Unref(Type t) => t.IsByRef ? t.GetElementType()! : t;

    private static Type? EnumOf(Type t) => t.IsEnum ? t : Nullable.GetUnderlyingType(t) is { IsEnum: true } u ? u : null;

    private static Type? ElementOf(Type t)
    {
        if (t == typeof(string))
        {
            return null;
        }

        if (t.IsArray)
        {
            return t.GetElementType();
        }

        if (t.IsGenericType)
        {
            var definition = t.GetGenericTypeDefinition();
            if (definition == typeof(IReadOnlyList<>) || definition == typeof(IEnumerable<>) || definition == typeof(IReadOnlyCollection<>) || definition == typeof(List<>)
                || definition == typeof(ReadOnlySpan<>) || definition == typeof(Span<>) || definition == typeof(ReadOnlyMemory<>) || definition == typeof(Memory<>))
            {
                return t.GetGenericArguments()[0];
            }
        }

        return null;
    }

    private static object MakeList(Type listType, Type element, object?[] items)
    {
        if (listType.IsGenericType && listType.GetGenericTypeDefinition() == typeof(List<>))
        {
            var list = (IList)Activator.CreateInstance(listType)!;
            foreach (var item in items)
            {
                list.Add(item);
            }

            return list;
        }

        var array = Array.CreateInstance(element, items.Length);
        for (var i = 0; i < items.Length; i++)
        {
            array.SetValue(items[i], i);
        }

        return array;
    }

    /// <summary>A type whose data members a caller sets: a record, record struct or init-only type of the library (or of these tests' probes).</summary>
    private static bool IsWalkable(Type t) =>
        (t.Assembly == Library || t.Assembly == typeof(UndefinedEnumTests).Assembly)
        && !t.IsEnum && !t.IsInterface && !t.IsAbstract && !t.IsPrimitive && DataProperties(t).Any();

    private static IEnumerable<PropertyInfo> DataProperties(Type t) =>
        t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.SetMethod is { IsPublic: true } && p.Name != "EqualityContract")
            .OrderBy(p => p.MetadataToken);

    private static bool IsRecord(Type t) => t.GetMethod("PrintMembers", BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public) is not null;

    private static string JsonName(PropertyInfo p) => p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(p.Name);

    private static object Copy(object value)
    {
        var clone = value.GetType().GetMethod("<Clone>$", BindingFlags.Public | BindingFlags.Instance);
        return clone is not null
            ? clone.Invoke(value, null)!
            : typeof(object).GetMethod("MemberwiseClone", BindingFlags.NonPublic | BindingFlags.Instance)!.Invoke(value, null)!;
    }

    public enum ProbeKind
    {
        A,
        B,
    }

    public sealed record ProbeItem(ProbeKind Kind, ProbeKind? Optional);

    public readonly record struct ProbeStruct(ProbeKind Kind);

    public sealed record ProbeInput(ProbeKind Kind, IReadOnlyList<ProbeItem> Items, IReadOnlyList<ProbeKind> Kinds, ProbeStruct Inner);

    public static class Probe
    {
        public static int Call(ProbeKind kind, ProbeInput input) => (int)kind + input.Items.Count;
    }
}

/// <summary>
/// Valid arguments for one entry point of <see cref="UndefinedEnumTests"/>: <see cref="Arguments"/> builds them afresh,
/// <see cref="Target"/> the instance to call (default: the type's parameterless constructor, i.e. the gazette's defaults),
/// <see cref="Call"/> replaces reflection for methods taking spans (their arguments are then arrays, typed by
/// <see cref="ArgumentTypes"/>).
/// </summary>
internal sealed record UndefinedEnumSample(Func<object?[]> Arguments, Func<object?>? Target = null, Action<object?, object?[]>? Call = null, Type[]? ArgumentTypes = null);
