using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace Haidian.Rules.FundFees;

/// <summary>
/// 海淀区文化创意产业投资引导基金 — the cultural and creative industry guide fund of 海政办发〔2017〕34号: the trustee-fee cap (第十六条) and
/// the participating-fund manager-fee cap (第二十一条) for any period; a participating fund's terms against every limit; the manager
/// (第二十二条) and custodian bank (第二十条); prohibited business (第二十四条); exit without consent (第三十条); liquidation (第二十六条、第二十九条);
/// carried interest (第二十七条) with the most that may be awarded now; actual capital calls against the tranche schedule and the share rules on
/// paid-in amounts (第七条); the 让利 concession (第二十八条) and a buy-back after a breach (第三十三条).
/// </summary>
/// <remarks>
/// <para>Immutable and thread-safe; a pure function of (parameters, input).</para>
/// <para>The gazette prints no date for this notice; the default in-force date is 2017-09-17 (a parameter). Dates before it are answered
/// with <see cref="NotInForceException"/>; event dates before it in an exit assessment are flagged.</para>
/// <para>Readings: the 25% share and the not-the-largest rule are checked on subscribed amounts and, when capital calls are given, on paid-in
/// amounts after each call (spec 07 F-c); a tie with the
/// largest other contributor counts as being the largest (「不能成为出资最多的一方」); the 10,000,000 minimum applies to each contributor other
/// than the manager and the guide fund itself; the 3–15 count covers contributors other than government (the manager included); in a
/// bankruptcy liquidation 「首先清偿参股基金」 is read as the guide fund's priority (as in 国办发〔2008〕116号), flagged in the result.</para>
/// </remarks>
public sealed partial class GuideFundCalculator
{
    private const string Guide = "引导基金";

    /// <summary>A calculator with the gazette's parameters.</summary>
    public GuideFundCalculator()
        : this(GuideFundParameters.Gazette2017)
    {
    }

    /// <summary>A calculator with one parameter version.</summary>
    /// <param name="parameters">One parameter set, used for every period on or after its in-force date; validated here.</param>
    /// <exception cref="ValidationException">The parameters are invalid.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="parameters"/> is null.</exception>
    public GuideFundCalculator(GuideFundParameters parameters)
        : this(new ParameterHistory<GuideFundParameters>(new[] { parameters ?? throw new ArgumentNullException(nameof(parameters)) }))
    {
    }

    /// <summary>A calculator with a parameter history: each day uses the version in force on it.</summary>
    /// <param name="history">Dated parameter versions; each period is computed with the version in force then.</param>
    /// <exception cref="ValidationException">A version is invalid; paths start with <c>versions[i]</c>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    public GuideFundCalculator(ParameterHistory<GuideFundParameters> history)
    {
        History = history ?? throw new ArgumentNullException(nameof(history));
    }

    /// <summary>The parameter versions.</summary>
    public ParameterHistory<GuideFundParameters> History { get; }

    /// <summary>The parameters in force on a day.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The version in force.</returns>
    /// <exception cref="NotInForceException">The day is before the document was in force (2017-09-17 by default).</exception>
    public GuideFundParameters ParametersFor(LocalDate date) => History.InForceOn(date);

    /// <summary>
    /// 第十六条: the trustee's (受托管理机构) fee cap for a period — <c>Σ 0.5% × paid-in × days / daysInYear</c>, rounded once to the fen —
    /// and whether a proposed fee is within it (stated outright: a violation above it).
    /// </summary>
    /// <param name="period">The period and the guide fund's paid-in capital (实缴出资额) as dated changes; optionally the proposed fee.</param>
    /// <returns>The cap.</returns>
    /// <exception cref="ValidationException">Bad input (including <see cref="FeePeriod.PeriodReturns"/>, which applies to the development fund only).</exception>
    /// <exception cref="NotInForceException">The period starts before the document was in force.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    public FeeCapResult TrusteeFeeCap(FeePeriod period) =>
        FeeCap(period, FundFee.GuideFundTrusteeFee, p => p.TrusteeFeeAnnualRate, "第十六条", "guide.trusteeFee", "实缴出资额 guide fund paid-in capital", "at most 0.5% of the guide fund's paid-in capital per year (stated outright)");

    /// <summary>
    /// 第二十一条: the participating fund manager's fee cap for a period — <c>Σ 2% × actual contributions × days / daysInYear</c>, rounded once —
    /// and whether a proposed fee is within it (原则上: a departure above it).
    /// </summary>
    /// <param name="period">The period and the fund's actual contributions (实际出资额) as dated changes; optionally the proposed fee.</param>
    /// <returns>The cap.</returns>
    /// <exception cref="ValidationException">Bad input.</exception>
    /// <exception cref="NotInForceException">The period starts before the document was in force.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    public FeeCapResult ManagerFeeCap(FeePeriod period) =>
        FeeCap(period, FundFee.ParticipatingFundManagerFee, p => p.ManagerFeeAnnualRate, "第二十一条", "guide.managerFeeRate", "实际出资额 actual contributions", "in principle at most 2% of actual contributions per year");

    /// <summary>
    /// 第七条: the guide fund's tranche schedule — 1.2亿元 in 5 tranches of 2400万元, one a year from 2016 to 2020 — with each tranche flagged
    /// when it falls before the document was in force (reported as such, never treated as governed by it).
    /// </summary>
    /// <returns>The tranches, earliest first, from the latest parameter version.</returns>
    public IReadOnlyList<GuideFundTranche> Tranches()
    {
        var p = History.Versions[History.Versions.Count - 1];
        var inForce = History.InForceFrom;
        var c = GuideFundParameters.Document.WithArticle("第七条");
        var list = new List<GuideFundTranche>(p.TrancheCount);
        for (var i = 0; i < p.TrancheCount; i++)
        {
            var year = p.FirstTrancheYear + i;
            var before = year < inForce.Year;
            var note = before ? "the whole year is before this document was in force (" + Fmt.Date(inForce) + ")"
                : year == inForce.Year ? "a payment before " + Fmt.Date(inForce) + " predates this document" : null;
            list.Add(new GuideFundTranche(i + 1, year, p.TrancheAmount, before, note, c));
        }

        return list;
    }

    /// <summary>第七条: the guide fund's share (at most 25%, inclusive) and the not-the-largest-contributor rule (a tie counts as the largest).</summary>
    /// <param name="guideSubscribed">The guide fund's subscribed contribution, yuan.</param>
    /// <param name="contributors">Every other contributor.</param>
    /// <param name="asOf">The day of the check.</param>
    /// <returns>The report (two findings).</returns>
    /// <exception cref="ValidationException">Bad input.</exception>
    /// <exception cref="NotInForceException"><paramref name="asOf"/> is before the document was in force.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="contributors"/> is null.</exception>
    public ComplianceReport CheckShare(decimal guideSubscribed, IReadOnlyList<Contributor> contributors, LocalDate asOf)
    {
        if (contributors is null)
        {
            throw new ArgumentNullException(nameof(contributors));
        }

        var v = new Validator();
        CheckAmount(v, "guideSubscribed", guideSubscribed);
        CheckContributors(v, "contributors", contributors);
        v.ThrowIfAny();
        var p = ParametersFor(asOf);
        var f = new FindingList(RuleCatalog.Guide);
        AddShare(p, f, guideSubscribed, contributors);
        return f.Report(Guide + " share", asOf, Provenance.Of(p));
    }

    /// <summary>第十条: the term — in principle at most 8 years (a departure above it without an extension), never more than 10 in total (a violation).</summary>
    /// <param name="termYears">The total term, years.</param>
    /// <param name="extended">Whether the term was extended by the fund's procedure.</param>
    /// <param name="asOf">The day of the check.</param>
    /// <returns>The report (two findings).</returns>
    /// <exception cref="ValidationException">Bad input.</exception>
    /// <exception cref="NotInForceException"><paramref name="asOf"/> is before the document was in force.</exception>
    public ComplianceReport CheckTerm(decimal termYears, bool extended, LocalDate asOf)
    {
        var v = new Validator();
        v.InRange("termYears", termYears, 0m, 100m);
        v.ThrowIfAny();
        var p = ParametersFor(asOf);
        var f = new FindingList(RuleCatalog.Guide);
        AddTerm(p, f, termYears, extended);
        return f.Report("participating fund term", asOf, Provenance.Of(p));
    }

    /// <summary>Checks a participating fund's terms against every limit of 海政办发〔2017〕34号 and reports each finding with its severity.</summary>
    /// <param name="terms">The terms.</param>
    /// <returns>The report; <see cref="ComplianceVerdict.Compliant"/> only when no violation or departure stands and every rule was checked.</returns>
    /// <exception cref="ValidationException">Bad input.</exception>
    /// <exception cref="NotInForceException"><see cref="ParticipatingFundTerms.AsOf"/> is before the document was in force.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="terms"/> is null.</exception>
    public ComplianceReport CheckParticipatingFund(ParticipatingFundTerms terms)
    {
        if (terms is null)
        {
            throw new ArgumentNullException(nameof(terms));
        }

        var v = new Validator();
        v.RequiredText("name", terms.Name);
        CheckAmount(v, "guideSubscribed", terms.GuideSubscribed);
        CheckContributors(v, "contributors", terms.Contributors);
        v.InRange("termYears", terms.TermYears, 0m, 100m);
        if (terms.HaidianCulturalInvestment is { } hc)
        {
            CheckAmount(v, "haidianCulturalInvestment", hc);
        }

        if (terms.Manager is { } m)
        {
            CheckManagerInput(v, "manager", m);
        }

        if (terms.CapitalCalls is { } calls)
        {
            CheckCalls(v, "capitalCalls", calls, terms.GuideSubscribed, terms.Contributors, terms.AsOf);
        }

        if (terms.AnnualManagerFeeRate is { } fr)
        {
            v.InRange("annualManagerFeeRate", fr, 0m, 1m);
        }

        if (terms.CarryShare is { } cs)
        {
            v.InRange("carryShare", cs, 0m, 1m);
        }

        if (terms.ReviewCommitteeMembers is { } rc && (rc < 1 || rc > 1000))
        {
            v.Add("reviewCommitteeMembers", ErrorCode.OutOfRange, "must be between 1 and 1000");
        }

        if (terms.PublicNoticeDays is { } nd && (nd < 0 || nd > 366))
        {
            v.Add("publicNoticeDays", ErrorCode.OutOfRange, "must be between 0 and 366");
        }

        RuleCatalog.CheckDecisions(v, "decisions", terms.Decisions, RuleCatalog.Guide);
        v.ThrowIfAny();
        var p = ParametersFor(terms.AsOf);
        var c = GuideFundParameters.Document;
        var f = new FindingList(RuleCatalog.Guide, terms.Decisions);
        var total = terms.GuideSubscribed + terms.Contributors.Sum(x => x.Subscribed);
        AddShare(p, f, terms.GuideSubscribed, terms.Contributors);
        if (terms.CapitalCalls is { } called)
        {
            AddCalls(p, f, called, terms.Contributors);
        }

        f.Add("guide.registeredInHaidian", c.WithArticle("第十条"), "in principle registered and taxed in Haidian (原则上在海淀区进行工商注册和税务登记)", Observe(terms.RegisteredAndTaxedInHaidian), terms.RegisteredAndTaxedInHaidian);
        AddTerm(p, f, terms.TermYears, terms.Extended);
        f.Add("guide.haidianInvestment", c.WithArticle("第十一条"), "at least " + Fmt.Percent(p.MinimumHaidianInvestmentShare) + " of the fund total (" + Fmt.Yuan(total) + ") in cultural-creative enterprises registered and taxed in Haidian (不低于)",
            terms.HaidianCulturalInvestment is { } h ? Fmt.Yuan(h) + (total > 0m ? " (" + Fmt.Percent(Math.Round(h / total, 6)) + ")" : string.Empty) : "not given",
            terms.HaidianCulturalInvestment is { } h2 ? h2 >= p.MinimumHaidianInvestmentShare * total : null);
        f.Add("guide.reviewCommitteeOdd", c.WithArticle("第十九条（二）"), "the review committee has an odd number of members (成员人数为单数)",
            terms.ReviewCommitteeMembers is { } r ? Fmt.Int(r) + " members" : "not given", terms.ReviewCommitteeMembers is { } r2 ? r2 % 2 == 1 : null);
        f.Add("guide.publicNotice", c.WithArticle("第十九条（六）"), "chosen partners publicly notified for " + Fmt.Int(p.PublicNoticeDays) + " days (公示期为7天; longer is accepted)",
            terms.PublicNoticeDays is { } d ? Fmt.Int(d) + " days" : "not given", terms.PublicNoticeDays is { } d2 ? d2 >= p.PublicNoticeDays : null);
        f.Add("guide.managerFeeRate", c.WithArticle("第二十一条"), "manager's annual fee in principle at most " + Fmt.Percent(p.ManagerFeeAnnualRate) + " of actual contributions",
            terms.AnnualManagerFeeRate is { } mr ? Fmt.Percent(mr) : "not given", terms.AnnualManagerFeeRate is { } mr2 ? mr2 <= p.ManagerFeeAnnualRate : null);
        AddManager(p, f, terms.Manager);
        AddInvestors(p, f, terms.Contributors);
        var charter = terms.Charter;
        f.Add("guide.charterExitWhenBuyer", c.WithArticle("第二十六条"), "charter: with a buyer, the guide fund may exit at any time", Observe(charter?.GuideMayExitWhenBuyerExists), charter?.GuideMayExitWhenBuyerExists);
        f.Add("guide.charterOthersNotBefore", c.WithArticle("第二十六条"), "charter: other shareholders do not exit before the guide fund", Observe(charter?.OthersDoNotExitBeforeGuide), charter?.OthersDoNotExitBeforeGuide);
        f.Add("guide.charterBankruptcyPriority", c.WithArticle("第二十六条"), "charter: in bankruptcy liquidation, after creditors, the guide fund first", Observe(charter?.GuideFirstInBankruptcy), charter?.GuideFirstInBankruptcy);
        var carry = terms.CarryShare ?? 0m;
        f.Add("guide.carryRatio", c.WithArticle("第二十七条"), "manager award at most " + Fmt.Percent(p.MaximumCarryShare) + " of value added (最高不超过), capital first",
            terms.CarryShare is null ? "no award agreed" : Fmt.Percent(carry) + " of value added", carry <= p.MaximumCarryShare);
        f.Add("guide.carryApproval", c.WithArticle("第二十七条"), "any award approved by 区政府常务会议 or 区长专题会",
            carry == 0m ? "no award agreed" : Observe(terms.CarryApprovedByDistrictGovernment), carry == 0m ? true : terms.CarryApprovedByDistrictGovernment);
        f.Add("guide.charterExitGrounds", c.WithArticle("第三十条"), "charter: the grounds on which the guide fund exits without consent are agreed", Observe(charter?.ExitWithoutConsentGrounds), charter?.ExitWithoutConsentGrounds);
        return f.Report(terms.Name, terms.AsOf, Provenance.Of(p));
    }

    /// <summary>第九条（二）、第二十二条: the participating fund manager's qualifications (each a violation when missing).</summary>
    /// <param name="manager">The manager.</param>
    /// <param name="asOf">The day of the check.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ValidationException">Bad input.</exception>
    /// <exception cref="NotInForceException"><paramref name="asOf"/> is before the document was in force.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="manager"/> is null.</exception>
    public ComplianceReport CheckManager(ManagerProfile manager, LocalDate asOf)
    {
        if (manager is null)
        {
            throw new ArgumentNullException(nameof(manager));
        }

        var v = new Validator();
        CheckManagerInput(v, string.Empty, manager);
        v.ThrowIfAny();
        var p = ParametersFor(asOf);
        var f = new FindingList(RuleCatalog.Guide);
        AddManager(p, f, manager);
        return f.Report(manager.Name, asOf, Provenance.Of(p));
    }

    /// <summary>
    /// 第二十条: the custodian bank's qualifications — in existence 5 years or more (complete on the corresponding day), state-owned or
    /// state-controlled with Haidian treasury-agent qualification, venture-fund custody experience, no penalty record (violations).
    /// </summary>
    /// <param name="bank">The bank.</param>
    /// <param name="asOf">The day of the check.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ValidationException">Bad input (established after <paramref name="asOf"/>).</exception>
    /// <exception cref="NotInForceException"><paramref name="asOf"/> is before the document was in force.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="bank"/> is null.</exception>
    public ComplianceReport CheckCustodianBank(CustodianBankProfile bank, LocalDate asOf)
    {
        if (bank is null)
        {
            throw new ArgumentNullException(nameof(bank));
        }

        var v = new Validator();
        v.RequiredText("name", bank.Name);
        if (bank.Established > asOf)
        {
            v.Add("established", ErrorCode.Inconsistent, "must not be after the day of the check (" + Fmt.Date(asOf) + ")");
        }

        v.ThrowIfAny();
        var p = ParametersFor(asOf);
        var c = GuideFundParameters.Document.WithArticle("第二十条（一）");
        var f = new FindingList(RuleCatalog.Guide);
        var complete = DateMath.PlusYears(bank.Established, p.MinimumCustodianBankAgeYears);
        f.Add("guide.custodianAge", c, "in existence " + Fmt.Int(p.MinimumCustodianBankAgeYears) + " years or more (成立期限5年以上, complete on the corresponding day)",
            "established " + Fmt.Date(bank.Established) + ", " + Fmt.Int(p.MinimumCustodianBankAgeYears) + " years complete " + (complete is { } day ? "on " + Fmt.Date(day) : "after the end of the calendar (9999-12-31)"),
            complete is { } done && done <= asOf);
        f.Add("guide.custodianStateOwned", c, "state-owned or state-controlled commercial bank (国有或国有控股商业银行)", Observe(bank.StateOwnedOrControlled), bank.StateOwnedOrControlled);
        f.Add("guide.custodianTreasuryAgent", c, "qualified as a Haidian treasury agent (具备海淀区国库代理资格)", Observe(bank.HaidianTreasuryAgent), bank.HaidianTreasuryAgent);
        f.Add("guide.custodianExperience", GuideFundParameters.Document.WithArticle("第二十条（二）"), "experience in venture-fund custody (具有创业投资基金托管经验)", Observe(bank.HasVentureFundCustodyExperience), bank.HasVentureFundCustodyExperience);
        f.Add("guide.custodianNoPenalty", GuideFundParameters.Document.WithArticle("第二十条（三）"), "no major fault or penalty record", bank.HasPenaltyRecord ? "has a record" : "no record", !bank.HasPenaltyRecord);
        return f.Report(bank.Name, asOf, Provenance.Of(p));
    }

    /// <summary>第二十四条: whether a proposed investment falls in one of the ten prohibited categories, and which.</summary>
    /// <param name="investment">The proposed investment.</param>
    /// <param name="date">The day of the proposal.</param>
    /// <returns>The verdict with the category or categories.</returns>
    /// <exception cref="ValidationException">Bad input.</exception>
    /// <exception cref="NotInForceException"><paramref name="date"/> is before the document was in force.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="investment"/> is null.</exception>
    public InvestmentVerdict CheckInvestment(ProposedInvestment investment, LocalDate date)
    {
        if (investment is null)
        {
            throw new ArgumentNullException(nameof(investment));
        }

        var v = new Validator();
        v.RequiredText("description", investment.Description);
        v.Defined("kind", investment.Kind);
        if (investment.HeldBeforeInvesteeListed && investment.Kind != InvestmentKind.ListedEquity)
        {
            v.Add("heldBeforeInvesteeListed", ErrorCode.Inconsistent, "applies only to kind ListedEquity");
        }

        v.ThrowIfAny();
        var p = ParametersFor(date);
        var hits = new List<ProhibitedCategory>();
        var reasons = new List<string>();
        var exempt = investment.Kind == InvestmentKind.ListedEquity && investment.HeldBeforeInvesteeListed;
        foreach (var cat in p.ProhibitedCategories)
        {
            if (cat.Kinds.Contains(investment.Kind))
            {
                if (exempt)
                {
                    reasons.Add(cat.Clause + " does not apply: shares bought before the investee listed and not yet transferred (and their placement) are excepted");
                }
                else
                {
                    hits.Add(cat);
                    reasons.Add(investment.Kind + " falls in " + cat.Clause + " " + cat.Text);
                }
            }
            else if (cat.Kinds.Count == 0 && investment.FundedFromRecoveredProceeds)
            {
                hits.Add(cat);
                reasons.Add("paid with recovered proceeds during the term: " + cat.Clause + " " + cat.Text);
            }
        }

        if (reasons.Count == 0)
        {
            reasons.Add(investment.Kind + " falls in none of the ten prohibited categories");
        }

        var article = "第二十四条" + string.Concat(hits.Select(h => h.Clause));
        return new InvestmentVerdict(investment.Description, hits.Count > 0, hits, string.Join("; ", reasons), GuideFundParameters.Document.WithArticle(article));
    }

    /// <summary>
    /// 第三十条: whether the guide fund may exit without the other investors' consent on a day, ground by ground. （一） arises when more than
    /// 1 year has passed since the plan was confirmed (超过, strict: from the day after the corresponding day, Civil Code art. 202) with set-up
    /// not completed before then; （二） when the guide money has been in the fund account 1 year or more (以上, inclusive: from the
    /// corresponding day) with business not started before then; （三）–（五） as stated by the caller.
    /// </summary>
    /// <param name="facts">The dates and facts.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="ValidationException">Bad input (a completion before its start, or a date after the day asked about).</exception>
    /// <exception cref="NotInForceException"><see cref="ExitFacts.AsOf"/> is before the document was in force.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is null.</exception>
    public ExitAssessment AssessExit(ExitFacts facts)
    {
        if (facts is null)
        {
            throw new ArgumentNullException(nameof(facts));
        }

        var v = new Validator();
        foreach (var (name, d) in new[] { ("planConfirmed", facts.PlanConfirmed), ("setupCompleted", facts.SetupCompleted), ("guideMoneyDisbursed", facts.GuideMoneyDisbursed), ("businessStarted", facts.BusinessStarted) })
        {
            if (d is { } day && day > facts.AsOf)
            {
                v.Add(name, ErrorCode.Inconsistent, "must not be after asOf (" + Fmt.Date(facts.AsOf) + ")");
            }
        }

        if (facts.SetupCompleted is { } sc && facts.PlanConfirmed is { } pc0 && sc < pc0)
        {
            v.Add("setupCompleted", ErrorCode.Inconsistent, "must not be before planConfirmed (" + Fmt.Date(pc0) + ")");
        }

        if (facts.BusinessStarted is { } bs && facts.GuideMoneyDisbursed is { } gd0 && bs < gd0)
        {
            v.Add("businessStarted", ErrorCode.Inconsistent, "must not be before guideMoneyDisbursed (" + Fmt.Date(gd0) + ")");
        }

        v.ThrowIfAny();
        var p = ParametersFor(facts.AsOf);
        var c = GuideFundParameters.Document;
        var grounds = new List<ExitGroundResult>();
        var inForce = History.InForceFrom;

        if (facts.PlanConfirmed is { } pc)
        {
            var end = DateMath.PlusYears(pc, p.SetupOverdueYears);
            var arises = DateMath.PlusYears(pc, p.SetupOverdueYears, 1);
            var done = facts.SetupCompleted is { } s && (arises is null || s < arises.Value);
            var applies = arises is { } a && facts.AsOf >= a && !done;
            grounds.Add(new ExitGroundResult(ExitGround.SetupOverdue, applies, arises,
                "plan confirmed " + Fmt.Date(pc) + "; " + (end is { } e && arises is { } a2
                    ? "the year runs from " + Fmt.Date(pc.PlusDays(1)) + " to " + Fmt.Date(e) + " (art. 202); 超过 is strict, so the ground arises on " + Fmt.Date(a2)
                    : "the period ends after the end of the calendar (9999-12-31), so the ground cannot arise")
                + "; set-up " + (facts.SetupCompleted is { } s2 ? "completed " + Fmt.Date(s2) : "not completed") + Flag(pc, inForce),
                c.WithArticle("第三十条（一）")));
        }
        else
        {
            grounds.Add(new ExitGroundResult(ExitGround.SetupOverdue, false, null, "plan confirmation date not given", c.WithArticle("第三十条（一）")));
        }

        if (facts.GuideMoneyDisbursed is { } gd)
        {
            var arises = DateMath.PlusYears(gd, p.MoneyIdleYears);
            var started = facts.BusinessStarted is { } b && (arises is null || b < arises.Value);
            var applies = arises is { } a && facts.AsOf >= a && !started;
            grounds.Add(new ExitGroundResult(ExitGround.MoneyIdle, applies, arises,
                "guide money in the fund account from " + Fmt.Date(gd) + "; " + (arises is { } a2
                    ? "1年以上 includes one full year, reached on the corresponding day " + Fmt.Date(a2)
                    : "one full year is reached only after the end of the calendar (9999-12-31), so the ground cannot arise")
                + "; business " + (facts.BusinessStarted is { } b2 ? "started " + Fmt.Date(b2) : "not started") + Flag(gd, inForce),
                c.WithArticle("第三十条（二）")));
        }
        else
        {
            grounds.Add(new ExitGroundResult(ExitGround.MoneyIdle, false, null, "disbursement date not given", c.WithArticle("第三十条（二）")));
        }

        grounds.Add(new ExitGroundResult(ExitGround.NonConformingFieldOrStage, facts.NonConformingFieldOrStage, null, facts.NonConformingFieldOrStage ? "stated by the caller" : "not stated", c.WithArticle("第三十条（三）")));
        grounds.Add(new ExitGroundResult(ExitGround.ContributionOrInvestmentNotAsAgreed, facts.ContributionOrInvestmentNotAsAgreed, null, facts.ContributionOrInvestmentNotAsAgreed ? "stated by the caller" : "not stated", c.WithArticle("第三十条（四）")));
        grounds.Add(new ExitGroundResult(ExitGround.UnlawfulConductDefeatsPurpose, facts.UnlawfulConductDefeatsPurpose, null, facts.UnlawfulConductDefeatsPurpose ? "stated by the caller" : "not stated", c.WithArticle("第三十条（五）")));
        return new ExitAssessment(facts.AsOf, grounds.Any(g => g.Applies), grounds, Provenance.Of(p));
    }

    /// <summary>
    /// 第二十九条 (ordinary) and 第二十六条 (bankruptcy): the remainder after creditors. Ordinary: by contribution ratio, conservative fen split.
    /// Bankruptcy: the guide fund's contribution first, then the others' contributions (pro rata when short), then any surplus by
    /// contribution ratio; the literal wording 「首先清偿参股基金」 is flagged in the notes.
    /// </summary>
    /// <param name="liquidation">The liquidation.</param>
    /// <param name="date">The day of the liquidation.</param>
    /// <returns>The distribution; the guide fund's share first, then the others in the caller's order.</returns>
    /// <exception cref="ValidationException">Bad input.</exception>
    /// <exception cref="NotInForceException"><paramref name="date"/> is before the document was in force.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="liquidation"/> is null.</exception>
    public DistributionResult Liquidate(Liquidation liquidation, LocalDate date)
    {
        if (liquidation is null)
        {
            throw new ArgumentNullException(nameof(liquidation));
        }

        var v = new Validator();
        DevelopmentFundCalculator.CheckWholeFen(v, "remaining", liquidation.Remaining);
        DevelopmentFundCalculator.CheckWholeFen(v, "guideContribution", liquidation.GuideContribution);
        DevelopmentFundCalculator.CheckStakes(v, "others", liquidation.Others, allowEmpty: true, wholeFen: true);
        v.Defined("kind", liquidation.Kind);

        if (!v.HasErrors && liquidation.GuideContribution + liquidation.Others.Sum(o => o.Amount) <= 0m)
        {
            v.Add("others", ErrorCode.InvalidValue, "the contributions must add up to more than 0");
        }

        v.ThrowIfAny();
        var p = ParametersFor(date);
        var names = new[] { Guide }.Concat(liquidation.Others.Select(o => o.Name)).ToArray();
        var weights = new[] { liquidation.GuideContribution }.Concat(liquidation.Others.Select(o => o.Amount)).ToArray();
        var amounts = new decimal[weights.Length];
        var lines = new List<LineItem>();
        var notes = new List<string>();
        if (liquidation.Kind == LiquidationKind.Ordinary)
        {
            var c = GuideFundParameters.Document.WithArticle("第二十九条");
            amounts = Money.SplitProRata(liquidation.Remaining, weights);
            for (var i = 0; i < amounts.Length; i++)
            {
                lines.Add(new LineItem(names[i] + ": contribution " + Fmt.Yuan(weights[i]), "remainder by contribution ratio (按照出资比例)",
                    Fmt.Yuan(liquidation.Remaining) + " × " + Fmt.Yuan(weights[i]) + " / " + Fmt.Yuan(weights.Sum()) + " → " + Fmt.Yuan(amounts[i]), amounts[i], c));
            }

            notes.Add("Ordinary liquidation (第二十九条): conservative fen split; the shares add up to " + Fmt.Yuan(liquidation.Remaining) + ".");
        }
        else
        {
            var c = GuideFundParameters.Document.WithArticle("第二十六条");
            var left = liquidation.Remaining;
            amounts[0] = Math.Min(left, liquidation.GuideContribution);
            left -= amounts[0];
            lines.Add(new LineItem(Guide + ": contribution " + Fmt.Yuan(liquidation.GuideContribution), "step 1: the guide fund first (首先清偿)",
                "min(" + Fmt.Yuan(liquidation.Remaining) + ", " + Fmt.Yuan(liquidation.GuideContribution) + ") = " + Fmt.Yuan(amounts[0]), amounts[0], c));
            var othersTotal = weights.Skip(1).Sum();
            if (othersTotal > 0m && left > 0m)
            {
                var back = Math.Min(left, othersTotal);
                var split = back == othersTotal ? weights.Skip(1).ToArray() : Money.SplitProRata(back, weights.Skip(1).ToArray());
                for (var i = 0; i < split.Length; i++)
                {
                    amounts[i + 1] += split[i];
                    lines.Add(new LineItem(names[i + 1] + ": contribution " + Fmt.Yuan(weights[i + 1]), "step 2: the other contributors' capital, pro rata when short",
                        Fmt.Yuan(back) + " × " + Fmt.Yuan(weights[i + 1]) + " / " + Fmt.Yuan(othersTotal) + " → " + Fmt.Yuan(split[i]), split[i], c));
                }

                left -= back;
            }

            if (left > 0m)
            {
                var surplus = Money.SplitProRata(left, weights);
                for (var i = 0; i < surplus.Length; i++)
                {
                    amounts[i] += surplus[i];
                    lines.Add(new LineItem(names[i] + ": contribution " + Fmt.Yuan(weights[i]), "step 3: surplus by contribution ratio (第二十九条)",
                        Fmt.Yuan(left) + " × " + Fmt.Yuan(weights[i]) + " / " + Fmt.Yuan(weights.Sum()) + " → " + Fmt.Yuan(surplus[i]), surplus[i], GuideFundParameters.Document.WithArticle("第二十九条")));
                }
            }

            notes.Add("The gazette prints 「剩余财产首先清偿参股基金」 (the participating fund itself); read as the guide fund's priority, as in 国办发〔2008〕116号, which this text follows.");
            notes.Add("Reading: the guide fund's priority covers its contribution; the others' capital comes next, then any surplus by contribution ratio (先回本后分利, 第二十七条).");
        }

        var shares = names.Select((n, i) => new DistributionShare(n, weights[i], amounts[i], null)).ToArray();
        return new DistributionResult(liquidation.Remaining, shares, notes, lines, Provenance.Of(p));
    }

    /// <summary>
    /// 第二十七条 先回本后分利: capital first; the manager's award is at most 70% of the value added (max(0, proceeds − capital)), rounded to the
    /// fen, and only after 区政府常务会议 or 区长专题会 approved it (「经…审议通过后」); each a violation when broken. The result also says the most
    /// that may be awarded on <paramref name="date"/> (<see cref="CarryResult.MaxAwardNow"/>, spec 07 F-d): the cap less what was already
    /// awarded once approval was given on or before that day, otherwise 0.
    /// </summary>
    /// <param name="award">Capital, proceeds, approval, what was already awarded and optionally the proposed award; amounts in whole fen.</param>
    /// <param name="date">The day of the award.</param>
    /// <returns>The cap, the most that may be awarded now, and findings.</returns>
    /// <exception cref="ValidationException">Bad input (an approval dated after <paramref name="date"/> is not bad input: nothing is approved yet on that day).</exception>
    /// <exception cref="NotInForceException"><paramref name="date"/> is before the document was in force.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="award"/> is null.</exception>
    public CarryResult Carry(CarryAward award, LocalDate date)
    {
        if (award is null)
        {
            throw new ArgumentNullException(nameof(award));
        }

        // Whole fen: the cap is 70% of the value added rounded to the fen, which stays within the value added only for amounts in fen.
        var v = new Validator();
        DevelopmentFundCalculator.CheckWholeFen(v, "contributedCapital", award.ContributedCapital);
        DevelopmentFundCalculator.CheckWholeFen(v, "proceeds", award.Proceeds);
        DevelopmentFundCalculator.CheckWholeFen(v, "alreadyAwarded", award.AlreadyAwarded);
        if (award.ProposedCarry is { } pc)
        {
            DevelopmentFundCalculator.CheckWholeFen(v, "proposedCarry", pc);
        }

        v.ThrowIfAny();
        var p = ParametersFor(date);
        var c = GuideFundParameters.Document.WithArticle("第二十七条");
        var valueAdded = Math.Max(0m, award.Proceeds - award.ContributedCapital);
        var max = Money.RoundToFen(p.MaximumCarryShare * valueAdded);
        var approved = award.ApprovedOn is { } on && on <= date;
        var now = approved ? Math.Max(0m, max - award.AlreadyAwarded) : 0m;
        var lines = new List<LineItem>
        {
            new("value added (增值收益)", "capital first (先回本后分利)", "max(0, " + Fmt.Yuan(award.Proceeds) + " − " + Fmt.Yuan(award.ContributedCapital) + ") = " + Fmt.Yuan(valueAdded), valueAdded, c),
            new("maximum award to the manager", "at most " + Fmt.Percent(p.MaximumCarryShare) + " of value added (最高不超过)", Fmt.Num(p.MaximumCarryShare) + " × " + Fmt.Yuan(valueAdded) + " = " + Fmt.Yuan(max), max, c),
            new("maximum award now (" + Fmt.Date(date) + ")", "only after approval by 区政府常务会议 or 区长专题会 (经…审议通过后), less what was already awarded",
                approved ? "approved " + Fmt.Date(award.ApprovedOn!.Value) + ": max(0, " + Fmt.Yuan(max) + " − " + Fmt.Yuan(award.AlreadyAwarded) + ") = " + Fmt.Yuan(now)
                    : (award.ApprovedOn is { } later ? "approved only on " + Fmt.Date(later) + ", after this day" : "not approved") + ": 0.00", now, c),
        };
        var f = new FindingList(RuleCatalog.Guide);
        if (award.ProposedCarry is { } proposed)
        {
            var total = award.AlreadyAwarded + proposed;
            f.Add("guide.carryRatio", c, "award at most " + Fmt.Yuan(max),
                "proposed " + Fmt.Yuan(proposed) + (award.AlreadyAwarded > 0m ? " + already awarded " + Fmt.Yuan(award.AlreadyAwarded) + " = " + Fmt.Yuan(total) : string.Empty), total <= max);
            f.Add("guide.carryApproval", c, "approved by 区政府常务会议 or 区长专题会", proposed == 0m ? "no award" : approved ? "approved " + Fmt.Date(award.ApprovedOn!.Value) : award.ApprovedOn is { } l2 ? "approved only on " + Fmt.Date(l2) + ", after " + Fmt.Date(date) : "not approved",
                proposed == 0m || approved);
        }

        return new CarryResult(award.ContributedCapital, award.Proceeds, valueAdded, max, award.AlreadyAwarded, now, award.ProposedCarry, f.Items.ToArray(), lines, Provenance.Of(p));
    }

    private FeeCapResult FeeCap(FeePeriod period, FundFee fee, Func<GuideFundParameters, decimal> rate, string article, string ruleId, string baseName, string rule)
    {
        if (period is null)
        {
            throw new ArgumentNullException(nameof(period));
        }

        var v = new Validator();
        FeeCapEngine.Validate(v, period, returnsAllowed: false);
        v.ThrowIfAny();
        var first = ParametersFor(period.Start);
        var (segments, exact) = FeeCapEngine.Compute(period, History, rate);
        var cap = Money.RoundToFen(exact);
        var citation = GuideFundParameters.Document.WithArticle(article);
        var lines = FeeCapEngine.Lines(segments, exact, cap, baseName, rule, citation);
        var f = new FindingList(RuleCatalog.Guide);
        bool? within = null;
        decimal? excess = null;
        if (period.ProposedFee is { } proposed)
        {
            within = proposed <= cap;
            excess = Math.Max(0m, proposed - cap);
            f.Add(ruleId, citation, rule + "; cap for " + Fmt.Date(period.Start) + ".." + Fmt.Date(period.End) + " is " + Fmt.Yuan(cap),
                "proposed " + Fmt.Yuan(proposed) + (within.Value ? ", within the cap" : ", exceeds the cap by " + Fmt.Yuan(excess.Value)), within);
        }

        return new FeeCapResult(fee, period.Start, period.End, Period.DaysBetween(period.Start, period.End) + 1, segments, cap, period.ProposedFee, within, excess, null, null, f.Items.ToArray(), lines, Provenance.Of(first));
    }

    private static string Observe(bool? fact) => fact is null ? "not given" : fact.Value ? "yes" : "no";

    private static string Flag(LocalDate eventDay, LocalDate inForce) =>
        eventDay < inForce ? "; note: the event (" + Fmt.Date(eventDay) + ") is dated before this document was in force (" + Fmt.Date(inForce) + ")" : string.Empty;

    private static void AddShare(GuideFundParameters p, FindingList f, decimal guide, IReadOnlyList<Contributor> others)
    {
        var c = GuideFundParameters.Document.WithArticle("第七条");
        var total = guide + others.Sum(x => x.Subscribed);
        f.Add("guide.share", c, "guide fund at most " + Fmt.Percent(p.MaximumGuideShare) + " of the participating fund's subscribed total (不超过, inclusive)",
            Fmt.Yuan(guide) + " of " + Fmt.Yuan(total) + (total > 0m ? " = " + Fmt.Percent(Math.Round(guide / total, 6)) : string.Empty), guide <= p.MaximumGuideShare * total);
        var largest = others.Count == 0 ? 0m : others.Max(x => x.Subscribed);
        var who = others.Where(x => x.Subscribed == largest).Select(x => x.Name).FirstOrDefault() ?? "none";
        f.Add("guide.notLargest", c, "guide fund not the largest contributor (不能成为出资最多的一方; a tie counts as the largest)",
            Fmt.Yuan(guide) + " against the largest other, " + who + ", " + Fmt.Yuan(largest) + (guide == largest ? ": a tie" : string.Empty), guide < largest);
    }

    private static void AddTerm(GuideFundParameters p, FindingList f, decimal years, bool extended)
    {
        var c = GuideFundParameters.Document.WithArticle("第十条");
        f.Add("guide.termStandard", c, "term 一般原则上 at most " + Fmt.Num(p.StandardMaximumTermYears) + " years unless extended by the fund's procedure",
            Fmt.Num(years) + " years" + (extended ? ", extended" : ", not extended"), years <= p.StandardMaximumTermYears || extended);
        f.Add("guide.termMaximum", c, "total term including extension at most " + Fmt.Num(p.ExtendedMaximumTermYears) + " years (不得超过)", Fmt.Num(years) + " years", years <= p.ExtendedMaximumTermYears);
    }

    private static void AddManager(GuideFundParameters p, FindingList f, ManagerProfile? m)
    {
        var c = GuideFundParameters.Document;
        var senior = m?.SeniorManagerExperienceYears.Count(y => y >= p.MinimumSeniorManagerExperienceYears);
        f.Add("guide.managerRegistered", c.WithArticle("第二十二条（一）"), "manager registered and taxed in Haidian", m is null ? "not given" : Observe(m.RegisteredAndTaxedInHaidian), m?.RegisteredAndTaxedInHaidian);
        f.Add("guide.managerSeniorStaff", c.WithArticle("第二十二条（二）"), "at least " + Fmt.Int(p.MinimumSeniorManagers) + " senior managers with " + Fmt.Num(p.MinimumSeniorManagerExperienceYears) + " years or more of venture-capital or fund-management experience",
            m is null ? "not given" : Fmt.Int(senior!.Value) + " of " + Fmt.Int(m.SeniorManagerExperienceYears.Count) + " qualify", m is null ? null : senior >= p.MinimumSeniorManagers);
        f.Add("guide.managerSuccessCase", c.WithArticle("第九条（二）、第二十二条（二）"), "a successful investment case", m is null ? "not given" : Observe(m.HasSuccessfulInvestmentCase), m?.HasSuccessfulInvestmentCase);
        f.Add("guide.managerNoPenalty", c.WithArticle("第二十二条（三）"), "no penalty record of the manager or its staff", m is null ? "not given" : m.HasPenaltyRecord ? "has a record" : "no record", m is null ? null : !m.HasPenaltyRecord);
    }

    private static void AddInvestors(GuideFundParameters p, FindingList f, IReadOnlyList<Contributor> others)
    {
        var c = GuideFundParameters.Document;
        var below = others.Where(x => x.Role != ContributorRole.ManagerOrControllingShareholder && x.Subscribed < p.MinimumInvestorContribution).ToArray();
        var minimum = "each investor other than the manager contributes at least " + Fmt.Yuan(p.MinimumInvestorContribution) + " (不低于)";
        if (below.Length == 0)
        {
            f.Add("guide.investorMinimum", c.WithArticle("第二十三条（一）"), minimum, "all at or above the minimum", true);
        }

        // Spec 07 F-e: one finding per investor below the minimum, each naming the investor.
        foreach (var x in below)
        {
            f.Add("guide.investorMinimum", c.WithArticle("第二十三条（一）"), minimum, x.Name + " subscribes " + Fmt.Yuan(x.Subscribed) + ", below the minimum by " + Fmt.Yuan(p.MinimumInvestorContribution - x.Subscribed), false);
        }
        var count = others.Count(x => x.Role != ContributorRole.Government);
        f.Add("guide.investorCount", c.WithArticle("第二十三条（一）"), "investors other than government 一般 " + Fmt.Int(p.MinimumInvestorCount) + " to " + Fmt.Int(p.MaximumInvestorCount) + " (both inclusive)",
            Fmt.Int(count) + " investors", count >= p.MinimumInvestorCount && count <= p.MaximumInvestorCount);
        var manager = others.Where(x => x.Role == ContributorRole.ManagerOrControllingShareholder).Sum(x => x.Subscribed);
        f.Add("guide.managerSubscribes", c.WithArticle("第二十三条（三）"), "the manager or its controlling shareholder subscribes to the fund",
            manager > 0m ? "subscribes " + Fmt.Yuan(manager) : "does not subscribe", manager > 0m);
    }

    private static void CheckAmount(Validator v, string path, decimal amount)
    {
        if (v.NotNegative(path, amount) && amount > FundLimits.MaximumAmount)
        {
            v.Add(path, ErrorCode.OutOfRange, "must not exceed " + Fmt.Yuan(FundLimits.MaximumAmount) + " yuan");
        }
    }

    private static void CheckContributors(Validator v, string path, IReadOnlyList<Contributor>? list)
    {
        if (!v.Required(path, list))
        {
            return;
        }

        for (var i = 0; i < list!.Count; i++)
        {
            var p = Validator.Index(path, i);
            var x = list[i];
            if (!v.Required(p, x))
            {
                continue;
            }

            v.RequiredText(Validator.Field(p, "name"), x.Name);
            CheckAmount(v, Validator.Field(p, "subscribed"), x.Subscribed);
            v.Defined(Validator.Field(p, "role"), x.Role);
        }
    }

    private static void CheckManagerInput(Validator v, string path, ManagerProfile m)
    {
        v.RequiredText(Validator.Field(path, "name"), m.Name);
        var yp = Validator.Field(path, "seniorManagerExperienceYears");
        if (v.Required(yp, m.SeniorManagerExperienceYears))
        {
            for (var i = 0; i < m.SeniorManagerExperienceYears.Count; i++)
            {
                v.InRange(Validator.Index(yp, i), m.SeniorManagerExperienceYears[i], 0m, 100m);
            }
        }
    }
}
