using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Haidian.Rules.WaterCompensation;

namespace Haidian.Rules.Tests.WaterCompensation;

/// <summary>
/// Issue 16: the conversion of a section-month without branches on its data (the indicator as an index, the inflow point
/// selected by address, the checks combined with <c>&amp;</c>; .NET 8+) must accept exactly what the branching conversion
/// accepts and give the same integers — on every shape (classes 0–6, both bodies and undefined ones, dry, inflow given
/// or not with hasInflow either way) and on values at every scale 0–28, at the limits and 10⁻⁷ either side, negative,
/// missing, and too large (which must be declined so that the exact decimal reference takes them).
/// </summary>
public sealed class ScaledInputBranchFreeTests
{
    private static readonly WaterCompensationCalculator Gazette = new();

    /// <summary>A value for one slot: missing, any decimal of <see cref="ScaledInputTests.Decimals"/>, or an edge of a pollutant.</summary>
    private static Gen<decimal?> Value(Pollutant p) => Gen.Frequency(
        (1, Gen.Constant((decimal?)null)),
        (3, ScaledInputTests.Decimals().Generator.Select(d => (decimal?)d)),
        (3, WaterArbitraries.Concentration(p).Select(d => (decimal?)d)));

    private static Gen<Concentrations> Point() =>
        from cod in Value(Pollutant.ChemicalOxygenDemand)
        from mn in Value(Pollutant.PermanganateIndex)
        from nh3 in Value(Pollutant.AmmoniaNitrogen)
        from tp in Value(Pollutant.TotalPhosphorus)
        select new Concentrations(cod, mn, nh3, tp);

    public static Arbitrary<SectionMonth> Items() => Arb.From(
        from functional in Gen.Frequency((12, WaterArbitraries.ClassGen()), (1, Gen.Elements((WaterClass)0, WaterClass.WorseThanV, (WaterClass)99)))
        from target in Gen.Frequency((12, WaterArbitraries.ClassGen()), (1, Gen.Elements((WaterClass)0, WaterClass.WorseThanV)))
        from body in Gen.Frequency((12, Gen.Elements(WaterBodyType.River, WaterBodyType.LakeOrReservoir)), (1, Gen.Elements((WaterBodyType)(-1), (WaterBodyType)2)))
        from dry in Gen.Frequency((1, Gen.Constant(true)), (6, Gen.Constant(false)))
        from hasInflow in Gen.Elements(true, false)
        from inflowGiven in Gen.Frequency((5, Gen.Constant(true)), (1, Gen.Constant(false)))
        from outflow in Point()
        from inflow in Point()
        select new SectionMonth(new YearMonth(2018, 3), functional, target, body, dry, hasInflow, outflow, inflowGiven ? inflow : null));

    // Property: TryScale (branch-free where the runtime allows it) accepts exactly what the branching conversion accepts,
    // with the same seven integers.
    [Property(Arbitrary = new[] { typeof(ScaledInputBranchFreeTests) }, MaxTest = 20_000)]
    public bool TryScale_IsTheBranchingConversion(SectionMonth x)
    {
        var expected = ScaledInput.TryScaleBranching(x, out var e);
        var ok = ScaledInput.TryScale(x, out var got);
        return ok == expected && (!ok || Same(e, got));
    }

    // Property: whatever the conversion takes is valid and priced as the decimal reference prices it, bit for bit; what it
    // declines is either invalid (every path throws the validator's problems) or priced by the exact decimal reference.
    [Property(Arbitrary = new[] { typeof(ScaledInputBranchFreeTests) }, MaxTest = 5_000)]
    public bool Amount_IsTheReference_WhateverTheConversionDecides(SectionMonth x)
    {
        var reference = Record.Exception(() => Gazette.ReferenceAmount(x));
        var accepted = ScaledInput.TryScale(x, out _);
        if (reference is not null)
        {
            return !accepted && Record.Exception(() => Gazette.Amount(x)) is ValidationException;
        }

        var amount = Gazette.ReferenceAmount(x);
        var span = new decimal[1];
        Gazette.Amounts(new[] { x }, span);
        var batch = new SectionMonthBatch(1);
        batch.Add(x);
        var fromBatch = new decimal[1];
        Gazette.Amounts(batch, fromBatch);
        return Bits(amount, Gazette.Amount(x)) && Bits(amount, span[0]) && Bits(amount, fromBatch[0]);
    }

#if !LIBRARY_TARGET_BUILD
    [Fact]
    public void TheBranchFreeConversionIsTheOneUsedHere()
    {
        // On .NET 10 (this project's library build) the layout check passes, so the property above tests the branch-free code.
        Assert.True(ScaledInput.SetLayoutMatches);
    }
#endif

    [Fact]
    public void InflowFlagWithoutInflow_IsDeclined_EvenThoughTheOutflowWouldFit()
    {
        // The branch-free code converts the outflow a second time when there is no inflow set: it must still decline.
        var x = new SectionMonth(new YearMonth(2018, 3), WaterClass.III, WaterClass.III, WaterBodyType.River, false, true, new Concentrations(null, 6m, 0.5m, 0.1m), null);
        Assert.False(ScaledInput.TryScale(x, out _));
        Assert.False(ScaledInput.TryScaleBranching(x, out _));
    }

    [Fact]
    public void NoInflow_IsMinusOne_WithBothConversions()
    {
        var x = new SectionMonth(new YearMonth(2018, 3), WaterClass.IV, WaterClass.III, WaterBodyType.LakeOrReservoir, false, false, new Concentrations(52m, 999m, 3.2m, 0.35m), null);
        Assert.True(ScaledInput.TryScale(x, out var got));
        Assert.True(ScaledInput.TryScaleBranching(x, out var expected));
        Assert.True(Same(expected, got));
        Assert.Equal(-1L, got.OxygenIn);
        Assert.Equal(-1L, got.AmmoniaIn);
        Assert.Equal(-1L, got.PhosphorusIn);
        Assert.Equal(52_000_000_000L, got.OxygenOut);
    }

    private static bool Same(ScaledItem a, ScaledItem b) =>
        a.Shape == b.Shape && a.OxygenOut == b.OxygenOut && a.OxygenIn == b.OxygenIn && a.AmmoniaOut == b.AmmoniaOut
        && a.AmmoniaIn == b.AmmoniaIn && a.PhosphorusOut == b.PhosphorusOut && a.PhosphorusIn == b.PhosphorusIn;

    private static bool Bits(decimal a, decimal b) => decimal.GetBits(a).SequenceEqual(decimal.GetBits(b));
}
