using Haidian.Rules.FundFees;

namespace Haidian.Rules.Tests.FundFees;

/// <summary>
/// The custody-report deadlines and the tranche schedule word for word: the working days counted, the quarter covered, the
/// annual date in each of its three readings, the loop bounds exactly at their limit, and which parameter version is used.
/// </summary>
public sealed partial class FundFeesTests
{
    private static readonly Citation Article15Item4 = DevelopmentFundParameters.Document.WithArticle("第十五条（四）");

    [Fact]
    public void QuarterlyCustodyReport_Arithmetic_WordForWord()
    {
        var q4 = Development.QuarterlyCustodyReportDeadline(2018, 4, TestWorkingDayCalendar.Year2018);
        Assert.Equal(new CustodyReportDeadline(CustodyReportKind.Quarterly, "2018-Q3", new LocalDate(2018, 10, 19), false, "test calendar (2018 excerpt)",
            "working days from 2018-10-01: 10-08, 10-09, 10-10, 10-11, 10-12, 10-15, 10-16, 10-17, 10-18, 10-19 → the 10th is 2018-10-19 (9 rest days skipped)", Article15Item4), q4);
    }

    [Theory]
    [InlineData(2018, 2, "2018-Q1")]
    [InlineData(2018, 3, "2018-Q2")]
    [InlineData(2019, 1, "2018-Q4")]
    public void QuarterlyCustodyReport_CoversThePreviousQuarter(int year, int quarter, string covers)
    {
        Assert.Equal(covers, Development.QuarterlyCustodyReportDeadline(year, quarter, TestWorkingDayCalendar.Year2018).Covers);
    }

    [Fact]
    public void QuarterlyCustodyReport_TwoHundredRestDaysAreSkipped_OneMoreFailsLoudly()
    {
        var start = new LocalDate(2018, 1, 1);
        var two00 = new FuncCalendar(d => d >= start.PlusDays(200));
        var result = Development.QuarterlyCustodyReportDeadline(2018, 1, two00);
        Assert.Equal(start.PlusDays(209), result.LastDay);
        Assert.EndsWith("→ the 10th is 2018-07-29 (200 rest days skipped)", result.Arithmetic, StringComparison.Ordinal);
        var two01 = new FuncCalendar(d => d >= start.PlusDays(201));
        Assert.Equal(new[] { "calendar: 'function calendar' has fewer than 10 working days in the 200 days from 2018-01-01" },
            Errors(() => Development.QuarterlyCustodyReportDeadline(2018, 1, two01)));
    }

    [Fact]
    public void AnnualCustodyReport_EachReading_WordForWord()
    {
        var working = Development.AnnualCustodyReportDeadline(2019, TestWorkingDayCalendar.Year2018);
        Assert.Equal(new CustodyReportDeadline(CustodyReportKind.Annual, "2018", new LocalDate(2019, 1, 31), false, "test calendar (2018 excerpt)",
            "第一个月内 → the month's last day, 2019-01-31, a working day", Article15Item4), working);
        var restOn31 = new TestWorkingDayCalendar(new[] { new LocalDate(2018, 1, 31) }, Array.Empty<LocalDate>(), 2018);
        Assert.Equal("第一个月内 → the month's last day, 2018-01-31; it is a rest day, and a fixed date is not moved (moveAnnualReportDeadlineOffRestDay = false)",
            Development.AnnualCustodyReportDeadline(2018, restOn31).Arithmetic);
        var moving = new DevelopmentFundCalculator(DevelopmentFundParameters.Gazette2017 with { MoveAnnualReportDeadlineOffRestDay = true });
        var moved = moving.AnnualCustodyReportDeadline(2018, restOn31);
        Assert.Equal((new LocalDate(2018, 2, 1), true, "2017"), (moved.LastDay, moved.FallsOnRestDay, moved.Covers));
        Assert.Equal("第一个月内 → 2018-01-31, a rest day, moved to the next working day 2018-02-01 (moveAnnualReportDeadlineOffRestDay = true)", moved.Arithmetic);
    }

    [Fact]
    public void AnnualCustodyReport_MovedSixtyDays_IsTheLimit_OneMoreFailsLoudly()
    {
        var moving = new DevelopmentFundCalculator(DevelopmentFundParameters.Gazette2017 with { MoveAnnualReportDeadlineOffRestDay = true });
        var april1 = new LocalDate(2018, 4, 1);   // 60 days after 2018-01-31
        Assert.Equal(april1, moving.AnnualCustodyReportDeadline(2018, new FuncCalendar(d => d >= april1)).LastDay);
        Assert.Equal(new[] { "calendar: 'function calendar' has no working day in the 60 days after 2018-01-31" },
            Errors(() => moving.AnnualCustodyReportDeadline(2018, new FuncCalendar(d => d > april1))));
    }

    [Fact]
    public void AnnualCustodyReport_UsesTheVersionInForceOnJanuary1_OrOn31JanuaryWhenThePolicyStartsAfterJanuary1()
    {
        var restOn31 = new FuncCalendar(d => d.Day != 31);
        var movingFrom15 = DevelopmentFundParameters.Gazette2017 with { Version = "moving", InForceFrom = new LocalDate(2018, 1, 15), MoveAnnualReportDeadlineOffRestDay = true };

        // why: the version of 1 January governs, even when a later version is in force on the 31st
        var fromGazette = new DevelopmentFundCalculator(new ParameterHistory<DevelopmentFundParameters>(new[] { DevelopmentFundParameters.Gazette2017, movingFrom15 }));
        Assert.Equal(new LocalDate(2018, 1, 31), fromGazette.AnnualCustodyReportDeadline(2018, restOn31).LastDay);

        // why: a policy starting exactly on 1 January is in force on that day
        var fromJan1 = DevelopmentFundParameters.Gazette2017 with { InForceFrom = new LocalDate(2018, 1, 1) };
        var startsJan1 = new DevelopmentFundCalculator(new ParameterHistory<DevelopmentFundParameters>(new[] { fromJan1, movingFrom15 }));
        Assert.Equal(new LocalDate(2018, 1, 31), startsJan1.AnnualCustodyReportDeadline(2018, restOn31).LastDay);

        // why: a policy starting after 1 January but by the 31st governs that year's report
        var startsJan15 = new DevelopmentFundCalculator(movingFrom15);
        Assert.Equal(new LocalDate(2018, 2, 1), startsJan15.AnnualCustodyReportDeadline(2018, restOn31).LastDay);
        Assert.Throws<NotInForceException>(() => new DevelopmentFundCalculator(movingFrom15 with { InForceFrom = new LocalDate(2018, 2, 1) }).AnnualCustodyReportDeadline(2018, restOn31));
    }

    [Fact]
    public void Tranches_NotesNumbersAndCitation_WordForWord()
    {
        var tranches = GuideFund.Tranches();
        Assert.Equal(new[] { 1, 2, 3, 4, 5 }, tranches.Select(t => t.Number));
        Assert.Equal("the whole year is before this document was in force (2017-09-17)", tranches[0].Note);
        Assert.Equal("a payment before 2017-09-17 predates this document", tranches[1].Note);
        Assert.All(tranches, t => Assert.Equal(GuideFundParameters.Document.WithArticle("第七条"), t.Citation));
    }

    [Fact]
    public void Tranches_ComeFromTheLatestVersion_FlaggedAgainstTheFirstInForceDate()
    {
        var later = GuideFundParameters.Gazette2017 with { Version = "four", InForceFrom = new LocalDate(2019, 1, 1), TrancheCount = 4, TrancheAmount = 30_000_000m, LastTrancheYear = 2019 };
        var tranches = new GuideFundCalculator(new ParameterHistory<GuideFundParameters>(new[] { GuideFundParameters.Gazette2017, later })).Tranches();
        Assert.Equal(new[] { (2016, 30_000_000m, true), (2017, 30_000_000m, false), (2018, 30_000_000m, false), (2019, 30_000_000m, false) }, tranches.Select(t => (t.Year, t.Amount, t.BeforeInForce)));
        Assert.Equal("a payment before 2017-09-17 predates this document", tranches[1].Note);
    }
}
