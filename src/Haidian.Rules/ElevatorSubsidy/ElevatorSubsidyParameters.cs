using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Serialization;
using NodaTime;

namespace Haidian.Rules.ElevatorSubsidy;

/// <summary>
/// An exact fraction used as a threshold (三分之二 — two-thirds). A part meets it when
/// <c>Denominator × part &gt;= Numerator × whole</c>: compared exactly, never through a rounded decimal like 0.6667.
/// 以上 includes the number (PRC Civil Code art. 1259).
/// Source: 海行规发〔2017〕6号 二、三（二）「三分之二以上」.
/// </summary>
/// <param name="Numerator">Numerator, at least 1.</param>
/// <param name="Denominator">Denominator, at least the numerator.</param>
public sealed record Fraction(int Numerator, int Denominator)
{
    /// <summary>Whether <paramref name="part"/> is at least this fraction of <paramref name="whole"/>, compared exactly.</summary>
    /// <param name="part">The agreeing part (area or owners).</param>
    /// <param name="whole">The whole (total area or owners).</param>
    /// <returns>True when <c>Denominator × part &gt;= Numerator × whole</c>.</returns>
    public bool IsMetBy(decimal part, decimal whole) => Denominator * part >= Numerator * whole;

    /// <summary>The fraction as text, e.g. <c>2/3</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        Numerator.ToString(CultureInfo.InvariantCulture) + "/" + Denominator.ToString(CultureInfo.InvariantCulture);
}

/// <summary>
/// The subsidy table of one ownership category (四（二） municipal or district property, 四（三） central-unit property):
/// who pays each item, the share and the per-elevator caps (最高不超过…/台). A null cap means no cap.
/// Source: 海行规发〔2017〕6号 四（二）、四（三）.
/// </summary>
/// <param name="Article">The clause, e.g. <c>四（二）</c>.</param>
/// <param name="PurchaseShare">Share of the actual purchase-and-installation cost (购置及安装所实际发生费用), e.g. 0.5 for 50%; between 0 and 1.</param>
/// <param name="PurchaseCapPerElevator">Cap of the purchase-and-installation subsidy, yuan per elevator (e.g. 30万元/台), or null.</param>
/// <param name="PurchasePayer">Who pays the purchase-and-installation subsidy.</param>
/// <param name="UtilityCapPerElevator">Cap of the utility-relocation subsidy (水、电、气、热、暖), yuan per elevator (40万元/台), or null.</param>
/// <param name="UtilityPayer">Who pays the utility-relocation subsidy.</param>
/// <param name="PowerCapacitySubsidised">Whether the power-capacity increase (用电增容) is paid by government finance (true for 四（二）: 区财政承担) or borne by the property unit (false for 四（三）: 产权单位承担).</param>
/// <param name="PowerCapacityPayer">Who pays the power-capacity increase.</param>
/// <param name="PowerCapacityCapPerElevator">Cap of the power-capacity increase, yuan per elevator, or null (the gazette sets none).</param>
public sealed record OwnershipSubsidyRule(
    string Article,
    decimal PurchaseShare,
    decimal? PurchaseCapPerElevator,
    Payer PurchasePayer,
    decimal? UtilityCapPerElevator,
    Payer UtilityPayer,
    bool PowerCapacitySubsidised,
    Payer PowerCapacityPayer,
    decimal? PowerCapacityCapPerElevator);

/// <summary>
/// Every number of 海行规发〔2017〕6号 as data: one dated version of the elevator-retrofit pilot policy.
/// <see cref="Gazette2017"/> is the gazette's; a copy made with <c>with</c> is a what-if (a different cap, building
/// scope for consent, a new-technology allowance), which can go into a <see cref="ParameterHistory{T}"/>.
/// </summary>
/// <remarks>Immutable and thread-safe. Checked (<see cref="Validate"/>) when an <see cref="ElevatorSubsidyCalculator"/> is built.</remarks>
public sealed record ElevatorSubsidyParameters : IVersionedParameters
{
    /// <summary>The document: 海行规发〔2017〕6号《关于本区2017年既有多层住宅增设（适老化）电梯试点工作的实施意见》.</summary>
    public static Citation Document { get; } = new("海行规发〔2017〕6号", "关于本区2017年既有多层住宅增设（适老化）电梯试点工作的实施意见", string.Empty);

    /// <summary>
    /// The gazette's parameters, in force from 2017-07-03: the issue date (the document has no commencement clause;
    /// conventions §4).
    /// </summary>
    public static ElevatorSubsidyParameters Gazette2017 { get; } = new()
    {
        Version = "gazette-2017",
        InForceFrom = new LocalDate(2017, 7, 3),
        Source = Document.WithArticle("落款 2017年7月3日"),
        MinimumFloors = 4,
        MinimumUnitEntrances = 3,
        LatestCompletionDate = new LocalDate(1998, 12, 31),
        BuildingsPerStreet = 1,
        OldCommunityWaives = new[] { WaivableCriterion.CompletionDate, WaivableCriterion.PerStreetQuota },
        ConsentScope = ConsentScope.UnitEntrance,
        ConsentAreaShare = new Fraction(2, 3),
        ConsentOwnerShare = new Fraction(2, 3),
        MunicipalOrDistrictProperty = new OwnershipSubsidyRule("四（二）", 0.5m, 300_000m, Payer.MunicipalAndDistrictFinance, 400_000m, Payer.MunicipalFinance, true, Payer.DistrictFinance, null),
        CentralUnitProperty = new OwnershipSubsidyRule("四（三）", 0.3m, 180_000m, Payer.DistrictFinance, 400_000m, Payer.DistrictFinance, false, Payer.PropertyUnit, null),
        NewTechnologyAllowancePerElevator = 0m,
        NewTechnologyPayer = Payer.NotStated,
        OperatingRightMinimumYears = 10,
        OperatingRightMaximumYears = 20,
        MaximumTenderedImplementingBodies = 5,
        PlanDeadline = new LocalDate(2017, 5, 31),
        WorksWindowStart = new LocalDate(2017, 6, 1),
        WorksDeadline = new LocalDate(2017, 10, 31),
        InUseDeadline = new LocalDate(2017, 12, 31),
        DisbursementDeadline = new LocalDate(2018, 4, 30),
    };

    /// <summary>The highest cost or cap accepted per item and elevator, yuan (a sanity bound: 1,000,000,000).</summary>
    public const decimal MaximumAmount = 1_000_000_000m;

    /// <inheritdoc/>
    [JsonRequired]
    public string Version { get; init; } = string.Empty;

    /// <inheritdoc/>
    [JsonRequired]
    public LocalDate InForceFrom { get; init; }

    /// <summary>The clause this parameter version comes from. <see cref="Document"/> (the document without an article) when a copy made in C# does not set
    /// it. Required in JSON: System.Text.Json's generated reader sets every init-only member it binds, so a <c>source</c> left
    /// out would read as null, not as this default.</summary>
    [JsonRequired]
    public Citation Source { get; init; } = Document;

    /// <summary>一: 「4层以上」 — the minimum number of floors, included (4).</summary>
    [JsonRequired]
    public int MinimumFloors { get; init; }

    /// <summary>一: 「总数不少于3个单元门」 — the minimum number of unit entrances of a pilot building, included (3).</summary>
    [JsonRequired]
    public int MinimumUnitEntrances { get; init; }

    /// <summary>一: 「1998年底前建成投入使用」 — the latest completion date, included (1998-12-31).</summary>
    [JsonRequired]
    public LocalDate LatestCompletionDate { get; init; }

    /// <summary>一: 「每个街镇选取1栋」 — pilot buildings per street or town (1), not counting old-community buildings.</summary>
    [JsonRequired]
    public int BuildingsPerStreet { get; init; }

    /// <summary>
    /// 一: 「2017年老旧小区改造需要加装电梯的住宅楼房，列入本试点范围」 — the criteria this clause waives (a reading;
    /// default: the completion date and the per-street quota). The exclusions (shanty-town or expropriation plans,
    /// military property) are never waived.
    /// </summary>
    [JsonRequired]
    public IReadOnlyList<WaivableCriterion> OldCommunityWaives { get; init; } = Array.Empty<WaivableCriterion>();

    /// <summary>
    /// 三（二） 「以单元门为单位」 / 二 「所在楼栋」 — over whose owners consent is measured: the unit entrance (default, the
    /// operational clause) or the whole building. It applies to both denominators (area and owners).
    /// Optional; default <see cref="ElevatorSubsidy.ConsentScope.UnitEntrance"/>.
    /// </summary>
    public ConsentScope ConsentScope { get; init; }

    /// <summary>二 / 三（二）: 「专有部分占建筑物总面积三分之二以上的业主」 — share of the exclusive area that must agree (2/3, included).</summary>
    [JsonRequired]
    public Fraction ConsentAreaShare { get; init; } = null!;

    /// <summary>二 / 三（二）: 「占总人数三分之二以上业主」 — share of the owners that must agree (2/3, included).</summary>
    [JsonRequired]
    public Fraction ConsentOwnerShare { get; init; } = null!;

    /// <summary>四（二）: municipal or district property — 50% by 市、区财政 up to 300,000/台; utilities by 市财政 up to 400,000/台; power-capacity increase by 区财政.</summary>
    [JsonRequired]
    public OwnershipSubsidyRule MunicipalOrDistrictProperty { get; init; } = null!;

    /// <summary>四（三）: central-unit property — 30% by 区财政 up to 180,000/台; utilities by 区财政 up to 400,000/台; power-capacity increase borne by the property unit.</summary>
    [JsonRequired]
    public OwnershipSubsidyRule CentralUnitProperty { get; init; } = null!;

    /// <summary>
    /// 四（四）: 「运用新科技、新技术…缩短工期、降低成本的，给予适当补贴」 — the allowance per elevator, yuan. The text fixes
    /// no amount, so the gazette default is 0 and the result says so; requires a ministry-level certificate or a
    /// department's recognition (an input flag). Optional; default 0.
    /// </summary>
    public decimal NewTechnologyAllowancePerElevator { get; init; }

    /// <summary>四（四）: who pays the new-technology allowance; the text names no payer (default <see cref="Payer.NotStated"/>).</summary>
    [JsonRequired]
    public Payer NewTechnologyPayer { get; init; }

    /// <summary>三（一）: 「享有10—20年的经营权」 — the shortest operating-right term, years, included (10).</summary>
    [JsonRequired]
    public int OperatingRightMinimumYears { get; init; }

    /// <summary>三（一）: 「享有10—20年的经营权」 — the longest operating-right term, years, included (20).</summary>
    [JsonRequired]
    public int OperatingRightMaximumYears { get; init; }

    /// <summary>三（一）: 「经招投标确定的实施主体原则上全区不超过5家」 — tendered implementing bodies district-wide, in principle (5; more is a departure).</summary>
    [JsonRequired]
    public int MaximumTenderedImplementingBodies { get; init; }

    /// <summary>五: 「2017年5月底前：制定工作方案，确定实施主体、增设电梯点位和施工单位」 (2017-05-31, included).</summary>
    [JsonRequired]
    public LocalDate PlanDeadline { get; init; }

    /// <summary>
    /// 五: 「2017年6月—10月底：完成方案设计与审批、签订协议、施工与安装等工作」 — the first day of the works window (2017-06-01,
    /// included; spec 07 E-b): works dated before it are reported with the same severity as works after <see cref="WorksDeadline"/>.
    /// </summary>
    [JsonRequired]
    public LocalDate WorksWindowStart { get; init; }

    /// <summary>五: 「2017年6月—10月底：完成方案设计与审批、签订协议、施工与安装等工作」 — the last day of the works window (2017-10-31, included).</summary>
    [JsonRequired]
    public LocalDate WorksDeadline { get; init; }

    /// <summary>五: 「2017年12月底前：完成验收，电梯投入使用；委托专业部门进行审计」 (2017-12-31, included).</summary>
    [JsonRequired]
    public LocalDate InUseDeadline { get; init; }

    /// <summary>五: 「2018年4月底前：完成政府补贴款项拨付工作」 — the disbursement deadline (2018-04-30, included).</summary>
    [JsonRequired]
    public LocalDate DisbursementDeadline { get; init; }

    /// <summary>The subsidy table of an ownership category, or null for <see cref="PropertyOwnership.Other"/> (no subsidy under this document).</summary>
    /// <param name="ownership">The ownership.</param>
    /// <returns>The table, or null.</returns>
    /// <exception cref="ValidationException"><paramref name="ownership"/> is not a defined <see cref="PropertyOwnership"/> (<c>invalidValue</c> at <c>ownership</c>; spec 07 C4).</exception>
    public OwnershipSubsidyRule? RuleFor(PropertyOwnership ownership)
    {
        Validator.RequireDefined("ownership", ownership);
        return ownership switch
        {
            PropertyOwnership.Municipal or PropertyOwnership.District => MunicipalOrDistrictProperty,
            PropertyOwnership.CentralUnit => CentralUnitProperty,
            _ => null,
        };
    }

    /// <summary>Checks every number; returns every problem with its field path (empty when sound).</summary>
    /// <returns>The problems found.</returns>
    public IReadOnlyList<ValidationError> Validate()
    {
        var v = new Validator();
        v.RequiredText("version", Version);
        v.Required("source", Source);
        if (MinimumFloors < 1)
        {
            v.Add("minimumFloors", ErrorCode.OutOfRange, "must be at least 1");
        }

        if (MinimumUnitEntrances < 1)
        {
            v.Add("minimumUnitEntrances", ErrorCode.OutOfRange, "must be at least 1");
        }

        if (BuildingsPerStreet < 1)
        {
            v.Add("buildingsPerStreet", ErrorCode.OutOfRange, "must be at least 1");
        }

        if (v.Required("oldCommunityWaives", OldCommunityWaives))
        {
            var seen = new HashSet<WaivableCriterion>();
            for (var i = 0; i < OldCommunityWaives.Count; i++)
            {
                var c = OldCommunityWaives[i];
                if (!Enum.IsDefined(typeof(WaivableCriterion), c))
                {
                    v.Add(Validator.Index("oldCommunityWaives", i), ErrorCode.InvalidValue, "is not a waivable criterion");
                }
                else if (!seen.Add(c))
                {
                    v.Add(Validator.Index("oldCommunityWaives", i), ErrorCode.Inconsistent, $"'{c}' is listed more than once");
                }
            }
        }

        if (!Enum.IsDefined(typeof(ConsentScope), ConsentScope))
        {
            v.Add("consentScope", ErrorCode.InvalidValue, "must be UnitEntrance or Building");
        }

        CheckFraction(v, "consentAreaShare", ConsentAreaShare);
        CheckFraction(v, "consentOwnerShare", ConsentOwnerShare);
        CheckRule(v, "municipalOrDistrictProperty", MunicipalOrDistrictProperty);
        CheckRule(v, "centralUnitProperty", CentralUnitProperty);
        CheckAmount(v, "newTechnologyAllowancePerElevator", NewTechnologyAllowancePerElevator);
        if (!Enum.IsDefined(typeof(Payer), NewTechnologyPayer))
        {
            v.Add("newTechnologyPayer", ErrorCode.InvalidValue, "is not a payer");
        }

        if (OperatingRightMinimumYears < 1)
        {
            v.Add("operatingRightMinimumYears", ErrorCode.OutOfRange, "must be at least 1");
        }

        if (OperatingRightMaximumYears < OperatingRightMinimumYears)
        {
            v.Add("operatingRightMaximumYears", ErrorCode.Inconsistent, "must not be below operatingRightMinimumYears");
        }

        if (MaximumTenderedImplementingBodies < 1)
        {
            v.Add("maximumTenderedImplementingBodies", ErrorCode.OutOfRange, "must be at least 1");
        }

        if (WorksDeadline < PlanDeadline)
        {
            v.Add("worksDeadline", ErrorCode.Inconsistent, "must not be before planDeadline");
        }

        if (WorksWindowStart > WorksDeadline)
        {
            v.Add("worksWindowStart", ErrorCode.Inconsistent, "must not be after worksDeadline");
        }

        if (InUseDeadline < WorksDeadline)
        {
            v.Add("inUseDeadline", ErrorCode.Inconsistent, "must not be before worksDeadline");
        }

        if (DisbursementDeadline < InUseDeadline)
        {
            v.Add("disbursementDeadline", ErrorCode.Inconsistent, "must not be before inUseDeadline");
        }

        return v.Errors;
    }

    private static void CheckFraction(Validator v, string path, Fraction? f)
    {
        if (!v.Required(path, f))
        {
            return;
        }

        if (f!.Numerator < 1 || f.Denominator < f.Numerator)
        {
            v.Add(path, ErrorCode.InvalidValue, $"must be a fraction between 0 and 1 with a positive numerator (got {f})");
        }
    }

    private static void CheckRule(Validator v, string path, OwnershipSubsidyRule? rule)
    {
        if (!v.Required(path, rule))
        {
            return;
        }

        v.RequiredText(Validator.Field(path, "article"), rule!.Article);
        v.InRange(Validator.Field(path, "purchaseShare"), rule.PurchaseShare, 0m, 1m);
        CheckCap(v, Validator.Field(path, "purchaseCapPerElevator"), rule.PurchaseCapPerElevator);
        CheckCap(v, Validator.Field(path, "utilityCapPerElevator"), rule.UtilityCapPerElevator);
        CheckCap(v, Validator.Field(path, "powerCapacityCapPerElevator"), rule.PowerCapacityCapPerElevator);
        foreach (var (name, payer) in new[] { ("purchasePayer", rule.PurchasePayer), ("utilityPayer", rule.UtilityPayer), ("powerCapacityPayer", rule.PowerCapacityPayer) })
        {
            if (!Enum.IsDefined(typeof(Payer), payer))
            {
                v.Add(Validator.Field(path, name), ErrorCode.InvalidValue, "is not a payer");
            }
        }

        if (rule.PowerCapacitySubsidised && rule.PowerCapacityPayer is Payer.PropertyUnit or Payer.ImplementingBody)
        {
            v.Add(Validator.Field(path, "powerCapacityPayer"), ErrorCode.Inconsistent, "must be a finance payer when the power-capacity increase is subsidised");
        }

        if (!rule.PowerCapacitySubsidised && rule.PowerCapacityPayer is not (Payer.PropertyUnit or Payer.ImplementingBody))
        {
            v.Add(Validator.Field(path, "powerCapacityPayer"), ErrorCode.Inconsistent, "must be PropertyUnit or ImplementingBody when the power-capacity increase is not subsidised");
        }

        foreach (var (name, payer) in new[] { ("purchasePayer", rule.PurchasePayer), ("utilityPayer", rule.UtilityPayer) })
        {
            if (payer is Payer.PropertyUnit or Payer.ImplementingBody)
            {
                v.Add(Validator.Field(path, name), ErrorCode.InvalidValue, "must be a finance payer (the item is a subsidy)");
            }
        }
    }

    private static void CheckCap(Validator v, string path, decimal? cap)
    {
        if (cap is { } c)
        {
            CheckAmount(v, path, c);
        }
    }

    private static void CheckAmount(Validator v, string path, decimal amount)
    {
        if (v.InRange(path, amount, 0m, MaximumAmount) && !Money.IsWholeFen(amount))
        {
            v.Add(path, ErrorCode.OutOfRange, "must be a whole number of fen (at most two decimals)");
        }
    }

    internal bool Waives(WaivableCriterion criterion) => OldCommunityWaives.Contains(criterion);
}
