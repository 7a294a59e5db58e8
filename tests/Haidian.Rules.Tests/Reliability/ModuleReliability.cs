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

    /// <summary>
    /// The figures that matter in a result (amounts, score, dates, verdict, how many lines and the last line's amount),
    /// compared on every one of the 10^6 evaluations of <see cref="ConcurrentMillion"/>; the full JSON is compared on
    /// the smaller run of <see cref="Concurrent"/>.
    /// </summary>
    protected abstract string Key(TResult result);

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

    /// <summary>
    /// One shared calculator, 8 threads, 10^6 evaluations in all over up to <paramref name="distinctInputs"/> generated
    /// inputs that reach the arithmetic (the error path's concurrency is covered by <see cref="Concurrent"/>): every
    /// evaluation's <see cref="Key"/> equals the sequential run's.
    /// </summary>
    protected void ConcurrentMillion(int distinctInputs, int threads = 8, int evaluations = 1_000_000)
    {
        var inputs = Gen.Sample(Inputs, distinctInputs * 10, new Rnd(79), 20)
            .Where(x => Reliability.Json(() => Call(x)).StartsWith("{", StringComparison.Ordinal))
            .Take(distinctInputs)
            .ToArray();
        // Hostile generators reach the arithmetic rarely for some modules (elevator: ~0.3 %); 20 distinct inputs still
        // interleave 8 threads on different results.
        Assert.True(inputs.Length >= 20, $"only {inputs.Length} generated inputs reached the arithmetic");
        var perThread = evaluations / threads;
        Reliability.AssertSameOutcomeAcrossThreads(inputs, x => Key(Call(x)), threads, perThread);
        log.WriteLine($"{threads} threads × {perThread:N0} = {threads * perThread:N0} evaluations over {inputs.Length:N0} inputs");
    }

    protected void Deterministic(int count) =>
        Reliability.AssertDeterministic(Gen.Sample(Inputs, count, new Rnd(78), 20), Call, Module);
}
