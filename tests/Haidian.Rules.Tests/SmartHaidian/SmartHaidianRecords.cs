using Haidian.Rules.SmartHaidian;

namespace Haidian.Rules.Tests.SmartHaidian;

/// <summary>The base record P of spec 09 and the variants its worked examples name (each changes only the fields it names).</summary>
public static class SmartHaidianRecords
{
    public static LocalDate D(int y, int m, int d) => new(y, m, d);

    public static readonly Certificate QualifiedDesigner = new(CertificateType.EngineeringDesign, QualificationGrade.ClassB, true);

    public static readonly Supervision QualifiedSupervisor = new(true, new SupervisorCertificate(SupervisorCertificateType.InformationEngineeringSupervision, QualificationGrade.ClassA));

    public static readonly CommitteeRole[] AllRoles = { CommitteeRole.TechnicalLead, CommitteeRole.UserRepresentatives, CommitteeRole.FinanceStaff, CommitteeRole.Contractor, CommitteeRole.Supervisor };

    /// <summary>P: a compliant project, asOf 2020-01-15 (spec 09 SH1).</summary>
    public static ProjectRecord P() => new(
        AsOf: D(2020, 1, 15),
        ProjectType: ProjectType.Informatisation,
        SmartEducation: false,
        Emergency: false,
        PurchasedService: false,
        Major: true,
        ContentSimple: false,
        HasSoftware: true,
        Budget: new ProjectBudget(1_000_000.00m, 1_000_000.00m),
        ProposalSubmittedOn: D(2018, 1, 10),
        ReservePoolNotifiedOn: D(2018, 3, 5),
        Design: new PreliminaryDesign(Drafter.ThirdParty, QualifiedDesigner, new[]
        {
            new DesignVersion(D(2018, 5, 9), D(2018, 6, 1), ReviewResult.Failed),
            new DesignVersion(D(2018, 6, 20), D(2018, 7, 16), ReviewResult.Passed),
        }),
        DraftList: new DraftListPlacement(2019, ListCategory.Planned),
        SelectedOn: D(2018, 9, 3),
        FundsReviewLetterIssuedOn: D(2018, 9, 14),
        FundsReviewLetterReceivedOn: D(2018, 9, 14),
        SentToFinanceOn: D(2018, 9, 19),
        ListApprovedOn: D(2019, 1, 8),
        KickOffOn: D(2019, 1, 15),
        Supervision: QualifiedSupervisor,
        Contracts: new[]
        {
            new ProjectContract(ContractKind.Construction, D(2019, 3, 1), D(2019, 3, 12)),
            new ProjectContract(ContractKind.Supervision, D(2019, 3, 1), D(2019, 3, 8)),
        },
        ProgressReports: Enumerable.Range(3, 9).Select(m => new YearMonth(2019, m)).ToArray(),
        DeepenedDesign: new[] { DeepenedDesignComponent.ImplementationPlan, DeepenedDesignComponent.ImplementationScheme, DeepenedDesignComponent.DesignChangeStatement, DeepenedDesignComponent.TestPlan, DeepenedDesignComponent.AcceptancePlan },
        Preliminary: new PreliminaryAcceptance(D(2019, 8, 30), D(2019, 9, 6), D(2019, 9, 10), D(2019, 9, 20), 5, AllRoles, true, true, D(2019, 9, 20)),
        Trial: new TrialOperation(D(2019, 9, 23), D(2019, 11, 25), new ThirdPartyTest(true, true, D(2019, 11, 20)), new[] { ContractorDocument.MaintenancePlan, ContractorDocument.TrainingPlan, ContractorDocument.TrainingMaterials }),
        Final: new FinalAcceptance(HeldOn: D(2019, 12, 10), Organiser: AcceptanceOrganiser.Office, Experts: 3, SupervisorParticipated: true, Passed: true, OpinionIssued: true),
        Warranty: new Warranty(D(2019, 12, 10), D(2021, 12, 10)));

    /// <summary>"No supervisor": P without the supervision data, the supervision contract and the supervisor's committee role.</summary>
    public static ProjectRecord WithoutSupervisor(this ProjectRecord r) => r with
    {
        Supervision = null,
        Contracts = r.Contracts!.Where(c => c.Kind != ContractKind.Supervision).ToArray(),
        Preliminary = r.Preliminary! with { Members = r.Preliminary.Members!.Where(m => m != CommitteeRole.Supervisor).ToArray() },
    };

    /// <summary>A record with P's flags and budget and only the proposal and the pool notice (SH5).</summary>
    public static ProjectRecord Early(LocalDate asOf) => new(asOf, ProjectType.Informatisation, false, false, false, true, false, true, new ProjectBudget(1_000_000.00m, 1_000_000.00m), ProposalSubmittedOn: D(2018, 1, 10), ReservePoolNotifiedOn: D(2018, 3, 5));

    /// <summary>SH10: an emergency project with no pool, list or design data.</summary>
    public static ProjectRecord Emergency() => new(
        D(2018, 6, 1), ProjectType.Informatisation, false, true, false, true, false, true, new ProjectBudget(1_500_000.00m),
        Supervision: new Supervision(true, new SupervisorCertificate(SupervisorCertificateType.InformationEngineeringSupervision, QualificationGrade.ClassB)),
        EmergencyApprovedOn: D(2018, 5, 4),
        ConstructionStartedOn: D(2018, 5, 2));

    /// <summary>SH8 (e): the 2019 draft list.</summary>
    public static DraftList List2019(decimal second = 4_000_000.01m, bool alternate = false)
    {
        var entries = new List<DraftListEntry>
        {
            new("A", ListCategory.Planned, FundingSource.SpecialFund, 6_000_000.00m),
            new("B", ListCategory.Planned, FundingSource.SpecialFund, second),
            new("C", ListCategory.Planned, FundingSource.Other, 2_000_000.00m),
        };
        if (alternate)
        {
            entries.Add(new DraftListEntry("D", ListCategory.Alternate, FundingSource.SpecialFund, 500_000.00m));
        }

        return new DraftList(2019, 10_000_000.00m, entries);
    }

    public static string[] Codes(this ComplianceReport r) => r.Findings.Select(f => f.Finding.Code).ToArray();

    public static ProjectFinding[] Of(this ComplianceReport r, string code) => r.Findings.Where(f => f.Finding.Code == code).ToArray();

    public static StepResult Step(this ComplianceReport r, string code) => r.Steps.Single(s => s.Code == code);
}
