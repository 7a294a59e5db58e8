using System;
using System.Text.Json.Serialization;

namespace Haidian.Rules.WaterCompensation;

/// <summary>
/// How a concentration is rounded to its number of decimals (数值修约). Source: 海行规发〔2017〕7号 第七条、第十条 (monitoring and
/// accounting rules delegated to 区环保局, which the gazette does not contain); GB/T 8170 for the default; spec 07 W-c.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<ConcentrationRoundingMode>))]
public enum ConcentrationRoundingMode
{
    /// <summary>四舍六入五成双 — round half to even (GB/T 8170-2008 数值修约规则); the default.</summary>
    HalfEven = 0,

    /// <summary>四舍五入 — round half up (a 5 in the first dropped place always rounds up; concentrations are never negative).</summary>
    HalfUp = 1,
}

/// <summary>
/// 修约 — the optional rounding of each concentration (outflow and inflow) before it is classified and compared, with its own
/// number of decimals <b>per pollutant</b>, as monitoring reports print them (e.g. COD 0, CODMn 1, NH3-N 2, TP 2), and one mode.
/// Off unless set (<see cref="WaterCompensationParameters.ConcentrationRounding"/> is null by default): the gazette delegates the
/// accounting rules to 区环保局 (第十条) and gives no decimals.
/// Source: 海行规发〔2017〕7号 第七条、第十条; spec 07 W-c.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="ChemicalOxygenDemand">Decimals kept for 化学需氧量 COD, 0 to 10; required.</param>
/// <param name="PermanganateIndex">Decimals kept for 高锰酸盐指数 CODMn, 0 to 10; required.</param>
/// <param name="AmmoniaNitrogen">Decimals kept for 氨氮 NH3-N, 0 to 10; required.</param>
/// <param name="TotalPhosphorus">Decimals kept for 总磷 TP, 0 to 10; required.</param>
/// <param name="Mode">Optional; default <see cref="ConcentrationRoundingMode.HalfEven"/> (GB/T 8170 四舍六入五成双).</param>
public sealed record ConcentrationRounding(
    int ChemicalOxygenDemand,
    int PermanganateIndex,
    int AmmoniaNitrogen,
    int TotalPhosphorus,
    ConcentrationRoundingMode Mode = ConcentrationRoundingMode.HalfEven)
{
    /// <summary>The highest number of decimals accepted (decimal concentrations above 1,000,000 mg/L are rejected, so ten always fit).</summary>
    public const int MaximumDecimals = 10;

    /// <summary>The number of decimals kept for a pollutant.</summary>
    /// <param name="pollutant">The pollutant.</param>
    /// <returns>Its decimals.</returns>
    /// <exception cref="ValidationException"><paramref name="pollutant"/> is not a defined <see cref="Pollutant"/> (spec 07 C4); path <c>pollutant</c>.</exception>
    public int DecimalsOf(Pollutant pollutant) => pollutant switch
    {
        Pollutant.ChemicalOxygenDemand => ChemicalOxygenDemand,
        Pollutant.PermanganateIndex => PermanganateIndex,
        Pollutant.AmmoniaNitrogen => AmmoniaNitrogen,
        Pollutant.TotalPhosphorus => TotalPhosphorus,
        _ => throw WaterCompensationParameters.Undefined("pollutant", pollutant),
    };

    /// <summary>Rounds a concentration of a pollutant to its decimals with <see cref="Mode"/>.</summary>
    /// <param name="pollutant">The pollutant.</param>
    /// <param name="concentration">The concentration as given, mg/L.</param>
    /// <returns>The rounded concentration, mg/L.</returns>
    /// <exception cref="ValidationException"><paramref name="pollutant"/> is not a defined <see cref="Pollutant"/>, or the rounding
    /// has an undefined mode or decimals outside 0–10 (build the parameters through a calculator to check them first).</exception>
    public decimal Round(Pollutant pollutant, decimal concentration)
    {
        var decimals = DecimalsOf(pollutant);
        if (decimals < 0 || decimals > MaximumDecimals)
        {
            throw Validator.Error(Field(pollutant), ErrorCode.OutOfRange, "must be between 0 and 10");
        }

        return Mode switch
        {
            ConcentrationRoundingMode.HalfEven => Math.Round(concentration, decimals, MidpointRounding.ToEven),
            ConcentrationRoundingMode.HalfUp => Math.Round(concentration, decimals, MidpointRounding.AwayFromZero),
            _ => throw WaterCompensationParameters.Undefined("mode", Mode),
        };
    }

    /// <summary>Every problem of the rounding, with paths under <paramref name="path"/>.</summary>
    internal void Check(Validator v, string path)
    {
        foreach (var p in new[] { Pollutant.ChemicalOxygenDemand, Pollutant.PermanganateIndex, Pollutant.AmmoniaNitrogen, Pollutant.TotalPhosphorus })
        {
            var d = DecimalsOf(p);
            if (d < 0 || d > MaximumDecimals)
            {
                v.Add(Validator.Field(path, Field(p)), ErrorCode.OutOfRange, "must be between 0 and 10 (got " + d.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")");
            }
        }

        v.Defined(Validator.Field(path, "mode"), Mode);
    }

    private static string Field(Pollutant p) => p switch
    {
        Pollutant.ChemicalOxygenDemand => "chemicalOxygenDemand",
        Pollutant.PermanganateIndex => "permanganateIndex",
        Pollutant.AmmoniaNitrogen => "ammoniaNitrogen",
        _ => "totalPhosphorus",
    };
}
