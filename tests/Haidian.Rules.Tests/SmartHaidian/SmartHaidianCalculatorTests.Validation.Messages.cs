using Haidian.Rules.SmartHaidian;
using static Haidian.Rules.Tests.SmartHaidian.SmartHaidianRecords;

namespace Haidian.Rules.Tests.SmartHaidian;

/// <summary>
/// Bad input word for word (the other validation tests assert paths and codes): every record, draft-list, top-level-design and
/// parameter check with its exact <c>path: message</c> line, each bound at the limit (accepted) and one step past it (rejected).
/// </summary>
public sealed partial class SmartHaidianCalculatorTests
{
    private const string AfterAsOf = ": an event cannot be after the day of the check";
    private const string AmountBounds = "must be between 0 and 1000000000000000 inclusive";

    private static string[] Messages(Action act) => Assert.Throws<ValidationException>(act).Errors.Select(e => e.ToString()).ToArray();

    private static string[] ProjectMessages(ProjectRecord r) => Messages(() => Calc.CheckProject(r));

    /// <summary>The problem reported at a path, or null (a check that needs no holiday schedule may still report one elsewhere).</summary>
    private static ValidationError? InputErrorAt(ProjectRecord r, string path)
    {
        try
        {
            Calc.CheckProject(r);
            return null;
        }
        catch (ValidationException e)
        {
            return e.Errors.FirstOrDefault(x => x.Path == path);
        }
    }

    private static string[] ParameterMessages(SmartHaidianParameters p) => p.Validate().Select(e => e.ToString()).ToArray();

    [Fact]
    public void Project_TopLevelFields_Messages()
    {
        Assert.Equal(
            new[]
            {
                "projectType: is not one of Informatisation, OfficeHardwarePurchase (got the undefined value 99)",
                "budget.declared: " + AmountBounds + " (got -1)",
                "budget.approved: " + AmountBounds + " (got 1000000000000000.01)",
                "kickOffOn: is after asOf (2020-01-16 > 2020-01-15)" + AfterAsOf,
                "fundsReviewLetterReceivedOn: must not be before fundsReviewLetterIssuedOn (a letter is received after it is issued) (2018-09-13 < 2018-09-14)",
                "sentToFinanceOn: must not be before fundsReviewLetterReceivedOn (2018-09-12 < 2018-09-13)",
                "emergencyApprovedOn: is given but emergency is false (the district government's approval is the emergency path of 第十八条)",
                "constructionStartedOn: is given but emergency is false (a normal project's construction is recorded by its contracts)",
            },
            ProjectMessages(P() with
            {
                ProjectType = (ProjectType)99,
                Budget = new ProjectBudget(-1m, 1_000_000_000_000_000.01m),
                KickOffOn = D(2020, 1, 16),
                FundsReviewLetterReceivedOn = D(2018, 9, 13),
                SentToFinanceOn = D(2018, 9, 12),
                EmergencyApprovedOn = D(2019, 1, 1),
                ConstructionStartedOn = D(2019, 1, 2),
            }));
        Assert.Equal(new[] { "budget: is required" }, ProjectMessages(P() with { Budget = null! }));

        // why: every event date is checked against asOf, one by one
        var events = new (string Path, Func<ProjectRecord, ProjectRecord> Set)[]
        {
            ("proposalSubmittedOn", r => r with { ProposalSubmittedOn = D(2020, 1, 16) }),
            ("reservePoolNotifiedOn", r => r with { ReservePoolNotifiedOn = D(2020, 1, 16) }),
            ("selectedOn", r => r with { SelectedOn = D(2020, 1, 16) }),
            ("fundsReviewLetterIssuedOn", r => r with { FundsReviewLetterIssuedOn = D(2020, 1, 16), FundsReviewLetterReceivedOn = null, SentToFinanceOn = null }),
            ("fundsReviewLetterReceivedOn", r => r with { FundsReviewLetterReceivedOn = D(2020, 1, 16), SentToFinanceOn = null }),
            ("sentToFinanceOn", r => r with { SentToFinanceOn = D(2020, 1, 16) }),
            ("listApprovedOn", r => r with { ListApprovedOn = D(2020, 1, 16) }),
            ("promotedToFormalOn", r => r with { PromotedToFormalOn = D(2020, 1, 16), DraftList = new DraftListPlacement(2019, ListCategory.Alternate) }),
        };
        foreach (var (path, set) in events)
        {
            Assert.Equal(new[] { path + ": is after asOf (2020-01-16 > 2020-01-15)" + AfterAsOf }, ProjectMessages(set(P())));
        }

        Assert.Equal(
            new[] { "emergencyApprovedOn: is after asOf (2018-06-02 > 2018-06-01)" + AfterAsOf, "constructionStartedOn: is after asOf (2018-06-02 > 2018-06-01)" + AfterAsOf },
            ProjectMessages(Emergency() with { EmergencyApprovedOn = D(2018, 6, 2), ConstructionStartedOn = D(2018, 6, 2) }));

        // why: an event on asOf itself, and a budget at 0 or at the largest amount, are accepted
        Calc.CheckProject(P() with { KickOffOn = D(2019, 1, 15), Warranty = new Warranty(D(2020, 1, 15), D(2022, 1, 15)) });
        Calc.CheckProject(P() with { Budget = new ProjectBudget(0m, SmartHaidianCalculator.MaximumAmount) });
        Calc.CheckProject(P() with { Budget = new ProjectBudget(SmartHaidianCalculator.MaximumAmount) });
    }

    [Fact]
    public void Project_Design_Messages()
    {
        Assert.Equal(
            new[] { "design.drafter: is not one of Self, ThirdParty (got the undefined value 9)", "design.versions: is required" },
            ProjectMessages(P() with { Design = new PreliminaryDesign((Drafter)9, null, null!) }));
        Assert.Equal(
            new[]
            {
                "design.drafterCertificate: is given but the design was drafted by the unit itself (Self)",
                "design.drafterCertificate.type: is not one of EngineeringConsulting, EngineeringDesign, Other (got the undefined value 9)",
                "design.drafterCertificate.grade: is not one of ClassA, ClassB, ClassC, ClassD, None (got the undefined value 9)",
                "design.versions[0]: is required",
                "design.versions[1].reviewedOn: is required when the result is Passed",
                "design.versions[2].reviewedOn: is given but the result is Pending",
                "design.versions[2]: follows a version that passed (no revision follows a pass)",
                "design.versions[3].result: is not one of Passed, Failed, Pending (got the undefined value 9)",
                "design.versions[3]: follows a version that passed (no revision follows a pass)",
            },
            ProjectMessages(P() with
            {
                Design = new PreliminaryDesign(Drafter.Self, new Certificate((CertificateType)9, (QualificationGrade)9, true), new[]
                {
                    null!,
                    new DesignVersion(D(2018, 5, 9), null, ReviewResult.Passed),
                    new DesignVersion(D(2018, 5, 10), D(2018, 5, 11), ReviewResult.Pending),
                    new DesignVersion(D(2018, 5, 12), D(2018, 5, 13), (ReviewResult)9),
                }),
            }));
        Assert.Equal(
            new[]
            {
                "design.drafterCertificate: is required for a third-party drafter",
                "design.versions[0].reviewedOn: is required when the result is Failed",
                "design.versions[1].reviewedOn: must not be before submittedOn (2018-05-08 < 2018-05-10)",
                "design.versions[1].submittedOn: a revision needs the previous version reviewed (it is still pending)",
                "design.versions[2].submittedOn: must not be before the previous version's review (2018-05-07 < 2018-05-08)",
                "design.versions[3].reviewedOn: is after asOf (2020-01-16 > 2020-01-15)" + AfterAsOf,
            },
            ProjectMessages(P() with
            {
                Design = new PreliminaryDesign(Drafter.ThirdParty, null, new[]
                {
                    new DesignVersion(D(2018, 5, 9), null, ReviewResult.Failed),
                    new DesignVersion(D(2018, 5, 10), D(2018, 5, 8), ReviewResult.Failed),
                    new DesignVersion(D(2018, 5, 7), D(2018, 6, 1), ReviewResult.Failed),
                    new DesignVersion(D(2018, 6, 1), D(2020, 1, 16), ReviewResult.Passed),
                }),
            }));
        Assert.Equal(
            new[] { "design.versions[0].submittedOn: is after asOf (2020-01-16 > 2020-01-15)" + AfterAsOf },
            ProjectMessages(P() with { Design = P().Design! with { Versions = new[] { new DesignVersion(D(2020, 1, 16), null, ReviewResult.Pending) } } }));

        // why: a revision submitted on the day of the previous review, reviewed the day it is submitted, is accepted; a missing
        // version breaks the chain (the next one is not compared with the one before the gap)
        Calc.CheckProject(P() with { Design = P().Design! with { Versions = new[] { new DesignVersion(D(2018, 5, 9), D(2018, 6, 1), ReviewResult.Failed), new DesignVersion(D(2018, 6, 1), D(2018, 6, 1), ReviewResult.Passed) } } });
        Assert.Equal(
            new[] { "design.versions[1]: is required" },
            ProjectMessages(P() with { Design = P().Design! with { Versions = new[] { new DesignVersion(D(2018, 5, 9), null, ReviewResult.Pending), null!, new DesignVersion(D(2018, 5, 1), D(2018, 6, 1), ReviewResult.Passed) } } }));
    }

    [Fact]
    public void Project_ListStopAdjustmentsSupervisionContractsReports_Messages()
    {
        Assert.Equal(
            new[]
            {
                "draftList.year: must be between 1 and 9999 (got 10000)",
                "promotedToFormalOn: is given for a Planned project; only an alternate is promoted (第十七条)",
                "stop.stoppedOn: is after asOf (2020-01-16 > 2020-01-15)" + AfterAsOf,
                "stop.writtenReasonsOn: is after asOf (2020-01-17 > 2020-01-15)" + AfterAsOf,
                "stop.officeConfirmedOn: is after asOf (2020-01-18 > 2020-01-15)" + AfterAsOf,
                "stop.filedWithFinanceOn: is after asOf (2020-01-19 > 2020-01-15)" + AfterAsOf,
                "adjustments[0]: is required",
                "adjustments[1].kind: is not one of Content, Budget (got the undefined value 9)",
                "adjustments[1].implementedOn: is after asOf (2020-01-16 > 2020-01-15)" + AfterAsOf,
                "adjustments[1].reportedOn: is after asOf (2020-01-17 > 2020-01-15)" + AfterAsOf,
                "supervision.certificate: is given but engaged is false",
                "supervision.certificate.type: is not one of InformationEngineeringSupervision, Other (got the undefined value 9)",
                "supervision.certificate.grade: is not one of ClassA, ClassB, ClassC, ClassD, None (got the undefined value 9)",
                "contracts[0]: is required",
                "contracts[1].kind: is not one of Design, Construction, Supervision, ThirdPartyTesting, Other (got the undefined value 9)",
                "contracts[1].signedOn: is after asOf (2020-01-16 > 2020-01-15)" + AfterAsOf,
                "contracts[1].filedOn: must not be before signedOn (a contract is filed after it is signed) (2020-01-15 < 2020-01-16)",
                "contracts[2].filedOn: is after asOf (2020-01-16 > 2020-01-15)" + AfterAsOf,
                "progressReports[1]: is after the month of asOf (2020-02 > 2020-01)",
                "progressReports[2]: repeats 2019-03",
                "deepenedDesign[1]: is not one of ImplementationPlan, ImplementationScheme, DesignChangeStatement, TestPlan, AcceptancePlan (got the undefined value 9)",
                "deepenedDesign[2]: repeats TestPlan",
            },
            ProjectMessages(P() with
            {
                DraftList = new DraftListPlacement(10_000, ListCategory.Planned),
                PromotedToFormalOn = D(2019, 7, 1),
                Stop = new ConstructionStop(D(2020, 1, 16), D(2020, 1, 17), D(2020, 1, 18), D(2020, 1, 19)),
                Adjustments = new[] { null!, new Adjustment((AdjustmentKind)9, D(2020, 1, 16), D(2020, 1, 17), false) },
                Supervision = new Supervision(false, new SupervisorCertificate((SupervisorCertificateType)9, (QualificationGrade)9)),
                Contracts = new[] { null!, new ProjectContract((ContractKind)9, D(2020, 1, 16), D(2020, 1, 15)), new ProjectContract(ContractKind.Design, D(2019, 1, 1), D(2020, 1, 16)) },
                ProgressReports = new[] { new YearMonth(2019, 3), new YearMonth(2020, 2), new YearMonth(2019, 3), new YearMonth(2020, 1) },
                DeepenedDesign = new[] { DeepenedDesignComponent.TestPlan, (DeepenedDesignComponent)9, DeepenedDesignComponent.TestPlan },
            }));
        Assert.Equal(
            new[] { "draftList.year: must be between 1 and 9999 (got 0)", "draftList.category: is not one of Planned, Alternate (got the undefined value 9)" },
            ProjectMessages(P() with { DraftList = new DraftListPlacement(0, (ListCategory)9) }));
        Assert.Equal(
            new[] { "promotedToFormalOn: needs draftList with category Alternate (only an alternate is promoted, 第十七条)" },
            ProjectMessages(P() with { DraftList = null, PromotedToFormalOn = D(2019, 7, 1) }));
        Assert.Equal(
            new[] { "supervision.certificate: is required when a supervisor is engaged" },
            ProjectMessages(P() with { Supervision = new Supervision(true) }));

        // why: list years 1 and 9999 are accepted; an alternate may be promoted; a contract filed the day it is signed is accepted
        Assert.Null(InputErrorAt(P() with { DraftList = new DraftListPlacement(1, ListCategory.Planned) }, "draftList.year"));
        Assert.Null(InputErrorAt(P() with { DraftList = new DraftListPlacement(9999, ListCategory.Planned) }, "draftList.year"));
        Calc.CheckProject(P() with { DraftList = new DraftListPlacement(2019, ListCategory.Alternate), PromotedToFormalOn = D(2019, 7, 1) });
        Calc.CheckProject(P() with { Contracts = new[] { new ProjectContract(ContractKind.Construction, D(2019, 3, 1), D(2019, 3, 1)) } });
    }

    [Fact]
    public void Project_AcceptanceTrialWarrantyAndPostEvaluation_Messages()
    {
        Assert.Equal(
            new[]
            {
                "preliminary.contractFulfilledOn: is after asOf (2020-01-16 > 2020-01-15)" + AfterAsOf,
                "preliminary.usageTestPassedOn: is after asOf (2020-01-17 > 2020-01-15)" + AfterAsOf,
                "preliminary.expenditureCompliantOn: is after asOf (2020-01-18 > 2020-01-15)" + AfterAsOf,
                "preliminary.leftoverIssuesResolvedOn: is after asOf (2020-01-19 > 2020-01-15)" + AfterAsOf,
                "preliminary.experts: must not be negative (got -1)",
                "preliminary.members[1]: repeats Contractor",
                "preliminary.experts: is given but preliminary.heldOn is not (committee data needs the meeting)",
                "preliminary.members: is given but preliminary.heldOn is not (committee data needs the meeting)",
                "preliminary.passed: is given but preliminary.heldOn is not (committee data needs the meeting)",
                "preliminary.opinionIssued: is given but preliminary.heldOn is not (committee data needs the meeting)",
                "preliminary.leftoverIssuesResolvedOn: is given but preliminary.heldOn is not (committee data needs the meeting)",
                "trial.startedOn: is required when trial.passedOn is given",
                "trial.thirdPartyTest.reportIssuedOn: is after asOf (2020-01-16 > 2020-01-15)" + AfterAsOf,
                "trial.contractorDocuments[1]: repeats MaintenancePlan",
                "final.appliedOn: is after asOf (2020-01-16 > 2020-01-15)" + AfterAsOf,
                "final.deferralRequestedOn: is after asOf (2020-01-17 > 2020-01-15)" + AfterAsOf,
                "final.organiser: is PurchasingUnit but purchasedService is false (only a purchased service is accepted by the purchasing unit, 第三十一条)",
                "final.experts: must not be negative (got -1)",
                "final.organiser: is given but final.heldOn is not (committee data needs the meeting)",
                "final.experts: is given but final.heldOn is not (committee data needs the meeting)",
                "final.supervisorParticipated: is given but final.heldOn is not (committee data needs the meeting)",
                "final.passed: is given but final.heldOn is not (committee data needs the meeting)",
                "warranty.runsFrom: is after asOf (2020-01-16 > 2020-01-15)" + AfterAsOf,
                "warranty.endsOn: must not be before warranty.runsFrom (2020-01-15 < 2020-01-16)",
                "postEvaluationBody.type: is not one of EngineeringConsulting, EngineeringDesign, Other (got the undefined value 9)",
                "postEvaluationBody.grade: is not one of ClassA, ClassB, ClassC, ClassD, None (got the undefined value 9)",
            },
            ProjectMessages(P() with
            {
                Preliminary = new PreliminaryAcceptance(D(2020, 1, 16), D(2020, 1, 17), D(2020, 1, 18), null, -1, new[] { CommitteeRole.Contractor, CommitteeRole.Contractor }, true, false, D(2020, 1, 19)),
                Trial = new TrialOperation(null, D(2019, 11, 25), new ThirdPartyTest(true, true, D(2020, 1, 16)), new[] { ContractorDocument.MaintenancePlan, ContractorDocument.MaintenancePlan }),
                Final = new FinalAcceptance(null, D(2020, 1, 16), D(2020, 1, 17), null, AcceptanceOrganiser.PurchasingUnit, -1, true, false, null),
                Warranty = new Warranty(D(2020, 1, 16), D(2020, 1, 15)),
                PostEvaluationBody = new Certificate((CertificateType)9, (QualificationGrade)9, false),
            }));
        Assert.Equal(
            new[]
            {
                "preliminary.heldOn: is after asOf (2020-01-16 > 2020-01-15)" + AfterAsOf,
                "trial.startedOn: is after asOf (2020-01-16 > 2020-01-15)" + AfterAsOf,
                "trial.passedOn: is after asOf (2020-01-17 > 2020-01-15)" + AfterAsOf,
                "final.heldOn: is after asOf (2020-01-16 > 2020-01-15)" + AfterAsOf,
                "final.organiser: is not one of Office, Unit, PurchasingUnit (got the undefined value 9)",
            },
            ProjectMessages(P() with
            {
                Preliminary = P().Preliminary! with { HeldOn = D(2020, 1, 16) },
                Trial = P().Trial! with { StartedOn = D(2020, 1, 16), PassedOn = D(2020, 1, 17) },
                Final = P().Final! with { HeldOn = D(2020, 1, 16), Organiser = (AcceptanceOrganiser)9 },
            }));
        Assert.Equal(
            new[] { "trial.passedOn: must not be before trial.startedOn (a trial passes after it starts) (2019-09-22 < 2019-09-23)", "final.organiser: is required when final.heldOn is given" },
            ProjectMessages(P() with { Trial = P().Trial! with { PassedOn = D(2019, 9, 22) }, Final = P().Final! with { Organiser = null } }));

        // why: the purchasing unit may accept a purchased service; 0 experts is valid input (a finding, not an error);
        // a trial passed the day it starts and a warranty ending the day it runs from are valid input
        Calc.CheckProject(P() with { PurchasedService = true, Final = P().Final! with { Organiser = AcceptanceOrganiser.PurchasingUnit } });
        Calc.CheckProject(P() with { Preliminary = P().Preliminary! with { Experts = 0 }, Final = P().Final! with { Experts = 0 } });
        Calc.CheckProject(P() with { Trial = P().Trial! with { PassedOn = D(2019, 9, 23) }, Warranty = new Warranty(D(2019, 12, 10), D(2019, 12, 10)) });
    }

    [Fact]
    public void DraftListAndTopLevelDesign_Messages_AndTheInForceYear()
    {
        Assert.Equal(
            new[] { "year: must be between 1 and 9999 (got 10000)", "specialFundSize: " + AmountBounds + " (got -1)", "entries: is required" },
            Messages(() => Calc.CheckDraftList(new DraftList(10_000, -1m, null!))));
        Assert.Equal(
            new[]
            {
                "specialFundSize: " + AmountBounds + " (got 1000000000000000.01)",
                "entries[0]: is required",
                "entries[1].projectId: is required and must not be blank",
                "entries[1].category: is not one of Planned, Alternate (got the undefined value 9)",
                "entries[1].fundingSource: is not one of SpecialFund, Other (got the undefined value 9)",
                "entries[1].budget: " + AmountBounds + " (got -0.01)",
                "entries[3].projectId: repeats A (each project appears once)",
            },
            Messages(() => Calc.CheckDraftList(new DraftList(2019, 1_000_000_000_000_000.01m, new[]
            {
                null!,
                new DraftListEntry(" ", (ListCategory)9, (FundingSource)9, -0.01m),
                new DraftListEntry("A", ListCategory.Planned, FundingSource.SpecialFund, SmartHaidianCalculator.MaximumAmount),
                new DraftListEntry("A", ListCategory.Planned, FundingSource.SpecialFund, 0m),
            }))));

        var before = Assert.Throws<NotInForceException>(() => Calc.CheckDraftList(List2019() with { Year = 2016 }));
        Assert.Equal((new LocalDate(2016, 12, 31), new LocalDate(2017, 6, 21)), (before.Requested, before.InForceFrom));
        Assert.Contains("第四十三条", before.Message, StringComparison.Ordinal);
        Assert.Equal(new LocalDate(1, 12, 31), Assert.Throws<NotInForceException>(() => Calc.CheckDraftList(List2019() with { Year = -5 })).Requested);
        Assert.Equal("draft list 2017", Calc.CheckDraftList(List2019() with { Year = 2017 }).Subject);

        Assert.Equal(
            new[] { "firstYear: must be between 1 and 9999 (got 0)", "lastYear: must be between 1 and 9999 (got 10000)" },
            Messages(() => Calc.CheckTopLevelDesign(new TopLevelDesign(0, 10_000))));
        Assert.Equal(
            new[] { "firstYear: must be between 1 and 9999 (got 10000)", "lastYear: must be between 1 and 9999 (got 0)" },
            Messages(() => Calc.CheckTopLevelDesign(new TopLevelDesign(10_000, 0))));
        Assert.Equal(
            new[] { "lastYear: must not be before firstYear (2019 < 2020)" },
            Messages(() => Calc.CheckTopLevelDesign(new TopLevelDesign(2020, 2019))));
        Assert.Equal("top-level design 1–9999", Calc.CheckTopLevelDesign(new TopLevelDesign(1, 9999)).Subject);
        Assert.Equal("top-level design 2020–2020", Calc.CheckTopLevelDesign(new TopLevelDesign(2020, 2020)).Subject);
    }

    [Fact]
    public void Parameters_EveryCheck_WordForWord()
    {
        var codes = "(one of " + string.Join(", ", Texts.CheckCodes) + ")";
        Assert.Equal(
            new[]
            {
                "version: is required and must not be blank",
                "source: is required",
                "qualifiedDesignThreshold: " + AmountBounds + " (got -1)",
                "supervisionThreshold: " + AmountBounds + " (got 1000000000000000.01)",
                "designerCertificateTypes: is required",
                "designerGrades[1]: repeats ClassA",
                "supervisorCertificateType: is not one of InformationEngineeringSupervision, Other (got the undefined value 9)",
                "supervisorGrades: must list at least one value",
                "postEvaluationCertificateTypes[0]: is not one of EngineeringConsulting, EngineeringDesign, Other (got the undefined value 9)",
                "designSubmissionWorkingDays: must be between 1 and 10000 (got 0)",
                "fundsReviewLetterWorkingDays: must be between 1 and 10000 (got 10001)",
                "maxDesignRevisions: must be between 0 and 100 (got -1)",
                "designReviewCutoffMonth: must be 1 to 12 (got 13)",
                "alternatePromotionCutoffDay: must be a day that exists in month 2 of every year (got 29)",
                "minExperts: must be between 1 and 1000 (got 0)",
                "trialMinimumDays: must be between 1 and 36600 (got 36601)",
                "warrantyMinimumYears: must be between 1 and 100 (got 101)",
                "topLevelDesignMinimumYears: must be between 1 and 100 (got 0)",
                "supervisionBudgetBasis: is not one of ApprovedElseDeclared, Declared (got the undefined value 9)",
                "departureChecks[0]: is not a check code " + codes,
                "departureChecks[2]: repeats warranty",
                "departureChecks[3]: is not a check code " + codes,
            },
            ParameterMessages(SmartHaidianParameters.Gazette2017 with
            {
                Version = " ",
                Source = null!,
                QualifiedDesignThreshold = -1m,
                SupervisionThreshold = 1_000_000_000_000_000.01m,
                DesignerCertificateTypes = null!,
                DesignerGrades = new[] { QualificationGrade.ClassA, QualificationGrade.ClassA },
                SupervisorCertificateType = (SupervisorCertificateType)9,
                SupervisorGrades = Array.Empty<QualificationGrade>(),
                PostEvaluationCertificateTypes = new[] { (CertificateType)9 },
                DesignSubmissionWorkingDays = 0,
                FundsReviewLetterWorkingDays = 10_001,
                MaxDesignRevisions = -1,
                DesignReviewCutoffMonth = 13,
                AlternatePromotionCutoffMonth = 2,
                AlternatePromotionCutoffDay = 29,
                MinExperts = 0,
                TrialMinimumDays = 36_601,
                WarrantyMinimumYears = 101,
                TopLevelDesignMinimumYears = 0,
                SupervisionBudgetBasis = (SupervisionBudgetBasis)9,
                DepartureChecks = new[] { "x", "warranty", "warranty", null! },
            }));
        Assert.Equal(
            new[] { "departureChecks: is required", "designReviewCutoffMonth: must be 1 to 12 (got 0)", "alternatePromotionCutoffDay: must be a day that exists in month 4 of every year (got 0)" }.OrderBy(s => s, StringComparer.Ordinal),
            ParameterMessages(SmartHaidianParameters.Gazette2017 with { DepartureChecks = null!, DesignReviewCutoffMonth = 0, AlternatePromotionCutoffMonth = 4, AlternatePromotionCutoffDay = 0 }).OrderBy(s => s, StringComparer.Ordinal));
        Assert.Equal(
            new[] { "alternatePromotionCutoffDay: must be a day that exists in month 4 of every year (got 31)" },
            ParameterMessages(SmartHaidianParameters.Gazette2017 with { AlternatePromotionCutoffMonth = 4, AlternatePromotionCutoffDay = 31 }));

        // why: every bound itself is accepted
        Assert.Empty(ParameterMessages(SmartHaidianParameters.Gazette2017 with
        {
            QualifiedDesignThreshold = 0m, SupervisionThreshold = SmartHaidianCalculator.MaximumAmount, DesignSubmissionWorkingDays = 10_000, FundsReviewLetterWorkingDays = 1,
            MaxDesignRevisions = 100, MinExperts = 1_000, TrialMinimumDays = 36_600, WarrantyMinimumYears = 100, TopLevelDesignMinimumYears = 100,
            DesignReviewCutoffMonth = 12, DesignReviewCutoffDay = 31, AlternatePromotionCutoffMonth = 1, AlternatePromotionCutoffDay = 1, DepartureChecks = Array.Empty<string>(),
        }));
        Assert.Empty(ParameterMessages(SmartHaidianParameters.Gazette2017 with
        {
            MaxDesignRevisions = 0, MinExperts = 1, TrialMinimumDays = 1, WarrantyMinimumYears = 1, TopLevelDesignMinimumYears = 1, DesignSubmissionWorkingDays = 1,
            AlternatePromotionCutoffMonth = 2, AlternatePromotionCutoffDay = 28,
        }));
    }
}
