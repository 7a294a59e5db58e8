using Haidian.Rules.Deadlines;

namespace Haidian.Rules.Tests.Deadlines;

/// <summary>Building calendars from schedules, what they cover, the no-schedule message, and the special days of a year.</summary>
public sealed partial class WorkingDayCalendarTests
{
    private const string OfficialName = "PRC official (State Council holiday notices 2017–2026)";

    // One holiday per year: enough to make a year covered.
    private static HolidaySchedule Years(string name, params int[] years) =>
        HolidaySchedule.Parse(
            "{\"years\":[" + string.Join(",", years.Select(y => $"{{\"year\":{y},\"notice\":\"n{y}\",\"holidays\":[{{\"name\":\"元旦\",\"off\":[\"{y}-01-01\"]}}]}}")) + "]}",
            name);

    private static string Error(Action act) => Assert.Single(Assert.Throws<ValidationException>(act).Errors).ToString();

    [Fact]
    public void FromSchedules_NullOrEmptyArguments_AreReportedByName()
    {
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => WorkingDayCalendar.FromSchedules(null!, Years("x", 2030))).ParamName);
        Assert.Equal("schedules", Assert.Throws<ArgumentNullException>(() => WorkingDayCalendar.FromSchedules("x", null!)).ParamName);
        Assert.Equal("schedule", Assert.Throws<ArgumentNullException>(() => Official.With(null!)).ParamName);
        Assert.Equal(
            new[] { "name: is required and must not be blank", "schedules: must contain at least one schedule" },
            Assert.Throws<ValidationException>(() => WorkingDayCalendar.FromSchedules(" ")).Errors.Select(e => e.ToString()));
        Assert.Equal("schedules[1]: is required", Error(() => WorkingDayCalendar.FromSchedules("x", Years("a", 2030), null!)));
    }

    [Fact]
    public void FromSchedules_AndWith_KeepTheNamesAndTheOrderOfTheSchedules()
    {
        var a = Years("a", 2031, 2030);
        var b = Years("b", 2032);
        var calendar = WorkingDayCalendar.FromSchedules("mine", a);
        Assert.Equal("mine", calendar.Name);
        Assert.Equal("mine", calendar.ToString());
        Assert.Equal(new[] { 2030, 2031 }, calendar.Years);
        var extended = calendar.With(b);
        Assert.Equal("mine + b", extended.Name);
        Assert.Equal(new[] { a, b }, extended.Schedules);
        Assert.Equal(new[] { 2030, 2031, 2032 }, extended.Years);
        Assert.False(extended.Covers(new LocalDate(2033, 1, 1)));   // an extended calendar still never guesses
        Assert.Equal("date", Error(() => Official.With(b).IsWorkingDay(new LocalDate(2027, 1, 4))).Split(':')[0]);
        Assert.Equal(new[] { a }, calendar.Schedules);   // unchanged
        Assert.Equal(OfficialName, Official.Name);
        Assert.Equal(OfficialName + " + b", Official.With(b).Name);
        Assert.Equal("weekends only (no public holidays; not the PRC official calendar)", WorkingDayCalendar.WeekendsOnly.Name);
        Assert.Equal(
            "schedule: the weekends-only calendar takes no holiday schedules; start from WorkingDayCalendar.Official or FromSchedules",
            Error(() => WorkingDayCalendar.WeekendsOnly.With(b)));
    }

    [Fact]
    public void Covers_ExactlyTheYearsLoaded_AndWeekendsOnlyCoversEveryYear()
    {
        Assert.False(Official.Covers(new LocalDate(2016, 12, 31)));
        Assert.True(Official.Covers(new LocalDate(2017, 1, 1)));
        Assert.True(Official.Covers(new LocalDate(2026, 12, 31)));
        Assert.False(Official.Covers(new LocalDate(2027, 1, 1)));
        Assert.True(WorkingDayCalendar.WeekendsOnly.Covers(new LocalDate(1, 1, 1)));
        Assert.Empty(WorkingDayCalendar.WeekendsOnly.Years);
        Assert.Equal(DayKind.Weekend, WorkingDayCalendar.WeekendsOnly.Describe(new LocalDate(2018, 2, 11)).Kind);
        Assert.Equal(DayKind.Workday, WorkingDayCalendar.WeekendsOnly.Describe(new LocalDate(2018, 2, 15)).Kind);
    }

    [Fact]
    public void Describe_OutsideTheYearsLoaded_SaysWhichYearsAreCovered()
    {
        Assert.Equal(
            "date: no holiday schedule for 2027 is loaded in the calendar '" + OfficialName + "' (it covers 2017–2026), so whether 2027-03-01 is a working day is unknown; load the State Council notice for 2027 with WorkingDayCalendar.With(HolidaySchedule.Parse(...)) — the calendar never guesses",
            Error(() => Official.Describe(new LocalDate(2027, 3, 1))));
        var gappy = WorkingDayCalendar.FromSchedules("gappy", Years("g", 2024, 2017, 2020, 2018, 2022, 2023));
        Assert.Contains("(it covers 2017–2018, 2020, 2022–2024)", Error(() => gappy.IsWorkingDay(new LocalDate(2019, 5, 1))), StringComparison.Ordinal);
        Assert.Contains("(it covers 2030)", Error(() => WorkingDayCalendar.FromSchedules("one", Years("o", 2030)).IsWorkingDay(new LocalDate(2031, 5, 1))), StringComparison.Ordinal);
    }

    [Fact]
    public void SpecialDays_AreTheYearsNoticeDays_InDateOrder_WithTheLaterScheduleReplacingTheYear()
    {
        // 2030-09-29 is a Sunday, 10-01 a Tuesday. The second schedule's 2030 notice replaces the first's whole year (07 D-b).
        const string First = """
            {"years":[{"year":2030,"notice":"甲〔2029〕1号","title":"first","holidays":[
              {"name":"国庆节","off":["2030-10-03","2030-10-01","2030-10-02"],"makeupWorkdays":["2030-10-12","2030-09-29"],"noticeText":"七、国庆节：10月1日至3日。"}]}]}
            """;
        const string Second = """
            {"years":[{"year":2030,"notice":"乙〔2030〕2号","title":"second","holidays":[{"name":"地方假日","off":["2030-10-03"]}]}]}
            """;
        var first = WorkingDayCalendar.FromSchedules("first only", HolidaySchedule.Parse(First, "first"));
        var days = first.SpecialDays(2030);
        Assert.Equal(
            new[] { "2030-09-29", "2030-10-01", "2030-10-02", "2030-10-03", "2030-10-12" },
            days.Select(d => HolidaySchedule.Iso(d.Date)));
        Assert.Equal(new[] { DayKind.MakeupWorkday, DayKind.DayOff, DayKind.DayOff, DayKind.DayOff, DayKind.MakeupWorkday }, days.Select(d => d.Kind));
        Assert.Equal(new Citation("甲〔2029〕1号", "first", "七、国庆节"), days[0].Citation);
        Assert.Equal(days[0], first.Describe(new LocalDate(2030, 9, 29)));
        Assert.True(first.IsWorkingDay(new LocalDate(2030, 9, 29)));
        Assert.False(first.IsWorkingDay(new LocalDate(2030, 10, 2)));

        var calendar = WorkingDayCalendar.FromSchedules("layered", HolidaySchedule.Parse(First, "first"), HolidaySchedule.Parse(Second, "second"));
        var replaced = Assert.Single(calendar.SpecialDays(2030));
        Assert.Equal((new LocalDate(2030, 10, 3), "地方假日", "乙〔2030〕2号"), (replaced.Date, replaced.Holiday, replaced.Citation!.DocumentNumber));
        Assert.False(calendar.IsWorkingDay(new LocalDate(2030, 9, 29)));   // the first notice's make-up Sunday is gone
        Assert.True(calendar.IsWorkingDay(new LocalDate(2030, 10, 2)));    // and its days off
        Assert.Equal(new DayInfo(new LocalDate(2030, 10, 4), DayKind.Workday, null, null, null), calendar.Describe(new LocalDate(2030, 10, 4)));
        Assert.Equal(new DayInfo(new LocalDate(2030, 10, 5), DayKind.Weekend, null, null, null), calendar.Describe(new LocalDate(2030, 10, 5)));

        Assert.Empty(WorkingDayCalendar.WeekendsOnly.SpecialDays(2018));
        Assert.Contains("no holiday schedule for 2029 is loaded in the calendar 'layered' (it covers 2030), so whether 2029-01-01 is", Error(() => calendar.SpecialDays(2029)), StringComparison.Ordinal);
        Assert.Contains("no holiday schedule for 1 is loaded in the calendar 'layered' (it covers 2030), so whether 0001-01-01 is", Error(() => calendar.SpecialDays(0)), StringComparison.Ordinal);
        Assert.Contains("no holiday schedule for 9999 is loaded in the calendar 'layered' (it covers 2030), so whether 9999-01-01 is", Error(() => calendar.SpecialDays(10_000)), StringComparison.Ordinal);
        Assert.Equal(new LocalDate(2017, 12, 30), Official.SpecialDays(2018)[0].Date);   // 元旦 2018 starts in December 2017
    }

    [Fact]
    public void DayInfo_ToString_DescribesEachKindWithItsNotice()
    {
        Assert.Equal("2030-06-04 (Tue): working day", new DayInfo(new LocalDate(2030, 6, 4), DayKind.Workday, null, null, null).ToString());
        Assert.Equal("2030-06-01 (Sat): weekend rest day", new DayInfo(new LocalDate(2030, 6, 1), DayKind.Weekend, null, null, null).ToString());
        Assert.Equal("2018-10-01 (Mon): 国庆节 day off (国办发明电〔2017〕12号 七、国庆节)", Official.Describe(new LocalDate(2018, 10, 1)).ToString());
        Assert.Equal(
            "2019-05-05 (Sun): make-up working day 调休上班 for 劳动节 (国办发明电〔2018〕15号 四、劳动节, as amended by 国办发明电〔2019〕3号)",
            Official.Describe(new LocalDate(2019, 5, 5)).ToString());
        Assert.Equal("2030-06-03 (Mon): own day off ()", new DayInfo(new LocalDate(2030, 6, 3), DayKind.DayOff, "own", null, null).ToString());
        Assert.True(new DayInfo(new LocalDate(2030, 6, 1), DayKind.MakeupWorkday, "x", null, null).IsWorkingDay);
        Assert.False(new DayInfo(new LocalDate(2030, 6, 3), DayKind.DayOff, "x", null, null).IsWorkingDay);
    }
}
