using FsCheck;
using FsCheck.Fluent;
using Haidian.Rules.SmartHaidian;
using Haidian.Rules.Tests.SmartHaidian;
using Xunit.Abstractions;

namespace Haidian.Rules.Tests.Reliability;

/// <summary>
/// Hostile, mutated-JSON, concurrency and determinism tests of the smart-Haidian compliance checks (海政发〔2017〕21号): 10^5 generated
/// project records (a quarter fully hostile, the rest the base record P with hostile budgets, counts and dates moved around every
/// deadline and the in-force date), one shared calculator on eight threads, byte-identical JSON.
/// </summary>
public sealed class SmartHaidianReliabilityTests : ModuleReliability<ProjectRecord, ComplianceReport>
{
    private static readonly SmartHaidianCalculator Calculator = new();

    public SmartHaidianReliabilityTests(ITestOutputHelper log)
        : base(log)
    {
    }

    protected override string Module => "smart-haidian";

    protected override Gen<ProjectRecord> Inputs { get; } = Gen.Frequency(
        (1, new HostileGen().With(Dates()).For<ProjectRecord>()),
        (3, Mutated()));

    protected override ComplianceReport Call(ProjectRecord input) => Calculator.CheckProject(input);

    protected override string Key(ComplianceReport r) =>
        $"{r.Scope}|{r.Status}|{r.ClosedOn}|{r.Violations}|{r.Departures}|{r.Steps.Count}|{string.Join(",", r.Findings.Select(f => f.Finding.Code))}|{string.Join(",", r.Steps.Select(s => s.Status))}";

    protected override void Invariants(ProjectRecord input, ComplianceReport result)
    {
        base.Invariants(input, result);
        Assert.Equal(result.Findings.Count, result.Violations + result.Departures);
        Assert.Equal(result.Findings.Count == 0, result.Compliant);
        Assert.All(result.Findings, f => Assert.Equal(f.Finding.Code is "reportingStages" or "adjustmentInBudget", f.Finding.Severity == Severity.Departure));
        Assert.All(result.Steps, s => Assert.True(s.Status is not (StepStatus.Late or StepStatus.Overdue or StepStatus.Short) || result.Findings.Any(f => f.Check == s.Check), "a late, overdue or short step without its finding: " + s.Code));
        if (input.ProjectType == ProjectType.OfficeHardwarePurchase)
        {
            Assert.Equal((ProjectScope.OutOfScope, 0), (result.Scope, result.Findings.Count));
        }
    }

    [Fact]
    public void CheckProject_HostileRecords_GiveReportsOrDocumentedErrors() => Generated(Hostile.Cases, 1701);

    [Fact]
    public void CheckProject_MutatedJson_GivesReportsOrDocumentedErrors() => MutatedJson(20_000, 1702);

    [Fact]
    public void CheckDraftListAndTopLevelDesign_HostileInputs_GiveReportsOrDocumentedErrors()
    {
        var gen = new HostileGen().With(Gen.Frequency((1, HostileValues.Int()), (3, Gen.Choose(2015, 2030))));
        Hostile.Run(gen.For<DraftList>(), Hostile.Cases / 2, 1703, x => Calculator.CheckDraftList(x), (x, r) =>
        {
            var report = (ComplianceReport)r;
            var sum = x.Entries.Where(e => e.Category == ListCategory.Planned && e.FundingSource == FundingSource.SpecialFund).Sum(e => e.Budget);
            Assert.Equal(sum > x.SpecialFundSize, report.Findings.Any(f => f.Finding.Code == "draftListFundSize"));
            Assert.Equal(x.Entries.All(e => e.Category != ListCategory.Alternate), report.Findings.Any(f => f.Finding.Code == "draftListAlternates"));
        });
        Hostile.Run(gen.For<TopLevelDesign>(), Hostile.Cases / 2, 1704, x => Calculator.CheckTopLevelDesign(x), (x, r) =>
            Assert.Equal(x.LastYear - x.FirstYear + 1 < 3, ((ComplianceReport)r).Findings.Count == 1));
    }

    [Fact]
    public void Concurrency_OneCalculatorOnEightThreads_MatchesTheSequentialRun() => Concurrent(distinctInputs: 500, threads: 8, repeats: 5);

    [Fact]
    [Trait("Category", "Stress")]
    public void Concurrency_MillionEvaluationsOnEightThreads_MatchTheSequentialRun() => ConcurrentMillion(distinctInputs: 300);

    [Fact]
    public void Determinism_SameInputsGiveByteIdenticalJson() => Deterministic(1_000);

    /// <summary>Hostile dates mixed with days around the in-force date and the years of the schedules.</summary>
    private static Gen<LocalDate> Dates() =>
        Gen.Frequency((1, HostileValues.Date()), (3, Gen.Choose(-400, 3_500).Select(d => new LocalDate(2017, 6, 21).PlusDays(d))));

    private static Gen<LocalDate?> Shift(LocalDate? d) =>
        d is not { } x ? Gen.Constant<LocalDate?>(null)
        : Gen.Frequency((6, Gen.Constant<LocalDate?>(x)), (3, Gen.Choose(-30, 30).Select(k => (LocalDate?)x.PlusDays(k))), (1, Gen.Constant<LocalDate?>(null)));

    /// <summary>P with hostile budgets and counts, dates moved around their deadlines (or dropped), and flags flipped.</summary>
    private static Gen<ProjectRecord> Mutated()
    {
        var p = SmartHaidianRecords.P();
        return from asOf in Gen.Frequency((3, Gen.Constant(p.AsOf)), (1, Dates()))
               from budget in Gen.Frequency((2, SmartArbs.Budget), (1, HostileValues.Decimal()))
               from approved in Gen.Frequency((2, Gen.Constant<decimal?>(null)), (2, SmartArbs.Budget.Select(b => (decimal?)b)))
               from flags in Gen.ArrayOf(Gen.Elements(true, false), 6)
               from kick in Shift(p.KickOffOn)
               from selected in Shift(p.SelectedOn)
               from pool in Shift(p.ReservePoolNotifiedOn)
               from filed in Shift(p.Contracts![0].FiledOn)
               from held in Shift(p.Preliminary!.HeldOn)
               from trialPassed in Shift(p.Trial!.PassedOn)
               from finalHeld in Shift(p.Final!.HeldOn)
               from experts in HostileValues.Int()
               from finalExperts in Gen.Choose(0, 9)
               from organiser in Gen.Elements(AcceptanceOrganiser.Office, AcceptanceOrganiser.Unit, AcceptanceOrganiser.PurchasingUnit)
               from drop in Gen.Choose(0, 12)
               select p with
               {
                   AsOf = asOf,
                   Budget = new ProjectBudget(budget, approved),
                   SmartEducation = flags[0],
                   Emergency = flags[1] && drop == 0,
                   PurchasedService = flags[2],
                   Major = flags[3],
                   ContentSimple = flags[4],
                   HasSoftware = flags[5],
                   ProposalSubmittedOn = drop == 1 ? null : p.ProposalSubmittedOn,
                   KickOffOn = kick,
                   SelectedOn = selected,
                   ReservePoolNotifiedOn = pool,
                   Contracts = new[] { p.Contracts![0] with { FiledOn = filed }, p.Contracts[1] },
                   Preliminary = p.Preliminary! with { HeldOn = held, Experts = experts },
                   Trial = drop == 2 ? null : p.Trial! with { PassedOn = trialPassed },
                   Final = drop == 3 ? null : p.Final! with { HeldOn = finalHeld, Experts = finalExperts, Organiser = organiser },
                   Supervision = drop == 4 ? null : p.Supervision,
                   DeepenedDesign = drop == 5 ? null : p.DeepenedDesign,
                   Stop = drop == 6 ? new ConstructionStop(new LocalDate(2019, 6, 1), null, new LocalDate(2019, 6, 3)) : null,
                   Adjustments = drop == 7 ? new[] { new Adjustment(AdjustmentKind.Budget, new LocalDate(2019, 5, 6), new LocalDate(2019, 5, 7), false) } : null,
                   ProjectType = drop == 8 ? ProjectType.OfficeHardwarePurchase : ProjectType.Informatisation,
                   DraftList = drop == 9 ? new DraftListPlacement(2019, ListCategory.Alternate) : p.DraftList,
                   PromotedToFormalOn = drop == 9 ? new LocalDate(2019, 8, 1) : null,
                   Warranty = drop == 10 ? new Warranty(new LocalDate(2020, 2, 29), new LocalDate(2022, 2, 28)) : p.Warranty,
               };
    }
}
