using System.Text.Json.Serialization;

namespace Haidian.Rules.WaterCompensation;

/// <summary>
/// 地表水水质类别 — surface-water quality class of GB 3838-2002, I (best) to V, and 劣V (worse than V).
/// The numeric value is the ordinal used to count "classes worse" (第八条): 劣V counts as 6.
/// Source: 海行规发〔2017〕7号 第六条、第八条.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<WaterClass>))]
public enum WaterClass
{
    /// <summary>Ⅰ类.</summary>
    I = 1,

    /// <summary>Ⅱ类.</summary>
    II = 2,

    /// <summary>Ⅲ类.</summary>
    III = 3,

    /// <summary>Ⅳ类.</summary>
    IV = 4,

    /// <summary>Ⅴ类.</summary>
    V = 5,

    /// <summary>劣Ⅴ类 — worse than class V (above the class V limit); counts as 6.</summary>
    WorseThanV = 6,
}

/// <summary>水体类型 — matters only for the total-phosphorus limits of GB 3838-2002. Source: 海行规发〔2017〕7号 第六条 (GB 3838-2002 表1 total-phosphorus limits for rivers vs lakes and reservoirs).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<WaterBodyType>))]
public enum WaterBodyType
{
    /// <summary>河流 — river (TP limits 0.02 / 0.1 / 0.2 / 0.3 / 0.4 mg/L).</summary>
    River = 0,

    /// <summary>湖、库 — lake or reservoir (TP limits 0.01 / 0.025 / 0.05 / 0.1 / 0.2 mg/L).</summary>
    LakeOrReservoir = 1,
}

/// <summary>The pollutants assessed at a cross-boundary section (第四条). Source: 海行规发〔2017〕7号 第四条.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Pollutant>))]
public enum Pollutant
{
    /// <summary>化学需氧量 COD — the oxygen-demand indicator unless the functional class is II or III.</summary>
    ChemicalOxygenDemand = 0,

    /// <summary>高锰酸盐指数 CODMn — the oxygen-demand indicator for sections of functional class II or III.</summary>
    PermanganateIndex = 1,

    /// <summary>氨氮 NH3-N.</summary>
    AmmoniaNitrogen = 2,

    /// <summary>总磷 TP.</summary>
    TotalPhosphorus = 3,
}

/// <summary>Which case of 第八条 prices a pollutant that misses its standard. Source: 海行规发〔2017〕7号 第八条（一）、（二）.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CompensationCase>))]
public enum CompensationCase
{
    /// <summary>The pollutant meets the assessment target: nothing owed.</summary>
    NotOwed = 0,

    /// <summary>第八条（一）: no inflow, or the outflow concentration is greater than the inflow's — 30,000 yuan per class worse.</summary>
    NoInflowOrIncreased = 1,

    /// <summary>第八条（二）: the outflow concentration is less than or equal to the inflow's, yet misses the standard — 15,000 yuan per class worse.</summary>
    NotAboveInflow = 2,
}
