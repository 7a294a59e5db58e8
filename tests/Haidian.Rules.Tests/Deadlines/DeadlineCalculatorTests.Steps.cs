using Haidian.Rules.Deadlines;

namespace Haidian.Rules.Tests.Deadlines;

/// <summary>The computation of each method, step by step and word for word, with the result's fields.</summary>
public sealed partial class DeadlineCalculatorTests
{
    private const string CivilCode201 = "《中华人民共和国民法典》第二百零一条";
    private const string CivilCode202 = "《中华人民共和国民法典》第二百零二条";
    private const string CivilCode203 = "《中华人民共和国民法典》第二百零三条";
    private const string NoSourceGiven = "《(no source given)》";
    private const string NationalDay2018 = "国办发明电〔2017〕12号《国务院办公厅关于2018年部分节假日安排的通知》七、国庆节";

    private static string Lines(params string[] lines) => string.Join("\n", lines);

    [Fact]
    public void Period_SixMonthsOnTheCorrespondingWorkingDay_IsNotMoved_AndCitesTheRule()
    {
        var result = Calculator.Calculate(Gazette.ExpropriationLawsuit, new LocalDate(2017, 7, 5));
        const string Cite = "海政发〔2017〕23号《北京市海淀区人民政府关于魏公村小区项目的房屋征收决定》五、联系方式 末段";
        Assert.Equal(
            Lines(
                "expropriation decision: administrative lawsuit — " + Cite,
                "  2017-07-05 (Wed): the event (not counted) — " + Cite,
                "  2017-07-06 (Thu): day 1: the period starts the day after the event [day 1] — " + CivilCode201,
                "  2018-01-05 (Fri): the corresponding day 6 months on: the raw last day [2017-07-05 + 6 months = 2018-01-05] — " + CivilCode202,
                "  2018-01-05 (Fri): a working day: the last day (until 24:00) — " + Cite,
                "  => last day 2018-01-05 (Fri) (until 24:00)"),
            result.Explain());
        Assert.Equal(new[] { 0m, 1m, 184m, 184m }, result.Steps.Select(s => s.Amount));   // 2017-07-05 → 2018-01-05 is 184 days
        Assert.Equal(
            (DeadlineMethod.Period, 6, PeriodUnit.Months, new LocalDate(2017, 7, 5), (LocalDate?)new LocalDate(2017, 7, 6), new LocalDate(2018, 1, 5), new LocalDate(2018, 1, 5), false, (bool?)false),
            (result.Method, result.Amount, result.Unit, result.Anchor, result.FirstDay, result.RawEnd, result.LastDay, result.MovedOffRestDay, result.FallsOnRestDay));
        Assert.Empty(result.HolidayDays);
        Assert.Equal(Official.Name, result.Calendar);
        Assert.Equal("gazette-2017", result.Provenance.ParametersVersion);
    }

    [Fact]
    public void Period_WithoutASource_CitesArticles201To203_AndAYearPeriodNamesItsUnit()
    {
        // 2019-02-28 + 1 year = 2020-02-28, a Friday: not moved.
        var result = Calculator.Period(new LocalDate(2019, 2, 28), 1, PeriodUnit.Years);
        Assert.Equal("《中华人民共和国民法典》第二百零一条至第二百零三条", result.Citation.ToString());
        Assert.Equal("1 year from 2019-02-28", result.Subject);
        Assert.Equal("the corresponding day 1 year on: the raw last day", result.Steps[2].Rule);
        Assert.Equal("2019-02-28 + 1 year = 2020-02-28", result.Steps[2].Arithmetic);
        Assert.Equal(365m, result.Steps[2].Amount);
        Assert.Equal(new LocalDate(2020, 2, 28), result.LastDay);
        Assert.Equal("《中华人民共和国民法典》第二百零一条至第二百零三条", result.Steps[^1].Citation.ToString());
    }

    [Fact]
    public void Period_EndingInTheExtended2020SpringFestival_PassesOverTheAmendedDaysOff_CitingTheAmendment()
    {
        // 2020-01-20 + 10 days = 01-30, inside 春节 as extended by 国办发明电〔2020〕1号 (to 02-02): moved 4 days to Monday 02-03.
        var result = Calculator.Period(new LocalDate(2020, 1, 20), 10, PeriodUnit.Days);
        var passed = result.Steps[3];
        Assert.Equal("2020-01-30 (Thu) – 2020-02-02 (Sun)", passed.Subject);
        Assert.Equal("春节 days off (as amended by 国办发明电〔2020〕1号), passed over", passed.Rule);
        Assert.Equal("4 rest days", passed.Arithmetic);
        Assert.Equal(13m, passed.Amount);   // the run's last day, 02-02, is 13 days after the event
        Assert.Equal("国办发明电〔2019〕16号", passed.Citation.DocumentNumber);
        var last = result.Steps[4];
        Assert.Equal("2020-02-03 (Mon)", last.Subject);
        Assert.Equal("the first working day after the rest day(s): the last day (until 24:00)", last.Rule);
        Assert.Equal("moved 4 day(s)", last.Arithmetic);
        Assert.Equal(14m, last.Amount);
        Assert.Equal(CivilCode203, last.Citation.ToString());
        Assert.Equal(5, result.Steps.Count);
        Assert.Equal(Enumerable.Range(30, 2).Select(d => new LocalDate(2020, 1, d)).Concat(Enumerable.Range(1, 2).Select(d => new LocalDate(2020, 2, d))), result.HolidayDays.Select(h => h.Date));
        Assert.True(result.MovedOffRestDay);
        Assert.Equal((LocalDate?)new LocalDate(2020, 1, 21), result.FirstDay);
    }

    [Fact]
    public void Period_OneWorkingDayOverAWeekend_CountsOnlyTheMonday_WithoutASourceCited()
    {
        var result = Calculator.Period(new LocalDate(2018, 10, 12), 1, PeriodUnit.WorkingDays);
        Assert.Equal(
            Lines(
                "1 working day from 2018-10-12 — " + NoSourceGiven,
                "  2018-10-12 (Fri): the event (not counted); counting starts the next day and counts working days only — " + CivilCode201,
                "  2018-10-13 (Sat) – 2018-10-14 (Sun): weekend rest days, not counted [not counted (still 0)] — " + CivilCode203,
                "  2018-10-15 (Mon): working day, counted [working day 1] — " + NoSourceGiven,
                "  2018-10-15 (Mon): the 1st working day: the last day (until 24:00) [working day 1 of 1] — " + NoSourceGiven,
                "  => last day 2018-10-15 (Mon) (until 24:00)"),
            result.Explain());
        Assert.Equal(new[] { 0m, 0m, 1m, 1m }, result.Steps.Select(s => s.Amount));
        Assert.Equal(
            (DeadlineMethod.Period, 1, PeriodUnit.WorkingDays, new LocalDate(2018, 10, 12), (LocalDate?)new LocalDate(2018, 10, 13), new LocalDate(2018, 10, 15), new LocalDate(2018, 10, 15), false, (bool?)false),
            (result.Method, result.Amount, result.Unit, result.Anchor, result.FirstDay, result.RawEnd, result.LastDay, result.MovedOffRestDay, result.FallsOnRestDay));
    }

    [Fact]
    public void WorkingDaysInAdvance_OverNationalDay_CountsBackwards_ListsRunsInDateOrder_AndSortsTheHolidays()
    {
        // 5 working days before Monday 2018-10-08: 10-07..10-01 off; make-up 09-30 and 09-29 are the 1st and 2nd; 09-28..09-26 the 3rd to 5th.
        var result = Calculator.WorkingDaysInAdvance(new LocalDate(2018, 10, 8), 5);
        Assert.Equal(
            Lines(
                "5 working days before 2018-10-08 — " + NoSourceGiven,
                "  2018-10-08 (Mon): the event; counting goes backwards from the day before it — " + NoSourceGiven,
                "  2018-10-01 (Mon) – 2018-10-07 (Sun): 国庆节 days off, not counted [not counted (still 0)] — " + NationalDay2018,
                "  2018-09-29 (Sat) – 2018-09-30 (Sun): make-up working days 调休上班 for 国庆节, counted [working days 1–2] — " + NationalDay2018,
                "  2018-09-26 (Wed) – 2018-09-28 (Fri): working days, counted [working days 3–5] — " + NoSourceGiven,
                "  2018-09-26 (Wed): the 5th working day before the event: the latest day to act [working day 5 of 5, counted backwards] — " + NoSourceGiven,
                "  => last day 2018-09-26 (Wed) (until 24:00)"),
            result.Explain());
        Assert.Equal(new[] { 0m, 0m, 2m, 5m, 5m }, result.Steps.Select(s => s.Amount));
        Assert.Equal(
            new[] { new LocalDate(2018, 9, 29), new LocalDate(2018, 9, 30) }.Concat(Enumerable.Range(1, 7).Select(d => new LocalDate(2018, 10, d))),
            result.HolidayDays.Select(h => h.Date));
        Assert.Equal(
            (DeadlineMethod.WorkingDaysInAdvance, 5, PeriodUnit.WorkingDays, new LocalDate(2018, 10, 8), (LocalDate?)new LocalDate(2018, 10, 7), new LocalDate(2018, 9, 26), new LocalDate(2018, 9, 26), false, (bool?)false),
            (result.Method, result.Amount, result.Unit, result.Anchor, result.FirstDay, result.RawEnd, result.LastDay, result.MovedOffRestDay, result.FallsOnRestDay));
    }

    [Fact]
    public void WorkingDaysInAdvance_AGazetteRule_CitesItsClause_AndNamesTheSingleWorkingDay()
    {
        // The staff change takes effect on Monday 2018-10-15: one working day in advance is Friday 10-12, after the weekend.
        var rule = Gazette.ServiceHallStaffChange with { Amount = 1 };
        var result = Calculator.Calculate(rule, new LocalDate(2018, 10, 15));
        const string Cite = "海政办发〔2017〕50号《北京市海淀区政务服务大厅管理暂行办法》第十四条";
        Assert.Equal(
            Lines(
                "government-service hall: staff change filed in advance — " + Cite,
                "  2018-10-15 (Mon): the event; counting goes backwards from the day before it — " + Cite,
                "  2018-10-13 (Sat) – 2018-10-14 (Sun): weekend rest days, not counted [not counted (still 0)] — " + CivilCode203,
                "  2018-10-12 (Fri): working day, counted [working day 1] — " + Cite,
                "  2018-10-12 (Fri): the 1st working day before the event: the latest day to act [working day 1 of 1, counted backwards] — " + Cite,
                "  => last day 2018-10-12 (Fri) (until 24:00)"),
            result.Explain());
        Assert.Equal(DeadlineMethod.WorkingDaysInAdvance, result.Method);
    }

    [Fact]
    public void MinimumDuration_InDays_EndingOnAHoliday_IsNotMoved()
    {
        // 20 days from 2018-01-26 is 02-15, the first day of 春节: complete at its end all the same.
        var result = Calculator.MinimumDuration(new LocalDate(2018, 1, 26), 20, PeriodUnit.Days);
        const string Cite = "《中华人民共和国民法典》第二百零一条至第二百零三条";
        Assert.Equal(
            Lines(
                "at least 20 days from 2018-01-26 — " + Cite,
                "  2018-01-26 (Fri): the start (not counted) — " + Cite,
                "  2018-01-27 (Sat): day 1: counting starts the day after the start [day 1] — " + CivilCode201,
                "  2018-02-15 (Thu): day 20: the raw last day; the duration is complete at the end of this day [2018-01-26 + 20 days = 2018-02-15] — " + CivilCode201,
                "  2018-02-15 (Thu): not moved: a minimum duration is not a deadline, so art. 203 does not apply — " + Cite,
                "  => last day 2018-02-15 (Thu) (the earliest day the duration is complete)"),
            result.Explain());
        Assert.Equal(new[] { 0m, 1m, 20m, 20m }, result.Steps.Select(s => s.Amount));
        Assert.Equal(
            (DeadlineMethod.MinimumDuration, 20, PeriodUnit.Days, new LocalDate(2018, 1, 26), (LocalDate?)new LocalDate(2018, 1, 27), new LocalDate(2018, 2, 15), new LocalDate(2018, 2, 15), false, (bool?)null),
            (result.Method, result.Amount, result.Unit, result.Anchor, result.FirstDay, result.RawEnd, result.LastDay, result.MovedOffRestDay, result.FallsOnRestDay));
        Assert.Empty(result.HolidayDays);
    }

    [Fact]
    public void MinimumDuration_OneMonthFromThe31st_EndsOnTheMonthsLastDay_CitingArticle202()
    {
        var result = Calculator.MinimumDuration(new LocalDate(2019, 1, 31), 1, PeriodUnit.Months, "trial", Gazette.SmartHaidianTrialOperation.Citation);
        Assert.Equal("trial", result.Subject);
        Assert.Equal(Gazette.SmartHaidianTrialOperation.Citation, result.Citation);
        var end = result.Steps[2];
        Assert.Equal("2019-02-28 (Thu)", end.Subject);
        Assert.Equal("2019-02 has no day 31: the last day of that month is the raw last day; the duration is complete at the end of this day", end.Rule);
        Assert.Equal("2019-01-31 + 1 month = 2019-02-28", end.Arithmetic);
        Assert.Equal(28m, end.Amount);
        Assert.Equal(CivilCode202, end.Citation.ToString());
        Assert.Equal(Gazette.SmartHaidianTrialOperation.Citation, result.Steps[0].Citation);
        Assert.Equal(Gazette.SmartHaidianTrialOperation.Citation, result.Steps[3].Citation);
    }

    [Fact]
    public void NthWorkingDayOfMonth_OverNationalDay_IsOctober8_WithTheDaysOffNotCounted()
    {
        var result = Calculator.NthWorkingDayOfMonth(new YearMonth(2018, 10), 1);
        Assert.Equal(
            Lines(
                "the 1st working day of month 2018-10 — " + NoSourceGiven,
                "  2018-10-01 (Mon): the first day of month 2018-10: counted from this day (前1个工作日) — " + NoSourceGiven,
                "  2018-10-01 (Mon) – 2018-10-07 (Sun): 国庆节 days off, not counted [not counted (still 0)] — " + NationalDay2018,
                "  2018-10-08 (Mon): working day, counted [working day 1] — " + NoSourceGiven,
                "  2018-10-08 (Mon): the 1st working day of month 2018-10: the last day (until 24:00) [working day 1 of 1] — " + NoSourceGiven,
                "  => last day 2018-10-08 (Mon) (until 24:00)"),
            result.Explain());
        Assert.Equal(new[] { 0m, 0m, 1m, 1m }, result.Steps.Select(s => s.Amount));
        Assert.Equal(
            (DeadlineMethod.Period, 1, PeriodUnit.WorkingDays, new LocalDate(2018, 10, 1), (LocalDate?)new LocalDate(2018, 10, 1), new LocalDate(2018, 10, 8), new LocalDate(2018, 10, 8), false, (bool?)false),
            (result.Method, result.Amount, result.Unit, result.Anchor, result.FirstDay, result.RawEnd, result.LastDay, result.MovedOffRestDay, result.FallsOnRestDay));
    }

    [Fact]
    public void NthWorkingDayOfMonth_TheMonthsLastWorkingDayIsAccepted_OneMoreIsNamed()
    {
        // October 2018 has 18 working days (hand count in WorkingDayCalendarTests); the 18th is the 31st.
        Assert.Equal(new LocalDate(2018, 10, 31), Calculator.NthWorkingDayOfMonth(new YearMonth(2018, 10), 18).LastDay);
        Assert.Equal(
            "n: month 2018-10 has only 18 working days, fewer than 19",
            Assert.Single(Assert.Throws<ValidationException>(() => Calculator.NthWorkingDayOfMonth(new YearMonth(2018, 10), 19)).Errors).ToString());
    }

    [Fact]
    public void NthWorkingDayOfQuarter_NamesTheQuarter_AndItsLastDayIsStillCounted()
    {
        var result = Calculator.NthWorkingDayOfQuarter(2018, 4, 10, null, Gazette.FundQuarterlyCustodyReport.Citation);
        Assert.Equal("the 10th working day of quarter 2018 Q4", result.Subject);
        Assert.Equal(DeadlineMethod.NthWorkingDayOfNextQuarter, result.Method);
        Assert.Equal("the first day of quarter 2018 Q4: counted from this day (前10个工作日)", result.Steps[0].Rule);
        Assert.Equal("the 10th working day of quarter 2018 Q4: the last day (until 24:00)", result.Steps[^1].Rule);
        Assert.Equal(Gazette.FundQuarterlyCustodyReport.Citation, result.Citation);

        // Every day but Sunday: Q4 2030 has 79 working days, the 79th is 12-31.
        var sundaysOff = new DeadlineCalculator(new EveryDayButSunday());
        Assert.Equal(new LocalDate(2030, 12, 31), sundaysOff.NthWorkingDayOfQuarter(2030, 4, 79).LastDay);
        Assert.Equal(
            "n: quarter 2030 Q4 has only 79 working days, fewer than 80",
            Assert.Single(Assert.Throws<ValidationException>(() => sundaysOff.NthWorkingDayOfQuarter(2030, 4, 80)).Errors).ToString());
        Assert.Equal(new LocalDate(2030, 4, 1), sundaysOff.NthWorkingDayOfQuarter(2030, 2, 1).LastDay);
    }

    [Fact]
    public void CalculateForQuarter_ReportsOnQ1InQ2_AndOnQ4InTheNextYearsQ1()
    {
        // Q2 2018: 04-02..04-04 (3), 清明 04-05..07 off, make-up Sunday 04-08 (4), 04-09..13 (5–9), 04-16 the 10th.
        var q1 = Calculator.CalculateForQuarter(Gazette.FundQuarterlyCustodyReport, 2018, 1);
        Assert.Equal(new LocalDate(2018, 4, 16), q1.LastDay);
        Assert.Equal("development fund: quarterly custody report on the previous quarter (on 2018 Q1)", q1.Subject);
        Assert.Equal(new LocalDate(2018, 4, 1), q1.Anchor);
        var q4 = Calculator.CalculateForQuarter(Gazette.FundQuarterlyCustodyReport, 2018, 4);
        Assert.Equal(new LocalDate(2019, 1, 1), q4.Anchor);
        Assert.Equal("development fund: quarterly custody report on the previous quarter (on 2018 Q4)", q4.Subject);
    }

    [Fact]
    public void FixedDate_OnAWorkingDay_IsTheLastDay_AndNotFlagged()
    {
        var result = Calculator.FixedDate(new LocalDate(2018, 10, 8));
        Assert.Equal(
            Lines(
                "by 2018-10-08 — " + NoSourceGiven,
                "  2018-10-08 (Mon): the fixed date: on or before this day (以内/前 include the day itself) — " + NoSourceGiven,
                "  2018-10-08 (Mon): a working day: the last day (until 24:00) — " + NoSourceGiven,
                "  => last day 2018-10-08 (Mon) (until 24:00)"),
            result.Explain());
        Assert.Equal(
            (DeadlineMethod.FixedDateOfNextYear, 0, PeriodUnit.Days, new LocalDate(2018, 10, 8), (LocalDate?)null, new LocalDate(2018, 10, 8), new LocalDate(2018, 10, 8), false, (bool?)false),
            (result.Method, result.Amount, result.Unit, result.Anchor, result.FirstDay, result.RawEnd, result.LastDay, result.MovedOffRestDay, result.FallsOnRestDay));
    }

    [Fact]
    public void FixedDate_InAYearWithNoSchedule_SaysItIsNotKnownWhetherItIsARestDay()
    {
        var result = Calculator.FixedDate(new LocalDate(2028, 3, 1), "report", Gazette.ForestSelfInspectionReport.Citation);
        Assert.Equal("report", result.Subject);
        Assert.Equal(2, result.Steps.Count);
        Assert.Equal("not moved (a fixed date is not a period); no holiday schedule for 2028 is loaded, so whether it is a rest day is not known", result.Steps[1].Rule);
        Assert.Equal(Gazette.ForestSelfInspectionReport.Citation, result.Steps[1].Citation);
        Assert.Null(result.FallsOnRestDay);
        Assert.False(result.MovedOffRestDay);
        Assert.Equal(new LocalDate(2028, 3, 1), result.LastDay);
        Assert.Equal(DeadlineMethod.FixedDateOfNextYear, result.Method);
        Assert.Null(result.FirstDay);

        // Asked to move it, the calendar cannot say: the no-schedule error, not a guess.
        var moving = new DeadlineCalculator(Official, Gazette with { MoveFixedDatesOffRestDays = true });
        Assert.Equal("date", Assert.Single(Assert.Throws<ValidationException>(() => moving.FixedDate(new LocalDate(2028, 3, 1))).Errors).Path);
    }

    [Fact]
    public void FixedDate_OnNationalDay_MovedWhenAsked_PassesOverTheWholeBlock()
    {
        var moving = new DeadlineCalculator(Official, Gazette with { MoveFixedDatesOffRestDays = true });
        var result = moving.FixedDate(new LocalDate(2018, 10, 1));
        Assert.Equal(
            Lines(
                "by 2018-10-01 — " + NoSourceGiven,
                "  2018-10-01 (Mon): the fixed date: on or before this day (以内/前 include the day itself) — " + NoSourceGiven,
                "  2018-10-01 (Mon) – 2018-10-07 (Sun): 国庆节 days off, passed over [7 rest days] — " + NationalDay2018,
                "  2018-10-08 (Mon): moved to the first working day after the rest day(s) (parameter moveFixedDatesOffRestDays): the last day (until 24:00) [moved 7 day(s)] — " + CivilCode203,
                "  => last day 2018-10-08 (Mon) (until 24:00)"),
            result.Explain());
        Assert.Equal(new[] { 0m, 0m, 0m }, result.Steps.Select(s => s.Amount));
        Assert.Equal(
            (new LocalDate(2018, 10, 1), (LocalDate?)null, new LocalDate(2018, 10, 1), new LocalDate(2018, 10, 8), true, (bool?)false),
            (result.Anchor, result.FirstDay, result.RawEnd, result.LastDay, result.MovedOffRestDay, result.FallsOnRestDay));
        Assert.Equal(Enumerable.Range(1, 7).Select(d => new LocalDate(2018, 10, d)), result.HolidayDays.Select(h => h.Date));

        // Not moved by default: flagged, with the day passed over listed.
        var flagged = Calculator.FixedDate(new LocalDate(2018, 10, 1));
        Assert.Equal(new LocalDate(2018, 10, 1), flagged.LastDay);
        Assert.True(flagged.FallsOnRestDay);
        Assert.False(flagged.MovedOffRestDay);
        Assert.Equal("2018-10-01 (Mon): 国庆节 day off, passed over", flagged.Steps[1].Subject + ": " + flagged.Steps[1].Rule);
        Assert.Equal("1 rest day", flagged.Steps[1].Arithmetic);
    }

    [Fact]
    public void EndOfMonth_IsTheMonthsLastDay_EvenAMakeupSunday()
    {
        // 2018-09-30 is a Sunday worked for 国庆节: a working day, so nothing to move.
        var moving = new DeadlineCalculator(Official, Gazette with { MoveFixedDatesOffRestDays = true });
        var result = moving.EndOfMonth(new YearMonth(2018, 9));
        Assert.Equal(
            Lines(
                "within 2018-09 — " + NoSourceGiven,
                "  2018-09-30 (Sun): within the month: its last day: on or before this day (以内/前 include the day itself) — " + NoSourceGiven,
                "  2018-09-30 (Sun): a working day: the last day (until 24:00) — " + NoSourceGiven,
                "  => last day 2018-09-30 (Sun) (until 24:00)"),
            result.Explain());
        Assert.Equal(new LocalDate(2020, 2, 29), Calculator.EndOfMonth(new YearMonth(2020, 2), "x").LastDay);
        Assert.Equal("x", Calculator.EndOfMonth(new YearMonth(2020, 2), "x").Subject);
        Assert.Equal(Gazette.FundAnnualCustodyReport.Citation, Calculator.EndOfMonth(new YearMonth(2019, 1), null, Gazette.FundAnnualCustodyReport.Citation).Citation);
        var monthly = Calculator.NthWorkingDayOfMonth(new YearMonth(2018, 10), 2, "report", Gazette.FundQuarterlyCustodyReport.Citation);
        Assert.Equal(Gazette.FundQuarterlyCustodyReport.Citation, monthly.Citation);
        Assert.Equal("report", monthly.Subject);
        Assert.Equal(new LocalDate(2018, 10, 9), monthly.LastDay);
    }

    [Fact]
    public void CalculateForYear_AShortRuleText_IsQuotedWhole_AndALongOneIsCutAt40Characters()
    {
        // 各镇、国有农场每年2月15日前对上一年度耕地保护责任目标履行情况进行自查 has 36 characters; the forest report's text has 55.
        var result = Calculator.CalculateForYear(Gazette.CultivatedLandSelfCheck, 2018);
        Assert.Equal("the fixed date 「各镇、国有农场每年2月15日前对上一年度耕地保护责任目标履行情况进行自查」: on or before this day (以内/前 include the day itself)", result.Steps[0].Rule);
        Assert.Equal("cultivated-land self-check on the previous year (on 2018)", result.Subject);
        Assert.Equal(new LocalDate(2019, 2, 15), result.LastDay);   // a Friday
        Assert.False(result.FallsOnRestDay);
        var cut = Calculator.CalculateForYear(Gazette.ForestSelfInspectionReport, 2018);
        Assert.Equal("the fixed date 「被检查镇、林场对照有关规定开展自查，于次年3月31日前将上年度责任制落实情况整理」: on or before this day (以内/前 include the day itself)", cut.Steps[0].Rule);
    }
}
