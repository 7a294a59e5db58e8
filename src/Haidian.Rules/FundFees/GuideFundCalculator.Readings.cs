using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace Haidian.Rules.FundFees;

/// <summary>The guide fund's checks added by spec v3 (07 F-a to F-c): capital calls, 让利 and buy-back.</summary>
public sealed partial class GuideFundCalculator
{
    /// <summary>
    /// 第七条, on actual capital calls (spec 07 F-b, F-c): the 25% share and "not the largest contributor" on subscribed amounts, and after
    /// each call on paid-in amounts (running totals per contributor; a tie with the largest other contributor counts as the largest; a guide
    /// fund that has paid nothing is not the largest); and the guide fund's running total against its tranche schedule — by the end of year
    /// Y no more than the tranches due by then (「2016年到2020年分5期出资，每期2400万元」: 24,000,000 × the tranches of 2016..Y, at most
    /// 120,000,000). Only this fund's calls are known, so the schedule check is a necessary condition, not the guide fund's whole budget. A call
    /// dated before the document was in force is counted in the running totals; its own findings are not assessed (reported as such).
    /// </summary>
    /// <param name="history">The fund's subscriptions and its capital calls so far.</param>
    /// <returns>The report: the two subscribed-basis findings, then per call the paid-in share, the paid-in not-largest and (when the guide fund paid) the tranche finding.</returns>
    /// <exception cref="ValidationException">Bad input (calls out of date order or after <see cref="CapitalCallHistory.AsOf"/>, a payer not among the contributors, paid-in above a subscription).</exception>
    /// <exception cref="NotInForceException"><see cref="CapitalCallHistory.AsOf"/> is before the document was in force.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    public ComplianceReport CheckCapitalCalls(CapitalCallHistory history)
    {
        if (history is null)
        {
            throw new ArgumentNullException(nameof(history));
        }

        var v = new Validator();
        v.RequiredText("name", history.Name);
        CheckAmount(v, "guideSubscribed", history.GuideSubscribed);
        CheckContributors(v, "contributors", history.Contributors);
        if (v.Required("calls", history.Calls))
        {
            CheckCalls(v, "calls", history.Calls, history.GuideSubscribed, history.Contributors, history.AsOf);
        }

        v.ThrowIfAny();
        var p = ParametersFor(history.AsOf);
        var f = new FindingList(RuleCatalog.Guide);
        AddShare(p, f, history.GuideSubscribed, history.Contributors);
        AddCalls(p, f, history.Calls, history.Contributors);
        return f.Report(history.Name, history.AsOf, Provenance.Of(p));
    }

    /// <summary>
    /// 第二十八条 让利 (spec 07 F-a): the guide fund may concede part of the returns on its contribution (出资收益部分) to the sponsor shareholders,
    /// the trustee or others only after 区政府常务会议 or 区长专题会 approved it (「经…审议通过后」), with the method and ratio agreed in the agreement
    /// or cooperation plan; and only out of returns, capital first (第二十七条 「先回本后分利」): at most <c>ratio × max(0, proceeds − contribution)</c>,
    /// rounded to the fen. The gazette sets no ratio (the caller's input). Each a violation when broken.
    /// </summary>
    /// <param name="concession">The concession.</param>
    /// <returns>The report (approval, agreement, and the amount against the returns).</returns>
    /// <exception cref="ValidationException">Bad input.</exception>
    /// <exception cref="NotInForceException"><see cref="Concession.AsOf"/> is before the document was in force.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="concession"/> is null.</exception>
    public ComplianceReport CheckConcession(Concession concession)
    {
        if (concession is null)
        {
            throw new ArgumentNullException(nameof(concession));
        }

        var v = new Validator();
        v.RequiredText("recipient", concession.Recipient);
        DevelopmentFundCalculator.CheckWholeFen(v, "guideContribution", concession.GuideContribution);
        DevelopmentFundCalculator.CheckWholeFen(v, "guideProceeds", concession.GuideProceeds);
        v.InRange("ratio", concession.Ratio, 0m, 1m);
        if (concession.ProposedAmount is { } pa)
        {
            DevelopmentFundCalculator.CheckWholeFen(v, "proposedAmount", pa);
        }

        v.ThrowIfAny();
        var p = ParametersFor(concession.AsOf);
        var c = GuideFundParameters.Document;
        var f = new FindingList(RuleCatalog.Guide);
        var approved = concession.ApprovedOn is { } on && on <= concession.AsOf;
        f.Add("guide.concessionApproval", c.WithArticle("第二十八条"), "approved by 区政府常务会议 or 区长专题会 before the concession (经…审议通过后)",
            approved ? "approved " + Fmt.Date(concession.ApprovedOn!.Value) : concession.ApprovedOn is { } later ? "approved only on " + Fmt.Date(later) + ", after " + Fmt.Date(concession.AsOf) : "not approved", approved);
        f.Add("guide.concessionAgreed", c.WithArticle("第二十八条"), "method and ratio agreed in the agreement or cooperation plan (具体方式和比例在协议或合作方案中进行约定)",
            concession.AgreedInAgreementOrPlan ? "agreed: " + Fmt.Percent(concession.Ratio) + " of the returns to " + concession.Recipient : "not agreed", concession.AgreedInAgreementOrPlan);
        var returns = Math.Max(0m, concession.GuideProceeds - concession.GuideContribution);
        var most = Money.RoundToFen(concession.Ratio * returns);
        var arithmetic = "returns on the guide fund's contribution max(0, " + Fmt.Yuan(concession.GuideProceeds) + " − " + Fmt.Yuan(concession.GuideContribution) + ") = " + Fmt.Yuan(returns)
            + "; " + Fmt.Num(concession.Ratio) + " × " + Fmt.Yuan(returns) + " = " + Fmt.Yuan(most);
        f.Add("guide.concessionFromReturns", c.WithArticle("第二十七条、第二十八条"), "conceded only out of the returns on the guide fund's contribution, capital first (出资收益部分; 先回本后分利), at the agreed ratio: at most " + Fmt.Yuan(most),
            concession.ProposedAmount is { } proposed ? "proposed " + Fmt.Yuan(proposed) + "; " + arithmetic : "no amount proposed; " + arithmetic,
            concession.ProposedAmount is not { } amount || amount <= most);
        return f.Report(Guide + " concession to " + concession.Recipient, concession.AsOf, Provenance.Of(p));
    }

    /// <summary>
    /// 第三十三条 buy-back (spec 07 F-a): when the participating fund, its trustee or an investor breaches the contribution agreement, the charter or
    /// agreement, or the entrustment agreement, the guide fund may require the party in breach (违约方) to buy back the shares or units it holds at a
    /// price not lower than the original price (不低于原始价格, inclusive). Checks that a breach is stated, that the buyer is the party in breach and
    /// the price; each a violation when broken. The original price is the caller's input (the gazette gives no number). An exit by transfer to a
    /// willing buyer (第二十六条, 「转让价格按协议确定」) is a different route and not checked here.
    /// </summary>
    /// <param name="buyBack">The buy-back.</param>
    /// <returns>The report (grounds, buyer, price).</returns>
    /// <exception cref="ValidationException">Bad input (an undefined party or document, a breach without the document breached or the reverse).</exception>
    /// <exception cref="NotInForceException"><see cref="BuyBack.AsOf"/> is before the document was in force.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="buyBack"/> is null.</exception>
    public ComplianceReport CheckBuyBack(BuyBack buyBack)
    {
        if (buyBack is null)
        {
            throw new ArgumentNullException(nameof(buyBack));
        }

        var v = new Validator();
        CheckAmount(v, "originalPrice", buyBack.OriginalPrice);
        CheckAmount(v, "price", buyBack.Price);
        if (buyBack.BreachBy is { } by)
        {
            v.Defined("breachBy", by);
            if (buyBack.BreachOf is null)
            {
                v.Add("breachOf", ErrorCode.Required, "is required when breachBy is given (which document was breached)");
            }
        }
        else if (buyBack.BreachOf is not null)
        {
            v.Add("breachOf", ErrorCode.Inconsistent, "is given but breachBy is not (who breached it)");
        }

        if (buyBack.BreachOf is { } of)
        {
            v.Defined("breachOf", of);
        }

        v.ThrowIfAny();
        var p = ParametersFor(buyBack.AsOf);
        var c = GuideFundParameters.Document.WithArticle("第三十三条");
        var f = new FindingList(RuleCatalog.Guide);
        f.Add("guide.buyBackGrounds", c, "a breach of the contribution agreement, the charter or agreement, or the entrustment agreement by the participating fund, its trustee or an investor",
            buyBack.BreachBy is { } who ? who + " breached the " + buyBack.BreachOf : "no breach stated", buyBack.BreachBy is not null);
        f.Add("guide.buyBackByBreachingParty", c, "the party in breach buys back (要求违约方…回购)", buyBack.BuyerIsBreachingParty ? "the buyer is the party in breach" : "the buyer is not the party in breach", buyBack.BuyerIsBreachingParty);
        f.Add("guide.buyBackPrice", c, "price not lower than the original price (不低于原始价格, inclusive)",
            Fmt.Yuan(buyBack.Price) + " against the original price " + Fmt.Yuan(buyBack.OriginalPrice) + (buyBack.Price < buyBack.OriginalPrice ? ", short by " + Fmt.Yuan(buyBack.OriginalPrice - buyBack.Price) : string.Empty),
            buyBack.Price >= buyBack.OriginalPrice);
        return f.Report(Guide + " buy-back", buyBack.AsOf, Provenance.Of(p));
    }

    private static void CheckCalls(Validator v, string path, IReadOnlyList<CapitalCall> calls, decimal guideSubscribed, IReadOnlyList<Contributor>? contributors, LocalDate asOf)
    {
        var subscribed = new Dictionary<string, decimal>(StringComparer.Ordinal);
        if (contributors is not null)
        {
            for (var i = 0; i < contributors.Count; i++)
            {
                if (contributors[i] is { Name: { } name } x && !subscribed.ContainsKey(name))
                {
                    subscribed.Add(name, x.Subscribed);
                }
                else if (contributors[i] is { Name: { } dup } && !string.IsNullOrWhiteSpace(dup))
                {
                    v.Add(Validator.Field(Validator.Index("contributors", i), "name"), ErrorCode.Inconsistent, "'" + dup + "' is listed twice: payments name contributors, so names must be unique");
                }
            }
        }

        var paid = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var guide = 0m;
        for (var i = 0; i < calls.Count; i++)
        {
            var cp = Validator.Index(path, i);
            var call = calls[i];
            if (!v.Required(cp, call))
            {
                continue;
            }

            if (i > 0 && calls[i - 1] is { } prev && call.Date <= prev.Date)
            {
                v.Add(Validator.Field(cp, "date"), ErrorCode.Inconsistent, "must be after " + path + "[" + Fmt.Int(i - 1) + "].date (" + Fmt.Date(prev.Date) + ")");
            }

            if (call.Date > asOf)
            {
                v.Add(Validator.Field(cp, "date"), ErrorCode.Inconsistent, "must not be after asOf (" + Fmt.Date(asOf) + ")");
            }

            CheckAmount(v, Validator.Field(cp, "guidePaid"), call.GuidePaid);
            guide += Math.Max(0m, Math.Min(call.GuidePaid, FundLimits.MaximumAmount));
            if (guide > guideSubscribed && call.GuidePaid > 0m)
            {
                v.Add(Validator.Field(cp, "guidePaid"), ErrorCode.Inconsistent, "brings the guide fund's paid-in to " + Fmt.Yuan(guide) + ", above its subscription (" + Fmt.Yuan(guideSubscribed) + ")");
            }

            var pp = Validator.Field(cp, "payments");
            if (!v.Required(pp, call.Payments))
            {
                continue;
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var j = 0; j < call.Payments.Count; j++)
            {
                var jp = Validator.Index(pp, j);
                var payment = call.Payments[j];
                if (!v.Required(jp, payment))
                {
                    continue;
                }

                var amountOk = v.NotNegative(Validator.Field(jp, "amount"), payment.Amount);
                if (amountOk && payment.Amount > FundLimits.MaximumAmount)
                {
                    v.Add(Validator.Field(jp, "amount"), ErrorCode.OutOfRange, "must not exceed " + Fmt.Yuan(FundLimits.MaximumAmount) + " yuan");
                    amountOk = false;
                }

                if (!v.RequiredText(Validator.Field(jp, "contributor"), payment.Contributor))
                {
                    continue;
                }

                if (!subscribed.TryGetValue(payment.Contributor, out var limit))
                {
                    v.Add(Validator.Field(jp, "contributor"), ErrorCode.Inconsistent, "'" + payment.Contributor + "' is not one of the contributors");
                    continue;
                }

                if (!seen.Add(payment.Contributor))
                {
                    v.Add(Validator.Field(jp, "contributor"), ErrorCode.Inconsistent, "'" + payment.Contributor + "' pays twice in one call");
                    continue;
                }

                if (amountOk)
                {
                    paid.TryGetValue(payment.Contributor, out var before);
                    var after = before + payment.Amount;
                    paid[payment.Contributor] = after;
                    if (after > limit && payment.Amount > 0m)
                    {
                        v.Add(Validator.Field(jp, "amount"), ErrorCode.Inconsistent, "brings " + payment.Contributor + "'s paid-in to " + Fmt.Yuan(after) + ", above its subscription (" + Fmt.Yuan(limit) + ")");
                    }
                }
            }
        }
    }

    private void AddCalls(GuideFundParameters p, FindingList f, IReadOnlyList<CapitalCall> calls, IReadOnlyList<Contributor> others)
    {
        var c = GuideFundParameters.Document.WithArticle("第七条");
        var inForce = History.InForceFrom;
        var paid = others.ToDictionary(x => x.Name, _ => 0m, StringComparer.Ordinal);
        var guide = 0m;
        var shareRule = "guide fund at most " + Fmt.Percent(p.MaximumGuideShare) + " of the participating fund's paid-in total after each capital call (不超过, inclusive)";
        const string LargestRule = "guide fund not the largest contributor on paid-in amounts after each capital call (不能成为出资最多的一方; a tie counts as the largest)";
        var trancheRule = "the guide fund pays in no faster than its tranches (第七条 " + Fmt.Int(p.FirstTrancheYear) + "–" + Fmt.Int(p.LastTrancheYear) + ", " + Fmt.Int(p.TrancheCount) + " tranches of " + Fmt.Yuan(p.TrancheAmount) + ")";
        for (var i = 0; i < calls.Count; i++)
        {
            var call = calls[i];
            guide += call.GuidePaid;
            foreach (var payment in call.Payments)
            {
                paid[payment.Contributor] += payment.Amount;
            }

            var label = "call " + Fmt.Int(i + 1) + " (" + Fmt.Date(call.Date) + ")";
            if (call.Date < inForce)
            {
                var before = label + ": dated before this document was in force (" + Fmt.Date(inForce) + "): counted in the running totals, not assessed";
                f.Add("guide.paidInShare", c, shareRule, before, null);
                f.Add("guide.paidInNotLargest", c, LargestRule, before, null);
                if (call.GuidePaid > 0m)
                {
                    f.Add("guide.trancheSchedule", c, trancheRule, before, null);
                }

                continue;
            }

            var total = guide + paid.Values.Sum();
            f.Add("guide.paidInShare", c, shareRule,
                label + ": " + Fmt.Yuan(guide) + " of " + Fmt.Yuan(total) + " paid in" + (total > 0m ? " = " + Fmt.Percent(Math.Round(guide / total, 6)) : string.Empty),
                guide <= p.MaximumGuideShare * total);
            var largest = paid.Count == 0 ? 0m : paid.Values.Max();
            var who = paid.Count == 0 ? "none" : string.Join(", ", others.Where(x => paid[x.Name] == largest).Select(x => x.Name).Distinct(StringComparer.Ordinal));
            f.Add("guide.paidInNotLargest", c, LargestRule,
                label + ": " + Fmt.Yuan(guide) + " paid in against the largest other, " + who + ", " + Fmt.Yuan(largest)
                + (guide == 0m ? ": the guide fund has paid nothing" : guide == largest ? ": a tie" : string.Empty),
                guide == 0m || guide < largest);
            if (call.GuidePaid > 0m)
            {
                var due = Math.Max(0, Math.Min(p.TrancheCount, call.Date.Year - p.FirstTrancheYear + 1));
                var allowed = due * p.TrancheAmount;
                f.Add("guide.trancheSchedule", c, trancheRule,
                    label + ": the guide fund's payments to this fund total " + Fmt.Yuan(guide) + "; tranches due by the end of " + Fmt.Int(call.Date.Year) + ": "
                    + Fmt.Int(due) + " × " + Fmt.Yuan(p.TrancheAmount) + " = " + Fmt.Yuan(allowed),
                    guide <= allowed);
            }
        }
    }
}
