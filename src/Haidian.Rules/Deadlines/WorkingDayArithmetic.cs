using System;
using NodaTime;

namespace Haidian.Rules.Deadlines;

/// <summary>
/// Working-day arithmetic on any <see cref="IWorkingDayCalendar"/> (the official PRC calendar, a calendar with a
/// later year loaded, or a caller's own): add N working days, count back N working days, the Nth working day of a
/// month or quarter, count working days in a range. For a deadline with its computation shown and cited, use
/// <see cref="DeadlineCalculator"/>.
/// Not policy-specific: pure arithmetic on a calendar; it cites no clause itself.
/// </summary>
/// <remarks>
/// Pure functions; thread-safe when the calendar is. Every date looked at goes through the calendar, so a date in a
/// year with no schedule loaded is a <see cref="ValidationException"/>, never a guess.
/// </remarks>
public static class WorkingDayArithmetic
{
    /// <summary>The largest N accepted (about 40 years of working days).</summary>
    public const int MaximumWorkingDays = 10_000;

    /// <summary>A calendar with a longer run of rest days than this is treated as broken (the longest real run is 10 days, 2020 春节).</summary>
    internal const int MaximumRestRun = 366;

    /// <summary>
    /// The Nth working day after a date (「N个工作日内」 counted from the day after the event): the date itself is not
    /// counted; 0 gives the date itself.
    /// </summary>
    /// <param name="calendar">The calendar.</param>
    /// <param name="date">The event date.</param>
    /// <param name="workingDays">N, from 0 to <see cref="MaximumWorkingDays"/>.</param>
    /// <returns>The Nth working day after <paramref name="date"/> (a working day when N ≥ 1).</returns>
    /// <exception cref="ValidationException">N is negative or too large, or a date counted has no schedule loaded.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    public static LocalDate AddWorkingDays(this IWorkingDayCalendar calendar, LocalDate date, int workingDays)
    {
        Check(calendar, "workingDays", workingDays, 0);
        var d = date;
        for (int counted = 0, rest = 0; counted < workingDays;)
        {
            d = d.PlusDays(1);
            if (calendar.IsWorkingDay(d))
            {
                counted++;
                rest = 0;
            }
            else if (++rest > MaximumRestRun)
            {
                throw NoWorkingDay(calendar, date);
            }
        }

        return d;
    }

    /// <summary>
    /// 提前N个工作日 — the Nth working day counting backwards from the day before a date: the latest day to act when
    /// something must be done N working days in advance.
    /// </summary>
    /// <param name="calendar">The calendar.</param>
    /// <param name="date">The event date (e.g. the day a staff change takes effect).</param>
    /// <param name="workingDays">N, from 1 to <see cref="MaximumWorkingDays"/>.</param>
    /// <returns>The latest working day to act.</returns>
    /// <exception cref="ValidationException">N is below 1 or too large, or a date counted has no schedule loaded.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    public static LocalDate WorkingDaysBefore(this IWorkingDayCalendar calendar, LocalDate date, int workingDays)
    {
        Check(calendar, "workingDays", workingDays, 1);
        var d = date;
        for (int counted = 0, rest = 0; counted < workingDays;)
        {
            d = d.PlusDays(-1);
            if (calendar.IsWorkingDay(d))
            {
                counted++;
                rest = 0;
            }
            else if (++rest > MaximumRestRun)
            {
                throw NoWorkingDay(calendar, date);
            }
        }

        return d;
    }

    /// <summary>The date itself when it is a working day, otherwise the first working day after it (Civil Code art. 203).</summary>
    /// <param name="calendar">The calendar.</param>
    /// <param name="date">The date.</param>
    /// <returns>The first working day on or after <paramref name="date"/>.</returns>
    /// <exception cref="ValidationException">A date looked at has no schedule loaded, or the calendar has no working day within a year.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    public static LocalDate NextWorkingDayOnOrAfter(this IWorkingDayCalendar calendar, LocalDate date)
    {
        if (calendar is null)
        {
            throw new ArgumentNullException(nameof(calendar));
        }

        var d = date;
        for (var i = 0; !calendar.IsWorkingDay(d); i++)
        {
            if (i >= MaximumRestRun)
            {
                throw NoWorkingDay(calendar, date);
            }

            d = d.PlusDays(1);
        }

        return d;
    }

    /// <summary>The number of working days from <paramref name="first"/> to <paramref name="last"/>, both included.</summary>
    /// <param name="calendar">The calendar.</param>
    /// <param name="first">The first day of the range.</param>
    /// <param name="last">The last day of the range, on or after <paramref name="first"/>.</param>
    /// <returns>The count; <c>CountWorkingDays(d + 1 day, AddWorkingDays(d, n)) == n</c>.</returns>
    /// <exception cref="ValidationException"><paramref name="last"/> is before <paramref name="first"/>, or a day has no schedule loaded.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    public static int CountWorkingDays(this IWorkingDayCalendar calendar, LocalDate first, LocalDate last)
    {
        if (calendar is null)
        {
            throw new ArgumentNullException(nameof(calendar));
        }

        if (last < first)
        {
            throw new ValidationException(new[] { new ValidationError("last", ErrorCode.Inconsistent, $"must not be before first ({HolidaySchedule.Iso(last)} < {HolidaySchedule.Iso(first)})") });
        }

        var count = 0;
        for (var d = first; d <= last; d = d.PlusDays(1))
        {
            if (calendar.IsWorkingDay(d))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// The working days between two dates (spec 07 D-c), by the documented convention: those <em>after</em>
    /// <paramref name="start"/>, up to and including <paramref name="end"/> — the way a period is counted (Civil Code art.
    /// 201: day 1 is the day after the event) and the way "working days late" are counted (after the last day, up to and
    /// including the day it was done). Equal dates give 0. <c>WorkingDaysBetween(d, AddWorkingDays(d, n)) == n</c>.
    /// When <paramref name="end"/> is before <paramref name="start"/> the result is negative: <c>−WorkingDaysBetween(end, start)</c>.
    /// </summary>
    /// <param name="calendar">The calendar.</param>
    /// <param name="start">The start (not counted).</param>
    /// <param name="end">The end (counted when a working day).</param>
    /// <returns>The count, 0 for equal dates.</returns>
    /// <exception cref="ValidationException">A day looked at has no holiday schedule loaded (code <c>noSchedule</c>).</exception>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    public static int WorkingDaysBetween(this IWorkingDayCalendar calendar, LocalDate start, LocalDate end) =>
        WorkingDaysBetween(calendar, start, end, BetweenConvention.AfterStartThroughEnd);

    /// <summary>
    /// The working days between two dates (spec 07 D-c) by a chosen convention:
    /// <see cref="BetweenConvention.AfterStartThroughEnd"/> (the default of <see cref="WorkingDaysBetween(IWorkingDayCalendar, LocalDate, LocalDate)"/>)
    /// or <see cref="BetweenConvention.FromStartBeforeEnd"/> (the start counted, the end not). Under both, equal dates give 0,
    /// and an end before the start gives the negative of the count the other way round.
    /// </summary>
    /// <param name="calendar">The calendar.</param>
    /// <param name="start">The start.</param>
    /// <param name="end">The end.</param>
    /// <param name="convention">Which of the two days is counted.</param>
    /// <returns>The count, 0 for equal dates.</returns>
    /// <exception cref="ValidationException"><paramref name="convention"/> is not a defined value (07 C4), or a day looked at has no holiday schedule loaded (code <c>noSchedule</c>).</exception>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    public static int WorkingDaysBetween(this IWorkingDayCalendar calendar, LocalDate start, LocalDate end, BetweenConvention convention)
    {
        if (calendar is null)
        {
            throw new ArgumentNullException(nameof(calendar));
        }

        Validator.RequireDefined("convention", convention);
        if (start == end)
        {
            return 0;
        }

        var sign = end > start ? 1 : -1;
        var (low, high) = sign > 0 ? (start, end) : (end, start);
        var count = convention == BetweenConvention.AfterStartThroughEnd
            ? CountWorkingDays(calendar, low.PlusDays(1), high)
            : CountWorkingDays(calendar, low, high.PlusDays(-1));
        return sign * count;
    }

    /// <summary>「每月前N个工作日」 — the Nth working day of a month, counted from its first day.</summary>
    /// <param name="calendar">The calendar.</param>
    /// <param name="month">The month.</param>
    /// <param name="n">N, at least 1.</param>
    /// <returns>The Nth working day of the month.</returns>
    /// <exception cref="ValidationException">N is below 1, the month has fewer than N working days, or it has no schedule loaded.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    // Stryker disable once String : an empty pattern is NodaTime's general pattern uuuu-MM, the same text for every year.
    public static LocalDate NthWorkingDayOfMonth(this IWorkingDayCalendar calendar, YearMonth month, int n) =>
        NthWorkingDayFrom(calendar, month.OnDayOfMonth(1), month.OnDayOfMonth(1).PlusMonths(1).PlusDays(-1), n, "month " + month.ToString("uuuu-MM", System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>「每季度前N个工作日」 — the Nth working day of a calendar quarter, counted from its first day.</summary>
    /// <param name="calendar">The calendar.</param>
    /// <param name="year">The year.</param>
    /// <param name="quarter">The quarter, 1 to 4 (Q1 = January–March).</param>
    /// <param name="n">N, at least 1.</param>
    /// <returns>The Nth working day of the quarter.</returns>
    /// <exception cref="ValidationException">The quarter is not 1–4, N is below 1, the quarter has fewer than N working days, or it has no schedule loaded.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    public static LocalDate NthWorkingDayOfQuarter(this IWorkingDayCalendar calendar, int year, int quarter, int n)
    {
        CheckQuarter(quarter);
        if (year < 1 || year > 9997)
        {
            throw new ValidationException(new[] { new ValidationError("year", ErrorCode.OutOfRange, "must be between 1 and 9997 (got " + year + ")") });
        }

        var first = QuarterStart(year, quarter);
        return NthWorkingDayFrom(calendar, first, first.PlusMonths(3).PlusDays(-1), n, $"quarter {year} Q{quarter}");
    }

    internal static LocalDate QuarterStart(int year, int quarter) => new(year, ((quarter - 1) * 3) + 1, 1);

    internal static void CheckQuarter(int quarter)
    {
        if (quarter is < 1 or > 4)
        {
            throw new ValidationException(new[] { new ValidationError("quarter", ErrorCode.OutOfRange, "must be 1, 2, 3 or 4 (got " + quarter + ")") });
        }
    }

    private static LocalDate NthWorkingDayFrom(IWorkingDayCalendar calendar, LocalDate first, LocalDate last, int n, string what)
    {
        Check(calendar, "n", n, 1);
        var counted = 0;
        for (var d = first; d <= last; d = d.PlusDays(1))
        {
            if (calendar.IsWorkingDay(d) && ++counted == n)
            {
                return d;
            }
        }

        throw new ValidationException(new[] { new ValidationError("n", ErrorCode.OutOfRange, $"{what} has only {counted} working days, fewer than {n}") });
    }

    internal static ValidationException NoWorkingDay(IWorkingDayCalendar calendar, LocalDate date) =>
        new(new[] { new ValidationError("calendar", ErrorCode.InvalidValue, $"'{calendar.Name}' has no working day in {MaximumRestRun} days around {HolidaySchedule.Iso(date)}") });

    internal static void Check(IWorkingDayCalendar calendar, string path, int n, int min)
    {
        if (calendar is null)
        {
            throw new ArgumentNullException(nameof(calendar));
        }

        if (n < min || n > MaximumWorkingDays)
        {
            throw new ValidationException(new[] { new ValidationError(path, ErrorCode.OutOfRange, $"must be between {min} and {MaximumWorkingDays} (got {n})") });
        }
    }
}
