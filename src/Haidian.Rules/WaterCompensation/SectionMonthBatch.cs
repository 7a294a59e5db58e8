using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using NodaTime;

namespace Haidian.Rules.WaterCompensation;

/// <summary>
/// A reusable, column-oriented (structure-of-arrays) batch of section-months for the data-oriented fast path
/// (<see cref="WaterCompensationCalculator.Amounts(SectionMonthBatch, Span{decimal})"/>). Each
/// <see cref="SectionMonth"/> added is validated, then stored as exact scaled integers (concentrations in units
/// of 10⁻⁹ mg/L) in parallel columns, so the calculation reads memory in straight lines and can work on many
/// section-months at once with SIMD instructions.
/// Source: 海行规发〔2017〕7号 第八条、第九条（一） (the same rules as the per-section path).
/// </summary>
/// <remarks>
/// <para>Values that cannot be stored exactly at 10⁻⁹ mg/L (more than nine decimals) are kept as given and computed
/// by the exact decimal reference path, so results never depend on the representation.</para>
/// <para>Not thread-safe while being filled; reading it from many threads (the parallel entry point) is safe once filled.
/// <see cref="Clear"/> keeps the columns, so one batch can stream any number of section-months with no allocation
/// after its capacity is reached.</para>
/// </remarks>
public sealed class SectionMonthBatch
{
    /// <summary>Concentrations are stored as integers in units of 10^-<see cref="ScaleDecimals"/> mg/L.</summary>
    internal const int ScaleDecimals = 9;

    /// <summary>10^<see cref="ScaleDecimals"/>.</summary>
    internal const long Scale = 1_000_000_000L;

    /// <summary>Shape bits: the low 4 bits hold (target − 1), or 5 for a dry month (nothing can be owed).</summary>
    internal const long TargetBits = 15;

    /// <summary>Shape bit: the oxygen-demand indicator is CODMn (functional class II or III).</summary>
    internal const long PermanganateBit = 16;

    /// <summary>Shape bit: lake or reservoir (total-phosphorus limits).</summary>
    internal const long LakeBit = 32;

    internal const int FunctionalShift = 8;
    internal const int TargetShift = 11;
    internal const long DryBit = 1L << 14;
    internal const long InflowBit = 1L << 15;

    private static readonly decimal ScaleDecimal = Scale;

    private int[] months;
    private long[] shape;
    private long[] oxygenOut;
    private long[] oxygenIn;
    private long[] ammoniaOut;
    private long[] ammoniaIn;
    private long[] phosphorusOut;
    private long[] phosphorusIn;
    private readonly List<int> exactIndices = new();
    private readonly List<SectionMonth> exactItems = new();

    /// <summary>An empty batch with room for <paramref name="capacity"/> section-months (it grows when needed).</summary>
    /// <param name="capacity">Initial capacity (0 or more).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="capacity"/> is negative.</exception>
    public SectionMonthBatch(int capacity = 1024)
    {
        if (capacity < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "Capacity must not be negative.");
        }

        months = new int[capacity];
        shape = new long[capacity];
        oxygenOut = new long[capacity];
        oxygenIn = new long[capacity];
        ammoniaOut = new long[capacity];
        ammoniaIn = new long[capacity];
        phosphorusOut = new long[capacity];
        phosphorusIn = new long[capacity];
        Clear();
    }

    /// <summary>The number of section-months in the batch.</summary>
    public int Count { get; private set; }

    /// <summary>The current capacity (columns are this long).</summary>
    public int Capacity => months.Length;

    /// <summary>The earliest month in the batch (meaningless while <see cref="Count"/> is 0).</summary>
    public YearMonth EarliestMonth => FromIndex(MinMonthIndex);

    /// <summary>The latest month in the batch (meaningless while <see cref="Count"/> is 0).</summary>
    public YearMonth LatestMonth => FromIndex(MaxMonthIndex);

    internal int MinMonthIndex { get; private set; }

    internal int MaxMonthIndex { get; private set; }

    /// <summary>How many section-months hold values with more than nine decimals (computed by the decimal reference path).</summary>
    public int ExactFallbackCount => exactIndices.Count;

    internal ReadOnlySpan<int> Months => months.AsSpan(0, Count);

    internal long[] Shape => shape;

    internal long[] OxygenOut => oxygenOut;

    internal long[] OxygenIn => oxygenIn;

    internal long[] AmmoniaOut => ammoniaOut;

    internal long[] AmmoniaIn => ammoniaIn;

    internal long[] PhosphorusOut => phosphorusOut;

    internal long[] PhosphorusIn => phosphorusIn;

    internal List<int> ExactIndices => exactIndices;

    internal List<SectionMonth> ExactItems => exactItems;

    /// <summary>
    /// Builds a batch from section-months, validating all of them first: every problem of every item is reported with its
    /// index (<c>[12].outflow.ammoniaNitrogen</c>) in one <see cref="ValidationException"/>.
    /// </summary>
    /// <param name="inputs">The section-months.</param>
    /// <returns>The filled batch.</returns>
    /// <exception cref="ValidationException">An input is invalid.</exception>
    public static SectionMonthBatch From(ReadOnlySpan<SectionMonth> inputs)
    {
        Validator? v = null;
        var batch = new SectionMonthBatch(inputs.Length);
        for (var i = 0; i < inputs.Length; i++)
        {
            ref readonly var x = ref inputs[i];
            if (ScaledInput.TryScale(x, out var item))
            {
                batch.AddScaled(x.Month, item);
            }
            else if (WaterCompensationCalculator.CheckInput(x, Validator.Index(string.Empty, i), ref v))
            {
                batch.AddValidated(x);
            }
        }

        v?.ThrowIfAny();
        return batch;
    }

    /// <summary>Removes every section-month, keeping the capacity (no allocation when refilled up to it).</summary>
    public void Clear()
    {
        Count = 0;
        MinMonthIndex = int.MaxValue;
        MaxMonthIndex = int.MinValue;
        exactIndices.Clear();
        exactItems.Clear();
    }

    /// <summary>
    /// Validates a section-month and appends it. Problems are reported with the index it would have had
    /// (<c>[3].inflow</c>), and nothing is added.
    /// </summary>
    /// <param name="input">The section-month.</param>
    /// <exception cref="ValidationException">The input is invalid (every problem with its field path).</exception>
    public void Add(in SectionMonth input)
    {
        if (ScaledInput.TryScale(input, out var item))
        {
            AddScaled(input.Month, item);
            return;
        }

        Validator? v = null;
        if (!WaterCompensationCalculator.CheckInput(input, Validator.Index(string.Empty, Count), ref v))
        {
            v!.ThrowIfAny();
        }

        AddValidated(input);
    }

    internal static int ToIndex(YearMonth m) => (m.Year * 12) + m.Month - 1;

    internal static YearMonth FromIndex(int index) => new(index / 12, (index % 12) + 1);

    /// <summary>Rebuilds a section-month equivalent to the one added (same amount on every parameter version).</summary>
    internal SectionMonth Reconstruct(int i)
    {
        var s = shape[i];
        var functional = (WaterClass)((s >> FunctionalShift) & 7);
        var target = (WaterClass)((s >> TargetShift) & 7);
        var body = (s & LakeBit) != 0 ? WaterBodyType.LakeOrReservoir : WaterBodyType.River;
        var dry = (s & DryBit) != 0;
        var hasInflow = (s & InflowBit) != 0;
        var mn = (s & PermanganateBit) != 0;
        var outflow = Rebuild(mn, oxygenOut[i], ammoniaOut[i], phosphorusOut[i]);
        Concentrations? inflow = hasInflow ? Rebuild(mn, oxygenIn[i], ammoniaIn[i], phosphorusIn[i]) : null;
        return new SectionMonth(FromIndex(months[i]), functional, target, body, dry, hasInflow, outflow, inflow);
    }

    /// <summary>Appends a section-month converted by <see cref="ScaledInput.TryScale"/> (valid, every value representable).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void AddScaled(YearMonth month, in ScaledItem item)
    {
        if (Count == months.Length)
        {
            Grow();
        }

        var i = Count;
        var monthIndex = ToIndex(month);
        months[i] = monthIndex;
        if (monthIndex < MinMonthIndex)
        {
            MinMonthIndex = monthIndex;
        }

        if (monthIndex > MaxMonthIndex)
        {
            MaxMonthIndex = monthIndex;
        }

        shape[i] = item.Shape;
        oxygenOut[i] = item.OxygenOut;
        oxygenIn[i] = item.OxygenIn;
        ammoniaOut[i] = item.AmmoniaOut;
        ammoniaIn[i] = item.AmmoniaIn;
        phosphorusOut[i] = item.PhosphorusOut;
        phosphorusIn[i] = item.PhosphorusIn;
        Count = i + 1;
    }

    internal void AddValidated(in SectionMonth x)
    {
        if (Count == months.Length)
        {
            Grow();
        }

        var i = Count;
        var monthIndex = ToIndex(x.Month);
        months[i] = monthIndex;
        MinMonthIndex = Math.Min(MinMonthIndex, monthIndex);
        MaxMonthIndex = Math.Max(MaxMonthIndex, monthIndex);
        var oxy = x.OxygenDemandIndicator;
        var s = ((long)x.FunctionalClass << FunctionalShift) | ((long)x.AssessmentTarget << TargetShift)
            | (x.Dry ? DryBit : 0L) | (x.HasInflow ? InflowBit : 0L)
            | (oxy == Pollutant.PermanganateIndex ? PermanganateBit : 0L)
            | (x.BodyType == WaterBodyType.LakeOrReservoir ? LakeBit : 0L);
        Count++;
        if (x.Dry)
        {
            shape[i] = s | 5L;
            oxygenOut[i] = oxygenIn[i] = ammoniaOut[i] = ammoniaIn[i] = phosphorusOut[i] = phosphorusIn[i] = 0L;
            return;
        }

        var inflow = x.Inflow.GetValueOrDefault();
        var ok = TryScale(x.Outflow.Of(oxy)!.Value, out var oo)
            & TryScale(x.Outflow.AmmoniaNitrogen!.Value, out var ao)
            & TryScale(x.Outflow.TotalPhosphorus!.Value, out var po);
        long oi = -1L, ai = -1L, pi = -1L;
        if (x.HasInflow)
        {
            ok &= TryScale(inflow.Of(oxy)!.Value, out oi)
                & TryScale(inflow.AmmoniaNitrogen!.Value, out ai)
                & TryScale(inflow.TotalPhosphorus!.Value, out pi);
        }

        if (!ok)
        {
            // Not representable at 10^-9 mg/L: computed by the decimal reference; the columns make the kernel yield 0.
            shape[i] = s | 5L;
            oxygenOut[i] = oxygenIn[i] = ammoniaOut[i] = ammoniaIn[i] = phosphorusOut[i] = phosphorusIn[i] = 0L;
            exactIndices.Add(i);
            exactItems.Add(x);
            return;
        }

        // No inflow is stored as −1: every outflow (>= 0) is then "greater than the inflow", which is case (一).
        shape[i] = s | ((long)x.AssessmentTarget - 1L);
        oxygenOut[i] = oo;
        oxygenIn[i] = oi;
        ammoniaOut[i] = ao;
        ammoniaIn[i] = ai;
        phosphorusOut[i] = po;
        phosphorusIn[i] = pi;
    }

    /// <summary>
    /// The exact integer value·10⁹ of a concentration or parameter, when 0 ≤ value ≤ 10⁹ and it has at most nine decimals:
    /// <see cref="ScaledInput.TryParameterUnits"/>, integer operations on the decimal's bits. (The former decimal multiplication
    /// by 10⁹ rounded values of 29 significant digits, e.g. 1.0000000000000000000000000001, to a whole number of units.)
    /// </summary>
    internal static bool TryScale(decimal value, out long scaled) => ScaledInput.TryParameterUnits(value, out scaled);

    private static Concentrations Rebuild(bool permanganate, long oxygen, long ammonia, long phosphorus)
    {
        var o = (decimal)oxygen / ScaleDecimal;
        return new Concentrations(permanganate ? null : o, permanganate ? o : null, (decimal)ammonia / ScaleDecimal, (decimal)phosphorus / ScaleDecimal);
    }

    private void Grow()
    {
        var n = Math.Max(16, months.Length * 2);
        Array.Resize(ref months, n);
        Array.Resize(ref shape, n);
        Array.Resize(ref oxygenOut, n);
        Array.Resize(ref oxygenIn, n);
        Array.Resize(ref ammoniaOut, n);
        Array.Resize(ref ammoniaIn, n);
        Array.Resize(ref phosphorusOut, n);
        Array.Resize(ref phosphorusIn, n);
    }
}
