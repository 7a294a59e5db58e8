using System.Globalization;
using Haidian.Rules.SmartHaidian;
using Snapshooter.Xunit;
using static Haidian.Rules.Tests.SmartHaidian.SmartHaidianRecords;

namespace Haidian.Rules.Tests.SmartHaidian;

/// <summary>
/// Every finding and step text word for word, for the branches the worked examples and the four report snapshots do not
/// reach (found by mutation testing): one record per branch, each pinned with its findings (code, severity, duty, message,
/// arithmetic) and the steps of the checks it is about (status, dates, counts, arithmetic). Reviewed when created.
/// </summary>
public sealed partial class SmartHaidianCalculatorTests
{
    private static string? Iso(LocalDate? d) => d?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A report reduced to its texts: all findings, and the steps of the named checks.</summary>
    private static object TextsOf(ComplianceReport r, params int[] stepChecks) => new
    {
        r.Status,
        ClosedOn = Iso(r.ClosedOn),
        Findings = r.Findings.Select(f => $"{f.Check} {f.Code} {f.Severity} {f.Duty}: {f.Finding.Message} || {f.Arithmetic}").ToArray(),
        Steps = r.Steps.Where(s => stepChecks.Contains(s.Check))
            .Select(s => $"{s.Check} {s.Code} '{s.Step}' {s.Status} trigger {Iso(s.Trigger) ?? "-"} last {Iso(s.LastDay) ?? "-"} done {Iso(s.Done) ?? "-"} wdLate {s.WorkingDaysLate?.ToString(CultureInfo.InvariantCulture) ?? "-"} late {s.DaysLate?.ToString(CultureInfo.InvariantCulture) ?? "-"} short {s.DaysShort?.ToString(CultureInfo.InvariantCulture) ?? "-"}: {s.Arithmetic}")
            .ToArray(),
    };

    private static ProjectRecord WithVersions(params DesignVersion[] versions) => P() with { Design = P().Design! with { Versions = versions } };

    [Fact]
    public void Texts_DesignSelectionAndDrafter() => Snapshot.Match(new Dictionary<string, object>
    {
        ["noDesignButSelected"] = TextsOf(Check(P() with { Design = null }), 1, 2, 4),
        ["passedAfterSelection"] = TextsOf(Check(P() with { SelectedOn = D(2018, 7, 10) }), 4, 5),
        ["passVoidAfterThreeFailures"] = TextsOf(
            Check(WithVersions(
                new DesignVersion(D(2018, 5, 9), D(2018, 5, 20), ReviewResult.Failed),
                new DesignVersion(D(2018, 5, 21), D(2018, 6, 1), ReviewResult.Failed),
                new DesignVersion(D(2018, 6, 2), D(2018, 6, 10), ReviewResult.Failed),
                new DesignVersion(D(2018, 6, 11), D(2018, 6, 20), ReviewResult.Passed))),
            3, 4),
        ["noPassedVersion"] = TextsOf(Check(WithVersions(new DesignVersion(D(2018, 5, 9), D(2018, 6, 1), ReviewResult.Failed), new DesignVersion(D(2018, 6, 20), null, ReviewResult.Pending))), 4),
        ["notSelected"] = TextsOf(Check(P() with { SelectedOn = null, FundsReviewLetterIssuedOn = null, FundsReviewLetterReceivedOn = null, SentToFinanceOn = null }), 4, 5, 6),
        ["selectedBeforeInForce"] = TextsOf(Check(P() with { SelectedOn = D(2017, 5, 2) }), 4),
        ["drafterWrongCertificate"] = TextsOf(Check(P() with { Design = P().Design! with { DrafterCertificate = new Certificate(CertificateType.Other, QualificationGrade.ClassC, false) } })),
        ["drafterConsultingClassA"] = TextsOf(Check(P() with { Design = P().Design! with { DrafterCertificate = new Certificate(CertificateType.EngineeringConsulting, QualificationGrade.ClassA, true) } })),
        ["selfDraftedAboveThreshold"] = TextsOf(Check(P() with { Design = P().Design! with { Drafter = Drafter.Self, DrafterCertificate = null } })),
        ["selfDraftedBelowNotSimple"] = TextsOf(Check(P().WithoutSupervisor() with { Budget = new ProjectBudget(999_999.99m), Design = P().Design! with { Drafter = Drafter.Self, DrafterCertificate = null } })),
    });

    [Fact]
    public void Texts_SupervisionStopAdjustmentsAlternatesKickOff() => Snapshot.Match(new Dictionary<string, object>
    {
        ["supervisorWrongCertificateAndGrade"] = TextsOf(Check(P() with { Supervision = new Supervision(true, new SupervisorCertificate(SupervisorCertificateType.Other, QualificationGrade.ClassC)) })),
        ["noSupervisorByApprovedBudget"] = TextsOf(Check(P().WithoutSupervisor() with { Budget = new ProjectBudget(900_000.00m, 1_000_000.00m) })),
        ["noSupervisorBelowByApprovedBudget"] = TextsOf(Check(P().WithoutSupervisor() with { Budget = new ProjectBudget(1_000_000.00m, 999_999.99m) })),
        ["stopBeforeKickOff"] = TextsOf(Check(P() with { Stop = new ConstructionStop(D(2019, 1, 10)) }), 10),
        ["stopWithNoKickOff"] = TextsOf(Check(P() with { KickOffOn = null, Stop = new ConstructionStop(D(2019, 6, 1)) }), 9, 10),
        ["stopStepsMissing"] = TextsOf(Check(P() with { Stop = new ConstructionStop(D(2019, 6, 1), null, D(2019, 6, 3), D(2019, 6, 2)) }), 10),
        ["stopStepsOutOfOrder"] = TextsOf(Check(P() with { Stop = new ConstructionStop(D(2019, 6, 1), D(2019, 6, 5), D(2019, 6, 3), D(2019, 6, 4)) }), 10),
        ["stopStepsPending"] = TextsOf(Check(P() with { Stop = new ConstructionStop(D(2019, 6, 1), D(2019, 6, 2)) }), 10),
        ["stopOnKickOffDay"] = TextsOf(Check(P() with { Stop = new ConstructionStop(D(2019, 1, 15), D(2019, 1, 15), D(2019, 1, 15), D(2019, 1, 15)) }), 10),
        ["adjustments"] = TextsOf(Check(P() with
        {
            Adjustments = new[]
            {
                new Adjustment(AdjustmentKind.Content, D(2019, 5, 6), null, true),
                new Adjustment(AdjustmentKind.Budget, D(2019, 5, 6), D(2019, 5, 8), false),
                new Adjustment(AdjustmentKind.Budget, D(2019, 5, 6), D(2019, 5, 6), true),
                new Adjustment(AdjustmentKind.Budget, D(2017, 6, 20), null, false),
            },
        })),
        ["alternateNotPromoted"] = TextsOf(Check(P() with { DraftList = new DraftListPlacement(2019, ListCategory.Alternate) }), 12),
        ["alternatePromotedOnTheCutOff"] = TextsOf(Check(P() with { DraftList = new DraftListPlacement(2019, ListCategory.Alternate), PromotedToFormalOn = D(2019, 7, 31) }), 12),
        ["alternatePromotedBeforeInForce"] = TextsOf(Check(P() with { DraftList = new DraftListPlacement(2017, ListCategory.Alternate), PromotedToFormalOn = D(2017, 6, 20) }), 12),
        ["alternateOfAnEmergencyProject"] = TextsOf(Check(Emergency() with { DraftList = new DraftListPlacement(2018, ListCategory.Alternate) }), 12),
        ["kickOffBeforeListApproval"] = TextsOf(Check(P() with { KickOffOn = D(2019, 1, 7) }), 9),
        ["kickOffOnARestDayAfterTheLastDay"] = TextsOf(Check(P() with { ListApprovedOn = D(2019, 1, 4), KickOffOn = D(2019, 1, 12) }), 9),
        ["kickOffOverdue"] = TextsOf(Check(P() with { KickOffOn = null }), 9),
    });

    [Fact]
    public void Texts_EmergencyPath() => Snapshot.Match(new Dictionary<string, object>
    {
        ["neitherApprovalNorStart"] = TextsOf(Check(Emergency() with { EmergencyApprovedOn = null, ConstructionStartedOn = null }), 13),
        ["approvedNotStarted"] = TextsOf(Check(Emergency() with { ConstructionStartedOn = null, ProposalSubmittedOn = D(2018, 4, 1) }), 13),
        ["startedWithoutApproval"] = TextsOf(Check(Emergency() with { EmergencyApprovedOn = null, ProposalSubmittedOn = D(2018, 4, 1) }), 13),
        ["startedAfterApproval"] = TextsOf(Check(Emergency() with { ConstructionStartedOn = D(2018, 5, 4), ProposalSubmittedOn = D(2018, 4, 1) }), 13),
        ["beforeInForce"] = TextsOf(Check(Emergency() with { EmergencyApprovedOn = D(2017, 6, 19), ConstructionStartedOn = D(2017, 6, 20) }), 13),
    });

    [Fact]
    public void Texts_DeepenedDesignProgressReportsAndPreliminaryAcceptance() => Snapshot.Match(new Dictionary<string, object>
    {
        ["deepenedDesignAbsent"] = TextsOf(Check(P() with { DeepenedDesign = null })),
        ["deepenedDesignLacking"] = TextsOf(Check(P() with { DeepenedDesign = new[] { DeepenedDesignComponent.TestPlan } })),
        ["progressReportsManyMissing"] = TextsOf(Check(P() with { AsOf = D(2022, 6, 15), Final = null, Warranty = null, ProgressReports = null }), 16),
        ["progressReportsNoneDueYet"] = TextsOf(Check(Early(D(2018, 3, 20)) with { Contracts = new[] { new ProjectContract(ContractKind.Construction, D(2018, 3, 10), D(2018, 3, 12)) } }), 15, 16),
        ["progressReportsBeforeInForce"] = TextsOf(Check(P() with { Contracts = new[] { new ProjectContract(ContractKind.Design, D(2017, 6, 20), D(2017, 6, 21)) } }), 15, 16),
        ["preliminaryConditionsCommitteeAndLeftovers"] = TextsOf(
            Check(P() with { Preliminary = new PreliminaryAcceptance(null, D(2019, 9, 25), D(2019, 9, 10), D(2019, 9, 20), 4, new[] { CommitteeRole.TechnicalLead }, true, null, D(2019, 9, 25)) }),
            18, 19, 20, 21),
        ["preliminaryFewExpertsNoMembersNoSupervisor"] = TextsOf(
            Check(P().WithoutSupervisor() with { Trial = null, Final = null, Warranty = null, Preliminary = new PreliminaryAcceptance(D(2019, 8, 30), D(2019, 9, 6), D(2019, 9, 10), D(2019, 9, 20), 1, Array.Empty<CommitteeRole>(), true, false, D(2019, 9, 25)) }),
            18, 19, 20, 21),
        ["preliminaryHeldBeforeItsLatestCondition"] = TextsOf(
            Check(P() with { Preliminary = P().Preliminary! with { ExpenditureCompliantOn = D(2019, 9, 21) } }),
            18, 19),
        ["preliminaryHeldLate"] = TextsOf(
            Check(P() with { Preliminary = P().Preliminary! with { UsageTestPassedOn = D(2019, 8, 1), ExpenditureCompliantOn = D(2019, 8, 2), ContractFulfilledOn = D(2019, 8, 3), LeftoverIssuesResolvedOn = D(2019, 9, 23) } }),
            19, 21),
    });

    [Fact]
    public void Texts_TrialFinalAcceptanceAndPostEvaluation() => Snapshot.Match(new Dictionary<string, object>
    {
        ["trialWithoutPreliminary"] = TextsOf(Check(P() with { Preliminary = null }), 22, 23),
        ["trialAfterAFailedPreliminary"] = TextsOf(Check(P() with { Preliminary = P().Preliminary! with { Passed = false } }), 22),
        ["trialBeforeThePreliminary"] = TextsOf(Check(P() with { Trial = P().Trial! with { StartedOn = D(2019, 9, 19) } }), 21, 22, 23),
        ["trialNotPassedYet"] = TextsOf(Check(P() with { Trial = P().Trial! with { PassedOn = null }, Final = null, Warranty = null }), 23, 26),
        ["softwareTestWithoutQualifications"] = TextsOf(Check(P() with { Trial = P().Trial! with { ThirdPartyTest = new ThirdPartyTest(false, false) } })),
        ["softwareTestReportAfterThePass"] = TextsOf(Check(P() with { Trial = P().Trial! with { ThirdPartyTest = new ThirdPartyTest(true, true, D(2019, 11, 26)) } })),
        ["softwareTestNotCommissioned"] = TextsOf(Check(P() with { Trial = P().Trial! with { ThirdPartyTest = null } })),
        ["noSoftwareNoTestNeeded"] = TextsOf(Check(P() with { HasSoftware = false, Trial = P().Trial! with { ThirdPartyTest = null } })),
        ["contractorDocumentsNone"] = TextsOf(Check(P() with { Trial = P().Trial! with { ContractorDocuments = null } })),
        ["finalMajorByTheUnit"] = TextsOf(Check(P() with { Final = P().Final! with { Organiser = AcceptanceOrganiser.Unit, Experts = 2, SupervisorParticipated = null, OpinionIssued = false } }), 26),
        ["finalSupervisorAbsentOpinionMissing"] = TextsOf(Check(P() with { Final = P().Final! with { SupervisorParticipated = false, OpinionIssued = null } }), 26),
        ["finalNotHeldMajor"] = TextsOf(Check(P() with { Final = new FinalAcceptance(), Warranty = null }), 26),
        ["finalNotHeldNotMajor"] = TextsOf(Check(P() with { Major = false, Final = null, Warranty = null }), 26),
        ["finalBeforeTheTrialPassed"] = TextsOf(Check(P() with { Final = P().Final! with { HeldOn = D(2019, 11, 20) }, Warranty = null }), 26),
        ["finalPurchasedServiceByThePurchasingUnit"] = TextsOf(Check(P() with { PurchasedService = true, Final = P().Final! with { Organiser = AcceptanceOrganiser.PurchasingUnit, Experts = 0, SupervisorParticipated = false, OpinionIssued = false } }), 26),
        ["finalAppliedAfterTheContractualDate"] = TextsOf(Check(P() with { Final = P().Final! with { ContractualApplicationDate = D(2019, 11, 1), AppliedOn = D(2019, 11, 5) } })),
        ["finalAppliedOnTheContractualDate"] = TextsOf(Check(P() with { Final = P().Final! with { ContractualApplicationDate = D(2019, 11, 1), AppliedOn = D(2019, 11, 1) } })),
        ["finalNotAppliedByTheContractualDate"] = TextsOf(Check(P() with { Final = new FinalAcceptance(ContractualApplicationDate: D(2019, 12, 1)), Warranty = null })),
        ["finalDeferralRequested"] = TextsOf(Check(P() with { Final = new FinalAcceptance(ContractualApplicationDate: D(2019, 12, 1), DeferralRequestedOn: D(2019, 11, 20)), Warranty = null })),
        ["postEvaluationBodyWrong"] = TextsOf(Check(P() with { PostEvaluationBody = new Certificate(CertificateType.EngineeringDesign, QualificationGrade.ClassC, false) })),
        ["postEvaluationBodyQualified"] = TextsOf(Check(P() with { PostEvaluationBody = new Certificate(CertificateType.EngineeringConsulting, QualificationGrade.ClassB, true) })),
    });
}
