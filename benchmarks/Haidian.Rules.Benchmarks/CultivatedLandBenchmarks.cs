using BenchmarkDotNet.Attributes;
using Haidian.Rules.CultivatedLand;
using NodaTime;

namespace Haidian.Rules.Benchmarks;

/// <summary>CultivatedLand's main call: <c>Assess</c> on the spec's base record B (the same figures as the tests' CL1) (a 2018 mid-term assessment with one occupation and its due dates).</summary>
[MemoryDiagnoser]
public class CultivatedLandAssessment
{
    private readonly CultivatedLandCalculator calculator = new();
    private CultivatedLandRecord record = null!;

    [GlobalSetup]
    public void Setup() => record = new CultivatedLandRecord(
        new AssessedUnit("A镇", AssessedUnitType.Town),
        2018,
        AreaUnit.Mu,
        new AreaTarget(1_250.00m, 1_250.00m),
        new AreaTarget(900.00m, 915.40m),
        new QualityScale(1, 15),
        new[] { new Occupation("O1", new LocalDate(2018, 6, 12), 12.00m, 6, 12.00m, 6, 0m, null, 0m, null) });

    [Benchmark]
    public CultivatedLandResult Assess() => calculator.Assess(record);
}
