using System.Threading;
using System.Threading.Tasks;
using FsCheck;
using FsCheck.Fluent;
using Xunit.Abstractions;

namespace Haidian.Rules.Tests.Reliability;

/// <summary>
/// The four reliability checks every module gets from one generator and one call: hostile generated inputs, mutated
/// JSON (seeded with the generated inputs that produced results), one shared calculator on eight threads, and
/// byte-identical JSON across runs and thread counts. A module's test class derives from this, names its input type,
/// generator, call and invariants, and adds its own [Fact]s that call the protected helpers (see
/// <see cref="WasteSortingReliabilityTests"/>). FundFees: copy one of the derived classes.
/// </summary>
public abstract class ModuleReliability<TInput, TResult>
    where TResult : class
{
    private readonly ITestOutputHelper log;

    protected ModuleReliability(ITestOutputHelper log) => this.log = log;

    /// <summary>The module's name, used in the determinism snapshot.</summary>
    protected abstract string Module { get; }

    /// <summary>Hostile inputs for the main entry point.</summary>
    protected abstract Gen<TInput> Inputs { get; }

    /// <summary>The main entry point on a shared calculator.</summary>
    protected abstract TResult Call(TInput input);

    /// <summary>What must hold of every result (no negative money, totals add up…).</summary>
    protected virtual void Invariants(TInput input, TResult result)
    {
        Hostile.NoNegativeMoney(result);
        HaidianJson.Serialize(result);
    }

    protected Hostile.Tally Generated(int count, ulong seed)
    {
        var tally = Hostile.Run(Inputs, count, seed, x => Call(x), (x, r) => Invariants(x, (TResult)r));
        log.WriteLine(tally.ToString());
        Assert.True(tally.Results > 0, "no generated input reached the arithmetic: " + tally);
        return tally;
    }

    protected Hostile.Tally MutatedJson(int count, int seed)
    {
        var seeds = Gen.Sample(Inputs, 5_000, new Rnd((ulong)seed), 20)
            .Where(x => Reliability.Json(() => Call(x)).StartsWith("{", StringComparison.Ordinal))
            .Take(40)
            .Select(x => HaidianJson.Serialize(x, indented: false))
            .ToArray();
        Assert.NotEmpty(seeds);
        var tally = Hostile.RunJson<TInput>(seeds, count, seed, x => Call(x), (x, r) => Invariants(x, (TResult)r));
        log.WriteLine(tally.ToString());
        return tally;
    }

    protected void Concurrent(int distinctInputs, int threads, int repeats)
    {
        var inputs = Gen.Sample(Inputs, distinctInputs, new Rnd(77), 20);
        Reliability.AssertSameAcrossThreads(inputs, Call, threads, repeats);
        log.WriteLine($"{threads} threads × {repeats} × {inputs.Length} = {threads * repeats * inputs.Length:N0} evaluations");
    }

    protected void Deterministic(int count) =>
        Reliability.AssertDeterministic(Gen.Sample(Inputs, count, new Rnd(78), 20), Call, Module);
}
