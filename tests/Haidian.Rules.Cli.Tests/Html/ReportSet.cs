using System.Text.Json.Nodes;
using static Haidian.Rules.Cli.Tests.CliHarness;

namespace Haidian.Rules.Cli.Tests.Html;

/// <summary>One report written by the tool, with the JSON of the same run (null for verify, which has no JSON).</summary>
internal sealed record WrittenReport(string Name, string HtmlPath, JsonNode? Json);

/// <summary>
/// Writes one report of every type through the tool itself (water settle month and year, a what-if month, evaluate for
/// one case of each module, verify over the repository's cases), each beside the JSON of the same run.
/// </summary>
internal static class ReportSet
{
    public const string Hostile = "<script>alert(\"x\")</script><img src=x onerror=alert('y')>&amp;\"'";

    /// <summary>The case of each module whose result becomes that module's report (one with lines, tables and citations).</summary>
    public static readonly (string Module, string File)[] ModuleCases =
    {
        ("elevator", "e1-district-property-capped.json"),
        ("fund", "f1-management-fee-cap.json"),
        ("forest", "g05-disputes.json"),
        ("waste", "k1-accepted-estate.json"),
        ("deadlines", "d2-spring-festival.json"),
        ("water", "w06-settlement-march-2018.json"),
    };

    private static readonly Lazy<IReadOnlyList<WrittenReport>> All = new(WriteAll);

    public static IReadOnlyList<WrittenReport> Reports => All.Value;

    public static WrittenReport Get(string name) => Reports.Single(r => r.Name == name);

    /// <summary>Every case object of a case file (a file holds one case or an array of them).</summary>
    public static IEnumerable<JsonObject> CasesOf(string path)
    {
        var root = JsonNode.Parse(File.ReadAllText(path));
        // A file of several cases is a list or {"$schema", "cases": [ … ]}.
        var cases = root is JsonObject envelope && envelope["cases"] is JsonArray listed ? listed : root;
        return cases is JsonArray a ? a.OfType<JsonObject>() : new[] { (JsonObject)cases! };
    }

    private static IReadOnlyList<WrittenReport> WriteAll()
    {
        var dir = TempDir();
        var list = new List<WrittenReport>();
        var sections = Repo("samples", "data", "water-sections.csv");
        var march = Repo("samples", "data", "water-monitoring-2018-03.csv");
        var year = Repo("samples", "data", "water-monitoring-2018.csv");
        list.Add(Settle(dir, "water-month", sections, march, "--month", "2018-03"));
        list.Add(Settle(dir, "water-year", sections, year, "--year", "2018"));
        var overrides = Write(dir, "what-if.json", "{ \"perClassCase1\": 40000, \"ammoniaNitrogenSurcharge\": { \"perStepCase1\": 30000 } }");
        list.Add(Settle(dir, "water-what-if", sections, march, "--month", "2018-03", "--parameters", overrides));
        foreach (var (module, file) in ModuleCases)
        {
            var c = CasesOf(Repo("cases", module, file)).First();
            var input = Write(dir, module + ".input.json", c["input"]!.ToJsonString());
            list.Add(Evaluate(dir, "evaluate-" + module, module, input));
        }

        var html = Path.Combine(dir, "verify.html");
        var (code, _, err) = Run("verify", Repo("cases"), "--format", "html", "-o", html, "-q");
        Assert.True(code == 0, "verify of the repository's cases failed: " + err);
        list.Add(new WrittenReport("verify", html, null));
        return list;
    }

    private static WrittenReport Settle(string dir, string name, string sections, string monitoring, params string[] rest)
    {
        var html = Path.Combine(dir, name + ".html");
        var args = new[] { "water", "settle", "--sections", sections, "--monitoring", monitoring, "-q" }.Concat(rest).ToArray();
        var (code, _, err) = Run(args.Concat(new[] { "--format", "html", "-o", html }).ToArray());
        Assert.True(code == 0, name + ": " + err);
        var (jcode, json, jerr) = Run(args.Concat(new[] { "--format", "json" }).ToArray());
        Assert.True(jcode == 0, name + ": " + jerr);
        return new WrittenReport(name, html, JsonNode.Parse(json));
    }

    private static WrittenReport Evaluate(string dir, string name, string module, string input)
    {
        var html = Path.Combine(dir, name + ".html");
        var (code, _, err) = Run("evaluate", module, input, "--format", "html", "-o", html);
        Assert.True(code == 0, name + ": " + err);
        var (jcode, json, jerr) = Run("evaluate", module, input);
        Assert.True(jcode == 0, name + ": " + jerr);
        return new WrittenReport(name, html, JsonNode.Parse(json));
    }
}
