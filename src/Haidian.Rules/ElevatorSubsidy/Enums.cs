using System.Text.Json.Serialization;

namespace Haidian.Rules.ElevatorSubsidy;

/// <summary>
/// 产权归属 — who owns the building, i.e. the category of its property unit or original selling unit
/// (产权/售房单位). It decides the subsidy table of 四（二）/（三）.
/// Source: 海行规发〔2017〕6号 四（一）至四（三）.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<PropertyOwnership>))]
public enum PropertyOwnership
{
    /// <summary>产权归市所有 — municipal property: 四（二）.</summary>
    Municipal = 0,

    /// <summary>产权归区所有 — district property: 四（二）, the same table as municipal property.</summary>
    District = 1,

    /// <summary>产权归中央单位所有 — central-unit property: 四（三）.</summary>
    CentralUnit = 2,

    /// <summary>
    /// Any other owner (enterprise reform housing 企业房改房, commercial housing…): no government subsidy under this
    /// document; the implementing body funds the work (四（一）), reform housing possibly with sale proceeds.
    /// </summary>
    Other = 3,
}

/// <summary>Who pays an amount of a subsidy line: municipal finance, district finance, both jointly, the property unit or the implementing body (the last two are not subsidies), or not stated. Source: 海行规发〔2017〕6号 四（一）至四（三）.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Payer>))]
public enum Payer
{
    /// <summary>市财政 — municipal finance.</summary>
    MunicipalFinance = 0,

    /// <summary>区财政 — district finance.</summary>
    DistrictFinance = 1,

    /// <summary>市、区财政 — municipal and district finance jointly; the document does not divide the amount between them.</summary>
    MunicipalAndDistrictFinance = 2,

    /// <summary>产权单位 — the property-owning unit (not a subsidy).</summary>
    PropertyUnit = 3,

    /// <summary>实施主体 — the implementing body, which funds what no subsidy covers (四（一）; not a subsidy).</summary>
    ImplementingBody = 4,

    /// <summary>The text names no payer (四（四） 新技术 「给予适当补贴」).</summary>
    NotStated = 5,
}

/// <summary>The items of a subsidy claim for one elevator (台). Source: 海行规发〔2017〕6号 四（二）至四（四）.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SubsidyItem>))]
public enum SubsidyItem
{
    /// <summary>加装电梯购置及安装所实际发生费用 — purchase and installation.</summary>
    PurchaseAndInstallation = 0,

    /// <summary>水、电、气、热、暖等实施改造 — utility relocation (water, power, gas, heat).</summary>
    UtilityRelocation = 1,

    /// <summary>用电增容 — power-capacity increase where the estate lacks power.</summary>
    PowerCapacityIncrease = 2,

    /// <summary>运用新科技、新技术 — the new-technology allowance of 四（四）.</summary>
    NewTechnology = 3,
}

/// <summary>Whose owners are counted for consent (二 / 三（二）). Source: 海行规发〔2017〕6号 二「所在楼栋」、三（二）「以单元门为单位」.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ConsentScope>))]
public enum ConsentScope
{
    /// <summary>单元门 — the unit entrance where the elevator is added (三（二） 「以单元门为单位」); the default.</summary>
    UnitEntrance = 0,

    /// <summary>楼栋 — the whole building (二 「所在楼栋专有部分占建筑物总面积」).</summary>
    Building = 1,
}

/// <summary>The criteria of the pilot scope (一、试点范围). Source: 海行规发〔2017〕6号 一、试点范围.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ScopeCriterion>))]
public enum ScopeCriterion
{
    /// <summary>城镇住宅楼房 — an urban residential building.</summary>
    UrbanResidential = 0,

    /// <summary>未设电梯 — no elevator yet.</summary>
    NoExistingElevator = 1,

    /// <summary>4层以上 — at least the minimum number of floors (4 included).</summary>
    MinimumFloors = 2,

    /// <summary>总数不少于3个单元门 — at least the minimum number of unit entrances.</summary>
    MinimumUnitEntrances = 3,

    /// <summary>1998年底前建成投入使用 — completed and in use on or before 1998-12-31.</summary>
    CompletionDate = 4,

    /// <summary>未列入棚户区改造、房屋征收范围和计划 — not in a shanty-town renovation or expropriation scope or plan.</summary>
    NotInShantyTownOrExpropriation = 5,

    /// <summary>军产房不在此范围 — not military property.</summary>
    NotMilitaryProperty = 6,
}

/// <summary>
/// The criteria the 2017 old-community clause (「2017年老旧小区改造需要加装电梯的住宅楼房，列入本试点范围」) can waive.
/// The exclusions (shanty-town or expropriation plans, military property) cannot be waived: they are not listed.
/// Source: 海行规发〔2017〕6号 一、试点范围.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<WaivableCriterion>))]
public enum WaivableCriterion
{
    /// <summary>The 1998-12-31 completion date (waived by default).</summary>
    CompletionDate = 0,

    /// <summary>The one-building-per-street quota (waived by default: such buildings are outside the quota).</summary>
    PerStreetQuota = 1,

    /// <summary>The minimum number of floors (not waived by default).</summary>
    MinimumFloors = 2,

    /// <summary>The minimum number of unit entrances (not waived by default).</summary>
    MinimumUnitEntrances = 3,
}

/// <summary>How an implementing body (实施主体) came to be one (三（一）). Source: 海行规发〔2017〕6号 三（一）.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ImplementingBodySelection>))]
public enum ImplementingBodySelection
{
    /// <summary>经招投标确定 — chosen by tender into the district's pool (counted against the limit of 5).</summary>
    Tendered = 0,

    /// <summary>产权单位投资的 — invested in by the property unit: no tender needed.</summary>
    InvestedByPropertyUnit = 1,

    /// <summary>经产权单位书面同意并授权的房屋管理部门、物业公司 — authorised in writing by the property unit: no tender needed.</summary>
    AuthorisedByPropertyUnit = 2,
}
