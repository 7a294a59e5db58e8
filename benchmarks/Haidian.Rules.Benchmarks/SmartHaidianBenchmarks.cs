using BenchmarkDotNet.Attributes;
using Haidian.Rules.SmartHaidian;
using Haidian.Rules.Tests.SmartHaidian;

namespace Haidian.Rules.Benchmarks;

/// <summary>SmartHaidian's main call: <c>CheckProject</c> on the base record P of spec 09 (all 31 project checks, ten working-day and minimum deadlines).</summary>
[MemoryDiagnoser]
public class SmartHaidianProject
{
    private readonly SmartHaidianCalculator calculator = new();
    private ProjectRecord record = null!;

    [GlobalSetup]
    public void Setup() => record = SmartHaidianRecords.P();

    [Benchmark]
    public ComplianceReport CheckProject() => calculator.CheckProject(record);
}
