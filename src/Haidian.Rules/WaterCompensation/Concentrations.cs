using NodaTime;

namespace Haidian.Rules.WaterCompensation;

/// <summary>
/// The monthly concentrations (mg/L) of the assessed pollutants at one point (the section's outflow, or
/// its inflow comparison value), as determined under the district's monitoring and accounting rules
/// (第七条, 第十条). Only the oxygen-demand indicator the section uses is required; the other is ignored.
/// Source: 海行规发〔2017〕7号 第四条、第七条.
/// </summary>
/// <remarks>Immutable value type.</remarks>
/// <param name="ChemicalOxygenDemand">化学需氧量 COD, mg/L; required for sections of functional class I, IV or V.</param>
/// <param name="PermanganateIndex">高锰酸盐指数 CODMn, mg/L; required for sections of functional class II or III.</param>
/// <param name="AmmoniaNitrogen">氨氮 NH3-N, mg/L; always required.</param>
/// <param name="TotalPhosphorus">总磷 TP, mg/L; always required.</param>
public readonly record struct Concentrations(
    decimal? ChemicalOxygenDemand,
    decimal? PermanganateIndex,
    decimal? AmmoniaNitrogen,
    decimal? TotalPhosphorus)
{
    /// <summary>The concentration of one pollutant, or null when not supplied.</summary>
    /// <param name="pollutant">The pollutant.</param>
    /// <returns>The value in mg/L, or null.</returns>
    /// <exception cref="ValidationException"><paramref name="pollutant"/> is not a defined <see cref="Pollutant"/> (spec 07 C4; path <c>pollutant</c>).</exception>
    public decimal? Of(Pollutant pollutant) => pollutant switch
    {
        Pollutant.ChemicalOxygenDemand => ChemicalOxygenDemand,
        Pollutant.PermanganateIndex => PermanganateIndex,
        Pollutant.AmmoniaNitrogen => AmmoniaNitrogen,
        Pollutant.TotalPhosphorus => TotalPhosphorus,
        _ => throw Undefined(pollutant),
    };

    private static ValidationException Undefined(Pollutant pollutant)
    {
        var v = new Validator();
        v.Defined("pollutant", pollutant);
        return new ValidationException(v.Errors);
    }
}

/// <summary>
/// Everything the rules of 第八条 and 第九条（一） need about one section in one month: the section's
/// functional class and assessment target, its water-body type, whether it was dry all month, whether it
/// had inflow, and the concentrations. This is the input of the fast amount-only path.
/// Source: 海行规发〔2017〕7号 第六条、第八条、第九条（一）.
/// </summary>
/// <remarks>Immutable value type with no reference fields, so a span of these is cache-friendly.</remarks>
/// <param name="Month">会计月份 — the month assessed; required; before 2018-01 the policy is not in force.</param>
/// <param name="FunctionalClass">地表水水域功能分类 — functional class I–V; required (never read as a default); chooses the oxygen-demand indicator (第四条).</param>
/// <param name="AssessmentTarget">断面年度水质目标 — annual assessment target I–V, against which classes worse are counted (第六条); required here
/// (a registered <see cref="Section"/> may leave it out and then uses its functional class; give the functional class when no target is set).</param>
/// <param name="BodyType">River or lake/reservoir (total-phosphorus limits); required.</param>
/// <param name="Dry">全月断流 — dry for the whole month: nothing is owed (第九条（一）); concentrations may then be omitted. Required: a
/// missing flag is an error, never read as "not dry" (spec 07 C1).</param>
/// <param name="HasInflow">入境水流 — whether there is inflow; when true, <paramref name="Inflow"/> is required; when false, inflow data is
/// an <c>inconsistent</c> error (spec 07 W-f). Required, never read as "no inflow" (spec 07 C1).</param>
/// <param name="Outflow">Outflow (出境) concentrations, mg/L; required (an empty object for a dry month).</param>
/// <param name="Inflow">Inflow comparison concentrations (one value per pollutant); optional (default null); required when <paramref name="HasInflow"/>.</param>
public readonly record struct SectionMonth(
    YearMonth Month,
    WaterClass FunctionalClass,
    WaterClass AssessmentTarget,
    WaterBodyType BodyType,
    bool Dry,
    bool HasInflow,
    Concentrations Outflow,
    Concentrations? Inflow)
{
    // The two concentration sets are stored in fields the library reads by reference (the fast paths would otherwise
    // copy 96 + 104 bytes per section-month through the property getters); the public shape is unchanged.
    internal readonly Concentrations OutflowField = Outflow;
    internal readonly Concentrations? InflowField = Inflow;

    /// <summary>Outflow (出境) concentrations, mg/L.</summary>
    public Concentrations Outflow
    {
        get => OutflowField;
        init => OutflowField = value;
    }

    /// <summary>Inflow comparison concentrations (one value per pollutant); required when <see cref="HasInflow"/>.</summary>
    public Concentrations? Inflow
    {
        get => InflowField;
        init => InflowField = value;
    }

    /// <summary>
    /// The oxygen-demand indicator this section is assessed on (第四条): CODMn for functional class II or III, else COD.
    /// Never throws (it is shown when the value is printed); a functional class outside I–V is rejected by every calculator.
    /// </summary>
    public Pollutant OxygenDemandIndicator => FunctionalClass is WaterClass.II or WaterClass.III ? Pollutant.PermanganateIndex : Pollutant.ChemicalOxygenDemand;
}
