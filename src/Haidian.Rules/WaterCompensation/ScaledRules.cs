using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
#if NET8_0_OR_GREATER
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
#endif

namespace Haidian.Rules.WaterCompensation;

/// <summary>
/// One parameter version as exact scaled integers (concentrations in 10⁻⁹ mg/L, money in whole yuan) for the batch
/// kernel over a <see cref="SectionMonthBatch"/>. Exists only when every number of the version is representable and
/// no amount can overflow; otherwise the version is computed by the decimal reference (<see cref="CompiledRules"/>).
/// </summary>
/// <remarks>
/// The kernel is branch-free for the class lookup: with ascending limits L1..L5, (class − 1) is the number of limits
/// the concentration exceeds, and classes worse = max(0, (class − 1) − (target − 1)). Amounts equal the decimal
/// reference bit for bit: the reference's rates are whole yuan with scale 0, so its results have scale 0 too.
/// </remarks>
internal sealed class ScaledRules
{
    // Tables: 0 COD, 1 CODMn, 2 NH3-N, 3 TP river, 4 TP lake; 5 limits each (classes I..V).
    private readonly long[] limits = new long[25];
    private readonly long[] threshold = new long[4];
    private readonly long[] step = new long[4];
    private readonly long[] perStep1 = new long[4];
    private readonly long[] perStep2 = new long[4];
    private readonly long rate1;
    private readonly long rate2;
#if NET8_0_OR_GREATER
    private readonly ulong[] magic = new ulong[4];
    private readonly int[] shift = new int[4];
#endif

    private ScaledRules(CompiledRules r, long rate1, long rate2)
    {
        this.rate1 = rate1;
        this.rate2 = rate2;
        for (var t = 0; t < 5; t++)
        {
            for (var k = 0; k < 5; k++)
            {
                SectionMonthBatch.TryScale(r.Limit(t, k), out limits[(t * 5) + k]);
            }
        }

        for (var p = 0; p < 4; p++)
        {
            var pollutant = (Pollutant)p;
            SectionMonthBatch.TryScale(r.Threshold(pollutant), out threshold[p]);
            SectionMonthBatch.TryScale(r.Step(pollutant), out step[p]);
            perStep1[p] = (long)r.PerStep(pollutant, true);
            perStep2[p] = (long)r.PerStep(pollutant, false);
#if NET8_0_OR_GREATER
            // Granlund–Montgomery: for 0 <= n < 2^N, floor(n / d) = floor(m·n / 2^(N+l)) with l = ceil(log2 d), m = floor(2^(N+l) / d) + 1.
            var d = (ulong)step[p];
            var l = 64 - System.Numerics.BitOperations.LeadingZeroCount(d - 1);
            shift[p] = MagicBits + l;
            magic[p] = (ulong)((UInt128.One << shift[p]) / d) + 1;
#endif
        }
    }

#if NET8_0_OR_GREATER
    /// <summary>Numerators (c − threshold − 1) stay below 2^50: concentrations are at most 10^6 mg/L = 10^15 units.</summary>
    private const int MagicBits = 50;
#endif

    /// <summary>True when decimals are laid out as (flags|hi32, lo64): a non-negative whole long is then (0, value).</summary>
    internal static bool DecimalLayoutMatches { get; } = CheckDecimalLayout();

    /// <summary>The scaled tables of a version, or null when it must be computed with decimals.</summary>
    public static ScaledRules? TryCreate(CompiledRules r)
    {
        if (r.Decimals is not null || !WholeYuan(r.PerClass1, out var rate1) || !WholeYuan(r.PerClass2, out var rate2))
        {
            return null;
        }

        for (var t = 0; t < 5; t++)
        {
            for (var k = 0; k < 5; k++)
            {
                if (!SectionMonthBatch.TryScale(r.Limit(t, k), out _))
                {
                    return null;
                }
            }
        }

        // Largest amount: 3 pollutants × (5 classes × rate + steps over the whole range × per step); keep it far from overflow.
        decimal worst = 0m;
        for (var p = 0; p < 4; p++)
        {
            var pollutant = (Pollutant)p;
            if (!SectionMonthBatch.TryScale(r.Threshold(pollutant), out _) || !SectionMonthBatch.TryScale(r.Step(pollutant), out var s) || s <= 0
                || !WholeYuan(r.PerStep(pollutant, true), out var a) || !WholeYuan(r.PerStep(pollutant, false), out _))
            {
                return null;
            }

            var maxSteps = decimal.Floor((WaterCompensationParameters.MaximumConcentration * SectionMonthBatch.Scale) / s) + 1m;
            worst = Math.Max(worst, (5m * rate1) + (maxSteps * a));
        }

        return 3m * worst < 1_000_000_000_000_000_000m ? new ScaledRules(r, rate1, rate2) : null;
    }

    /// <summary>The scalar integer kernel for one stored section-month (also the tail of the SIMD loop).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long Amount(SectionMonthBatch b, int i)
    {
        var s = b.Shape[i];
        var t1 = s & SectionMonthBatch.TargetBits;
        var oxyTable = (s & SectionMonthBatch.PermanganateBit) != 0 ? 1 : 0;
        var tpTable = (s & SectionMonthBatch.LakeBit) != 0 ? 4 : 3;
        return Pollutant(oxyTable, oxyTable, t1, b.OxygenOut[i], b.OxygenIn[i])
            + Pollutant(2, 2, t1, b.AmmoniaOut[i], b.AmmoniaIn[i])
            + Pollutant(tpTable, 3, t1, b.PhosphorusOut[i], b.PhosphorusIn[i]);
    }

    /// <summary>Computes amounts (whole yuan) of items [start, end) into <paramref name="amounts"/> (indexed from start).</summary>
    public void Amounts(SectionMonthBatch b, int start, int end, Span<decimal> amounts)
    {
        var i = start;
#if NET8_0_OR_GREATER
        if (Vector256.IsHardwareAccelerated && DecimalLayoutMatches)
        {
            i = Vector256Kernel(b, start, end, MemoryMarshal.Cast<decimal, long>(amounts));
        }
#endif
        for (; i < end; i++)
        {
            amounts[i - start] = Amount(b, i);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private long Pollutant(int table, int p, long t1, long c, long inflow)
    {
        var l = table * 5;
        var n = (c > limits[l] ? 1L : 0L) + (c > limits[l + 1] ? 1L : 0L) + (c > limits[l + 2] ? 1L : 0L)
            + (c > limits[l + 3] ? 1L : 0L) + (c > limits[l + 4] ? 1L : 0L);
        var worse = n - t1;
        if (worse <= 0)
        {
            return 0L;
        }

        var case1 = c > inflow;
        var amount = worse * (case1 ? rate1 : rate2);
        if (n == 5 && c > threshold[p])
        {
            amount += Steps(c, p) * (case1 ? perStep1[p] : perStep2[p]);
        }

        return amount;
    }

    /// <summary>ceil((c − threshold) / step) for c &gt; threshold, in integers.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private long Steps(long c, int p)
    {
#if NET8_0_OR_GREATER
        var n = (ulong)(c - threshold[p] - 1L);
        return unchecked((long)(ulong)(((UInt128)n * magic[p]) >> shift[p]) + 1L);
#else
        return ((c - threshold[p] - 1L) / step[p]) + 1L;
#endif
    }

    private static bool WholeYuan(decimal d, out long value)
    {
        value = 0;
        var bits = decimal.GetBits(d);
        if (bits[3] != 0 || bits[2] != 0 || bits[1] != 0 || bits[0] < 0)
        {
            return false; // negative, scaled (e.g. 30000.00), or huge: keep the reference's exact representation
        }

        value = bits[0];
        return true;
    }

    private static bool CheckDecimalLayout()
    {
        Span<decimal> d = stackalloc decimal[2];
        d[0] = 0x1234_5678_9ABCL;
        d[1] = 7L;
        var l = MemoryMarshal.Cast<decimal, long>(d);
        return l[0] == 0 && l[1] == 0x1234_5678_9ABCL && l[2] == 0 && l[3] == 7L;
    }

#if NET8_0_OR_GREATER
    private int Vector256Kernel(SectionMonthBatch b, int start, int end, Span<long> output)
    {
        ref var shape = ref MemoryMarshal.GetArrayDataReference(b.Shape);
        ref var oo = ref MemoryMarshal.GetArrayDataReference(b.OxygenOut);
        ref var oi = ref MemoryMarshal.GetArrayDataReference(b.OxygenIn);
        ref var ao = ref MemoryMarshal.GetArrayDataReference(b.AmmoniaOut);
        ref var ai = ref MemoryMarshal.GetArrayDataReference(b.AmmoniaIn);
        ref var po = ref MemoryMarshal.GetArrayDataReference(b.PhosphorusOut);
        ref var pi = ref MemoryMarshal.GetArrayDataReference(b.PhosphorusIn);
        ref var outRef = ref MemoryMarshal.GetReference(output);

        var targetBits = Vector256.Create(SectionMonthBatch.TargetBits);
        var mnBit = Vector256.Create(SectionMonthBatch.PermanganateBit);
        var lakeBit = Vector256.Create(SectionMonthBatch.LakeBit);
        var r1 = Vector256.Create(rate1);
        var r2 = Vector256.Create(rate2);

        // Oxygen-demand limits: COD (table 0) or CODMn (table 1) per lane; TP: river (3) or lake (4).
        var cod0 = Vector256.Create(limits[0]);
        var cod1 = Vector256.Create(limits[1]);
        var cod2 = Vector256.Create(limits[2]);
        var cod3 = Vector256.Create(limits[3]);
        var cod4 = Vector256.Create(limits[4]);
        var mn0 = Vector256.Create(limits[5]);
        var mn1 = Vector256.Create(limits[6]);
        var mn2 = Vector256.Create(limits[7]);
        var mn3 = Vector256.Create(limits[8]);
        var mn4 = Vector256.Create(limits[9]);
        var nh0 = Vector256.Create(limits[10]);
        var nh1 = Vector256.Create(limits[11]);
        var nh2 = Vector256.Create(limits[12]);
        var nh3 = Vector256.Create(limits[13]);
        var nh4 = Vector256.Create(limits[14]);
        var tr0 = Vector256.Create(limits[15]);
        var tr1 = Vector256.Create(limits[16]);
        var tr2 = Vector256.Create(limits[17]);
        var tr3 = Vector256.Create(limits[18]);
        var tr4 = Vector256.Create(limits[19]);
        var tl0 = Vector256.Create(limits[20]);
        var tl1 = Vector256.Create(limits[21]);
        var tl2 = Vector256.Create(limits[22]);
        var tl3 = Vector256.Create(limits[23]);
        var tl4 = Vector256.Create(limits[24]);

        // Surcharge applies above max(class V limit, threshold) when classes worse > 0.
        var codSur = Vector256.Create(Math.Max(limits[4], threshold[0]));
        var mnSur = Vector256.Create(Math.Max(limits[9], threshold[1]));
        var nhSur = Vector256.Create(Math.Max(limits[14], threshold[2]));
        var trSur = Vector256.Create(Math.Max(limits[19], threshold[3]));
        var tlSur = Vector256.Create(Math.Max(limits[24], threshold[3]));

        var i = start;
        for (; i + 4 <= end; i += 4)
        {
            var idx = unchecked((nuint)i);
            var s = Vector256.LoadUnsafe(ref shape, idx);
            var t1 = s & targetBits;
            var mn = Vector256.Equals(s & mnBit, mnBit);
            var lake = Vector256.Equals(s & lakeBit, lakeBit);

            var c = Vector256.LoadUnsafe(ref oo, idx);
            var negN = Vector256.GreaterThan(c, Vector256.ConditionalSelect(mn, mn0, cod0))
                + Vector256.GreaterThan(c, Vector256.ConditionalSelect(mn, mn1, cod1))
                + Vector256.GreaterThan(c, Vector256.ConditionalSelect(mn, mn2, cod2))
                + Vector256.GreaterThan(c, Vector256.ConditionalSelect(mn, mn3, cod3))
                + Vector256.GreaterThan(c, Vector256.ConditionalSelect(mn, mn4, cod4));
            var worse = Vector256.Max(Vector256<long>.Zero, Vector256<long>.Zero - negN - t1);
            var case1 = Vector256.GreaterThan(c, Vector256.LoadUnsafe(ref oi, idx));
            var total = worse * Vector256.ConditionalSelect(case1, r1, r2);
            var sur = Vector256.GreaterThan(c, Vector256.ConditionalSelect(mn, mnSur, codSur)) & Vector256.GreaterThan(worse, Vector256<long>.Zero);
            var bits = sur.ExtractMostSignificantBits();

            c = Vector256.LoadUnsafe(ref ao, idx);
            negN = Vector256.GreaterThan(c, nh0) + Vector256.GreaterThan(c, nh1) + Vector256.GreaterThan(c, nh2)
                + Vector256.GreaterThan(c, nh3) + Vector256.GreaterThan(c, nh4);
            worse = Vector256.Max(Vector256<long>.Zero, Vector256<long>.Zero - negN - t1);
            case1 = Vector256.GreaterThan(c, Vector256.LoadUnsafe(ref ai, idx));
            total += worse * Vector256.ConditionalSelect(case1, r1, r2);
            sur = Vector256.GreaterThan(c, nhSur) & Vector256.GreaterThan(worse, Vector256<long>.Zero);
            bits |= sur.ExtractMostSignificantBits() << 4;

            c = Vector256.LoadUnsafe(ref po, idx);
            negN = Vector256.GreaterThan(c, Vector256.ConditionalSelect(lake, tl0, tr0))
                + Vector256.GreaterThan(c, Vector256.ConditionalSelect(lake, tl1, tr1))
                + Vector256.GreaterThan(c, Vector256.ConditionalSelect(lake, tl2, tr2))
                + Vector256.GreaterThan(c, Vector256.ConditionalSelect(lake, tl3, tr3))
                + Vector256.GreaterThan(c, Vector256.ConditionalSelect(lake, tl4, tr4));
            worse = Vector256.Max(Vector256<long>.Zero, Vector256<long>.Zero - negN - t1);
            case1 = Vector256.GreaterThan(c, Vector256.LoadUnsafe(ref pi, idx));
            total += worse * Vector256.ConditionalSelect(case1, r1, r2);
            sur = Vector256.GreaterThan(c, Vector256.ConditionalSelect(lake, tlSur, trSur)) & Vector256.GreaterThan(worse, Vector256<long>.Zero);
            bits |= sur.ExtractMostSignificantBits() << 8;

            // A non-negative whole decimal with scale 0 is (flags|hi32 = 0, lo64 = value): interleave zeros and totals.
            var o = unchecked((nuint)(2 * (i - start)));
            if (Avx2.IsSupported)
            {
                var lo = Avx2.UnpackLow(Vector256<long>.Zero, total);   // 0 t0 | 0 t2
                var hi = Avx2.UnpackHigh(Vector256<long>.Zero, total);  // 0 t1 | 0 t3
                Avx2.Permute2x128(lo, hi, 0x20).StoreUnsafe(ref outRef, o);
                Avx2.Permute2x128(lo, hi, 0x31).StoreUnsafe(ref outRef, o + 4);
            }
            else
            {
                Unsafe.Add(ref outRef, o) = 0L;
                Unsafe.Add(ref outRef, o + 1) = total.GetElement(0);
                Unsafe.Add(ref outRef, o + 2) = 0L;
                Unsafe.Add(ref outRef, o + 3) = total.GetElement(1);
                Unsafe.Add(ref outRef, o + 4) = 0L;
                Unsafe.Add(ref outRef, o + 5) = total.GetElement(2);
                Unsafe.Add(ref outRef, o + 6) = 0L;
                Unsafe.Add(ref outRef, o + 7) = total.GetElement(3);
            }

            if (bits != 0)
            {
                AddSurcharges(b, i, bits, ref Unsafe.Add(ref outRef, o));
            }
        }

        return i;
    }

    private void AddSurcharges(SectionMonthBatch b, int i, uint bits, ref long output)
    {
        while (bits != 0)
        {
            var bit = System.Numerics.BitOperations.TrailingZeroCount(bits);
            bits &= bits - 1;
            var lane = bit & 3;
            var k = i + lane;
            long c, inflow;
            int p;
            switch (bit >> 2)
            {
                case 0:
                    c = b.OxygenOut[k];
                    inflow = b.OxygenIn[k];
                    p = (b.Shape[k] & SectionMonthBatch.PermanganateBit) != 0 ? 1 : 0;
                    break;
                case 1:
                    c = b.AmmoniaOut[k];
                    inflow = b.AmmoniaIn[k];
                    p = 2;
                    break;
                default:
                    c = b.PhosphorusOut[k];
                    inflow = b.PhosphorusIn[k];
                    p = 3;
                    break;
            }

            Unsafe.Add(ref output, (2 * lane) + 1) += Steps(c, p) * (c > inflow ? perStep1[p] : perStep2[p]);
        }
    }
#endif
}
