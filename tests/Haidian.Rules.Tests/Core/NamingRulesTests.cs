using System.Reflection;
using System.Text.Json.Serialization;

namespace Haidian.Rules.Tests.Core;

/// <summary>
/// The naming rules of docs/module-pattern.md ("Naming rules", issue 14 item 8), enforced by reflection over the library's
/// public types and members. Each rule is a function over a list of types that returns one message per offending symbol, so
/// the same function is run on the library (must find nothing) and on the synthetic offenders below (must find each one):
/// every rule is shown to be able to fail.
/// </summary>
public sealed class NamingRulesTests
{
    private static readonly Type[] Library = typeof(Citation).Assembly.GetExportedTypes();

    [Fact]
    public void Library_HasOneFindingType() => NoViolations(NamingRules.OneFindingType(Library));

    [Fact]
    public void Library_NamesItsComplianceResultsReport() => NoViolations(NamingRules.ComplianceResultsAreReports(Library));

    [Fact]
    public void Library_NamesItsInputsAsNouns() => NoViolations(NamingRules.InputsAreNouns(Library));

    [Fact]
    public void Library_NamesItsChecksCheck() => NoViolations(NamingRules.ChecksAreCheckMethods(Library));

    [Fact]
    public void Library_NamesTheParameterLookupParametersFor() => NoViolations(NamingRules.ParameterLookupIsParametersFor(Library));

    [Fact]
    public void Library_PairsEachCalculatorWithItsVersionedParameters() => NoViolations(NamingRules.CalculatorsHaveVersionedParameters(Library));

    [Fact]
    public void Library_NamesItsEnumsInTheSingular_AndWritesThemAsWords() => NoViolations(NamingRules.EnumsAreSingularWords(Library));

    [Fact]
    public void Library_NamesInterfacesIAndExceptionsException() => NoViolations(NamingRules.InterfacesAndExceptions(Library));

    /// <summary>Fails with every offending symbol, one per line (Assert.Empty would cut the list short).</summary>
    private static void NoViolations(IReadOnlyList<string> violations) =>
        Assert.True(violations.Count == 0, violations.Count + " naming rule violations:\n" + string.Join("\n", violations));

    [Fact]
    public void Rules_FindEachSyntheticOffender_ByName()
    {
        // why: a rule that finds nothing on the library could be a rule that finds nothing at all; each offender below breaks one rule.
        Assert.Equal(
            new[]
            {
                "Finding: only Haidian.Rules.Finding is named Finding",
                "LooseFinding: a type named *Finding must wrap the core Finding (a public Finding property) — use Haidian.Rules.Finding",
                "OwnFindings.Findings: a Findings list holds Haidian.Rules.Finding or a type wrapping it, not String",
                "RiskSeverity: only the core Severity/FindingStatus are finding severities or statuses — use Haidian.Rules.Severity / FindingStatus",
                "RuleState: declares Breached, Violation — severity and status of a finding are the core Severity/FindingStatus",
            },
            NamingRules.OneFindingType(Offenders.Types));
        Assert.Equal(
            new[]
            {
                "AuditResult: a compliance result (a Compliant or ComplianceVerdict member) is named *Report",
                "LooseReport: a type named *Report is a compliance result: it needs a Compliant (bool) or Verdict (ComplianceVerdict) and a Findings list",
            },
            NamingRules.ComplianceResultsAreReports(Offenders.Types));
        Assert.Equal(
            new[]
            {
                "FeeRequest: an input is a noun for the thing, not *Request",
                "HolidayDto: an input is a noun for the thing, not *Dto",
                "SurveyData: an input is a noun for the thing, not *Data",
                "SurveyInput: an input is a noun for the thing, not *Input",
                "LooseCalculator.Cap(request): a parameter is a noun for the thing, not 'request'",
            },
            NamingRules.InputsAreNouns(Offenders.Types));
        Assert.Equal(
            new[]
            {
                "LooseCalculator.Audit: returns a compliance report, so it is named Check*",
                "LooseCalculator.EvaluateConsent: a check is named Check*, not Evaluate*",
                "LooseCalculator.VerifyTerms: a check is named Check*, not Verify*",
            },
            NamingRules.ChecksAreCheckMethods(Offenders.Types));
        Assert.Equal(
            new[]
            {
                "LooseCalculator.ParametersOn: the parameter version in force is looked up by ParametersFor",
                "LooseCalculator: has a parameter History but no ParametersFor",
            },
            NamingRules.ParameterLookupIsParametersFor(Offenders.Types));
        Assert.Equal(
            new[]
            {
                "LooseCalculator: no LooseParameters type beside it in Haidian.Rules.Tests.Core",
                "LooseCalculator: has no public parameterless constructor (the Gazette2017 defaults)",
                "OpenCalculator: a calculator is a sealed class",
                "OpenCalculator: has no public parameterless constructor (the Gazette2017 defaults)",
                "OpenParameters: a parameter set is a sealed class",
                "OpenParameters: has no static Gazette2017 of its own type",
                "OrphanParameters: a parameter set is named after its calculator (no OrphanCalculator)",
            },
            NamingRules.CalculatorsHaveVersionedParameters(Offenders.Types));
        Assert.Equal(
            new[]
            {
                "Colours: an enum is named in the singular",
                "Colours: an enum is written as words ([JsonConverter(typeof(JsonStringEnumConverter<Colours>))])",
            },
            NamingRules.EnumsAreSingularWords(Offenders.Types));
        Assert.Equal(
            new[]
            {
                "Calendar: an interface is named I*",
                "Oops: an exception type is named *Exception",
            },
            NamingRules.InterfacesAndExceptions(Offenders.Types));
    }

    [Theory]
    [InlineData("WaterClass", true)]  // why: -ss is not a plural
    [InlineData("SubsidyStatus", true)]  // why: -us
    [InlineData("BalanceBasis", true)]  // why: -is
    [InlineData("PeriodUnit", true)]
    [InlineData("PeriodUnits", false)]
    [InlineData("Colours", false)]
    public void IsSingular_TellsSingularFromPluralNames(string name, bool singular) => Assert.Equal(singular, NamingRules.IsSingular(name));

    /// <summary>Types that each break one naming rule, for <see cref="Rules_FindEachSyntheticOffender_ByName"/>.</summary>
    internal static class Offenders
    {
        public static readonly Type[] Types = typeof(Offenders).GetNestedTypes(BindingFlags.Public).OrderBy(t => t.Name, StringComparer.Ordinal).ToArray();

        public sealed record Finding(string Code);

        public sealed record LooseFinding(string Code, RuleState State);

        public sealed record WrappedFinding(Haidian.Rules.Finding Finding, int Check);

        public sealed record OwnFindings(IReadOnlyList<string> Findings, IReadOnlyList<WrappedFinding> Wrapped);

        [JsonConverter(typeof(JsonStringEnumConverter<RiskSeverity>))]
        public enum RiskSeverity
        {
            Low,
        }

        [JsonConverter(typeof(JsonStringEnumConverter<RuleState>))]
        public enum RuleState
        {
            Breached,
            Violation,
        }

        public sealed record AuditResult(bool Compliant, IReadOnlyList<Haidian.Rules.Finding> Findings);

        public sealed record GoodReport(bool Compliant, IReadOnlyList<Haidian.Rules.Finding> Findings);

        public sealed record LooseReport(string Text);

        public sealed record FeeRequest(decimal Amount);

        public sealed record HolidayDto(int Year);

        public sealed record SurveyData(int Year);

        public sealed record SurveyInput(int Year);

        public sealed class LooseCalculator
        {
            public LooseCalculator(int year) => History = new ParameterHistory<OpenParameters>(new[] { new OpenParameters() });

            public ParameterHistory<OpenParameters> History { get; }

            public GoodReport Audit(FeeRequest fee) => new(fee.Amount > 0, Array.Empty<Haidian.Rules.Finding>());

            public GoodReport EvaluateConsent(int owners) => new(owners > 0, Array.Empty<Haidian.Rules.Finding>());

            public GoodReport CheckTerms(int years) => new(years > 0, Array.Empty<Haidian.Rules.Finding>());

            public bool VerifyTerms(int years) => years > 0;

            public decimal Cap(SurveyInput request) => request.Year;

            public bool Covers(LocalDate validTo) => validTo.Year > 2017;   // why: "validTo" ends in "dTo", not a Dto

            public OpenParameters ParametersOn(LocalDate date) => new() { InForceFrom = date };
        }

        public class OpenCalculator
        {
            public OpenCalculator(OpenParameters parameters) => Version = parameters.Version;

            public string Version { get; }
        }

        public class OpenParameters : IVersionedParameters
        {
            public string Version { get; init; } = "v";

            public LocalDate InForceFrom { get; init; } = new(2017, 1, 1);

            public Citation Source { get; init; } = new("海政发〔2017〕1号", "t", "第一条");

            public IReadOnlyList<ValidationError> Validate() => Array.Empty<ValidationError>();
        }

        public sealed record OrphanParameters : IVersionedParameters
        {
            public static OrphanParameters Gazette2017 { get; } = new();

            public string Version { get; init; } = "v";

            public LocalDate InForceFrom { get; init; } = new(2017, 1, 1);

            public Citation Source { get; init; } = new("海政发〔2017〕1号", "t", "第一条");

            public IReadOnlyList<ValidationError> Validate() => Array.Empty<ValidationError>();
        }

        public enum Colours
        {
            Red,
        }

        public interface Calendar
        {
            bool IsWorkingDay(LocalDate date);
        }

        public sealed class Oops : Exception
        {
        }
    }
}

/// <summary>
/// The naming rules of docs/module-pattern.md, each a function from a list of public types to one message per offending symbol
/// (type, member or parameter), ordered by type then member name so the messages are stable.
/// </summary>
internal static class NamingRules
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly string[] NounSuffixesNotAllowed = { "Request", "Response", "Dto", "Input", "Data", "Args", "Params" };

    /// <summary>
    /// One finding type: rule findings are the core <see cref="Finding"/> (severity <see cref="Severity"/>, status
    /// <see cref="FindingStatus"/>). A module type named <c>*Finding</c> must wrap it; no module re-declares a severity or
    /// finding-status enum; every <c>Findings</c> list holds <see cref="Finding"/> or a wrapper of it.
    /// </summary>
    public static IReadOnlyList<string> OneFindingType(IEnumerable<Type> types)
    {
        var list = new List<string>();
        foreach (var t in Ordered(types))
        {
            if (IsCore(t, typeof(Finding)) || IsCore(t, typeof(Severity)) || IsCore(t, typeof(FindingStatus)))
            {
                continue;
            }

            if (t.Name == nameof(Finding))
            {
                list.Add(t.Name + ": only Haidian.Rules.Finding is named Finding");
            }
            else if (t.Name.EndsWith(nameof(Finding), StringComparison.Ordinal) && !WrapsFinding(t))
            {
                list.Add(t.Name + ": a type named *Finding must wrap the core Finding (a public Finding property) — use Haidian.Rules.Finding");
            }

            if (t.IsEnum)
            {
                if (t.Name.EndsWith(nameof(Severity), StringComparison.Ordinal) || t.Name.EndsWith(nameof(FindingStatus), StringComparison.Ordinal))
                {
                    list.Add(t.Name + ": only the core Severity/FindingStatus are finding severities or statuses — use Haidian.Rules.Severity / FindingStatus");
                }

                var words = Enum.GetNames(t).Intersect(new[] { nameof(FindingStatus.Breached), nameof(Severity.Violation), nameof(Severity.Departure) }, StringComparer.Ordinal).ToArray();
                if (words.Length > 0)
                {
                    list.Add(t.Name + ": declares " + string.Join(", ", words) + " — severity and status of a finding are the core Severity/FindingStatus");
                }
            }

            foreach (var p in t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Where(p => p.Name == "Findings"))
            {
                var element = ElementType(p.PropertyType);
                if (element is null || (element != typeof(Finding) && !WrapsFinding(element)))
                {
                    list.Add(t.Name + ".Findings: a Findings list holds Haidian.Rules.Finding or a type wrapping it, not " + (element ?? p.PropertyType).Name);
                }
            }
        }

        return list;
    }

    /// <summary>A compliance result — a type with a <c>Compliant</c> flag or a <c>ComplianceVerdict</c> — is named <c>*Report</c>, and a <c>*Report</c> is one.</summary>
    public static IReadOnlyList<string> ComplianceResultsAreReports(IEnumerable<Type> types)
    {
        var list = new List<string>();
        foreach (var t in Ordered(types).Where(t => !t.IsEnum && !t.IsInterface))
        {
            var report = t.Name.EndsWith("Report", StringComparison.Ordinal);
            if (IsComplianceResult(t) && !report)
            {
                list.Add(t.Name + ": a compliance result (a Compliant or ComplianceVerdict member) is named *Report");
            }
            else if (report && !(IsComplianceResult(t) && t.GetProperty("Findings") is not null))
            {
                list.Add(t.Name + ": a type named *Report is a compliance result: it needs a Compliant (bool) or Verdict (ComplianceVerdict) and a Findings list");
            }
        }

        return list;
    }

    /// <summary>Inputs are nouns for the thing: no public type ends in Request/Response/Dto/Input/Data/Args/Params; no parameter is a "request" or "dto".</summary>
    public static IReadOnlyList<string> InputsAreNouns(IEnumerable<Type> types)
    {
        var ordered = Ordered(types);
        var list = new List<string>();
        foreach (var t in ordered)
        {
            var suffix = NounSuffixesNotAllowed.FirstOrDefault(s => BaseName(t).EndsWith(s, StringComparison.Ordinal));
            if (suffix is not null)
            {
                list.Add(t.Name + ": an input is a noun for the thing, not *" + suffix);
            }
        }

        foreach (var t in ordered)
        {
            foreach (var m in Methods(t).Cast<MethodBase>().Concat(t.GetConstructors()))
            {
                foreach (var p in m.GetParameters().Where(p => p.Name is { } n && (n is "request" or "dto" || n.EndsWith("Request", StringComparison.Ordinal) || n.EndsWith("Dto", StringComparison.Ordinal))))
                {
                    list.Add(t.Name + "." + (m.IsConstructor ? t.Name : m.Name) + "(" + p.Name + "): a parameter is a noun for the thing, not '" + p.Name + "'");
                }
            }
        }

        return list;
    }

    /// <summary>Checks are <c>Check*</c> methods: a method returning a compliance report is a Check*, and no method is an Evaluate*/Verify* (one verb).</summary>
    public static IReadOnlyList<string> ChecksAreCheckMethods(IEnumerable<Type> types)
    {
        var list = new List<string>();
        foreach (var t in Ordered(types))
        {
            foreach (var m in Methods(t).OrderBy(m => m.Name, StringComparer.Ordinal))
            {
                if (m.Name.StartsWith("Evaluate", StringComparison.Ordinal) || m.Name.StartsWith("Verify", StringComparison.Ordinal))
                {
                    list.Add(t.Name + "." + m.Name + ": a check is named Check*, not " + (m.Name.StartsWith("Evaluate", StringComparison.Ordinal) ? "Evaluate*" : "Verify*"));
                }
                else if (IsComplianceResult(m.ReturnType) && !m.Name.StartsWith("Check", StringComparison.Ordinal))
                {
                    list.Add(t.Name + "." + m.Name + ": returns a compliance report, so it is named Check*");
                }
            }
        }

        return list;
    }

    /// <summary>The version of the parameters in force for a period is looked up by <c>ParametersFor</c>: every method returning a parameter set is so named, and a calculator with a history has one.</summary>
    public static IReadOnlyList<string> ParameterLookupIsParametersFor(IEnumerable<Type> types)
    {
        var list = new List<string>();
        foreach (var t in Ordered(types).Where(t => !t.IsInterface))
        {
            // The generic core ParameterHistory<T>.InForceOn returns a T: a calculator's lookup returns its own parameter type.
            var lookups = Methods(t).Where(m => !m.ReturnType.IsGenericParameter && typeof(IVersionedParameters).IsAssignableFrom(m.ReturnType) && m.GetParameters().Length == 1).ToArray();
            list.AddRange(lookups.Where(m => m.Name != "ParametersFor").Select(m => t.Name + "." + m.Name + ": the parameter version in force is looked up by ParametersFor"));
            var history = t.GetProperty("History", BindingFlags.Public | BindingFlags.Instance);
            if (history is not null && history.PropertyType.IsGenericType && history.PropertyType.GetGenericTypeDefinition() == typeof(ParameterHistory<>)
                && !lookups.Any(m => m.Name == "ParametersFor"))
            {
                list.Add(t.Name + ": has a parameter History but no ParametersFor");
            }
        }

        return list;
    }

    /// <summary>
    /// A calculator is <c>&lt;Name&gt;Calculator</c>, a sealed class with a public parameterless constructor (the gazette's
    /// defaults), beside a sealed <c>&lt;Name&gt;Parameters : IVersionedParameters</c> with a static <c>Gazette2017</c> of its own
    /// type (version, in-force date and source come with the interface); a parameter set is named after its calculator.
    /// </summary>
    public static IReadOnlyList<string> CalculatorsHaveVersionedParameters(IEnumerable<Type> types)
    {
        var all = types.ToArray();
        var list = new List<string>();
        foreach (var t in Ordered(all).Where(t => t.Name.EndsWith("Calculator", StringComparison.Ordinal) && t.IsClass))
        {
            if (!t.IsSealed)
            {
                list.Add(t.Name + ": a calculator is a sealed class");
            }

            var name = t.Name.Substring(0, t.Name.Length - "Calculator".Length);
            var parameters = all.FirstOrDefault(p => p.Name == name + "Parameters" && p.Namespace == t.Namespace);
            if (parameters is null)
            {
                list.Add(t.Name + ": no " + name + "Parameters type beside it in " + t.Namespace);
            }

            if (t.GetConstructor(Type.EmptyTypes) is null)
            {
                list.Add(t.Name + ": has no public parameterless constructor (the Gazette2017 defaults)");
            }
        }

        foreach (var p in Ordered(all).Where(t => t.Name.EndsWith("Parameters", StringComparison.Ordinal) && t.IsClass))
        {
            if (!typeof(IVersionedParameters).IsAssignableFrom(p))
            {
                list.Add(p.Name + ": a parameter set implements IVersionedParameters");
            }

            if (!p.IsSealed)
            {
                list.Add(p.Name + ": a parameter set is a sealed class");
            }

            if (p.GetProperty("Gazette2017", BindingFlags.Public | BindingFlags.Static) is not { } gazette || gazette.PropertyType != p)
            {
                list.Add(p.Name + ": has no static Gazette2017 of its own type");
            }

            var calculator = p.Name.Substring(0, p.Name.Length - "Parameters".Length) + "Calculator";
            if (!all.Any(c => c.Name == calculator && c.Namespace == p.Namespace))
            {
                list.Add(p.Name + ": a parameter set is named after its calculator (no " + calculator + ")");
            }
        }

        return list;
    }

    /// <summary>Enums are named in the singular and written as words in JSON (<c>JsonStringEnumConverter&lt;T&gt;</c>).</summary>
    public static IReadOnlyList<string> EnumsAreSingularWords(IEnumerable<Type> types)
    {
        var list = new List<string>();
        foreach (var t in Ordered(types).Where(t => t.IsEnum))
        {
            if (!IsSingular(t.Name))
            {
                list.Add(t.Name + ": an enum is named in the singular");
            }

            var converter = t.GetCustomAttribute<JsonConverterAttribute>()?.ConverterType;
            if (converter is null || !converter.IsGenericType || converter.GetGenericTypeDefinition() != typeof(JsonStringEnumConverter<>) || converter.GetGenericArguments()[0] != t)
            {
                list.Add(t.Name + ": an enum is written as words ([JsonConverter(typeof(JsonStringEnumConverter<" + t.Name + ">))])");
            }
        }

        return list;
    }

    /// <summary>Interfaces are named <c>I*</c>, exception types <c>*Exception</c> (the .NET conventions the library follows).</summary>
    public static IReadOnlyList<string> InterfacesAndExceptions(IEnumerable<Type> types)
    {
        var list = new List<string>();
        foreach (var t in Ordered(types))
        {
            if (t.IsInterface && !(t.Name.Length > 1 && t.Name[0] == 'I' && char.IsUpper(t.Name[1])))
            {
                list.Add(t.Name + ": an interface is named I*");
            }

            if (typeof(Exception).IsAssignableFrom(t) && !t.Name.EndsWith("Exception", StringComparison.Ordinal))
            {
                list.Add(t.Name + ": an exception type is named *Exception");
            }
        }

        return list;
    }

    /// <summary>A name is singular unless it ends in a plural s (-ss, -us and -is are singular: Class, Status, Basis).</summary>
    public static bool IsSingular(string name) =>
        !name.EndsWith("s", StringComparison.Ordinal)
        || name.EndsWith("ss", StringComparison.Ordinal)
        || name.EndsWith("us", StringComparison.Ordinal)
        || name.EndsWith("is", StringComparison.Ordinal);

    private static bool IsComplianceResult(Type t) =>
        t.GetProperty("Compliant", BindingFlags.Public | BindingFlags.Instance)?.PropertyType == typeof(bool)
        || t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Any(p => p.PropertyType.IsEnum && p.PropertyType.Name == "ComplianceVerdict");

    private static bool WrapsFinding(Type t) => t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Any(p => p.PropertyType == typeof(Finding));

    private static bool IsCore(Type t, Type core) => t == core;

    private static Type? ElementType(Type t) =>
        t.IsArray ? t.GetElementType()
        : t.IsGenericType && typeof(System.Collections.IEnumerable).IsAssignableFrom(t) ? t.GetGenericArguments()[0]
        : null;

    private static string BaseName(Type t) => t.IsGenericType ? t.Name.Substring(0, t.Name.IndexOf('`', StringComparison.Ordinal)) : t.Name;

    /// <summary>The public methods a caller writes: no property accessors, operators or record plumbing.</summary>
    private static IEnumerable<MethodInfo> Methods(Type t) =>
        t.GetMethods(Declared).Where(m => !m.IsSpecialName && !m.Name.StartsWith("<", StringComparison.Ordinal)
            && m.Name is not ("Equals" or "GetHashCode" or "ToString" or "Deconstruct" or "PrintMembers"));

    private static Type[] Ordered(IEnumerable<Type> types) => types.OrderBy(t => t.Name, StringComparer.Ordinal).ThenBy(t => t.FullName, StringComparer.Ordinal).ToArray();
}
