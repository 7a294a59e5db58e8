using Haidian.Rules.Deadlines;

namespace Haidian.Rules.Tests.FundFees;

/// <summary>
/// A small test-only calendar: weekends are rest days except the listed make-up working days, and the listed days off are rest days.
/// Only the 2018 days the tests need are listed (from 国办发明电〔2017〕12号); it is not the official PRC calendar, and years outside
/// <see cref="Years"/> throw, as the real calendar does.
/// </summary>
internal sealed class TestWorkingDayCalendar : IWorkingDayCalendar
{
    private readonly HashSet<LocalDate> daysOff;
    private readonly HashSet<LocalDate> makeUpDays;

    public TestWorkingDayCalendar(IEnumerable<LocalDate> daysOff, IEnumerable<LocalDate> makeUpDays, params int[] years)
    {
        this.daysOff = new HashSet<LocalDate>(daysOff);
        this.makeUpDays = new HashSet<LocalDate>(makeUpDays);
        Years = years;
    }

    public IReadOnlyList<int> Years { get; }

    public string Name => "test calendar (2018 excerpt)";

    /// <summary>2018 excerpt: New Year 01-01, Spring Festival 02-15..21 (make-up 02-11, 02-24), National Day 10-01..07 (make-up 09-29, 09-30).</summary>
    public static TestWorkingDayCalendar Year2018 { get; } = new(
        new[] { new LocalDate(2018, 1, 1) }
            .Concat(Enumerable.Range(15, 7).Select(d => new LocalDate(2018, 2, d)))
            .Concat(Enumerable.Range(1, 7).Select(d => new LocalDate(2018, 10, d))),
        new[] { new LocalDate(2018, 2, 11), new LocalDate(2018, 2, 24), new LocalDate(2018, 9, 29), new LocalDate(2018, 9, 30) },
        2018, 2019);

    public bool IsWorkingDay(LocalDate date)
    {
        if (!Years.Contains(date.Year))
        {
            throw new ValidationException(new[] { new ValidationError("date", ErrorCode.NoSchedule, "no holiday schedule for " + date.Year + "; load one") });
        }

        if (makeUpDays.Contains(date))
        {
            return true;
        }

        return !daysOff.Contains(date) && date.DayOfWeek != IsoDayOfWeek.Saturday && date.DayOfWeek != IsoDayOfWeek.Sunday;
    }
}
