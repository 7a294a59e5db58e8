using Haidian.Rules.Deadlines;

namespace Haidian.Rules.Tests.Deadlines;

/// <summary>Working-day arithmetic exactly at its limits and one step past, and a null calendar for every operation.</summary>
public sealed partial class WorkingDayCalendarTests
{
    [Fact]
    public void Arithmetic_NullCalendar_IsAnArgumentNullExceptionNamingIt()
    {
        IWorkingDayCalendar none = null!;
        Assert.Equal("calendar", Assert.Throws<ArgumentNullException>(() => none.AddWorkingDays(new LocalDate(2030, 1, 1), 1)).ParamName);
        Assert.Equal("calendar", Assert.Throws<ArgumentNullException>(() => none.WorkingDaysBefore(new LocalDate(2030, 1, 1), 1)).ParamName);
        Assert.Equal("calendar", Assert.Throws<ArgumentNullException>(() => none.NextWorkingDayOnOrAfter(new LocalDate(2030, 1, 1))).ParamName);
        Assert.Equal("calendar", Assert.Throws<ArgumentNullException>(() => none.CountWorkingDays(new LocalDate(2030, 1, 1), new LocalDate(2030, 1, 2))).ParamName);
        Assert.Equal("calendar", Assert.Throws<ArgumentNullException>(() => none.NthWorkingDayOfMonth(new YearMonth(2030, 1), 1)).ParamName);
        Assert.Equal("calendar", Assert.Throws<ArgumentNullException>(() => none.NthWorkingDayOfQuarter(2030, 1, 1)).ParamName);
    }

    [Fact]
    public void WorkingDaysBefore_AcceptsUpTo10000()
    {
        var sundaysOff = new EveryDayButSunday();
        // 10,000 working days back from Tuesday 2030-01-01 at six a week: 1,666 full weeks + 4 more (Mon, Sat, Fri, Thu).
        Assert.Equal(new LocalDate(2030, 1, 1).PlusDays(-((1_666 * 7) + 5)), sundaysOff.WorkingDaysBefore(new LocalDate(2030, 1, 1), 10_000));
        Assert.Equal(
            "workingDays: must be between 1 and 10000 (got 10001)",
            Error(() => sundaysOff.WorkingDaysBefore(new LocalDate(2030, 1, 1), 10_001)));
        Assert.Equal(new LocalDate(2030, 1, 2), sundaysOff.AddWorkingDays(new LocalDate(2030, 1, 1), 1));
    }

    [Fact]
    public void NthWorkingDay_TheBoundsOfNAndTheYear()
    {
        var sundaysOff = new EveryDayButSunday();
        Assert.Equal("n: must be between 1 and 10000 (got 10001)", Error(() => sundaysOff.NthWorkingDayOfMonth(new YearMonth(2030, 1), 10_001)));
        Assert.Equal("n: month 2030-01 has only 27 working days, fewer than 10000", Error(() => sundaysOff.NthWorkingDayOfMonth(new YearMonth(2030, 1), 10_000)));
        Assert.Equal(new LocalDate(2030, 1, 31), sundaysOff.NthWorkingDayOfMonth(new YearMonth(2030, 1), 27));
        // Year 0 (1 BC) is printed as the absolute year 0000, never as the era year 0001; its January has five Sundays.
        Assert.Equal("n: month 0000-01 has only 26 working days, fewer than 27", Error(() => sundaysOff.NthWorkingDayOfMonth(new YearMonth(0, 1), 27)));
        Assert.Equal(new LocalDate(2030, 1, 1), sundaysOff.NthWorkingDayOfMonth(new YearMonth(2030, 1), 1));
        Assert.Equal(new LocalDate(9997, 10, 1), sundaysOff.NthWorkingDayOfQuarter(9997, 4, 1));
        Assert.Equal(new LocalDate(1, 1, 1), sundaysOff.NthWorkingDayOfQuarter(1, 1, 1));   // 0001-01-01 is a Monday
        Assert.Equal("year: must be between 1 and 9997 (got 9998)", Error(() => sundaysOff.NthWorkingDayOfQuarter(9_998, 1, 1)));
        Assert.Equal("year: must be between 1 and 9997 (got 0)", Error(() => sundaysOff.NthWorkingDayOfQuarter(0, 1, 1)));
        Assert.Equal("quarter: must be 1, 2, 3 or 4 (got 5)", Error(() => sundaysOff.NthWorkingDayOfQuarter(2030, 5, 1)));
        Assert.Equal("n: must be between 1 and 10000 (got 0)", Error(() => sundaysOff.NthWorkingDayOfQuarter(2030, 1, 0)));
    }

    [Fact]
    public void CountWorkingDays_IncludesBothEnds()
    {
        // Tuesday 2030-01-01 to Monday 01-07: six working days, Sunday 01-06 not.
        Assert.Equal(6, new EveryDayButSunday().CountWorkingDays(new LocalDate(2030, 1, 1), new LocalDate(2030, 1, 7)));
        Assert.Equal(0, new EveryDayButSunday().CountWorkingDays(new LocalDate(2030, 1, 6), new LocalDate(2030, 1, 6)));
    }
}
