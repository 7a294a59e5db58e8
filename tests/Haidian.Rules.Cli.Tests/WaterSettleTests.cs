using System.Text.Json;
using Haidian.Rules.WaterCompensation;
using static Haidian.Rules.Cli.Tests.CliHarness;

namespace Haidian.Rules.Cli.Tests;

public sealed class WaterSettleTests
{
    private const string MonitoringHeader = "sectionId,month,dry,hasInflow,outflowCod,outflowCodMn,outflowNh3n,outflowTp,inflowCod,inflowCodMn,inflowNh3n,inflowTp";

    private static readonly string Sections = Repo("samples", "data", "water-sections.csv");
    private static readonly string March = Repo("samples", "data", "water-monitoring-2018-03.csv");
    private static readonly string Year = Repo("samples", "data", "water-monitoring-2018.csv");

    [Fact]
    public void Settle_SampleMarch2018_PrintsTheW6LedgerAndKeepsProgressOffStdout()
    {
        var (code, output, error) = Run("water", "settle", "--sections", Sections, "--monitoring", March, "--month", "2018-03");
        Assert.Equal(0, code);
        Assert.Matches(@"A\s+230,000\.00\s+0\.00\s+-230,000\.00", output);
        Assert.Matches(@"B\s+50,000\.00\s+230,000\.00\s+180,000\.00", output);
        Assert.Matches(@"C\s+50,000\.00\s+0\.00\s+-50,000\.00", output);
        Assert.Contains("District pool (区级统筹, 第十二条): 100,000.00", output, StringComparison.Ordinal);
        Assert.Contains("balanced", output, StringComparison.Ordinal);
        Assert.DoesNotContain("reading", output, StringComparison.Ordinal);
        Assert.Contains("settling 2018-03", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Settle_CsvFormat_IsTheTownLedgerWithThePoolRow()
    {
        var (code, output, _) = Run("water", "settle", "--sections", Sections, "--monitoring", Year, "--month", "2018-03", "--format", "csv", "-q");
        Assert.Equal(0, code);
        Assert.Equal(
            new[] { "month,town,paid,received,net", "2018-03,A,230000.00,0.00,-230000.00", "2018-03,B,50000.00,230000.00,180000.00", "2018-03,C,50000.00,0.00,-50000.00", "2018-03,区级统筹,0.00,100000.00,100000.00" },
            output.TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')));
    }

    [Fact]
    public void Settle_JsonFormat_RoundTripsThroughTheLibraryContract()
    {
        var (code, output, _) = Run("water", "settle", "--sections", Sections, "--monitoring", March, "--month", "2018-03", "--format", "json", "-q");
        Assert.Equal(0, code);
        var settlement = HaidianJson.Deserialize<MonthlySettlement>(output);
        Assert.Equal(330_000m, settlement.TotalPaid);
        Assert.Equal(100_000m, settlement.PoolTotal);
        Assert.True(settlement.IsBalanced);
    }

    [Fact]
    public void Settle_Year_DrawsTheChartAndBalances()
    {
        var chart = Path.Combine(TempDir(), "net.svg");
        var (code, output, error) = Run("water", "settle", "--sections", Sections, "--monitoring", Year, "--year", "2018", "--chart", chart);
        Assert.Equal(0, code);
        Assert.Contains("balanced", output, StringComparison.Ordinal);
        Assert.Contains("settling 2018: ", error, StringComparison.Ordinal);
        Assert.Contains(" monitoring rows, 12 months", error, StringComparison.Ordinal);
        Assert.Contains("settled 2018-12 (12/12)", error, StringComparison.Ordinal);
        var svg = File.ReadAllText(chart);
        Assert.Contains("<svg", svg, StringComparison.Ordinal);
        Assert.Contains("2018-06", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Settle_WhatIfParameters_ChangeTheLedger()
    {
        var dir = TempDir();
        var overrides = Write(dir, "overrides.json", "{ \"perClassCase1\": 40000 }");
        var (code, output, _) = Run("water", "settle", "--sections", Sections, "--monitoring", March, "--month", "2018-03", "--format", "json", "-q", "--parameters", overrides);
        Assert.Equal(0, code);
        var settlement = HaidianJson.Deserialize<MonthlySettlement>(output);
        Assert.Equal(280_000m, settlement.Sections[0].Amount); // 5 classes worse × 40,000 + 80,000 surcharges
        Assert.Equal("gazette-2017+what-if", settlement.Provenance.ParametersVersion);
    }

    [Fact]
    public void Settle_MalformedNumber_NamesFileLineAndColumn()
    {
        var dir = TempDir();
        var monitoring = Write(dir, "m.csv", MonitoringHeader + "\nS1,2018-03,false,false,52,,3.2,0.35,,,,\nS2,2018-03,false,true,,8,\"1,2\",0.6,,9,1.0,0.7\nS3,2018-03,true,false,,,,,,,,\n");
        var (code, output, error) = Run("water", "settle", "--sections", Sections, "--monitoring", monitoring, "--month", "2018-03");
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("error: " + monitoring + ":3: outflowNh3n: '1,2' is not a number", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Settle_EveryBadCellIsReported_WithItsLine()
    {
        var dir = TempDir();
        var monitoring = Write(dir, "m.csv", MonitoringHeader + "\nS1,2018-3,false,false,52,,3.2,0.35,,,,\nS2,2018-03,maybe,true,,8,1.2,0.6,,9,1.0,0.7\nS3,2018-03,true\n");
        var (code, _, error) = Run("water", "settle", "--sections", Sections, "--monitoring", monitoring, "--month", "2018-03", "-q");
        Assert.Equal(2, code);
        Assert.Contains(monitoring + ":2: month: '2018-3' is not a month", error, StringComparison.Ordinal);
        Assert.Contains(monitoring + ":3: dry: 'maybe' is not true or false", error, StringComparison.Ordinal);
        Assert.Contains(monitoring + ":4: has 3 fields but the header has 12", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Settle_ProblemsAcrossManyRows_KeepTheirFileLines_InFileOrder()
    {
        // The monitoring file is parsed in chunks of 16,384 rows on the thread pool (issue 16): blank lines, a quoted line
        // break and rows in later chunks must still be reported with their own file lines, every one, in file order.
        var dir = TempDir();
        var text = new System.Text.StringBuilder(MonitoringHeader).Append('\n');
        var expected = new List<string>();
        var line = 1;
        void Row(string row)
        {
            text.Append(row).Append('\n');
            line += 1 + row.Count(c => c == '\n');
        }

        Row(string.Empty);                                                    // line 2: blank, skipped
        Row("\"S\n1\",2018-03,false,false,52,,3.2,0.35,,,,");                   // lines 3–4: one row, quoted line break
        for (var i = 0; i < 40_000; i++)
        {
            if (i % 9_001 == 0)
            {
                expected.Add($"{line + 1}: outflowTp: '0.3x' is not a number (mg/L, with a decimal point, e.g. 3.2)");
                Row("S1,2018-03,false,false,52,,3.2,0.3x,,,,");
            }
            else if (i % 13_003 == 0)
            {
                expected.Add($"{line + 1}: has 3 fields but the header has 12");
                Row("S1,2018-03,false");
            }
            else if (i % 17_007 == 0)
            {
                Row("   ");                                                  // blank (spaces only), skipped
            }
            else
            {
                Row("S1,2018-03,false,false,52,,3.2,0.35,,,,");
            }
        }

        expected.Add($"{line + 1}: month: '2018-3' is not a month: write yyyy-MM, e.g. 2018-03");
        Row("S1,2018-3,false,false,52,,3.2,0.35,,,,");
        var monitoring = Write(dir, "m.csv", text.ToString());
        var (code, _, error) = Run("water", "settle", "--sections", Sections, "--monitoring", monitoring, "--month", "2018-03", "-q");
        Assert.Equal(2, code);
        var reported = error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Replace("error: " + monitoring + ":", string.Empty, StringComparison.Ordinal)).ToArray();
        Assert.Equal(expected, reported);
    }

    [Fact]
    public void Settle_MissingColumn_IsReportedOnTheHeaderLine()
    {
        var dir = TempDir();
        var monitoring = Write(dir, "m.csv", "sectionId,month,dry,outflowNh3n,outflowTp\nS1,2018-03,false,3.2,0.35\n");
        var (code, _, error) = Run("water", "settle", "--sections", Sections, "--monitoring", monitoring, "--month", "2018-03", "-q");
        Assert.Equal(2, code);
        Assert.Contains(monitoring + ":1: header: missing column(s) hasInflow", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Settle_LibraryValidation_IsMappedBackToTheCsvRowAndColumn()
    {
        var dir = TempDir();

        // S1 is class IV (COD), but the row gives no COD: the library's path monitoring[0].outflow.chemicalOxygenDemand → line 2, outflowCod.
        var monitoring = Write(dir, "m.csv", MonitoringHeader + "\nS1,2018-03,false,false,,,3.2,0.35,,,,\nS2,2018-03,false,true,,8,1.2,0.6,,9,1.0,0.7\nS3,2018-03,true,false,,,,,,,,\n");
        var (code, _, error) = Run("water", "settle", "--sections", Sections, "--monitoring", monitoring, "--month", "2018-03", "-q");
        Assert.Equal(2, code);
        Assert.Contains("error: " + monitoring + ":2: outflowCod: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Settle_YearProblemInALaterMonth_IsMappedToItsLineAmongThatMonthsRows()
    {
        var dir = TempDir();

        // SettleYear reports monitoring(2018-04)[1]: the second April row in file order, here line 5 (lines 2 and 4 are
        // March rows, line 3 the first April row); a lookup by the row's index in the whole file would say line 3.
        var monitoring = Write(dir, "m.csv", MonitoringHeader
            + "\nS1,2018-03,false,false,52,,3.2,0.35,,,,"
            + "\nS1,2018-04,false,false,52,,3.2,0.35,,,,"
            + "\nS2,2018-03,false,true,,8,1.2,0.6,,9,1.0,0.7"
            + "\nS2,2018-04,false,true,,,1.2,0.6,,9,1.0,0.7\n");
        var (code, _, error) = Run("water", "settle", "--sections", Sections, "--monitoring", monitoring, "--year", "2018", "-q");
        Assert.Equal(2, code);
        Assert.Contains("error: " + monitoring + ":5: outflowCodMn: ", error, StringComparison.Ordinal);
        Assert.DoesNotContain(monitoring + ":3:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Settle_UnknownDownstreamTown_IsMappedToTheSectionsFile()
    {
        var dir = TempDir();
        var sections = Write(dir, "s.csv", "id,name,functionalClass,assessmentTarget,bodyType,responsibleTowns,downstream,validFrom,validTo\nS1,x,IV,IV,Rivr,A,B,2018-01,\n");
        var (code, _, error) = Run("water", "settle", "--sections", sections, "--monitoring", March, "--month", "2018-03", "-q");
        Assert.Equal(2, code);
        Assert.Contains(sections + ":2: bodyType: 'Rivr' is not a water-body type", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Settle_MissingFile_IsAUserError()
    {
        var (code, output, error) = Run("water", "settle", "--sections", "no-such.csv", "--monitoring", March, "--month", "2018-03", "-q");
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Equal("error: no-such.csv: file not found", error.Trim());
    }

    [Fact]
    public void Settle_MonthBeforeThePolicy_IsNotInForce()
    {
        var dir = TempDir();
        var monitoring = Write(dir, "m.csv", MonitoringHeader + "\nS1,2017-02,false,false,52,,3.2,0.35,,,,\n");
        var (code, _, error) = Run("water", "settle", "--sections", Sections, "--monitoring", monitoring, "--month", "2017-02", "-q");
        Assert.Equal(2, code);
        Assert.Contains("not in force", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--month", "2018-03", "--year", "2018")]
    [InlineData("--month", "March", "--quiet", "true")]
    [InlineData("--month", "2018-03", "--chart", "x.svg")]
    public void Settle_BadOptions_AreUserErrors(string o1, string v1, string o2, string v2)
    {
        var (code, output, error) = Run("water", "settle", "--sections", Sections, "--monitoring", March, o1, v1, o2, v2);
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
    }
}
