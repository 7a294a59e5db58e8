using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;

namespace Haidian.Rules.ElevatorSubsidy;

/// <content>资金来源 — the subsidy per elevator and per building (四).</content>
public sealed partial class ElevatorSubsidyCalculator
{
    /// <summary>
    /// 政府补贴 — the itemized subsidy of a building's elevators by ownership (四（二）/（三）/（四）): for each elevator the
    /// purchase-and-installation share with its cap, utility relocation with its cap, the power-capacity increase and the
    /// new-technology allowance; each line names its payer, the uncapped amount, the cap and whether it bit; then the
    /// building's total and each payer's total.
    /// </summary>
    /// <param name="claim">The claim: ownership, legal formalities and the audited actual costs of each elevator.</param>
    /// <param name="asOf">The day the claim is assessed (picks the parameters).</param>
    /// <returns>The itemized result.</returns>
    /// <exception cref="ValidationException">The claim is invalid (every problem with its field path).</exception>
    /// <exception cref="NotInForceException"><paramref name="asOf"/> is before the policy applies.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="claim"/> is null.</exception>
    public BuildingSubsidyResult CalculateSubsidy(SubsidyClaim claim, LocalDate asOf)
    {
        if (claim is null)
        {
            throw new ArgumentNullException(nameof(claim));
        }

        var p = ParametersFor(asOf);
        CheckClaim(claim);
        return Subsidy(p, claim);
    }

    /// <summary>The plain result: the building's total government subsidy in yuan, equal to <see cref="CalculateSubsidy"/>'s <see cref="BuildingSubsidyResult.TotalSubsidy"/>.</summary>
    /// <param name="claim">The claim.</param>
    /// <param name="asOf">The day the claim is assessed (picks the parameters).</param>
    /// <returns>The total subsidy, yuan.</returns>
    /// <exception cref="ValidationException">The claim is invalid (every problem with its field path).</exception>
    /// <exception cref="NotInForceException"><paramref name="asOf"/> is before the policy applies.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="claim"/> is null.</exception>
    public decimal SubsidyAmount(SubsidyClaim claim, LocalDate asOf) => CalculateSubsidy(claim, asOf).TotalSubsidy;

    private static BuildingSubsidyResult Subsidy(ElevatorSubsidyParameters p, SubsidyClaim claim)
    {
        var rule = p.RuleFor(claim.Ownership);
        var elevators = claim.Elevators.Select(e => Elevator(p, rule, claim, e)).ToArray();
        var lines = new List<LineItem>();
        foreach (var e in elevators)
        {
            lines.AddRange(e.Lines);
        }

        var total = elevators.Sum(e => e.TotalSubsidy);
        var doc = ElevatorSubsidyParameters.Document;
        lines.Add(new LineItem(
            $"building {claim.BuildingId}: {elevators.Length.ToString(CultureInfo.InvariantCulture)} elevator(s)",
            "四: a building's subsidy is the sum over its elevators (caps are per elevator, /台)",
            string.Join(" + ", elevators.Select(e => Num(e.TotalSubsidy))) + " = " + Num(total), // CheckClaim refuses an empty list
            total,
            doc.WithArticle(rule?.Article ?? "四（一）")));

        var byPayer = elevators
            .SelectMany(e => e.Items)
            .Where(i => i.IsSubsidy && i.Amount > 0m)
            .GroupBy(i => i.Payer)
            .OrderBy(g => g.Key)
            .Select(g => new PayerTotal(g.Key, g.Sum(i => i.Amount)))
            .ToArray();
        foreach (var pt in byPayer)
        {
            var items = elevators.SelectMany(e => e.Items).Where(i => i.IsSubsidy && i.Payer == pt.Payer && i.Amount > 0m).ToArray();
            lines.Add(new LineItem(
                $"building {claim.BuildingId}: paid by {PayerName(pt.Payer)}",
                "the payer named by the clause of each item",
                string.Join(" + ", items.Select(i => Num(i.Amount))) + " = " + Num(pt.Amount),
                pt.Amount,
                items[0].Citation));
        }

        var notes = new List<string>();
        if (rule is null)
        {
            notes.Add("四（一）: the document grants no subsidy for property that is neither municipal, district nor central-unit property; the implementing body funds the work (单位和社会其他资金 encouraged), and reform housing of enterprises and of institutions with no fiscal funding relationship may use housing-reform sale proceeds (房改售房款) with the original selling unit's consent.");
        }
        else if (!claim.HasLegalFormalities)
        {
            notes.Add($"{rule.Article}: the subsidy is only for buildings with legal formalities (具有合法手续); none is due, the implementing body bears the costs (四（一）).");
        }

        if (rule is not null && claim.HasLegalFormalities && rule.PurchasePayer == Payer.MunicipalAndDistrictFinance)
        {
            notes.Add($"{rule.Article}: 市、区财政 pay the purchase-and-installation share jointly; the document does not divide it between them (三（七）: 具体办法由区财政局另行制定).");
        }

        if (claim.Elevators.Any(e => e.PowerCapacityIncrease > 0m && !e.PowerShortageCertified))
        {
            notes.Add("四（二）/（三）: a power-capacity increase is covered only where a professional department has assessed that the estate lacks power (经专业部门测算…电力不足); uncertified increases stay with the implementing body.");
        }

        if (claim.Elevators.Any(e => e.NewTechnologyCertified))
        {
            notes.Add(p.NewTechnologyAllowancePerElevator == 0m
                ? "四（四）: new technology 「给予适当补贴」 — the text fixes no amount; the parameter newTechnologyAllowancePerElevator is 0 until a decision sets it."
                : $"四（四）: new-technology allowance of {Num(p.NewTechnologyAllowancePerElevator)} yuan per certified elevator, as set by parameter (the text fixes no amount).");
        }

        notes.Add("三（七）: pay only after the elevator is in use and audited, on costs as audited; check the pilot scope (CheckScope), owner consent (CheckConsent) and the timetable (CheckTimeline) separately.");

        return new BuildingSubsidyResult(
            claim.BuildingId,
            claim.Ownership,
            claim.HasLegalFormalities,
            elevators,
            total,
            byPayer,
            elevators.Sum(e => e.BorneByPropertyUnit),
            elevators.Sum(e => e.BorneByImplementingBody),
            notes,
            lines,
            Provenance.Of(p));
    }

    private static ElevatorSubsidyResult Elevator(ElevatorSubsidyParameters p, OwnershipSubsidyRule? rule, SubsidyClaim claim, ElevatorCosts e)
    {
        var doc = ElevatorSubsidyParameters.Document;
        var eligible = rule is not null && claim.HasLegalFormalities;
        var noSubsidyWhy = rule is null
            ? "四（一）: no government subsidy for this ownership; the implementing body funds it"
            : $"{rule.Article}: no legal formalities (具有合法手续 required); the implementing body funds it";
        var noSubsidyCitation = rule is null ? doc.WithArticle("四（一）") : doc.WithArticle(rule.Article);
        var items = new List<SubsidyLine>(4);

        // 四（二）/（三） first paragraph: a share of the purchase and installation cost, capped per elevator.
        if (eligible)
        {
            var exact = e.PurchaseAndInstallation * rule!.PurchaseShare;
            var uncapped = Money.RoundToFen(exact);
            var rounding = exact == uncapped ? string.Empty : $" = {Num(exact)} → {Num(uncapped)} (rounded to the fen)";
            items.Add(Capped(
                e.Id,
                SubsidyItem.PurchaseAndInstallation,
                e.PurchaseAndInstallation,
                rule.PurchaseShare,
                uncapped,
                rule.PurchaseCapPerElevator,
                rule.PurchasePayer,
                $"{rule.Article}: {Pct(rule.PurchaseShare)} of the actual purchase and installation cost{CapText(rule.PurchaseCapPerElevator)}, paid by {PayerName(rule.PurchasePayer)}",
                $"{Num(e.PurchaseAndInstallation)} × {Pct(rule.PurchaseShare)}{(rounding.Length > 0 ? rounding : " = " + Num(uncapped))}",
                doc.WithArticle(rule.Article + "第一段")));
        }
        else
        {
            items.Add(ByImplementingBody(e.Id, SubsidyItem.PurchaseAndInstallation, e.PurchaseAndInstallation, noSubsidyWhy, noSubsidyCitation));
        }

        // 四（二）/（三） second paragraph: utility relocation at actual cost, capped per elevator.
        if (eligible)
        {
            items.Add(Capped(
                e.Id,
                SubsidyItem.UtilityRelocation,
                e.UtilityRelocation,
                null,
                e.UtilityRelocation,
                rule!.UtilityCapPerElevator,
                rule.UtilityPayer,
                $"{rule.Article}: actual cost of relocating water, power, gas and heat (水、电、气、热、暖){CapText(rule.UtilityCapPerElevator)}, paid by {PayerName(rule.UtilityPayer)}",
                $"actual cost {Num(e.UtilityRelocation)}",
                doc.WithArticle(rule.Article + "第二段")));
        }
        else
        {
            items.Add(ByImplementingBody(e.Id, SubsidyItem.UtilityRelocation, e.UtilityRelocation, noSubsidyWhy, noSubsidyCitation));
        }

        // 四（二）/（三） second paragraph: power-capacity increase where a professional department certified a shortage.
        if (eligible && e.PowerShortageCertified)
        {
            var powerCitation = doc.WithArticle(rule!.Article + "第二段");
            if (rule.PowerCapacitySubsidised)
            {
                items.Add(Capped(
                    e.Id,
                    SubsidyItem.PowerCapacityIncrease,
                    e.PowerCapacityIncrease,
                    null,
                    e.PowerCapacityIncrease,
                    rule.PowerCapacityCapPerElevator,
                    rule.PowerCapacityPayer,
                    $"{rule.Article}: certified power shortage — the actual power-capacity increase (用电增容){CapText(rule.PowerCapacityCapPerElevator)}, paid by {PayerName(rule.PowerCapacityPayer)}",
                    $"actual cost {Num(e.PowerCapacityIncrease)}",
                    powerCitation));
            }
            else
            {
                items.Add(new SubsidyLine(
                    e.Id,
                    SubsidyItem.PowerCapacityIncrease,
                    e.PowerCapacityIncrease,
                    null,
                    e.PowerCapacityIncrease,
                    null,
                    false,
                    e.PowerCapacityIncrease,
                    rule.PowerCapacityPayer,
                    false,
                    0m,
                    $"{rule.Article}: certified power shortage — the power-capacity increase is borne by {PayerName(rule.PowerCapacityPayer)}, not subsidised",
                    $"{Num(e.PowerCapacityIncrease)} borne by {PayerName(rule.PowerCapacityPayer)}; subsidy 0",
                    powerCitation));
            }
        }
        else if (eligible)
        {
            items.Add(ByImplementingBody(
                e.Id,
                SubsidyItem.PowerCapacityIncrease,
                e.PowerCapacityIncrease,
                $"{rule!.Article}: no certified power shortage (经专业部门测算…电力不足) — the increase is not covered; the implementing body funds it",
                doc.WithArticle(rule.Article + "第二段")));
        }
        else
        {
            items.Add(ByImplementingBody(e.Id, SubsidyItem.PowerCapacityIncrease, e.PowerCapacityIncrease, noSubsidyWhy, noSubsidyCitation));
        }

        // 四（四）: new technology — 「给予适当补贴」, an amount the text does not fix (a parameter, default 0).
        var allowance = e.NewTechnologyCertified ? p.NewTechnologyAllowancePerElevator : 0m;
        items.Add(new SubsidyLine(
            e.Id,
            SubsidyItem.NewTechnology,
            0m,
            null,
            allowance,
            null,
            false,
            allowance,
            p.NewTechnologyPayer,
            true,
            0m,
            e.NewTechnologyCertified
                ? $"四（四）: certified new technology 「给予适当补贴」 — the text fixes no amount; allowance parameter {Num(p.NewTechnologyAllowancePerElevator)} per elevator, payer {PayerName(p.NewTechnologyPayer)}"
                : "四（四）: no ministry-level certificate or department recognition of new technology — no allowance",
            e.NewTechnologyCertified ? $"allowance parameter = {Num(allowance)}" : "0",
            doc.WithArticle("四（四）")));

        var total = items.Where(i => i.IsSubsidy).Sum(i => i.Amount);
        var propertyUnit = items.Where(i => !i.IsSubsidy && i.Payer == Payer.PropertyUnit).Sum(i => i.Amount);
        var implementing = items.Sum(i => i.RemainderForImplementingBody) + items.Where(i => !i.IsSubsidy && i.Payer == Payer.ImplementingBody).Sum(i => i.Amount);
        var lines = items
            .Select(i => new LineItem(
                $"elevator {e.Id}: {ItemName(i.Item)}{(i.Item == SubsidyItem.NewTechnology ? string.Empty : " cost " + Num(i.Cost))}",
                i.Rule,
                i.Arithmetic,
                i.IsSubsidy ? i.Amount : 0m,
                i.Citation))
            .ToList();
        lines.Add(new LineItem(
            $"elevator {e.Id}: subsidy",
            "四: the items added",
            string.Join(" + ", items.Select(i => Num(i.IsSubsidy ? i.Amount : 0m))) + " = " + Num(total),
            total,
            doc.WithArticle(rule?.Article ?? "四（一）")));
        return new ElevatorSubsidyResult(e.Id, items, total, propertyUnit, implementing, lines);
    }

    private static SubsidyLine Capped(string id, SubsidyItem item, decimal cost, decimal? rate, decimal uncapped, decimal? cap, Payer payer, string rule, string arithmetic, Citation citation)
    {
        var capApplied = cap is { } c && uncapped > c;
        var amount = capApplied ? cap!.Value : uncapped;
        var capText = cap is { } c2
            ? capApplied ? $"; {Num(uncapped)} > cap {Num(c2)} → {Num(c2)} (cap applied)" : $"; ≤ cap {Num(c2)} → {Num(uncapped)}"
            : "; no cap";
        return new SubsidyLine(id, item, cost, rate, uncapped, cap, capApplied, amount, payer, true, cost - amount, rule, arithmetic + capText, citation);
    }

    private static SubsidyLine ByImplementingBody(string id, SubsidyItem item, decimal cost, string why, Citation citation) =>
        new(id, item, cost, null, 0m, null, false, cost, Payer.ImplementingBody, false, 0m, why, $"{Num(cost)} borne by the implementing body; subsidy 0", citation);

    private static string CapText(decimal? cap) => cap is { } c ? $", at most {Num(c)} per elevator (最高不超过…/台)" : ", no cap";

    private static string Pct(decimal rate) => (rate * 100m).ToString("0.##", CultureInfo.InvariantCulture) + "%";

    internal static string PayerName(Payer payer) => payer switch
    {
        Payer.MunicipalFinance => "municipal finance (市财政)",
        Payer.DistrictFinance => "district finance (区财政)",
        Payer.MunicipalAndDistrictFinance => "municipal and district finance (市、区财政)",
        Payer.PropertyUnit => "the property unit (产权单位)",
        Payer.ImplementingBody => "the implementing body (实施主体)",
        _ => "a payer the text does not name",
    };

    private static string ItemName(SubsidyItem item) => item switch
    {
        SubsidyItem.PurchaseAndInstallation => "purchase and installation (购置及安装)",
        SubsidyItem.UtilityRelocation => "utility relocation (水、电、气、热、暖改造)",
        SubsidyItem.PowerCapacityIncrease => "power-capacity increase (用电增容)",
        _ => "new technology (新科技、新技术)",
    };

    private static void CheckClaim(SubsidyClaim claim)
    {
        var v = new Validator();
        v.RequiredText("buildingId", claim.BuildingId);
        v.Defined("ownership", claim.Ownership);

        if (v.Required("elevators", claim.Elevators))
        {
            if (claim.Elevators.Count == 0)
            {
                v.Add("elevators", ErrorCode.Required, "must list at least one elevator");
            }

            var ids = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < claim.Elevators.Count; i++)
            {
                var ep = Validator.Index("elevators", i);
                var e = claim.Elevators[i];
                if (!v.Required(ep, e))
                {
                    continue;
                }

                if (v.RequiredText(Validator.Field(ep, "id"), e.Id) && !ids.Add(e.Id))
                {
                    v.Add(Validator.Field(ep, "id"), ErrorCode.Inconsistent, $"elevator '{e.Id}' is listed more than once");
                }

                CheckCost(v, Validator.Field(ep, "purchaseAndInstallation"), e.PurchaseAndInstallation);
                CheckCost(v, Validator.Field(ep, "utilityRelocation"), e.UtilityRelocation);
                CheckCost(v, Validator.Field(ep, "powerCapacityIncrease"), e.PowerCapacityIncrease);
            }
        }

        v.ThrowIfAny();
    }

    private static void CheckCost(Validator v, string path, decimal cost)
    {
        if (!v.NotNegative(path, cost))
        {
            return;
        }

        if (cost > ElevatorSubsidyParameters.MaximumAmount)
        {
            v.Add(path, ErrorCode.OutOfRange, $"must not exceed {Num(ElevatorSubsidyParameters.MaximumAmount)} yuan per elevator (got {Num(cost)})");
        }
        else if (!Money.IsWholeFen(cost))
        {
            v.Add(path, ErrorCode.OutOfRange, $"must be a whole number of fen, at most two decimals (got {Num(cost)})");
        }
    }
}
