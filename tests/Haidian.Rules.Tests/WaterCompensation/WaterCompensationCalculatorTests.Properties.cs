using FsCheck.Xunit;
using Haidian.Rules.WaterCompensation;

namespace Haidian.Rules.Tests.WaterCompensation;

/// <summary>The spec 01 properties, grouped by kind (invariants, metamorphic, model-based).</summary>
public sealed class WaterCompensationPropertyTests
{
    private static readonly WaterCompensationCalculator Calculator = new();

    // Metamorphic: raising any outflow concentration never lowers the amount.
    [Property(Arbitrary = new[] { typeof(WaterArbitraries) }, MaxTest = 2000)]
    public bool RaisingAnOutflowConcentration_NeverLowersTheAmount(SectionMonth x, WaterArbitraries.Raise raise) =>
        Calculator.Amount(raise.Apply(x)) >= Calculator.Amount(x);

    // Metamorphic: case (二) (outflow ≤ inflow) never costs more than case (一) for the same outflow.
    [Property(Arbitrary = new[] { typeof(WaterArbitraries) }, MaxTest = 2000)]
    public bool CaseTwo_NeverCostsMoreThanCaseOne(SectionMonth x, WaterArbitraries.Raise raise)
    {
        var noInflow = x with { HasInflow = false, Inflow = null };
        var cleanerUpstream = raise.Delta == 0m ? x.Outflow : raise.Apply(x with { Outflow = x.Outflow }).Outflow;
        var asCaseTwo = x with { HasInflow = true, Inflow = cleanerUpstream }; // inflow ≥ outflow on every pollutant
        return Calculator.Amount(asCaseTwo) <= Calculator.Amount(noInflow);
    }

    // Invariant: a dry month is always 0.
    [Property(Arbitrary = new[] { typeof(WaterArbitraries) })]
    public bool DryMonth_IsAlwaysZero(SectionMonth x) => Calculator.Amount(x with { Dry = true }) == 0m;

    // Invariant: a section meeting its target on all three pollutants is always 0.
    [Property(Arbitrary = new[] { typeof(WaterArbitraries) }, MaxTest = 1000)]
    public bool SectionMeetingItsTarget_IsAlwaysZero(SectionMonth x)
    {
        var p = WaterCompensationParameters.Gazette2017;
        decimal Cap(Pollutant pol, decimal? c) => Math.Min(c!.Value, p.LimitsFor(pol, x.BodyType).LimitOf(x.AssessmentTarget));
        var o = x.Outflow;
        var meeting = x with
        {
            Outflow = new Concentrations(
                Cap(Pollutant.ChemicalOxygenDemand, o.ChemicalOxygenDemand),
                Cap(Pollutant.PermanganateIndex, o.PermanganateIndex),
                Cap(Pollutant.AmmoniaNitrogen, o.AmmoniaNitrogen),
                Cap(Pollutant.TotalPhosphorus, o.TotalPhosphorus)),
        };
        return Calculator.Amount(meeting) == 0m;
    }

    // Invariant: amounts are never negative and always whole yuan multiples of the gazette's rates (5,000).
    [Property(Arbitrary = new[] { typeof(WaterArbitraries) }, MaxTest = 2000)]
    public bool Amount_IsNonNegativeMultipleOf5000(SectionMonth x)
    {
        var a = Calculator.Amount(x);
        return a >= 0m && a % 5_000m == 0m;
    }

    // Model-based: the itemized result and the fast amount-only path agree on every input, and so does the batch path.
    [Property(Arbitrary = new[] { typeof(WaterArbitraries) }, MaxTest = 3000)]
    public bool ItemizedAndFastPaths_Agree(SectionMonth x)
    {
        var itemized = Calculator.Calculate(x);
        var batch = Calculator.Amounts(new[] { x });
        return itemized.Amount == Calculator.Amount(x)
            && batch[0] == itemized.Amount
            && itemized.Pollutants.Sum(p => p.Amount) == itemized.Amount
            && itemized.Lines[itemized.Lines.Count - 1].Amount == itemized.Amount;
    }

    // Model-based: the library equals a plain reference implementation written from the spec's text.
    [Property(Arbitrary = new[] { typeof(WaterArbitraries) }, MaxTest = 3000)]
    public bool FastPath_EqualsPlainReference(SectionMonth x) => Calculator.Amount(x) == Reference.Amount(x);

    // Invariant: border splits conserve money to the fen.
    [Property(MaxTest = 2000)]
    public bool SplitEqually_ConservesToTheFen(uint fen, byte ways)
    {
        var total = fen / 100m;
        var n = (ways % 7) + 1;
        var shares = Money.SplitEqually(total, n);
        return shares.Sum() == total
            && shares.All(s => Money.IsWholeFen(s))
            && shares.Max() - shares.Min() <= Money.Fen
            && shares.SequenceEqual(shares.OrderByDescending(s => s)); // leftover fen go to the towns listed first
    }

    // Invariant: the ledger conserves money — Σ paid = Σ received + pool — and each section's shares add up to its amount.
    [Property(Arbitrary = new[] { typeof(WaterArbitraries) }, MaxTest = 300)]
    public bool Ledger_ConservesMoney(WaterArbitraries.District d)
    {
        var ledger = Calculator.Settle(d.Month, d.Registry, d.Monitoring);
        var sectionsAddUp = ledger.Sections.All(s => ledger.Lines.Where(l => l.SectionId == s.SectionId).Sum(l => l.Amount) == s.Amount);
        return ledger.IsBalanced
            && ledger.TotalPaid == ledger.Sections.Sum(s => s.Amount)
            && ledger.Towns.Sum(t => t.Net) == -ledger.PoolTotal
            && sectionsAddUp;
    }

    /// <summary>A deliberately plain transcription of 第八条/第九条 (no arrays, no shared code with the library).</summary>
    private static class Reference
    {
        public static decimal Amount(SectionMonth x)
        {
            if (x.Dry)
            {
                return 0m;
            }

            var useMn = x.FunctionalClass == WaterClass.II || x.FunctionalClass == WaterClass.III;
            var t = (int)x.AssessmentTarget;
            var i = x.Inflow;
            var sum = 0m;
            if (useMn)
            {
                sum += One(x.Outflow.PermanganateIndex!.Value, i?.PermanganateIndex, new[] { 2m, 4m, 6m, 10m, 15m }, t, 15m, 5m, 30000m, 15000m);
            }
            else
            {
                sum += One(x.Outflow.ChemicalOxygenDemand!.Value, i?.ChemicalOxygenDemand, new[] { 15m, 15m, 20m, 30m, 40m }, t, 40m, 10m, 30000m, 15000m);
            }

            sum += One(x.Outflow.AmmoniaNitrogen!.Value, i?.AmmoniaNitrogen, new[] { 0.15m, 0.5m, 1.0m, 1.5m, 2.0m }, t, 2m, 1m, 10000m, 5000m);
            var tp = x.BodyType == WaterBodyType.River ? new[] { 0.02m, 0.1m, 0.2m, 0.3m, 0.4m } : new[] { 0.01m, 0.025m, 0.05m, 0.1m, 0.2m };
            sum += One(x.Outflow.TotalPhosphorus!.Value, i?.TotalPhosphorus, tp, t, 0.5m, 0.5m, 20000m, 10000m);
            return sum;
        }

        private static decimal One(decimal c, decimal? inflow, decimal[] limits, int target, decimal threshold, decimal step, decimal s1, decimal s2)
        {
            var cls = 6;
            for (var k = 4; k >= 0; k--)
            {
                if (c <= limits[k])
                {
                    cls = k + 1;
                }
            }

            var worse = cls - target;
            if (worse <= 0)
            {
                return 0m;
            }

            var case1 = inflow is null || c > inflow.Value;
            var amount = worse * (case1 ? 30000m : 15000m);
            if (cls == 6 && c > threshold)
            {
                var steps = Math.Ceiling((c - threshold) / step);
                amount += steps * (case1 ? s1 : s2);
            }

            return amount;
        }
    }
}
