using System;
using System.Collections.Generic;
using System.Linq;
using Haidian.Rules.Deadlines;
using NodaTime;

namespace Haidian.Rules.CultivatedLand;

/// <summary>
/// 耕地保护责任目标考核 — assesses a town, village or state farm against its cultivated-land and basic-farmland targets for a
/// performance year (海政办发〔2017〕38号 二), tells which years are assessment years and what is due when (三), and what follows
/// from the assessment, including whether a project's 农用地转用 / 土地征收 approval is suspended during rectification (五).
/// </summary>
/// <remarks>
/// <para>Immutable and thread-safe: one instance can serve every thread. A pure function of (parameters, deadline rules, input).</para>
/// <para>Areas are in the caller's unit (亩 or 公顷; the text names none), compared exactly and never rounded or converted. Grades are
/// on the caller's scale (R6). Pass indicators decide the verdict; reference indicators are reported only (二 L3734, R4).</para>
/// <para>The parameter version used for a performance year is the one in force on its 31 December (the first version for 2016,
/// which the measure reaches back to). Years before the first period, or after <see cref="CultivatedLandParameters.LastAssessedYear"/>
/// when set, are not in force (<see cref="NotInForceException"/>). Due dates come from the Deadlines module's rules
/// keyed <c>cultivatedLand.selfCheck</c> and <c>cultivatedLand.inspection</c> (<see cref="DeadlineParameters.Rule(string)"/>).</para>
/// </remarks>
public sealed partial class CultivatedLandCalculator
{
    /// <summary>The largest area accepted in any input (in the caller's unit): far above any real figure, it keeps exact arithmetic inside <see cref="decimal"/>.</summary>
    public const decimal MaximumArea = 1_000_000_000_000m;

    /// <summary>The last performance year accepted (its due dates fall in the next year, within the calendar's range).</summary>
    public const int MaximumYear = 9997;

    private readonly DeadlineCalculator deadlines;

    /// <summary>A calculator with the gazette's parameters and the Deadlines module's gazette rules on the official calendar.</summary>
    public CultivatedLandCalculator()
        : this(CultivatedLandParameters.Gazette2017)
    {
    }

    /// <summary>A calculator with one parameter version (a what-if copy, say).</summary>
    /// <param name="parameters">Used for every performance year; validated here.</param>
    /// <exception cref="ValidationException">The parameters are invalid (paths start with <c>versions[0]</c>).</exception>
    /// <exception cref="ArgumentNullException"><paramref name="parameters"/> is null.</exception>
    public CultivatedLandCalculator(CultivatedLandParameters parameters)
        : this(new ParameterHistory<CultivatedLandParameters>(new[] { parameters ?? throw new ArgumentNullException(nameof(parameters)) }))
    {
    }

    /// <summary>A calculator with a parameter history and the Deadlines module's gazette rules on the official calendar.</summary>
    /// <param name="history">Dated versions; a performance year uses the version in force on its 31 December.</param>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    public CultivatedLandCalculator(ParameterHistory<CultivatedLandParameters> history)
        : this(history, new DeadlineCalculator())
    {
    }

    /// <summary>A calculator with a parameter history and a deadline calculator (another calendar, or fixed dates moved off rest days).</summary>
    /// <param name="history">Dated versions; a performance year uses the version in force on its 31 December.</param>
    /// <param name="deadlines">The Deadlines module whose rules <c>CultivatedLandSelfCheck</c> and <c>CultivatedLandInspection</c> give the due dates.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public CultivatedLandCalculator(ParameterHistory<CultivatedLandParameters> history, DeadlineCalculator deadlines)
    {
        History = history ?? throw new ArgumentNullException(nameof(history));
        this.deadlines = deadlines ?? throw new ArgumentNullException(nameof(deadlines));
    }

    /// <summary>The parameter versions this calculator uses.</summary>
    public ParameterHistory<CultivatedLandParameters> History { get; }

    /// <summary>The parameter version used for a performance year.</summary>
    /// <param name="year">The performance year.</param>
    /// <returns>The version in force on 31 December of <paramref name="year"/> (the first version when none is yet).</returns>
    /// <exception cref="NotInForceException">The year is before the first period, or after the last assessed year when one is set.</exception>
    /// <exception cref="ValidationException">The year is after <see cref="MaximumYear"/>.</exception>
    public CultivatedLandParameters ParametersFor(int year) => Resolve(year, "year");

    /// <summary>The calendar of a performance year: its period and role, and the due dates of 三（一）（二） from the Deadlines module.</summary>
    /// <param name="year">The performance year.</param>
    /// <returns>Period, role, due dates (flagged <c>beforeIssue</c> for 2016) and the undated duties of the year.</returns>
    /// <exception cref="NotInForceException">The year is before the first period (2016), or after the last assessed year when one is set.</exception>
    /// <exception cref="ValidationException">The year is after <see cref="MaximumYear"/>, or the Deadlines module moves fixed dates and a year has no holiday schedule.</exception>
    public LandCalendarYear CalendarFor(int year)
    {
        var p = Resolve(year, "year");
        var period = PeriodOf(p, year);
        var role = RoleOf(period, year);
        var dues = new[] { SelfCheckDue(year), InspectionDue(year) };
        return new LandCalendarYear(year, period, role, dues, Obligations(role), Provenance.Of(p));
    }

    /// <summary>
    /// Assesses a unit's performance year: the four pass indicators and the two reference indicators (二); in an assessment year the
    /// verdict and its consequences (三, 五); otherwise the annual inspection's warnings (三（二）) or, for a village, the indicators only.
    /// </summary>
    /// <param name="record">The unit's record.</param>
    /// <returns>The itemized result.</returns>
    /// <exception cref="ValidationException">The record is invalid: every problem with its field path and code, nothing computed.</exception>
    /// <exception cref="NotInForceException">The year is before the first period (2016), or after the last assessed year when one is set.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    public CultivatedLandResult Assess(CultivatedLandRecord record)
    {
        if (record is null)
        {
            throw new ArgumentNullException(nameof(record));
        }

        var v = new Validator();
        CultivatedLandParameters? p = null;
        if (record.Year > MaximumYear)
        {
            v.OutOfRange("year", $"must be at most {MaximumYear} (got {record.Year})");
        }
        else
        {
            p = Resolve(record.Year, "year");
        }

        CheckRecord(v, p ?? History.Versions[History.Versions.Count - 1], record);
        v.ThrowIfAny();
        return Evaluate(p!, record);
    }

    /// <summary>
    /// 整改期间…暂停其他非农建设项目的农用地转用和土地征收审批 (五（三）): is a project's approval suspended on a day? Suspended when the unit's
    /// result is a 不合格 period assessment of a town or state farm, the day lies in [ordered, completed] (R12), and the project is not
    /// exempt (an exempt category, approver and act, R10–R11). Past the deadline and not complete, the answer also says how many days
    /// the rectification is overdue; the suspension still runs.
    /// </summary>
    /// <param name="query">The result, the rectification, the project and the day.</param>
    /// <returns>The answer with its reasons.</returns>
    /// <exception cref="ValidationException">The query is invalid (every problem with its field path and code).</exception>
    /// <exception cref="NotInForceException">The year is before the first period (2016), or after the last assessed year when one is set.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="query"/> is null.</exception>
    public SuspensionAnswer CheckSuspension(SuspensionQuery query)
    {
        if (query is null)
        {
            throw new ArgumentNullException(nameof(query));
        }

        var v = new Validator();
        CultivatedLandParameters? p = null;
        if (query.Result is { } r)
        {
            if (r.Year > MaximumYear)
            {
                v.OutOfRange("result.year", $"must be at most {MaximumYear} (got {r.Year})");
            }
            else
            {
                p = Resolve(r.Year, "result.year");
            }
        }

        CheckQuery(v, p, query);
        v.ThrowIfAny();
        return Suspension(p!, query);
    }

    private CultivatedLandParameters Resolve(int year, string path)
    {
        var first = History.Versions[0];
        if (year < first.FirstPeriodStartYear)
        {
            throw BeforeFirstPeriod(year, first);
        }

        if (year > MaximumYear)
        {
            throw Validator.Error(path, ErrorCode.OutOfRange, $"must be at most {MaximumYear} (got {year})");
        }

        var p = History.TryGetInForceOn(new LocalDate(year, 12, 31), out var found) ? found : first;
        if (year < p.FirstPeriodStartYear)
        {
            throw BeforeFirstPeriod(year, p);
        }

        if (p.LastAssessedYear is { } last && year > last)
        {
            throw new NotInForceException(new LocalDate(year, 1, 1), p.InForceFrom, new LocalDate(last, 12, 31), p.Source, $"performance year {year} (the last assessed year is {last})");
        }

        return p;
    }

    private static NotInForceException BeforeFirstPeriod(int year, CultivatedLandParameters p)
    {
        var start = p.FirstPeriodStartYear;
        var requested = new LocalDate(Math.Max(year, -9998), 1, 1);
        return new NotInForceException(requested, new LocalDate(start, 1, 1), p.Source.WithArticle($"三 (performance years from {start}; first period {start}–{start + p.PeriodLengthYears - 1})"));
    }

    private static AssessmentPeriod PeriodOf(CultivatedLandParameters p, int year)
    {
        var k = (year - p.FirstPeriodStartYear) / p.PeriodLengthYears;
        var first = p.FirstPeriodStartYear + (k * p.PeriodLengthYears);
        return new AssessmentPeriod(k, first, first + p.PeriodLengthYears - 1, first + p.MidTermYearIndex, first + p.EndOfTermYearIndex);
    }

    private static AssessmentRole RoleOf(AssessmentPeriod period, int year) =>
        year == period.MidTermYear ? AssessmentRole.MidTerm : year == period.EndOfTermYear ? AssessmentRole.EndOfTerm : AssessmentRole.Annual;

    private static IReadOnlyList<ListedItem> Obligations(AssessmentRole role)
    {
        var list = new List<ListedItem>();
        if (role != AssessmentRole.Annual)
        {
            list.Add(new ListedItem("四: submit monitoring data on the area and grade of 耕地 and 基本农田 to 国土海淀分局 and 区农委 in the assessment year (「" + CultivatedLandTexts.MonitoringQuote + "」); no date is given, so it is not checked", CultivatedLandTexts.Monitoring));
            list.Add(new ListedItem("三（三）: the district's full assessment (全面考核) of the year, held after the year ends (R1); the text gives no date, so none is computed", CultivatedLandTexts.FullAssessment));
        }

        return list;
    }

    private static readonly ListedItem[] NotComputedItems =
    {
        new("「立即」: how quickly an illegal occupation is handled (no number of days)", CultivatedLandTexts.Illegal),
        new("「作出预警分析，提出加强和改进工作的措施意见」: the content of the warning analysis", CultivatedLandTexts.Inspection),
        new("the date of the full assessment (三（三）) and of the monitoring-data submission (四)", CultivatedLandTexts.FullAssessment),
        new("「成绩突出」: whether performance was outstanding is the district's decision (input 'outstanding'); any size of priority allocation is the district's", CultivatedLandTexts.Commendation),
        new("「限期」: the rectification time limit is set case by case (input 'deadline'); the supervisory authority's handling of persons", CultivatedLandTexts.Sanction),
        new("the other duties of 四: plots per village, signs, public notice, dynamic monitoring, responsibility for the data", CultivatedLandTexts.Monitoring),
        new("the audit office's checks of 三（三）: 责任目标制, 干部履职, 问责, 离任审计", CultivatedLandTexts.FullAssessment),
        new("whether a project is infrastructure (基础设施): the caller's classification", CultivatedLandTexts.Sanction),
    };
}
