using System;
using NodaTime;

namespace Haidian.Rules.WaterCompensation;

/// <summary>
/// One parameter version flattened into arrays for the hot path: class limits per (pollutant, body),
/// surcharge rules per pollutant. Built once per version when the calculator is created.
/// </summary>
internal sealed class CompiledRules
{
    // Limit tables: 0 COD, 1 CODMn, 2 NH3-N, 3 TP river, 4 TP lake; 5 limits each (classes I..V).
    private readonly decimal[] limits = new decimal[25];
    private readonly decimal[] threshold = new decimal[4];
    private readonly decimal[] step = new decimal[4];
    private readonly decimal[] perStep1 = new decimal[4];
    private readonly decimal[] perStep2 = new decimal[4];
    private ItemizeTexts? texts;

    public CompiledRules(WaterCompensationParameters p, YearMonth firstMonth, YearMonth? endMonthExclusive)
    {
        Parameters = p;
        FirstMonth = firstMonth;
        EndMonthExclusive = endMonthExclusive;
        FirstIndex = SectionMonthBatch.ToIndex(firstMonth);
        EndIndexExclusive = endMonthExclusive is { } end ? SectionMonthBatch.ToIndex(end) : int.MaxValue;
        Provenance = Provenance.Of(p);
        Fill(0, p.ChemicalOxygenDemandLimits);
        Fill(1, p.PermanganateIndexLimits);
        Fill(2, p.AmmoniaNitrogenLimits);
        Fill(3, p.TotalPhosphorusRiverLimits);
        Fill(4, p.TotalPhosphorusLakeLimits);
        SetSurcharge(0, p.ChemicalOxygenDemandSurcharge);
        SetSurcharge(1, p.PermanganateIndexSurcharge);
        SetSurcharge(2, p.AmmoniaNitrogenSurcharge);
        SetSurcharge(3, p.TotalPhosphorusSurcharge);
        PerClass1 = p.PerClassCase1;
        PerClass2 = p.PerClassCase2;
        Rounding = p.ConcentrationRounding;
        Scaled = ScaledRules.TryCreate(this);
    }

    /// <summary>The version as exact scaled integers for the batch kernel, or null when it must use decimals.</summary>
    public ScaledRules? Scaled { get; }

    public WaterCompensationParameters Parameters { get; }

    /// <summary>The version's constant texts for the itemized path, built on first use (a benign race builds equal copies).</summary>
    public ItemizeTexts Texts => texts ??= new ItemizeTexts(this);

    public Provenance Provenance { get; }

    /// <summary>First month this version computes (the month containing its in-force date, or the next month when it starts mid-month).</summary>
    public YearMonth FirstMonth { get; }

    public YearMonth? EndMonthExclusive { get; }

    public decimal PerClass1 { get; }

    public decimal PerClass2 { get; }

    /// <summary>The optional 修约 per pollutant (spec 07 W-c), or null to take concentrations as given.</summary>
    public ConcentrationRounding? Rounding { get; }

    /// <summary>
    /// Whether the version covers a month given as <see cref="SectionMonthBatch.ToIndex"/> (year · 12 + month − 1): two
    /// integer comparisons, not NodaTime's calendar-checked <see cref="YearMonth"/> comparison (issue 16: the version
    /// lookup was ~4 ns of the per-item <c>Amount</c>). Every path — per item, span and batch — now reads a month by its
    /// year and month numbers alike.
    /// </summary>
    public bool Covers(int monthIndex) => monthIndex >= FirstIndex && monthIndex < EndIndexExclusive;

    /// <summary><see cref="FirstMonth"/> as a <see cref="SectionMonthBatch.ToIndex"/> month index.</summary>
    public int FirstIndex { get; }

    /// <summary><see cref="EndMonthExclusive"/> as a month index, or <see cref="int.MaxValue"/> for the latest version.</summary>
    public int EndIndexExclusive { get; }

    /// <summary>Index of the limit table for a pollutant: 0 COD, 1 CODMn, 2 NH3-N, 3/4 TP river/lake.</summary>
    public static int TableIndex(Pollutant p, WaterBodyType body) => p == Pollutant.TotalPhosphorus ? (body == WaterBodyType.River ? 3 : 4) : (int)p;

    public decimal Limit(int table, int classIndex) => limits[(table * 5) + classIndex];

    public decimal Threshold(Pollutant p) => threshold[(int)p];

    public decimal Step(Pollutant p) => step[(int)p];

    public decimal PerStep(Pollutant p, bool case1) => case1 ? perStep1[(int)p] : perStep2[(int)p];

    /// <summary>A concentration of a pollutant as classified: rounded with the version's 修约 when it has one (spec 07 W-c).</summary>
    public decimal Prepare(Pollutant p, decimal c) => Rounding is { } r ? r.Round(p, c) : c;

    /// <summary>The class (1..6) of a concentration: the best class whose inclusive limit it does not exceed.</summary>
    public int Classify(int table, decimal c)
    {
        var b = table * 5;
        if (c <= limits[b])
        {
            return 1;
        }

        if (c <= limits[b + 1])
        {
            return 2;
        }

        if (c <= limits[b + 2])
        {
            return 3;
        }

        if (c <= limits[b + 3])
        {
            return 4;
        }

        return c <= limits[b + 4] ? 5 : 6;
    }

    /// <summary>ceil((c − threshold) / step) for c above the threshold, computed exactly.</summary>
    public static decimal SurchargeSteps(decimal c, decimal threshold, decimal step)
    {
        var excess = c - threshold;
        var q = decimal.Truncate(excess / step);

        // Correct the quotient so that (q − 1) × step < excess <= q × step exactly.
        while (q * step < excess)
        {
            q++;
        }

        while (q > 1 && (q - 1) * step >= excess)
        {
            q--;
        }

        return q;
    }

    /// <summary>The scalar reference computation of one pollutant's amount (第八条).</summary>
    public decimal PollutantAmount(Pollutant p, int table, int target, decimal outflow, bool hasInflow, decimal inflow)
    {
        var cls = Classify(table, outflow);
        var worse = cls - target;
        if (worse <= 0)
        {
            return 0m;
        }

        var case1 = !hasInflow || outflow > inflow;
        var amount = worse * (case1 ? PerClass1 : PerClass2);
        if (cls == 6 && outflow > threshold[(int)p])
        {
            amount += SurchargeSteps(outflow, threshold[(int)p], step[(int)p]) * (case1 ? perStep1[(int)p] : perStep2[(int)p]);
        }

        return amount;
    }

    /// <summary>The section's monthly amount (第八条, 第九条): the sum of its three pollutants; 0 when dry all month. Input already validated.</summary>
    public decimal SectionAmount(in SectionMonth x)
    {
        if (x.Dry)
        {
            return 0m;
        }

        var target = (int)x.AssessmentTarget;
        var oxy = WaterCompensationParameters.OxygenDemandIndicatorFor(x.FunctionalClass);
        var inflow = x.Inflow.GetValueOrDefault();
        var has = x.HasInflow;
        var tp = x.BodyType == WaterBodyType.River ? 3 : 4;
        return PollutantAmount(oxy, (int)oxy, target, Prepare(oxy, x.Outflow.Of(oxy)!.Value), has, has ? Prepare(oxy, inflow.Of(oxy)!.Value) : 0m)
            + PollutantAmount(Pollutant.AmmoniaNitrogen, 2, target, Prepare(Pollutant.AmmoniaNitrogen, x.Outflow.AmmoniaNitrogen!.Value), has, has ? Prepare(Pollutant.AmmoniaNitrogen, inflow.AmmoniaNitrogen!.Value) : 0m)
            + PollutantAmount(Pollutant.TotalPhosphorus, tp, target, Prepare(Pollutant.TotalPhosphorus, x.Outflow.TotalPhosphorus!.Value), has, has ? Prepare(Pollutant.TotalPhosphorus, inflow.TotalPhosphorus!.Value) : 0m);
    }

    private void Fill(int table, ClassLimits l)
    {
        var b = table * 5;
        limits[b] = l.ClassI;
        limits[b + 1] = l.ClassII;
        limits[b + 2] = l.ClassIII;
        limits[b + 3] = l.ClassIV;
        limits[b + 4] = l.ClassV;
    }

    private void SetSurcharge(int i, SurchargeRule r)
    {
        threshold[i] = r.Threshold;
        step[i] = r.Step;
        perStep1[i] = r.PerStepCase1;
        perStep2[i] = r.PerStepCase2;
    }
}
