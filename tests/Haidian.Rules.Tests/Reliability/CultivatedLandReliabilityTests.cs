using FsCheck;
using FsCheck.Fluent;
using Haidian.Rules.CultivatedLand;
using Haidian.Rules.Tests.CultivatedLand;
using Xunit.Abstractions;

namespace Haidian.Rules.Tests.Reliability;

/// <summary>Hostile, mutated-JSON, concurrency and determinism tests of the cultivated-land assessment calculator.</summary>
public sealed class CultivatedLandReliabilityTests : ModuleReliability<CultivatedLandRecord, CultivatedLandResult>
{
    private static readonly CultivatedLandCalculator Calculator = new();

    public CultivatedLandReliabilityTests(ITestOutputHelper log)
        : base(log)
    {
    }

    protected override string Module => "cultivated-land";

    /// <summary>Hostile records; two thirds of them the spec's base record with one field made hostile, so that the rules run.</summary>
    protected override Gen<CultivatedLandRecord> Inputs { get; } = Gen.Frequency(
        (1, new HostileGen().For<CultivatedLandRecord>()),
        (2, from year in Gen.Elements(HostileValues.Years)
            from bad in HostileValues.Decimal()
            from n in HostileValues.Int()
            from date in HostileValues.Date()
            from which in Gen.Choose(0, 8)
            let b = CultivatedLandCalculatorTests.B
            let o = CultivatedLandCalculatorTests.O1
            select which switch
            {
                0 => b with { Year = year },
                1 => b with { CultivatedLand = new AreaTarget(bad, 1_250m) },
                2 => b with { BasicFarmland = new AreaTarget(900m, bad) },
                3 => b with { Occupations = new[] { o with { SupplementedArea = bad, SupplementedGrade = n } } },
                4 => b with { Occupations = new[] { o with { OccupiedBasicFarmlandArea = bad, OccupiedBasicFarmlandGrade = n, RedesignatedArea = bad, RedesignatedGrade = n } } },
                5 => b with { QualityScale = new QualityScale(n, 15) },
                6 => b with { SelfCheckReportedOn = date, Year = year },
                7 => b with { IllegalCases = new[] { new IllegalCase("K", IllegalLandType.BasicFarmland, bad, false, true, false, true) }, Survey = new LandSurvey(bad, bad) },
                _ => b with { Occupations = new[] { o with { ApprovedOn = date, OccupiedArea = bad } }, Outstanding = n % 2 == 0 },
            }));

    protected override CultivatedLandResult Call(CultivatedLandRecord input) => Calculator.Assess(input);

    protected override string Key(CultivatedLandResult result) =>
        $"{result.Kind}|{result.Role}|{result.Verdict}|{string.Join(",", result.Indicators.Select(i => i.Met + ":" + i.Shortfall))}|{result.Warnings.Count}|{result.Findings.Count}|{result.Consequences.Count}|{string.Join(",", result.DueDates.Select(d => d.LastDay))}";

    protected override void Invariants(CultivatedLandRecord input, CultivatedLandResult result)
    {
        base.Invariants(input, result);
        Assert.All(result.Indicators, i => Assert.True(i.Shortfall >= 0m));
        Assert.Equal(result.Kind == AssessmentKind.PeriodAssessment, result.Verdict is not null);
        if (result.Verdict is { } v)
        {
            Assert.Equal(v == AssessmentVerdict.Qualified, result.Indicators.Where(i => i.Kind == IndicatorKind.Pass).All(i => i.Met == true));
        }
    }

    [Fact]
    public void Assess_HostileRecords_GiveResultsOrDocumentedErrors() => Generated(Hostile.Cases, 801);

    [Fact]
    public void Assess_MutatedJson_GivesResultsOrDocumentedErrors() => MutatedJson(20_000, 802);

    [Fact]
    public void CheckSuspension_HostileQueries_GiveAnswersOrDocumentedErrors()
    {
        var near = from day in HostileValues.Date()
                   from completed in HostileValues.Date()
                   from category in HostileValues.Enum(typeof(InfrastructureCategory))
                   from authority in HostileValues.Enum(typeof(ApprovalAuthority))
                   from verdict in HostileValues.Enum(typeof(AssessmentVerdict))
                   select CultivatedLandCalculatorTests.CL10(new LandProject("P", (InfrastructureCategory)category, (ApprovalAuthority)authority, ApprovalAct.Approved), day, (AssessmentVerdict)verdict) with
                   {
                       Rectification = new Rectification(new LocalDate(2021, 5, 10), null, completed),
                   };
        var gen = Gen.Frequency((1, new HostileGen().For<SuspensionQuery>()), (2, near));
        var tally = Hostile.Run(gen, Hostile.Cases, 803, q => Calculator.CheckSuspension(q), (_, r) => HaidianJson.Serialize((SuspensionAnswer)r));
        Assert.True(tally.Results > 0, "no hostile query was answered: " + tally);
    }

    [Fact]
    public void CalendarFor_HostileYears_GivesCalendarsOrDocumentedErrors()
    {
        var tally = Hostile.Run(Gen.OneOf(Gen.Elements(HostileValues.Years), HostileValues.Int()), 10_000, 804, y => Calculator.CalendarFor(y), (_, r) => HaidianJson.Serialize((LandCalendarYear)r));
        Assert.True(tally.Results > 0, "no hostile year got a calendar: " + tally);
    }

    [Fact]
    public void Concurrency_OneCalculatorOnEightThreads_MatchesTheSequentialRun() => Concurrent(distinctInputs: 500, threads: 8, repeats: 8);

    [Fact]
    [Trait("Category", "Stress")]
    public void Concurrency_MillionEvaluationsOnEightThreads_MatchTheSequentialRun() => ConcurrentMillion(distinctInputs: 1_000);

    [Fact]
    public void Determinism_SameInputsGiveByteIdenticalJson() => Deterministic(1_000);
}
