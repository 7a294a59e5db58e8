using NodaTime;

namespace Haidian.Rules.Deadlines;

/// <summary>
/// 工作日历 — tells working days from rest days. The official PRC calendar follows the State Council's yearly
/// holiday notices (days off and weekend make-up working days 调休上班); a weekends-only calendar exists only
/// when a caller asks for one by name, never as a silent default.
/// Not policy-specific: an abstraction any calendar can implement; it cites no clause itself.
/// </summary>
public interface IWorkingDayCalendar
{
    /// <summary>A name saying what the calendar is (e.g. <c>PRC official 2017–2026</c>, <c>weekends only</c>).</summary>
    string Name { get; }

    /// <summary>Whether a date is a working day.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True for a working day, false for a rest day (法定休假日).</returns>
    /// <exception cref="ValidationException">The calendar has no schedule for the date's year (never a guess).</exception>
    bool IsWorkingDay(LocalDate date);
}
