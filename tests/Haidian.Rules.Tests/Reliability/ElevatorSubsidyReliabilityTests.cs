using FsCheck;
using FsCheck.Fluent;
using Haidian.Rules.ElevatorSubsidy;
using Xunit.Abstractions;

namespace Haidian.Rules.Tests.Reliability;

/// <summary>Hostile, mutated-JSON, concurrency and determinism tests of the elevator subsidy calculator.</summary>
public sealed class ElevatorSubsidyReliabilityTests : ModuleReliability<SubsidyClaim, BuildingSubsidyResult>
{
    private static readonly ElevatorSubsidyCalculator Calculator = new();
    private static readonly LocalDate AsOf = new(2018, 6, 1);

    public ElevatorSubsidyReliabilityTests(ITestOutputHelper log)
        : base(log)
    {
    }

    protected override string Module => "elevator";

    protected override Gen<SubsidyClaim> Inputs { get; } = new HostileGen().For<SubsidyClaim>();

    protected override BuildingSubsidyResult Call(SubsidyClaim input) => Calculator.CalculateSubsidy(input, AsOf);

    protected override string Key(BuildingSubsidyResult result) => $"{result.TotalSubsidy}|{result.BorneByPropertyUnit}|{result.BorneByImplementingBody}|{result.Elevators.Count}|{result.ByPayer.Count}|{result.Notes.Count}|{result.Lines.Count}|{(result.Lines.Count == 0 ? 0m : result.Lines[result.Lines.Count - 1].Amount)}";

    [Fact]
    public void CalculateSubsidy_HostileClaims_GiveResultsOrDocumentedErrors() => Generated(Hostile.Cases, 601);

    [Fact]
    public void CalculateSubsidy_HostileDates_AreResultsOrNotInForce() =>
        Hostile.Run(Gen.Zip(Inputs, HostileValues.Date()), Hostile.Cases, 602, x => Calculator.CalculateSubsidy(x.Item1, x.Item2), (_, r) => Hostile.NoNegativeMoney(r));

    [Fact]
    public void SubsidyAmount_HostileClaims_EqualsTheItemizedTotalOrFailsAsDocumented() =>
        Hostile.Run(Inputs, Hostile.Cases, 603, x => Calculator.SubsidyAmount(x, AsOf), (x, amount) =>
        {
            Assert.True((decimal)amount >= 0m);
            Assert.Equal(HaidianJson.Serialize(Call(x)), HaidianJson.Serialize(Call(x)));
        });

    [Fact]
    public void CalculateSubsidy_MutatedJson_GivesResultsOrDocumentedErrors() => MutatedJson(Hostile.Cases / 2, 604);

    [Fact]
    public void CheckConsent_HostileRollsAndTallies_GiveVerdictsOrDocumentedErrors()
    {
        Hostile.Run(new HostileGen().For<OwnerRoll>(), Hostile.Cases, 605, r => Calculator.CheckConsent(r, AsOf), (_, r) => HaidianJson.Serialize((ConsentResult)r));
        Hostile.Run(new HostileGen().For<ConsentTally>(), Hostile.Cases, 606, t => Calculator.CheckConsent(t, AsOf), (_, r) => HaidianJson.Serialize((ConsentResult)r));
    }

    [Fact]
    public void Checks_HostileBuildingsPortfoliosTimelines_GiveVerdictsOrDocumentedErrors()
    {
        Hostile.Run(new HostileGen().For<Building>(), Hostile.Cases, 607, b => Calculator.CheckScope(b, AsOf));
        Hostile.Run(new HostileGen().For<PilotPortfolio>(), Hostile.Cases, 608, p => Calculator.CheckPortfolio(p, AsOf));
        Hostile.Run(Gen.Zip(new HostileGen().For<ProjectTimeline>(), HostileValues.Date()), Hostile.Cases, 609, t => Calculator.CheckTimeline(t.Item1, t.Item2));
        Hostile.Run(Gen.Zip(HostileValues.Int(), HostileValues.Date()), Hostile.Cases, 610, t => Calculator.CheckOperatingRight(t.Item1, t.Item2));
    }

    [Fact]
    public void Concurrency_OneCalculatorOnEightThreads_MatchesTheSequentialRun() => Concurrent(distinctInputs: 1_000, threads: 8, repeats: 10);

    [Fact]
    [Trait("Category", "Stress")]
    public void Concurrency_MillionEvaluationsOnEightThreads_MatchTheSequentialRun() => ConcurrentMillion(distinctInputs: 1_000);

    [Fact]
    public void Determinism_SameInputsGiveByteIdenticalJson() => Deterministic(2_000);
}
