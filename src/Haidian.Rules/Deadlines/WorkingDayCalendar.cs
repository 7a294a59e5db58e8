using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace Haidian.Rules.Deadlines;

/// <summary>
/// What a calendar says about one date: its kind and, for a holiday day off or a make-up working day, the holiday
/// and the State Council notice that made it so.
/// Source: the State Council General Office holiday notices 国办发明电〔2016〕17号 (2017) to 国办发明电〔2025〕7号 (2026).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Date">The date.</param>
/// <param name="Kind">Working day, weekend, holiday day off or make-up working day.</param>
/// <param name="Holiday">The holiday (e.g. <c>春节</c>) for <see cref="DayKind.DayOff"/> and <see cref="DayKind.MakeupWorkday"/>; otherwise null.</param>
/// <param name="Citation">The notice and item that set the day (e.g. <c>国办发明电〔2017〕12号 … 二、春节</c>); null for an ordinary day.</param>
/// <param name="AmendedBy">The later notice that changed the holiday (2019 劳动节, 2020 春节), or null.</param>
public sealed record DayInfo(LocalDate Date, DayKind Kind, string? Holiday, Citation? Citation, Citation? AmendedBy)
{
    /// <summary>Whether the day is a working day (an ordinary weekday or a make-up working day).</summary>
    public bool IsWorkingDay => Kind is DayKind.Workday or DayKind.MakeupWorkday;

    /// <summary>The day in words, e.g. <c>2018-02-15 (Thu): 春节 day off (国办发明电〔2017〕12号 二、春节)</c>.</summary>
    /// <returns>One line.</returns>
    public override string ToString() => WorkingDayCalendar.Label(Date) + ": " + Kind switch
    {
        DayKind.Workday => "working day",
        DayKind.Weekend => "weekend rest day",
        DayKind.DayOff => Holiday + " day off (" + Cite(Citation, AmendedBy) + ")",
        _ => "make-up working day 调休上班 for " + Holiday + " (" + Cite(Citation, AmendedBy) + ")",
    };

    internal static string Cite(Citation? citation, Citation? amendedBy) =>
        citation is null ? string.Empty
        : amendedBy is null ? citation.DocumentNumber + " " + citation.Article
        : citation.DocumentNumber + " " + citation.Article + ", as amended by " + amendedBy.DocumentNumber;
}

/// <summary>
/// 工作日历 — the PRC working-day calendar: a date is a working day when it is a make-up working day (调休上班), or a
/// Monday–Friday that is not a holiday day off. Built from the State Council's yearly holiday notices
/// (<see cref="Official"/>: 2017–2026, shipped in the package); further years or local extensions are added as data
/// with <see cref="With(HolidaySchedule)"/>.
/// Source: the State Council General Office holiday notices 国办发明电〔2016〕17号 (2017) to 国办发明电〔2025〕7号 (2026).
/// </summary>
/// <remarks>
/// <para>Outside the years loaded, the calendar never guesses: <see cref="IsWorkingDay"/> and <see cref="Describe"/> throw a
/// <see cref="ValidationException"/> ("no holiday schedule for 2027 …; load one"). A calendar that knows only weekends exists
/// only when asked for by name: <see cref="WeekendsOnly"/>.</para>
/// <para>A year's days come from one notice: where two loaded schedules both have a notice for a year, the one added later
/// replaces the earlier one for that whole year, never merged day by day (spec 07 D-b: a corrected notice supersedes; a
/// local extension for a year must therefore list the national days as well). Immutable and thread-safe.</para>
/// </remarks>
public sealed class WorkingDayCalendar : IWorkingDayCalendar
{
    private static readonly Lazy<WorkingDayCalendar> OfficialLazy = new(() =>
        new WorkingDayCalendar("PRC official (State Council holiday notices 2017–2026)", new[] { HolidaySchedule.Official }, weekendsOnly: false));

    private readonly HolidaySchedule[] schedules;
    private readonly HolidayNotice[] effective;
    private readonly Dictionary<LocalDate, DayInfo> special;
    private readonly int[] years;
    private readonly bool weekendsOnly;

    private WorkingDayCalendar(string name, HolidaySchedule[] schedules, bool weekendsOnly)
    {
        Name = name;
        this.schedules = schedules;
        this.weekendsOnly = weekendsOnly;
        special = new Dictionary<LocalDate, DayInfo>();

        // Spec 07 D-b: a year's schedule comes from the LAST schedule that has a notice for that year; it replaces the
        // earlier one entirely (a corrected notice supersedes) and is never merged with it day by day.
        var byYear = new Dictionary<int, HolidayNotice>();
        foreach (var schedule in schedules)
        {
            foreach (var notice in schedule.Notices)
            {
                byYear[notice.Year] = notice;
            }
        }

        effective = byYear.OrderBy(p => p.Key).Select(p => p.Value).ToArray();
        {
            foreach (var notice in effective)
            {
                foreach (var h in notice.Holidays)
                {
                    foreach (var d in h.DaysOff)
                    {
                        special[d] = new DayInfo(d, DayKind.DayOff, h.Name, h.Citation, h.AmendedBy);
                    }

                    foreach (var d in h.MakeupWorkdays)
                    {
                        special[d] = new DayInfo(d, DayKind.MakeupWorkday, h.Name, h.Citation, h.AmendedBy);
                    }
                }
            }
        }

        years = effective.Select(n => n.Year).ToArray();
    }

    /// <summary>The official PRC calendar: the State Council notices for 2017–2026 shipped in the package.</summary>
    public static WorkingDayCalendar Official => OfficialLazy.Value;

    /// <summary>
    /// A calendar with no public holidays: Monday–Friday work, Saturday–Sunday rest, for every year. It is NOT the PRC
    /// calendar (it ignores 春节, 国庆节 and every make-up working day); use it only where that is what is wanted.
    /// </summary>
    public static WorkingDayCalendar WeekendsOnly { get; } = new("weekends only (no public holidays; not the PRC official calendar)", Array.Empty<HolidaySchedule>(), weekendsOnly: true);

    /// <inheritdoc/>
    public string Name { get; }

    /// <summary>The schedules loaded, in the order added (a later one's notice for a year replaces an earlier one's, spec 07 D-b).</summary>
    public IReadOnlyList<HolidaySchedule> Schedules => schedules;

    /// <summary>The years this calendar can answer for, ascending (empty for <see cref="WeekendsOnly"/>, which answers for all).</summary>
    public IReadOnlyList<int> Years => years;

    /// <summary>Builds a calendar from schedules only (without the official data), e.g. a test calendar or another jurisdiction's.</summary>
    /// <param name="name">What the calendar is, e.g. <c>PRC 2027 draft</c>.</param>
    /// <param name="schedules">The schedules, at least one; a later one's notice for a year replaces an earlier one's for that whole year (spec 07 D-b).</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="ValidationException">The name is blank or no schedule is given.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="schedules"/> is null.</exception>
    public static WorkingDayCalendar FromSchedules(string name, params HolidaySchedule[] schedules)
    {
        if (name is null)
        {
            throw new ArgumentNullException(nameof(name));
        }

        if (schedules is null)
        {
            throw new ArgumentNullException(nameof(schedules));
        }

        var v = new Validator();
        v.RequiredText("name", name);
        if (schedules.Length == 0)
        {
            v.Add("schedules", ErrorCode.Required, "must contain at least one schedule");
        }

        for (var i = 0; i < schedules.Length; i++)
        {
            v.Required(Validator.Index("schedules", i), schedules[i]);
        }

        v.ThrowIfAny();
        return new WorkingDayCalendar(name, schedules.ToArray(), weekendsOnly: false);
    }

    /// <summary>
    /// A new calendar with one more schedule: a later year's notice (e.g. 2027 once published), or a corrected notice for a
    /// year already loaded. Spec 07 D-b: a year the schedule has a notice for is <em>replaced entirely</em> by it (every day
    /// off and make-up working day of the earlier notice for that year is dropped), never merged day by day. Other years
    /// are unchanged. This calendar is unchanged.
    /// </summary>
    /// <param name="schedule">The schedule to add.</param>
    /// <returns>The extended calendar.</returns>
    /// <exception cref="ValidationException">This is the <see cref="WeekendsOnly"/> calendar, which takes no holidays.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="schedule"/> is null.</exception>
    public WorkingDayCalendar With(HolidaySchedule schedule)
    {
        if (schedule is null)
        {
            throw new ArgumentNullException(nameof(schedule));
        }

        if (weekendsOnly)
        {
            throw new ValidationException(new[] { new ValidationError("schedule", ErrorCode.InvalidValue, "the weekends-only calendar takes no holiday schedules; start from WorkingDayCalendar.Official or FromSchedules") });
        }

        return new WorkingDayCalendar(Name + " + " + schedule.Name, schedules.Append(schedule).ToArray(), weekendsOnly: false);
    }

    /// <summary>Like <see cref="With(HolidaySchedule)"/>, reading the schedule from JSON in the shape of <c>prc-holidays.json</c>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="name">A name for the added data, e.g. <c>PRC 2027</c>.</param>
    /// <returns>The extended calendar.</returns>
    /// <exception cref="ValidationException">The JSON is invalid (every problem with its path) or this is the weekends-only calendar.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> or <paramref name="name"/> is null.</exception>
    public WorkingDayCalendar WithJson(string json, string name) => With(HolidaySchedule.Parse(json, name));

    /// <summary>Whether the calendar can answer for a date (its year has a schedule loaded).</summary>
    /// <param name="date">The date.</param>
    /// <returns>True when <see cref="IsWorkingDay"/> will answer rather than throw.</returns>
    public bool Covers(LocalDate date) => weekendsOnly || Array.BinarySearch(years, date.Year) >= 0;

    /// <inheritdoc/>
    public bool IsWorkingDay(LocalDate date) => Describe(date).IsWorkingDay;

    /// <summary>What kind of day a date is, and which notice made it so.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The day's kind, holiday and citation.</returns>
    /// <exception cref="ValidationException">No schedule is loaded for the date's year (never a weekends-only guess).</exception>
    public DayInfo Describe(LocalDate date)
    {
        if (!Covers(date))
        {
            throw NoSchedule(date);
        }

        if (special.TryGetValue(date, out var info))
        {
            return info;
        }

        var weekend = date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;
        return new DayInfo(date, weekend ? DayKind.Weekend : DayKind.Workday, null, null, null);
    }

    /// <summary>Every holiday day off and make-up working day of a year's notice, in date order.</summary>
    /// <param name="year">A year the calendar covers.</param>
    /// <returns>The special days of that year's notices (including 元旦 days that fall in the previous December).</returns>
    /// <exception cref="ValidationException">No schedule is loaded for <paramref name="year"/>.</exception>
    public IReadOnlyList<DayInfo> SpecialDays(int year)
    {
        if (!weekendsOnly && Array.BinarySearch(years, year) < 0)
        {
            throw NoSchedule(new LocalDate(Math.Max(1, Math.Min(9999, year)), 1, 1));
        }

        var dates = effective.Where(n => n.Year == year)
            .SelectMany(n => n.Holidays).SelectMany(h => h.DaysOff.Concat(h.MakeupWorkdays)).Distinct().OrderBy(d => d);
        return dates.Select(d => special[d]).ToArray();
    }

    /// <summary>The calendar's name.</summary>
    /// <returns><see cref="Name"/>.</returns>
    public override string ToString() => Name;

    internal static string Label(LocalDate d) => HolidaySchedule.Iso(d) + " (" + d.DayOfWeek.ToString().Substring(0, 3) + ")";

    private ValidationException NoSchedule(LocalDate date)
    {
        // Only a calendar with schedules gets here (the weekends-only one covers every year), and every schedule holds at least one year.
        var covered = Ranges(years);
        return new ValidationException(new[]
        {
            new ValidationError("date", ErrorCode.NoSchedule, $"no holiday schedule for {date.Year} is loaded in the calendar '{Name}' (it covers {covered}), so whether {HolidaySchedule.Iso(date)} is a working day is unknown; load the State Council notice for {date.Year} with WorkingDayCalendar.With(HolidaySchedule.Parse(...)) — the calendar never guesses"),
        });
    }

    private static string Ranges(int[] ys)
    {
        var parts = new List<string>();
        var start = ys[0];
        for (var i = 1; i <= ys.Length; i++)
        {
            if (i == ys.Length || ys[i] != ys[i - 1] + 1)
            {
                var end = ys[i - 1];
                parts.Add(start == end ? start.ToString(System.Globalization.CultureInfo.InvariantCulture) : start + "–" + end);
                if (i < ys.Length)
                {
                    start = ys[i];
                }
            }
        }

        return string.Join(", ", parts);
    }
}
