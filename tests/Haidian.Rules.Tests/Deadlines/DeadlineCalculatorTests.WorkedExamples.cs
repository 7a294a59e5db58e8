using Haidian.Rules.Deadlines;

namespace Haidian.Rules.Tests.Deadlines;

/// <summary>Spec 06 worked examples D1–D8, each with the exact dates.</summary>
public sealed partial class DeadlineCalculatorTests
{
    private static readonly DeadlineCalculator Calculator = new();
    private static readonly DeadlineParameters Gazette = DeadlineParameters.Gazette2017;
    private static readonly WorkingDayCalendar Official = WorkingDayCalendar.Official;

    [Fact]
    public void D1_ExpropriationPublished20170705_ReconsiderationMovesOffSundayTo0904_LawsuitEnds20180105()
    {
        var published = new LocalDate(2017, 7, 5);
        var reconsideration = Calculator.Calculate(Gazette.ExpropriationReconsideration, published);
        Assert.Equal(new LocalDate(2017, 7, 6), reconsideration.FirstDay);
        Assert.Equal(new LocalDate(2017, 9, 3), reconsideration.RawEnd);
        Assert.Equal(IsoDayOfWeek.Sunday, reconsideration.RawEnd.DayOfWeek);
        Assert.True(reconsideration.MovedOffRestDay);
        Assert.Equal(new LocalDate(2017, 9, 4), reconsideration.LastDay);
        Assert.Equal("海政发〔2017〕23号", reconsideration.Citation.DocumentNumber);
        Assert.Contains(reconsideration.Steps, s => s.Citation.Article == "第二百零三条");

        var lawsuit = Calculator.Calculate(Gazette.ExpropriationLawsuit, published);
        Assert.Equal(new LocalDate(2018, 1, 5), lawsuit.RawEnd);
        Assert.Equal(new LocalDate(2018, 1, 5), lawsuit.LastDay);
        Assert.False(lawsuit.MovedOffRestDay);
    }

    [Fact]
    public void D2_TwentyDaysFrom20180126_Day20InSpringFestival_LastDay20180222_CitingTheNotice()
    {
        var result = Calculator.Period(new LocalDate(2018, 1, 26), 20, PeriodUnit.Days);
        Assert.Equal(new LocalDate(2018, 2, 15), result.RawEnd);
        Assert.Equal(new LocalDate(2018, 2, 22), result.LastDay);
        Assert.True(result.MovedOffRestDay);
        Assert.Equal(Enumerable.Range(15, 7).Select(d => new LocalDate(2018, 2, d)), result.HolidayDays.Select(h => h.Date));
        Assert.All(result.HolidayDays, h => Assert.Equal("国办发明电〔2017〕12号", h.Citation!.DocumentNumber));
        var skipped = Assert.Single(result.Steps, s => s.Rule.Contains("days off", StringComparison.Ordinal));
        Assert.Equal("2018-02-15 (Thu) – 2018-02-21 (Wed)", skipped.Subject);
        Assert.Equal("二、春节", skipped.Citation.Article);
    }

    [Fact]
    public void D3_ThreeWorkingDaysFrom20180213_SkipsSpringFestival_Is20180223()
    {
        var result = Calculator.Period(new LocalDate(2018, 2, 13), 3, PeriodUnit.WorkingDays);
        Assert.Equal(new LocalDate(2018, 2, 23), result.LastDay);
        Assert.Equal(new LocalDate(2018, 2, 23), Official.AddWorkingDays(new LocalDate(2018, 2, 13), 3));
        var counted = result.Steps.Where(s => s.Rule.StartsWith("working day", StringComparison.Ordinal)).Select(s => s.Subject).ToArray();
        Assert.Equal(new[] { "2018-02-14 (Wed)", "2018-02-22 (Thu) – 2018-02-23 (Fri)" }, counted);
    }

    [Fact]
    public void D4_TenWorkingDaysFrom20180928_CountsMakeupWeekend_SkipsNationalDay_Is20181017()
    {
        var result = Calculator.Period(new LocalDate(2018, 9, 28), 10, PeriodUnit.WorkingDays);
        Assert.Equal(new LocalDate(2018, 10, 17), result.LastDay);
        var makeup = Assert.Single(result.Steps, s => s.Rule.StartsWith("make-up", StringComparison.Ordinal));
        Assert.Equal("2018-09-29 (Sat) – 2018-09-30 (Sun)", makeup.Subject);
        Assert.Equal("working days 1–2", makeup.Arithmetic);
        Assert.Equal(new[] { new LocalDate(2018, 9, 29), new LocalDate(2018, 9, 30) },
            result.HolidayDays.Where(h => h.Kind == DayKind.MakeupWorkday).Select(h => h.Date));
        Assert.Equal(Enumerable.Range(1, 7).Select(d => new LocalDate(2018, 10, d)),
            result.HolidayDays.Where(h => h.Kind == DayKind.DayOff).Select(h => h.Date));
    }

    [Fact]
    public void D5_FortyFiveWorkingDaysFrom20180920_Is20181128()
    {
        Assert.Equal(new LocalDate(2018, 11, 28), Calculator.Calculate(Gazette.SmartHaidianPreliminaryDesign, new LocalDate(2018, 9, 20)).LastDay);
        Assert.Equal(new LocalDate(2018, 11, 28), Official.AddWorkingDays(new LocalDate(2018, 9, 20), 45));
    }

    [Fact]
    public void D6_TenthWorkingDayOfQ4_2018Is1019_AndOfQ1_2018Is0115()
    {
        Assert.Equal(new LocalDate(2018, 10, 19), Official.NthWorkingDayOfQuarter(2018, 4, 10));
        Assert.Equal(new LocalDate(2018, 1, 15), Official.NthWorkingDayOfQuarter(2018, 1, 10));
        Assert.Equal(new LocalDate(2018, 10, 19), Calculator.NthWorkingDayOfQuarter(2018, 4, 10).LastDay);

        // The fund's quarterly custody report on Q3 2018 is due by the 10th working day of Q4 2018.
        var report = Calculator.CalculateForQuarter(Gazette.FundQuarterlyCustodyReport, 2018, 3);
        Assert.Equal(new LocalDate(2018, 10, 19), report.LastDay);
        Assert.Equal("第十五条（四）", report.Citation.Article);
        Assert.Equal(new LocalDate(2018, 1, 15), Calculator.CalculateForQuarter(Gazette.FundQuarterlyCustodyReport, 2017, 4).LastDay);
    }

    [Fact]
    public void D7_OneMonthFrom0131_EndsOnTheMonthsLastDay_ThenMovesOffSaturdayIn2020()
    {
        var y2019 = Calculator.Period(new LocalDate(2019, 1, 31), 1, PeriodUnit.Months);
        Assert.Equal(new LocalDate(2019, 2, 28), y2019.RawEnd);
        Assert.Equal(IsoDayOfWeek.Thursday, y2019.LastDay.DayOfWeek);
        Assert.Equal(new LocalDate(2019, 2, 28), y2019.LastDay);
        Assert.False(y2019.MovedOffRestDay);

        var y2020 = Calculator.Period(new LocalDate(2020, 1, 31), 1, PeriodUnit.Months);
        Assert.Equal(new LocalDate(2020, 2, 29), y2020.RawEnd);
        Assert.Equal(new LocalDate(2020, 3, 2), y2020.LastDay);
        Assert.True(y2020.MovedOffRestDay);
        Assert.Contains(y2020.Steps, s => s.Citation.Article == "第二百零二条" && s.Rule.Contains("has no day 31", StringComparison.Ordinal));
    }

    [Fact]
    public void D8_AnyDateIn2027WithOnlyTheShippedData_IsTheNoScheduleError()
    {
        var ex = Assert.Throws<ValidationException>(() => Official.IsWorkingDay(new LocalDate(2027, 3, 1)));
        var error = Assert.Single(ex.Errors);
        Assert.Equal("date", error.Path);
        Assert.Contains("no holiday schedule for 2027", error.Message, StringComparison.Ordinal);
        Assert.Contains("2017–2026", error.Message, StringComparison.Ordinal);
        Assert.Throws<ValidationException>(() => Calculator.Period(new LocalDate(2026, 12, 20), 20, PeriodUnit.WorkingDays));
        Assert.Throws<ValidationException>(() => Official.NthWorkingDayOfQuarter(2027, 1, 10));
    }
}
