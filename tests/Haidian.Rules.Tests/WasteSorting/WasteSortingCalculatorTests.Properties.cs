using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Haidian.Rules.WasteSorting;

namespace Haidian.Rules.Tests.WasteSorting;

/// <summary>Spec 05 properties, grouped by kind; generators work in whole kilograms and hit the limits exactly.</summary>
public sealed partial class WasteSortingCalculatorTests
{
    /// <summary>Tonnages in whole kilograms: 1 kg and 1,000 t (the ticket limits) and the values around them, often.</summary>
    private static Gen<decimal> TonnesGen =>
        Gen.Frequency(
            (3, Gen.Choose(1, 1_000_000).Select(kg => kg / 1000m)),
            (1, Gen.Elements(0.001m, 0.002m, 0.999m, 1m, 999.999m, 1_000m)));

    private static Gen<WeighingTicket[]> TicketsGen =>
        from count in Gen.Choose(0, 12)
        from parts in Gen.ListOf(TonnesGen.SelectMany(t => Gen.Elements(WasteStream.Kitchen, WasteStream.Other).SelectMany(s => Gen.Choose(1, 31).Select(d => (t, s, d)))), count)
        select parts.Select((p, i) => new WeighingTicket("T-" + i, new LocalDate(2018, 3, p.d), p.t, p.s)).ToArray();

    private static Gen<ServiceAgreement?> AgreementGen =>
        Gen.OneOf(
            Gen.Constant<ServiceAgreement?>(null),
            Gen.Elements(true, false).Select(w => (ServiceAgreement?)new ServiceAgreement(null, w)),
            TonnesGen.SelectMany(b => Gen.Elements(true, false).Select(w => (ServiceAgreement?)new ServiceAgreement(b, w))));

    private static Gen<EstateMonth> EstateGen =>
        from tickets in TicketsGen
        from accepted in Gen.Frequency((4, Gen.Constant(true)), (1, Gen.Constant(false)))
        from site in Gen.Frequency((4, Gen.Constant(SiteKind.ResidentialEstate)), (1, Gen.Constant(SiteKind.Village)))
        from agreement in AgreementGen
        select Estate("E", tickets, accepted, agreement, site: site);

    /// <summary>Invariant: whenever payable, the subsidy is exactly 1,700 × kitchen tonnes (whole kilograms need no rounding).</summary>
    [Property(MaxTest = 300)]
    public Property Payable_IsRateTimesKitchenTonnes() =>
        Prop.ForAll(EstateGen.ToArbitrary(), e =>
        {
            var r = Calculator.Calculate(e);
            var kitchen = e.Tickets.Where(t => t.Stream == WasteStream.Kitchen).Sum(t => t.Tonnes);
            return r.Gross == 1_700m * kitchen
                && (r.Status != SubsidyStatus.Payable || r.Payable == 1_700m * kitchen)
                && (r.Status == SubsidyStatus.Payable || r.Payable == 0m);
        });

    /// <summary>Invariant: nothing is ever negative, and gross = payable + held.</summary>
    [Property(MaxTest = 300)]
    public Property Amounts_AreNeverNegative_AndAddUp() =>
        Prop.ForAll(EstateGen.ToArbitrary(), e =>
        {
            var r = Calculator.Calculate(e);
            return r.Payable >= 0m && r.Gross >= 0m && r.Held >= 0m && r.Gross == r.Payable + r.Held
                && (r.Base.ShortfallTonnes ?? 0m) >= 0m && (r.Base.ShortfallPoints ?? 0m) >= 0m;
        });

    /// <summary>Metamorphic: one more kilogram-precise kitchen ticket never lowers gross or payable (the rate only rises).</summary>
    [Property(MaxTest = 300)]
    public Property MoreKitchenWaste_NeverPaysLess() =>
        Prop.ForAll(EstateGen.ToArbitrary(), TonnesGen.ToArbitrary(), (e, extra) =>
        {
            var before = Calculator.Calculate(e);
            var after = Calculator.Calculate(e with { Tickets = e.Tickets.Append(new WeighingTicket("EXTRA", new LocalDate(2018, 3, 15), extra, WasteStream.Kitchen)).ToArray() });
            return after.Gross > before.Gross && after.Payable >= before.Payable && after.KitchenTonnes == before.KitchenTonnes + extra;
        });

    /// <summary>Model-based: the month equals the sum of its tickets' contributions (1,700 × each kitchen ticket), in any ticket order.</summary>
    [Property(MaxTest = 300)]
    public Property Month_IsTheSumOfItsTickets() =>
        Prop.ForAll(EstateGen.ToArbitrary(), e =>
        {
            var r = Calculator.Calculate(e);
            var perTicket = e.Tickets.Where(t => t.Stream == WasteStream.Kitchen).Sum(t => Money.RoundToFen(1_700m * t.Tonnes));
            var reversed = Calculator.Calculate(e with { Tickets = e.Tickets.Reverse().ToArray() });
            return r.Gross == perTicket && reversed.Gross == r.Gross && reversed.Payable == r.Payable;
        });

    /// <summary>Boundary: kitchen k with other 19k is exactly 5% and meets the base; one kilogram less kitchen is below it, and adding the stated shortfall meets it.</summary>
    [Property(MaxTest = 200)]
    public Property FivePercent_IsMetExactly_AndTheShortfallIsEnough() =>
        Prop.ForAll(Gen.Choose(2, 50_000).ToArbitrary(), kg =>
        {
            var k = kg / 1000m;
            var at = Calculator.Calculate(Estate("B", new[] { Kitchen("B-1", 1, k), Other("B-2", 1, 19m * k) }));
            var below = Calculator.Calculate(Estate("B", new[] { Kitchen("B-1", 1, k - 0.001m), Other("B-2", 1, 19m * k) }));
            var fixedUp = Calculator.Calculate(Estate("B", new[] { Kitchen("B-1", 1, k - 0.001m), Kitchen("B-3", 2, below.Base.ShortfallTonnes!.Value), Other("B-2", 1, 19m * k) }));
            return at.Base.Verdict == BaseVerdict.Met && below.Base.Verdict == BaseVerdict.Below
                && below.Base.SeparationRatePercent < 5m && fixedUp.Base.Verdict == BaseVerdict.Met;
        });

    /// <summary>Metamorphic: a street statement is the sum of its estates; a year is the sum of its months.</summary>
    [Property(MaxTest = 60)]
    public Property Statements_AreTheSumOfTheirParts() =>
        Prop.ForAll(Gen.Choose(0, 6).SelectMany(n => Gen.ListOf(EstateGen, n)).ToArbitrary(), estates =>
        {
            var unique = estates.Select((e, i) => e with
            {
                Estate = "E" + i,
                Operator = "Op" + (i % 3),
                Tickets = e.Tickets.Select(t => t with { Number = "E" + i + "-" + t.Number }).ToArray(),
            }).ToArray();
            var s = Calculator.Statement("S", March2018, unique);
            var april = unique.Select(e => e with
            {
                Month = new YearMonth(2018, 4),
                Tickets = e.Tickets.Select(t => t with { Number = t.Number + "-4", Date = new LocalDate(2018, 4, Math.Min(30, t.Date.Day)) }).ToArray(),
            });
            var y = Calculator.YearStatement("S", 2018, unique.Concat(april));
            return s.Gross == s.Estates.Sum(e => e.Gross)
                && s.Payable == s.Estates.Sum(e => e.Payable)
                && s.Payable == s.Payees.Sum(p => p.Payable)
                && s.Gross == s.Payable + s.NotAccepted + s.Flagged + s.WithheldBelowBase
                && s.KitchenTonnes == s.Estates.Sum(e => e.KitchenTonnes)
                && y.Payable == y.Months.Sum(m => m.Payable)
                && y.Gross == y.Months.Sum(m => m.Gross)
                && y.Payable == y.Estates.Sum(e => e.Payable)
                && y.Payable == y.Payees.Sum(p => p.Payable)
                && (unique.Length == 0 || y.Payable == 2m * s.Payable);
        });

    /// <summary>Invariant: sizing lower bounds never exceed upper bounds, and each count covers the households (the standards' edges hit exactly).</summary>
    [Property(MaxTest = 300)]
    public Property Sizing_LowerBoundNeverExceedsUpper() =>
        Prop.ForAll(
            Gen.Frequency(
                (2, Gen.Choose(1, WasteSortingParameters.MaximumHouseholds)),
                (2, Gen.Elements(80, 100, 400, 2_500, 3_000).SelectMany(b => Gen.Choose(1, 50).SelectMany(m => Gen.Choose(-1, 1).Select(d => (b * m) + d))))).ToArbitrary(),
            h =>
            {
                var s = new WasteSortingStandards().Size(h);
                return s.DispersedStationsLow <= s.DispersedStationsHigh
                    && s.RecyclingTrucksLow <= s.RecyclingTrucksHigh
                    && s.CentralizedStations * 400L >= h && (s.CentralizedStations - 1) * 400L < h
                    && s.DispersedStationsHigh * 80L >= h && (s.DispersedStationsHigh - 1) * 80L < h
                    && s.RecyclingTrucksLow * 3_000L >= h && (s.RecyclingTrucksLow - 1) * 3_000L < h;
            });
}
