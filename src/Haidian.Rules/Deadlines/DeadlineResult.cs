using System.Collections.Generic;
using System.Text;
using NodaTime;

namespace Haidian.Rules.Deadlines;

/// <summary>
/// The last day of a deadline, with the computation a clerk would write by hand: the event, day 1 (art. 201), the raw
/// end (art. 202), each rest day passed over with the notice that made it one, and the result (art. 203).
/// Source: 《中华人民共和国民法典》第二百零一条至第二百零三条; each skipped rest day cites its holiday notice.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Subject">What the deadline is for (the rule's name, or the caller's words).</param>
/// <param name="Method">How the last day was found.</param>
/// <param name="Amount">N: the days, months, years or working days counted (0 for a fixed date).</param>
/// <param name="Unit">The unit of <paramref name="Amount"/>.</param>
/// <param name="Anchor">The event (or the first day of the month or quarter counted, or the fixed date itself).</param>
/// <param name="FirstDay">Day 1 of the count (the day after the event, art. 201), or null for fixed dates.</param>
/// <param name="RawEnd">The end before any move: day N, the corresponding day, the Nth working day or the fixed date.</param>
/// <param name="LastDay">The answer: the last day to act (until 24:00), or for a minimum duration the earliest day it is complete.</param>
/// <param name="MovedOffRestDay">Whether <paramref name="RawEnd"/> was a rest day and the last day moved to the next working day (art. 203).</param>
/// <param name="FallsOnRestDay">Whether <paramref name="LastDay"/> is a rest day (possible only for a fixed date that is not moved); null when not looked up (minimum durations, a fixed date in a year with no schedule).</param>
/// <param name="HolidayDays">Every holiday day off passed over and every make-up working day counted, each with its notice.</param>
/// <param name="Steps">The computation, line by line; each line's amount is the running count of days (or working days) counted.</param>
/// <param name="Citation">The clause that sets the deadline.</param>
/// <param name="Calendar">The name of the working-day calendar used.</param>
/// <param name="Provenance">Parameter and package versions.</param>
public sealed record DeadlineResult(
    string Subject,
    DeadlineMethod Method,
    int Amount,
    PeriodUnit Unit,
    LocalDate Anchor,
    LocalDate? FirstDay,
    LocalDate RawEnd,
    LocalDate LastDay,
    bool MovedOffRestDay,
    bool? FallsOnRestDay,
    IReadOnlyList<DayInfo> HolidayDays,
    IReadOnlyList<LineItem> Steps,
    Citation Citation,
    string Calendar,
    Provenance Provenance)
{
    /// <summary>The computation as text, one step a line, ending with the last day and the citation.</summary>
    /// <returns>Several lines.</returns>
    public string Explain()
    {
        var sb = new StringBuilder();
        sb.Append(Subject).Append(" — ").Append(Citation).Append('\n');
        foreach (var s in Steps)
        {
            sb.Append("  ").Append(s.Subject).Append(": ").Append(s.Rule);
            if (s.Arithmetic.Length > 0)
            {
                sb.Append(" [").Append(s.Arithmetic).Append(']');
            }

            sb.Append(" — ").Append(s.Citation).Append('\n');
        }

        sb.Append("  => last day ").Append(WorkingDayCalendar.Label(LastDay));
        sb.Append(Method == DeadlineMethod.MinimumDuration ? " (the earliest day the duration is complete)" : " (until 24:00)");
        return sb.ToString();
    }
}
