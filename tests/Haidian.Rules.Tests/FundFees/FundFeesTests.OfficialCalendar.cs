using Haidian.Rules.Deadlines;
using Haidian.Rules.FundFees;

namespace Haidian.Rules.Tests.FundFees;

/// <summary>The development fund's custody-report deadlines wired to the official PRC calendar of the Deadlines module.</summary>
public sealed partial class FundFeesTests
{
    [Fact]
    public void QuarterlyCustodyReport_OnTheOfficialCalendar_MatchesSpecD6()
    {
        var fund = new DevelopmentFundCalculator();
        Assert.Equal(new LocalDate(2018, 10, 19), fund.QuarterlyCustodyReportDeadline(2018, 4).LastDay); // D6: 10th working day of Q4 2018
        Assert.Equal(new LocalDate(2018, 1, 15), fund.QuarterlyCustodyReportDeadline(2018, 1).LastDay);  // D6: of Q1 2018
        Assert.Equal(WorkingDayCalendar.Official.Name, fund.QuarterlyCustodyReportDeadline(2018, 4).Calendar);
    }

    [Fact]
    public void CustodyReports_FundModuleAndDeadlinesModule_AgreeOnEveryQuarterAndYear2018To2026()
    {
        var fund = new DevelopmentFundCalculator();
        var deadlines = new DeadlineCalculator();
        var rules = DeadlineParameters.Gazette2017;
        for (var year = 2018; year <= 2026; year++)
        {
            for (var dueQuarter = 1; dueQuarter <= 4; dueQuarter++)
            {
                var (reportedYear, reportedQuarter) = dueQuarter == 1 ? (year - 1, 4) : (year, dueQuarter - 1);
                Assert.Equal(
                    deadlines.CalculateForQuarter(rules.FundQuarterlyCustodyReport, reportedYear, reportedQuarter).LastDay,
                    fund.QuarterlyCustodyReportDeadline(year, dueQuarter).LastDay);
            }

            var annual = fund.AnnualCustodyReportDeadline(year);
            Assert.Equal(deadlines.CalculateForYear(rules.FundAnnualCustodyReport, year - 1).LastDay, annual.LastDay);
            Assert.Equal(!WorkingDayCalendar.Official.IsWorkingDay(new LocalDate(year, 1, 31)), annual.FallsOnRestDay);
        }
    }

    [Fact]
    public void QuarterlyCustodyReport_In2027WithOnlyTheShippedData_IsTheNoScheduleError()
    {
        var ex = Assert.Throws<ValidationException>(() => new DevelopmentFundCalculator().QuarterlyCustodyReportDeadline(2027, 1));
        Assert.Contains("2027", ex.Message, StringComparison.Ordinal);
    }
}
