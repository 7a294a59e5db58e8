using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace Haidian.Rules.WaterCompensation;

/// <summary>
/// 跨界断面 — a cross-boundary monitoring section as the district approved it (第五条), valid from a month
/// and optionally to a month (the registry may change).
/// Source: 海行规发〔2017〕7号 第五条、第六条.
/// </summary>
/// <param name="Id">Unique id, e.g. <c>S1</c>; required.</param>
/// <param name="Name">Name, e.g. the river and place; required.</param>
/// <param name="FunctionalClass">地表水水域功能分类 I–V: chooses COD or CODMn (第四条); required (never read as a default).</param>
/// <param name="AssessmentTarget">断面年度水质目标 I–V. Optional; default null = no annual target is set, and the functional class is
/// the target (第六条「以断面年度水质目标和地表水水域功能分类为考核标准」; <see cref="TargetClass"/>). A missing target is never class 0.</param>
/// <param name="BodyType">River or lake/reservoir; required.</param>
/// <param name="ResponsibleTowns">The town responsible; two or more when the section is on a border river (界河), split equally in the order listed (第九条（二）); required.</param>
/// <param name="Downstream">The downstream town receiving the compensation. Optional; default null = downstream is another district (the money
/// goes to the district pool, 第十二条). With one responsible town it must be another town (spec 07 W-a).</param>
/// <param name="ValidFrom">First month the section is assessed; required (never read as 0001-01).</param>
/// <param name="ValidTo">Last month the section is assessed (inclusive). Optional; default null = the section remains.</param>
public sealed record Section(
    string Id,
    string Name,
    WaterClass FunctionalClass,
    WaterClass? AssessmentTarget,
    WaterBodyType BodyType,
    IReadOnlyList<string> ResponsibleTowns,
    string? Downstream,
    YearMonth ValidFrom,
    YearMonth? ValidTo = null)
{
    /// <summary>The class against which classes worse are counted: the annual target, or the functional class without one.</summary>
    public WaterClass TargetClass => AssessmentTarget ?? FunctionalClass;

    /// <summary>Whether the section is registered in a month.</summary>
    /// <param name="month">The month.</param>
    /// <returns>True when <see cref="ValidFrom"/> &lt;= month &lt;= <see cref="ValidTo"/>.</returns>
    public bool IsValidIn(YearMonth month) => month >= ValidFrom && (ValidTo is null || month <= ValidTo.Value);
}

/// <summary>人工监测数据 — a section's monitoring for one month as reported (dry all month, inflow present, outflow and inflow concentrations in mg/L), combined with the registry into a section-month. Source: 海行规发〔2017〕7号 第七条、第八条、第九条（一）.</summary>
/// <param name="SectionId">The cross-boundary section's id, as in the section registry; required.</param>
/// <param name="Month">The month; required.</param>
/// <param name="Dry">全月断流 — dry all month; required (a missing flag is an error, never "not dry", spec 07 C1). A month with no
/// record at all is <i>missing</i> (spec 07 W-e), not dry.</param>
/// <param name="HasInflow">入境水流 — inflow present; required (never read as "no inflow", spec 07 C1).</param>
/// <param name="Outflow">Outflow concentrations, mg/L; required (an empty object for a dry month).</param>
/// <param name="Inflow">Inflow comparison concentrations. Optional; default null; required when <paramref name="HasInflow"/>, an
/// <c>inconsistent</c> error when it is false (spec 07 W-f).</param>
public sealed record MonthlyMonitoring(
    string SectionId,
    YearMonth Month,
    bool Dry,
    bool HasInflow,
    Concentrations Outflow,
    Concentrations? Inflow = null);

/// <summary>
/// The district's towns and its date-effective register of cross-boundary sections (第五条). Checked when
/// built: ids and towns present, every town named by a section is one of the district's towns, a one-town section's
/// downstream recipient is another town (spec 07 W-a; 第十二条), validity ranges ordered and never overlapping for the same id.
/// Source: 海行规发〔2017〕7号 第五条.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class SectionRegistry
{
    private readonly Section[] sections;
    private readonly string[] towns;
    private readonly Dictionary<string, Section[]> byId;

    /// <summary>Creates and checks a registry.</summary>
    /// <param name="towns">The district's towns and streets (街镇); every town a section names must be one of them.</param>
    /// <param name="sections">The sections, each with its validity.</param>
    /// <exception cref="ValidationException">Every problem found, with its path (<c>sections[2].responsibleTowns[1]</c>…).</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public SectionRegistry(IEnumerable<string> towns, IEnumerable<Section> sections)
    {
        if (towns is null)
        {
            throw new ArgumentNullException(nameof(towns));
        }

        if (sections is null)
        {
            throw new ArgumentNullException(nameof(sections));
        }

        this.towns = towns.ToArray();
        this.sections = sections.ToArray();
        var v = new Validator();
        var townSet = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < this.towns.Length; i++)
        {
            var t = this.towns[i];
            if (v.RequiredText(Validator.Index("towns", i), t) && !townSet.Add(t))
            {
                v.Add(Validator.Index("towns", i), ErrorCode.Inconsistent, $"town '{t}' is listed twice");
            }
        }

        if (this.towns.Length == 0)
        {
            v.Add("towns", ErrorCode.Required, "must list at least one town");
        }

        // A register of 10^5 sections is checked without building a field path per check: the full check (with its
        // paths and messages) runs only for a section the quick look finds something to report about.
        for (var i = 0; i < this.sections.Length; i++)
        {
            if (MayHaveProblem(this.sections[i], townSet))
            {
                CheckSection(v, Validator.Index("sections", i), this.sections[i], townSet);
            }
        }

        // The entries of each id, in registry order, ids in order of first appearance.
        var ids = new List<string>();
        var entriesById = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < this.sections.Length; i++)
        {
            // A plain null test, not `is not { } id`: a mutant removing the `continue` then still compiles (Stryker's safe mode
            // otherwise drops every mutant of this class, CS0165).
            var id = this.sections[i]?.Id;
            if (id is null)
            {
                continue;
            }

            if (!entriesById.TryGetValue(id, out var entries))
            {
                entriesById.Add(id, entries = new List<int>(1));
                ids.Add(id);
            }

            entries.Add(i);
        }

        foreach (var id in ids)
        {
            var entries = entriesById[id];
            if (entries.Count < 2)
            {
                continue;
            }

            var ordered = entries.Select(i => (s: this.sections[i], i)).OrderBy(x => x.s.ValidFrom).ToArray();
            for (var k = 1; k < ordered.Length; k++)
            {
                var prev = ordered[k - 1].s;
                if (prev.ValidTo is null || prev.ValidTo.Value >= ordered[k].s.ValidFrom)
                {
                    v.Add(Validator.Index("sections", ordered[k].i), ErrorCode.Inconsistent, $"section '{id}' is already registered for {ordered[k].s.ValidFrom:yyyy-MM} by sections[{ordered[k - 1].i}]: validity ranges of one id must not overlap");
                }
            }
        }

        v.ThrowIfAny();
        byId = new Dictionary<string, Section[]>(ids.Count, StringComparer.Ordinal);
        foreach (var id in ids)
        {
            var entries = entriesById[id];
            var group = new Section[entries.Count];
            for (var k = 0; k < group.Length; k++)
            {
                group[k] = this.sections[entries[k]];
            }

            byId.Add(id, group);
        }
    }

    /// <summary>The district's towns, as given.</summary>
    public IReadOnlyList<string> Towns => towns;

    /// <summary>Every section entry, as given.</summary>
    public IReadOnlyList<Section> Sections => sections;

    /// <summary>The sections assessed in a month, in registry order.</summary>
    /// <param name="month">The month.</param>
    /// <returns>The sections valid in that month.</returns>
    public IReadOnlyList<Section> SectionsIn(YearMonth month) => sections.Where(s => s.IsValidIn(month)).ToArray();

    /// <summary>The entry of a section in a month, if registered then.</summary>
    /// <param name="id">The section id.</param>
    /// <param name="month">The month.</param>
    /// <returns>The entry, or null.</returns>
    public Section? Find(string id, YearMonth month)
    {
        // Indexed by id (a registry of 10^5 sections is searched once per monitoring record); first match in registry order.
        if (id is null || !byId.TryGetValue(id, out var entries))
        {
            return null;
        }

        foreach (var s in entries)
        {
            if (s.IsValidIn(month))
            {
                return s;
            }
        }

        return null;
    }

    /// <summary>
    /// False only when <see cref="CheckSection"/> would report nothing about the section (then its paths need not be
    /// built); true whenever it might report something.
    /// </summary>
    private static bool MayHaveProblem(Section? s, HashSet<string> townSet)
    {
        if (s is null || string.IsNullOrWhiteSpace(s.Id)
            || s.FunctionalClass < WaterClass.I || s.FunctionalClass > WaterClass.V
            || s.AssessmentTarget is { } t && (t < WaterClass.I || t > WaterClass.V)
            || !EnumWords<WaterBodyType>.IsDefined(s.BodyType)
            || s.ResponsibleTowns is not { Count: > 0 } towns || towns.Count > 8
            || s.ValidTo is { } to && to < s.ValidFrom)
        {
            return true;
        }

        for (var k = 0; k < towns.Count; k++)
        {
            var town = towns[k];
            if (string.IsNullOrWhiteSpace(town) || !townSet.Contains(town))
            {
                return true;
            }

            for (var j = 0; j < k; j++)
            {
                if (string.Equals(towns[j], town, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return s.Downstream is not null && (!townSet.Contains(s.Downstream) || (towns.Count == 1 && string.Equals(towns[0], s.Downstream, StringComparison.Ordinal)));
    }

    private static void CheckSection(Validator v, string path, Section? s, HashSet<string> townSet)
    {
        if (!v.Required(path, s))
        {
            return;
        }

        v.RequiredText(Validator.Field(path, "id"), s!.Id);
        CheckClass(v, Validator.Field(path, "functionalClass"), s.FunctionalClass);
        if (s.AssessmentTarget is { } target)
        {
            CheckClass(v, Validator.Field(path, "assessmentTarget"), target);
        }

        v.Defined(Validator.Field(path, "bodyType"), s.BodyType);

        var tp = Validator.Field(path, "responsibleTowns");
        if (s.ResponsibleTowns is null || s.ResponsibleTowns.Count == 0)
        {
            v.Add(tp, ErrorCode.Required, "must name at least one responsible town");
        }
        else
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var k = 0; k < s.ResponsibleTowns.Count; k++)
            {
                var t = s.ResponsibleTowns[k];
                var p = Validator.Index(tp, k);
                if (!v.RequiredText(p, t))
                {
                    continue;
                }

                if (!townSet.Contains(t))
                {
                    v.Add(p, ErrorCode.Inconsistent, $"unknown town '{t}': not one of the registry's towns");
                }

                if (!seen.Add(t))
                {
                    v.Add(p, ErrorCode.Inconsistent, $"town '{t}' is listed twice");
                }
            }
        }

        if (s.Downstream is not null && !townSet.Contains(s.Downstream))
        {
            v.Add(Validator.Field(path, "downstream"), ErrorCode.Inconsistent, $"unknown town '{s.Downstream}': not one of the registry's towns (use null for another district)");
        }
        else if (s.Downstream is not null && s.ResponsibleTowns is { Count: 1 } && string.Equals(s.ResponsibleTowns[0], s.Downstream, StringComparison.Ordinal))
        {
            // Spec 07 W-a: 第十二条 pays the upstream town's compensation to the downstream town, so they are two towns;
            // only a border river (界河, 第九条（二）) puts one town on both sides.
            v.Add(Validator.Field(path, "downstream"), ErrorCode.Inconsistent, $"'{s.Downstream}' is the section's only responsible town: the downstream recipient must be another town, or null for another district (第十二条); only a border river (界河, 第九条（二）) has a town on both sides");
        }

        if (s.ValidTo is { } to && to < s.ValidFrom)
        {
            v.Add(Validator.Field(path, "validTo"), ErrorCode.Inconsistent, $"{to:yyyy-MM} is before validFrom {s.ValidFrom:yyyy-MM}");
        }
    }

    internal static void CheckClass(Validator v, string path, WaterClass c)
    {
        // An undefined value lists the allowed words (spec 07 C4); 劣V is a class but never a functional class or target.
        if ((c < WaterClass.I || c > WaterClass.V) && v.Defined(path, c))
        {
            v.Add(path, ErrorCode.InvalidValue, "must be a class from I to V");
        }
    }
}
