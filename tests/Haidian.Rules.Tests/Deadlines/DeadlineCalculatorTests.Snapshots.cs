using Haidian.Rules.Deadlines;
using Snapshooter.Xunit;

namespace Haidian.Rules.Tests.Deadlines;

/// <summary>Snapshots of whole results (steps, citations), and JSON round trips.</summary>
public sealed partial class DeadlineCalculatorTests
{
    [Fact]
    public void Snapshot_D2_SpringFestivalMove() =>
        Snapshot.Match(Calculator.Period(new LocalDate(2018, 1, 26), 20, PeriodUnit.Days), o => o.IgnoreField("Provenance.PackageVersion"));

    [Fact]
    public void Snapshot_D4_NationalDayWorkingDays() =>
        Snapshot.Match(Calculator.Calculate(Gazette.SmartHaidianFundsReviewLetter, new LocalDate(2018, 9, 28)), o => o.IgnoreField("Provenance.PackageVersion"));

    [Fact]
    public void Snapshot_ForestReportOn2017_FixedDateOnASaturday_IsFlaggedNotMoved() =>
        Snapshot.Match(Calculator.CalculateForYear(Gazette.ForestSelfInspectionReport, 2017), o => o.IgnoreField("Provenance.PackageVersion"));

    [Fact]
    public void ForestReportOn2017_IsDue20180331_ASaturday_NotMovedByDefault_MovedWhenAsked()
    {
        var result = Calculator.CalculateForYear(Gazette.ForestSelfInspectionReport, 2017);
        Assert.Equal(new LocalDate(2018, 3, 31), result.LastDay);
        Assert.True(result.FallsOnRestDay);
        Assert.False(result.MovedOffRestDay);
        var moving = new DeadlineCalculator(Official, Gazette with { MoveFixedDatesOffRestDays = true });
        var moved = moving.CalculateForYear(Gazette.ForestSelfInspectionReport, 2017);
        Assert.Equal(new LocalDate(2018, 4, 2), moved.LastDay);
        Assert.True(moved.MovedOffRestDay);
    }

    [Fact]
    public void AnnualCustodyReport_IsDueByTheEndOfJanuary_AndMinimumDurationsAreNotMoved()
    {
        Assert.Equal(new LocalDate(2019, 1, 31), Calculator.CalculateForYear(Gazette.FundAnnualCustodyReport, 2018).LastDay);
        Assert.Equal(new LocalDate(2019, 1, 31), Calculator.EndOfMonth(new YearMonth(2019, 1)).LastDay);
        // Trial operation from Saturday 2018-06-09: day 60 is Wednesday 2018-08-08; a warranty from 2018-09-29 ends 2020-09-29.
        Assert.Equal(new LocalDate(2018, 8, 8), Calculator.Calculate(Gazette.SmartHaidianTrialOperation, new LocalDate(2018, 6, 9)).LastDay);
        var warranty = Calculator.Calculate(Gazette.SmartHaidianWarranty, new LocalDate(2018, 9, 29));
        Assert.Equal(new LocalDate(2020, 9, 29), warranty.LastDay);
        Assert.Null(warranty.FallsOnRestDay);
        // 2028 is beyond the data: a minimum duration needs no calendar, a fixed date says "unknown" rather than guessing.
        Assert.Equal(new LocalDate(2028, 1, 1), Calculator.MinimumDuration(new LocalDate(2026, 1, 1), 2, PeriodUnit.Years).LastDay);
        Assert.Null(Calculator.CalculateForYear(Gazette.CultivatedLandSelfCheck, 2027).FallsOnRestDay);
    }

    [Fact]
    public void EveryGazetteRule_IsNamedCitedAndComputable()
    {
        Assert.Equal(24, Gazette.Rules.Count);
        Assert.Empty(Gazette.Validate());
        foreach (var rule in Gazette.Rules)
        {
            var result = rule.Method switch
            {
                DeadlineMethod.NthWorkingDayOfNextQuarter => Calculator.CalculateForQuarter(rule, 2018, 1),
                DeadlineMethod.FixedDateOfNextYear or DeadlineMethod.FixedDateOfSameYear => Calculator.CalculateForYear(rule, 2018),
                _ => Calculator.Calculate(rule, new LocalDate(2018, 9, 28)),
            };
            Assert.Equal(rule.Citation, result.Citation);
            Assert.Equal(rule.Name, result.Subject.Split(" (on ")[0].Split(" (in ")[0]);
            Assert.NotEmpty(result.Steps);
        }
    }

    [Fact]
    public void Json_ResultsAndParameters_RoundTrip()
    {
        var result = Calculator.Period(new LocalDate(2018, 9, 28), 10, PeriodUnit.WorkingDays);
        var json = HaidianJson.Serialize(result);
        Assert.Contains("\"method\": \"Period\"", json, StringComparison.Ordinal);
        Assert.Contains("\"lastDay\": \"2018-10-17\"", json, StringComparison.Ordinal);
        var back = HaidianJson.Deserialize<DeadlineResult>(json);
        Assert.Equal(result.LastDay, back.LastDay);
        Assert.Equal(result.Steps, back.Steps);
        Assert.Equal(result.HolidayDays, back.HolidayDays);

        var parameters = HaidianJson.Deserialize<DeadlineParameters>(HaidianJson.Serialize(Gazette));
        Assert.Equal(Gazette.ExpropriationLawsuit, parameters.ExpropriationLawsuit);
        Assert.Equal(Gazette.Rules, parameters.Rules);
        Assert.Equal(new LocalDate(2017, 9, 4), new DeadlineCalculator(Official, parameters).Calculate(parameters.ExpropriationReconsideration, new LocalDate(2017, 7, 5)).LastDay);
    }

    [Fact]
    public void Explain_ReadsAsAHandComputation()
    {
        var text = Calculator.Calculate(Gazette.ExpropriationReconsideration, new LocalDate(2017, 7, 5)).Explain();
        Assert.Equal(
            """
            expropriation decision: administrative reconsideration — 海政发〔2017〕23号《北京市海淀区人民政府关于魏公村小区项目的房屋征收决定》五、联系方式 末段
              2017-07-05 (Wed): the event (not counted) — 海政发〔2017〕23号《北京市海淀区人民政府关于魏公村小区项目的房屋征收决定》五、联系方式 末段
              2017-07-06 (Thu): day 1: the period starts the day after the event [day 1] — 《中华人民共和国民法典》第二百零一条
              2017-09-03 (Sun): day 60: the raw last day [2017-07-05 + 60 days = 2017-09-03] — 《中华人民共和国民法典》第二百零一条
              2017-09-03 (Sun): weekend rest day, passed over [1 rest day] — 《中华人民共和国民法典》第二百零三条
              2017-09-04 (Mon): the first working day after the rest day(s): the last day (until 24:00) [moved 1 day(s)] — 《中华人民共和国民法典》第二百零三条
              => last day 2017-09-04 (Mon) (until 24:00)
            """.Replace("\r\n", "\n", StringComparison.Ordinal),
            text);
    }
}
