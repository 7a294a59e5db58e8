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
