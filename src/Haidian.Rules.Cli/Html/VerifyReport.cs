using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Haidian.Rules.Cli.Cases;

namespace Haidian.Rules.Cli.Html;

/// <summary><c>verify --format html</c>: the case-file run as a page — the counts, every case with its outcome, and the field-by-field diff of each failure (open).</summary>
internal static class VerifyReport
{
    public static string Render(IReadOnlyList<CaseResult> results)
    {
        var passed = results.Count(x => x.Outcome == CaseOutcome.Passed);
        var failed = results.Count(x => x.Outcome == CaseOutcome.Failed);
        var errors = results.Count(x => x.Outcome == CaseOutcome.Error);
        var files = results.Select(x => x.File).Distinct().Count();
        var page = new ReportPage("案例核验", "Case files verified")
        {
            Subtitle = $"{passed} passed, {failed} failed, {errors} broken ({results.Count} cases in {files} files)",
            Provenance = new[] { new ReportProvenance("each module's gazette parameters, or the case's own overrides", null, ReportPage.LibraryVersion) },
        };
        return page.Render(h =>
        {
            h.Open("p", ("class", failed + errors == 0 ? "check" : "check bad"), ("data-key", "summary"));
            h.Element("span", passed.ToString(CultureInfo.InvariantCulture), ("data-key", "passed")).Text(" passed 通过 · ");
            h.Element("span", failed.ToString(CultureInfo.InvariantCulture), ("data-key", "failed")).Text(" failed 未通过 · ");
            h.Element("span", errors.ToString(CultureInfo.InvariantCulture), ("data-key", "broken")).Text(" broken 案例文件有误");
            h.Close();

            var problems = results.Where(r => r.Outcome != CaseOutcome.Passed).ToArray();
            if (problems.Length > 0)
            {
                ReportPage.Heading(h, "h2", "未通过", "Failures and broken case files", "failures");
                foreach (var r in problems)
                {
                    h.Open("details", ("class", "failure"), ("open", "open"));
                    h.Open("summary").Element("span", Label(r.Outcome), ("class", "outcome-" + r.Outcome.ToString().ToLowerInvariant())).Text(" " + r.Name).Close();
                    h.Element("p", Where(r), ("class", "code"));
                    if (r.Message is not null)
                    {
                        h.Element("pre", r.Message);
                    }

                    if (r.Differences.Count > 0)
                    {
                        h.Open("div", ("class", "table-wrap")).Open("table", ("class", "diff"));
                        ReportPage.HeaderRow(h, ("字段", "field", false), ("预期", "expected", false), ("实际", "actual", false));
                        h.Open("tbody");
                        foreach (var d in r.Differences)
                        {
                            h.Open("tr").Element("td", d.Path.Length == 0 ? "(root)" : d.Path, ("class", "code")).Element("td", d.Expected, ("class", "code")).Element("td", d.Actual, ("class", "code changed")).Close();
                        }

                        h.Close().Close().Close();
                    }

                    h.Close();
                }
            }

            ReportPage.Heading(h, "h2", "全部案例", "Every case", "cases");
            h.Open("div", ("class", "table-wrap")).Open("table", ("class", "cases"));
            ReportPage.HeaderRow(h, ("结果", "outcome", false), ("案例", "case", false), ("模块", "module", false), ("期间", "period", false), ("文件", "file", false), ("用时", "ms", true));
            h.Open("tbody");
            foreach (var r in results)
            {
                h.Open("tr", ("data-outcome", r.Outcome.ToString()));
                h.Element("td", Label(r.Outcome), ("class", "outcome-" + r.Outcome.ToString().ToLowerInvariant()));
                h.Element("td", r.Name).Element("td", r.Module).Element("td", r.Period).Element("td", Where(r), ("class", "code"));
                h.Element("td", r.Duration.TotalMilliseconds.ToString("#,0.0", CultureInfo.InvariantCulture), ("class", "num"));
                h.Close();
            }

            h.Close().Close().Close();
        });
    }

    private static string Label(CaseOutcome o) => o switch { CaseOutcome.Passed => "PASS 通过", CaseOutcome.Failed => "FAIL 未通过", _ => "ERROR 有误" };

    private static string Where(CaseResult r) => r.Line is { } l ? r.File + ":" + l.ToString(CultureInfo.InvariantCulture) : r.File;
}
