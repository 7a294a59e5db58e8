using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using NodaTime;

namespace Haidian.Rules.WaterCompensation;

/// <summary>
/// Upper limits (mg/L, each inclusive) of classes I–V for one pollutant, GB 3838-2002 表1. A
/// concentration's class is the best class whose limit it does not exceed; above the class V limit it is 劣V.
/// Source: 海行规发〔2017〕7号 第六条、第八条 (the classes its standards are measured in).
/// </summary>
/// <param name="ClassI">Ⅰ类 upper limit, mg/L (a concentration equal to it is class Ⅰ).</param>
/// <param name="ClassII">Ⅱ类 upper limit, mg/L, inclusive.</param>
/// <param name="ClassIII">Ⅲ类 upper limit, mg/L, inclusive.</param>
/// <param name="ClassIV">Ⅳ类 upper limit, mg/L, inclusive.</param>
/// <param name="ClassV">Ⅴ类 upper limit, mg/L, inclusive; above it the concentration is 劣Ⅴ.</param>
/// <param name="EqualLimitsReason">Optional; default null (normally). When two neighbouring limits are equal on purpose (GB 3838-2002 gives COD
/// classes I and II both 15 mg/L, so class II is unreachable), the reason; equal limits without a reason are rejected.</param>
public sealed record ClassLimits(decimal ClassI, decimal ClassII, decimal ClassIII, decimal ClassIV, decimal ClassV, string? EqualLimitsReason = null)
{
    /// <summary>The limit of a class I–V.</summary>
    /// <param name="waterClass">Class I to V.</param>
    /// <returns>The upper limit, mg/L.</returns>
    /// <exception cref="ValidationException"><paramref name="waterClass"/> is 劣V (it has no upper limit) or not a defined
    /// <see cref="WaterClass"/> (spec 07 C4); path <c>waterClass</c>.</exception>
    public decimal LimitOf(WaterClass waterClass) => waterClass switch
    {
        WaterClass.I => ClassI,
        WaterClass.II => ClassII,
        WaterClass.III => ClassIII,
        WaterClass.IV => ClassIV,
        WaterClass.V => ClassV,
        WaterClass.WorseThanV => throw Validator.Error("waterClass", ErrorCode.InvalidValue, "must be a class from I to V: 劣V has no upper limit"),
        _ => throw WaterCompensationParameters.Undefined("waterClass", waterClass),
    };

    /// <summary>The limits as a checked band table: I = [0, I], II = (I, II], …, 劣V = (V, ∞).</summary>
    /// <param name="path">Field path used in error messages.</param>
    /// <returns>The band table.</returns>
    /// <exception cref="ValidationException">A limit is negative, limits decrease, or two are equal without a reason.</exception>
    public BandTable<WaterClass> ToBandTable(string path)
    {
        var limits = new[] { ClassI, ClassII, ClassIII, ClassIV, ClassV };
        var rows = new List<Band<WaterClass>>(6);
        var lower = 0m;
        for (var i = 0; i < 5; i++)
        {
            var cls = (WaterClass)(i + 1);
            var upper = limits[i];
            var empty = i > 0 && upper == lower;
            rows.Add(new Band<WaterClass>(lower, i == 0, upper, true, cls, empty ? EqualLimitsReason : null));
            lower = upper;
        }

        rows.Add(new Band<WaterClass>(lower, false, decimal.MaxValue, true, WaterClass.WorseThanV));
        var v = new Validator();
        if (ClassI < 0m)
        {
            v.Add(Validator.Field(path, "classI"), ErrorCode.OutOfRange, "must not be negative");
        }

        v.AddRange(BandTable<WaterClass>.Check(path, rows, 0m, decimal.MaxValue));
        v.ThrowIfAny();
        return BandTable<WaterClass>.Create(path, rows, 0m, decimal.MaxValue);
    }
}

/// <summary>
/// 追加补偿金 — the surcharge of 第八条 for a 劣V pollutant above a threshold:
/// <c>steps = ceil((c − Threshold) / Step)</c>, each step costing <see cref="PerStepCase1"/> or <see cref="PerStepCase2"/>.
/// 「大于X」 is strict (X itself adds nothing) and 「每增加…以内（含…）」 makes each step inclusive.
/// Source: 海行规发〔2017〕7号 第八条（一）、（二）.
/// </summary>
/// <param name="Threshold">The concentration above which the surcharge applies, mg/L (大于, strict).</param>
/// <param name="Step">The width of one step, mg/L (以内（含）, inclusive).</param>
/// <param name="PerStepCase1">Yuan per step in case (一).</param>
/// <param name="PerStepCase2">Yuan per step in case (二).</param>
public sealed record SurchargeRule(decimal Threshold, decimal Step, decimal PerStepCase1, decimal PerStepCase2);

/// <summary>
/// Every number of 海行规发〔2017〕7号 (and of the GB 3838-2002 limits it relies on) as data: one dated version of
/// the water-compensation policy. <see cref="Gazette2017"/> is the gazette's; a copy made with <c>with</c> is a
/// what-if (a reform raising a rate from a later date goes into a <see cref="ParameterHistory{T}"/>).
/// </summary>
/// <remarks>
/// In JSON every member is required except <c>source</c> (default: the document) and <c>concentrationRounding</c> (default
/// null: no 修约) — a missing rate or table is an error, never 0 (spec 07 C1). Immutable and thread-safe. The set is checked (<see cref="Validate"/>) when a
/// <see cref="WaterCompensationCalculator"/> is built from it, so a broken what-if is rejected with the offending
/// table rows named before anything is computed.
/// </remarks>
public sealed record WaterCompensationParameters : IVersionedParameters
{
    /// <summary>The document: 海行规发〔2017〕7号《海淀区水环境区域补偿办法（试行）》.</summary>
    public static Citation Document { get; } = new("海行规发〔2017〕7号", "海淀区水环境区域补偿办法（试行）", string.Empty);

    /// <summary>GB 3838-2002《地表水环境质量标准》表1, the class limits the assessment standard refers to.</summary>
    public static Citation ClassLimitStandard { get; } = new("GB 3838-2002", "地表水环境质量标准", "表1");

    /// <summary>The gazette's parameters, in force from 2018-01-01 (第十五条).</summary>
    public static WaterCompensationParameters Gazette2017 { get; } = new()
    {
        Version = "gazette-2017",
        InForceFrom = new LocalDate(2018, 1, 1),
        Source = Document.WithArticle("第十五条"),
        ChemicalOxygenDemandLimits = new ClassLimits(15m, 15m, 20m, 30m, 40m, "GB 3838-2002 表1 sets COD classes I and II both at 15 mg/L, so class II cannot be reached (literal reading, spec W10)."),
        PermanganateIndexLimits = new ClassLimits(2m, 4m, 6m, 10m, 15m),
        AmmoniaNitrogenLimits = new ClassLimits(0.15m, 0.5m, 1.0m, 1.5m, 2.0m),
        TotalPhosphorusRiverLimits = new ClassLimits(0.02m, 0.1m, 0.2m, 0.3m, 0.4m),
        TotalPhosphorusLakeLimits = new ClassLimits(0.01m, 0.025m, 0.05m, 0.1m, 0.2m),
        PerClassCase1 = 30_000m,
        PerClassCase2 = 15_000m,
        ChemicalOxygenDemandSurcharge = new SurchargeRule(40m, 10m, 30_000m, 15_000m),
        PermanganateIndexSurcharge = new SurchargeRule(15m, 5m, 30_000m, 15_000m),
        AmmoniaNitrogenSurcharge = new SurchargeRule(2m, 1m, 10_000m, 5_000m),
        TotalPhosphorusSurcharge = new SurchargeRule(0.5m, 0.5m, 20_000m, 10_000m),
        SpecialTransferFundPerSectionYear = 1_000_000m,
        ConcentrationRounding = null,
    };

    /// <summary>The highest concentration accepted, mg/L: a litre of water cannot hold more than 1,000,000 mg of anything.</summary>
    public const decimal MaximumConcentration = 1_000_000m;

    /// <inheritdoc/>
    [JsonRequired]
    public string Version { get; init; } = string.Empty;

    /// <inheritdoc/>
    [JsonRequired]
    public LocalDate InForceFrom { get; init; }

    /// <summary>The clause that puts this version in force. <see cref="Document"/> (the document without an article) when a copy made in C# does not set
    /// it. Required in JSON: System.Text.Json's generated reader sets every init-only member it binds, so a <c>source</c> left
    /// out would read as null, not as this default.</summary>
    [JsonRequired]
    public Citation Source { get; init; } = Document;

    /// <summary>COD class limits, mg/L (GB 3838-2002 表1).</summary>
    [JsonRequired]
    public ClassLimits ChemicalOxygenDemandLimits { get; init; } = null!;

    /// <summary>CODMn class limits, mg/L (GB 3838-2002 表1).</summary>
    [JsonRequired]
    public ClassLimits PermanganateIndexLimits { get; init; } = null!;

    /// <summary>NH3-N class limits, mg/L (GB 3838-2002 表1).</summary>
    [JsonRequired]
    public ClassLimits AmmoniaNitrogenLimits { get; init; } = null!;

    /// <summary>TP class limits for rivers, mg/L (GB 3838-2002 表1).</summary>
    [JsonRequired]
    public ClassLimits TotalPhosphorusRiverLimits { get; init; } = null!;

    /// <summary>TP class limits for lakes and reservoirs, mg/L (GB 3838-2002 表1, 湖、库).</summary>
    [JsonRequired]
    public ClassLimits TotalPhosphorusLakeLimits { get; init; } = null!;

    /// <summary>第八条（一）: yuan per class worse per month — 3万元/月.</summary>
    [JsonRequired]
    public decimal PerClassCase1 { get; init; }

    /// <summary>第八条（二）: yuan per class worse per month — 1.5万元/月.</summary>
    [JsonRequired]
    public decimal PerClassCase2 { get; init; }

    /// <summary>第八条: COD surcharge — above 40 mg/L, per 10 mg/L or part, 3万 / 1.5万 yuan.</summary>
    [JsonRequired]
    public SurchargeRule ChemicalOxygenDemandSurcharge { get; init; } = null!;

    /// <summary>第八条: CODMn surcharge — above 15 mg/L, per 5 mg/L or part, 3万 / 1.5万 yuan.</summary>
    [JsonRequired]
    public SurchargeRule PermanganateIndexSurcharge { get; init; } = null!;

    /// <summary>第八条: NH3-N surcharge — above 2 mg/L, per 1 mg/L or part, 1万 / 0.5万 yuan.</summary>
    [JsonRequired]
    public SurchargeRule AmmoniaNitrogenSurcharge { get; init; } = null!;

    /// <summary>第八条: TP surcharge — above 0.5 mg/L, per 0.5 mg/L or part, 2万 / 1万 yuan.</summary>
    [JsonRequired]
    public SurchargeRule TotalPhosphorusSurcharge { get; init; } = null!;

    /// <summary>第三条: 水污染防治专项转移支付资金 — 1,000,000 yuan per assessed section per year.</summary>
    [JsonRequired]
    public decimal SpecialTransferFundPerSectionYear { get; init; }

    /// <summary>
    /// 修约 — optional rounding of each concentration before it is classified and compared, with a number of decimals per
    /// pollutant and a mode (round half to even per GB/T 8170, or half up); spec 07 W-c. Optional; default null = the
    /// values are taken as given (the gazette delegates the accounting rules to 区环保局, 第十条, and gives no decimals).
    /// </summary>
    public ConcentrationRounding? ConcentrationRounding { get; init; }

    /// <summary>The oxygen-demand indicator for a functional class (第四条): CODMn for II and III, else COD.</summary>
    /// <param name="functionalClass">The section's functional class, I to V.</param>
    /// <returns>The indicator.</returns>
    /// <exception cref="ValidationException"><paramref name="functionalClass"/> is 劣V or not a defined <see cref="WaterClass"/>
    /// (spec 07 C4); path <c>functionalClass</c>.</exception>
    public static Pollutant OxygenDemandIndicatorFor(WaterClass functionalClass) => functionalClass switch
    {
        WaterClass.II or WaterClass.III => Pollutant.PermanganateIndex,
        WaterClass.I or WaterClass.IV or WaterClass.V => Pollutant.ChemicalOxygenDemand,
        WaterClass.WorseThanV => throw Validator.Error("functionalClass", ErrorCode.InvalidValue, "must be a class from I to V"),
        _ => throw Undefined("functionalClass", functionalClass),
    };

    /// <summary>The class limits of a pollutant in a water body.</summary>
    /// <param name="pollutant">The pollutant.</param>
    /// <param name="bodyType">River or lake/reservoir (matters for TP only).</param>
    /// <returns>The limits.</returns>
    /// <exception cref="ValidationException">An argument is not a defined value of its enum (spec 07 C4); path <c>pollutant</c> or <c>bodyType</c>.</exception>
    public ClassLimits LimitsFor(Pollutant pollutant, WaterBodyType bodyType) => (pollutant, bodyType) switch
    {
        (_, not (WaterBodyType.River or WaterBodyType.LakeOrReservoir)) => throw Undefined("bodyType", bodyType),
        (Pollutant.ChemicalOxygenDemand, _) => ChemicalOxygenDemandLimits,
        (Pollutant.PermanganateIndex, _) => PermanganateIndexLimits,
        (Pollutant.AmmoniaNitrogen, _) => AmmoniaNitrogenLimits,
        (Pollutant.TotalPhosphorus, WaterBodyType.River) => TotalPhosphorusRiverLimits,
        (Pollutant.TotalPhosphorus, _) => TotalPhosphorusLakeLimits,
        _ => throw Undefined("pollutant", pollutant),
    };

    /// <summary>The surcharge rule of a pollutant.</summary>
    /// <param name="pollutant">The pollutant.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ValidationException"><paramref name="pollutant"/> is not a defined <see cref="Pollutant"/> (spec 07 C4); path <c>pollutant</c>.</exception>
    public SurchargeRule SurchargeFor(Pollutant pollutant) => pollutant switch
    {
        Pollutant.ChemicalOxygenDemand => ChemicalOxygenDemandSurcharge,
        Pollutant.PermanganateIndex => PermanganateIndexSurcharge,
        Pollutant.AmmoniaNitrogen => AmmoniaNitrogenSurcharge,
        Pollutant.TotalPhosphorus => TotalPhosphorusSurcharge,
        _ => throw Undefined("pollutant", pollutant),
    };

    /// <summary>The C4 error for an undefined enum value (the message lists the allowed words).</summary>
    internal static ValidationException Undefined<TEnum>(string path, TEnum value)
        where TEnum : struct, Enum
    {
        var v = new Validator();
        v.Defined(path, value);
        return new ValidationException(v.Errors);
    }

    /// <summary>Checks every number and table; returns every problem with its field path (empty when sound).</summary>
    /// <returns>The problems found.</returns>
    public IReadOnlyList<ValidationError> Validate()
    {
        var v = new Validator();
        v.RequiredText("version", Version);
        v.Required("source", Source);
        CheckLimits(v, "chemicalOxygenDemandLimits", ChemicalOxygenDemandLimits);
        CheckLimits(v, "permanganateIndexLimits", PermanganateIndexLimits);
        CheckLimits(v, "ammoniaNitrogenLimits", AmmoniaNitrogenLimits);
        CheckLimits(v, "totalPhosphorusRiverLimits", TotalPhosphorusRiverLimits);
        CheckLimits(v, "totalPhosphorusLakeLimits", TotalPhosphorusLakeLimits);
        v.NotNegative("perClassCase1", PerClassCase1);
        v.NotNegative("perClassCase2", PerClassCase2);
        if (PerClassCase2 > PerClassCase1)
        {
            v.Add("perClassCase2", ErrorCode.Inconsistent, "must not exceed perClassCase1: case (二) never costs more than case (一)");
        }

        CheckSurcharge(v, "chemicalOxygenDemandSurcharge", ChemicalOxygenDemandSurcharge);
        CheckSurcharge(v, "permanganateIndexSurcharge", PermanganateIndexSurcharge);
        CheckSurcharge(v, "ammoniaNitrogenSurcharge", AmmoniaNitrogenSurcharge);
        CheckSurcharge(v, "totalPhosphorusSurcharge", TotalPhosphorusSurcharge);
        v.NotNegative("specialTransferFundPerSectionYear", SpecialTransferFundPerSectionYear);
        ConcentrationRounding?.Check(v, "concentrationRounding");

        foreach (var (name, amount) in new[] { ("perClassCase1", PerClassCase1), ("perClassCase2", PerClassCase2), ("specialTransferFundPerSectionYear", SpecialTransferFundPerSectionYear) })
        {
            if (!Money.IsWholeFen(amount))
            {
                v.Add(name, ErrorCode.InvalidValue, "must be a whole number of fen");
            }

            if (amount > 1_000_000_000m)
            {
                v.Add(name, ErrorCode.OutOfRange, "must not exceed 1,000,000,000 yuan");
            }
        }

        return v.Errors;
    }

    private static void CheckLimits(Validator v, string path, ClassLimits? limits)
    {
        if (!v.Required(path, limits))
        {
            return;
        }

        try
        {
            limits!.ToBandTable(path);
        }
        catch (ValidationException ex)
        {
            v.AddRange(ex.Errors);
        }

        if (limits!.ClassV > MaximumConcentration)
        {
            v.Add(Validator.Field(path, "classV"), ErrorCode.OutOfRange, "must not exceed " + Validator.Format(MaximumConcentration) + " mg/L");
        }
    }

    private static void CheckSurcharge(Validator v, string path, SurchargeRule? rule)
    {
        if (!v.Required(path, rule))
        {
            return;
        }

        v.InRange(Validator.Field(path, "threshold"), rule!.Threshold, 0m, MaximumConcentration);
        if (v.Positive(Validator.Field(path, "step"), rule.Step) && rule.Step < 0.000001m)
        {
            v.Add(Validator.Field(path, "step"), ErrorCode.OutOfRange, "must be at least 0.000001 mg/L");
        }

        v.InRange(Validator.Field(path, "perStepCase1"), rule.PerStepCase1, 0m, 1_000_000_000m);
        v.InRange(Validator.Field(path, "perStepCase2"), rule.PerStepCase2, 0m, 1_000_000_000m);
        if (rule.PerStepCase2 > rule.PerStepCase1)
        {
            v.Add(Validator.Field(path, "perStepCase2"), ErrorCode.Inconsistent, "must not exceed perStepCase1: case (二) never costs more than case (一)");
        }

        if (!Money.IsWholeFen(rule.PerStepCase1) || !Money.IsWholeFen(rule.PerStepCase2))
        {
            v.Add(path, ErrorCode.InvalidValue, "per-step amounts must be whole numbers of fen");
        }
    }
}
