using Haidian.Rules.Deadlines;

namespace Haidian.Rules.Tests.Deadlines;

/// <summary>Loading a later year or a local extension as data at run time.</summary>
public sealed partial class WorkingDayCalendarTests
{
    // An illustrative 2027 schedule (NOT the official one, which had not been found): used only to show loading works.
    private const string Year2027 = """
        {"years":[{"year":2027,"notice":"测试〔2026〕1号","title":"test schedule for 2027","issued":"2026-11-01",
          "holidays":[{"name":"元旦","off":["2027-01-01","2027-01-02","2027-01-03"],"makeupWorkdays":[],"noticeText":"一、元旦：1月1日至3日放假，共3天。"}]}]}
        """;

    // The 2020 Beijing-style extension of 春节 to 2月9日 as a local extension layer.
    private const string LocalExtension2020 = """
        {"years":[{"year":2020,"notice":"京政发〔2020〕示例号","title":"local extension",
          "holidays":[{"name":"春节（延长）","off":["2020-02-03","2020-02-04","2020-02-05","2020-02-06","2020-02-07"],"noticeText":"一、延长至2月9日。"}]}]}
        """;

    [Fact]
    public void With_ALaterYearLoadedAsData_AnswersForThatYear()
    {
        var calendar = Official.WithJson(Year2027, "PRC 2027 (test)");
        Assert.False(calendar.IsWorkingDay(new LocalDate(2027, 1, 1)));
        Assert.True(calendar.IsWorkingDay(new LocalDate(2027, 1, 4)));
        Assert.Equal("测试〔2026〕1号", calendar.Describe(new LocalDate(2027, 1, 2)).Citation!.DocumentNumber);
        Assert.Equal(new LocalDate(2027, 1, 4), calendar.AddWorkingDays(new LocalDate(2026, 12, 31), 1));
        Assert.Contains("PRC 2027 (test)", calendar.Name, StringComparison.Ordinal);
        Assert.Throws<ValidationException>(() => Official.IsWorkingDay(new LocalDate(2027, 1, 4)));   // the original is unchanged
    }

    // A complete 2020 schedule with the local extension: the national 春节 block as amended (01-24..02-02, make-up 02-01 is
    // not in the amended notice) plus the extension to 02-09. Spec 07 D-b: a loaded year replaces the shipped one, so a
    // local schedule restates the national days it keeps.
    private const string LocalSchedule2020 = """
        {"years":[{"year":2020,"notice":"京政发〔2020〕示例号","title":"local schedule",
          "holidays":[{"name":"春节（延长）","off":["2020-01-24","2020-01-25","2020-01-26","2020-01-27","2020-01-28","2020-01-29","2020-01-30","2020-01-31","2020-02-01","2020-02-02","2020-02-03","2020-02-04","2020-02-05","2020-02-06","2020-02-07"],"noticeText":"一、延长至2月9日。"}]}]}
        """;

    [Fact]
    public void With_ACompleteLocalSchedule_GivesItsDays()
    {
        var beijing = Official.WithJson(LocalSchedule2020, "local 2020");
        Assert.True(Official.IsWorkingDay(new LocalDate(2020, 2, 3)));
        Assert.False(beijing.IsWorkingDay(new LocalDate(2020, 2, 3)));
        Assert.Equal(new LocalDate(2020, 2, 10), beijing.NextWorkingDayOnOrAfter(new LocalDate(2020, 2, 3)));
        var calc = new DeadlineCalculator(beijing);
        Assert.Equal(new LocalDate(2020, 2, 10), calc.Period(new LocalDate(2020, 1, 20), 10, PeriodUnit.Days).LastDay);
        Assert.Equal(new LocalDate(2020, 2, 3), new DeadlineCalculator().Period(new LocalDate(2020, 1, 20), 10, PeriodUnit.Days).LastDay);
    }

    [Fact]
    public void D_b_a_caller_loaded_year_replaces_the_shipped_one()
    {
        // The extension lists only 02-03..07: loaded, it is 2020's whole schedule, never merged with the shipped notice.
        var replaced = Official.WithJson(LocalExtension2020, "local 2020");
        Assert.False(replaced.IsWorkingDay(new LocalDate(2020, 2, 3)));
        Assert.True(replaced.IsWorkingDay(new LocalDate(2020, 1, 30)));      // 春节 (as amended by 国办发明电〔2020〕1号) is gone
        Assert.False(Official.IsWorkingDay(new LocalDate(2020, 1, 30)));
        Assert.False(replaced.IsWorkingDay(new LocalDate(2020, 1, 19)));     // the shipped make-up Sunday is an ordinary Sunday again
        Assert.True(Official.IsWorkingDay(new LocalDate(2020, 1, 19)));
        Assert.True(replaced.IsWorkingDay(new LocalDate(2020, 10, 1)));      // National Day 2020 too: the whole year is replaced
        Assert.Equal(DayKind.Workday, replaced.Describe(new LocalDate(2020, 10, 1)).Kind);
        Assert.Equal(5, replaced.SpecialDays(2020).Count);
        Assert.All(replaced.SpecialDays(2020), d => Assert.Equal("京政发〔2020〕示例号", d.Citation!.DocumentNumber));
        // Other years keep the shipped notice.
        Assert.False(replaced.IsWorkingDay(new LocalDate(2019, 10, 1)));
        Assert.Equal(Official.SpecialDays(2021), replaced.SpecialDays(2021));
        Assert.Equal(Official.Years, replaced.Years);
    }

    [Fact]
    public void ACallersOwnCalendar_WorksThroughTheInterface()
    {
        var calc = new DeadlineCalculator(new EveryDayButSunday());
        var result = calc.Period(new LocalDate(2030, 6, 1), 6, PeriodUnit.WorkingDays);   // Sat 06-01: Mon 3 … Sat 8
        Assert.Equal(new LocalDate(2030, 6, 8), result.LastDay);
        Assert.Equal("every day but Sunday", result.Calendar);
    }

    private sealed class EveryDayButSunday : IWorkingDayCalendar
    {
        public string Name => "every day but Sunday";

        public bool IsWorkingDay(LocalDate date) => date.DayOfWeek != IsoDayOfWeek.Sunday;
    }
}
