using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;

namespace Haidian.Rules.Deadlines;

/// <summary>
/// 期间计算 — turns "within 20 days", "6 months" and "10 working days" into a last day the way Chinese law counts them
/// (Civil Code arts. 201–203 on a PRC working-day calendar), with the computation shown step by step and every
/// skipped holiday cited by its State Council notice; and the gazette's own deadlines as named rules
/// (<see cref="DeadlineParameters"/>).
/// Source: 《中华人民共和国民法典》第二百零一条至第二百零三条; the deadlines of 海政发〔2017〕21号、海政发〔2017〕23号、海政发〔2017〕24号、海行规发〔2017〕8号、海政办发〔2017〕38号、海政办发〔2017〕46号、海政办发〔2017〕50号 and the district government office's budget-disclosure rules.
/// </summary>
/// <remarks>
/// Sealed, immutable and thread-safe: a pure function of (calendar, parameters, input). Readings: a period in days,
/// months or years starts the day after the event (art. 201); months and years end on the day numbered like the event
/// day, or the month's last day when there is none (art. 202); a last day that is a rest day moves to the first working
/// day after it (art. 203); a working-day period counts only working days, starting after the event; fixed dates and
/// minimum durations are not moved unless <see cref="DeadlineParameters.MoveFixedDatesOffRestDays"/> says so.
/// </remarks>
public sealed class DeadlineCalculator
{
    private static readonly Citation NoSource = new(string.Empty, "(no source given)", string.Empty);

    /// <summary>A calculator on the official PRC calendar (2017–2026) with the gazette's parameters.</summary>
    public DeadlineCalculator()
        : this(WorkingDayCalendar.Official, DeadlineParameters.Gazette2017)
    {
    }

    /// <summary>A calculator on a given calendar with the gazette's parameters.</summary>
    /// <param name="calendar">The working-day calendar (e.g. <see cref="WorkingDayCalendar.Official"/> with a later year added).</param>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    public DeadlineCalculator(IWorkingDayCalendar calendar)
        : this(calendar, DeadlineParameters.Gazette2017)
    {
    }

    /// <summary>A calculator on a given calendar with given parameters (a what-if).</summary>
    /// <param name="calendar">The working-day calendar.</param>
    /// <param name="parameters">The parameters; checked here.</param>
    /// <exception cref="ValidationException">The parameters are invalid (every problem with its field path).</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public DeadlineCalculator(IWorkingDayCalendar calendar, DeadlineParameters parameters)
    {
        Calendar = calendar ?? throw new ArgumentNullException(nameof(calendar));
        Parameters = parameters ?? throw new ArgumentNullException(nameof(parameters));
        var errors = parameters.Validate();
        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }
    }

    /// <summary>The working-day calendar used.</summary>
    public IWorkingDayCalendar Calendar { get; }

    /// <summary>The parameters used.</summary>
    public DeadlineParameters Parameters { get; }

    /// <summary>
    /// The last day of a period after an event: 「自…之日起60日内」 (days), 「6个月内」 (months), 「N年」 (years) per Civil Code
    /// arts. 201–203, or 「N个工作日内」 (working days: only working days count, starting the day after the event).
    /// </summary>
    /// <param name="eventDate">The event (publication, signing, receipt…); not counted.</param>
    /// <param name="amount">N, at least 1.</param>
    /// <param name="unit">Days, months, years or working days.</param>
    /// <param name="subject">What the deadline is for (shown in the result), or null.</param>
    /// <param name="source">The clause that sets the period, or null.</param>
    /// <returns>The last day with its computation.</returns>
    /// <exception cref="ValidationException">N is out of range, the unit is not a defined <see cref="PeriodUnit"/> (07 C4), or a day looked at has no holiday schedule loaded (code <c>noSchedule</c>).</exception>
    public DeadlineResult Period(LocalDate eventDate, int amount, PeriodUnit unit, string? subject = null, Citation? source = null)
    {
        Validator.RequireDefined("unit", unit);
        var v = new Validator();
        DeadlineParameters.CheckAmount(v, string.Empty, amount, unit);
        CheckDate(v, "eventDate", eventDate);
        v.ThrowIfAny();
        subject ??= amount + " " + DeadlineRule.UnitWord(unit, amount) + " from " + HolidaySchedule.Iso(eventDate);
        return unit == PeriodUnit.WorkingDays
            ? WorkingDayPeriod(eventDate, amount, subject, source ?? NoSource)
            : CalendarPeriod(eventDate, amount, unit, subject, source ?? Parameters.CivilCode201To203());
    }

    /// <summary>提前N个工作日 — the latest day to act when something must be done N working days before an event.</summary>
    /// <param name="eventDate">The event (e.g. the day the staff change takes effect).</param>
    /// <param name="workingDays">N, at least 1.</param>
    /// <param name="subject">What the deadline is for, or null.</param>
    /// <param name="source">The clause, or null.</param>
    /// <returns>The Nth working day counting backwards from the day before the event, with its computation.</returns>
    /// <exception cref="ValidationException">N is out of range, or a day looked at has no holiday schedule loaded.</exception>
    public DeadlineResult WorkingDaysInAdvance(LocalDate eventDate, int workingDays, string? subject = null, Citation? source = null)
    {
        CheckN("workingDays", workingDays);
        var dv = new Validator();
        CheckDate(dv, "eventDate", eventDate);
        dv.ThrowIfAny();
        var src = source ?? NoSource;
        var b = new StepBuilder(this, src, passing: false, backwards: true);
        b.Line(eventDate, "the event; counting goes backwards from the day before it", string.Empty, 0, src);
        var d = eventDate;
        var count = 0;
        var rest = 0;
        while (count < workingDays)
        {
            d = d.PlusDays(-1);
            var info = Info(d);
            if (info.IsWorkingDay)
            {
                count++;
                rest = 0;
            }
            else if (++rest > WorkingDayArithmetic.MaximumRestRun)
            {
                throw WorkingDayArithmetic.NoWorkingDay(Calendar, eventDate);
            }

            b.Add(info, count);
        }

        b.Flush();
        b.Line(d, $"the {Ordinal(workingDays)} working day before the event: the latest day to act", $"working day {workingDays} of {workingDays}, counted backwards", workingDays, src);
        return b.Result(subject ?? workingDays + " working days before " + HolidaySchedule.Iso(eventDate), DeadlineMethod.WorkingDaysInAdvance, workingDays, PeriodUnit.WorkingDays, eventDate, eventDate.PlusDays(-1), d, d, false, false);
    }

    /// <summary>
    /// 不少于 / 至少 — the earliest day a minimum duration is complete (「试运行时间不少于60天」: day 60 counted from the day after
    /// the start; 「质保期至少两年」: the corresponding day two years on). Never moved by art. 203: it is not a deadline.
    /// </summary>
    /// <param name="start">The day the duration starts (not counted).</param>
    /// <param name="amount">N, at least 1.</param>
    /// <param name="unit">Days, months or years.</param>
    /// <param name="subject">What the duration is, or null.</param>
    /// <param name="source">The clause, or null.</param>
    /// <returns>The earliest day the duration is complete.</returns>
    /// <exception cref="ValidationException">N is out of range, the unit is working days, or the unit is not a defined <see cref="PeriodUnit"/> (07 C4).</exception>
    public DeadlineResult MinimumDuration(LocalDate start, int amount, PeriodUnit unit, string? subject = null, Citation? source = null)
    {
        Validator.RequireDefined("unit", unit);
        var v = new Validator();
        DeadlineParameters.CheckAmount(v, string.Empty, amount, unit);
        if (unit == PeriodUnit.WorkingDays)
        {
            v.Add("unit", ErrorCode.InvalidValue, "a minimum duration is counted in days, months or years");
        }

        CheckDate(v, "start", start);
        v.ThrowIfAny();
        var src = source ?? Parameters.CivilCode201To203();

        // Stryker disable once Boolean : a minimum duration adds no day runs to the builder (only fixed lines), so passing and backwards are never read.
        var b = new StepBuilder(this, src, passing: true, backwards: false);
        var end = Plus(start, amount, unit);
        b.Line(start, "the start (not counted)", string.Empty, 0, src);
        b.Line(start.PlusDays(1), "day 1: counting starts the day after the start", "day 1", 1, Parameters.PeriodStartRule);
        b.Line(end, EndRule(start, end, amount, unit) + "; the duration is complete at the end of this day", Arithmetic(start, amount, unit, end), Days(start, end), unit == PeriodUnit.Days ? Parameters.PeriodStartRule : Parameters.PeriodEndRule);
        b.Line(end, "not moved: a minimum duration is not a deadline, so art. 203 does not apply", string.Empty, Days(start, end), src);
        return b.Result(subject ?? "at least " + amount + " " + DeadlineRule.UnitWord(unit, amount) + " from " + HolidaySchedule.Iso(start), DeadlineMethod.MinimumDuration, amount, unit, start, start.PlusDays(1), end, end, false, null);
    }

    /// <summary>「每月前N个工作日内」 — the Nth working day of a month, counted from its first day.</summary>
    /// <param name="month">The month.</param>
    /// <param name="n">N, at least 1.</param>
    /// <param name="subject">What the deadline is for, or null.</param>
    /// <param name="source">The clause, or null.</param>
    /// <returns>The Nth working day, with the days counted and skipped.</returns>
    /// <exception cref="ValidationException">N is out of range or beyond the month's working days, or the month has no schedule loaded.</exception>
    public DeadlineResult NthWorkingDayOfMonth(YearMonth month, int n, string? subject = null, Citation? source = null)
    {
        CheckMonth(month);
        var first = month.OnDayOfMonth(1);

        // Stryker disable once String : an empty pattern is NodaTime's general pattern uuuu-MM, the same text for the years 1–9800 checked above.
        return NthWorkingDayFrom(first, first.PlusMonths(1).PlusDays(-1), n, "month " + month.ToString("yyyy-MM", CultureInfo.InvariantCulture), subject, source ?? NoSource, DeadlineMethod.Period);
    }

    /// <summary>「每季度前N个工作日内」 — the Nth working day of a calendar quarter, counted from its first day (D6: the 10th of Q4 2018 is 2018-10-19).</summary>
    /// <param name="year">The year.</param>
    /// <param name="quarter">The quarter, 1–4.</param>
    /// <param name="n">N, at least 1.</param>
    /// <param name="subject">What the deadline is for, or null.</param>
    /// <param name="source">The clause, or null.</param>
    /// <returns>The Nth working day, with the days counted and skipped.</returns>
    /// <exception cref="ValidationException">The quarter or N is out of range, or the quarter has no schedule loaded.</exception>
    public DeadlineResult NthWorkingDayOfQuarter(int year, int quarter, int n, string? subject = null, Citation? source = null)
    {
        WorkingDayArithmetic.CheckQuarter(quarter);
        CheckYear(year);
        var first = WorkingDayArithmetic.QuarterStart(year, quarter);
        return NthWorkingDayFrom(first, first.PlusMonths(3).PlusDays(-1), n, $"quarter {year} Q{quarter}", subject, source ?? NoSource, DeadlineMethod.NthWorkingDayOfNextQuarter);
    }

    /// <summary>
    /// A fixed date (「次年3月31日前」, 「每年2月15日前」): on or before that date. Not moved by default; the result says when it
    /// falls on a rest day, and <see cref="DeadlineParameters.MoveFixedDatesOffRestDays"/> moves it.
    /// </summary>
    /// <param name="date">The fixed date.</param>
    /// <param name="subject">What is due, or null.</param>
    /// <param name="source">The clause, or null.</param>
    /// <returns>The last day.</returns>
    /// <exception cref="ValidationException">Moving is switched on and a day looked at has no holiday schedule loaded.</exception>
    public DeadlineResult FixedDate(LocalDate date, string? subject = null, Citation? source = null) =>
        Fixed(date, subject ?? "by " + HolidaySchedule.Iso(date), source ?? NoSource, "the fixed date");

    /// <summary>「第一个月内」 — by the last day of a month (e.g. the annual custody report within January).</summary>
    /// <param name="month">The month.</param>
    /// <param name="subject">What is due, or null.</param>
    /// <param name="source">The clause, or null.</param>
    /// <returns>The month's last day, treated as a fixed date.</returns>
    /// <exception cref="ValidationException">Moving is switched on and a day looked at has no holiday schedule loaded.</exception>
    public DeadlineResult EndOfMonth(YearMonth month, string? subject = null, Citation? source = null)
    {
        CheckMonth(month);
        var last = month.OnDayOfMonth(1).PlusMonths(1).PlusDays(-1);

        // Stryker disable once String : an empty pattern is NodaTime's general pattern uuuu-MM, the same text for the years 1–9800 checked above.
        return Fixed(last, subject ?? "within " + month.ToString("yyyy-MM", CultureInfo.InvariantCulture), source ?? NoSource, "within the month: its last day");
    }

    /// <summary>A gazette rule anchored on an event (periods, 提前N个工作日, minimum durations): "last day to file the contracts signed on …".</summary>
    /// <param name="rule">The rule, e.g. <c>DeadlineParameters.Gazette2017.SmartHaidianContractFiling</c>.</param>
    /// <param name="eventDate">The event.</param>
    /// <returns>The last day, with the rule's citation.</returns>
    /// <exception cref="ValidationException">The rule is invalid or anchored on a reporting period, or a day has no holiday schedule loaded.</exception>
    /// <exception cref="NotInForceException">The event is before the rule's document applies.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is null.</exception>
    public DeadlineResult Calculate(DeadlineRule rule, LocalDate eventDate)
    {
        CheckRule(rule, DeadlineMethod.Period, DeadlineMethod.WorkingDaysInAdvance, DeadlineMethod.MinimumDuration, DeadlineMethod.OnOrBeforeEvent);
        if (eventDate < rule.InForceFrom)
        {
            throw new NotInForceException(eventDate, rule.InForceFrom, rule.Citation);
        }

        return rule.Method switch
        {
            DeadlineMethod.Period => Period(eventDate, rule.Amount, rule.Unit, rule.Name, rule.Citation),
            DeadlineMethod.WorkingDaysInAdvance => WorkingDaysInAdvance(eventDate, rule.Amount, rule.Name, rule.Citation),
            DeadlineMethod.OnOrBeforeEvent => OnOrBefore(eventDate, rule),
            _ => MinimumDuration(eventDate, rule.Amount, rule.Unit, rule.Name, rule.Citation),
        };
    }

    /// <summary>
    /// A gazette rule anchored on an event, by its stable key (spec 07 D-a): <c>Calculate("smartHaidian.preliminaryDesign", notified)</c>.
    /// </summary>
    /// <param name="key">One of <see cref="DeadlineParameters.RuleKeys"/>, e.g. <c>expropriation.reconsideration</c>.</param>
    /// <param name="eventDate">The event.</param>
    /// <returns>The last day, with the rule's citation.</returns>
    /// <exception cref="ValidationException">The key is unknown (path <c>rule</c>, code <c>invalidValue</c>, listing every key), the rule is anchored on a year or quarter, or a day has no holiday schedule loaded.</exception>
    /// <exception cref="NotInForceException">The event is before the rule's document applies.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    public DeadlineResult Calculate(string key, LocalDate eventDate) => Calculate(Parameters.Rule(key), eventDate);

    /// <summary>A gazette rule due in the quarter after the quarter reported on, by its stable key (spec 07 D-a), e.g. <c>developmentFund.quarterlyCustodyReport</c>.</summary>
    /// <param name="key">One of <see cref="DeadlineParameters.RuleKeys"/>.</param>
    /// <param name="year">The year of the quarter reported on.</param>
    /// <param name="quarter">The quarter reported on, 1–4.</param>
    /// <returns>The Nth working day of the next quarter.</returns>
    /// <exception cref="ValidationException">The key is unknown (listing every key), the rule is not quarter-anchored, the quarter is not 1–4, or the next quarter has no schedule loaded.</exception>
    /// <exception cref="NotInForceException">The report would be due before the rule's document applies.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    public DeadlineResult CalculateForQuarter(string key, int year, int quarter) => CalculateForQuarter(Parameters.Rule(key), year, quarter);

    /// <summary>A gazette rule due on a fixed date, by its stable key (spec 07 D-a), e.g. <c>CalculateForYear("cultivatedLand.inspection", 2017)</c> → 2018-04-10.</summary>
    /// <param name="key">One of <see cref="DeadlineParameters.RuleKeys"/>.</param>
    /// <param name="year">The year reported on (next-year rules) or the year the date falls in (same-year rules).</param>
    /// <returns>The fixed date, flagged when it is a rest day.</returns>
    /// <exception cref="ValidationException">The key is unknown (listing every key), the rule is not year-anchored, or the year is out of range.</exception>
    /// <exception cref="NotInForceException">The date is before the rule's document applies.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    public DeadlineResult CalculateForYear(string key, int year) => CalculateForYear(Parameters.Rule(key), year);

    /// <summary>
    /// A gazette rule by its stable key and its anchor, as read from JSON (spec 07 D-a): an event for event rules, a year
    /// for fixed dates, a year and quarter for the quarterly report. Every problem is reported at once.
    /// </summary>
    /// <param name="anchor">The rule key and its anchor.</param>
    /// <returns>The last day, with the rule's citation.</returns>
    /// <exception cref="ValidationException">The key is unknown (listing every key), the anchor the rule needs is missing (<c>required</c>) or one it does not use is given (<c>inconsistent</c>), or a computation error as in the keyed overloads.</exception>
    /// <exception cref="NotInForceException">The deadline is before the rule's document applies.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="anchor"/> is null.</exception>
    public DeadlineResult Calculate(RuleAnchor anchor)
    {
        if (anchor is null)
        {
            throw new ArgumentNullException(nameof(anchor));
        }

        var v = new Validator();
        if (!v.RequiredText("rule", anchor.Rule))
        {
            v.ThrowIfAny();
        }

        var index = DeadlineParameters.IndexOfKey(anchor.Rule);
        if (index < 0)
        {
            throw DeadlineParameters.UnknownKey("rule", anchor.Rule);
        }

        var rule = Parameters.Rules[index];
        var (needsEvent, needsYear, needsQuarter) = rule.Method switch
        {
            DeadlineMethod.NthWorkingDayOfNextQuarter => (false, true, true),
            DeadlineMethod.FixedDateOfNextYear or DeadlineMethod.FixedDateOfSameYear => (false, true, false),
            _ => (true, false, false),
        };
        Need(v, "event", anchor.Event.HasValue, needsEvent, rule);
        Need(v, "year", anchor.Year.HasValue, needsYear, rule);
        Need(v, "quarter", anchor.Quarter.HasValue, needsQuarter, rule);
        v.ThrowIfAny();
        return needsQuarter ? CalculateForQuarter(rule, anchor.Year!.Value, anchor.Quarter!.Value)
            : needsYear ? CalculateForYear(rule, anchor.Year!.Value)
            : Calculate(rule, anchor.Event!.Value);
    }

    private static void Need(Validator v, string path, bool given, bool needed, DeadlineRule rule)
    {
        if (needed && !given)
        {
            v.Add(path, ErrorCode.Required, $"is required by rule {rule.Key} ({rule.Describe()})");
        }
        else if (!needed && given)
        {
            v.Add(path, ErrorCode.Inconsistent, $"is not used by rule {rule.Key} ({rule.Describe()}): leave it out");
        }
    }

    private DeadlineResult OnOrBefore(LocalDate eventDate, DeadlineRule rule)
    {
        var v = new Validator();
        CheckDate(v, "eventDate", eventDate);
        v.ThrowIfAny();
        var b = new StepBuilder(this, rule.Citation, passing: true, backwards: false);
        b.Line(eventDate, "the event: due on or before this day (前 includes the day itself)", string.Empty, 0, rule.Citation);
        b.Line(eventDate, "not moved: the day is set by the event, not by a period, so art. 203 does not apply", string.Empty, 0, rule.Citation);
        return b.Result(rule.Name, DeadlineMethod.OnOrBeforeEvent, 0, PeriodUnit.Days, eventDate, null, eventDate, eventDate, false, null);
    }

    /// <summary>A gazette rule due in the quarter after the quarter reported on (the fund's quarterly custody report).</summary>
    /// <param name="rule">The rule, e.g. <c>DeadlineParameters.Gazette2017.FundQuarterlyCustodyReport</c>.</param>
    /// <param name="year">The year of the quarter reported on.</param>
    /// <param name="quarter">The quarter reported on, 1–4 (Q4's report is due in Q1 of the next year).</param>
    /// <returns>The Nth working day of the next quarter.</returns>
    /// <exception cref="ValidationException">The rule is invalid or not quarter-anchored, the quarter is not 1–4, or the next quarter has no schedule loaded.</exception>
    /// <exception cref="NotInForceException">The report would be due before the rule's document applies.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is null.</exception>
    public DeadlineResult CalculateForQuarter(DeadlineRule rule, int year, int quarter)
    {
        CheckRule(rule, DeadlineMethod.NthWorkingDayOfNextQuarter);
        WorkingDayArithmetic.CheckQuarter(quarter);
        CheckYear(year);
        var (y, q) = quarter == 4 ? (year + 1, 1) : (year, quarter + 1);
        var result = NthWorkingDayOfQuarter(y, q, rule.Amount, rule.Name + $" (on {year} Q{quarter})", rule.Citation);
        if (result.LastDay < rule.InForceFrom)
        {
            throw new NotInForceException(result.LastDay, rule.InForceFrom, rule.Citation);
        }

        return result;
    }

    /// <summary>
    /// A gazette rule due on a fixed date: in the year after the year reported on (<see cref="DeadlineMethod.FixedDateOfNextYear"/>:
    /// forest and cultivated-land reports, the fund's annual custody report), or in the year named
    /// (<see cref="DeadlineMethod.FixedDateOfSameYear"/>: the smart-Haidian review cut-off and alternate promotion).
    /// </summary>
    /// <param name="rule">The rule, e.g. <c>DeadlineParameters.Gazette2017.ForestSelfInspectionReport</c>.</param>
    /// <param name="year">The year reported on (next-year rules: the deadline falls in the next year), or the year the date falls in (same-year rules).</param>
    /// <returns>The fixed date, flagged when it is a rest day.</returns>
    /// <exception cref="ValidationException">The rule is invalid or not year-anchored, or the year is out of range.</exception>
    /// <exception cref="NotInForceException">The date is before the rule's document applies.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is null.</exception>
    public DeadlineResult CalculateForYear(DeadlineRule rule, int year)
    {
        CheckRule(rule, DeadlineMethod.FixedDateOfNextYear, DeadlineMethod.FixedDateOfSameYear);
        CheckYear(year);
        var date = new LocalDate(rule.Method == DeadlineMethod.FixedDateOfSameYear ? year : year + 1, rule.Month, rule.Day);
        if (date < rule.InForceFrom)
        {
            throw new NotInForceException(date, rule.InForceFrom, rule.Citation);
        }

        // A caller's own rule may carry no gazette wording (empty, or null when read from JSON): name the date instead.
        var text = rule.Text ?? string.Empty;
        var basis = text.Length == 0
            ? "the fixed date " + rule.Month.ToString("00", CultureInfo.InvariantCulture) + "-" + rule.Day.ToString("00", CultureInfo.InvariantCulture)
            : "the fixed date 「" + text.Substring(0, Math.Min(text.Length, 40)) + "」";
        return rule.Method == DeadlineMethod.FixedDateOfSameYear
            ? Fixed(date, rule.Name + $" (in {year})", rule.Citation, basis, DeadlineMethod.FixedDateOfSameYear)
            : Fixed(date, rule.Name + $" (on {year})", rule.Citation, basis);
    }

    internal DayInfo Info(LocalDate d)
    {
        if (Calendar is WorkingDayCalendar w)
        {
            return w.Describe(d);
        }

        var working = Calendar.IsWorkingDay(d);
        var weekend = d.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;
        var kind = working ? (weekend ? DayKind.MakeupWorkday : DayKind.Workday) : (weekend ? DayKind.Weekend : DayKind.DayOff);
        return new DayInfo(d, kind, kind is DayKind.DayOff or DayKind.MakeupWorkday ? Calendar.Name : null, null, null);
    }

    private DeadlineResult CalendarPeriod(LocalDate eventDate, int amount, PeriodUnit unit, string subject, Citation source)
    {
        var rawEnd = Plus(eventDate, amount, unit);
        var b = new StepBuilder(this, source, passing: true, backwards: false);
        b.Line(eventDate, "the event (not counted)", string.Empty, 0, source);
        b.Line(eventDate.PlusDays(1), "day 1: the period starts the day after the event", "day 1", 1, Parameters.PeriodStartRule);
        b.Line(rawEnd, EndRule(eventDate, rawEnd, amount, unit), Arithmetic(eventDate, amount, unit, rawEnd), Days(eventDate, rawEnd), unit == PeriodUnit.Days ? Parameters.PeriodStartRule : Parameters.PeriodEndRule);
        var d = rawEnd;
        var info = Info(d);
        var rest = 0;
        while (!info.IsWorkingDay)
        {
            b.Add(info, Days(eventDate, d));
            if (++rest > WorkingDayArithmetic.MaximumRestRun)
            {
                throw WorkingDayArithmetic.NoWorkingDay(Calendar, rawEnd);
            }

            d = d.PlusDays(1);
            info = Info(d);
        }

        b.Flush();
        var moved = d != rawEnd;
        b.Line(d, moved ? "the first working day after the rest day(s): the last day (until 24:00)" : "a working day: the last day (until 24:00)", moved ? "moved " + Days(rawEnd, d) + " day(s)" : string.Empty, Days(eventDate, d), moved ? Parameters.RestDayRule : source);
        return b.Result(subject, DeadlineMethod.Period, amount, unit, eventDate, eventDate.PlusDays(1), rawEnd, d, moved, false);
    }

    private DeadlineResult WorkingDayPeriod(LocalDate eventDate, int n, string subject, Citation source)
    {
        var b = new StepBuilder(this, source, passing: false, backwards: false);
        b.Line(eventDate, "the event (not counted); counting starts the next day and counts working days only", string.Empty, 0, Parameters.PeriodStartRule);
        var d = eventDate;
        var count = 0;
        var rest = 0;
        while (count < n)
        {
            d = d.PlusDays(1);
            var info = Info(d);
            if (info.IsWorkingDay)
            {
                count++;
                rest = 0;
            }
            else if (++rest > WorkingDayArithmetic.MaximumRestRun)
            {
                throw WorkingDayArithmetic.NoWorkingDay(Calendar, eventDate);
            }

            b.Add(info, count);
        }

        b.Flush();
        b.Line(d, $"the {Ordinal(n)} working day: the last day (until 24:00)", $"working day {n} of {n}", n, source);
        return b.Result(subject, DeadlineMethod.Period, n, PeriodUnit.WorkingDays, eventDate, eventDate.PlusDays(1), d, d, false, false);
    }

    private DeadlineResult NthWorkingDayFrom(LocalDate first, LocalDate last, int n, string what, string? subject, Citation source, DeadlineMethod method)
    {
        CheckN("n", n);
        var b = new StepBuilder(this, source, passing: false, backwards: false);
        b.Line(first, $"the first day of {what}: counted from this day (前{n}个工作日)", string.Empty, 0, source);
        var count = 0;
        for (var d = first; d <= last; d = d.PlusDays(1))
        {
            var info = Info(d);
            if (info.IsWorkingDay)
            {
                count++;
            }

            b.Add(info, count);
            if (count == n)
            {
                b.Flush();
                b.Line(d, $"the {Ordinal(n)} working day of {what}: the last day (until 24:00)", $"working day {n} of {n}", n, source);
                return b.Result(subject ?? $"the {Ordinal(n)} working day of {what}", method, n, PeriodUnit.WorkingDays, first, first, d, d, false, false);
            }
        }

        throw new ValidationException(new[] { new ValidationError("n", ErrorCode.OutOfRange, $"{what} has only {count} working days, fewer than {n}") });
    }

    private DeadlineResult Fixed(LocalDate date, string subject, Citation source, string what, DeadlineMethod method = DeadlineMethod.FixedDateOfNextYear)
    {
        var b = new StepBuilder(this, source, passing: true, backwards: false);
        b.Line(date, what + ": on or before this day (以内/前 include the day itself)", string.Empty, 0, source);
        var covered = Calendar is not WorkingDayCalendar w || w.Covers(date);
        if (!covered && !Parameters.MoveFixedDatesOffRestDays)
        {
            b.Line(date, $"not moved (a fixed date is not a period); no holiday schedule for {date.Year} is loaded, so whether it is a rest day is not known", string.Empty, 0, source);
            return b.Result(subject, method, 0, PeriodUnit.Days, date, null, date, date, false, null);
        }

        var info = Info(date);
        if (info.IsWorkingDay)
        {
            b.Line(date, "a working day: the last day (until 24:00)", string.Empty, 0, source);
            return b.Result(subject, method, 0, PeriodUnit.Days, date, null, date, date, false, false);
        }

        if (!Parameters.MoveFixedDatesOffRestDays)
        {
            b.Add(info, 0);
            b.Flush();
            b.Line(date, "falls on a rest day but is NOT moved: a fixed date is not a period, so art. 203 does not apply (a parameter can move it); act by the working day before to be safe", string.Empty, 0, Parameters.RestDayRule);
            return b.Result(subject, method, 0, PeriodUnit.Days, date, null, date, date, false, true);
        }

        var d = date;
        var rest = 0;
        while (!info.IsWorkingDay)
        {
            b.Add(info, 0);
            if (++rest > WorkingDayArithmetic.MaximumRestRun)
            {
                throw WorkingDayArithmetic.NoWorkingDay(Calendar, date);
            }

            d = d.PlusDays(1);
            info = Info(d);
        }

        b.Flush();
        b.Line(d, "moved to the first working day after the rest day(s) (parameter moveFixedDatesOffRestDays): the last day (until 24:00)", "moved " + Days(date, d) + " day(s)", 0, Parameters.RestDayRule);
        return b.Result(subject, method, 0, PeriodUnit.Days, date, null, date, d, true, false);
    }

    private static LocalDate Plus(LocalDate d, int amount, PeriodUnit unit) => unit switch
    {
        PeriodUnit.Days => d.PlusDays(amount),
        PeriodUnit.Months => d.PlusMonths(amount),
        _ => d.PlusYears(amount),
    };

    private static string EndRule(LocalDate start, LocalDate end, int amount, PeriodUnit unit)
    {
        if (unit == PeriodUnit.Days)
        {
            return $"day {amount}: the raw last day";
        }

        return end.Day == start.Day
            ? $"the corresponding day {amount} {DeadlineRule.UnitWord(unit, amount)} on: the raw last day"
            : $"{end.ToString("yyyy-MM", CultureInfo.InvariantCulture).Substring(0, 7)} has no day {start.Day}: the last day of that month is the raw last day";
    }

    private static string Arithmetic(LocalDate start, int amount, PeriodUnit unit, LocalDate end) =>
        HolidaySchedule.Iso(start) + " + " + amount + " " + DeadlineRule.UnitWord(unit, amount) + " = " + HolidaySchedule.Iso(end);

    private static int Days(LocalDate from, LocalDate to) => NodaTime.Period.Between(from, to, PeriodUnits.Days).Days;

    internal static string Ordinal(int n)
    {
        var s = n.ToString(CultureInfo.InvariantCulture);
        return (n % 100) is 11 or 12 or 13 ? s + "th" : (n % 10) switch { 1 => s + "st", 2 => s + "nd", 3 => s + "rd", _ => s + "th" };
    }

    private static void CheckN(string path, int n)
    {
        if (n < 1 || n > WorkingDayArithmetic.MaximumWorkingDays)
        {
            throw new ValidationException(new[] { new ValidationError(path, ErrorCode.OutOfRange, $"must be between 1 and {WorkingDayArithmetic.MaximumWorkingDays} (got {n})") });
        }
    }

    /// <summary>
    /// A date the counting starts from must leave room for the longest period (100 years, 10,000 working days) inside
    /// NodaTime's calendar (years −9998 to 9999); without this, a period from 9999-12-31 overflowed with NodaTime's
    /// OverflowException.
    /// </summary>
    private static void CheckDate(Validator v, string path, LocalDate date)
    {
        if (date.Year < MinimumYear || date.Year > MaximumYear)
        {
            v.Add(path, ErrorCode.OutOfRange, $"must be in the years {MinimumYear}–{MaximumYear} (got {HolidaySchedule.Iso(date)})");
        }
    }

    private static void CheckMonth(YearMonth month)
    {
        if (month.Year < MinimumYear || month.Year > MaximumYear)
        {
            throw new ValidationException(new[] { new ValidationError("month", ErrorCode.OutOfRange, $"must be in the years {MinimumYear}–{MaximumYear} (got {month.ToString("uuuu-MM", CultureInfo.InvariantCulture)})") });
        }
    }

    private const int MinimumYear = 1;
    private const int MaximumYear = 9800;

    private static void CheckYear(int year)
    {
        if (year < 1 || year > 9997)
        {
            throw new ValidationException(new[] { new ValidationError("year", ErrorCode.OutOfRange, "must be between 1 and 9997 (got " + year + ")") });
        }
    }

    private static void CheckRule(DeadlineRule rule, params DeadlineMethod[] allowed)
    {
        if (rule is null)
        {
            throw new ArgumentNullException(nameof(rule));
        }

        var v = new Validator();
        DeadlineParameters.ValidateRule(v, "rule", rule);
        if (Array.IndexOf(allowed, rule.Method) < 0)
        {
            var use = rule.Method switch
            {
                DeadlineMethod.NthWorkingDayOfNextQuarter => "CalculateForQuarter",
                DeadlineMethod.FixedDateOfNextYear or DeadlineMethod.FixedDateOfSameYear => "CalculateForYear",
                _ => "Calculate",
            };
            v.Add("rule.method", ErrorCode.InvalidValue, $"a {rule.Method} rule is anchored differently; use {use}");
        }

        v.ThrowIfAny();
    }

    /// <summary>Collects the steps: runs of consecutive days of one kind become one line each.</summary>
    private sealed class StepBuilder
    {
        private readonly DeadlineCalculator calc;
        private readonly Citation source;
        private readonly bool passing;
        private readonly bool backwards;
        private readonly List<LineItem> steps = new();
        private readonly List<DayInfo> holidays = new();
        private DayInfo? runInfo;
        private LocalDate runA;
        private LocalDate runB;
        private int runCountA;
        private int runCountB;

        public StepBuilder(DeadlineCalculator calc, Citation source, bool passing, bool backwards)
        {
            this.calc = calc;
            this.source = source;
            this.passing = passing;
            this.backwards = backwards;
        }

        public void Line(LocalDate d, string rule, string arithmetic, int amount, Citation citation) =>
            steps.Add(new LineItem(Label(d), rule, arithmetic, amount, citation));

        public void Add(DayInfo info, int countAfter)
        {
            if (info.Kind is DayKind.DayOff or DayKind.MakeupWorkday)
            {
                holidays.Add(info);
            }

            if (runInfo is not null && SameRun(runInfo, info))
            {
                runB = info.Date;
                runCountB = countAfter;
                return;
            }

            Flush();
            runInfo = info;
            runA = runB = info.Date;
            runCountA = runCountB = countAfter;
        }

        public void Flush()
        {
            if (runInfo is null)
            {
                return;
            }

            var first = backwards ? runB : runA;
            var last = backwards ? runA : runB;
            var label = first == last ? Label(first) : Label(first) + " – " + Label(last);
            var n = Math.Abs(NodaTime.Period.Between(first, last, PeriodUnits.Days).Days) + 1;
            var counted = runInfo.IsWorkingDay;
            var arithmetic = passing ? (n == 1 ? "1 rest day" : n + " rest days")
                : counted ? (runCountA == runCountB ? "working day " + runCountA : "working days " + runCountA + "–" + runCountB)
                : "not counted (still " + runCountB + ")";
            var verb = passing ? "passed over" : counted ? "counted" : "not counted";
            var (rule, cite) = runInfo.Kind switch
            {
                DayKind.Workday => ("working day" + (n > 1 ? "s" : string.Empty) + ", " + verb, source),
                DayKind.MakeupWorkday => ("make-up working day" + (n > 1 ? "s" : string.Empty) + " 调休上班 for " + runInfo.Holiday + Amended(runInfo) + ", " + verb, runInfo.Citation ?? source),
                DayKind.Weekend => ("weekend rest day" + (n > 1 ? "s" : string.Empty) + ", " + verb, calc.Parameters.RestDayRule),
                _ => (runInfo.Holiday + " day" + (n > 1 ? "s" : string.Empty) + " off" + Amended(runInfo) + ", " + verb, runInfo.Citation ?? calc.Parameters.RestDayRule),
            };
            steps.Add(new LineItem(label, rule, arithmetic, runCountB, cite));
            runInfo = null;
        }

        public DeadlineResult Result(string subject, DeadlineMethod method, int amount, PeriodUnit unit, LocalDate anchor, LocalDate? firstDay, LocalDate rawEnd, LocalDate lastDay, bool moved, bool? fallsOnRest)
        {
            // Stryker disable once Statement : every method that adds day runs flushes them before its last line, so no run is open here.
            Flush();
            var ordered = new List<DayInfo>(holidays);
            ordered.Sort((a, b) => a.Date.CompareTo(b.Date));
            return new DeadlineResult(subject, method, amount, unit, anchor, firstDay, rawEnd, lastDay, moved, fallsOnRest, ordered.ToArray(), steps.ToArray(), source, calc.Calendar.Name, Provenance.Of(calc.Parameters));
        }

        private static string Amended(DayInfo info) => info.AmendedBy is null ? string.Empty : " (as amended by " + info.AmendedBy.DocumentNumber + ")";

        private static bool SameRun(DayInfo a, DayInfo b) =>
            a.Kind == b.Kind && a.Holiday == b.Holiday && Equals(a.Citation, b.Citation);

        private static string Label(LocalDate d) => WorkingDayCalendar.Label(d);
    }
}

/// <summary>Internal helpers on the parameters.</summary>
internal static class DeadlineParametersExtensions
{
    public static Citation CivilCode201To203(this DeadlineParameters p) => p.PeriodStartRule.WithArticle("第二百零一条至第二百零三条");
}
