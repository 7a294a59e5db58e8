using Haidian.Rules.Deadlines;

namespace Haidian.Rules.Tests.Deadlines;

/// <summary>A caller's own calendar: how its days are described, long runs of rest days, and runs split by holiday and notice.</summary>
public sealed partial class DeadlineCalculatorTests
{
    [Fact]
    public void Info_OnACallersCalendar_ClassifiesByWeekdayAndNamesTheCalendarForItsOwnDays()
    {
        var calc = new DeadlineCalculator(new OddWeek());
        Assert.Equal(new DayInfo(new LocalDate(2030, 6, 4), DayKind.Workday, null, null, null), calc.Info(new LocalDate(2030, 6, 4)));
        Assert.Equal(new DayInfo(new LocalDate(2030, 6, 9), DayKind.Weekend, null, null, null), calc.Info(new LocalDate(2030, 6, 9)));
        Assert.Equal(new DayInfo(new LocalDate(2030, 6, 3), DayKind.DayOff, "odd week", null, null), calc.Info(new LocalDate(2030, 6, 3)));
        Assert.Equal(new DayInfo(new LocalDate(2030, 6, 8), DayKind.MakeupWorkday, "odd week", null, null), calc.Info(new LocalDate(2030, 6, 8)));
        Assert.Equal(new DayInfo(new LocalDate(2030, 6, 1), DayKind.Weekend, null, null, null), calc.Info(new LocalDate(2030, 6, 1)));
    }

    [Fact]
    public void WorkingDayPeriod_OnACallersCalendar_CitesTheRestDayRuleForItsDaysOff_AndTheSourceForItsMakeupDays()
    {
        // From Friday 2030-05-31: weekend; Monday 06-03 off; Tue–Fri counted 1–4; Saturday 06-08 worked (5); Sunday; Monday 06-10 the 6th.
        var calc = new DeadlineCalculator(new OddWeek());
        var result = calc.Period(new LocalDate(2030, 5, 31), 6, PeriodUnit.WorkingDays);
        Assert.Equal(
            Lines(
                "6 working days from 2030-05-31 — " + NoSourceGiven,
                "  2030-05-31 (Fri): the event (not counted); counting starts the next day and counts working days only — " + CivilCode201,
                "  2030-06-01 (Sat) – 2030-06-02 (Sun): weekend rest days, not counted [not counted (still 0)] — " + CivilCode203,
                "  2030-06-03 (Mon): odd week day off, not counted [not counted (still 0)] — " + CivilCode203,
                "  2030-06-04 (Tue) – 2030-06-07 (Fri): working days, counted [working days 1–4] — " + NoSourceGiven,
                "  2030-06-08 (Sat): make-up working day 调休上班 for odd week, counted [working day 5] — " + NoSourceGiven,
                "  2030-06-09 (Sun): weekend rest day, not counted [not counted (still 5)] — " + CivilCode203,
                "  2030-06-10 (Mon): working day, counted [working day 6] — " + NoSourceGiven,
                "  2030-06-10 (Mon): the 6th working day: the last day (until 24:00) [working day 6 of 6] — " + NoSourceGiven,
                "  => last day 2030-06-10 (Mon) (until 24:00)"),
            result.Explain());
        Assert.Equal(new[] { 0m, 0m, 0m, 4m, 5m, 5m, 6m, 6m }, result.Steps.Select(s => s.Amount));
        Assert.Equal(
            new[] { new DayInfo(new LocalDate(2030, 6, 3), DayKind.DayOff, "odd week", null, null), new DayInfo(new LocalDate(2030, 6, 8), DayKind.MakeupWorkday, "odd week", null, null) },
            result.HolidayDays);
        Assert.Equal("odd week", result.Calendar);
    }

    [Fact]
    public void CalendarPeriod_EndingOnACallersDayOff_IsMovedWithTheRestDayRule()
    {
        // 3 days from Friday 2030-05-31 is Monday 06-03, the calendar's own day off: moved to Tuesday.
        var result = new DeadlineCalculator(new OddWeek()).Period(new LocalDate(2030, 5, 31), 3, PeriodUnit.Days);
        Assert.Equal("2030-06-03 (Mon): odd week day off, passed over [1 rest day] — " + CivilCode203, result.Explain().Split('\n')[4].Trim());
        Assert.Equal(new LocalDate(2030, 6, 4), result.LastDay);
        Assert.Equal("moved 1 day(s)", result.Steps[^1].Arithmetic);
        Assert.Equal(4m, result.Steps[^1].Amount);
    }

    [Fact]
    public void RestRuns_OfExactly366Days_AreCrossed_OneDayLongerIsABrokenCalendar()
    {
        // Rest from 2030-01-01 to 2031-01-01 (366 days); 2031-01-02 works again.
        var crossable = new DeadlineCalculator(new RestBetween(new LocalDate(2030, 1, 1), new LocalDate(2031, 1, 1)), Gazette with { MoveFixedDatesOffRestDays = true });
        Assert.Equal(new LocalDate(2031, 1, 2), crossable.Period(new LocalDate(2029, 12, 31), 1, PeriodUnit.WorkingDays).LastDay);
        Assert.Equal(new LocalDate(2029, 12, 31), crossable.WorkingDaysInAdvance(new LocalDate(2031, 1, 2), 1).LastDay);
        Assert.Equal(new LocalDate(2031, 1, 2), crossable.Period(new LocalDate(2029, 12, 31), 1, PeriodUnit.Days).LastDay);
        Assert.Equal(new LocalDate(2031, 1, 2), crossable.FixedDate(new LocalDate(2030, 1, 1)).LastDay);

        var broken = new DeadlineCalculator(new RestBetween(new LocalDate(2030, 1, 1), new LocalDate(2031, 1, 2)), Gazette with { MoveFixedDatesOffRestDays = true });
        Assert.Equal(
            "calendar: 'rest between' has no working day in 366 days around 2029-12-31",
            Error(() => broken.Period(new LocalDate(2029, 12, 31), 1, PeriodUnit.WorkingDays)));
        Assert.Equal(
            "calendar: 'rest between' has no working day in 366 days around 2031-01-03",
            Error(() => broken.WorkingDaysInAdvance(new LocalDate(2031, 1, 3), 1)));
        Assert.Equal(
            "calendar: 'rest between' has no working day in 366 days around 2030-01-01",
            Error(() => broken.Period(new LocalDate(2029, 12, 31), 1, PeriodUnit.Days)));
        Assert.Equal(
            "calendar: 'rest between' has no working day in 366 days around 2030-01-01",
            Error(() => broken.FixedDate(new LocalDate(2030, 1, 1))));
    }

    [Fact]
    public void RestRuns_AreCountedAfresh_AfterEachWorkingDay()
    {
        // One working day every 300 days: three of them span 900 days, but no single rest run exceeds 299.
        var sparse = new DeadlineCalculator(new EveryNthDay(300));
        var start = EveryNthDay.Epoch;
        Assert.Equal(start.PlusDays(900), sparse.Period(start, 3, PeriodUnit.WorkingDays).LastDay);
        Assert.Equal(start.PlusDays(-900), sparse.WorkingDaysInAdvance(start, 3).LastDay);
        Assert.Equal(start.PlusDays(900), new EveryNthDay(300).AddWorkingDays(start, 3));
        Assert.Equal(start.PlusDays(-900), new EveryNthDay(300).WorkingDaysBefore(start, 3));
    }

    [Fact]
    public void AdjacentDaysOff_OfDifferentHolidaysOrNotices_AreSeparateSteps()
    {
        // Monday 2030-06-03 is holiday B and Tuesday 06-04 holiday A of the same notice item; Wednesday 06-05 is A again under
        // another notice (the next year's, which may name days of the year before as 元旦 blocks do: one notice per year, 07 D-b).
        const string First = """
            {"years":[{"year":2030,"notice":"甲〔2029〕1号","title":"first",
              "holidays":[{"name":"B","off":["2030-06-03"],"noticeText":"一、节日：6月3日。"},{"name":"A","off":["2030-06-04"],"noticeText":"一、节日：6月4日。"}]}]}
            """;
        const string Second = """
            {"years":[{"year":2031,"notice":"乙〔2029〕2号","title":"second","holidays":[{"name":"A","off":["2030-06-05"],"noticeText":"一、节日：6月5日。"}]}]}
            """;
        var calendar = WorkingDayCalendar.FromSchedules("test", HolidaySchedule.Parse(First, "first"), HolidaySchedule.Parse(Second, "second"));
        var result = new DeadlineCalculator(calendar).Period(new LocalDate(2030, 5, 31), 1, PeriodUnit.WorkingDays);
        Assert.Equal(
            new[]
            {
                "2030-06-01 (Sat) – 2030-06-02 (Sun): weekend rest days, not counted — 《中华人民共和国民法典》第二百零三条",
                "2030-06-03 (Mon): B day off, not counted — 甲〔2029〕1号《first》一、节日",
                "2030-06-04 (Tue): A day off, not counted — 甲〔2029〕1号《first》一、节日",
                "2030-06-05 (Wed): A day off, not counted — 乙〔2029〕2号《second》一、节日",
                "2030-06-06 (Thu): working day, counted — 《(no source given)》",
            },
            result.Steps.Skip(1).Take(5).Select(s => s.Subject + ": " + s.Rule + " — " + s.Citation));
        Assert.Equal(new LocalDate(2030, 6, 6), result.LastDay);
        Assert.Equal(3, result.HolidayDays.Count);
    }

    /// <summary>Monday 2030-06-03 is a day off and Saturday 2030-06-08 a working day; otherwise Monday–Friday.</summary>
    private sealed class OddWeek : IWorkingDayCalendar
    {
        public string Name => "odd week";

        public bool IsWorkingDay(LocalDate date) =>
            date == new LocalDate(2030, 6, 8) || (date != new LocalDate(2030, 6, 3) && date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday));
    }

    private sealed class EveryDayButSunday : IWorkingDayCalendar
    {
        public string Name => "every day but Sunday";

        public bool IsWorkingDay(LocalDate date) => date.DayOfWeek != IsoDayOfWeek.Sunday;
    }

    private sealed class RestBetween(LocalDate first, LocalDate last) : IWorkingDayCalendar
    {
        public string Name => "rest between";

        public bool IsWorkingDay(LocalDate date) => date < first || date > last;
    }

    /// <summary>Works one day in <c>n</c>: the epoch and every nth day before and after it.</summary>
    private sealed class EveryNthDay(int n) : IWorkingDayCalendar
    {
        public static readonly LocalDate Epoch = new(2030, 1, 1);

        public string Name => "every " + n + "th day";

        public bool IsWorkingDay(LocalDate date) => NodaTime.Period.Between(Epoch, date, PeriodUnits.Days).Days % n == 0;
    }
}
