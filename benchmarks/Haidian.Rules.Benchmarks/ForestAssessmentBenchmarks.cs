using BenchmarkDotNet.Attributes;
using Haidian.Rules.ForestAssessment;
using Haidian.Rules.Tests.ForestAssessment;

namespace Haidian.Rules.Benchmarks;

/// <summary>ForestAssessment's main call: <c>Calculate</c> (the 21-row scorecard) on a town with every row met (the tests' evidence builder).</summary>
[MemoryDiagnoser]
public class ForestScorecard
{
    private readonly ForestAssessmentCalculator calculator = new();
    private ForestEvidence evidence = null!;

    [GlobalSetup]
    public void Setup() => evidence = ForestEvidenceBuilder.AllMet();

    [Benchmark]
    public Scorecard Calculate() => calculator.Calculate(evidence);
}
