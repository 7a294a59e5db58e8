using Haidian.Rules.Deadlines;

namespace Haidian.Rules.Tests.Deadlines;

/// <summary>Bad input: every problem with its field path; dates the calendar has no schedule for; rules before they apply.</summary>
public sealed partial class DeadlineCalculatorTests
{
    [Theory]
    [InlineData(-1)]
    [InlineData(0)]
    public void Period_NonPositiveAmount_IsRejectedWithItsPath(int amount)
    {
        var ex = Assert.Throws<ValidationException>(() => Calculator.Period(new LocalDate(2018, 3, 1), amount, PeriodUnit.Days));
        Assert.Equal("amount", Assert.Single(ex.Errors).Path);
    }

    [Fact]
    public void WorkingDayArithmetic_NegativeN_IsRejected()
    {
        Assert.Equal("workingDays", Assert.Single(Assert.Throws<ValidationException>(() => Official.AddWorkingDays(new LocalDate(2018, 3, 1), -3)).Errors).Path);
        Assert.Equal("workingDays", Assert.Single(Assert.Throws<ValidationException>(() => Official.WorkingDaysBefore(new LocalDate(2018, 3, 1), -1)).Errors).Path);
        Assert.Equal("workingDays", Assert.Single(Assert.Throws<ValidationException>(() => Calculator.WorkingDaysInAdvance(new LocalDate(2018, 3, 1), -5)).Errors).Path);
        Assert.Equal("n", Assert.Single(Assert.Throws<ValidationException>(() => Official.NthWorkingDayOfQuarter(2018, 1, -10)).Errors).Path);
        Assert.Equal("quarter", Assert.Single(Assert.Throws<ValidationException>(() => Official.NthWorkingDayOfQuarter(2018, 5, 10)).Errors).Path);
        Assert.Equal("n", Assert.Single(Assert.Throws<ValidationException>(() => Official.NthWorkingDayOfMonth(new YearMonth(2018, 10), 19)).Errors).Path);   // October 2018 has 18
        Assert.Equal("last", Assert.Single(Assert.Throws<ValidationException>(() => Official.CountWorkingDays(new LocalDate(2018, 3, 2), new LocalDate(2018, 3, 1))).Errors).Path);
    }

    [Fact]
    public void OfficialCalendar_DateBefore2017_IsTheNoScheduleError_NotAGuess()
    {
        var ex = Assert.Throws<ValidationException>(() => Official.IsWorkingDay(new LocalDate(2016, 12, 30)));
        Assert.Contains("no holiday schedule for 2016", Assert.Single(ex.Errors).Message, StringComparison.Ordinal);
        // 提前5个工作日 before 2017-01-04 counts back into 2016: an error, not a weekends-only answer.
        Assert.Throws<ValidationException>(() => Official.WorkingDaysBefore(new LocalDate(2017, 1, 4), 5));
        Assert.Throws<ValidationException>(() => Calculator.Period(new LocalDate(2016, 12, 1), 10, PeriodUnit.Days));
    }

    [Fact]
    public void WeekendsOnly_IsAvailableOnlyByName_AndIgnoresHolidays()
    {
        var weekends = WorkingDayCalendar.WeekendsOnly;
        Assert.Contains("weekends only", weekends.Name, StringComparison.Ordinal);
        Assert.True(weekends.IsWorkingDay(new LocalDate(2018, 2, 15)));   // 春节 — not a holiday in this calendar
        Assert.True(weekends.IsWorkingDay(new LocalDate(2027, 3, 1)));
        Assert.False(weekends.IsWorkingDay(new LocalDate(2018, 2, 11)));  // a make-up Sunday — rest in this calendar
        Assert.Throws<ValidationException>(() => weekends.With(HolidaySchedule.Official));
    }

    [Fact]
    public void Compute_EventBeforeTheDocumentApplies_IsNotInForce()
    {
        var ex = Assert.Throws<NotInForceException>(() => Calculator.Calculate(Gazette.SmartHaidianContractFiling, new LocalDate(2017, 6, 20)));
        Assert.Equal(new LocalDate(2017, 6, 21), ex.InForceFrom);
        // The fund's Q2 2017 report would fall due in July 2017, before 海行规发〔2017〕8号 applied (2017-09-08).
        Assert.Throws<NotInForceException>(() => Calculator.CalculateForQuarter(Gazette.FundQuarterlyCustodyReport, 2017, 2));
    }

    [Fact]
    public void Compute_RuleUsedWithTheWrongAnchor_SaysWhichMethodToUse()
    {
        var ex = Assert.Throws<ValidationException>(() => Calculator.Calculate(Gazette.FundQuarterlyCustodyReport, new LocalDate(2018, 1, 1)));
        Assert.Contains("CalculateForQuarter", Assert.Single(ex.Errors, e => e.Path == "rule.method").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parameters_BrokenWhatIf_ReportsEveryProblemWithItsPath()
    {
        var broken = Gazette with
        {
            ExpropriationLawsuit = Gazette.ExpropriationLawsuit with { Amount = -6 },
            ForestSelfInspectionReport = Gazette.ForestSelfInspectionReport with { Month = 2, Day = 30 },
            SmartHaidianTrialOperation = Gazette.SmartHaidianTrialOperation with { Unit = PeriodUnit.WorkingDays },
        };
        var ex = Assert.Throws<ValidationException>(() => new DeadlineCalculator(Official, broken));
        Assert.Equal(
            new[] { "smartHaidianTrialOperation.unit", "expropriationLawsuit.amount", "forestSelfInspectionReport.day" },
            ex.Errors.Select(e => e.Path));
    }

    [Fact]
    public void HolidayData_Invalid_ReportsEveryProblemWithItsJsonPath()
    {
        const string json = """
            {"years":[{"year":2027,"notice":"","holidays":[{"name":"春节","off":["2027-02-0x","2027-02-06"],"makeupWorkdays":["2027-02-01","2027-02-06"]}]}]}
            """;
        var ex = Assert.Throws<ValidationException>(() => HolidaySchedule.Parse(json, "bad 2027"));
        Assert.Equal(
            new[] { "years[0].notice", "years[0].holidays[0].off[0]", "years[0].holidays[0].makeupWorkdays[0]", "years[0].holidays", },
            ex.Errors.Select(e => e.Path));
        Assert.Throws<ValidationException>(() => HolidaySchedule.Parse("{ not json", "x"));
    }
}
