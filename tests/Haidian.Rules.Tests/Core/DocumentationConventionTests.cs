using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Haidian.Rules.Tests.Core;

/// <summary>
/// Conventions on the XML documentation of the public API, read from the documentation file the compiler writes next to
/// Haidian.Rules.dll (GenerateDocumentationFile). Every public type of a policy module says which document and clause it
/// implements; the few generic types of a policy module are listed here, reviewed, and must say they are not policy-specific;
/// every core type says it is not policy-specific.
/// </summary>
public sealed class DocumentationConventionTests
{
    private static readonly Assembly Library = typeof(Citation).Assembly;

    /// <summary>
    /// A citation of a source: a document number as printed (海政发〔2017〕24号, 国办发明电〔2016〕17号…) or an article of the
    /// Civil Code (《中华人民共和国民法典》第二百零一条…), which has no document number.
    /// </summary>
    internal static readonly Regex CitesASource = new(
        @"〔\d{4}〕\d+号|《中华人民共和国民法典》第[一二三四五六七八九十百千零]+条",
        RegexOptions.CultureInvariant);

    /// <summary>The marker a generic type's summary carries instead of a citation.</summary>
    internal const string NotPolicySpecific = "not policy-specific";

    /// <summary>
    /// Reviewed: the public types of policy-module namespaces that implement no clause (generic helpers). Add a type here only
    /// after review; its summary must say "Not policy-specific".
    /// </summary>
    internal static readonly string[] GenericTypesInPolicyModules =
    {
        "Haidian.Rules.Deadlines.IWorkingDayCalendar",     // any calendar can implement it; the PRC calendar cites the notices
        "Haidian.Rules.Deadlines.WorkingDayArithmetic",    // pure arithmetic over a calendar
        "Haidian.Rules.FundFees.FundLimits",               // overflow guards, not policy numbers
    };

    [Fact]
    public void DocumentationFile_IsNextToTheLibrary_AndDocumentsEveryPublicType()
    {
        var docs = LoadSummaries();
        var missing = PublicTypeNames().Where(n => !docs.ContainsKey(n) || docs[n].Length == 0).ToArray();
        Assert.Empty(missing);
    }

    [Fact]
    public void PolicyModuleTypes_CiteTheirSource_OrAreReviewedGenericTypes()
    {
        var offenders = FindUncitedPolicyTypes(PublicTypeNames(), LoadSummaries(), GenericTypesInPolicyModules);
        Assert.Empty(offenders);
    }

    [Fact]
    public void CoreTypes_SayTheyAreNotPolicySpecific()
    {
        var docs = LoadSummaries();
        var offenders = PublicTypeNames()
            .Where(n => NamespaceOf(n) == "Haidian.Rules")
            .Where(n => !docs.TryGetValue(n, out var s) || s.IndexOf(NotPolicySpecific, StringComparison.OrdinalIgnoreCase) < 0)
            .ToArray();
        Assert.Empty(offenders);
    }

    [Fact]
    public void AllowList_NamesExistingPublicTypesOnly()
    {
        var names = new HashSet<string>(PublicTypeNames(), StringComparer.Ordinal);
        Assert.All(GenericTypesInPolicyModules, n => Assert.Contains(n, names));
    }

    [Fact]
    public void FindUncitedPolicyTypes_ReportsATypeWithoutCitation_AndAcceptsCitedAndAllowListedTypes()
    {
        // The rule itself, on a made-up documentation file: it must be able to fail.
        var docs = new Dictionary<string, string>
        {
            ["Haidian.Rules.Water.Cited"] = "跨界断面 — a section. Source: 海行规发〔2017〕7号 第五条.",
            ["Haidian.Rules.Water.ArticleOnly"] = "A section (第五条).",
            ["Haidian.Rules.Water.Helper"] = "A helper. Not policy-specific.",
            ["Haidian.Rules.Water.HelperWithoutMarker"] = "A helper.",
            ["Haidian.Rules.Deadlines.Period"] = "Source: 《中华人民共和国民法典》第二百零一条.",
            ["Haidian.Rules.Core"] = "Not in a policy module.",
        };
        var types = docs.Keys.Append("Haidian.Rules.Water.Undocumented");
        var allow = new[] { "Haidian.Rules.Water.Helper", "Haidian.Rules.Water.HelperWithoutMarker" };

        var offenders = FindUncitedPolicyTypes(types, docs, allow);

        Assert.Equal(
            new[] { "Haidian.Rules.Water.ArticleOnly", "Haidian.Rules.Water.HelperWithoutMarker", "Haidian.Rules.Water.Undocumented" },
            offenders.Select(o => o.Split(':')[0]).OrderBy(o => o, StringComparer.Ordinal));
    }

    /// <summary>The public types of a policy-module namespace whose summary cites no source (allow-listed ones must say why).</summary>
    internal static string[] FindUncitedPolicyTypes(IEnumerable<string> typeNames, IReadOnlyDictionary<string, string> summaries, IEnumerable<string> allowList)
    {
        var allowed = new HashSet<string>(allowList, StringComparer.Ordinal);
        var offenders = new List<string>();
        foreach (var name in typeNames.Where(n => NamespaceOf(n) != "Haidian.Rules"))
        {
            var summary = summaries.TryGetValue(name, out var s) ? s : string.Empty;
            if (allowed.Contains(name))
            {
                if (summary.IndexOf(NotPolicySpecific, StringComparison.OrdinalIgnoreCase) < 0)
                {
                    offenders.Add(name + ": allow-listed but its summary does not say \"Not policy-specific\"");
                }
            }
            else if (!CitesASource.IsMatch(summary))
            {
                offenders.Add(name + ": summary cites no document number (〔yyyy〕n号) or Civil Code article: \"" + summary + "\"");
            }
        }

        return offenders.ToArray();
    }

    private static string NamespaceOf(string fullName) => fullName.Substring(0, fullName.LastIndexOf('.'));

    private static IEnumerable<string> PublicTypeNames() =>
        Library.GetExportedTypes().Select(t => t.FullName!.Replace('+', '.'));

    /// <summary>Type summaries of the library's XML documentation file, by full type name ("T:" dropped, whitespace collapsed).</summary>
    private static Dictionary<string, string> LoadSummaries()
    {
        var path = Path.ChangeExtension(Library.Location, ".xml");
        Assert.True(File.Exists(path), "The XML documentation file is missing next to the library: " + path);
        return XDocument.Load(path).Descendants("member")
            .Select(m => (Name: (string?)m.Attribute("name") ?? string.Empty, Summary: m.Element("summary")))
            .Where(m => m.Name.StartsWith("T:", StringComparison.Ordinal))
            .ToDictionary(
                m => m.Name.Substring(2),
                m => m.Summary is null ? string.Empty : Regex.Replace(Text(m.Summary), @"\s+", " ").Trim(),
                StringComparer.Ordinal);
    }

    /// <summary>The text of a doc element, with &lt;see cref&gt; references spelled as their target's short name.</summary>
    private static string Text(XElement element) => string.Concat(element.Nodes().Select(n => n switch
    {
        XText t => t.Value,
        XElement { Name.LocalName: "see" } e when e.Attribute("cref") is { } cref => cref.Value.Substring(cref.Value.LastIndexOf('.') + 1),
        XElement e => Text(e),
        _ => string.Empty,
    }));
}
