using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Haidian.Rules.WaterCompensation;
using NRules;
using NRules.Fluent;

using RulesEngine.Models;

namespace Haidian.Rules.Benchmarks;

/// <summary>The flat fact both peer engines work on (one per section-month), built once before timing, like the library's batch.</summary>
public sealed class WaterFact
{
    public int Target { get; set; }

    public bool Dry { get; set; }

    public bool HasInflow { get; set; }

    public bool Permanganate { get; set; }

    public bool Lake { get; set; }

    public decimal OxyOut { get; set; }

    public decimal OxyIn { get; set; }

    public decimal NhOut { get; set; }

    public decimal NhIn { get; set; }

    public decimal TpOut { get; set; }

    public decimal TpIn { get; set; }

    /// <summary>Accumulated by the NRules actions.</summary>
    public decimal Amount { get; set; }

    public static WaterFact From(in SectionMonth x)
    {
        var mn = x.OxygenDemandIndicator == Pollutant.PermanganateIndex;
        var f = new WaterFact
        {
            Target = (int)x.AssessmentTarget,
            Dry = x.Dry,
            HasInflow = x.HasInflow,
            Permanganate = mn,
            Lake = x.BodyType == WaterBodyType.LakeOrReservoir,
        };
        if (!x.Dry)
        {
            f.OxyOut = x.Outflow.Of(x.OxygenDemandIndicator)!.Value;
            f.NhOut = x.Outflow.AmmoniaNitrogen!.Value;
            f.TpOut = x.Outflow.TotalPhosphorus!.Value;
            if (x.HasInflow)
            {
                f.OxyIn = x.Inflow!.Value.Of(x.OxygenDemandIndicator)!.Value;
                f.NhIn = x.Inflow.Value.AmmoniaNitrogen!.Value;
                f.TpIn = x.Inflow.Value.TotalPhosphorus!.Value;
            }
        }

        return f;
    }
}

/// <summary>
/// Microsoft RulesEngine 6: the whole water rule set (第四条, 第八条, 第九条（一）) as one lambda-expression rule whose
/// OutputExpression yields the section amount — the engine's fastest shape (one rule, one compiled expression, workflow
/// built once and kept warm; fast expression compiler on, scoped params off). The expression text is generated from
/// the same <see cref="WaterCompensationParameters"/> as the library.
/// </summary>
public sealed class RulesEnginePeer
{
    private const string WorkflowName = "water";
    private readonly RulesEngine.RulesEngine engine;

    public RulesEnginePeer(WaterCompensationParameters p)
    {
        var rule = new RulesEngine.Models.Rule
        {
            RuleName = "sectionAmount",
            RuleExpressionType = RuleExpressionType.LambdaExpression,
            Expression = "true",
            Actions = new RuleActions
            {
                OnSuccess = new ActionInfo
                {
                    Name = "OutputExpression",
                    Context = new Dictionary<string, object> { ["Expression"] = Expression(p) },
                },
            },
        };
        var workflow = new Workflow { WorkflowName = WorkflowName, Rules = new[] { rule } };
        engine = new RulesEngine.RulesEngine(new[] { workflow }, new ReSettings { UseFastExpressionCompiler = true, EnableScopedParams = false });
    }

    public static string Expression(WaterCompensationParameters p)
    {
        string D(decimal d) => d.ToString(CultureInfo.InvariantCulture) + "m";
        string Class(string c, ClassLimits l) =>
            $"({c} <= {D(l.ClassI)} ? 1m : ({c} <= {D(l.ClassII)} ? 2m : ({c} <= {D(l.ClassIII)} ? 3m : ({c} <= {D(l.ClassIV)} ? 4m : ({c} <= {D(l.ClassV)} ? 5m : 6m)))))";
        string One(string c, string cin, ClassLimits l, SurchargeRule s)
        {
            var cls = Class(c, l);
            var case1 = $"(!input1.HasInflow || {c} > {cin})";
            var surcharge = $"(({c} > {D(l.ClassV)} && {c} > {D(s.Threshold)}) ? Math.Ceiling(({c} - {D(s.Threshold)}) / {D(s.Step)}) * ({case1} ? {D(s.PerStepCase1)} : {D(s.PerStepCase2)}) : 0m)";
            return $"(({cls} - input1.Target) > 0m ? (({cls} - input1.Target) * ({case1} ? {D(p.PerClassCase1)} : {D(p.PerClassCase2)}) + {surcharge}) : 0m)";
        }

        var oxy = $"(input1.Permanganate ? {One("input1.OxyOut", "input1.OxyIn", p.PermanganateIndexLimits, p.PermanganateIndexSurcharge)} : {One("input1.OxyOut", "input1.OxyIn", p.ChemicalOxygenDemandLimits, p.ChemicalOxygenDemandSurcharge)})";
        var nh = One("input1.NhOut", "input1.NhIn", p.AmmoniaNitrogenLimits, p.AmmoniaNitrogenSurcharge);
        var tp = $"(input1.Lake ? {One("input1.TpOut", "input1.TpIn", p.TotalPhosphorusLakeLimits, p.TotalPhosphorusSurcharge)} : {One("input1.TpOut", "input1.TpIn", p.TotalPhosphorusRiverLimits, p.TotalPhosphorusSurcharge)})";
        return $"input1.Dry ? 0m : ({oxy} + {nh} + {tp})";
    }

    public decimal Amount(WaterFact fact)
    {
        var results = engine.ExecuteAllRulesAsync(WorkflowName, fact).AsTask().GetAwaiter().GetResult();
        var r = results[0];
        if (r.ActionResult?.Exception is { } ex)
        {
            throw new InvalidOperationException("RulesEngine action failed", ex);
        }

        return (decimal)r.ActionResult!.Output;
    }
}

/// <summary>The parameters the NRules rules read (NRules instantiates rule classes itself).</summary>
public static class NRulesWater
{
    public static WaterCompensationParameters Parameters { get; set; } = WaterCompensationParameters.Gazette2017;

    public static int Class(decimal c, ClassLimits l) =>
        c <= l.ClassI ? 1 : c <= l.ClassII ? 2 : c <= l.ClassIII ? 3 : c <= l.ClassIV ? 4 : c <= l.ClassV ? 5 : 6;

    public static ClassLimits OxyLimits(WaterFact f) => f.Permanganate ? Parameters.PermanganateIndexLimits : Parameters.ChemicalOxygenDemandLimits;

    public static SurchargeRule OxySurcharge(WaterFact f) => f.Permanganate ? Parameters.PermanganateIndexSurcharge : Parameters.ChemicalOxygenDemandSurcharge;

    public static ClassLimits TpLimits(WaterFact f) => f.Lake ? Parameters.TotalPhosphorusLakeLimits : Parameters.TotalPhosphorusRiverLimits;

    /// <summary>Action of a matched rule: classes worse × rate, plus the surcharge when 劣V above the threshold.</summary>
    public static void Charge(WaterFact f, decimal c, ClassLimits l, SurchargeRule s, bool case1)
    {
        var cls = Class(c, l);
        var amount = (cls - f.Target) * (case1 ? Parameters.PerClassCase1 : Parameters.PerClassCase2);
        if (cls == 6 && c > s.Threshold)
        {
            amount += Math.Ceiling((c - s.Threshold) / s.Step) * (case1 ? s.PerStepCase1 : s.PerStepCase2);
        }

        f.Amount += amount;
    }
}

/// <summary>第八条（一） for the oxygen-demand indicator: worse than target, no inflow or outflow above inflow.</summary>
public sealed class OxygenCase1Rule : NRules.Fluent.Dsl.Rule
{
    public override void Define()
    {
        WaterFact f = null!;
        When().Match(() => f, x => !x.Dry && NRulesWater.Class(x.OxyOut, NRulesWater.OxyLimits(x)) > x.Target && (!x.HasInflow || x.OxyOut > x.OxyIn));
        Then().Do(_ => NRulesWater.Charge(f, f.OxyOut, NRulesWater.OxyLimits(f), NRulesWater.OxySurcharge(f), true));
    }
}

/// <summary>第八条（二） for the oxygen-demand indicator: worse than target, outflow not above inflow.</summary>
public sealed class OxygenCase2Rule : NRules.Fluent.Dsl.Rule
{
    public override void Define()
    {
        WaterFact f = null!;
        When().Match(() => f, x => !x.Dry && NRulesWater.Class(x.OxyOut, NRulesWater.OxyLimits(x)) > x.Target && x.HasInflow && x.OxyOut <= x.OxyIn);
        Then().Do(_ => NRulesWater.Charge(f, f.OxyOut, NRulesWater.OxyLimits(f), NRulesWater.OxySurcharge(f), false));
    }
}

/// <summary>第八条（一） for ammonia nitrogen.</summary>
public sealed class AmmoniaCase1Rule : NRules.Fluent.Dsl.Rule
{
    public override void Define()
    {
        WaterFact f = null!;
        When().Match(() => f, x => !x.Dry && NRulesWater.Class(x.NhOut, NRulesWater.Parameters.AmmoniaNitrogenLimits) > x.Target && (!x.HasInflow || x.NhOut > x.NhIn));
        Then().Do(_ => NRulesWater.Charge(f, f.NhOut, NRulesWater.Parameters.AmmoniaNitrogenLimits, NRulesWater.Parameters.AmmoniaNitrogenSurcharge, true));
    }
}

/// <summary>第八条（二） for ammonia nitrogen.</summary>
public sealed class AmmoniaCase2Rule : NRules.Fluent.Dsl.Rule
{
    public override void Define()
    {
        WaterFact f = null!;
        When().Match(() => f, x => !x.Dry && NRulesWater.Class(x.NhOut, NRulesWater.Parameters.AmmoniaNitrogenLimits) > x.Target && x.HasInflow && x.NhOut <= x.NhIn);
        Then().Do(_ => NRulesWater.Charge(f, f.NhOut, NRulesWater.Parameters.AmmoniaNitrogenLimits, NRulesWater.Parameters.AmmoniaNitrogenSurcharge, false));
    }
}

/// <summary>第八条（一） for total phosphorus.</summary>
public sealed class PhosphorusCase1Rule : NRules.Fluent.Dsl.Rule
{
    public override void Define()
    {
        WaterFact f = null!;
        When().Match(() => f, x => !x.Dry && NRulesWater.Class(x.TpOut, NRulesWater.TpLimits(x)) > x.Target && (!x.HasInflow || x.TpOut > x.TpIn));
        Then().Do(_ => NRulesWater.Charge(f, f.TpOut, NRulesWater.TpLimits(f), NRulesWater.Parameters.TotalPhosphorusSurcharge, true));
    }
}

/// <summary>第八条（二） for total phosphorus.</summary>
public sealed class PhosphorusCase2Rule : NRules.Fluent.Dsl.Rule
{
    public override void Define()
    {
        WaterFact f = null!;
        When().Match(() => f, x => !x.Dry && NRulesWater.Class(x.TpOut, NRulesWater.TpLimits(x)) > x.Target && x.HasInflow && x.TpOut <= x.TpIn);
        Then().Do(_ => NRulesWater.Charge(f, f.TpOut, NRulesWater.TpLimits(f), NRulesWater.Parameters.TotalPhosphorusSurcharge, false));
    }
}

/// <summary>NRules 1.0.4: the six rules compiled once; one session per batch, <c>InsertAll</c> then <c>Fire</c> (its batch mode).</summary>
public sealed class NRulesPeer
{
    private readonly ISessionFactory factory;

    public NRulesPeer()
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(typeof(OxygenCase1Rule), typeof(OxygenCase2Rule), typeof(AmmoniaCase1Rule), typeof(AmmoniaCase2Rule), typeof(PhosphorusCase1Rule), typeof(PhosphorusCase2Rule)));
        factory = repository.Compile();
    }

    /// <summary>Runs a batch: resets the accumulators, inserts every fact, fires; amounts are left on the facts.</summary>
    public void Run(WaterFact[] facts)
    {
        foreach (var f in facts)
        {
            f.Amount = 0m;
        }

        var session = factory.CreateSession();
        session.InsertAll(facts);
        session.Fire();
    }

    public static decimal[] AmountsOf(IEnumerable<WaterFact> facts) => facts.Select(f => f.Amount).ToArray();
}

/// <summary>
/// A deliberately plain <c>decimal</c> transcription of 第八条/第九条（一） with the gazette's numbers written in: no
/// validation, no parameter versions, no fallback — what a team would write by hand. A floor for "just decimals".
/// </summary>
public static class PlainDecimal
{
    public static decimal Amount(in SectionMonth x)
    {
        if (x.Dry)
        {
            return 0m;
        }

        var t = (int)x.AssessmentTarget;
        var has = x.HasInflow;
        var i = x.Inflow.GetValueOrDefault();
        var sum = 0m;
        if (x.FunctionalClass is WaterClass.II or WaterClass.III)
        {
            sum += One(x.Outflow.PermanganateIndex!.Value, has, has ? i.PermanganateIndex!.Value : 0m, 2m, 4m, 6m, 10m, 15m, t, 15m, 5m, 30000m, 15000m);
        }
        else
        {
            sum += One(x.Outflow.ChemicalOxygenDemand!.Value, has, has ? i.ChemicalOxygenDemand!.Value : 0m, 15m, 15m, 20m, 30m, 40m, t, 40m, 10m, 30000m, 15000m);
        }

        sum += One(x.Outflow.AmmoniaNitrogen!.Value, has, has ? i.AmmoniaNitrogen!.Value : 0m, 0.15m, 0.5m, 1.0m, 1.5m, 2.0m, t, 2m, 1m, 10000m, 5000m);
        sum += x.BodyType == WaterBodyType.River
            ? One(x.Outflow.TotalPhosphorus!.Value, has, has ? i.TotalPhosphorus!.Value : 0m, 0.02m, 0.1m, 0.2m, 0.3m, 0.4m, t, 0.5m, 0.5m, 20000m, 10000m)
            : One(x.Outflow.TotalPhosphorus!.Value, has, has ? i.TotalPhosphorus!.Value : 0m, 0.01m, 0.025m, 0.05m, 0.1m, 0.2m, t, 0.5m, 0.5m, 20000m, 10000m);
        return sum;
    }

    private static decimal One(decimal c, bool has, decimal inflow, decimal l1, decimal l2, decimal l3, decimal l4, decimal l5, int target, decimal threshold, decimal step, decimal s1, decimal s2)
    {
        var cls = c <= l1 ? 1 : c <= l2 ? 2 : c <= l3 ? 3 : c <= l4 ? 4 : c <= l5 ? 5 : 6;
        var worse = cls - target;
        if (worse <= 0)
        {
            return 0m;
        }

        var case1 = !has || c > inflow;
        var amount = worse * (case1 ? 30000m : 15000m);
        if (cls == 6 && c > threshold)
        {
            amount += Math.Ceiling((c - threshold) / step) * (case1 ? s1 : s2);
        }

        return amount;
    }
}

/// <summary>
/// A plain fixed-point <c>long</c> transcription: each concentration turned into 10⁻⁹ mg/L with one <c>decimal</c>
/// multiplication and a cast (exact for values with at most nine decimals, silently truncating beyond — no validation, no
/// fallback), then integer arithmetic with the gazette's numbers written in. A floor for "hand-written integers".
/// </summary>
public static class PlainLong
{
    private const long S = 1_000_000_000L;

    public static decimal Amount(in SectionMonth x)
    {
        if (x.Dry)
        {
            return 0m;
        }

        var t = (int)x.AssessmentTarget;
        var has = x.HasInflow;
        var i = x.Inflow.GetValueOrDefault();
        long sum;
        if (x.FunctionalClass is WaterClass.II or WaterClass.III)
        {
            sum = One(Fix(x.Outflow.PermanganateIndex!.Value), has ? Fix(i.PermanganateIndex!.Value) : -1L, 2 * S, 4 * S, 6 * S, 10 * S, 15 * S, t, 15 * S, 5 * S, 30000, 15000);
        }
        else
        {
            sum = One(Fix(x.Outflow.ChemicalOxygenDemand!.Value), has ? Fix(i.ChemicalOxygenDemand!.Value) : -1L, 15 * S, 15 * S, 20 * S, 30 * S, 40 * S, t, 40 * S, 10 * S, 30000, 15000);
        }

        sum += One(Fix(x.Outflow.AmmoniaNitrogen!.Value), has ? Fix(i.AmmoniaNitrogen!.Value) : -1L, S * 15 / 100, S / 2, S, S * 3 / 2, 2 * S, t, 2 * S, S, 10000, 5000);
        sum += x.BodyType == WaterBodyType.River
            ? One(Fix(x.Outflow.TotalPhosphorus!.Value), has ? Fix(i.TotalPhosphorus!.Value) : -1L, S / 50, S / 10, S / 5, S * 3 / 10, S * 2 / 5, t, S / 2, S / 2, 20000, 10000)
            : One(Fix(x.Outflow.TotalPhosphorus!.Value), has ? Fix(i.TotalPhosphorus!.Value) : -1L, S / 100, S / 40, S / 20, S / 10, S / 5, t, S / 2, S / 2, 20000, 10000);
        return sum;
    }

    private static long Fix(decimal c) => (long)(c * S);

    private static long One(long c, long inflow, long l1, long l2, long l3, long l4, long l5, int target, long threshold, long step, long s1, long s2)
    {
        var cls = c <= l1 ? 1 : c <= l2 ? 2 : c <= l3 ? 3 : c <= l4 ? 4 : c <= l5 ? 5 : 6;
        var worse = cls - target;
        if (worse <= 0)
        {
            return 0L;
        }

        var case1 = c > inflow;
        var amount = worse * (case1 ? 30000L : 15000L);
        if (cls == 6 && c > threshold)
        {
            amount += (((c - threshold) + step - 1) / step) * (case1 ? s1 : s2);
        }

        return amount;
    }
}
