using System.Reflection;
using System.Runtime.CompilerServices;

namespace Haidian.Rules.Tests.Core;

/// <summary>Conventions enforced by reflection over the assembly (STYLE.md: NodaTime), not by reviewers' memory.</summary>
public sealed class ConventionTests
{
    private static readonly Assembly Library = typeof(Citation).Assembly;

    private static IEnumerable<Type> PublicTypes => Library.GetExportedTypes();

    [Fact]
    public void PublicApi_UsesNoDateTimeDoubleOrFloat()
    {
        var banned = new[] { typeof(DateTime), typeof(DateTimeOffset), typeof(double), typeof(float) };
        var offenders = new List<string>();
        foreach (var type in PublicTypes)
        {
            foreach (var member in type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                var types = member switch
                {
                    PropertyInfo p => new[] { p.PropertyType },
                    FieldInfo f => new[] { f.FieldType },
                    MethodInfo m => m.GetParameters().Select(x => x.ParameterType).Append(m.ReturnType).ToArray(),
                    ConstructorInfo c => c.GetParameters().Select(x => x.ParameterType).ToArray(),
                    _ => Array.Empty<Type>(),
                };
                if (types.Select(Unwrap).Any(t => banned.Contains(t)))
                {
                    offenders.Add(type.Name + "." + member.Name);
                }
            }
        }

        Assert.Empty(offenders);
    }

    [Fact]
    public void PublicClasses_AreSealedStaticOrAbstract()
    {
        var open = PublicTypes.Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract).Select(t => t.FullName).ToArray();
        Assert.Empty(open);
    }

    [Fact]
    public void PublicTypes_HaveNoPublicSetters()
    {
        var mutable = PublicTypes
            .Where(t => !t.IsInterface)
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(p => p.SetMethod is { IsPublic: true } set && !IsInitOnly(set))
                .Select(p => t.Name + "." + p.Name))
            .ToArray();
        Assert.Empty(mutable);
    }

    [Fact]
    public void PublicTypes_HaveNoPublicMutableFields()
    {
        var fields = PublicTypes
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(f => !f.IsInitOnly && !f.IsLiteral && !t.IsEnum)
                .Select(f => t.Name + "." + f.Name))
            .ToArray();
        Assert.Empty(fields);
    }

    [Fact]
    public void ParameterTypes_HaveACitedGazetteDefaultThatValidates()
    {
        var parameterTypes = PublicTypes.Where(t => typeof(IVersionedParameters).IsAssignableFrom(t) && t.IsClass).ToArray();
        Assert.NotEmpty(parameterTypes);
        foreach (var t in parameterTypes)
        {
            var defaults = t.GetProperties(BindingFlags.Public | BindingFlags.Static).Where(p => p.PropertyType == t).ToArray();
            Assert.True(defaults.Length > 0, t.Name + " has no static default instance");
            foreach (var d in defaults)
            {
                var value = (IVersionedParameters)d.GetValue(null)!;
                Assert.False(string.IsNullOrWhiteSpace(value.Version), t.Name + "." + d.Name + " has no version");
                // A source is a document number or, for a statute or a whole gazette issue, a title (Citation's contract).
                Assert.False(string.IsNullOrWhiteSpace(value.Source.DocumentNumber) && string.IsNullOrWhiteSpace(value.Source.Title), t.Name + "." + d.Name + " cites no document");
                Assert.Equal(Citation.NormaliseDocumentNumber(value.Source.DocumentNumber), value.Source.DocumentNumber);
                var validate = t.GetMethod("Validate", Type.EmptyTypes);
                Assert.True(validate is not null, t.Name + " has no Validate()");
                Assert.Empty((IEnumerable<ValidationError>)validate!.Invoke(value, null)!);
            }
        }
    }

    [Fact]
    public void Calculators_AreSealedAndStateless()
    {
        var calculators = PublicTypes.Where(t => t.Name.EndsWith("Calculator", StringComparison.Ordinal)).ToArray();
        Assert.NotEmpty(calculators);
        foreach (var c in calculators)
        {
            Assert.True(c.IsSealed || (c.IsAbstract && c.IsSealed), c.Name + " must be sealed or static");
            var writable = c.GetFields(BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public).Where(f => !f.IsInitOnly).Select(f => f.Name).ToArray();
            Assert.True(writable.Length == 0, c.Name + " has writable fields: " + string.Join(", ", writable));
        }
    }

    [Fact]
    public void OnlyDocumentedExceptionTypes_ArePublic()
    {
        var exceptions = PublicTypes.Where(t => typeof(Exception).IsAssignableFrom(t)).Select(t => t.Name).OrderBy(n => n, StringComparer.Ordinal).ToArray();
        Assert.Equal(new[] { "HaidianRulesException", "NotInForceException", "ValidationException" }, exceptions);
    }

    private static bool IsInitOnly(MethodInfo setter) =>
        // By name: the netstandard2.0 build marks init setters with its own polyfilled IsExternalInit, not the runtime's type.
        setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.FullName == typeof(IsExternalInit).FullName);

    private static Type Unwrap(Type t)
    {
        if (t.IsByRef || t.IsArray)
        {
            return Unwrap(t.GetElementType()!);
        }

        if (Nullable.GetUnderlyingType(t) is { } u)
        {
            return u;
        }

        return t;
    }
}
