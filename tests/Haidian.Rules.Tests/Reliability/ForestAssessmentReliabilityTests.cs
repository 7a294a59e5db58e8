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
        (2, from e in new HostileGen { NullOneIn = 40 }.For<ForestEvidence>()
            from year in Gen.Choose(2017, 2020)
            from kind in Gen.Elements(Enum.GetValues<UnitKind>())
            select e with { Year = year, Unit = "U-1", Kind = kind }));

    protected override Scorecard Call(ForestEvidence input) => Calculator.Calculate(input);

    [Fact]
    public void Calculate_HostileEvidence_GivesScorecardsOrDocumentedErrors() => Generated(Hostile.Cases, 701);

    [Fact]
    public void Calculate_MutatedJson_GivesScorecardsOrDocumentedErrors() => MutatedJson(Hostile.Cases / 2, 702);

    [Fact]
    public void Progress_HostileDistrictStatus_GivesResultsOrDocumentedErrors() =>
        Hostile.Run(new HostileGen().For<DistrictStatus>(), 50_000, 703, s => Calculator.Progress(s), (_, r) => HaidianJson.Serialize((TargetProgress)r));

    [Fact]
    public void CheckAccountability_HostileGrades_GivesResultsOrDocumentedErrors() =>
        Hostile.Run(Gen.Zip(HostileValues.Enum(typeof(UnitKind)).Select(o => (UnitKind)o), Gen.ArrayOf(new HostileGen().For<YearGrade>(), 4)), 50_000, 704,
            x => Calculator.CheckAccountability(x.Item1, x.Item2), (_, r) => HaidianJson.Serialize((AccountabilityResult)r));

    [Fact]
    public void GradeOf_HostileScores_GivesAGradeOrDocumentedErrors() =>
        Hostile.Run(Gen.Zip(Gen.Elements(HostileValues.Years), HostileValues.Decimal()), 50_000, 705, x => Calculator.GradeOf(x.Item1, x.Item2));

    [Fact]
    public void Concurrency_OneCalculatorOnEightThreads_MatchesTheSequentialRun() => Concurrent(distinctInputs: 500, threads: 8, repeats: 8);

    [Fact]
    public void Determinism_SameInputsGiveByteIdenticalJson() => Deterministic(1_000);
}
