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

    [Fact]
    public void With_ALocalExtension_OverridesTheNationalNoticeForTheDatesItLists()
    {
        var beijing = Official.WithJson(LocalExtension2020, "local 2020");
        Assert.True(Official.IsWorkingDay(new LocalDate(2020, 2, 3)));
        Assert.False(beijing.IsWorkingDay(new LocalDate(2020, 2, 3)));
        Assert.Equal(new LocalDate(2020, 2, 10), beijing.NextWorkingDayOnOrAfter(new LocalDate(2020, 2, 3)));
        var calc = new DeadlineCalculator(beijing);
        Assert.Equal(new LocalDate(2020, 2, 10), calc.Period(new LocalDate(2020, 1, 20), 10, PeriodUnit.Days).LastDay);
        Assert.Equal(new LocalDate(2020, 2, 3), new DeadlineCalculator().Period(new LocalDate(2020, 1, 20), 10, PeriodUnit.Days).LastDay);
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
