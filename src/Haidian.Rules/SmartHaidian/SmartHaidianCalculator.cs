using System;
using System.Collections.Generic;
using Haidian.Rules.Deadlines;
using NodaTime;

namespace Haidian.Rules.SmartHaidian;

/// <summary>
/// 智慧海淀建设项目管理 — checks a smart-Haidian construction project's record against 海政发〔2017〕21号《海淀区智慧海淀建设项目管理办法
/// （修订版）》: the 100万元（含） threshold for qualified designers and supervision, the limit of two design revisions, expert panels of
/// three or more and odd, the working-day deadlines between steps (counted by the Deadlines module on the PRC working-day calendar),
/// the order of the acceptance stages and the minimum trial and warranty; and a year's draft list and a unit's top-level design.
/// Every finding is a violation or, for the two 「原则上」 rules, a departure, with its article, line and who owes the duty.
/// </summary>
/// <remarks>
/// <para>Sealed, immutable and thread-safe: a pure function of (parameters, calendar, input).</para>
/// <para>The measure is in force from 2017-06-21: a check day before it is answered with <see cref="NotInForceException"/>; a step
/// whose trigger is before it is <see cref="StepStatus.NotChecked"/> (R15). The readings R1–R26 are in the module README.</para>
/// </remarks>
public sealed partial class SmartHaidianCalculator
{
    /// <summary>The largest amount accepted anywhere in the module, yuan: 10^15, far above any project, so no sum can overflow. Not a policy number.</summary>
    public const decimal MaximumAmount = 1_000_000_000_000_000m;

    private readonly DeadlineCalculator deadlines;

    /// <summary>A calculator with the gazette's parameters on the official PRC working-day calendar (2017–2026).</summary>
    public SmartHaidianCalculator()
        : this(SmartHaidianParameters.Gazette2017)
    {
    }

    /// <summary>A calculator with one parameter version on the official PRC working-day calendar.</summary>
    /// <param name="parameters">The parameters; validated here.</param>
    /// <exception cref="ValidationException">The parameters are invalid (paths start with <c>versions[0]</c>).</exception>
    /// <exception cref="ArgumentNullException"><paramref name="parameters"/> is null.</exception>
    public SmartHaidianCalculator(SmartHaidianParameters parameters)
        : this(parameters, WorkingDayCalendar.Official)
    {
    }

    /// <summary>A calculator with one parameter version on a given working-day calendar (e.g. the official one with a later year added).</summary>
    /// <param name="parameters">The parameters; validated here.</param>
    /// <param name="calendar">The working-day calendar the Deadlines module counts on.</param>
    /// <exception cref="ValidationException">The parameters are invalid (paths start with <c>versions[0]</c>).</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public SmartHaidianCalculator(SmartHaidianParameters parameters, IWorkingDayCalendar calendar)
        : this(new ParameterHistory<SmartHaidianParameters>(new[] { parameters ?? throw new ArgumentNullException(nameof(parameters)) }), calendar)
    {
    }

    /// <summary>A calculator with a parameter history (each check day uses the version in force on it) on a given calendar.</summary>
    /// <param name="history">Dated parameter versions.</param>
    /// <param name="calendar">The working-day calendar.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public SmartHaidianCalculator(ParameterHistory<SmartHaidianParameters> history, IWorkingDayCalendar calendar)
    {
        History = history ?? throw new ArgumentNullException(nameof(history));
        Calendar = calendar ?? throw new ArgumentNullException(nameof(calendar));
        deadlines = new DeadlineCalculator(calendar);
    }

    /// <summary>The parameter versions.</summary>
    public ParameterHistory<SmartHaidianParameters> History { get; }

    /// <summary>The working-day calendar the deadlines are counted on.</summary>
    public IWorkingDayCalendar Calendar { get; }

    /// <summary>The parameters in force on a day.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The version in force.</returns>
    /// <exception cref="NotInForceException">The day is before 2017-06-21.</exception>
    public SmartHaidianParameters ParametersFor(LocalDate date) => History.InForceOn(date);

    /// <summary>
    /// Checks a project's record (checks 1–31 of the module README): does it comply, what is due next and by when. In-force check
    /// first, then every input problem at once, then the checks; nothing is partially computed.
    /// </summary>
    /// <param name="project">The record.</param>
    /// <returns>The report: scope, status, findings, dated steps, the checks the emergency path replaces, and what is not computable.</returns>
    /// <exception cref="NotInForceException"><see cref="ProjectRecord.AsOf"/> is before 2017-06-21.</exception>
    /// <exception cref="ValidationException">Bad input (every problem with its path and code), or a working-day deadline needs a year
    /// with no holiday schedule loaded (<see cref="ErrorCode.NoSchedule"/>, with the trigger's path).</exception>
    /// <exception cref="ArgumentNullException"><paramref name="project"/> is null.</exception>
    public ComplianceReport CheckProject(ProjectRecord project)
    {
        if (project is null)
        {
            throw new ArgumentNullException(nameof(project));
        }

        var p = ParametersFor(project.AsOf);
        ValidateProject(project);
        var e = new Evaluation(this, p, project);
        if (project.ProjectType == ProjectType.OfficeHardwarePurchase)
        {
            e.Notes.Add("out of scope: 「不包括办公类硬件设备采购项目」 (" + Texts.Scope + "); nothing is checked");
            return e.Report("project", ProjectScope.OutOfScope);
        }

        RunProjectChecks(e);
        e.ThrowIfNoSchedule();
        return e.Report("project", project.SmartEducation ? ProjectScope.ByReference : ProjectScope.InScope);
    }

    /// <summary>
    /// Checks a year's draft construction list (checks 33–34): the planned special-fund projects fit the fund's size (「严格按照专项资金规模」,
    /// Σ ≤ size, R20) and there is at least one alternate (「适当数量的备选项目」, R20).
    /// </summary>
    /// <param name="list">The list, with the special fund's size (a caller input: the text gives no figure).</param>
    /// <returns>The report (no dated steps).</returns>
    /// <exception cref="NotInForceException">The list's year is before 2017.</exception>
    /// <exception cref="ValidationException">Bad input (every problem with its path and code).</exception>
    /// <exception cref="ArgumentNullException"><paramref name="list"/> is null.</exception>
    public ComplianceReport CheckDraftList(DraftList list)
    {
        if (list is null)
        {
            throw new ArgumentNullException(nameof(list));
        }

        var p = InForceForYear(list.Year);
        ValidateDraftList(list);
        var e = new Evaluation(this, p, null);
        DraftListChecks(e, list);
        return e.Report("draft list " + Texts.Int(list.Year), ProjectScope.InScope);
    }

    /// <summary>Checks a unit's top-level design (check 32): 「顶层设计的时间跨度应不少于三年」, calendar years with both ends included (R26).</summary>
    /// <param name="design">The first and last years covered.</param>
    /// <returns>The report (no dated steps).</returns>
    /// <exception cref="ValidationException">Bad input: a year outside 1–9999, or the last year before the first.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="design"/> is null.</exception>
    public ComplianceReport CheckTopLevelDesign(TopLevelDesign design)
    {
        if (design is null)
        {
            throw new ArgumentNullException(nameof(design));
        }

        var v = new Validator();
        YearInRange(v, "firstYear", design.FirstYear);
        YearInRange(v, "lastYear", design.LastYear);
        if (!v.HasErrors && design.LastYear < design.FirstYear)
        {
            v.Inconsistent("lastYear", "must not be before firstYear (" + Texts.Int(design.LastYear) + " < " + Texts.Int(design.FirstYear) + ")");
        }

        v.ThrowIfAny();
        var p = History.Versions[History.Versions.Count - 1];
        var e = new Evaluation(this, p, null);
        TopLevelDesignCheck(e, design);
        return e.Report("top-level design " + Texts.Int(design.FirstYear) + "–" + Texts.Int(design.LastYear), ProjectScope.InScope);
    }

    private SmartHaidianParameters InForceForYear(int year)
    {
        var first = History.InForceFrom;
        if (year < first.Year)
        {
            throw new NotInForceException(new LocalDate(Math.Max(1, Math.Min(9999, year)), 12, 31), first, SmartHaidianParameters.Document.WithArticle("第四十三条"));
        }

        return year > 9999 ? History.Versions[History.Versions.Count - 1] : History.InForceOn(new LocalDate(year, 12, 31) < first ? first : new LocalDate(year, 12, 31));
    }

    private static void YearInRange(Validator v, string path, int year)
    {
        if (year < 1 || year > 9999)
        {
            v.OutOfRange(path, "must be between 1 and 9999 (got " + Texts.Int(year) + ")");
        }
    }
}
