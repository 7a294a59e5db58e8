using Haidian.Rules.Deadlines;

namespace Haidian.Rules.Tests.Deadlines;

/// <summary>Working-day arithmetic at its limits: the messages, the bounds on N, and calendars with no working day.</summary>
public sealed partial class WorkingDayCalendarTests
{
    [Fact]
    public void Arithmetic_NOutOfRange_NamesTheBounds()
    {
        Assert.Equal(
            "workingDays: must be between 0 and 10000 (got -1)",
            Assert.Single(Assert.Throws<ValidationException>(() => Official.AddWorkingDays(new LocalDate(2018, 3, 1), -1)).Errors).ToString());
        Assert.Equal(
            "workingDays: must be between 1 and 10000 (got 0)",
            Assert.Single(Assert.Throws<ValidationException>(() => Official.WorkingDaysBefore(new LocalDate(2018, 3, 1), 0)).Errors).ToString());
        Assert.Equal(
            "workingDays: must be between 0 and 10000 (got 10001)",
            Assert.Single(Assert.Throws<ValidationException>(() => new EveryDayButSunday().AddWorkingDays(new LocalDate(2030, 1, 1), 10_001)).Errors).ToString());
        Assert.Equal(
            "n: must be between 1 and 10000 (got 0)",
            Assert.Single(Assert.Throws<ValidationException>(() => Official.NthWorkingDayOfMonth(new YearMonth(2018, 10), 0)).Errors).ToString());
        Assert.Equal(
            "quarter: must be 1, 2, 3 or 4 (got 0)",
            Assert.Single(Assert.Throws<ValidationException>(() => Official.NthWorkingDayOfQuarter(2018, 0, 1)).Errors).ToString());
        Assert.Equal(
            "n: month 2018-10 has only 18 working days, fewer than 19",
            Assert.Single(Assert.Throws<ValidationException>(() => Official.NthWorkingDayOfMonth(new YearMonth(2018, 10), 19)).Errors).ToString());
        Assert.Equal(
            "last: must not be before first (2018-03-01 < 2018-03-02)",
            Assert.Single(Assert.Throws<ValidationException>(() => Official.CountWorkingDays(new LocalDate(2018, 3, 2), new LocalDate(2018, 3, 1))).Errors).ToString());
    }

    [Fact]
    public void Arithmetic_TheLargestNAndTheExactBoundsAreAccepted()
    {
        var sundaysOff = new EveryDayButSunday();
        // 10,000 working days at six a week: 1,666 full weeks (9,996 days) + 4 → 2030-01-01 (Tue) + 11,666 days.
        Assert.Equal(new LocalDate(2030, 1, 1).PlusDays((1_666 * 7) + 4), sundaysOff.AddWorkingDays(new LocalDate(2030, 1, 1), 10_000));
        Assert.Equal(new LocalDate(2030, 1, 1).PlusDays(-1), sundaysOff.WorkingDaysBefore(new LocalDate(2030, 1, 1), 1));
        Assert.Equal(new LocalDate(2018, 10, 31), Official.NthWorkingDayOfMonth(new YearMonth(2018, 10), 18));
        Assert.Equal(1, Official.CountWorkingDays(new LocalDate(2018, 10, 8), new LocalDate(2018, 10, 8)));
        Assert.Equal(0, Official.CountWorkingDays(new LocalDate(2018, 10, 7), new LocalDate(2018, 10, 7)));
    }

    [Theory]
    [InlineData(1, "2030-01-02")]
    [InlineData(2, "2030-04-01")]
    [InlineData(3, "2030-07-01")]
    [InlineData(4, "2030-10-01")]
    public void NthWorkingDayOfQuarter_StartsCountingOnTheQuartersFirstDay(int quarter, string expected)
    {
        // Every day but Sunday: 2030-01-01 is a Tuesday, so the 2nd working day of Q1 is 01-02; the other quarters start on a working day.
        var n = quarter == 1 ? 2 : 1;
        Assert.Equal(expected, new EveryDayButSunday().NthWorkingDayOfQuarter(2030, quarter, n).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void NthWorkingDayOfQuarter_TooFewWorkingDays_NamesTheQuarter()
    {
        // Q4 2030 has 92 days, 13 of them Sundays (Oct 6 … Dec 29) → 79 working days.
        Assert.Equal(new LocalDate(2030, 12, 31), new EveryDayButSunday().NthWorkingDayOfQuarter(2030, 4, 79));
        Assert.Equal(
            "n: quarter 2030 Q4 has only 79 working days, fewer than 80",
            Assert.Single(Assert.Throws<ValidationException>(() => new EveryDayButSunday().NthWorkingDayOfQuarter(2030, 4, 80)).Errors).ToString());
    }

    [Fact]
    public void ACalendarWithNoWorkingDays_IsReportedAsBroken_NotLoopedOnForever()
    {
        var never = new NeverWorking();
        const string Expected = "calendar: 'never' has no working day in 366 days around 2030-01-01";
        Assert.Equal(Expected, Assert.Single(Assert.Throws<ValidationException>(() => never.AddWorkingDays(new LocalDate(2030, 1, 1), 1)).Errors).ToString());
        Assert.Equal(Expected, Assert.Single(Assert.Throws<ValidationException>(() => never.WorkingDaysBefore(new LocalDate(2030, 1, 1), 1)).Errors).ToString());
        Assert.Equal(Expected, Assert.Single(Assert.Throws<ValidationException>(() => never.NextWorkingDayOnOrAfter(new LocalDate(2030, 1, 1))).Errors).ToString());
    }

    [Fact]
    public void ARestRunOfExactly366Days_IsStillCrossed()
    {
        // Rest from 2030-01-01 for 366 days, working again from 2031-01-02: the limit is "more than 366".
        var longBreak = new RestBetween(new LocalDate(2030, 1, 1), new LocalDate(2031, 1, 1));
        Assert.Equal(new LocalDate(2031, 1, 2), longBreak.AddWorkingDays(new LocalDate(2029, 12, 31), 1));
        Assert.Equal(new LocalDate(2029, 12, 31), longBreak.WorkingDaysBefore(new LocalDate(2031, 1, 2), 1));
        Assert.Equal(new LocalDate(2031, 1, 2), longBreak.NextWorkingDayOnOrAfter(new LocalDate(2030, 1, 1)));
        var tooLong = new RestBetween(new LocalDate(2030, 1, 1), new LocalDate(2031, 1, 2));
        Assert.Throws<ValidationException>(() => tooLong.AddWorkingDays(new LocalDate(2029, 12, 31), 1));
        Assert.Throws<ValidationException>(() => tooLong.WorkingDaysBefore(new LocalDate(2031, 1, 3), 1));
        Assert.Throws<ValidationException>(() => tooLong.NextWorkingDayOnOrAfter(new LocalDate(2030, 1, 1)));
    }

    [Fact]
    public void Arithmetic_NullCalendar_IsAnArgumentNullException()
    {
        IWorkingDayCalendar none = null!;
        Assert.Throws<ArgumentNullException>(() => none.AddWorkingDays(new LocalDate(2030, 1, 1), 1));
        Assert.Throws<ArgumentNullException>(() => none.NextWorkingDayOnOrAfter(new LocalDate(2030, 1, 1)));
        Assert.Throws<ArgumentNullException>(() => none.CountWorkingDays(new LocalDate(2030, 1, 1), new LocalDate(2030, 1, 2)));
    }

    private sealed class NeverWorking : IWorkingDayCalendar
    {
        public string Name => "never";

        public bool IsWorkingDay(LocalDate date) => false;
    }

    private sealed class RestBetween(LocalDate first, LocalDate last) : IWorkingDayCalendar
    {
        public string Name => "rest between";

        public bool IsWorkingDay(LocalDate date) => date < first || date > last;
    }
}
