using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
#if NET8_0_OR_GREATER
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
#endif

namespace Haidian.Rules.WaterCompensation;

/// <summary>The kernels of the batch path: scalar integers everywhere, SIMD where the hardware has it.</summary>
internal enum Kernel
{
    /// <summary>The scalar integer loop (netstandard2.0, or no usable SIMD).</summary>
    Scalar,

    /// <summary>Four section-months per step (AVX2).</summary>
    Vector256,

    /// <summary>Eight section-months per step (AVX-512 F + DQ, when <c>Vector512.IsHardwareAccelerated</c>).</summary>
    Vector512,
}

/// <content>
/// The SIMD kernels. Everything, the 第八条 surcharge included, stays in the vector registers: the class is the number of
/// limits exceeded, and ceil((c − threshold) / step) is a multiply-high by a per-version magic number built from four
/// 32×32-bit products (<c>vpmuludq</c>), so lanes owing a surcharge never leave the vector path.
/// </content>
internal sealed partial class ScaledRules
{
    /// <summary>The fastest kernel this process can run.</summary>
    internal static Kernel BestKernel { get; } = ChooseKernel();

    /// <summary>Every kernel this process can run (the tests compare each one with the decimal reference).</summary>
    internal static IReadOnlyList<Kernel> SupportedKernels { get; } = ListKernels();

    private static Kernel ChooseKernel()
    {
        var all = ListKernels();
        return all[all.Count - 1];
    }

    private static List<Kernel> ListKernels()
    {
        var list = new List<Kernel> { Kernel.Scalar };
#if NET8_0_OR_GREATER
        if (DecimalLayoutMatches && Vector256.IsHardwareAccelerated && Avx2.IsSupported)
        {
            list.Add(Kernel.Vector256);
        }

        if (DecimalLayoutMatches && Vector512.IsHardwareAccelerated && Avx512F.IsSupported && Avx512DQ.IsSupported)
        {
            list.Add(Kernel.Vector512);
        }
#endif
        return list;
    }

#if NET8_0_OR_GREATER
    /// <summary>floor(n · m / 2^(51 + extra)) for 0 ≤ n &lt; 2^50 and 0 &lt; m ≤ 2^52, exactly, from four 32×32-bit products.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<ulong> MulShift(Vector512<ulong> n, Vector512<ulong> m, Vector512<ulong> extra)
    {
        var m25 = Vector512.Create((1UL << 25) - 1);
        var m26 = Vector512.Create((1UL << 26) - 1);
        var nl = (n & m25).AsUInt32();
        var nh = Vector512.ShiftRightLogical(n, 25).AsUInt32();
        var ml = (m & m26).AsUInt32();
        var mh = Vector512.ShiftRightLogical(m, 26).AsUInt32();

        // n·m = nh·mh·2^51 + nh·ml·2^25 + nl·mh·2^26 + nl·ml; every product < 2^53, every sum below 2^54.
        var a = Avx512F.Multiply(nh, ml) + Vector512.ShiftLeft(Avx512F.Multiply(nl, mh), 1) + Vector512.ShiftRightLogical(Avx512F.Multiply(nl, ml), 25);
        return Avx512F.ShiftRightLogicalVariable(Avx512F.Multiply(nh, mh) + Vector512.ShiftRightLogical(a, 26), extra);
    }

    /// <summary>The surcharge of the lanes in <paramref name="owing"/>: ceil((c − threshold) / step) × per step; 0 elsewhere.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<long> Surcharge(Vector512<long> c, Vector512<long> owing, Vector512<long> case1, Vector512<long> thr, Vector512<long> mag, Vector512<long> extra, Vector512<long> per1, Vector512<long> per2)
    {
        var n = (c - thr - Vector512<long>.One).AsUInt64();
        var steps = MulShift(n, mag.AsUInt64(), extra.AsUInt64()).AsInt64() + Vector512<long>.One;
        return owing & (steps * Vector512.ConditionalSelect(case1, per1, per2));
    }

    /// <summary>floor(n · m / 2^(51 + extra)), as <see cref="MulShift(Vector512{ulong}, Vector512{ulong}, Vector512{ulong})"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<ulong> MulShift(Vector256<ulong> n, Vector256<ulong> m, Vector256<ulong> extra)
    {
        var m25 = Vector256.Create((1UL << 25) - 1);
        var m26 = Vector256.Create((1UL << 26) - 1);
        var nl = (n & m25).AsUInt32();
        var nh = Vector256.ShiftRightLogical(n, 25).AsUInt32();
        var ml = (m & m26).AsUInt32();
        var mh = Vector256.ShiftRightLogical(m, 26).AsUInt32();
        var a = Avx2.Multiply(nh, ml) + Vector256.ShiftLeft(Avx2.Multiply(nl, mh), 1) + Vector256.ShiftRightLogical(Avx2.Multiply(nl, ml), 25);
        return Avx2.ShiftRightLogicalVariable(Avx2.Multiply(nh, mh) + Vector256.ShiftRightLogical(a, 26), extra);
    }

    /// <summary>a · b for 0 ≤ b &lt; 2^32 with AVX2 only (two 32×32-bit products); exact while the product fits in 63 bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<long> MulSmall(Vector256<long> a, Vector256<long> b)
    {
        var lo = Avx2.Multiply(a.AsUInt32(), b.AsUInt32());
        var hi = Avx2.Multiply(Vector256.ShiftRightLogical(a, 32).AsUInt32(), b.AsUInt32());
        return (lo + Vector256.ShiftLeft(hi, 32)).AsInt64();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<long> Surcharge(Vector256<long> c, Vector256<long> owing, Vector256<long> case1, Vector256<long> thr, Vector256<long> mag, Vector256<long> extra, Vector256<long> per1, Vector256<long> per2)
    {
        var n = (c - thr - Vector256<long>.One).AsUInt64();
        var steps = MulShift(n, mag.AsUInt64(), extra.AsUInt64()).AsInt64() + Vector256<long>.One;
        return owing & MulSmall(steps, Vector256.ConditionalSelect(case1, per1, per2));
    }

    private int Vector512Kernel(SectionMonthBatch b, int start, int end, Span<long> output)
    {
        ref var shape = ref MemoryMarshal.GetArrayDataReference(b.Shape);
        ref var oo = ref MemoryMarshal.GetArrayDataReference(b.OxygenOut);
        ref var oi = ref MemoryMarshal.GetArrayDataReference(b.OxygenIn);
        ref var ao = ref MemoryMarshal.GetArrayDataReference(b.AmmoniaOut);
        ref var ai = ref MemoryMarshal.GetArrayDataReference(b.AmmoniaIn);
        ref var po = ref MemoryMarshal.GetArrayDataReference(b.PhosphorusOut);
        ref var pi = ref MemoryMarshal.GetArrayDataReference(b.PhosphorusIn);
        ref var outRef = ref MemoryMarshal.GetReference(output);

        var targetBits = Vector512.Create(SectionMonthBatch.TargetBits);
        var mnBit = Vector512.Create(SectionMonthBatch.PermanganateBit);
        var lakeBit = Vector512.Create(SectionMonthBatch.LakeBit);
        var r1 = Vector512.Create(rate1);
        var r2 = Vector512.Create(rate2);

        // Oxygen-demand limits: COD (table 0) or CODMn (table 1) per lane; TP: river (3) or lake (4).
        var cod0 = Vector512.Create(limits[0]);
        var cod1 = Vector512.Create(limits[1]);
        var cod2 = Vector512.Create(limits[2]);
        var cod3 = Vector512.Create(limits[3]);
        var cod4 = Vector512.Create(limits[4]);
        var mn0 = Vector512.Create(limits[5]);
        var mn1 = Vector512.Create(limits[6]);
        var mn2 = Vector512.Create(limits[7]);
        var mn3 = Vector512.Create(limits[8]);
        var mn4 = Vector512.Create(limits[9]);
        var nh0 = Vector512.Create(limits[10]);
        var nh1 = Vector512.Create(limits[11]);
        var nh2 = Vector512.Create(limits[12]);
        var nh3 = Vector512.Create(limits[13]);
        var nh4 = Vector512.Create(limits[14]);
        var tr0 = Vector512.Create(limits[15]);
        var tr1 = Vector512.Create(limits[16]);
        var tr2 = Vector512.Create(limits[17]);
        var tr3 = Vector512.Create(limits[18]);
        var tr4 = Vector512.Create(limits[19]);
        var tl0 = Vector512.Create(limits[20]);
        var tl1 = Vector512.Create(limits[21]);
        var tl2 = Vector512.Create(limits[22]);
        var tl3 = Vector512.Create(limits[23]);
        var tl4 = Vector512.Create(limits[24]);

        // The surcharge applies above max(class V limit, threshold) when classes worse > 0.
        var codSur = Vector512.Create(Math.Max(limits[4], threshold[0]));
        var mnSur = Vector512.Create(Math.Max(limits[9], threshold[1]));
        var nhSur = Vector512.Create(Math.Max(limits[14], threshold[2]));
        var trSur = Vector512.Create(Math.Max(limits[19], threshold[3]));
        var tlSur = Vector512.Create(Math.Max(limits[24], threshold[3]));

        // Per pollutant: threshold, magic, extra shift (shift − 51), per step in case (一) and (二).
        var codThr = Vector512.Create(threshold[0]);
        var mnThr = Vector512.Create(threshold[1]);
        var codMag = Vector512.Create((long)magic[0]);
        var mnMag = Vector512.Create((long)magic[1]);
        var codExtra = Vector512.Create((long)(shift[0] - MagicBits));
        var mnExtra = Vector512.Create((long)(shift[1] - MagicBits));
        var codPer1 = Vector512.Create(perStep1[0]);
        var mnPer1 = Vector512.Create(perStep1[1]);
        var codPer2 = Vector512.Create(perStep2[0]);
        var mnPer2 = Vector512.Create(perStep2[1]);
        var nhThr = Vector512.Create(threshold[2]);
        var nhMag = Vector512.Create((long)magic[2]);
        var nhExtra = Vector512.Create((long)(shift[2] - MagicBits));
        var nhPer1 = Vector512.Create(perStep1[2]);
        var nhPer2 = Vector512.Create(perStep2[2]);
        var tpThr = Vector512.Create(threshold[3]);
        var tpMag = Vector512.Create((long)magic[3]);
        var tpExtra = Vector512.Create((long)(shift[3] - MagicBits));
        var tpPer1 = Vector512.Create(perStep1[3]);
        var tpPer2 = Vector512.Create(perStep2[3]);

        // Output: a non-negative whole decimal with scale 0 is (flags|hi32 = 0, lo64 = value): interleave zeros and totals.
        var interleaveLow = Vector512.Create(0L, 8, 0, 9, 0, 10, 0, 11);
        var interleaveHigh = Vector512.Create(0L, 12, 0, 13, 0, 14, 0, 15);
        var zero = Vector512<long>.Zero;

        var i = start;
        for (; i + 8 <= end; i += 8)
        {
            var idx = unchecked((nuint)i);
            var s = Vector512.LoadUnsafe(ref shape, idx);
            var t1 = s & targetBits;
            var mn = Vector512.Equals(s & mnBit, mnBit);
            var lake = Vector512.Equals(s & lakeBit, lakeBit);

            var c = Vector512.LoadUnsafe(ref oo, idx);
            var negN = Vector512.GreaterThan(c, Vector512.ConditionalSelect(mn, mn0, cod0))
                + Vector512.GreaterThan(c, Vector512.ConditionalSelect(mn, mn1, cod1))
                + Vector512.GreaterThan(c, Vector512.ConditionalSelect(mn, mn2, cod2))
                + Vector512.GreaterThan(c, Vector512.ConditionalSelect(mn, mn3, cod3))
                + Vector512.GreaterThan(c, Vector512.ConditionalSelect(mn, mn4, cod4));
            var worse = Vector512.Max(zero, zero - negN - t1);
            var case1 = Vector512.GreaterThan(c, Vector512.LoadUnsafe(ref oi, idx));
            var total = Avx512F.Multiply(worse.AsUInt32(), Vector512.ConditionalSelect(case1, r1, r2).AsUInt32()).AsInt64();
            var owing = Vector512.GreaterThan(c, Vector512.ConditionalSelect(mn, mnSur, codSur)) & Vector512.GreaterThan(worse, zero);
            if (owing != zero)
            {
                total += Surcharge(
                    c,
                    owing,
                    case1,
                    Vector512.ConditionalSelect(mn, mnThr, codThr),
                    Vector512.ConditionalSelect(mn, mnMag, codMag),
                    Vector512.ConditionalSelect(mn, mnExtra, codExtra),
                    Vector512.ConditionalSelect(mn, mnPer1, codPer1),
                    Vector512.ConditionalSelect(mn, mnPer2, codPer2));
            }

            c = Vector512.LoadUnsafe(ref ao, idx);
            negN = Vector512.GreaterThan(c, nh0) + Vector512.GreaterThan(c, nh1) + Vector512.GreaterThan(c, nh2)
                + Vector512.GreaterThan(c, nh3) + Vector512.GreaterThan(c, nh4);
            worse = Vector512.Max(zero, zero - negN - t1);
            case1 = Vector512.GreaterThan(c, Vector512.LoadUnsafe(ref ai, idx));
            total += Avx512F.Multiply(worse.AsUInt32(), Vector512.ConditionalSelect(case1, r1, r2).AsUInt32()).AsInt64();
            owing = Vector512.GreaterThan(c, nhSur) & Vector512.GreaterThan(worse, zero);
            if (owing != zero)
            {
                total += Surcharge(c, owing, case1, nhThr, nhMag, nhExtra, nhPer1, nhPer2);
            }

            c = Vector512.LoadUnsafe(ref po, idx);
            negN = Vector512.GreaterThan(c, Vector512.ConditionalSelect(lake, tl0, tr0))
                + Vector512.GreaterThan(c, Vector512.ConditionalSelect(lake, tl1, tr1))
                + Vector512.GreaterThan(c, Vector512.ConditionalSelect(lake, tl2, tr2))
                + Vector512.GreaterThan(c, Vector512.ConditionalSelect(lake, tl3, tr3))
                + Vector512.GreaterThan(c, Vector512.ConditionalSelect(lake, tl4, tr4));
            worse = Vector512.Max(zero, zero - negN - t1);
            case1 = Vector512.GreaterThan(c, Vector512.LoadUnsafe(ref pi, idx));
            total += Avx512F.Multiply(worse.AsUInt32(), Vector512.ConditionalSelect(case1, r1, r2).AsUInt32()).AsInt64();
            owing = Vector512.GreaterThan(c, Vector512.ConditionalSelect(lake, tlSur, trSur)) & Vector512.GreaterThan(worse, zero);
            if (owing != zero)
            {
                total += Surcharge(c, owing, case1, tpThr, tpMag, tpExtra, tpPer1, tpPer2);
            }

            var o = unchecked((nuint)(2 * (i - start)));
            Avx512F.PermuteVar8x64x2(zero, interleaveLow, total).StoreUnsafe(ref outRef, o);
            Avx512F.PermuteVar8x64x2(zero, interleaveHigh, total).StoreUnsafe(ref outRef, o + 8);
        }

        return i;
    }

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

        var codSur = Vector256.Create(Math.Max(limits[4], threshold[0]));
        var mnSur = Vector256.Create(Math.Max(limits[9], threshold[1]));
        var nhSur = Vector256.Create(Math.Max(limits[14], threshold[2]));
        var trSur = Vector256.Create(Math.Max(limits[19], threshold[3]));
        var tlSur = Vector256.Create(Math.Max(limits[24], threshold[3]));

        var codThr = Vector256.Create(threshold[0]);
        var mnThr = Vector256.Create(threshold[1]);
        var codMag = Vector256.Create((long)magic[0]);
        var mnMag = Vector256.Create((long)magic[1]);
        var codExtra = Vector256.Create((long)(shift[0] - MagicBits));
        var mnExtra = Vector256.Create((long)(shift[1] - MagicBits));
        var codPer1 = Vector256.Create(perStep1[0]);
        var mnPer1 = Vector256.Create(perStep1[1]);
        var codPer2 = Vector256.Create(perStep2[0]);
        var mnPer2 = Vector256.Create(perStep2[1]);
        var nhThr = Vector256.Create(threshold[2]);
        var nhMag = Vector256.Create((long)magic[2]);
        var nhExtra = Vector256.Create((long)(shift[2] - MagicBits));
        var nhPer1 = Vector256.Create(perStep1[2]);
        var nhPer2 = Vector256.Create(perStep2[2]);
        var tpThr = Vector256.Create(threshold[3]);
        var tpMag = Vector256.Create((long)magic[3]);
        var tpExtra = Vector256.Create((long)(shift[3] - MagicBits));
        var tpPer1 = Vector256.Create(perStep1[3]);
        var tpPer2 = Vector256.Create(perStep2[3]);
        var zero = Vector256<long>.Zero;

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
            var worse = Vector256.Max(zero, zero - negN - t1);
            var case1 = Vector256.GreaterThan(c, Vector256.LoadUnsafe(ref oi, idx));
            var total = Avx2.Multiply(worse.AsUInt32(), Vector256.ConditionalSelect(case1, r1, r2).AsUInt32()).AsInt64();
            var owing = Vector256.GreaterThan(c, Vector256.ConditionalSelect(mn, mnSur, codSur)) & Vector256.GreaterThan(worse, zero);
            if (owing != zero)
            {
                total += Surcharge(
                    c,
                    owing,
                    case1,
                    Vector256.ConditionalSelect(mn, mnThr, codThr),
                    Vector256.ConditionalSelect(mn, mnMag, codMag),
                    Vector256.ConditionalSelect(mn, mnExtra, codExtra),
                    Vector256.ConditionalSelect(mn, mnPer1, codPer1),
                    Vector256.ConditionalSelect(mn, mnPer2, codPer2));
            }

            c = Vector256.LoadUnsafe(ref ao, idx);
            negN = Vector256.GreaterThan(c, nh0) + Vector256.GreaterThan(c, nh1) + Vector256.GreaterThan(c, nh2)
                + Vector256.GreaterThan(c, nh3) + Vector256.GreaterThan(c, nh4);
            worse = Vector256.Max(zero, zero - negN - t1);
            case1 = Vector256.GreaterThan(c, Vector256.LoadUnsafe(ref ai, idx));
            total += Avx2.Multiply(worse.AsUInt32(), Vector256.ConditionalSelect(case1, r1, r2).AsUInt32()).AsInt64();
            owing = Vector256.GreaterThan(c, nhSur) & Vector256.GreaterThan(worse, zero);
            if (owing != zero)
            {
                total += Surcharge(c, owing, case1, nhThr, nhMag, nhExtra, nhPer1, nhPer2);
            }

            c = Vector256.LoadUnsafe(ref po, idx);
            negN = Vector256.GreaterThan(c, Vector256.ConditionalSelect(lake, tl0, tr0))
                + Vector256.GreaterThan(c, Vector256.ConditionalSelect(lake, tl1, tr1))
                + Vector256.GreaterThan(c, Vector256.ConditionalSelect(lake, tl2, tr2))
                + Vector256.GreaterThan(c, Vector256.ConditionalSelect(lake, tl3, tr3))
                + Vector256.GreaterThan(c, Vector256.ConditionalSelect(lake, tl4, tr4));
            worse = Vector256.Max(zero, zero - negN - t1);
            case1 = Vector256.GreaterThan(c, Vector256.LoadUnsafe(ref pi, idx));
            total += Avx2.Multiply(worse.AsUInt32(), Vector256.ConditionalSelect(case1, r1, r2).AsUInt32()).AsInt64();
            owing = Vector256.GreaterThan(c, Vector256.ConditionalSelect(lake, tlSur, trSur)) & Vector256.GreaterThan(worse, zero);
            if (owing != zero)
            {
                total += Surcharge(c, owing, case1, tpThr, tpMag, tpExtra, tpPer1, tpPer2);
            }

            var o = unchecked((nuint)(2 * (i - start)));
            var lo = Avx2.UnpackLow(zero, total);   // 0 t0 | 0 t2
            var hi = Avx2.UnpackHigh(zero, total);  // 0 t1 | 0 t3
            Avx2.Permute2x128(lo, hi, 0x20).StoreUnsafe(ref outRef, o);
            Avx2.Permute2x128(lo, hi, 0x31).StoreUnsafe(ref outRef, o + 4);
        }

        return i;
    }
#endif
}
