using FsCheck;
using FsCheck.Fluent;
using Haidian.Rules.ForestAssessment;
using Xunit.Abstractions;

namespace Haidian.Rules.Tests.Reliability;

/// <summary>Hostile, mutated-JSON, concurrency and determinism tests of the forest assessment calculator.</summary>
public sealed class ForestAssessmentReliabilityTests : ModuleReliability<ForestEvidence, Scorecard>
{
    private static readonly ForestAssessmentCalculator Calculator = new();

    public ForestAssessmentReliabilityTests(ITestOutputHelper log)
        : base(log)
    {
    }

    protected override string Module => "forest";

    /// <summary>Hostile evidence; half of it for an assessed year with a named unit so that scoring runs.</summary>
    protected override Gen<ForestEvidence> Inputs { get; } = Gen.Frequency(
        (1, new HostileGen().For<ForestEvidence>()),
        (2, from year in Gen.Choose(2016, 2020)
            from bad in HostileValues.Decimal()
            from n in HostileValues.Int()
            from which in Gen.Choose(0, 7)
            let e = Haidian.Rules.Tests.ForestAssessment.ForestEvidenceBuilder.AllMet(year)
            select which switch
            {
                0 => e with { Harvest = e.Harvest with { ActualVolume = bad } },
                1 => e with { ForestLand = e.ForestLand with { OccupiedArea = bad, IllegalUseCases = n } },
                2 => e with { Resources = e.Resources with { GrowingStock = bad } },
                3 => e with { Disputes = e.Disputes with { New = n } },
                4 => e with { Afforestation = e.Afforestation with { CompletedArea = bad } },
                5 => e with { Regeneration = e.Regeneration with { CasesDue = n, RegeneratedArea = bad } },
                6 => e with { Tending = e.Tending with { QualifiedArea = bad } },
                _ => e,
            }));

    protected override Scorecard Call(ForestEvidence input) => Calculator.Calculate(input);

    protected override string Key(Scorecard result) => $"{result.Total}|{result.ComputedTotal}|{result.Grade}|{result.Rows.Count}|{result.Consequences.Count}|{result.Accountability?.Triggered}|{result.Lines.Count}";

    [Fact]
    public void Calculate_HostileEvidence_GivesScorecardsOrDocumentedErrors() => Generated(Hostile.Cases, 701);

    [Fact]
    public void Calculate_MutatedJson_GivesScorecardsOrDocumentedErrors() => MutatedJson(20_000, 702);

    [Fact]
    public void Progress_HostileDistrictStatus_GivesResultsOrDocumentedErrors() =>
        Hostile.Run(new HostileGen().For<DistrictStatus>(), Hostile.Cases, 703, s => Calculator.Progress(s), (_, r) => HaidianJson.Serialize((TargetProgress)r));

    [Fact]
    public void CheckAccountability_HostileGrades_GivesResultsOrDocumentedErrors() =>
        Hostile.Run(Gen.Zip(HostileValues.Enum(typeof(UnitKind)).Select(o => (UnitKind)o), Gen.ArrayOf(new HostileGen().For<YearGrade>(), 4)), Hostile.Cases, 704,
            x => Calculator.CheckAccountability(x.Item1, x.Item2), (_, r) => HaidianJson.Serialize((AccountabilityResult)r));

    [Fact]
    public void GradeOf_HostileScores_GivesAGradeOrDocumentedErrors()
    {
        var tally = Hostile.Run(Gen.Zip(Gen.Elements(HostileValues.Years), HostileValues.Decimal()), Hostile.Cases, 705, x => Calculator.GradeOf(x.Item1, x.Item2));
        Assert.True(tally.Results > 0, "no hostile score in an assessment year was graded: " + tally);
    }

    [Fact]
    public void Concurrency_OneCalculatorOnEightThreads_MatchesTheSequentialRun() => Concurrent(distinctInputs: 500, threads: 8, repeats: 8);

    [Fact]
    [Trait("Category", "Stress")]
    public void Concurrency_MillionEvaluationsOnEightThreads_MatchTheSequentialRun() => ConcurrentMillion(distinctInputs: 1_000);

    [Fact]
    public void Determinism_SameInputsGiveByteIdenticalJson() => Deterministic(1_000);
}
