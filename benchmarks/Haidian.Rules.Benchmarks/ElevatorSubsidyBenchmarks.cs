using BenchmarkDotNet.Attributes;
using Haidian.Rules.ElevatorSubsidy;
using NodaTime;

namespace Haidian.Rules.Benchmarks;

/// <summary>ElevatorSubsidy's main call: <c>CalculateSubsidy</c> on the docs example (one district-owned building, one elevator).</summary>
[MemoryDiagnoser]
public class ElevatorSubsidyClaim
{
    private readonly ElevatorSubsidyCalculator calculator = new();
    private readonly LocalDate date = new(2017, 9, 1);
    private SubsidyClaim claim = null!;

    [GlobalSetup]
    public void Setup() => claim = new SubsidyClaim("B-1", PropertyOwnership.District, HasLegalFormalities: true, new[]
    {
        new ElevatorCosts("E-1", 700_000m, 450_000m, 80_000m, PowerShortageCertified: true, NewTechnologyCertified: false),
    });

    [Benchmark]
    public decimal CalculateSubsidy() => calculator.CalculateSubsidy(claim, date).TotalSubsidy;
}
