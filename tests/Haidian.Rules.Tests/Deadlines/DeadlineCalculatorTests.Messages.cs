using Haidian.Rules.Deadlines;

namespace Haidian.Rules.Tests.Deadlines;

/// <summary>The exact messages of broken parameters and holiday data, and the unit limits (found by mutation testing).</summary>
public sealed partial class DeadlineCalculatorTests
{
    [Fact]
    public void Parameters_EveryKindOfBrokenRule_HasItsPathAndMessage()
    {
        var broken = Gazette with
        {
            Version = " ",
            PeriodStartRule = null!,
            SmartHaidianPreliminaryDesign = null!,
            SmartHaidianWarranty = Gazette.SmartHaidianWarranty with { Amount = 101 },
            FundQuarterlyCustodyReport = Gazette.FundQuarterlyCustodyReport with { Unit = PeriodUnit.Days },
            ExpropriationLawsuit = Gazette.ExpropriationLawsuit with { Name = string.Empty, Citation = new Citation(" ", string.Empty, "五"), Amount = 1_201 },
            ForestSelfInspectionReport = Gazette.ForestSelfInspectionReport with { Month = 13 },
            ServiceHallStaffChange = Gazette.ServiceHallStaffChange with { Amount = 10_001 },
        };
        Assert.Equal(
            new[]
            {
                "version: is required and must not be blank",
                "periodStartRule: is required",
                "smartHaidianPreliminaryDesign: is required",
                "smartHaidianWarranty.amount: must be between 1 and 100 years (got 101)",
                "fundQuarterlyCustodyReport.unit: must be WorkingDays for NthWorkingDayOfNextQuarter",
                "expropriationLawsuit.name: is required and must not be blank",
                "expropriationLawsuit.citation: must name the document (number or title)",
                "expropriationLawsuit.amount: must be between 1 and 1200 months (got 1201)",
                "forestSelfInspectionReport.month: must be 1 to 12 (got 13)",
                "serviceHallStaffChange.amount: must be between 1 and 10000 working days (got 10001)",
            },
            broken.Validate().Select(e => e.ToString()));
    }

    [Fact]
    public void Parameters_UnitLimits_AreAcceptedExactlyAtTheMaximum()
    {
        var atLimits = Gazette with
        {
            SmartHaidianWarranty = Gazette.SmartHaidianWarranty with { Amount = 100 },
            ExpropriationLawsuit = Gazette.ExpropriationLawsuit with { Amount = 1_200 },
            ExpropriationReconsideration = Gazette.ExpropriationReconsideration with { Amount = 36_600 },
            ServiceHallStaffChange = Gazette.ServiceHallStaffChange with { Amount = 10_000 },
            ForestSelfInspectionReport = Gazette.ForestSelfInspectionReport with { Month = 2, Day = 28 },
            CultivatedLandInspection = Gazette.CultivatedLandInspection with { Month = 12, Day = 31 },
        };
        Assert.Empty(atLimits.Validate());
        var overDays = Gazette with { ExpropriationReconsideration = Gazette.ExpropriationReconsideration with { Amount = 36_601 } };
        Assert.Equal("expropriationReconsideration.amount: must be between 1 and 36600 days (got 36601)", Assert.Single(overDays.Validate()).ToString());
        var dayZero = Gazette with { ForestSelfInspectionReport = Gazette.ForestSelfInspectionReport with { Month = 1, Day = 0 } };
        Assert.Equal("forestSelfInspectionReport.day: must be a day that exists in month 1 of every year (got 0)", Assert.Single(dayZero.Validate()).ToString());
        var monthZero = Gazette with { ForestSelfInspectionReport = Gazette.ForestSelfInspectionReport with { Month = 0 } };
        Assert.Equal("forestSelfInspectionReport.month: must be 1 to 12 (got 0)", Assert.Single(monthZero.Validate()).ToString());
    }

    [Fact]
    public void MinimumDuration_InWorkingDays_IsRejectedWithTheUnitPath()
    {
        var ex = Assert.Throws<ValidationException>(() => Calculator.MinimumDuration(new LocalDate(2018, 3, 1), 0, PeriodUnit.WorkingDays));
        Assert.Equal(
            new[] { "amount: must be between 1 and 10000 working days (got 0)", "unit: a minimum duration is counted in days, months or years" },
            ex.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void HolidayData_EveryKindOfProblem_HasItsPathAndMessage()
    {
        const string json = """
            {"years":[
              {"year":2027,"notice":"n1","holidays":[null,{"name":"","off":[null,"2027-01-01"],"makeupWorkdays":["2027-01-04"]},{"name":"x","off":[],"makeupWorkdays":[]}]},
              {"year":1899,"notice":"n2","holidays":[{"name":"y","off":["1899-01-01"]}]},
              null,
              {"year":2028,"notice":"n3","holidays":[{"name":"z","off":["2028-01-01"]}]},
              {"year":2028,"notice":"n4","holidays":[{"name":"z","off":["2028-01-02"]}]}
            ]}
            """;
        var ex = Assert.Throws<ValidationException>(() => HolidaySchedule.Parse(json, "bad"));
        Assert.Equal(
            new[]
            {
                "years[0].holidays[0]: is required",
                "years[0].holidays[1].name: is required and must not be blank",
                "years[0].holidays[1].off[0]: must be an ISO date yyyy-MM-dd (got null)",
                "years[0].holidays[1].makeupWorkdays[0]: 2027-01-04 is a Monday: a make-up working day (调休上班) must be a Saturday or Sunday",
                "years[0].holidays[2]: must list at least one day off or make-up working day",
                "years[1].year: is required and must be a year between 1900 and 9998",
                "years[2]: is required",
                "years[4].year: year 2028 is given twice",
            },
            ex.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void HolidayData_NoYearsOrBlankName_AreReported()
    {
        Assert.Equal("years: must list at least one year's schedule", Assert.Single(Assert.Throws<ValidationException>(() => HolidaySchedule.Parse("""{"years":[]}""", "x")).Errors).ToString());
        Assert.Equal("years: must list at least one year's schedule", Assert.Single(Assert.Throws<ValidationException>(() => HolidaySchedule.Parse("{}", "x")).Errors).ToString());
        Assert.Equal(
            new[] { "name: is required and must not be blank", "years: must list at least one year's schedule" },
            Assert.Throws<ValidationException>(() => HolidaySchedule.Parse("null", " ")).Errors.Select(e => e.ToString()));
        var bad = Assert.Single(Assert.Throws<ValidationException>(() => HolidaySchedule.Parse("{ not json", "x")).Errors);
        Assert.StartsWith("is not valid holiday-schedule JSON: ", bad.Message, StringComparison.Ordinal);
    }
}

/// <summary>Calculator-level bounds and wording (found by mutation testing).</summary>
public sealed partial class DeadlineCalculatorTests
{
    [Theory]
    [InlineData(1, "1st")]
    [InlineData(2, "2nd")]
    [InlineData(3, "3rd")]
    [InlineData(4, "4th")]
    [InlineData(11, "11th")]
    [InlineData(12, "12th")]
    [InlineData(13, "13th")]
    [InlineData(21, "21st")]
    [InlineData(22, "22nd")]
    [InlineData(23, "23rd")]
    [InlineData(111, "111th")]
    public void WorkingDaysInAdvance_LastStep_NamesTheOrdinal(int n, string ordinal)
    {
        var result = new DeadlineCalculator(new EveryDay()).WorkingDaysInAdvance(new LocalDate(2030, 6, 1), n);
        Assert.Equal(new LocalDate(2030, 6, 1).PlusDays(-n), result.LastDay);
        Assert.Equal($"the {ordinal} working day before the event: the latest day to act", result.Steps[^1].Rule);
        Assert.Equal($"{n} working days before 2030-06-01", result.Subject);
    }

    [Fact]
    public void CalculatorBounds_NamedWithTheirLimits()
    {
        Assert.Equal(
            "workingDays: must be between 1 and 10000 (got 0)",
            Assert.Single(Assert.Throws<ValidationException>(() => Calculator.WorkingDaysInAdvance(new LocalDate(2018, 3, 1), 0)).Errors).ToString());
        Assert.Equal(
            "workingDays: must be between 1 and 10000 (got 10001)",
            Assert.Single(Assert.Throws<ValidationException>(() => Calculator.WorkingDaysInAdvance(new LocalDate(2018, 3, 1), 10_001)).Errors).ToString());
        Assert.Equal(
            "year: must be between 1 and 9997 (got 9998)",
            Assert.Single(Assert.Throws<ValidationException>(() => Calculator.CalculateForYear(Gazette.ForestSelfInspectionReport, 9_998)).Errors).ToString());
        Assert.Equal(
            "year: must be between 1 and 9997 (got 0)",
            Assert.Single(Assert.Throws<ValidationException>(() => Calculator.CalculateForYear(Gazette.ForestSelfInspectionReport, 0)).Errors).ToString());
        Assert.Equal(
            "rule.method: a FixedDateOfNextYear rule is anchored differently; use CalculateForYear",
            Assert.Single(Assert.Throws<ValidationException>(() => Calculator.Calculate(Gazette.ForestSelfInspectionReport, new LocalDate(2018, 1, 1))).Errors).ToString());
        Assert.Equal(
            "rule.method: a Period rule is anchored differently; use Calculate",
            Assert.Single(Assert.Throws<ValidationException>(() => Calculator.CalculateForQuarter(Gazette.ExpropriationLawsuit, 2018, 1)).Errors).ToString());
        Assert.Equal(
            "amount: must be between 1 and 36600 days (got 36601)",
            Assert.Single(Assert.Throws<ValidationException>(() => Calculator.Period(new LocalDate(2018, 3, 1), 36_601, PeriodUnit.Days)).Errors).ToString());
    }

    [Fact]
    public void Period_DefaultSubject_UsesTheSingularForOne()
    {
        var calc = new DeadlineCalculator(new EveryDay());
        Assert.Equal("1 day from 2030-06-01", calc.Period(new LocalDate(2030, 6, 1), 1, PeriodUnit.Days).Subject);
        Assert.Equal("2 months from 2030-06-01", calc.Period(new LocalDate(2030, 6, 1), 2, PeriodUnit.Months).Subject);
        Assert.Equal("1 year from 2030-06-01", calc.Period(new LocalDate(2030, 6, 1), 1, PeriodUnit.Years).Subject);
        Assert.Equal("1 working day from 2030-06-01", calc.Period(new LocalDate(2030, 6, 1), 1, PeriodUnit.WorkingDays).Subject);
        Assert.Equal("at least 3 years from 2030-06-01", calc.MinimumDuration(new LocalDate(2030, 6, 1), 3, PeriodUnit.Years).Subject);
        Assert.Equal(new LocalDate(2033, 6, 1), calc.MinimumDuration(new LocalDate(2030, 6, 1), 3, PeriodUnit.Years).LastDay);
    }

    private sealed class EveryDay : IWorkingDayCalendar
    {
        public string Name => "every day";

        public bool IsWorkingDay(LocalDate date) => true;
    }
}
