using System.Reflection;
using System.Text;
using Xunit.Abstractions;

namespace Haidian.Rules.Tests.Core;

/// <summary>
/// Keeps the coverage table honest (issue 17): docs/coverage.md and the README's coverage table against the library, by
/// reflection, and against the gazette's table of contents when the gazette text is found beside the repository
/// (<c>shared/gazette/haidian-gazette-2017-issue3.txt</c> in some directory above the test assembly, as in the development
/// tree). In a clean clone without <c>shared/</c> the titles and document numbers cannot be compared with the gazette: the
/// test then checks the tables against the library only and says so in its output — unless the environment variable
/// <c>HAIDIAN_REQUIRE_GAZETTE</c> is <c>true</c>, which makes a missing gazette a failure. The checker itself is proven
/// to fail on broken tables by the mutation tests below, which need no gazette (they build its table of contents from the rows).
/// </summary>
public sealed class CoverageTableTests
{
    private static readonly Assembly Library = typeof(Citation).Assembly;
    private readonly ITestOutputHelper output;

    public CoverageTableTests(ITestOutputHelper output) => this.output = output;

    [Fact]
    public void CoverageTable_IsTrueToTheLibraryAndTheReadme_AndToTheGazetteWhenFound()
    {
        var gazettePath = TestFiles.FindUpwards("shared", "gazette", "haidian-gazette-2017-issue3.txt");
        if (gazettePath is null)
        {
            var required = string.Equals(Environment.GetEnvironmentVariable("HAIDIAN_REQUIRE_GAZETTE"), "true", StringComparison.OrdinalIgnoreCase);
            Assert.False(required, "HAIDIAN_REQUIRE_GAZETTE is true, but shared/gazette/haidian-gazette-2017-issue3.txt was not found above " + AppContext.BaseDirectory);
            output.WriteLine("shared/gazette/haidian-gazette-2017-issue3.txt not found above " + AppContext.BaseDirectory +
                ": titles and document numbers are checked against the library only, not against the gazette's table of contents.");
        }
        else
        {
            output.WriteLine("checked against the gazette's table of contents in " + gazettePath);
        }

        var gazette = gazettePath is null ? null : File.ReadAllText(gazettePath, Encoding.UTF8);
        var problems = CoverageTable.Check(Coverage(), Readme(), gazette, Library);
        Assert.True(problems.Count == 0, "the coverage table is not true:\n" + string.Join("\n", problems));
    }

    [Fact]
    public void GazetteTableOfContents_WhenFound_HasTheThirtyOneItemsAsPrinted()
    {
        var gazettePath = TestFiles.FindUpwards("shared", "gazette", "haidian-gazette-2017-issue3.txt");
        if (gazettePath is null)
        {
            // The synthetic table of contents below covers the parser in a clean clone.
            output.WriteLine("gazette not found: nothing to read here; see TableOfContentsParser_ReadsEveryPrintedLayout");
            return;
        }

        var toc = CoverageTable.ParseToc(File.ReadAllText(gazettePath, Encoding.UTF8));
        Assert.Equal(Enumerable.Range(1, 31), toc.Select(t => t.Number));
        Assert.Equal("海行规发〔2017〕6号", toc[0].Document);                       // printed 「海行规发〔2017〕6 号」
        Assert.Equal("—", toc[13].Document);                                         // item 14: no number printed
        Assert.Equal("北京市海淀区人民政府 2017 年度绩效任务三季度进展情况", toc[13].Title); // page number stripped
        Assert.Equal("海政办发〔2017〕44号", toc[23].Document);                      // number on the next line
        Assert.Equal("北京市海淀区人民政府办公室印发本办预决算信息公开制度的通知", toc[28].Title); // dotted leader stripped
        Assert.Equal("海政任〔2016〕123-〔2017〕111号", toc[30].Document);
    }

    [Fact]
    public void TableOfContentsParser_ReadsEveryPrintedLayout()
    {
        var rows = CoverageTable.TableUnder(Coverage(), CoverageTable.TableHeading);
        var toc = CoverageTable.ParseToc(SyntheticTableOfContents(rows));
        Assert.Equal(rows.Select(r => r[0]), toc.Select(t => t.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(rows.Select(r => r[2]), toc.Select(t => t.Document));
        Assert.Equal(rows.Select(r => r[1]), toc.Select(t => t.Title));
        Assert.Empty(CoverageTable.Check(Coverage(), Readme(), SyntheticTableOfContents(rows), Library));
    }

    [Theory]
    [InlineData("海政发〔2017〕22号\t", "海政发〔2017〕25号\t", "item 7: document number 海政发〔2017〕22号, the gazette prints 海政发〔2017〕25号")]
    [InlineData("海政办发〔2017〕36 号", "海政办发〔2017〕37 号", "item 20: document number 海政办发〔2017〕36号, the gazette prints 海政办发〔2017〕37号")]
    [InlineData("关于任命专职督学的通知", "关于任命兼职督学的通知", "item 5: title")]
    [InlineData("31、", "32、", "the gazette's table of contents: the table must have exactly 31 items")]
    public void Check_FailsWhenTheGazetteSaysOtherwise(string find, string replace, string expected)
    {
        var rows = CoverageTable.TableUnder(Coverage(), CoverageTable.TableHeading);
        var gazette = SyntheticTableOfContents(rows);
        Assert.Contains(find, gazette, StringComparison.Ordinal);
        var problems = CoverageTable.Check(Coverage(), Readme(), ReplaceOnce(gazette, find, replace), Library);
        Assert.Contains(problems, p => p.Contains(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("coverage", "| yes | `ElevatorSubsidy` |", "| yes | `ElevatorSubsidies` |", "'ElevatorSubsidies' is not a module")]
    [InlineData("coverage", "`ElevatorSubsidy.ElevatorSubsidyCalculator.CheckScope`", "`ElevatorSubsidy.ElevatorSubsidyCalculator.CheckScopes`", "has no public member CheckScopes")]
    [InlineData("coverage", "`WaterCompensation.SectionRegistry`", "`WaterCompensation.SectionRegistries`", "has no public type SectionRegistries")]
    [InlineData("coverage", "`CultivatedLand.CultivatedLandCalculator.Assess`", "`Land.CultivatedLandCalculator.Assess`", "'Land' is not a module")]
    [InlineData("coverage", "| measures (规范性文件) | yes | `WaterCompensation` |", "| measures (规范性文件) | yes | — |", "the library module Haidian.Rules.WaterCompensation is named by no row")]
    [InlineData("coverage", "| 海行规发〔2017〕7号 | measures", "| 海行规发〔2017〕17号 | measures", "Haidian.Rules.WaterCompensation cites 海行规发〔2017〕7号, but no row")]
    [InlineData("coverage", "| 31 | 北京市海淀区人民政府人事任免 |", "| 32 | 北京市海淀区人民政府人事任免 |", "exactly 31 items numbered 1..31")]
    [InlineData("coverage", "| `serviceHall.staffChange` | 27 | 海政办发〔2017〕50号 |", "| `serviceHall.staffChange` | 29 | — |", "'serviceHall.staffChange' under item 29 (—, key row says —), but the rule cites 海政办发〔2017〕50号")]
    [InlineData("coverage", "| `forest.selfInspectionReport` | 9 |", "| `forest.selfInspection` | 9 |", "does not list the rule key 'forest.selfInspectionReport'")]
    [InlineData("coverage", "| `expropriation.lawsuit` | 8 | 海政发〔2017〕23号 | 五、联系方式 末段 |", "| `expropriation.lawsuit` | 8 | 海政发〔2017〕23号 | 五 |", "gives the clause of 'expropriation.lawsuit' as '五'")]
    [InlineData("coverage", "- **Deadline rule keys**: `cultivatedLand.selfCheck`, `cultivatedLand.inspection`.", "- **Deadline rule keys**: `cultivatedLand.selfCheck`.", "item 21: the detail's **Deadline rule keys**")]
    [InlineData("coverage", "| interim measures | yes | `Deadlines` (part) |", "| interim measures | yes | `Deadlines` |", "item 27: the detail lists a gap, so the row must say '(part)'")]
    [InlineData("coverage", "| work plan (100-day campaign, 2017) | yes | — |", "| work plan (100-day campaign, 2017) | no | — |", "item 30: nothing computable: the detail says **Why not computable**")]
    [InlineData("coverage", "| appointment | no | — |", "| appointment | no | `Deadlines` |", "item 5: nothing computable, yet implemented in Deadlines")]
    [InlineData("coverage", "| plan (2016–2020) | yes (targets) | — |\n| 11 |", "| plan (2016–2020) | maybe | — |\n| 11 |", "item 10: 'computable' must be")]
    [InlineData("coverage", "### 12. 海政发〔2017〕29号 —", "### 12. 海政发〔2017〕30号 —", "the detail heading of item 12 must start with '海政发〔2017〕29号 — '")]
    [InlineData("readme", "| 5 | appointment of full-time school inspectors | 海政发〔2017〕19号 | no | — |", "| 5 | appointment of full-time school inspectors | 海政发〔2017〕19号 | no | `Deadlines` |", "README.md coverage item 5: module")]
    [InlineData("readme", "| 海行规发〔2017〕9号 | no |", "| 海行规发〔2017〕9号 | yes |", "README.md coverage item 4: computable 'yes'")]
    [InlineData("readme", "| 30 | 100-day", "| 29 | 100-day", "README.md coverage table: the table must have exactly 31 items")]
    public void Check_FailsOnABrokenTable(string target, string find, string replace, string expected)
    {
        var coverage = Coverage();
        var readme = Readme();
        if (target == "coverage")
        {
            Assert.Contains(find, coverage, StringComparison.Ordinal);
            coverage = ReplaceOnce(coverage, find, replace);
        }
        else
        {
            Assert.Contains(find, readme, StringComparison.Ordinal);
            readme = ReplaceOnce(readme, find, replace);
        }

        var problems = CoverageTable.Check(coverage, readme, null, Library);
        var hit = problems.FirstOrDefault(p => p.Contains(expected, StringComparison.Ordinal));
        Assert.True(hit is not null, "expected a problem containing: " + expected + "\ngot:\n" + string.Join("\n", problems));
    }

    [Fact]
    public void LibraryModules_AreTheEightPolicyNamespaces()
    {
        // The list the table must cover; a new module makes the main test fail until the table names it.
        Assert.Equal(
            new[] { "CultivatedLand", "Deadlines", "ElevatorSubsidy", "ForestAssessment", "FundFees", "SmartHaidian", "WasteSorting", "WaterCompensation" },
            CoverageTable.LibraryModules(Library));
    }

    /// <summary>
    /// The gazette's table of contents rebuilt from the table's rows in each layout the gazette prints: number on the line
    /// with an OCR space before 号, number on the next line, no number with a dotted leader; page numbers after a tab.
    /// </summary>
    private static string SyntheticTableOfContents(IReadOnlyList<string[]> rows)
    {
        var sb = new StringBuilder("GAZETTE OF HAIDIAN DISTRICT\n\n目 录\n\n");
        foreach (var r in rows)
        {
            var number = int.Parse(r[0], System.Globalization.CultureInfo.InvariantCulture);
            var page = (number * 7).ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (r[2] == CoverageTable.None)
            {
                sb.Append(r[0]).Append('、').Append(r[1]).Append(".....\t").Append(page).Append('\n');
            }
            else if (number % 2 == 0)
            {
                sb.Append(r[0]).Append("、 ").Append(r[1]).Append(' ').Append(r[2].Substring(0, r[2].Length - 1)).Append(" 号\t").Append(page).Append('\n');
            }
            else
            {
                sb.Append(r[0]).Append('、').Append(r[1]).Append("\t\n").Append(r[2]).Append('\t').Append(page).Append('\n');
            }

            if (number == 12)
            {
                sb.Append('\n');
            }
        }

        return sb.Append("\n北京市海淀区人民政府 关于本区 2017 年既有多层住宅增设 (适老化)电梯试点工作的实施意见\n\n海行规发〔2017〕6 号\n").ToString();
    }

    private static string ReplaceOnce(string text, string find, string replace)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        return text.Substring(0, at) + replace + text.Substring(at + find.Length);
    }

    private static string Coverage() => File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "coverage.md"), Encoding.UTF8);

    private static string Readme() => File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md"), Encoding.UTF8);

    private static string RepositoryRoot()
    {
        var solution = TestFiles.FindUpwards("Haidian.Rules.sln");
        Assert.True(solution is not null, "Haidian.Rules.sln was not found above " + AppContext.BaseDirectory);
        return Path.GetDirectoryName(solution)!;
    }
}
