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
internal sealed partial class ScaledRules
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
    /// <summary>
    /// Numerators (c − threshold − 1) stay below 2^50 (concentrations are at most 10^6 mg/L = 10^15 units); the magic
    /// numbers are built for 51-bit numerators so that every shift is at least 51 and every magic below 2^52 + 1, which
    /// the SIMD multiply-high (four 32×32-bit products of 25/26-bit pieces) relies on.
    /// </summary>
    private const int MagicBits = 51;
#endif

    /// <summary>True when decimals are laid out as (flags|hi32, lo64): a non-negative whole long is then (0, value).</summary>
    internal static bool DecimalLayoutMatches { get; } = CheckDecimalLayout();

    /// <summary>The scaled tables of a version, or null when it must be computed with decimals.</summary>
    public static ScaledRules? TryCreate(CompiledRules r)
    {
        if (r.Rounding is not null || !WholeYuan(r.PerClass1, out var rate1) || !WholeYuan(r.PerClass2, out var rate2))
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
    public long Amount(SectionMonthBatch b, int i) =>
        Amount(b.Shape[i], b.OxygenOut[i], b.OxygenIn[i], b.AmmoniaOut[i], b.AmmoniaIn[i], b.PhosphorusOut[i], b.PhosphorusIn[i]);

    /// <summary>The same kernel for one converted section-month (the per-item and span paths).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long Amount(in ScaledItem x) =>
        Amount(x.Shape, x.OxygenOut, x.OxygenIn, x.AmmoniaOut, x.AmmoniaIn, x.PhosphorusOut, x.PhosphorusIn);

    /// <summary>The one scalar integer kernel: whole yuan owed by a section-month given as its shape word and six concentrations.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private long Amount(long s, long oo, long oi, long ao, long ai, long po, long pi)
    {
        var t1 = s & SectionMonthBatch.TargetBits;
        var oxyTable = (s & SectionMonthBatch.PermanganateBit) != 0 ? 1 : 0;
        var tpTable = (s & SectionMonthBatch.LakeBit) != 0 ? 4 : 3;
        var no = Exceeded(oxyTable, oo);
        var na = Exceeded(2, ao);
        var np = Exceeded(tpTable, po);
        var amount = Base(no, t1, oo, oi) + Base(na, t1, ao, ai) + Base(np, t1, po, pi);

        // One branch per section-month, not one per pollutant: is any indicator 劣V (n = 5, which implies classes worse
        // for every target; a dry month has t1 = 5 and all-zero values)? It is predicted on both mixes (rarely in the
        // realistic one, almost always in the stress one); the three surcharges are then computed and masked. Measured
        // (issue 16, --cpu-time why): per item, stress, one item repeated 34 ns, shape-sorted 49 ns, distinct 55 ns —
        // the per-pollutant surcharge branch mispredicted on distinct readings.
        if (((no == 5) | (na == 5) | (np == 5)) & (t1 < 5))
        {
            amount += Surcharge(oxyTable, no, oo, oi) + Surcharge(2, na, ao, ai) + Surcharge(3, np, po, pi);
        }

        return amount;
    }

    /// <summary>(class − 1): the number of the table's five ascending limits the concentration exceeds.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private long Exceeded(int table, long c)
    {
        var l = table * 5;
        return (c > limits[l] ? 1L : 0L) + (c > limits[l + 1] ? 1L : 0L) + (c > limits[l + 2] ? 1L : 0L)
            + (c > limits[l + 3] ? 1L : 0L) + (c > limits[l + 4] ? 1L : 0L);
    }

    /// <summary>第八条 without the surcharge: classes worse × the case's rate, selected without branches.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private long Base(long n, long t1, long c, long inflow) => Math.Max(0L, n - t1) * (c > inflow ? rate1 : rate2);

    /// <summary>The 劣V surcharge of one pollutant, masked to 0 unless it is 劣V and above the threshold (no branch).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private long Surcharge(int p, long n, long c, long inflow)
    {
        var owes = (n == 5) & (c > threshold[p]);
        var amount = unchecked(Steps(c, p) * (c > inflow ? perStep1[p] : perStep2[p]));
        return amount & -(owes ? 1L : 0L);
    }

    /// <summary>Computes amounts (whole yuan) of items [start, end) into <paramref name="amounts"/> (indexed from start).</summary>
    public void Amounts(SectionMonthBatch b, int start, int end, Span<decimal> amounts) => Amounts(b, start, end, amounts, BestKernel);

    /// <summary>The same with a chosen kernel (tests run every kernel the machine supports against the reference).</summary>
    internal void Amounts(SectionMonthBatch b, int start, int end, Span<decimal> amounts, Kernel kernel)
    {
        var i = start;
#if NET8_0_OR_GREATER
        if (kernel == Kernel.Vector512)
        {
            i = Vector512Kernel(b, start, end, MemoryMarshal.Cast<decimal, long>(amounts));
        }
        else if (kernel == Kernel.Vector256)
        {
            i = Vector256Kernel(b, start, end, MemoryMarshal.Cast<decimal, long>(amounts));
        }
#endif
        for (; i < end; i++)
        {
            amounts[i - start] = Amount(b, i);
        }
    }

    /// <summary>ceil((c − threshold) / step) for c &gt; threshold, in integers (the Granlund–Montgomery multiply-high on .NET 8+).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private long Steps(long c, int p)
    {
        // Callers mask the result unless c > threshold; below it the value is meaningless but computed without overflow.
#if NET8_0_OR_GREATER
        // floor(n·m / 2^shift) as floor(floor(n·m / 2^51) / 2^(shift − 51)): n < 2^51 and m ≤ 2^52 + 1 keep n·m below
        // 2^104, so the inner quotient fits in 64 bits. Math.BigMul is one multiply; the UInt128 shift it replaces is a
        // call (JitDisasm), and the scalar kernel now computes up to three of these per 劣V section-month.
        var n = unchecked((ulong)(c - threshold[p] - 1L));
        var hi = Math.BigMul(n, magic[p], out var lo);
        var q = unchecked((hi << (64 - MagicBits)) | (lo >> MagicBits));
        return unchecked((long)(q >> (shift[p] - MagicBits)) + 1L);
#else
        return unchecked(((c - threshold[p] - 1L) / step[p]) + 1L);
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

}
