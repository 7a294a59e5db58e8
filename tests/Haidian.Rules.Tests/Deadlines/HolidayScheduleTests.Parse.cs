using Haidian.Rules.Deadlines;

namespace Haidian.Rules.Tests.Deadlines;

/// <summary>Reading holiday data: every field, the notice item cited, amendments, and each problem with its JSON path and message.</summary>
public sealed class HolidayScheduleTests
{
    private static HolidaySchedule OneHoliday(string holidayJson, string yearFields = "") =>
        HolidaySchedule.Parse("{\"years\":[{\"year\":2030,\"notice\":\"甲〔2029〕1号\",\"title\":\"t\"" + yearFields + ",\"holidays\":[" + holidayJson + "]}]}", "one");

    private static Holiday Only(HolidaySchedule schedule) => Assert.Single(Assert.Single(schedule.Notices).Holidays);

    private static string[] Errors(string json) =>
        Assert.Throws<ValidationException>(() => HolidaySchedule.Parse(json, "bad")).Errors.Select(e => e.ToString()).ToArray();

    [Fact]
    public void Parse_NullArguments_AreArgumentNullExceptions()
    {
        Assert.Equal("json", Assert.Throws<ArgumentNullException>(() => HolidaySchedule.Parse(null!, "x")).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => HolidaySchedule.Parse("{}", null!)).ParamName);
    }

    [Fact]
    public void Parse_AWellFormedFile_KeepsEveryFieldAndSortsTheDays()
    {
        // 2030-06-01 and 06-08 are Saturdays, 06-02 a Sunday.
        const string Json = """
            {"compiled":"2029-11-20","years":[
              {"year":2031,"notice":"乙〔2030〕9号","holidays":[{"name":"元旦","off":["2031-01-01"]}]},
              {"year":2030,"notice":"甲〔2029〕1号","title":"关于2030年的通知","issued":"2029-11-15",
               "holidays":[{"name":"端午节","off":["2030-06-05","2030-06-03","2030-06-04"],"makeupWorkdays":["2030-06-08","2030-06-02","2030-06-01"],"noticeText":"五、端午节：6月3日至5日放假调休。"}]}
            ]}
            """;
        var schedule = HolidaySchedule.Parse(Json, "PRC 2030–2031 (test)");
        Assert.Equal("PRC 2030–2031 (test)", schedule.Name);
        Assert.Equal("2029-11-20", schedule.Compiled);
        Assert.Equal(new[] { 2030, 2031 }, schedule.Years);
        Assert.Equal(new[] { 2031, 2030 }, schedule.Notices.Select(n => n.Year));
        var notice = schedule.Notices[1];
        Assert.Equal("甲〔2029〕1号", notice.Notice);
        Assert.Equal("关于2030年的通知", notice.Title);
        Assert.Equal(new LocalDate(2029, 11, 15), notice.Issued);
        Assert.Equal(new Citation("甲〔2029〕1号", "关于2030年的通知", string.Empty), notice.Citation);
        var holiday = Assert.Single(notice.Holidays);
        Assert.Equal("端午节", holiday.Name);
        Assert.Equal(new[] { new LocalDate(2030, 6, 3), new LocalDate(2030, 6, 4), new LocalDate(2030, 6, 5) }, holiday.DaysOff);
        Assert.Equal(new[] { new LocalDate(2030, 6, 1), new LocalDate(2030, 6, 2), new LocalDate(2030, 6, 8) }, holiday.MakeupWorkdays);
        Assert.Equal("五、端午节：6月3日至5日放假调休。", holiday.NoticeText);
        Assert.Equal(new Citation("甲〔2029〕1号", "关于2030年的通知", "五、端午节"), holiday.Citation);
        Assert.Null(holiday.AmendedBy);

        var bare = schedule.Notices[0];
        Assert.Equal(string.Empty, bare.Title);
        Assert.Null(bare.Issued);
        Assert.Equal(string.Empty, bare.Holidays[0].NoticeText);
        Assert.Equal(new Citation("乙〔2030〕9号", string.Empty, "元旦"), bare.Holidays[0].Citation);   // no notice text: the holiday's name is the item
        Assert.Empty(bare.Holidays[0].MakeupWorkdays);
        Assert.Null(HolidaySchedule.Parse("""{"years":[{"year":2030,"notice":"n","holidays":[]}]}""", "x").Compiled);
    }

    [Theory]
    [InlineData("一、元旦：1月1日放假。", "一、元旦")]                  // the item before the colon
    [InlineData("一、节节节节节节节节节节：x", "一、节节节节节节节节节节")]   // a colon at index 12 still ends the item
    [InlineData("一、节节节节节节节节节节节：x", "一")]                  // at 13 it is prose: the item number before 、
    [InlineData("a：x", "a")]                                            // a colon at index 1
    [InlineData("abc、x", "abc")]                                        // 、 at index 3
    [InlineData("abcd、x", "假日")]                                      // 、 at index 4 is prose: the holiday's name
    [InlineData("：x", "假日")]                                          // nothing before the colon
    [InlineData("、x", "假日")]                                          // nothing before the 、
    [InlineData("", "假日")]
    public void Parse_TheNoticeItem_IsTheTextBeforeAnEarlyColonOrEnumerationComma(string noticeText, string article)
    {
        var holiday = Only(OneHoliday("{\"name\":\"假日\",\"off\":[\"2030-06-03\"],\"noticeText\":\"" + noticeText + "\"}"));
        Assert.Equal(article, holiday.Citation.Article);
    }

    [Fact]
    public void Parse_AnAmendedHoliday_CitesTheAmendingNotice_FromTheAmendmentsList()
    {
        const string Amendments = """
            ,"amendments":[null,{"notice":"丙〔2030〕5号","title":"unrelated","text":"九、x"},{"notice":"乙〔2030〕3号","title":"关于调整的通知","text":"一、2030年6月3日至5日放假。"}]
            """;
        var amended = Only(OneHoliday("""{"name":"端午节","off":["2030-06-03"],"amendedBy":"乙〔2030〕3号"}""", Amendments));
        Assert.Equal(new Citation("乙〔2030〕3号", "关于调整的通知", "一"), amended.AmendedBy);

        var ownText = Only(OneHoliday("""{"name":"端午节","off":["2030-06-03"],"amendedBy":"乙〔2030〕3号","amendmentText":"二、改为6月3日。"}""", Amendments));
        Assert.Equal(new Citation("乙〔2030〕3号", "关于调整的通知", "二"), ownText.AmendedBy);

        var unlisted = Only(OneHoliday("""{"name":"端午节","off":["2030-06-03"],"amendedBy":"丁〔2030〕7号"}"""));
        Assert.Equal(new Citation("丁〔2030〕7号", string.Empty, string.Empty), unlisted.AmendedBy);

        Assert.Null(Only(OneHoliday("""{"name":"端午节","off":["2030-06-03"],"amendedBy":" "}""")).AmendedBy);
    }

    [Fact]
    public void Parse_MakeupDays_OnSaturdayAndSundayAreAccepted_OnAFridayNot()
    {
        var holiday = Only(OneHoliday("""{"name":"x","makeupWorkdays":["2030-06-01","2030-06-02"]}"""));
        Assert.Equal(new[] { new LocalDate(2030, 6, 1), new LocalDate(2030, 6, 2) }, holiday.MakeupWorkdays);
        Assert.Empty(holiday.DaysOff);
        Assert.Equal(
            new[] { "years[0].holidays[0].makeupWorkdays[1]: 2030-05-31 is a Friday: a make-up working day (调休上班) must be a Saturday or Sunday" },
            Errors("""{"years":[{"year":2030,"notice":"n","holidays":[{"name":"x","makeupWorkdays":["2030-06-01","2030-05-31"]}]}]}"""));
    }

    [Fact]
    public void Parse_YearsFrom1900To9998_AreAccepted_OthersNamed()
    {
        Assert.Equal(new[] { 1900, 9998 }, HolidaySchedule.Parse("""{"years":[{"year":1900,"notice":"a","holidays":[]},{"year":9998,"notice":"b","holidays":[]}]}""", "x").Years);
        Assert.Equal(
            new[] { "years[0].year: is required and must be a year between 1900 and 9998", "years[1].year: is required and must be a year between 1900 and 9998" },
            Errors("""{"years":[{"year":9999,"notice":"a"},{"notice":"b"}]}"""));
    }

    [Fact]
    public void Parse_BadDatesAndClashes_AreNamedWithTheTextGiven()
    {
        Assert.Equal(
            new[]
            {
                "years[0].issued: must be an ISO date yyyy-MM-dd (got '2029-13-01')",
                "years[0].holidays[0].off[0]: must be an ISO date yyyy-MM-dd (got '2030-6-3')",
                "years[0].holidays[1].makeupWorkdays[0]: must be an ISO date yyyy-MM-dd (got 'Sat')",
                "years[0].holidays: 2030-06-01 is listed both as a day off and as a make-up working day",
                "years[0].holidays: 2030-06-08 is listed both as a day off and as a make-up working day",
            },
            Errors("""{"years":[{"year":2030,"notice":"n","issued":"2029-13-01","holidays":[{"name":"x","off":["2030-6-3","2030-06-08","2030-06-01"]},{"name":"y","makeupWorkdays":["Sat","2030-06-08","2030-06-01"]}]}]}"""));
    }

    [Fact]
    public void Parse_AYearWithErrors_IsNotAlsoReportedAsGivenTwice()
    {
        Assert.Equal(
            new[] { "years[0].notice: is required and must not be blank" },
            Errors("""{"years":[{"year":2030,"notice":" ","holidays":[]},{"year":2030,"notice":"n","holidays":[]}]}"""));
    }

    [Fact]
    public void Parse_JsonOfTheWrongShape_NamesThePathAndTheReason()
    {
        var error = Assert.Single(Errors("""{"years":5}""").Select(e => e));
        Assert.Equal("years: must be a list of yearly schedules (a JSON array), got the number 5", error);
        Assert.DoesNotContain("\n", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Official_IsTheEmbeddedData_UnderItsName()
    {
        Assert.Equal("PRC official (State Council notices)", HolidaySchedule.Official.Name);
        Assert.Equal(Enumerable.Range(2017, 10), HolidaySchedule.Official.Years);
        Assert.Equal(HolidaySchedule.Official.Notices.Count, HolidaySchedule.Parse(HolidaySchedule.ReadOfficialJson(), "copy").Notices.Count);
        Assert.Equal(HolidaySchedule.Official.Compiled, HolidaySchedule.Parse(HolidaySchedule.ReadOfficialJson(), "copy").Compiled);
    }
}
