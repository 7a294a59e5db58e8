using BenchmarkDotNet.Attributes;
using Haidian.Rules.Deadlines;
using NodaTime;

namespace Haidian.Rules.Benchmarks;

/// <summary>Deadlines' main call: <c>Compute</c> of a gazette deadline (60-day reconsideration from 2017-07-05, rolled past a Sunday).</summary>
[MemoryDiagnoser]
public class DeadlineCompute
{
    private readonly DeadlineCalculator calculator = new();
    private readonly LocalDate start = new(2017, 7, 5);
    private DeadlineParameters rules = null!;

    [GlobalSetup]
    public void Setup() => rules = DeadlineParameters.Gazette2017;

    [Benchmark]
    public LocalDate Compute() => calculator.Calculate(rules.ExpropriationReconsideration, start).LastDay;
}
