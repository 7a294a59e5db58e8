using Haidian.Rules.Deadlines;

namespace Haidian.Rules.Tests.Deadlines;

/// <summary>The calculator's limits: each exactly at its bound and one step past it, null arguments, and in-force days.</summary>
public sealed partial class DeadlineCalculatorTests
{
    private static string Error(Action act) => Assert.Single(Assert.Throws<ValidationException>(act).Errors).ToString();

    [Fact]
    public void Constructors_NullArguments_NameTheParameter()
    {
        Assert.Equal("calendar", Assert.Throws<ArgumentNullException>(() => new DeadlineCalculator(null!)).ParamName);
        Assert.Equal("calendar", Assert.Throws<ArgumentNullException>(() => new DeadlineCalculator(null!, Gazette)).ParamName);
        Assert.Equal("parameters", Assert.Throws<ArgumentNullException>(() => new DeadlineCalculator(Official, null!)).ParamName);
        var onCalendar = new DeadlineCalculator(new EveryDay());
        Assert.Same(Gazette, onCalendar.Parameters);
        Assert.Equal("every day", onCalendar.Calendar.Name);
        Assert.Same(Official, new DeadlineCalculator().Calendar);
        Assert.Same(Gazette, new DeadlineCalculator().Parameters);
    }

    [Fact]
    public void GazetteRuleEntryPoints_NullRule_IsAnArgumentNullException()
    {
        Assert.Equal("rule", Assert.Throws<ArgumentNullException>(() => Calculator.Calculate((DeadlineRule)null!, new LocalDate(2018, 1, 1))).ParamName);
        Assert.Equal("rule", Assert.Throws<ArgumentNullException>(() => Calculator.CalculateForQuarter((DeadlineRule)null!, 2018, 1)).ParamName);
        Assert.Equal("rule", Assert.Throws<ArgumentNullException>(() => Calculator.CalculateForYear((DeadlineRule)null!, 2018)).ParamName);
        Assert.Equal("key", Assert.Throws<ArgumentNullException>(() => Calculator.Calculate((string)null!, new LocalDate(2018, 1, 1))).ParamName);
        Assert.Equal("key", Assert.Throws<ArgumentNullException>(() => Calculator.CalculateForQuarter((string)null!, 2018, 1)).ParamName);
        Assert.Equal("key", Assert.Throws<ArgumentNullException>(() => Calculator.CalculateForYear((string)null!, 2018)).ParamName);
    }

    [Fact]
    public void EventDates_FromYear1ToYear9800_AreAccepted_OneDayOutsideIsNamed()
    {
        var calc = new DeadlineCalculator(new EveryDay());
        // The longest period (100 years) from the last day allowed still fits NodaTime's calendar.
        Assert.Equal(new LocalDate(9900, 12, 31), calc.Period(new LocalDate(9800, 12, 31), 100, PeriodUnit.Years).LastDay);
        Assert.Equal(new LocalDate(1, 1, 2), calc.Period(new LocalDate(1, 1, 1), 1, PeriodUnit.Days).LastDay);
        Assert.Equal("eventDate: must be in the years 1–9800 (got 9801-01-01)", Error(() => calc.Period(new LocalDate(9801, 1, 1), 1, PeriodUnit.Days)));
        Assert.Equal("eventDate: must be in the years 1–9800 (got 0000-12-31)", Error(() => calc.Period(new LocalDate(0, 12, 31), 1, PeriodUnit.Days)));
        Assert.Equal(
            new[] { "amount: must be between 1 and 100 years (got 0)", "eventDate: must be in the years 1–9800 (got 9801-01-01)" },
            Assert.Throws<ValidationException>(() => calc.Period(new LocalDate(9801, 1, 1), 0, PeriodUnit.Years)).Errors.Select(e => e.ToString()));

        Assert.Equal(new LocalDate(9800, 12, 30), calc.WorkingDaysInAdvance(new LocalDate(9800, 12, 31), 1).LastDay);
        Assert.Equal(new LocalDate(0, 12, 31), calc.WorkingDaysInAdvance(new LocalDate(1, 1, 1), 1).LastDay);
        Assert.Equal("eventDate: must be in the years 1–9800 (got 9801-01-01)", Error(() => calc.WorkingDaysInAdvance(new LocalDate(9801, 1, 1), 1)));
        Assert.Equal("eventDate: must be in the years 1–9800 (got 0000-12-31)", Error(() => calc.WorkingDaysInAdvance(new LocalDate(0, 12, 31), 1)));

        Assert.Equal(new LocalDate(9801, 1, 1), calc.MinimumDuration(new LocalDate(9800, 12, 31), 1, PeriodUnit.Days).LastDay);
        Assert.Equal(new LocalDate(1, 2, 1), calc.MinimumDuration(new LocalDate(1, 1, 1), 1, PeriodUnit.Months).LastDay);
        Assert.Equal("start: must be in the years 1–9800 (got 9801-01-01)", Error(() => calc.MinimumDuration(new LocalDate(9801, 1, 1), 1, PeriodUnit.Days)));
        Assert.Equal("start: must be in the years 1–9800 (got 0000-12-31)", Error(() => calc.MinimumDuration(new LocalDate(0, 12, 31), 1, PeriodUnit.Days)));
    }

    [Fact]
    public void Months_FromYear1ToYear9800_AreAccepted_OneMonthOutsideIsNamed()
    {
        var calc = new DeadlineCalculator(new EveryDay());
        Assert.Equal(new LocalDate(9800, 12, 1), calc.NthWorkingDayOfMonth(new YearMonth(9800, 12), 1).LastDay);
        Assert.Equal(new LocalDate(1, 1, 31), calc.NthWorkingDayOfMonth(new YearMonth(1, 1), 31).LastDay);
        Assert.Equal("n: month 0001-01 has only 31 working days, fewer than 32", Error(() => calc.NthWorkingDayOfMonth(new YearMonth(1, 1), 32)));
        Assert.Equal("month: must be in the years 1–9800 (got 9801-01)", Error(() => calc.NthWorkingDayOfMonth(new YearMonth(9801, 1), 1)));
        Assert.Equal("month: must be in the years 1–9800 (got 0000-12)", Error(() => calc.NthWorkingDayOfMonth(new YearMonth(0, 12), 1)));

        Assert.Equal(new LocalDate(9800, 12, 31), calc.EndOfMonth(new YearMonth(9800, 12)).LastDay);
        Assert.Equal(new LocalDate(1, 1, 31), calc.EndOfMonth(new YearMonth(1, 1)).LastDay);
        Assert.Equal("month: must be in the years 1–9800 (got 9801-01)", Error(() => calc.EndOfMonth(new YearMonth(9801, 1))));
        Assert.Equal("month: must be in the years 1–9800 (got 0000-12)", Error(() => calc.EndOfMonth(new YearMonth(0, 12))));
    }

    [Fact]
    public void WorkingDayCounts_From1To10000_AreAccepted_OneStepOutsideIsNamed()
    {
        var calc = new DeadlineCalculator(new EveryDay());
        Assert.Equal(new LocalDate(2030, 6, 1).PlusDays(-10_000), calc.WorkingDaysInAdvance(new LocalDate(2030, 6, 1), 10_000).LastDay);
        Assert.Equal(new LocalDate(2030, 6, 1).PlusDays(10_000), calc.Period(new LocalDate(2030, 6, 1), 10_000, PeriodUnit.WorkingDays).LastDay);
        Assert.Equal("amount: must be between 1 and 10000 working days (got 10001)", Error(() => calc.Period(new LocalDate(2030, 6, 1), 10_001, PeriodUnit.WorkingDays)));
        Assert.Equal("n: must be between 1 and 10000 (got 0)", Error(() => calc.NthWorkingDayOfMonth(new YearMonth(2030, 6), 0)));
        Assert.Equal("n: must be between 1 and 10000 (got 10001)", Error(() => calc.NthWorkingDayOfMonth(new YearMonth(2030, 6), 10_001)));
        Assert.Equal("n: must be between 1 and 10000 (got 0)", Error(() => calc.NthWorkingDayOfQuarter(2030, 1, 0)));
        Assert.Equal(new LocalDate(2030, 6, 1), calc.NthWorkingDayOfMonth(new YearMonth(2030, 6), 1).LastDay);
    }

    [Fact]
    public void Years_From1To9997_AreAccepted_OneYearOutsideIsNamed()
    {
        var calc = new DeadlineCalculator(new EveryDay());
        Assert.Equal(new LocalDate(9997, 10, 1), calc.NthWorkingDayOfQuarter(9997, 4, 1).LastDay);
        Assert.Equal(new LocalDate(1, 1, 1), calc.NthWorkingDayOfQuarter(1, 1, 1).LastDay);
        Assert.Equal("year: must be between 1 and 9997 (got 9998)", Error(() => calc.NthWorkingDayOfQuarter(9998, 1, 1)));
        Assert.Equal("year: must be between 1 and 9997 (got 0)", Error(() => calc.NthWorkingDayOfQuarter(0, 1, 1)));
        Assert.Equal("quarter: must be 1, 2, 3 or 4 (got 5)", Error(() => calc.NthWorkingDayOfQuarter(2030, 5, 1)));
        Assert.Equal("quarter: must be 1, 2, 3 or 4 (got 0)", Error(() => calc.NthWorkingDayOfQuarter(2030, 0, 1)));

        var anyTime = Gazette.FundQuarterlyCustodyReport with { InForceFrom = new LocalDate(1, 1, 1) };
        Assert.Equal(new LocalDate(1, 4, 10), calc.CalculateForQuarter(anyTime, 1, 1).LastDay);
        Assert.Equal(new LocalDate(9997, 10, 10), calc.CalculateForQuarter(anyTime, 9997, 3).LastDay);
        Assert.Equal("year: must be between 1 and 9997 (got 0)", Error(() => calc.CalculateForQuarter(anyTime, 0, 1)));
        Assert.Equal("year: must be between 1 and 9997 (got 9998)", Error(() => calc.CalculateForQuarter(anyTime, 9_998, 1)));
        Assert.Equal("quarter: must be 1, 2, 3 or 4 (got 5)", Error(() => calc.CalculateForQuarter(anyTime, 2030, 5)));
        Assert.Equal("quarter: must be 1, 2, 3 or 4 (got 0)", Error(() => calc.CalculateForQuarter(anyTime, 2030, 0)));
        Assert.Equal("year: must be between 1 and 9997 (got 2147483647)", Error(() => calc.CalculateForQuarter(anyTime, int.MaxValue, 4)));   // checked before the next year is computed

        var anyYear = Gazette.ForestSelfInspectionReport with { InForceFrom = new LocalDate(1, 1, 1) };
        Assert.Equal(new LocalDate(2, 3, 31), calc.CalculateForYear(anyYear, 1).LastDay);
        Assert.Equal(new LocalDate(9998, 3, 31), calc.CalculateForYear(anyYear, 9_997).LastDay);
        var unknown = new DeadlineCalculator(Official).CalculateForYear(anyYear, 9_997);
        Assert.Equal("not moved (a fixed date is not a period); no holiday schedule for 9998 is loaded, so whether it is a rest day is not known", unknown.Steps[1].Rule);
        Assert.Equal("month: must be in the years 1–9800 (got 9801-01)", Error(() => new DeadlineCalculator(Official).EndOfMonth(new YearMonth(9801, 1))));
    }

    [Fact]
    public void GazetteRules_ApplyFromTheirInForceDay_NotTheDayBefore()
    {
        // 海政发〔2017〕21号 applies from 2017-06-21 (a Wednesday): 7 working days later is 06-30.
        var filing = Calculator.Calculate(Gazette.SmartHaidianContractFiling, new LocalDate(2017, 6, 21));
        Assert.Equal(new LocalDate(2017, 6, 30), filing.LastDay);
        var early = Assert.Throws<NotInForceException>(() => Calculator.Calculate(Gazette.SmartHaidianContractFiling, new LocalDate(2017, 6, 20)));
        Assert.Equal(new LocalDate(2017, 6, 20), early.Requested);
        Assert.Equal(Gazette.SmartHaidianContractFiling.Citation, early.Policy);

        // The quarterly report on Q3 2018 is due 2018-10-19: in force when the rule applies from that very day.
        var dueThatDay = Gazette.FundQuarterlyCustodyReport with { InForceFrom = new LocalDate(2018, 10, 19) };
        Assert.Equal(new LocalDate(2018, 10, 19), Calculator.CalculateForQuarter(dueThatDay, 2018, 3).LastDay);
        var dueTheDayAfter = Gazette.FundQuarterlyCustodyReport with { InForceFrom = new LocalDate(2018, 10, 20) };
        var quarterly = Assert.Throws<NotInForceException>(() => Calculator.CalculateForQuarter(dueTheDayAfter, 2018, 3));
        Assert.Equal(new LocalDate(2018, 10, 19), quarterly.Requested);
        Assert.Equal(new LocalDate(2018, 10, 20), quarterly.InForceFrom);

        // The forest report on 2017 is due 2018-03-31.
        var forestThatDay = Gazette.ForestSelfInspectionReport with { InForceFrom = new LocalDate(2018, 3, 31) };
        Assert.Equal(new LocalDate(2018, 3, 31), Calculator.CalculateForYear(forestThatDay, 2017).LastDay);
        var forestTheDayAfter = Gazette.ForestSelfInspectionReport with { InForceFrom = new LocalDate(2018, 4, 1) };
        var yearly = Assert.Throws<NotInForceException>(() => Calculator.CalculateForYear(forestTheDayAfter, 2017));
        Assert.Equal(new LocalDate(2018, 3, 31), yearly.Requested);
        Assert.Equal(new LocalDate(2018, 4, 1), yearly.InForceFrom);
    }

    [Fact]
    public void GazetteRules_UsedWithTheWrongEntryPoint_OrBroken_AreReportedWithTheRulePath()
    {
        Assert.Equal(
            "rule.method: a WorkingDaysInAdvance rule is anchored differently; use Calculate",
            Error(() => Calculator.CalculateForYear(Gazette.ServiceHallStaffChange, 2018)));
        Assert.Equal(
            "rule.method: a MinimumDuration rule is anchored differently; use Calculate",
            Error(() => Calculator.CalculateForQuarter(Gazette.SmartHaidianWarranty, 2018, 1)));
        Assert.Equal(
            "rule.method: a NthWorkingDayOfNextQuarter rule is anchored differently; use CalculateForQuarter",
            Error(() => Calculator.CalculateForYear(Gazette.FundQuarterlyCustodyReport, 2018)));
        Assert.Equal(
            "rule.method: a FixedDateOfNextYear rule is anchored differently; use CalculateForYear",
            Error(() => Calculator.CalculateForQuarter(Gazette.CultivatedLandInspection, 2018, 1)));
        Assert.Equal(
            new[] { "rule.name: is required and must not be blank", "rule.method: a Period rule is anchored differently; use Calculate" },
            Assert.Throws<ValidationException>(() => Calculator.CalculateForYear(Gazette.ExpropriationLawsuit with { Name = " " }, 2018)).Errors.Select(e => e.ToString()));
        Assert.Equal("rule.amount: must be between 1 and 36600 days (got 0)", Error(() => Calculator.Calculate(Gazette.ExpropriationReconsideration with { Amount = 0 }, new LocalDate(2018, 1, 1))));
        Assert.Equal("rule.unit: must be WorkingDays for NthWorkingDayOfNextQuarter", Error(() => Calculator.CalculateForQuarter(Gazette.FundQuarterlyCustodyReport with { Unit = PeriodUnit.Days }, 2018, 1)));
        Assert.Equal("rule.day: must be a day that exists in month 2 of every year (got 29)", Error(() => Calculator.CalculateForYear(Gazette.CultivatedLandSelfCheck with { Day = 29 }, 2018)));
    }

    [Fact]
    public void Calculate_DispatchesEachEventMethod_WithTheRulesAmountUnitAndName()
    {
        var period = Calculator.Calculate(Gazette.RestaurantContractPosting, new LocalDate(2018, 10, 10));   // 2 days: Friday 10-12
        Assert.Equal((DeadlineMethod.Period, 2, PeriodUnit.Days, new LocalDate(2018, 10, 12)), (period.Method, period.Amount, period.Unit, period.LastDay));
        Assert.Equal(Gazette.RestaurantContractPosting.Name, period.Subject);
        var advance = Calculator.Calculate(Gazette.ServiceHallStaffChange, new LocalDate(2018, 10, 15));   // 5 working days before Monday 10-15
        Assert.Equal((DeadlineMethod.WorkingDaysInAdvance, 5, PeriodUnit.WorkingDays, new LocalDate(2018, 10, 8)), (advance.Method, advance.Amount, advance.Unit, advance.LastDay));
        var minimum = Calculator.Calculate(Gazette.SmartHaidianWarranty, new LocalDate(2018, 10, 10));
        Assert.Equal((DeadlineMethod.MinimumDuration, 2, PeriodUnit.Years, new LocalDate(2020, 10, 10)), (minimum.Method, minimum.Amount, minimum.Unit, minimum.LastDay));
        Assert.Equal(Gazette.SmartHaidianWarranty.Citation, minimum.Citation);
    }
}
