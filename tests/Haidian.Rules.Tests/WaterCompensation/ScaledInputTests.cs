using System.Globalization;
using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Haidian.Rules.WaterCompensation;

namespace Haidian.Rules.Tests.WaterCompensation;

/// <summary>
/// The conversion every fast path shares (<see cref="ScaledInput"/>: a decimal's 96-bit mantissa and scale turned into
/// 10⁻⁹ mg/L units with integer operations) against an exact <see cref="BigInteger"/> oracle, and the paths it feeds
/// (<c>Amount</c>, <c>Amounts(span)</c>, <c>SectionMonthBatch.Add</c>/<c>From</c>, <c>Calculate</c>) against the decimal
/// reference on values that do not fit, which must fall back to exact decimals, never be rounded.
/// </summary>
public sealed class ScaledInputTests
{
    private static readonly WaterCompensationCalculator Gazette = new();
    private static readonly BigInteger Two64 = BigInteger.One << 64;
    private static readonly BigInteger MaxUnits = BigInteger.Pow(10, 15);
    private static readonly YearMonth Mar2018 = new(2018, 3);

    /// <summary>Anchors in mg/L: zero, the gazette's limits and thresholds, one unit, the maximum.</summary>
    private static readonly decimal[] Anchors = { 0m, 0.000000001m, 0.01m, 0.02m, 0.15m, 0.5m, 1m, 2m, 15m, 40m, 999_999.999999999m, 1_000_000m };

    /// <summary>Decimals at every scale 0–28: anchors exactly and 10⁻⁷, 10⁻⁹, 10⁻¹⁰ and one last digit either side, trailing zeros, random mantissas, both signs.</summary>
    public static Arbitrary<decimal> Decimals() => Arb.From(
        from scale in Gen.Choose(0, 28)
        from kind in Gen.Choose(0, 3)
        from anchor in Gen.Elements(Anchors)
        from delta in Gen.Elements(0, 1, -1, 2, -2, 3, -3, 4, -4)
        from lo in Gen.Choose(int.MinValue, int.MaxValue)
        from mid in Gen.Choose(int.MinValue, int.MaxValue)
        from hi in Gen.Elements(0, 0, 0, 1, int.MaxValue, -1)
        from negative in Gen.Frequency((5, Gen.Constant(false)), (1, Gen.Constant(true)))
        select kind switch
        {
            0 => Build(AnchorMantissa(anchor, scale) + DeltaMantissa(delta, scale), scale, negative),
            1 => Build(AnchorMantissa(anchor, scale), scale, negative),
            2 => new decimal(lo, mid, 0, negative, (byte)scale),
            _ => new decimal(lo, mid, hi, negative, (byte)scale),
        });

    // Property: the conversion is exact when it succeeds, declines only what does not fit (or needs more than 64 bits
    // of mantissa), and takes every fitting value with a 64-bit mantissa.
    [Property(Arbitrary = new[] { typeof(ScaledInputTests) }, MaxTest = 5000)]
    public bool TryUnits_IsExactAndDeclinesOnlyWhatDoesNotFit(decimal value)
    {
        var (fits, units, mantissa) = Oracle(value);
        var ok = ScaledInput.TryUnits(value, out var got);
        if (ok)
        {
            return fits && got == units;
        }

        return !fits || mantissa >= Two64;
    }

    // Property: the amount of a section-month whose NH3-N is such a decimal is the decimal reference's, bit for bit, on
    // every path (fitting values through the integer kernel, the others through the exact fallback).
    [Property(Arbitrary = new[] { typeof(ScaledInputTests) }, MaxTest = 1500)]
    public bool EveryPath_EqualsTheReference_ForAnyNh3nDecimal(decimal value)
    {
        var x = Item(value < 0m ? -value : value);
        if (x.Outflow.AmmoniaNitrogen > WaterCompensationParameters.MaximumConcentration)
        {
            return Throws(() => Gazette.Amount(x)) && Throws(() => Gazette.Amounts(new[] { x }));
        }

        var reference = Gazette.ReferenceAmount(x);
        var span = new decimal[1];
        Gazette.Amounts(new[] { x }, span);
        var batch = new decimal[1];
        Gazette.Amounts(SectionMonthBatch.From(new[] { x }), batch);
        return Same(reference, Gazette.Amount(x)) && Same(reference, span[0]) && Same(reference, batch[0]) && Same(reference, Gazette.Calculate(x).Amount);
    }

    [Theory]
    [InlineData(0L, 0, false, true, 0L)]                                  // 0
    [InlineData(0L, 5, true, true, 0L)]                                   // −0.00000 is 0
    [InlineData(0L, 28, true, true, 0L)]                                  // −0 at scale 28
    [InlineData(1L, 9, false, true, 1L)]                                  // 10⁻⁹: one unit
    [InlineData(1L, 9, true, false, 0L)]                                  // −10⁻⁹: negative
    [InlineData(1L, 10, false, false, 0L)]                                // 10⁻¹⁰: ten decimals
    [InlineData(10L, 10, false, true, 1L)]                                // 0.0000000010: trailing zero, one unit
    [InlineData(1_000_000L, 0, false, true, 1_000_000_000_000_000L)]      // 10⁶, the maximum
    [InlineData(1_000_001L, 0, false, false, 0L)]                         // above the maximum
    [InlineData(1_000_000_000_000_000L, 9, false, true, 1_000_000_000_000_000L)]  // 10⁶ at scale 9: the largest mantissa taken at that scale
    [InlineData(1_000_000_000_000_001L, 9, false, false, 0L)]             // one unit above it
    [InlineData(10_000_000_000_000_000L, 10, false, true, 1_000_000_000_000_000L)] // 10⁶ at scale 10 (division path)
    [InlineData(10_000_000_000_000_010L, 10, false, false, 0L)]           // 10⁶ + 10⁻⁹ at scale 10: divides exactly, one unit above the maximum
    public void TryUnits_AtTheBoundaries(long mantissa, int scale, bool negative, bool ok, long units)
    {
        var value = new decimal(unchecked((int)(mantissa & 0xFFFFFFFF)), unchecked((int)(mantissa >> 32)), 0, negative, (byte)scale);
        var expected = Oracle(value);

        Assert.Equal(ok, ScaledInput.TryUnits(value, out var got));
        Assert.Equal(units, got);
        Assert.Equal(ok, expected.Fits);
    }

    [Fact]
    public void TryUnits_DivisionPath_AtScale28_TakesTheLargestDivisor()
    {
        // 10⁻⁹ written with scale 28 has mantissa 10¹⁹ (< 2⁶⁴): divided by 10¹⁹, one unit.
        var oneUnit = new decimal(unchecked((int)0x89E80000), unchecked((int)0x8AC72304), 0, false, 28);
        Assert.Equal(0.000000001m, oneUnit);
        Assert.True(ScaledInput.TryUnits(oneUnit, out var u));
        Assert.Equal(1L, u);

        // One more in the last digit: not a whole number of units.
        var notWhole = new decimal(unchecked((int)0x89E80001), unchecked((int)0x8AC72304), 0, false, 28);
        Assert.False(ScaledInput.TryUnits(notWhole, out _));
    }

    [Fact]
    public void TryUnits_DeclinesMantissasOf64BitsOrMore_EvenForWholeValues()
    {
        // 1 written with 28 decimals: mantissa 10²⁸ needs the high 32 bits; the paths then use the exact reference.
        var one = 1.0000000000000000000000000000m;
        Assert.False(ScaledInput.TryUnits(one, out _));
        Assert.True(ScaledInput.TryUnits(1m, out var u));
        Assert.Equal(1_000_000_000L, u);
    }

    [Fact]
    public void TryParameterUnits_KeepsTheParameterRangeUpToOneBillion()
    {
        Assert.True(ScaledInput.TryParameterUnits(1_000_000_000m, out var u));
        Assert.Equal(1_000_000_000_000_000_000L, u);
        Assert.False(ScaledInput.TryParameterUnits(1_000_000_000.000000001m, out _));
        Assert.True(ScaledInput.TryParameterUnits(1_000_000.5m, out u));
        Assert.Equal(1_000_000_500_000_000L, u);
        Assert.False(ScaledInput.TryUnits(1_000_000.5m, out _));
    }

    [Fact]
    public void ALimitPlusOneInTheLast28thDecimal_IsAboveTheLimit_OnEveryPath()
    {
        // NH3-N 1.0000000000000000000000000001 mg/L is above the class III limit (1.0): class IV, one class worse than
        // target III. Multiplying it by 10⁹ in decimal rounds to exactly 10⁹ (29 significant digits) — the former batch
        // conversion then stored the limit itself (class III, nothing owed). The bits say it does not fit: exact fallback.
        var above = Item(1.0000000000000000000000000001m);
        var at = Item(1m);
        Assert.Equal(0m, Gazette.ReferenceAmount(at));
        Assert.Equal(30_000m, Gazette.ReferenceAmount(above));
        var batch = new SectionMonthBatch(0);
        batch.Add(above);
        batch.Add(at);
        Assert.Equal(1, batch.ExactFallbackCount);
        var amounts = new decimal[2];
        Gazette.Amounts(batch, amounts);
        Assert.Equal(new[] { 30_000m, 0m }, amounts);
        Gazette.Amounts(new[] { above, at }, amounts);
        Assert.Equal(new[] { 30_000m, 0m }, amounts);
        Assert.Equal(30_000m, Gazette.Amount(above));
        Assert.Equal(30_000m, Gazette.Calculate(above).Amount);
        Assert.Equal(0m, Gazette.Amount(at));
    }

    [Fact]
    public void TryScale_ConvertsAValidItem_WithTheBatchShapeWord()
    {
        var x = Item(3.2m) with { HasInflow = true, Inflow = new Concentrations(null, 7.5m, 1.25m, 0.2m) };
        Assert.True(ScaledInput.TryScale(x, out var item));
        Assert.Equal(6_000_000_000L, item.OxygenOut);
        Assert.Equal(7_500_000_000L, item.OxygenIn);
        Assert.Equal(3_200_000_000L, item.AmmoniaOut);
        Assert.Equal(1_250_000_000L, item.AmmoniaIn);
        Assert.Equal(100_000_000L, item.PhosphorusOut);
        Assert.Equal(200_000_000L, item.PhosphorusIn);

        // The same shape word and columns as the batch stores for it.
        var batch = new SectionMonthBatch(0);
        batch.AddValidated(x);
        Assert.Equal(batch.Shape[0], item.Shape);
        Assert.Equal(new[] { batch.OxygenOut[0], batch.OxygenIn[0], batch.AmmoniaOut[0], batch.AmmoniaIn[0], batch.PhosphorusOut[0], batch.PhosphorusIn[0] },
            new[] { item.OxygenOut, item.OxygenIn, item.AmmoniaOut, item.AmmoniaIn, item.PhosphorusOut, item.PhosphorusIn });
    }

    [Fact]
    public void TryScale_NoInflow_IsMinusOne_AndDryIsFiveWithZeros()
    {
        Assert.True(ScaledInput.TryScale(Item(3.2m), out var item));
        Assert.Equal(new[] { -1L, -1L, -1L }, new[] { item.OxygenIn, item.AmmoniaIn, item.PhosphorusIn });
        Assert.Equal(2L, item.Shape & SectionMonthBatch.TargetBits);

        var dry = Item(3.2m) with { Dry = true, HasInflow = true, Inflow = null };
        Assert.True(ScaledInput.TryScale(dry, out item));
        Assert.Equal(5L, item.Shape & SectionMonthBatch.TargetBits);
        Assert.Equal(0L, item.AmmoniaOut);
        var batch = new SectionMonthBatch(0);
        batch.AddValidated(dry);
        Assert.Equal(batch.Shape[0], item.Shape);
        Assert.Equal(0m, Gazette.Amount(dry));
    }

    [Theory]
    [InlineData(WaterClass.I, WaterBodyType.River, false, 52_000_000_000L)]          // COD
    [InlineData(WaterClass.II, WaterBodyType.River, false, 6_000_000_000L)]          // CODMn from class II
    [InlineData(WaterClass.III, WaterBodyType.LakeOrReservoir, true, 6_000_000_000L)] // CODMn to class III
    [InlineData(WaterClass.IV, WaterBodyType.River, true, 52_000_000_000L)]          // COD again from class IV
    [InlineData(WaterClass.V, WaterBodyType.LakeOrReservoir, false, 52_000_000_000L)]
    public void TryScale_TakesEveryValidShape_AsTheBatchStoresIt(WaterClass functional, WaterBodyType body, bool inflow, long oxygen)
    {
        var both = new Concentrations(52m, 6m, 0.4m, 0.05m);
        var x = new SectionMonth(Mar2018, functional, WaterClass.I, body, false, inflow, both, inflow ? both with { AmmoniaNitrogen = 0.3m } : null);
        Assert.True(ScaledInput.TryScale(x, out var item));
        Assert.Equal(oxygen, item.OxygenOut);
        Assert.Equal(inflow ? oxygen : -1L, item.OxygenIn);
        Assert.Equal(inflow ? 300_000_000L : -1L, item.AmmoniaIn);
        var batch = new SectionMonthBatch(0);
        batch.AddValidated(x);
        Assert.Equal(batch.Shape[0], item.Shape);
        Assert.True(Same(Gazette.ReferenceAmount(x), Gazette.Amount(x)));

        // Dry with every value given and valid: taken, nothing owed.
        var dry = x with { Dry = true, HasInflow = true, Inflow = both };
        Assert.True(ScaledInput.TryScale(dry, out item));
        Assert.Equal(5L, item.Shape & SectionMonthBatch.TargetBits);
        batch.AddValidated(dry);
        Assert.Equal(batch.Shape[1], item.Shape);
        Assert.Equal(0m, Gazette.Amount(dry));
    }

    public static TheoryData<string, SectionMonth> Declined() => new()
    {
        { "functional class 0", Item(3.2m) with { FunctionalClass = 0 } },
        { "functional class 6", Item(3.2m) with { FunctionalClass = WaterClass.WorseThanV } },
        { "target 0", Item(3.2m) with { AssessmentTarget = 0 } },
        { "target 6", Item(3.2m) with { AssessmentTarget = WaterClass.WorseThanV } },
        { "body −1", Item(3.2m) with { BodyType = (WaterBodyType)(-1) } },
        { "body 2", Item(3.2m) with { BodyType = (WaterBodyType)2 } },
        { "negative NH3-N", Item(-0.001m) },
        { "NH3-N above the maximum", Item(1_000_000.001m) },
        { "TP missing", Item(3.2m) with { Outflow = new Concentrations(null, 6m, 3.2m, null) } },
        { "CODMn missing (class III)", Item(3.2m) with { Outflow = new Concentrations(52m, null, 3.2m, 0.1m) } },
        { "ignored COD negative", Item(3.2m) with { Outflow = new Concentrations(-1m, 6m, 3.2m, 0.1m) } },
        { "inflow missing", Item(3.2m) with { HasInflow = true } },
        { "inflow without hasInflow", Item(3.2m) with { Inflow = new Concentrations(null, 6m, 3.2m, 0.1m) } },
        { "inflow NH3-N negative", Item(3.2m) with { HasInflow = true, Inflow = new Concentrations(null, 6m, -3.2m, 0.1m) } },
        { "inflow ignored COD too large", Item(3.2m) with { HasInflow = true, Inflow = new Concentrations(2_000_000m, 6m, 3.2m, 0.1m) } },
        { "dry, inflow without hasInflow", Item(3.2m) with { Dry = true, Inflow = new Concentrations(null, 6m, 3.2m, 0.1m) } },
        { "dry, negative outflow TP", Item(3.2m) with { Dry = true, Outflow = new Concentrations(null, 6m, 3.2m, -0.1m) } },
        { "dry, negative inflow COD", Item(3.2m) with { Dry = true, HasInflow = true, Inflow = new Concentrations(-5m, null, null, null) } },
        { "ignored COD with ten decimals (valid)", Item(3.2m) with { Outflow = new Concentrations(1.0000000001m, 6m, 3.2m, 0.1m) } },
        { "inflow TP with ten decimals (valid)", Item(3.2m) with { HasInflow = true, Inflow = new Concentrations(null, 6m, 3.2m, 0.1000000001m) } },
        { "dry, outflow COD with ten decimals (valid)", Item(3.2m) with { Dry = true, Outflow = new Concentrations(1.0000000001m, null, null, null) } },
    };

    [Theory]
    [MemberData(nameof(Declined))]
    public void TryScale_Declines_AndEveryPathAgreesWithTheValidatorAndTheReference(string why, SectionMonth x)
    {
        Assert.False(ScaledInput.TryScale(x, out _), why);
        var reference = Record.Exception(() => Gazette.ReferenceAmount(x));
        var amounts = new decimal[] { -1m };
        var paths = new Func<decimal>[]
        {
            () => Gazette.Amount(x),
            () => { Gazette.Amounts(new[] { x }, amounts); return amounts[0]; },
            () => Gazette.Calculate(x).Amount,
            () => { var b = new SectionMonthBatch(0); b.Add(x); var a = new decimal[1]; Gazette.Amounts(b, a); return a[0]; },
            () => { var a = new decimal[1]; Gazette.Amounts(SectionMonthBatch.From(new[] { x }), a); return a[0]; },
        };
        foreach (var path in paths)
        {
            if (reference is ValidationException expected)
            {
                var actual = Assert.Throws<ValidationException>(() => path());
                Assert.Equal(expected.Errors.Select(e => e.Message), actual.Errors.Select(e => e.Message));
            }
            else
            {
                Assert.Null(reference);
                Assert.True(Same(Gazette.ReferenceAmount(x), path()), why);
            }
        }

        if (reference is not null)
        {
            Assert.Equal(-1m, amounts[0]); // nothing written on a problem
        }
    }

    [Fact]
    public void Span_ReportsEveryProblem_InInputOrder_AndWritesNothing()
    {
        var items = new[] { Item(3.2m), Item(-1m), Item(3.2m) with { Month = new YearMonth(2017, 12) }, Item(1_000_000.5m), Item(0.5m) };
        var amounts = Enumerable.Repeat(7m, items.Length).ToArray();
        var ex = Assert.Throws<ValidationException>(() => Gazette.Amounts(items, amounts));
        Assert.Equal(new[] { "[1].outflow.ammoniaNitrogen", "[2].month", "[3].outflow.ammoniaNitrogen" }, ex.Errors.Select(e => e.Path));
        Assert.All(amounts, a => Assert.Equal(7m, a));
    }

    [Fact]
    public void Span_OverManyChunks_EqualsTheReference_AndReusesItsScratch()
    {
        // 2,500 items: three chunks of the span path, a month before the policy nowhere, values past nine decimals here and there.
        var items = Enumerable.Range(0, 2_500).Select(i => Item(((i * 37) % 400) / 100m + (i % 97 == 0 ? 0.0000000001m : 0m))
            with { Month = new YearMonth(2018 + (i % 3), 1 + (i % 12)) }).ToArray();
        var amounts = new decimal[items.Length];
        Gazette.Amounts(items, amounts);
        Gazette.Amounts(items, amounts);
        for (var i = 0; i < items.Length; i++)
        {
            Assert.True(Same(Gazette.ReferenceAmount(items[i]), amounts[i]), $"[{i}]");
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        Gazette.Amounts(items, amounts);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 1_000, "the span path allocates per call, not per item");
    }

    [Fact]
    public void Span_TooShortDestination_IsReported()
    {
        var ex = Assert.Throws<ValidationException>(() => Gazette.Amounts(new[] { Item(1m), Item(2m) }, new decimal[1]));
        Assert.Equal("amounts", Assert.Single(ex.Errors).Path);
    }

    private static SectionMonth Item(decimal nh3n) =>
        new(Mar2018, WaterClass.III, WaterClass.III, WaterBodyType.River, false, false, new Concentrations(null, 6m, nh3n, 0.1m), null);

    private static bool Same(decimal a, decimal b) => decimal.GetBits(a).SequenceEqual(decimal.GetBits(b));

    private static bool Throws(Action a)
    {
        try
        {
            a();
            return false;
        }
        catch (ValidationException)
        {
            return true;
        }
    }

    private static BigInteger AnchorMantissa(decimal anchor, int scale)
    {
        // anchor · 10^scale, when anchor has at most `scale` decimals; else the anchor's own mantissa (a different value, still a test case).
        var bits = decimal.GetBits(anchor);
        var m = new BigInteger(unchecked((uint)bits[0])) | (new BigInteger(unchecked((uint)bits[1])) << 32) | (new BigInteger(unchecked((uint)bits[2])) << 64);
        var s = (bits[3] >> 16) & 0xFF;
        return scale >= s ? m * BigInteger.Pow(10, scale - s) : m;
    }

    private static BigInteger DeltaMantissa(int delta, int scale) => Math.Abs(delta) switch
    {
        0 => BigInteger.Zero,
        1 => Math.Sign(delta) * (scale >= 7 ? BigInteger.Pow(10, scale - 7) : BigInteger.One),   // 10⁻⁷
        2 => Math.Sign(delta) * (scale >= 9 ? BigInteger.Pow(10, scale - 9) : BigInteger.One),   // 10⁻⁹, one unit
        3 => Math.Sign(delta) * (scale >= 10 ? BigInteger.Pow(10, scale - 10) : BigInteger.One), // 10⁻¹⁰
        _ => Math.Sign(delta) * BigInteger.One,                                                   // the last digit
    };

    private static decimal Build(BigInteger mantissa, int scale, bool negative)
    {
        if (mantissa.Sign < 0)
        {
            mantissa = -mantissa;
            negative = !negative;
        }

        if (mantissa >= BigInteger.One << 96)
        {
            mantissa %= BigInteger.One << 96;
        }

        var lo = unchecked((int)(uint)(mantissa & uint.MaxValue));
        var mid = unchecked((int)(uint)((mantissa >> 32) & uint.MaxValue));
        var hi = unchecked((int)(uint)((mantissa >> 64) & uint.MaxValue));
        return new decimal(lo, mid, hi, negative, (byte)scale);
    }

    /// <summary>Exact: does value · 10⁹ lie in [0, 10¹⁵] and is it whole? With the mantissa, for the "needs more than 64 bits" case.</summary>
    private static (bool Fits, long Units, BigInteger Mantissa) Oracle(decimal value)
    {
        var bits = decimal.GetBits(value);
        var m = new BigInteger(unchecked((uint)bits[0])) | (new BigInteger(unchecked((uint)bits[1])) << 32) | (new BigInteger(unchecked((uint)bits[2])) << 64);
        var scale = (bits[3] >> 16) & 0xFF;
        var negative = bits[3] < 0 && !m.IsZero;
        var numerator = m * BigInteger.Pow(10, 9);
        var divisor = BigInteger.Pow(10, scale);
        var whole = (numerator % divisor).IsZero;
        var units = numerator / divisor;
        var fits = !negative && whole && units <= MaxUnits;
        return (fits, fits ? (long)units : 0L, m);
    }
}
