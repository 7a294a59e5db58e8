using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Haidian.Rules.Cli.Html;
using static Haidian.Rules.Cli.Tests.CliHarness;

namespace Haidian.Rules.Cli.Tests.Html;

/// <summary>The HTML reports as text: self-contained, escaped, with the bills, the chart, the what-if block and the provenance. The browser checks are in <see cref="BrowserTests"/>.</summary>
public sealed class HtmlReportTests
{
    private static readonly string Sections = Repo("samples", "data", "water-sections.csv");
    private static readonly string March = Repo("samples", "data", "water-monitoring-2018-03.csv");

    public static TheoryData<string> ReportNames()
    {
        var data = new TheoryData<string>();
        foreach (var n in new[] { "water-month", "water-year", "water-what-if", "verify" }.Concat(ReportSet.ModuleCases.Select(c => "evaluate-" + c.Module)))
        {
            data.Add(n);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ReportNames))]
    public void EveryReport_IsOneSelfContainedPage(string name)
    {
        var report = ReportSet.Get(name);
        var html = File.ReadAllText(report.HtmlPath);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<meta charset=\"utf-8\">", html, StringComparison.Ordinal);
        Assert.Contains("content=\"default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;; img-src data:\"", html, StringComparison.Ordinal);
        Assert.Contains("<style>", html, StringComparison.Ordinal);
        Assert.Contains("@page { size: A4;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@font-face", html, StringComparison.OrdinalIgnoreCase);
        // The only absolute URL is the SVG namespace name, which is never fetched.
        Assert.DoesNotContain(Regex.Matches(html, "https?://[a-z0-9.-]+", RegexOptions.IgnoreCase).Select(m => m.Value), u => u != "http://www.w3.org");
        Assert.Contains("id=\"provenance\"", html, StringComparison.Ordinal);
        Assert.Contains("data-key=\"packageVersion\">" + ReportPage.LibraryVersion + "<", html, StringComparison.Ordinal);
        if (report.Json is not null)
        {
            var version = FirstString(report.Json, "parametersVersion");
            Assert.Contains("data-key=\"parametersVersion\">" + version + "<", html, StringComparison.Ordinal);
            Assert.Contains("<details", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void WaterMonth_FoldsEachSectionBill_WithTheArithmeticAndArticleOfEveryLine()
    {
        var report = ReportSet.Get("water-month");
        var html = File.ReadAllText(report.HtmlPath);
        var sections = report.Json!["sections"]!.AsArray();
        Assert.Equal(3, sections.Count);
        foreach (var s in sections)
        {
            var id = s!["sectionId"]!.GetValue<string>();
            var start = html.IndexOf("<details class=\"section\" data-section=\"" + id + "\">", StringComparison.Ordinal);
            Assert.True(start >= 0, "no folded bill for " + id);
            var block = html.Substring(start, html.IndexOf("</details>", start, StringComparison.Ordinal) - start);
            foreach (var line in s["lines"]!.AsArray())
            {
                Assert.Contains(HtmlWriter.Encode(line!["arithmetic"]!.GetValue<string>()), block, StringComparison.Ordinal);
                Assert.Contains(HtmlWriter.Encode(line["citation"]!["article"]!.GetValue<string>()), block, StringComparison.Ordinal);
            }
        }

        Assert.Contains("Example river at the A/B boundary", html, StringComparison.Ordinal);
        Assert.Contains("balanced 平衡", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"what-if\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void WaterYear_DrawsOneLinePerTownAndThePoolAsItsOwnSeries_AndFoldsEveryMonth()
    {
        var report = ReportSet.Get("water-year");
        var html = File.ReadAllText(report.HtmlPath);
        var towns = report.Json!["towns"]!.AsArray().Select(t => t!["town"]!.GetValue<string>()).ToArray();
        var series = Regex.Matches(html, "<g class=\"series-group\" data-series=\"([^\"]*)\">").Select(m => m.Groups[1].Value).ToArray();
        Assert.Equal(towns.Append("区级统筹 district pool"), series);
        Assert.Single(Regex.Matches(html, "<polyline class=\"series sp pool\""));
        Assert.Equal(12, Regex.Matches(html, "<details class=\"month\"").Count);
        Assert.Equal(36, Regex.Matches(html, "<details class=\"section\"").Count);
        Assert.Contains("<svg class=\"chart\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void WhatIf_ListsEachChangedParameterAtTheTop_WithTheGazetteValue()
    {
        var html = File.ReadAllText(ReportSet.Get("water-what-if").HtmlPath);
        var top = html.IndexOf("id=\"what-if\"", StringComparison.Ordinal);
        Assert.True(top > 0 && top < html.IndexOf("<main>", StringComparison.Ordinal), "the what-if block must come before the report");
        var rows = Regex.Matches(html, "<tr data-parameter=\"([^\"]+)\"><td class=\"code\">[^<]*</td><td class=\"num\">([^<]*)</td><td class=\"num changed\">([^<]*)</td>")
            .Select(m => (m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value)).ToArray();
        Assert.Equal(new[] { ("perClassCase1", "30000", "40000"), ("ammoniaNitrogenSurcharge.perStepCase1", "10000", "30000") }, rows);
        Assert.Contains("data-key=\"parametersVersion\">gazette-2017+what-if<", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_Html_GoesToStdoutWithoutOutput_AndJsonCanGoToAFile()
    {
        var dir = TempDir();
        var c = ReportSet.CasesOf(Repo("cases", "waste", "k1-accepted-estate.json")).First();
        var input = Write(dir, "in.json", c["input"]!.ToJsonString());
        var (code, output, _) = Run("evaluate", "waste", input, "--format", "html");
        Assert.Equal(0, code);
        Assert.StartsWith("<!DOCTYPE html>", output, StringComparison.Ordinal);
        Assert.Contains("万寿路甲15号院", output, StringComparison.Ordinal);
        var file = Path.Combine(dir, "out", "result.json");
        var (jcode, jout, jerr) = Run("evaluate", "waste", input, "-o", file);
        Assert.Equal(0, jcode);
        Assert.Equal(string.Empty, jout);
        Assert.Contains("wrote " + file, jerr, StringComparison.Ordinal);
        Assert.Equal(51000m, JsonNode.Parse(File.ReadAllText(file))!["payable"]!.GetValue<decimal>());
    }

    [Fact]
    public void Output_ThatCannotBeWritten_IsAUserError()
    {
        var dir = TempDir();
        var blocker = Write(dir, "file", "x");
        var (code, _, err) = Run("water", "settle", "--sections", Sections, "--monitoring", March, "--month", "2018-03", "--format", "html", "-q", "-o", Path.Combine(blocker, "report.html"));
        Assert.Equal(2, code);
        Assert.StartsWith("error: --output: cannot write '", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_Html_ShowsEachFailureWithItsDiff_AndKeepsTheExitCode()
    {
        var dir = TempDir();
        Write(dir, "wrong.json", "{ \"module\": \"water\", \"name\": \"W1 expected at 999\", \"period\": \"2018-03\", \"input\": { \"month\": \"2018-03\", \"functionalClass\": \"IV\", \"assessmentTarget\": \"IV\", \"bodyType\": \"River\", \"dry\": false, \"hasInflow\": false, \"outflow\": { \"chemicalOxygenDemand\": 52, \"ammoniaNitrogen\": 3.2, \"totalPhosphorus\": 0.35 } }, \"expected\": { \"amount\": 999 } }");
        var html = Path.Combine(dir, "verify.html");
        var (code, output, _) = Run("verify", dir, "--format", "html", "-o", html, "-q");
        Assert.Equal(1, code);
        Assert.Equal(string.Empty, output);
        var page = File.ReadAllText(html);
        Assert.Contains("<td class=\"code\">amount</td><td class=\"code\">999</td><td class=\"code changed\">230000</td>", page, StringComparison.Ordinal);
        Assert.Contains("<span data-key=\"failed\">1</span>", page, StringComparison.Ordinal);
    }

    /// <summary>Every case input of the repository (every module, every operation used there) that has a result also has a page, whose figures are the JSON's.</summary>
    [Fact]
    public void EveryCaseInputWithAResult_HasAPage()
    {
        var dir = TempDir();
        var pages = 0;
        foreach (var file in Directory.GetFiles(Repo("cases"), "*.json", SearchOption.AllDirectories))
        {
            foreach (var c in ReportSet.CasesOf(file))
            {
                if (c["input"] is not JsonNode input || c["module"] is not JsonValue mv)
                {
                    continue;
                }

                var module = mv.GetValue<string>();
                var path = Write(dir, "in.json", input.ToJsonString());
                var extra = c["parameters"] is JsonObject p ? new[] { "--parameters", Write(dir, "p.json", p.ToJsonString()) } : Array.Empty<string>();
                var (code, json, _) = Run(new[] { "evaluate", module, path }.Concat(extra).ToArray());
                if (code != 0)
                {
                    continue; // a case of an expected error
                }

                var (hcode, html, herr) = Run(new[] { "evaluate", module, path, "--format", "html" }.Concat(extra).ToArray());
                Assert.True(hcode == 0, file + ": " + herr);
                Assert.Contains("<main>", html, StringComparison.Ordinal);
                Assert.Contains("id=\"provenance\"", html, StringComparison.Ordinal);
                Assert.Equal(extra.Length > 0, html.Contains("id=\"what-if\"", StringComparison.Ordinal));
                var result = JsonNode.Parse(json)!;
                if (result["provenance"] is JsonObject prov)
                {
                    Assert.Contains("data-key=\"parametersVersion\">" + HtmlWriter.Encode(prov["parametersVersion"]!.GetValue<string>()) + "<", html, StringComparison.Ordinal);
                }

                pages++;
            }
        }

        Assert.True(pages >= 40, $"only {pages} case inputs rendered");
    }

    /// <summary>
    /// Every text field a user can write reaches the page as text: each distinct string of every case input (all
    /// modules) is replaced — everywhere it occurs, so ids still match — by itself plus markup, quotes and an
    /// entity. Where the tool accepts the input, the page must hold the encoded text and never the markup.
    /// </summary>
    [Fact]
    public void HostileText_InEveryInputTextField_StaysText()
    {
        var dir = TempDir();
        var reached = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var encoded = HtmlWriter.Encode(ReportSet.Hostile);
        foreach (var file in Directory.GetFiles(Repo("cases"), "*.json", SearchOption.AllDirectories))
        {
            foreach (var c in ReportSet.CasesOf(file))
            {
                if (c["input"] is not JsonObject input || c["module"] is not JsonValue mv)
                {
                    continue;
                }

                var module = mv.GetValue<string>();
                var parameters = c["parameters"] is JsonObject p ? Write(dir, "p.json", p.ToJsonString()) : null;
                foreach (var value in Strings(input, "$").Where(s => s.Key != "operation").Select(s => s.Value).Distinct())
                {
                    var hostile = Replace(input, value, value + ReportSet.Hostile);
                    var path = Write(dir, "in.json", hostile.ToJsonString());
                    var extra = parameters is null ? Array.Empty<string>() : new[] { "--parameters", parameters };
                    var (code, json, _) = Run(new[] { "evaluate", module, path }.Concat(extra).ToArray());
                    if (code != 0)
                    {
                        continue; // not a free-text field (an enum, a date...): the library refused it.
                    }

                    var (hcode, html, herr) = Run(new[] { "evaluate", module, path, "--format", "html" }.Concat(extra).ToArray());
                    Assert.True(hcode == 0, $"{file}: html failed where json passed: {herr}");
                    Assert.DoesNotContain(ReportSet.Hostile, html, StringComparison.Ordinal);
                    Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
                    Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
                    if (Strings(JsonNode.Parse(json)!, "$").Any(s => s.Value.Contains(ReportSet.Hostile, StringComparison.Ordinal)))
                    {
                        Assert.Contains(encoded, html, StringComparison.Ordinal);
                        var fields = reached.TryGetValue(module, out var set) ? set : reached[module] = new HashSet<string>(StringComparer.Ordinal);
                        foreach (var s in Strings(input, "$").Where(s => s.Value == value))
                        {
                            fields.Add(Regex.Replace(s.Key, @"\[\d+\]", "[]"));
                        }
                    }
                }
            }
        }

        // Each module with free text in its input (names, ids...) had it reach the report: the test exercised them. The
        // deadlines inputs hold none (rule names, units and dates are all validated), so nothing of theirs can reach it.
        var expected = new Dictionary<string, string[]>
        {
            ["water"] = new[] { "$.sections[].id", "$.sections[].name", "$.sections[].responsibleTowns[]", "$.sections[].downstream", "$.towns[]" },
            ["elevator"] = new[] { "$.buildingId", "$.unitEntrance", "$.elevators[].id" },
            ["forest"] = new[] { "$.unit", "$.awards[].reason" },
            ["fund"] = new[] { "$.partners[].name" },
            ["waste"] = new[] { "$.estate", "$.operator" },
        };
        foreach (var (module, fields) in expected)
        {
            Assert.True(reached.ContainsKey(module), module + ": no text field reached the report");
            Assert.All(fields, f => Assert.Contains(f, reached[module]));
        }
    }

    [Fact]
    public void HostileText_InSectionAndTownNamesOfTheCsvFiles_StaysText()
    {
        var dir = TempDir();
        var quoted = "\"" + ReportSet.Hostile.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        var town = "\"A" + ReportSet.Hostile.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        var sections = Write(dir, "sections.csv", "id,name,functionalClass,assessmentTarget,bodyType,responsibleTowns,downstream,validFrom,validTo\n"
            + "S1," + quoted + ",IV,IV,River," + town + ",B,2018-01,\nS2,n2,III,III,River,B;C,,2018-01,\nS3,n3,IV,,River,C," + town + ",2018-01,\n");
        foreach (var (monitoring, period) in new[] { (March, new[] { "--month", "2018-03" }), (Repo("samples", "data", "water-monitoring-2018.csv"), new[] { "--year", "2018" }) })
        {
            var (code, html, err) = Run(new[] { "water", "settle", "--sections", sections, "--monitoring", monitoring, "--format", "html", "-q" }.Concat(period).ToArray());
            Assert.True(code == 0, err);
            Assert.DoesNotContain(ReportSet.Hostile, html, StringComparison.Ordinal);
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("data-town=\"A" + HtmlWriter.Encode(ReportSet.Hostile) + "\"", html, StringComparison.Ordinal);
            Assert.Contains("S1 · " + HtmlWriter.Encode(ReportSet.Hostile), html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void HostileText_InACaseNameAndItsExpectedValue_StaysText()
    {
        var dir = TempDir();
        var name = JsonSerializer.Serialize(ReportSet.Hostile);
        Write(dir, "hostile.json", "{ \"module\": \"waste\", \"name\": " + name + ", \"period\": \"x\", \"input\": { \"operation\": \"sizing\" }, \"expected\": { \"status\": " + name + " } }");
        var (code, html, _) = Run("verify", dir, "--format", "html", "-q");
        Assert.NotEqual(0, code);
        Assert.DoesNotContain(ReportSet.Hostile, html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(HtmlWriter.Encode(ReportSet.Hostile), html, StringComparison.Ordinal);
    }

    private static string FirstString(JsonNode node, string key) =>
        Strings(node, "$").First(s => s.Key.EndsWith("." + key, StringComparison.Ordinal)).Value;

    /// <summary>Every string value of a JSON tree with its path.</summary>
    internal static IEnumerable<KeyValuePair<string, string>> Strings(JsonNode? node, string path)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (k, v) in o)
                {
                    foreach (var s in Strings(v, path + "." + k))
                    {
                        yield return s;
                    }
                }

                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    foreach (var s in Strings(a[i], path + "[" + i + "]"))
                    {
                        yield return s;
                    }
                }

                break;
            case JsonValue v when v.TryGetValue<string>(out var text):
                yield return new KeyValuePair<string, string>(path, text);
                break;
        }
    }

    private static JsonNode Replace(JsonNode node, string from, string to) => node switch
    {
        JsonObject o => new JsonObject(o.Select(p => new KeyValuePair<string, JsonNode?>(p.Key, p.Value is null ? null : Replace(p.Value, from, to)))),
        JsonArray a => new JsonArray(a.Select(x => x is null ? null : Replace(x, from, to)).ToArray()),
        JsonValue v when v.TryGetValue<string>(out var s) && s == from => JsonValue.Create(to),
        _ => node.DeepClone(),
    };
}
