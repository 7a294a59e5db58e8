using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Haidian.Rules.ElevatorSubsidy;

namespace Haidian.Rules.Tests.ElevatorSubsidy;

/// <summary>Generators that hit the caps and the two-thirds thresholds exactly, not just random values.</summary>
public static class ElevatorArbitraries
{
    /// <summary>A cost in yuan, whole fen: often exactly at or one fen either side of a cap's boundary.</summary>
    public static Gen<decimal> Cost { get; } = Gen.OneOf(
        Gen.Elements(0m, 0.01m, 0.02m, 599_999.99m, 600_000m, 600_000.01m, 399_999.99m, 400_000m, 400_000.01m, 555_555.55m, 1_000_000_000m),
        Gen.Choose(0, 200_000_000).Select(fen => fen / 100m));

    /// <summary>The ownership categories.</summary>
    public static Gen<PropertyOwnership> Ownership { get; } = Gen.Elements(PropertyOwnership.Municipal, PropertyOwnership.District, PropertyOwnership.CentralUnit, PropertyOwnership.Other);

    /// <summary>An elevator's costs.</summary>
    public static Gen<ElevatorCosts> Elevator { get; } =
        from p in Cost
        from u in Cost
        from w in Cost
        from certified in Gen.Elements(true, false)
        from tech in Gen.Elements(true, false)
        select new ElevatorCosts("E", p, u, w, certified, tech);

    /// <summary>A consent tally whose totals are multiples of 3 half the time, so exactly two-thirds is reachable.</summary>
    public static Gen<ConsentTally> Tally { get; } =
        from totalFen in Gen.OneOf(Gen.Choose(1, 100_000).Select(k => k * 3), Gen.Choose(1, 300_000))
        from owners in Gen.OneOf(Gen.Choose(1, 40).Select(k => k * 3), Gen.Choose(1, 120))
        from agreeingOwners in Gen.OneOf(Gen.Choose(0, owners), Gen.Constant(2 * owners / 3), Gen.Constant((2 * owners / 3) + 1))
        from agreeingFen in Gen.OneOf(Gen.Choose(0, totalFen), Gen.Constant(2 * totalFen / 3), Gen.Constant((2 * totalFen / 3) + 1))
        let a = Math.Min(agreeingOwners, owners)
        let af = Math.Min(agreeingFen, totalFen)
        where (a == 0) == (af == 0) && (a != owners || af == totalFen)
        select new ConsentTally("1单元", totalFen / 100m, af / 100m, owners, a, 0, 0);
}

/// <summary>Spec 02 properties, grouped by kind: invariants, metamorphic, model-based.</summary>
public sealed partial class ElevatorSubsidyCalculatorTests
{
    private static readonly SubsidyItem[] CostItems = { SubsidyItem.PurchaseAndInstallation, SubsidyItem.UtilityRelocation, SubsidyItem.PowerCapacityIncrease };

    private static BuildingSubsidyResult Subsidy(PropertyOwnership o, ElevatorCosts e, ElevatorSubsidyCalculator? calculator = null) =>
        (calculator ?? Calculator).CalculateSubsidy(new SubsidyClaim("B", o, true, new[] { e }), AsOf);

    [Property(MaxTest = 300)]
    public Property Subsidy_NeverExceedsTheCostOrTheCap() => Prop.ForAll(
        Arb.From(ElevatorArbitraries.Ownership),
        Arb.From(ElevatorArbitraries.Elevator),
        (o, e) =>
        {
            var r = Subsidy(o, e);
            return r.Elevators[0].Items
                .Where(i => CostItems.Contains(i.Item) && i.IsSubsidy)
                .All(i => i.Amount <= i.Cost && (i.Cap is null || i.Amount <= i.Cap) && i.Amount >= 0m && Money.IsWholeFen(i.Amount)
                    && i.CapApplied == (i.Cap is { } c && i.Uncapped > c)
                    && i.Amount + i.RemainderForImplementingBody == i.Cost);
        });

    [Property(MaxTest = 300)]
    public Property Subsidy_IsMonotoneInEachCost() => Prop.ForAll(
        Arb.From(ElevatorArbitraries.Ownership),
        Arb.From(ElevatorArbitraries.Elevator),
        Arb.From(ElevatorArbitraries.Cost),
        (o, e, extra) =>
        {
            var bump = Math.Min(extra, ElevatorSubsidyParameters.MaximumAmount);
            var baseTotal = Subsidy(o, e).TotalSubsidy;
            decimal Bumped(decimal x) => Math.Min(x + bump, ElevatorSubsidyParameters.MaximumAmount);
            return Subsidy(o, e with { PurchaseAndInstallation = Bumped(e.PurchaseAndInstallation) }).TotalSubsidy >= baseTotal
                && Subsidy(o, e with { UtilityRelocation = Bumped(e.UtilityRelocation) }).TotalSubsidy >= baseTotal
                && Subsidy(o, e with { PowerCapacityIncrease = Bumped(e.PowerCapacityIncrease) }).TotalSubsidy >= baseTotal;
        });

    [Property(MaxTest = 300)]
    public Property CentralUnitSubsidy_NeverExceedsMunicipalOrDistrictSubsidy_ForTheSameCosts() => Prop.ForAll(
        Arb.From(ElevatorArbitraries.Elevator),
        e =>
        {
            var central = Subsidy(PropertyOwnership.CentralUnit, e).TotalSubsidy;
            return central <= Subsidy(PropertyOwnership.Municipal, e).TotalSubsidy
                && central <= Subsidy(PropertyOwnership.District, e).TotalSubsidy;
        });

    [Property(MaxTest = 300)]
    public Property PurchaseShare_MatchesAPlainReference_RoundedOnceThenCapped() => Prop.ForAll(
        Arb.From(ElevatorArbitraries.Cost),
        cost =>
        {
            var municipal = Subsidy(PropertyOwnership.Municipal, new ElevatorCosts("E", cost, 0m, 0m, false, false)).TotalSubsidy;
            var central = Subsidy(PropertyOwnership.CentralUnit, new ElevatorCosts("E", cost, 0m, 0m, false, false)).TotalSubsidy;
            return municipal == Math.Min(Math.Round(cost / 2m, 2, MidpointRounding.AwayFromZero), 300_000m)
                && central == Math.Min(Math.Round(cost * 3m / 10m, 2, MidpointRounding.AwayFromZero), 180_000m);
        });

    [Property(MaxTest = 500)]
    public Property Consent_MatchesExactIntegerModel_InHundredthsOfASquareMetre() => Prop.ForAll(
        Arb.From(ElevatorArbitraries.Tally),
        t =>
        {
            var r = Calculator.CheckConsent(t, AsOf);
            var areaModel = 3L * (long)(t.AgreeingArea * 100m) >= 2L * (long)(t.TotalArea * 100m);
            var ownerModel = 3L * t.AgreeingOwners >= 2L * t.TotalOwners;
            return r.Conditions[0].Met == areaModel && r.Conditions[1].Met == ownerModel && r.Met == (areaModel && ownerModel);
        });

    [Property(MaxTest = 500)]
    public Property Consent_IsMonotoneInAgreeingAreaAndAgreeingOwners() => Prop.ForAll(
        Arb.From(ElevatorArbitraries.Tally),
        Arb.From(Gen.Choose(0, 300_000)),
        Arb.From(Gen.Choose(0, 120)),
        (t, moreFen, moreOwners) =>
        {
            var before = Calculator.CheckConsent(t, AsOf);
            var owners = Math.Min(t.TotalOwners, t.AgreeingOwners + moreOwners);
            var area = Math.Min(t.TotalArea, t.AgreeingArea + (moreFen / 100m));
            if (owners == t.TotalOwners)
            {
                area = t.TotalArea;
            }

            if (owners > 0 && area == 0m)
            {
                area = 0.01m;
            }

            if (owners == 0)
            {
                area = 0m;
            }

            var after = Calculator.CheckConsent(t with { AgreeingOwners = owners, AgreeingArea = area }, AsOf);
            return (!before.Conditions[0].Met || after.Conditions[0].Met)
                && (!before.Conditions[1].Met || after.Conditions[1].Met)
                && (!before.Met || after.Met);
        });
}
