using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Haidian.Rules.WaterCompensation;

namespace Haidian.Rules.Tests.WaterCompensation;

/// <summary>
/// Stress- and surcharge-heavy inputs (values far above the thresholds, exactly at threshold + k·step, ±1e-9 and ±1e-7
/// around them) through every kernel this machine runs (scalar integers, Vector256, Vector512), bit for bit against the
/// decimal reference, on the gazette and on a what-if whose steps exercise unusual divisors.
/// </summary>
public sealed partial class SectionMonthBatchTests
{
    /// <summary>Steps at the smallest the parameters allow (7·10⁻⁶ and 10⁻⁶ mg/L: large step counts), 1.234567891 (above 2^30 units), 0.3.</summary>
    private static readonly WaterCompensationCalculator OddSteps = new(WaterCompensationParameters.Gazette2017 with
    {
        Version = "odd-steps",
        ChemicalOxygenDemandSurcharge = new SurchargeRule(40.000000001m, 0.000007m, 3m, 2m),
        PermanganateIndexSurcharge = new SurchargeRule(20m, 0.3m, 30_000m, 15_000m),
        AmmoniaNitrogenSurcharge = new SurchargeRule(2m, 1.234567891m, 10_000m, 5_000m),
        TotalPhosphorusSurcharge = new SurchargeRule(0.4m, 0.000001m, 1m, 1m),
    });

    private static readonly decimal[] SurchargeNudges = { 0m, 0m, 0.000000001m, -0.000000001m, 0.0000001m, -0.0000001m, 0.0000000001m };

    private static decimal Clamp(decimal c) => Math.Min(WaterCompensationParameters.MaximumConcentration, Math.Max(0m, c));

    /// <summary>Around and far above a surcharge threshold: threshold + k·step (small and huge k) ± nudges, and anything up to the maximum.</summary>
    private static Gen<decimal> AboveThreshold(SurchargeRule r) =>
        Gen.OneOf(
            from k in Gen.Choose(0, 50)
            from n in Gen.Elements(SurchargeNudges)
            select Clamp(r.Threshold + (k * r.Step) + n),
            from k in Gen.Choose(0, int.MaxValue)
            from n in Gen.Elements(SurchargeNudges)
            select Clamp(r.Threshold + (Math.Min(k, (WaterCompensationParameters.MaximumConcentration - r.Threshold) / r.Step) * r.Step) + n),
            from k in Gen.Choose(0, 1_000_000)
            from d in Gen.Elements(1m, 3m, 1000m, 1_000_000_000m)
            select Clamp(k / d),
            Gen.Elements(0m, r.Threshold, WaterCompensationParameters.MaximumConcentration, WaterCompensationParameters.MaximumConcentration - 0.000000001m));

    private static Gen<SectionMonth> SurchargeItem(WaterCompensationParameters p) =>
        from functional in Gen.Choose(1, 5)
        from target in Gen.Frequency((3, Gen.Choose(1, 5)), (1, Gen.Constant(1)))
        from lake in Gen.Elements(false, true)
        from dry in Gen.Frequency((1, Gen.Constant(true)), (30, Gen.Constant(false)))
        from inflow in Gen.Elements(false, true, true)
        from cod in AboveThreshold(p.ChemicalOxygenDemandSurcharge)
        from mn in AboveThreshold(p.PermanganateIndexSurcharge)
        from nh in AboveThreshold(p.AmmoniaNitrogenSurcharge)
        from tp in AboveThreshold(p.TotalPhosphorusSurcharge)
        from same in Gen.Elements(false, true)
        from icod in AboveThreshold(p.ChemicalOxygenDemandSurcharge)
        from imn in AboveThreshold(p.PermanganateIndexSurcharge)
        from inh in AboveThreshold(p.AmmoniaNitrogenSurcharge)
        from itp in AboveThreshold(p.TotalPhosphorusSurcharge)
        let outflow = new Concentrations(cod, mn, nh, tp)
        let inflowC = same ? outflow : new Concentrations(icod, imn, inh, itp)
        select new SectionMonth(new YearMonth(2018, 6), (WaterClass)functional, (WaterClass)target,
            lake ? WaterBodyType.LakeOrReservoir : WaterBodyType.River, dry, inflow, outflow, inflow ? inflowC : null);

    public static Arbitrary<SectionMonth[]> GazetteSurchargeItems() => Gen.ArrayOf(SurchargeItem(WaterCompensationParameters.Gazette2017)).ToArbitrary();

    public static Arbitrary<SectionMonth[]> OddStepItems() => Gen.ArrayOf(SurchargeItem(OddSteps.ParametersFor(new YearMonth(2018, 6)))).ToArbitrary();

    [Property(MaxTest = 300)]
    public Property EveryKernel_SurchargeHeavyGazetteInputs_BitIdenticalToDecimalReference() =>
        Prop.ForAll(GazetteSurchargeItems(), items => EveryKernelAgrees(Gazette, items) && AgreesWithReference(Gazette, items));

    [Property(MaxTest = 300)]
    public Property EveryKernel_UnusualStepDivisors_BitIdenticalToDecimalReference() =>
        Prop.ForAll(OddStepItems(), items => EveryKernelAgrees(OddSteps, items) && AgreesWithReference(OddSteps, items));

    [Property(MaxTest = 100)]
    public Property EveryKernel_GazetteEdgeHeavyInputs_BitIdenticalToDecimalReference() =>
        Prop.ForAll(GazetteItems(), items => EveryKernelAgrees(Gazette, items));

    [Fact]
    public void OddStepParameters_HaveScaledTables_SoTheKernelsAreExercised()
    {
        Assert.NotNull(OddSteps.Resolve(new YearMonth(2018, 6)).Scaled);
        Assert.Contains(Kernel.Scalar, ScaledRules.SupportedKernels);
        Assert.Equal(ScaledRules.SupportedKernels[^1], ScaledRules.BestKernel);
    }

    [Fact]
    public void EveryKernel_ExactlyAtAndAroundEachThresholdStep_GivesTheReferenceAmount()
    {
        var p = WaterCompensationParameters.Gazette2017;
        var items = new List<SectionMonth>();
        foreach (var k in new[] { 0, 1, 2, 3, 10, 99_995 })
        {
            foreach (var n in SurchargeNudges)
            {
                var c = new Concentrations(
                    Clamp(p.ChemicalOxygenDemandSurcharge.Threshold + (k * p.ChemicalOxygenDemandSurcharge.Step) + n),
                    Clamp(p.PermanganateIndexSurcharge.Threshold + (k * p.PermanganateIndexSurcharge.Step) + n),
                    Clamp(p.AmmoniaNitrogenSurcharge.Threshold + (k * p.AmmoniaNitrogenSurcharge.Step) + n),
                    Clamp(p.TotalPhosphorusSurcharge.Threshold + (k * p.TotalPhosphorusSurcharge.Step) + n));
                foreach (var functional in new[] { WaterClass.I, WaterClass.III })
                {
                    items.Add(new SectionMonth(new YearMonth(2018, 6), functional, WaterClass.I, WaterBodyType.River, false, false, c, null));
                    items.Add(new SectionMonth(new YearMonth(2018, 6), functional, WaterClass.II, WaterBodyType.LakeOrReservoir, false, true, c, c));
                }
            }
        }

        Assert.True(EveryKernelAgrees(Gazette, items.ToArray()));

        // W-style hand check: COD 60.000000001 (class 1 target): 5 classes worse × 30,000 + ceil(20.000000001 / 10) = 3 steps × 30,000.
        var one = new SectionMonth(new YearMonth(2018, 6), WaterClass.I, WaterClass.I, WaterBodyType.River, false, false, new Concentrations(60.000000001m, null, 0.1m, 0.01m), null);
        Assert.Equal(240_000m, Gazette.Amount(one));
        Assert.True(EveryKernelAgrees(Gazette, new[] { one, one, one, one, one, one, one, one, one }));
    }

    /// <summary>Each supported kernel over the whole batch (one parameter version) equals the reference bit for bit, off by one starts included.</summary>
    private static bool EveryKernelAgrees(WaterCompensationCalculator calculator, SectionMonth[] items)
    {
        if (items.Length == 0)
        {
            return true;
        }

        var batch = SectionMonthBatch.From(items);
        var scaled = calculator.Resolve(items[0].Month).Scaled!;
        var exact = new HashSet<int>(batch.ExactIndices);
        var amounts = new decimal[items.Length];
        foreach (var kernel in ScaledRules.SupportedKernels)
        {
            foreach (var start in new[] { 0, Math.Min(1, items.Length) })
            {
                Array.Clear(amounts);
                scaled.Amounts(batch, start, items.Length, amounts.AsSpan(0, items.Length - start), kernel);
                for (var i = start; i < items.Length; i++)
                {
                    if (!exact.Contains(i) && !decimal.GetBits(calculator.ReferenceAmount(items[i])).SequenceEqual(decimal.GetBits(amounts[i - start])))
                    {
                        return false;
                    }
                }
            }
        }

        return true;
    }
}
