using System;
using System.Collections.Generic;
using System.Linq;
using Haidian.Rules.Deadlines;
using NodaTime;

namespace Haidian.Rules.FundFees;

/// <summary>
/// 海淀区建设发展基金 — the district construction and development fund of 海行规发〔2017〕8号: the management-fee cap for any period
/// (第十四条), the committee vote (第十三条、第二十条), project checks (第十六条), the fund's terms (第六、七、十二、十三、十四、十五、二十四条),
/// the year-end distribution (第二十四条) and the custody-report deadlines (第十五条（四）).
/// </summary>
/// <remarks>
/// <para>Immutable and thread-safe; a pure function of (parameters, input).</para>
/// <para>Before 2017-09-08 the repealed 海行规发〔2016〕6号 applied; it is not modelled, and a period or date before the first parameter
/// version is answered with a <see cref="NotInForceException"/> that names it.</para>
/// <para>Readings: the annual 2‰ is pro-rated by day, each day weighing 1/365 or 1/366 by its own year (Actual/Actual), rounded to the fen
/// once; what counts as 实际管理规模 (committed, paid-in or invested) is the caller's input; 「从基金收益中列支」 shares the 原则上 of its
/// sentence, so a fee larger than the period's returns is a departure.</para>
/// </remarks>
public sealed class DevelopmentFundCalculator
{
    private static readonly Citation NotInForcePolicy = DevelopmentFundParameters.Document.WithArticle("第三十六条（此前适用已废止的海行规发〔2016〕6号《海淀区建设发展基金管理办法（暂行）》，本库未建模）");

    /// <summary>A calculator with the gazette's parameters.</summary>
    public DevelopmentFundCalculator()
        : this(DevelopmentFundParameters.Gazette2017)
    {
    }

    /// <summary>A calculator with one parameter version.</summary>
    /// <param name="parameters">One parameter set, used for every period on or after its in-force date; validated here.</param>
    /// <exception cref="ValidationException">The parameters are invalid.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="parameters"/> is null.</exception>
    public DevelopmentFundCalculator(DevelopmentFundParameters parameters)
        : this(new ParameterHistory<DevelopmentFundParameters>(new[] { parameters ?? throw new ArgumentNullException(nameof(parameters)) }))
    {
    }

    /// <summary>A calculator with a parameter history: each day uses the version in force on it.</summary>
    /// <param name="history">Dated parameter versions; each period is computed with the version in force then.</param>
    /// <exception cref="ValidationException">A version is invalid; paths start with <c>versions[i]</c>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    public DevelopmentFundCalculator(ParameterHistory<DevelopmentFundParameters> history)
    {
        History = history ?? throw new ArgumentNullException(nameof(history));
    }

    /// <summary>The parameter versions.</summary>
    public ParameterHistory<DevelopmentFundParameters> History { get; }

    /// <summary>The parameters in force on a day.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The version in force.</returns>
    /// <exception cref="NotInForceException">The day is before 2017-09-08 (the repealed 2016 interim measures applied; not modelled).</exception>
    public DevelopmentFundParameters ParametersFor(LocalDate date)
    {
        if (!History.TryGetInForceOn(date, out var p))
        {
            throw new NotInForceException(date, History.InForceFrom, NotInForcePolicy);
        }

        return p;
    }

    /// <summary>
    /// 第十四条: the management-fee cap for a period — <c>Σ 2‰ × scale × days / daysInYear</c> over the stretches of constant scale within
    /// each calendar year, rounded once to the fen — and, when given, whether the proposed fee is within it (a departure above it, 原则上)
    /// and within the period's returns it is paid from.
    /// </summary>
    /// <param name="period">The period, the managed scale's dated changes, and optionally the proposed fee and the period's returns.</param>
    /// <returns>The cap with its stretches, lines and findings.</returns>
    /// <exception cref="ValidationException">Bad input (every problem with its field path).</exception>
    /// <exception cref="NotInForceException">The period starts before 2017-09-08.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    public FeeCapResult ManagementFeeCap(FeePeriod period)
    {
        if (period is null)
        {
            throw new ArgumentNullException(nameof(period));
        }

        var v = new Validator();
        FeeCapEngine.Validate(v, period, returnsAllowed: true);
        v.ThrowIfAny();
        var first = ParametersFor(period.Start);
        var (segments, exact) = FeeCapEngine.Compute(period, History, p => p.ManagementFeeAnnualRate);
        var cap = Money.RoundToFen(exact);
        var citation = DevelopmentFundParameters.Document.WithArticle("第十四条");
        var lines = FeeCapEngine.Lines(segments, exact, cap, "实际管理规模 actual managed scale", "at most " + Fmt.Num(first.ManagementFeeAnnualRate) + " (2‰) of actual managed scale per year, 原则上", citation);
        var findings = new FindingList(RuleCatalog.Development);
        bool? withinCap = null;
        decimal? excess = null;
        bool? withinReturns = null;
        if (period.ProposedFee is { } fee)
        {
            withinCap = fee <= cap;
            excess = Math.Max(0m, fee - cap);
            findings.Add("dev.managementFeeRate", citation, "annual management fee at most 2‰ of actual managed scale; cap for " + Fmt.Date(period.Start) + ".." + Fmt.Date(period.End) + " is " + Fmt.Yuan(cap),
                "proposed " + Fmt.Yuan(fee) + (withinCap.Value ? ", within the cap" : ", exceeds the cap by " + Fmt.Yuan(excess.Value)), withinCap);
            if (period.PeriodReturns is { } returns)
            {
                withinReturns = fee <= returns;
                findings.Add("dev.feeFromReturns", citation, "the fee is paid out of the fund's returns (从基金收益中列支)",
                    "proposed " + Fmt.Yuan(fee) + ", returns for the period " + Fmt.Yuan(returns) + (withinReturns.Value ? "" : ": the returns do not cover the fee"), withinReturns);
            }
        }

        return new FeeCapResult(FundFee.DevelopmentFundManagementFee, period.Start, period.End, Period.DaysBetween(period.Start, period.End) + 1,
            segments, cap, period.ProposedFee, withinCap, excess, period.PeriodReturns, withinReturns, findings.Items.ToArray(), lines, Provenance.Of(first));
    }

    /// <summary>
    /// 第二十条: whether a project passes the investment committee — at least three-fifths of the members in favour (五分之三以上,
    /// inclusive: <c>5 × yes ≥ 3 × members</c>, exact) — and 第十三条: the committee's size and make-up (departures when off).
    /// </summary>
    /// <param name="vote">The vote.</param>
    /// <param name="date">The day of the vote.</param>
    /// <returns>The outcome with the arithmetic.</returns>
    /// <exception cref="ValidationException">Bad input.</exception>
    /// <exception cref="NotInForceException">The day is before 2017-09-08.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="vote"/> is null.</exception>
    public CommitteeVoteResult Vote(CommitteeVote vote, LocalDate date)
    {
        if (vote is null)
        {
            throw new ArgumentNullException(nameof(vote));
        }

        var v = new Validator();
        CheckVote(v, string.Empty, vote);
        v.ThrowIfAny();
        var p = ParametersFor(date);
        var findings = new FindingList(RuleCatalog.Development);
        var result = VoteCore(p, vote, findings);
        return result with { Findings = findings.Items.ToArray() };
    }

    /// <summary>第十六条: a project's investment conditions — external expert review and committee approval (violations without them), and in
    /// principle the fund's direction, complete formalities and the return requirement (departures) — plus the committee checks of the vote.</summary>
    /// <param name="project">The project.</param>
    /// <param name="date">The day of the decision.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ValidationException">Bad input.</exception>
    /// <exception cref="NotInForceException">The day is before 2017-09-08.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="project"/> is null.</exception>
    public ComplianceReport CheckInvestment(ProjectInvestment project, LocalDate date)
    {
        if (project is null)
        {
            throw new ArgumentNullException(nameof(project));
        }

        var v = new Validator();
        v.RequiredText("name", project.Name);
        if (v.Required("vote", project.Vote))
        {
            CheckVote(v, "vote", project.Vote);
        }

        RuleCatalog.CheckDecisions(v, "decisions", project.Decisions, RuleCatalog.Development);
        v.ThrowIfAny();
        var p = ParametersFor(date);
        var c = DevelopmentFundParameters.Document;
        var f = new FindingList(RuleCatalog.Development, project.Decisions);
        f.Add("dev.investment.expertReview", c.WithArticle("第十六条"), "reviewed by external experts (外部专家论证)", project.ExternalExpertReview ? "reviewed" : "not reviewed", project.ExternalExpertReview);
        var vote = VoteCore(p, project.Vote, null);
        f.Add("dev.investment.committeeApproval", c.WithArticle("第十六条、第二十条"), "approved by the investment committee: at least " + Fmt.Int(vote.RequiredInFavour) + " of " + Fmt.Int(vote.Members) + " in favour (五分之三以上)",
            Fmt.Int(vote.InFavour) + " in favour", vote.Passes);
        AddCommitteeFindings(p, f, project.Vote.Members, project.Vote.Composition);
        f.Add("dev.investment.direction", c.WithArticle("第十六条"), "in principle fits the fund's direction (符合发展基金支持方向)", Observe(project.FitsFundDirection), project.FitsFundDirection);
        f.Add("dev.investment.formalities", c.WithArticle("第十六条"), "in principle can obtain complete legal formalities (能够取得合法完备的手续)", Observe(project.CanObtainFormalities), project.CanObtainFormalities);
        f.Add("dev.investment.returnRequirement", c.WithArticle("第十六条"), "in principle meets the fund's return requirement (满足发展基金对投资收益的要求)", Observe(project.MeetsReturnRequirement), project.MeetsReturnRequirement);
        return f.Report(project.Name, date, Provenance.Of(p));
    }

    /// <summary>Checks the fund's terms against every limit of 海行规发〔2017〕8号 and reports each finding with its severity.</summary>
    /// <param name="terms">The terms.</param>
    /// <returns>The report; <see cref="ComplianceVerdict.Compliant"/> only when no violation or departure stands and every rule was checked.</returns>
    /// <exception cref="ValidationException">Bad input.</exception>
    /// <exception cref="NotInForceException"><see cref="DevelopmentFundTerms.AsOf"/> is before 2017-09-08.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="terms"/> is null.</exception>
    public ComplianceReport CheckTerms(DevelopmentFundTerms terms)
    {
        if (terms is null)
        {
            throw new ArgumentNullException(nameof(terms));
        }

        var v = new Validator();
        v.RequiredText("name", terms.Name);
        v.InRange("termYears", terms.TermYears, 0m, 100m);
        v.InRange("managerRegisteredCapital", terms.ManagerRegisteredCapital, 0m, FundLimits.MaximumAmount);
        if (terms.Committee is { } cc)
        {
            CheckComposition(v, "committee", cc);
        }

        if (terms.AnnualManagementFeeRate is { } rate)
        {
            v.InRange("annualManagementFeeRate", rate, 0m, 1m);
        }

        RuleCatalog.CheckDecisions(v, "decisions", terms.Decisions, RuleCatalog.Development);
        v.ThrowIfAny();
        var p = ParametersFor(terms.AsOf);
        var c = DevelopmentFundParameters.Document;
        var f = new FindingList(RuleCatalog.Development, terms.Decisions);
        f.Add("dev.limitedPartnership", c.WithArticle("第六条"), "a limited partnership (有限合伙制)", terms.LimitedPartnership ? "limited partnership" : "not a limited partnership", terms.LimitedPartnership);
        f.Add("dev.term", c.WithArticle("第七条"), "term in principle at least " + Fmt.Num(p.MinimumTermYears) + " years (不少于)", Fmt.Num(terms.TermYears) + " years", terms.TermYears >= p.MinimumTermYears);
        f.Add("dev.managerCapital", c.WithArticle("第十二条"), "manager's registered capital at least " + Fmt.Yuan(p.MinimumManagerRegisteredCapital) + " (不少于3000万元)", Fmt.Yuan(terms.ManagerRegisteredCapital), terms.ManagerRegisteredCapital >= p.MinimumManagerRegisteredCapital);
        f.Add("dev.managerAmacRequirements", c.WithArticle("第十二条"), "manager meets the Asset Management Association of China filing requirements", terms.ManagerMeetsAmacRequirements ? "meets them" : "does not meet them", terms.ManagerMeetsAmacRequirements);
        f.Add("dev.managerFiling", c.WithArticle("第十二条"), "manager can complete the filing as required (能按规定完成备案)", Observe(terms.ManagerFilingCompleted), terms.ManagerFilingCompleted);
        if (terms.Committee is { } committee)
        {
            var members = committee.FromManager + committee.FromStateAssetsCentre + committee.Experts + committee.Others;
            AddCommitteeFindings(p, f, members, committee);
        }
        else
        {
            f.Add("dev.committeeSize", c.WithArticle("第十三条"), "committee of " + Fmt.Int(p.CommitteeMembers) + " members in principle", "not given", null);
            f.Add("dev.committeeComposition", c.WithArticle("第十三条"), CompositionText(p), "not given", null);
        }

        f.Add("dev.managementFeeRate", c.WithArticle("第十四条"), "annual management fee in principle at most " + Fmt.Num(p.ManagementFeeAnnualRate) + " (2‰) of actual managed scale",
            terms.AnnualManagementFeeRate is { } r ? Fmt.Num(r) : "not given", terms.AnnualManagementFeeRate is { } r2 ? r2 <= p.ManagementFeeAnnualRate : null);
        f.Add("dev.custodianQualified", c.WithArticle("第十五条"), "custodian bank qualified for custody business (具备托管业务资格)", Observe(terms.CustodianHasCustodyQualification), terms.CustodianHasCustodyQualification);
        f.Add("dev.centreReturnsReinvested", c.WithArticle("第二十四条"), "the district centre's share of returns in principle reinvested in the fund", Observe(terms.CentreReturnsReinvested), terms.CentreReturnsReinvested);
        return f.Report(terms.Name, terms.AsOf, Provenance.Of(p));
    }

    /// <summary>
    /// 第二十四条: the year-end distribution of returns by paid-in capital ratio, split conservatively to the fen (the shares add up to the
    /// returns exactly); the district centre's share is noted as in principle reinvested.
    /// </summary>
    /// <param name="distribution">The year, the returns and each partner's paid-in capital.</param>
    /// <returns>The distribution.</returns>
    /// <exception cref="ValidationException">Bad input.</exception>
    /// <exception cref="NotInForceException">The year ends before 2017-09-08.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="distribution"/> is null.</exception>
    public DistributionResult DistributeYearEnd(YearEndDistribution distribution)
    {
        if (distribution is null)
        {
            throw new ArgumentNullException(nameof(distribution));
        }

        var v = new Validator();
        if (distribution.Year < 1 || distribution.Year > 9998)
        {
            v.Add("year", ErrorCode.OutOfRange, "must be between 1 and 9998");
        }

        CheckWholeFen(v, "returns", distribution.Returns);
        CheckStakes(v, "partners", distribution.Partners);
        v.ThrowIfAny();
        var yearEnd = new LocalDate(distribution.Year, 12, 31);
        var p = ParametersFor(yearEnd);
        var weights = distribution.Partners.Select(s => s.Amount).ToArray();
        var amounts = Money.SplitProRata(distribution.Returns, weights);
        var total = weights.Sum();
        var citation = DevelopmentFundParameters.Document.WithArticle("第二十四条");
        var shares = new List<DistributionShare>();
        var lines = new List<LineItem>();
        for (var i = 0; i < amounts.Length; i++)
        {
            var s = distribution.Partners[i];
            var note = s.IsDistrictCentre ? "区国投中心出资部分享有的收益原则上继续用于基金投资 — in principle reinvested in the fund (第二十四条)" : null;
            shares.Add(new DistributionShare(s.Name, s.Amount, amounts[i], note));
            lines.Add(new LineItem(s.Name + ": paid-in " + Fmt.Yuan(s.Amount), "year-end distribution by paid-in capital ratio (按实缴出资比例)",
                Fmt.Yuan(distribution.Returns) + " × " + Fmt.Yuan(s.Amount) + " / " + Fmt.Yuan(total) + " → " + Fmt.Yuan(amounts[i]) + " (conservative fen split)", amounts[i], citation));
        }

        var notes = new List<string> { "Shares are truncated to the fen; leftover fen go to the largest remainders, ties to the partner listed first; they add up to " + Fmt.Yuan(distribution.Returns) + "." };
        return new DistributionResult(distribution.Returns, shares, notes, lines, Provenance.Of(p));
    }

    /// <summary>
    /// 第十五条（四）: the quarterly custody-report deadline on the official PRC working-day calendar
    /// (<see cref="WorkingDayCalendar.Official"/>, the State Council holiday notices 2017–2026 shipped with the package).
    /// </summary>
    /// <param name="year">The year of the quarter in which the report is due.</param>
    /// <param name="quarter">The quarter (1–4) in which the report is due.</param>
    /// <returns>The deadline with the working days counted.</returns>
    /// <exception cref="ValidationException">Bad input, or no holiday schedule is loaded for the year (never a weekends-only guess).</exception>
    /// <exception cref="NotInForceException">The quarter starts before 2017-09-08.</exception>
    public CustodyReportDeadline QuarterlyCustodyReportDeadline(int year, int quarter) =>
        QuarterlyCustodyReportDeadline(year, quarter, WorkingDayCalendar.Official);

    /// <summary>
    /// 第十五条（四）: the annual custody-report deadline (31 January), checked against the official PRC working-day calendar
    /// (<see cref="WorkingDayCalendar.Official"/>).
    /// </summary>
    /// <param name="year">The accounting year in whose first month the report is due.</param>
    /// <returns>The deadline.</returns>
    /// <exception cref="ValidationException">Bad input, or no holiday schedule is loaded for the year.</exception>
    /// <exception cref="NotInForceException">31 January of the year is before 2017-09-08.</exception>
    public CustodyReportDeadline AnnualCustodyReportDeadline(int year) =>
        AnnualCustodyReportDeadline(year, WorkingDayCalendar.Official);

    /// <summary>
    /// 第十五条（四）: the last day for the quarterly custody report due in a quarter (covering the previous quarter): the
    /// <see cref="DevelopmentFundParameters.QuarterlyReportWorkingDays"/>-th working day counted from the quarter's first day, by the calendar given.
    /// </summary>
    /// <param name="year">The year of the quarter in which the report is due.</param>
    /// <param name="quarter">The quarter (1–4) in which the report is due.</param>
    /// <param name="calendar">The working-day calendar (the official PRC calendar, or another the caller names); never assumed.</param>
    /// <returns>The deadline with the working days counted.</returns>
    /// <exception cref="ValidationException">Bad input, or the calendar has no schedule for the year (from the calendar).</exception>
    /// <exception cref="NotInForceException">The quarter starts before 2017-09-08.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    public CustodyReportDeadline QuarterlyCustodyReportDeadline(int year, int quarter, IWorkingDayCalendar calendar)
    {
        if (calendar is null)
        {
            throw new ArgumentNullException(nameof(calendar));
        }

        var v = new Validator();
        if (year < 2 || year > 9998)
        {
            v.Add("year", ErrorCode.OutOfRange, "must be between 2 and 9998");
        }

        if (quarter < 1 || quarter > 4)
        {
            v.Add("quarter", ErrorCode.OutOfRange, "must be between 1 and 4");
        }

        v.ThrowIfAny();
        var start = new LocalDate(year, ((quarter - 1) * 3) + 1, 1);
        var p = ParametersFor(start);
        var counted = new List<LocalDate>();
        var day = start;
        var skipped = 0;
        while (counted.Count < p.QuarterlyReportWorkingDays)
        {
            if (IsWorkingDay(calendar, day))
            {
                counted.Add(day);
            }
            else
            {
                skipped++;
            }

            if (skipped > 200)
            {
                v.Add("calendar", ErrorCode.InvalidValue, "'" + calendar.Name + "' has fewer than " + Fmt.Int(p.QuarterlyReportWorkingDays) + " working days in the 200 days from " + Fmt.Date(start));
                v.ThrowIfAny();
            }

            day = day.PlusDays(1);
        }

        var covers = quarter == 1 ? Fmt.Int(year - 1) + "-Q4" : Fmt.Int(year) + "-Q" + Fmt.Int(quarter - 1);
        var arithmetic = "working days from " + Fmt.Date(start) + ": " + string.Join(", ", counted.Select(d => d.ToString("MM-dd", System.Globalization.CultureInfo.InvariantCulture)))
            + " → the " + Fmt.Int(p.QuarterlyReportWorkingDays) + "th is " + Fmt.Date(counted[counted.Count - 1]) + " (" + Fmt.Int(skipped) + " rest days skipped)";
        return new CustodyReportDeadline(CustodyReportKind.Quarterly, covers, counted[counted.Count - 1], false, calendar.Name, arithmetic,
            DevelopmentFundParameters.Document.WithArticle("第十五条（四）"));
    }

    /// <summary>
    /// 第十五条（四）: the last day for the annual custody report covering the previous year — 「每个会计年度第一个月内」, 31 January. A fixed
    /// date, not a period: not moved off a rest day unless <see cref="DevelopmentFundParameters.MoveAnnualReportDeadlineOffRestDay"/> is set;
    /// the result says when it falls on a rest day.
    /// </summary>
    /// <param name="year">The accounting year in whose first month the report is due.</param>
    /// <param name="calendar">The working-day calendar.</param>
    /// <returns>The deadline.</returns>
    /// <exception cref="ValidationException">Bad input, or the calendar has no schedule for the year.</exception>
    /// <exception cref="NotInForceException">31 January of the year is before 2017-09-08.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    public CustodyReportDeadline AnnualCustodyReportDeadline(int year, IWorkingDayCalendar calendar)
    {
        if (calendar is null)
        {
            throw new ArgumentNullException(nameof(calendar));
        }

        var v = new Validator();
        if (year < 2 || year > 9998)
        {
            v.Add("year", ErrorCode.OutOfRange, "must be between 2 and 9998");
        }

        v.ThrowIfAny();
        var fixedDay = new LocalDate(year, 1, 31);
        var p = ParametersFor(new LocalDate(year, 1, 1) < History.InForceFrom ? fixedDay : new LocalDate(year, 1, 1));
        var rest = !IsWorkingDay(calendar, fixedDay);
        var last = fixedDay;
        string arithmetic;
        if (!rest)
        {
            arithmetic = "第一个月内 → the month's last day, " + Fmt.Date(fixedDay) + ", a working day";
        }
        else if (!p.MoveAnnualReportDeadlineOffRestDay)
        {
            arithmetic = "第一个月内 → the month's last day, " + Fmt.Date(fixedDay) + "; it is a rest day, and a fixed date is not moved (moveAnnualReportDeadlineOffRestDay = false)";
        }
        else
        {
            var skipped = 0;
            while (!IsWorkingDay(calendar, last))
            {
                last = last.PlusDays(1);
                if (++skipped > 60)
                {
                    v.Add("calendar", ErrorCode.InvalidValue, "'" + calendar.Name + "' has no working day in the 60 days after " + Fmt.Date(fixedDay));
                    v.ThrowIfAny();
                }
            }

            arithmetic = "第一个月内 → " + Fmt.Date(fixedDay) + ", a rest day, moved to the next working day " + Fmt.Date(last) + " (moveAnnualReportDeadlineOffRestDay = true)";
        }

        return new CustodyReportDeadline(CustodyReportKind.Annual, Fmt.Int(year - 1), last, rest, calendar.Name, arithmetic,
            DevelopmentFundParameters.Document.WithArticle("第十五条（四）"));
    }

    /// <summary>
    /// Asks the calendar about a day; a calendar's own problem (no holiday schedule loaded for the year, reported on its
    /// <c>date</c>) is reported on <c>year</c>, the caller's field, so the path names something in the caller's input.
    /// </summary>
    private static bool IsWorkingDay(IWorkingDayCalendar calendar, LocalDate day)
    {
        try
        {
            return calendar.IsWorkingDay(day);
        }
        catch (ValidationException ex)
        {
            throw new ValidationException(ex.Errors.Select(e => e.Path == "date" ? e with { Path = "year" } : e).ToArray());
        }
    }

    private static string Observe(bool? fact) => fact is null ? "not given" : fact.Value ? "yes" : "no";

    private static string CompositionText(DevelopmentFundParameters p) =>
        "in principle " + Fmt.Int(p.CommitteeFromManager) + " from the manager, " + Fmt.Int(p.CommitteeFromStateAssetsCentre) + " from 区国投中心, " + Fmt.Int(p.CommitteeExperts) + " expert(s)";

    private static void AddCommitteeFindings(DevelopmentFundParameters p, FindingList f, int members, CommitteeComposition? composition)
    {
        var c = DevelopmentFundParameters.Document.WithArticle("第十三条");
        f.Add("dev.committeeSize", c, "committee of " + Fmt.Int(p.CommitteeMembers) + " members in principle", Fmt.Int(members) + " members", members == p.CommitteeMembers);
        if (composition is null)
        {
            f.Add("dev.committeeComposition", c, CompositionText(p), "not given", null);
            return;
        }

        var ok = composition.FromManager == p.CommitteeFromManager && composition.FromStateAssetsCentre == p.CommitteeFromStateAssetsCentre
            && composition.Experts == p.CommitteeExperts && composition.Others == 0;
        f.Add("dev.committeeComposition", c, CompositionText(p),
            Fmt.Int(composition.FromManager) + " from the manager, " + Fmt.Int(composition.FromStateAssetsCentre) + " from 区国投中心, " + Fmt.Int(composition.Experts) + " expert(s), " + Fmt.Int(composition.Others) + " other(s)", ok);
    }

    private static CommitteeVoteResult VoteCore(DevelopmentFundParameters p, CommitteeVote vote, FindingList? findings)
    {
        var num = p.CommitteePassNumerator;
        var den = p.CommitteePassDenominator;
        var required = ((num * vote.Members) + den - 1) / den;
        var passes = (long)den * vote.InFavour >= (long)num * vote.Members;
        var citation = DevelopmentFundParameters.Document.WithArticle("第二十条");
        var line = new LineItem(
            Fmt.Int(vote.InFavour) + " of " + Fmt.Int(vote.Members) + " members in favour",
            "passes with at least " + Fmt.Int(num) + "/" + Fmt.Int(den) + " of the members in favour (五分之三以上, inclusive)",
            Fmt.Int(den) + " × " + Fmt.Int(vote.InFavour) + " = " + Fmt.Int(den * vote.InFavour) + (passes ? " ≥ " : " < ") + Fmt.Int(num) + " × " + Fmt.Int(vote.Members) + " = " + Fmt.Int(num * vote.Members) + (passes ? " → passes" : " → fails"),
            vote.InFavour,
            citation);
        if (findings is not null)
        {
            AddCommitteeFindings(p, findings, vote.Members, vote.Composition);
        }

        return new CommitteeVoteResult(vote.Members, vote.InFavour, required, passes, Array.Empty<Finding>(), new[] { line });
    }

    private static void CheckVote(Validator v, string path, CommitteeVote vote)
    {
        var members = Validator.Field(path, "members");
        if (vote.Members < 1 || vote.Members > 1000)
        {
            v.Add(members, ErrorCode.OutOfRange, "must be between 1 and 1000");
        }

        if (vote.InFavour < 0 || vote.InFavour > vote.Members)
        {
            v.Add(Validator.Field(path, "inFavour"), ErrorCode.OutOfRange, "must be between 0 and members (" + Fmt.Int(vote.Members) + ")");
        }

        if (vote.Composition is { } c)
        {
            var cp = Validator.Field(path, "composition");
            CheckComposition(v, cp, c);
            var total = (long)c.FromManager + c.FromStateAssetsCentre + c.Experts + c.Others;
            if (total != vote.Members)
            {
                v.Add(cp, ErrorCode.Inconsistent, "adds up to " + total.ToString(System.Globalization.CultureInfo.InvariantCulture) + " members, not " + Fmt.Int(vote.Members));
            }
        }
    }

    private static void CheckComposition(Validator v, string path, CommitteeComposition c)
    {
        foreach (var (name, n) in new[] { ("fromManager", c.FromManager), ("fromStateAssetsCentre", c.FromStateAssetsCentre), ("experts", c.Experts), ("others", c.Others) })
        {
            if (n < 0 || n > 1000)
            {
                v.Add(Validator.Field(path, name), ErrorCode.OutOfRange, "must be between 0 and 1000");
            }
        }

        // Summed as long: four ints from the caller may exceed int's range before they are rejected.
        if ((long)c.FromManager + c.FromStateAssetsCentre + c.Experts + c.Others < 1)
        {
            v.Add(path, ErrorCode.InvalidValue, "must have at least one member");
        }
    }

    internal static void CheckWholeFen(Validator v, string path, decimal amount)
    {
        if (v.NotNegative(path, amount))
        {
            if (amount > FundLimits.MaximumAmount)
            {
                v.Add(path, ErrorCode.OutOfRange, "must not exceed " + Fmt.Yuan(FundLimits.MaximumAmount) + " yuan");
            }
            else if (!Money.IsWholeFen(amount))
            {
                v.Add(path, ErrorCode.InvalidValue, "must be a whole number of fen (at most two decimals), got " + Fmt.Num(amount));
            }
        }
    }

    internal static void CheckStakes(Validator v, string path, IReadOnlyList<PartnerStake>? stakes, bool allowEmpty = false, bool wholeFen = false)
    {
        if (!v.Required(path, stakes))
        {
            return;
        }

        if (stakes!.Count == 0 && !allowEmpty)
        {
            v.Add(path, ErrorCode.Required, "must contain at least one partner");
        }

        var anyPositive = false;
        for (var i = 0; i < stakes.Count; i++)
        {
            var p = Validator.Index(path, i);
            var s = stakes[i];
            if (!v.Required(p, s))
            {
                continue;
            }

            v.RequiredText(Validator.Field(p, "name"), s.Name);
            if (v.NotNegative(Validator.Field(p, "amount"), s.Amount))
            {
                if (s.Amount > FundLimits.MaximumAmount)
                {
                    v.Add(Validator.Field(p, "amount"), ErrorCode.OutOfRange, "must not exceed " + Fmt.Yuan(FundLimits.MaximumAmount) + " yuan");
                }
                else if (wholeFen && !Money.IsWholeFen(s.Amount))
                {
                    v.Add(Validator.Field(p, "amount"), ErrorCode.InvalidValue, "must be a whole number of fen (at most two decimals), got " + Fmt.Num(s.Amount));
                }
                else
                {
                    anyPositive |= s.Amount > 0m;
                }
            }
        }

        // An empty list is either reported above (so HasErrors) or allowed: no count test is needed here.
        if (!anyPositive && !allowEmpty && !v.HasErrors)
        {
            v.Add(path, ErrorCode.InvalidValue, "must contain at least one positive amount");
        }
    }
}
