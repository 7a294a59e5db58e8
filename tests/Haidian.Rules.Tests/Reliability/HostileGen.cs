using System.Reflection;
using FsCheck;
using FsCheck.Fluent;

namespace Haidian.Rules.Tests.Reliability;

/// <summary>
/// Builds an FsCheck generator for any library input type by reflection over its public constructor (positional
/// records) or its init-only properties (property records): every decimal, int, string, date, month and enum field is
/// drawn from <see cref="HostileValues"/>, nullable and reference fields are sometimes null, lists are short and
/// sometimes hold null elements. A new module's inputs get hostile generators with no extra code; <see cref="With{T}"/>
/// overrides one type where a module needs a narrower or wider pool.
/// </summary>
public sealed class HostileGen
{
    private readonly Dictionary<Type, Gen<object?>> overrides = new();
    private readonly Dictionary<Type, Gen<object?>> cache = new();

    /// <summary>How often a nullable field is null, as 1 in N.</summary>
    public int NullOneIn { get; init; } = 12;

    /// <summary>The longest generated list.</summary>
    public int MaxListLength { get; init; } = 4;

    /// <summary>Replaces the generator of one type (including nested occurrences).</summary>
    public HostileGen With<T>(Gen<T> gen)
    {
        overrides[typeof(T)] = gen.Select(x => (object?)x);
        cache.Clear();
        return this;
    }

    /// <summary>The generator of <typeparamref name="T"/>, never null at the top level.</summary>
    public Gen<T> For<T>() => Build(typeof(T), 0, allowNull: false).Select(x => (T)x!);

    private Gen<object?> Build(Type type, int depth, bool allowNull)
    {
        var core = Core(type, depth);
        var isNullable = !type.IsValueType || Nullable.GetUnderlyingType(type) is not null;
        return allowNull && isNullable
            ? Gen.Frequency((1, Gen.Constant<object?>(null)), (NullOneIn - 1, core))
            : core;
    }

    private Gen<object?> Core(Type type, int depth)
    {
        if (overrides.TryGetValue(type, out var o))
        {
            return o;
        }

        if (cache.TryGetValue(type, out var cached))
        {
            return cached;
        }

        var underlying = Nullable.GetUnderlyingType(type);
        Gen<object?> gen;
        if (underlying is not null)
        {
            gen = Core(underlying, depth);
        }
        else if (type == typeof(decimal))
        {
            gen = HostileValues.Decimal().Select(x => (object?)x);
        }
        else if (type == typeof(int))
        {
            gen = HostileValues.Int().Select(x => (object?)x);
        }
        else if (type == typeof(bool))
        {
            gen = Gen.Elements(true, false).Select(x => (object?)x);
        }
        else if (type == typeof(string))
        {
            gen = HostileValues.String().Select(x => (object?)x);
        }
        else if (type == typeof(LocalDate))
        {
            gen = HostileValues.Date().Select(x => (object?)x);
        }
        else if (type == typeof(YearMonth))
        {
            gen = HostileValues.Month().Select(x => (object?)x);
        }
        else if (type.IsEnum)
        {
            gen = HostileValues.Enum(type).Select(x => (object?)x);
        }
        else if (type.IsGenericType && IsListLike(type.GetGenericTypeDefinition()))
        {
            var element = type.GetGenericArguments()[0];
            var elementGen = depth > 3 ? Gen.Constant<object?>(null) : Build(element, depth + 1, allowNull: true);
            gen = Gen.Choose(0, MaxListLength).SelectMany(n => Gen.ArrayOf(elementGen, n)).Select(items =>
            {
                var array = Array.CreateInstance(element, items.Length);
                for (var i = 0; i < items.Length; i++)
                {
                    array.SetValue(items[i], i);
                }

                return (object?)array;
            });
        }
        else
        {
            gen = Record(type, depth);
        }

        cache[type] = gen;
        return gen;
    }

    private static bool IsListLike(Type definition) =>
        definition == typeof(IReadOnlyList<>) || definition == typeof(IEnumerable<>) || definition == typeof(IReadOnlyCollection<>) || definition == typeof(List<>);

    private Gen<object?> Record(Type type, int depth)
    {
        var ctor = type.GetConstructors().Where(c => c.GetParameters().All(p => p.ParameterType != type)).OrderByDescending(c => c.GetParameters().Length).FirstOrDefault()
            ?? throw new InvalidOperationException("no public constructor on " + type);
        var parameters = ctor.GetParameters();
        if (parameters.Length > 0)
        {
            var argGens = parameters.Select(p => Build(p.ParameterType, depth + 1, allowNull: true)).ToArray();
            return Gen.CollectToArray(argGens).Select(args => Construct(() => ctor.Invoke(args)));
        }

        var props = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && p.SetMethod is { IsPublic: true } && p.Name != "EqualityContract")
            .ToArray();
        var propGens = props.Select(p => Build(p.PropertyType, depth + 1, allowNull: true)).ToArray();
        return Gen.CollectToArray(propGens).Select(values =>
        {
            var instance = ctor.Invoke(Array.Empty<object>());
            for (var i = 0; i < props.Length; i++)
            {
                props[i].SetValue(instance, values[i]);
            }

            return (object?)instance;
        });
    }

    /// <summary>A constructor that rejects its arguments (e.g. Citation's) yields null: the calculators must then cope with that null.</summary>
    private static object? Construct(Func<object> create)
    {
        try
        {
            return create();
        }
        catch (TargetInvocationException ex) when (ex.InnerException is ArgumentException or ValidationException)
        {
            return null;
        }
    }
}
