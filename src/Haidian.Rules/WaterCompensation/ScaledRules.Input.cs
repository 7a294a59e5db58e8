using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Haidian.Rules.WaterCompensation;

/// <summary>One section-month as exact scaled integers: the input of the shared integer kernel (<see cref="ScaledRules.Amount(in ScaledItem)"/>).</summary>
internal struct ScaledItem
{
    /// <summary>The shape word, exactly as <see cref="SectionMonthBatch"/> stores it: (target − 1), or 5 when dry, in the low bits; the CODMn, lake, dry and inflow bits; the functional class and target.</summary>
    public long Shape;

    /// <summary>Concentrations in 10⁻⁹ mg/L; an inflow of −1 means "no inflow" (every outflow is greater: case (一)).</summary>
    public long OxygenOut;

    /// <summary>See <see cref="OxygenOut"/>.</summary>
    public long OxygenIn;

    /// <summary>See <see cref="OxygenOut"/>.</summary>
    public long AmmoniaOut;

    /// <summary>See <see cref="OxygenOut"/>.</summary>
    public long AmmoniaIn;

    /// <summary>See <see cref="OxygenOut"/>.</summary>
    public long PhosphorusOut;

    /// <summary>See <see cref="OxygenOut"/>.</summary>
    public long PhosphorusIn;
}

/// <summary>
/// The conversion every fast path shares: a <see cref="SectionMonth"/> checked and turned into a <see cref="ScaledItem"/>
/// with integer operations on the decimals' bits (the 96-bit mantissa and the scale), never with decimal arithmetic.
/// </summary>
/// <remarks>
/// <para>A decimal is mantissa / 10^scale. It fits when the mantissa is below 2^64, the value is not negative (−0 is 0),
/// at most <see cref="WaterCompensationParameters.MaximumConcentration"/> and has at most nine decimals once trailing
/// zeros are dropped: then value · 10⁹ is an exact integer, mantissa · 10^(9 − scale) for scale ≤ 9 or
/// mantissa / 10^(scale − 9) when that division is exact. Anything else does not fit and is never rounded: the callers
/// then validate the item with the full validator (field paths and messages) and compute it with the exact decimal
/// reference.</para>
/// </remarks>
internal static class ScaledInput
{
    /// <summary>The largest concentration in units: 10^6 mg/L · 10^9.</summary>
    internal const long MaxUnits = 1_000_000_000_000_000L;

    /// <summary>The largest parameter value in units: 10^9 mg/L · 10^9 (the parameters' scaled tables).</summary>
    private const long MaxParameterUnits = 1_000_000_000_000_000_000L;

    /// <summary>10^0 … 10^19 (all that fit in 64 bits).</summary>
    private static readonly ulong[] Pow10 = BuildPow10();

    /// <summary>By scale 0 … 9: the largest mantissa of a value ≤ 10^6, i.e. 10^(6 + scale).</summary>
    private static readonly ulong[] MaxMantissa = BuildMaxMantissa(MaxUnits);

    /// <summary>By scale 0 … 9: the largest mantissa of a parameter value ≤ 10^9, i.e. 10^(9 + scale).</summary>
    private static readonly ulong[] MaxParameterMantissa = BuildMaxMantissa(MaxParameterUnits);

    /// <summary>True when a decimal's memory is (flags: int, hi: uint, lo64: ulong), which the bit reads below rely on.</summary>
    internal static bool LayoutMatches { get; } = CheckLayout();

    /// <summary>
    /// The exact value · 10⁹ of a concentration when 0 ≤ value ≤ 10^6 mg/L and it has at most nine decimals (trailing
    /// zeros do not count); false otherwise (negative, too large, more decimals, or a mantissa of 2^64 or more).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool TryUnits(decimal value, out long units) => TryUnits(value, MaxMantissa, MaxUnits, out units);

    /// <summary>The same conversion with the parameters' wider range, 0 ≤ value ≤ 10⁹ (<see cref="SectionMonthBatch.TryScale"/>).</summary>
    internal static bool TryParameterUnits(decimal value, out long units) => TryUnits(value, MaxParameterMantissa, MaxParameterUnits, out units);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryUnits(decimal value, ulong[] maxMantissa, long maxUnits, out long units)
    {
        ulong m;
        uint hi;
        int flags;
        if (LayoutMatches)
        {
            var b = new DecimalBits { Value = value };
            m = b.Lo64;
            hi = b.Hi32;
            flags = b.Flags;
        }
        else
        {
            var bits = decimal.GetBits(value);
            m = unchecked((uint)bits[0] | ((ulong)(uint)bits[1] << 32));
            hi = unchecked((uint)bits[2]);
            flags = bits[3];
        }

        var scale = (flags >> 16) & 0xFF;
        if (hi != 0 || (flags < 0 && m != 0))
        {
            units = 0;
            return false;
        }

        if (scale <= SectionMonthBatch.ScaleDecimals)
        {
            if (m > maxMantissa[scale])
            {
                units = 0;
                return false;
            }

            units = unchecked((long)(m * Pow10[SectionMonthBatch.ScaleDecimals - scale]));
            return true;
        }

        return Divide(m, scale, maxUnits, out units);
    }

    /// <summary>
    /// Checks a section-month the way <see cref="WaterCompensationCalculator.CheckInput(in SectionMonth, string, ref Validator?)"/>
    /// does and converts it. False means "not here": the item is invalid, or valid with a value that does not fit; the
    /// caller then runs the full validator and, if it is valid, the decimal reference. True implies the item is valid.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool TryScale(in SectionMonth x, out ScaledItem item)
    {
        item = default;
        var fc = unchecked((uint)x.FunctionalClass - 1u);
        var target = unchecked((uint)x.AssessmentTarget - 1u);
        var body = unchecked((uint)x.BodyType);
        if (fc > 4u || target > 4u || body > 1u)
        {
            return false;
        }

        var mn = unchecked(fc - 1u) <= 1u; // functional class II or III: CODMn (第四条)
        var hasInflow = x.HasInflow;
        ref readonly var outflow = ref x.OutflowField;
        ref readonly var inflowSet = ref x.InflowField;
        var shape = ((long)(fc + 1u) << SectionMonthBatch.FunctionalShift) | ((long)(target + 1u) << SectionMonthBatch.TargetShift)
            | (hasInflow ? SectionMonthBatch.InflowBit : 0L)
            | (mn ? SectionMonthBatch.PermanganateBit : 0L) | (body != 0u ? SectionMonthBatch.LakeBit : 0L);
        var inflowGiven = inflowSet.HasValue;
        if (!hasInflow && inflowGiven)
        {
            return false;
        }

        if (x.Dry)
        {
            // Nothing is owed; values given anyway must still be valid (the validator checks them).
            item.Shape = shape | SectionMonthBatch.DryBit | 5L;
            return AllOptional(outflow) && (!inflowGiven || AllOptional(InflowOf(inflowSet)));
        }

        item.Shape = shape | target;
        if (!hasInflow)
        {
            item.OxygenIn = item.AmmoniaIn = item.PhosphorusIn = -1L;
            return Point(outflow, mn, out item.OxygenOut, out item.AmmoniaOut, out item.PhosphorusOut);
        }

        return inflowGiven
            && Point(outflow, mn, out item.OxygenOut, out item.AmmoniaOut, out item.PhosphorusOut)
            && Point(InflowOf(inflowSet), mn, out item.OxygenIn, out item.AmmoniaIn, out item.PhosphorusIn);
    }

#if NET8_0_OR_GREATER
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ref readonly Concentrations InflowOf(in Concentrations? inflow) => ref Nullable.GetValueRefOrDefaultRef(in inflow);
#else
    private static Concentrations InflowOf(in Concentrations? inflow) => inflow.GetValueOrDefault();
#endif

    /// <summary>One measuring point: the assessed oxygen-demand indicator, NH3-N and TP converted; the other indicator only checked.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Point(in Concentrations c, bool mn, out long oxygen, out long ammonia, out long phosphorus)
    {
        ammonia = phosphorus = 0;
        return Required(mn ? c.PermanganateIndex : c.ChemicalOxygenDemand, out oxygen)
            && Required(c.AmmoniaNitrogen, out ammonia)
            && Required(c.TotalPhosphorus, out phosphorus)
            && Optional(mn ? c.ChemicalOxygenDemand : c.PermanganateIndex);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Required(decimal? value, out long units)
    {
        if (value.HasValue)
        {
            return TryUnits(value.GetValueOrDefault(), out units);
        }

        units = 0;
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Optional(decimal? value) => !value.HasValue || TryUnits(value.GetValueOrDefault(), out _);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool AllOptional(in Concentrations c) =>
        Optional(c.ChemicalOxygenDemand) & Optional(c.PermanganateIndex) & Optional(c.AmmoniaNitrogen) & Optional(c.TotalPhosphorus);

    /// <summary>Scale 10 … 28: exact only when 10^(scale − 9) divides the mantissa.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool Divide(ulong m, int scale, long maxUnits, out long units)
    {
        units = 0;
        if (scale > 28)
        {
            return false; // not a valid decimal; never produced by the runtime
        }

        var p = Pow10[scale - SectionMonthBatch.ScaleDecimals];
        var q = m / p;
        if (q * p != m || q > (ulong)maxUnits)
        {
            return false;
        }

        units = (long)q;
        return true;
    }

    private static ulong[] BuildPow10()
    {
        var p = new ulong[20];
        p[0] = 1;
        for (var k = 1; k < p.Length; k++)
        {
            p[k] = p[k - 1] * 10;
        }

        return p;
    }

    private static ulong[] BuildMaxMantissa(long maxUnits)
    {
        var p = new ulong[SectionMonthBatch.ScaleDecimals + 1];
        for (var s = 0; s < p.Length; s++)
        {
            p[s] = (ulong)(maxUnits / (long)BuildPow10()[SectionMonthBatch.ScaleDecimals - s]);
        }

        return p;
    }

    private static bool CheckLayout()
    {
        var d = new decimal(0x11223344, 0x55667788, 0x0A0B0C0D, true, 5);
        var b = new DecimalBits { Value = d };
        return b.Flags == unchecked((int)0x8005_0000) && b.Hi32 == 0x0A0B0C0Du && b.Lo64 == 0x5566_7788_1122_3344UL;
    }

    /// <summary>The decimal's memory read as its parts (checked once by <see cref="LayoutMatches"/>).</summary>
    [StructLayout(LayoutKind.Explicit)]
    private struct DecimalBits
    {
        [FieldOffset(0)]
        public decimal Value;

        [FieldOffset(0)]
        public int Flags;

        [FieldOffset(4)]
        public uint Hi32;

        [FieldOffset(8)]
        public ulong Lo64;
    }
}
