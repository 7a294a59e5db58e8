using System.IO;
using System.Reflection;
using Haidian.Rules.Deadlines;

namespace Haidian.Rules.Tests.Deadlines;

/// <summary>The embedded holiday data: the same bytes as the repository copy and as ../shared/data/prc-holidays.json; what it says.</summary>
public sealed partial class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar Official = WorkingDayCalendar.Official;

    private static byte[] EmbeddedBytes()
    {
        using var stream = typeof(HolidaySchedule).Assembly.GetManifestResourceStream("Haidian.Rules.Deadlines.Data.prc-holidays.json");
        Assert.NotNull(stream);
        using var ms = new MemoryStream();
        stream!.CopyTo(ms);
        return ms.ToArray();
    }

    [Fact]
    public void EmbeddedData_EqualsTheRepositoryCopy_ByteForByte()
    {
        var path = TestFiles.FindUpwards("src", "Haidian.Rules", "Deadlines", "Data", "prc-holidays.json");
        Assert.True(path is not null, "the repository copy src/Haidian.Rules/Deadlines/Data/prc-holidays.json was not found above " + AppContext.BaseDirectory);
        Assert.Equal(File.ReadAllBytes(path!), EmbeddedBytes());
    }

    [Fact]
    public void EmbeddedData_EqualsTheSharedReferenceData_ByteForByte()
    {
        // CI checks out ../shared next to the repository; a missing file is a failure, never a skip.
        var path = TestFiles.FindUpwards("shared", "data", "prc-holidays.json");
        Assert.True(path is not null, "shared/data/prc-holidays.json was not found beside any directory above " + AppContext.BaseDirectory);
        Assert.Equal(File.ReadAllBytes(path!), EmbeddedBytes());
        Assert.Equal(File.ReadAllText(path!), HolidaySchedule.ReadOfficialJson());
    }

    [Fact]
    public void OfficialData_Covers2017To2026_EachYearWithItsNotice()
    {
        Assert.Equal(Enumerable.Range(2017, 10), Official.Years);
        var notices = HolidaySchedule.Official.Notices.ToDictionary(n => n.Year, n => n.Notice);
        Assert.Equal("国办发明电〔2016〕17号", notices[2017]);
        Assert.Equal("国办发明电〔2017〕12号", notices[2018]);
        Assert.Equal("国办发明电〔2025〕7号", notices[2026]);
        Assert.All(HolidaySchedule.Official.Notices, n => Assert.StartsWith("国务院办公厅关于" + n.Year + "年部分节假日安排的通知", n.Title, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2018-02-11", DayKind.MakeupWorkday)]  // Sunday worked for 春节 2018
    [InlineData("2018-02-15", DayKind.DayOff)]         // 春节 2018, first day off
    [InlineData("2018-02-22", DayKind.Workday)]        // first day back
    [InlineData("2017-09-03", DayKind.Weekend)]        // D1's Sunday
    [InlineData("2019-05-03", DayKind.DayOff)]         // 劳动节 2019 as amended by 〔2019〕3号 (originally a working Friday)
    [InlineData("2019-05-05", DayKind.MakeupWorkday)]  // the amendment's make-up Sunday
    [InlineData("2020-02-01", DayKind.DayOff)]         // planned make-up Saturday, cancelled by the 2020 extension
    [InlineData("2020-02-03", DayKind.Workday)]        // work resumed
    [InlineData("2024-02-09", DayKind.Workday)]        // 除夕 2024: only "encouraged" off (advisory), a working day
    [InlineData("2026-01-04", DayKind.MakeupWorkday)]  // 2026 元旦 make-up Sunday
    public void Describe_KnownDays_HaveTheKindTheNoticesGive(string iso, DayKind expected)
    {
        var date = NodaTime.Text.LocalDatePattern.Iso.Parse(iso).Value;
        Assert.Equal(expected, Official.Describe(date).Kind);
    }

    [Fact]
    public void Describe_AmendedHoliday_CitesTheAnnualNoticeAndTheAmendment()
    {
        var day = Official.Describe(new LocalDate(2020, 1, 31));
        Assert.Equal("春节", day.Holiday);
        Assert.Equal("国办发明电〔2019〕16号", day.Citation!.DocumentNumber);
        Assert.Equal("二、春节", day.Citation.Article);
        Assert.Equal("国办发明电〔2020〕1号", day.AmendedBy!.DocumentNumber);
        Assert.Equal("国务院办公厅关于延长2020年春节假期的通知", day.AmendedBy.Title);
        Assert.Contains("as amended by 国办发明电〔2020〕1号", day.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Arithmetic_MonthsAndRanges_MatchHandCounts()
    {
        // October 2018 by hand: 1–7 off (国庆节); working 8–12, 15–19, 22–26, 29–31 = 18.
        Assert.Equal(18, Official.CountWorkingDays(new LocalDate(2018, 10, 1), new LocalDate(2018, 10, 31)));
        Assert.Equal(new LocalDate(2018, 10, 8), Official.NthWorkingDayOfMonth(new YearMonth(2018, 10), 1));
        Assert.Equal(new LocalDate(2018, 2, 22), Official.NextWorkingDayOnOrAfter(new LocalDate(2018, 2, 15)));
        Assert.Equal(new LocalDate(2018, 2, 14), Official.NextWorkingDayOnOrAfter(new LocalDate(2018, 2, 14)));
        Assert.Equal(new LocalDate(2018, 9, 28), Official.AddWorkingDays(new LocalDate(2018, 9, 28), 0));
        // 提前5个工作日 before Monday 2018-10-08: back from Sunday 10-07 over the National Day block → 09-30 and 09-29 (make-up weekend) are the 1st and 2nd, 09-26 the 5th.
        Assert.Equal(new LocalDate(2018, 9, 26), Official.WorkingDaysBefore(new LocalDate(2018, 10, 8), 5));
    }
}
