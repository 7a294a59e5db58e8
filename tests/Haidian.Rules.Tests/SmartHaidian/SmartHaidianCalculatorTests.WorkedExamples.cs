using Haidian.Rules.SmartHaidian;
using static Haidian.Rules.Tests.SmartHaidian.SmartHaidianRecords;

namespace Haidian.Rules.Tests.SmartHaidian;

/// <summary>The worked examples SH1–SH10 of spec 09, each a named test with its exact figures.</summary>
public sealed partial class SmartHaidianCalculatorTests
{
    private static readonly SmartHaidianCalculator Calc = new();

    private static ComplianceReport Check(ProjectRecord r) => Calc.CheckProject(r);

    [Fact]
    public void SH1_BaseRecordP_HasNoFindingsAndTheTimelineOfSpec09()
    {
        var r = Check(P());
        Assert.Empty(r.Findings);
        Assert.True(r.Compliant);
        Assert.Equal(ProjectScope.InScope, r.Scope);
        Assert.Equal(ProjectStatus.Open, r.Status);
        Assert.Empty(r.NotApplicable);
        void Is(string code, LocalDate? trigger, LocalDate? last, LocalDate? done)
        {
            var s = r.Step(code);
            Assert.Equal((trigger, last, done, StepStatus.OnTime), (s.Trigger, s.LastDay, s.Done, s.Status));
        }

        Is("designDeadline", D(2018, 3, 5), D(2018, 5, 9), D(2018, 5, 9));
        Is("draftListEligibility", D(2018, 9, 3), D(2018, 8, 31), D(2018, 7, 16));
        Is("fundsReviewLetterDeadline", D(2018, 9, 3), D(2018, 9, 17), D(2018, 9, 14));
        Is("sendToFinanceDeadline", D(2018, 9, 14), D(2018, 9, 19), D(2018, 9, 19));
        Is("kickOffDeadline", D(2019, 1, 8), D(2019, 1, 15), D(2019, 1, 15));
        var contracts = r.Steps.Where(s => s.Code == "contractFiling").ToArray();
        Assert.Equal(new LocalDate?[] { D(2019, 3, 12), D(2019, 3, 12) }, contracts.Select(s => s.LastDay));
        Assert.Equal(new LocalDate?[] { D(2019, 3, 12), D(2019, 3, 8) }, contracts.Select(s => s.Done));
        Assert.All(contracts, s => Assert.Equal(StepStatus.OnTime, s.Status));
        Assert.Equal(StepStatus.OnTime, r.Step("progressReports").Status);
        Assert.Contains("9 month(s) due (2019-03 … 2019-11", r.Step("progressReports").Arithmetic, StringComparison.Ordinal);
        Is("preliminaryDeadline", D(2019, 9, 10), D(2019, 10, 8), D(2019, 9, 20));
        Is("trialDuration", D(2019, 9, 23), D(2019, 11, 22), D(2019, 11, 25));
        Is("finalDeadline", D(2019, 11, 25), D(2019, 12, 23), D(2019, 12, 10));
        Is("warranty", D(2019, 12, 10), D(2021, 12, 10), D(2021, 12, 10));

        // The 45 working days skip Qingming (04-05..07) and May Day (04-29..05-01) and count the make-up days 04-08 (Sun) and 04-28 (Sat).
        var design = r.Step("designDeadline").Deadline!;
        Assert.Contains(design.HolidayDays, h => h.Date == D(2018, 4, 8) && h.Kind == Haidian.Rules.Deadlines.DayKind.MakeupWorkday);
        Assert.Contains(design.HolidayDays, h => h.Date == D(2018, 4, 28) && h.Kind == Haidian.Rules.Deadlines.DayKind.MakeupWorkday);
        Assert.Contains(design.HolidayDays, h => h.Date == D(2018, 4, 30) && h.Kind == Haidian.Rules.Deadlines.DayKind.DayOff);

        // The 15 working days skip Mid-Autumn and National Day and count the make-up Sunday 09-29.
        var preliminary = r.Step("preliminaryDeadline").Deadline!;
        Assert.Contains(preliminary.HolidayDays, h => h.Date == D(2019, 9, 29) && h.Kind == Haidian.Rules.Deadlines.DayKind.MakeupWorkday);
        Assert.Contains(preliminary.HolidayDays, h => h.Date == D(2019, 10, 7) && h.Kind == Haidian.Rules.Deadlines.DayKind.DayOff);
    }

    [Fact]
    public void SH2a_JustBelowTheThreshold_SimpleSelfDraftedWithoutSupervisor_HasNoArticle14Findings()
    {
        var r = Check(P().WithoutSupervisor() with { Budget = new ProjectBudget(999_999.99m), ContentSimple = true, Design = P().Design! with { Drafter = Drafter.Self, DrafterCertificate = null } });
        Assert.DoesNotContain(r.Findings, f => f.Check is 7 or 8);
        Assert.True(r.Compliant);
    }

    [Fact]
    public void SH2b_BelowTheThresholdNotSimpleSelfDrafted_IsADesignDrafterViolation_UnlessTheReadingIsOff()
    {
        var record = P().WithoutSupervisor() with { Budget = new ProjectBudget(999_999.99m), ContentSimple = false, Design = P().Design! with { Drafter = Drafter.Self, DrafterCertificate = null } };
        var f = Assert.Single(Check(record).Findings);
        Assert.Equal(("designDrafter", Severity.Violation, Party.Unit, "第十四条第一款", 703), (f.Finding.Code, f.Finding.Severity, f.Duty, f.Finding.Citation.Article, f.GazetteLine));
        Assert.Contains("999,999.99 < 1,000,000.00", f.Arithmetic, StringComparison.Ordinal);
        var relaxed = new SmartHaidianCalculator(SmartHaidianParameters.Gazette2017 with { SelfDraftingNeedsSimpleContent = false });
        Assert.Empty(relaxed.CheckProject(record).Findings);
    }

    [Fact]
    public void SH2c_ExactlyAtTheThreshold_SelfDraftedWithoutSupervisor_IsTwoViolations()
    {
        var r = Check(P().WithoutSupervisor() with { Budget = new ProjectBudget(1_000_000.00m), Design = P().Design! with { Drafter = Drafter.Self, DrafterCertificate = null } });
        Assert.Equal(new[] { "designDrafter", "supervision" }, r.Codes());
        Assert.Contains("1,000,000.00 ≥ 1,000,000.00", r.Of("designDrafter")[0].Arithmetic, StringComparison.Ordinal);
        Assert.Contains("no supervisor", r.Of("supervision")[0].Finding.Message, StringComparison.Ordinal);
        Assert.All(r.Findings, f => Assert.Equal(Severity.Violation, f.Finding.Severity));
    }

    [Fact]
    public void SH2d_DeclaredAboveApprovedBelow_NoSupervisorIsFine_UnlessTheDeclaredBudgetIsTheBasis()
    {
        var record = P().WithoutSupervisor() with { Budget = new ProjectBudget(1_200_000.00m, 980_000.00m) };
        Assert.Empty(Check(record).Findings);
        var declared = new SmartHaidianCalculator(SmartHaidianParameters.Gazette2017 with { SupervisionBudgetBasis = SupervisionBudgetBasis.Declared });
        var f = Assert.Single(declared.CheckProject(record).Findings);
        Assert.Equal("supervision", f.Finding.Code);
        Assert.Contains("budget.declared 1,200,000.00 ≥ 1,000,000.00", f.Arithmetic, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(CertificateType.EngineeringConsulting, QualificationGrade.ClassC, true, "grade 丙级 is below 乙级")]   // grade
    [InlineData(CertificateType.EngineeringDesign, QualificationGrade.ClassA, false, "通信信息 specialty")]              // specialty
    [InlineData(CertificateType.EngineeringConsulting, QualificationGrade.ClassB, true, null)]                          // qualified
    [InlineData(CertificateType.Other, QualificationGrade.ClassA, true, "another certificate")]                           // type
    public void SH3_DesignerCertificates(CertificateType type, QualificationGrade grade, bool specialty, string? named)
    {
        var r = Check(P() with { Design = P().Design! with { DrafterCertificate = new Certificate(type, grade, specialty) } });
        if (named is null)
        {
            Assert.Empty(r.Findings);
        }
        else
        {
            var f = Assert.Single(r.Findings);
            Assert.Equal("designDrafter", f.Finding.Code);
            Assert.Contains(named, f.Finding.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void SH3_SupervisorOfGradeC_IsASupervisionViolation()
    {
        var f = Assert.Single(Check(P() with { Supervision = new Supervision(true, new SupervisorCertificate(SupervisorCertificateType.InformationEngineeringSupervision, QualificationGrade.ClassC)) }).Findings);
        Assert.Equal(("supervision", Party.Unit, "第十四条第二款"), (f.Finding.Code, f.Duty, f.Finding.Citation.Article));
        Assert.Contains("丙级", f.Finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SH3_PostEvaluationBody_AcceptsEngineeringConsultingOnly()
    {
        var design = Assert.Single(Check(P() with { PostEvaluationBody = new Certificate(CertificateType.EngineeringDesign, QualificationGrade.ClassA, true) }).Findings);
        Assert.Equal(("postEvaluationBody", Party.Office, "第三十五条", 765), (design.Finding.Code, design.Duty, design.Finding.Citation.Article, design.GazetteLine));
        Assert.Empty(Check(P() with { PostEvaluationBody = new Certificate(CertificateType.EngineeringConsulting, QualificationGrade.ClassB, true) }).Findings);
    }

    [Theory]
    [InlineData(2, true)]   // fewer than 3
    [InlineData(3, false)]
    [InlineData(4, true)]   // even
    [InlineData(5, false)]
    public void SH4_PreliminaryExperts(int experts, bool finding)
    {
        var r = Check(P() with { Preliminary = P().Preliminary! with { Experts = experts } });
        Assert.Equal(finding ? new[] { "preliminaryCommittee" } : Array.Empty<string>(), r.Codes());
    }

    [Fact]
    public void SH4_NoFinanceStaff_NamesTheRole_AndNoSupervisorOwedWithoutOne()
    {
        var r = Check(P() with { Preliminary = P().Preliminary! with { Members = AllRoles.Where(m => m != CommitteeRole.FinanceStaff).ToArray() } });
        var f = Assert.Single(r.Findings);
        Assert.Equal("preliminaryCommittee", f.Finding.Code);
        Assert.Contains("lacks FinanceStaff", f.Finding.Message, StringComparison.Ordinal);
        Assert.Equal(new[] { "supervision" }, Check(P().WithoutSupervisor()).Codes());
    }

    [Fact]
    public void SH4_FinalCommitteeAndOrganiser()
    {
        Assert.Equal(new[] { "finalCommittee" }, Check(P() with { Final = P().Final! with { Experts = 4 } }).Codes());
        var service = P() with { Major = false, PurchasedService = true, Final = P().Final! with { Organiser = AcceptanceOrganiser.PurchasingUnit, Experts = null } };
        Assert.Empty(Check(service).Findings);
        var strict = new SmartHaidianCalculator(SmartHaidianParameters.Gazette2017 with { PurchasedServiceNeedsExpertCommittee = true });
        Assert.Equal(new[] { "finalCommittee" }, strict.CheckProject(service).Codes());
        Assert.Equal(new[] { "finalOrganiser" }, Check(service with { Major = true }).Codes());
        var unit = Check(P() with { Final = P().Final! with { Organiser = AcceptanceOrganiser.Unit } });
        Assert.Equal(new[] { "finalOrganiser" }, unit.Codes());
        Assert.Equal(Party.Office, unit.Findings[0].Duty);
        Assert.Empty(Check(P() with { Major = false, Final = P().Final! with { Organiser = AcceptanceOrganiser.Unit } }).Findings);
    }

    [Fact]
    public void SH5_DesignSubmittedADayLate_IsOneWorkingDayLate()
    {
        var versions = P().Design!.Versions.ToArray();
        versions[0] = versions[0] with { SubmittedOn = D(2018, 5, 10) };
        var r = Check(P() with { Design = P().Design! with { Versions = versions } });
        var f = Assert.Single(r.Findings);
        Assert.Equal("designDeadline", f.Finding.Code);
        Assert.Contains("due 2018-05-09, 1 working day late", f.Finding.Message, StringComparison.Ordinal);
        Assert.Equal((StepStatus.Late, 1), (r.Step("designDeadline").Status, r.Step("designDeadline").WorkingDaysLate));
    }

    [Fact]
    public void SH5_KickOffAndContractFiling_OneWorkingDayLate()
    {
        var kick = Check(P() with { KickOffOn = D(2019, 1, 16) });
        Assert.Equal(("kickOffDeadline", Party.Office), (Assert.Single(kick.Findings).Finding.Code, kick.Findings[0].Duty));
        Assert.Contains("due 2019-01-15, 1 working day late", kick.Findings[0].Finding.Message, StringComparison.Ordinal);
        var contracts = P().Contracts!.ToArray();
        contracts[0] = contracts[0] with { FiledOn = D(2019, 3, 13) };
        var filing = Assert.Single(Check(P() with { Contracts = contracts }).Findings);
        Assert.Equal("contractFiling", filing.Finding.Code);
        Assert.Contains("due 2019-03-12, 1 working day late", filing.Finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SH5_MissingReportFor2019June_IsNamed()
    {
        var f = Assert.Single(Check(P() with { ProgressReports = P().ProgressReports!.Where(m => m != new YearMonth(2019, 6)).ToArray() }).Findings);
        Assert.Equal("progressReports", f.Finding.Code);
        Assert.Contains("no monthly progress report for 2019-06", f.Finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SH5_EarlyRecord_IsPendingOn20April_AndOverdueOn10May()
    {
        var pending = Check(Early(D(2018, 4, 20)));
        Assert.Empty(pending.Findings);
        Assert.Equal((StepStatus.Pending, (LocalDate?)D(2018, 5, 9)), (pending.Step("designDeadline").Status, pending.Step("designDeadline").LastDay));
        Assert.Equal(StepStatus.NotTriggered, pending.Step("fundsReviewLetterDeadline").Status);
        Assert.Equal(StepStatus.NotTriggered, pending.Step("kickOffDeadline").Status);
        var overdue = Check(Early(D(2018, 5, 10)));
        Assert.Equal(StepStatus.Overdue, overdue.Step("designDeadline").Status);
        var f = Assert.Single(overdue.Findings);
        Assert.Equal(("designDeadline", Severity.Violation), (f.Finding.Code, f.Finding.Severity));
    }

    [Fact]
    public void SH6_TrialPassedOneDayBeforeTheEarliestDay_IsOneDayShort()
    {
        var r = Check(P() with { Trial = P().Trial! with { PassedOn = D(2019, 11, 21) } });
        Assert.Equal(new[] { "trialDuration" }, r.Codes());
        Assert.Equal((StepStatus.Short, 1, (LocalDate?)D(2019, 11, 22)), (r.Step("trialDuration").Status, r.Step("trialDuration").DaysShort, r.Step("trialDuration").LastDay));
        Assert.Empty(Check(P() with { Trial = P().Trial! with { PassedOn = D(2019, 11, 22) } }).Findings);
    }

    [Fact]
    public void SH6_TrialBeforeThePreliminaryAcceptance_AndLeftoversAfterTheTrialStart()
    {
        var r = Check(P() with { Trial = P().Trial! with { StartedOn = D(2019, 9, 19) } });
        Assert.Equal(new[] { "leftoverIssues", "trialAfterPreliminary" }, r.Codes());
        Assert.Equal(Party.Contractor, r.Of("leftoverIssues")[0].Duty);
        var later = Check(P() with { Preliminary = P().Preliminary! with { LeftoverIssuesResolvedOn = D(2019, 9, 24) } });
        var f = Assert.Single(later.Findings);
        Assert.Equal(("leftoverIssues", Party.Contractor), (f.Finding.Code, f.Duty));
    }

    [Fact]
    public void SH6_Warranty_OneDayShort_AndTheLeapDayCountsPerArticle202()
    {
        var r = Check(P() with { Warranty = new Warranty(D(2019, 12, 10), D(2021, 12, 9)) });
        Assert.Equal(new[] { "warranty" }, r.Codes());
        Assert.Equal((1, (LocalDate?)D(2021, 12, 10)), (r.Step("warranty").DaysShort, r.Step("warranty").LastDay));
        var leap = Check(P() with { AsOf = D(2020, 3, 2), Warranty = new Warranty(D(2020, 2, 29), D(2022, 2, 28)) });
        Assert.Empty(leap.Findings);
        Assert.Equal(D(2022, 2, 28), leap.Step("warranty").LastDay);
    }

    private static PreliminaryDesign Revisions(params DesignVersion[] versions) => P().Design! with { Versions = versions };

    private static readonly DesignVersion V1 = new(D(2018, 4, 20), D(2018, 5, 15), ReviewResult.Failed);
    private static readonly DesignVersion V2 = new(D(2018, 5, 30), D(2018, 6, 20), ReviewResult.Failed);

    [Fact]
    public void SH7_ThirdVersionPasses_NoFinding()
    {
        Assert.Empty(Check(P() with { Design = Revisions(V1, V2, new DesignVersion(D(2018, 7, 2), D(2018, 7, 20), ReviewResult.Passed)) }).Findings);
    }

    [Fact]
    public void SH7_ThreeFailedVersions_CloseTheProject_AndAFourthIsTheOfficesViolation()
    {
        var v3 = new DesignVersion(D(2018, 7, 2), D(2018, 7, 20), ReviewResult.Failed);
        var closed = Check(Early(D(2018, 7, 31)) with { Design = Revisions(V1, V2, v3) });
        Assert.Empty(closed.Findings);
        Assert.Equal((ProjectStatus.Closed, (LocalDate?)D(2018, 7, 20)), (closed.Status, closed.ClosedOn));
        var v4 = new DesignVersion(D(2018, 8, 1), D(2018, 8, 20), ReviewResult.Passed);
        var fourth = Check(Early(D(2018, 8, 31)) with { Design = Revisions(V1, V2, v3, v4) });
        var f = Assert.Single(fourth.Findings);
        Assert.Equal(("designRevisionLimit", Party.Office), (f.Finding.Code, f.Duty));
        var selected = Check(Early(D(2018, 9, 3)) with { Design = Revisions(V1, V2, v3, v4), SelectedOn = D(2018, 9, 3) });
        Assert.Equal(new[] { "designRevisionLimit", "draftListEligibility" }, selected.Codes());
        Assert.Contains("version 4's pass is void", selected.Of("draftListEligibility")[0].Finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SH8a_NoProposal_IsADepartureUnderArticle9()
    {
        var f = Assert.Single(Check(P() with { ProposalSubmittedOn = null }).Findings);
        Assert.Equal(("reportingStages", Severity.Departure, "第九条", 691, Party.Unit), (f.Finding.Code, f.Finding.Severity, f.Finding.Citation.Article, f.GazetteLine, f.Duty));
    }

    [Fact]
    public void SH8b_AdjustmentReportedTheDayAfter_IsAViolation_AndOutsideTheAdjustedBudgetADeparture()
    {
        var r = Check(P() with { Adjustments = new[] { new Adjustment(AdjustmentKind.Budget, D(2019, 5, 6), D(2019, 5, 7), false) } });
        Assert.Equal(new[] { "adjustmentInBudget", "adjustmentInAdvance" }, r.Codes());
        Assert.Equal((Severity.Departure, Party.UnitAndOffice), (r.Of("adjustmentInBudget")[0].Finding.Severity, r.Of("adjustmentInBudget")[0].Duty));
        Assert.Equal(Severity.Violation, r.Of("adjustmentInAdvance")[0].Finding.Severity);
        var sameDay = Check(P() with { Adjustments = new[] { new Adjustment(AdjustmentKind.Budget, D(2019, 5, 6), D(2019, 5, 6), false) } });
        Assert.Equal(new[] { "adjustmentInBudget" }, sameDay.Codes());
    }

    [Fact]
    public void SH8c_PassedAfterTheAugustCutOff_IsNotEligible()
    {
        var r = Check(P() with { Design = Revisions(P().Design!.Versions[0], new DesignVersion(D(2018, 6, 20), D(2018, 9, 4), ReviewResult.Passed)), SelectedOn = D(2018, 9, 10) });
        var f = Assert.Single(r.Findings);
        Assert.Equal(("draftListEligibility", Party.Office), (f.Finding.Code, f.Duty));
        Assert.Equal((D(2018, 8, 31), 4), (r.Step("draftListEligibility").LastDay!.Value, r.Step("draftListEligibility").DaysLate!.Value));
    }

    [Fact]
    public void SH8d_AlternatePromotedOnFirstAugust_IsOneDayLate()
    {
        var alternate = P() with { DraftList = new DraftListPlacement(2019, ListCategory.Alternate) };
        var r = Check(alternate with { PromotedToFormalOn = D(2019, 8, 1) });
        var f = Assert.Single(r.Findings);
        Assert.Equal(("alternatePromotion", Party.Office), (f.Finding.Code, f.Duty));
        Assert.Contains("due 2019-07-31, 1 day late", f.Finding.Message, StringComparison.Ordinal);
        Assert.Empty(Check(alternate with { PromotedToFormalOn = D(2019, 7, 31) }).Findings);
    }

    [Fact]
    public void SH8e_DraftList_OverTheFundByOneFen_AndNoAlternate()
    {
        var r = Calc.CheckDraftList(List2019());
        Assert.Equal(new[] { "draftListFundSize", "draftListAlternates" }, r.Codes());
        var f = r.Of("draftListFundSize")[0];
        Assert.Contains("total 10,000,000.01, above the special fund's size 10,000,000.00 by 0.01", f.Finding.Message, StringComparison.Ordinal);
        Assert.Contains("6,000,000.00 + 4,000,000.01 = 10,000,000.01 > 10,000,000.00", f.Arithmetic, StringComparison.Ordinal);
        Assert.Contains("not counted: C 2,000,000.00", f.Arithmetic, StringComparison.Ordinal);
        Assert.Empty(Calc.CheckDraftList(List2019(4_000_000.00m, alternate: true)).Findings);
    }

    [Fact]
    public void SH9_OfficeHardware_IsOutOfScopeCitingArticle3()
    {
        var r = Check(P() with { ProjectType = ProjectType.OfficeHardwarePurchase, ProposalSubmittedOn = null });
        Assert.Equal((ProjectScope.OutOfScope, 0, 0), (r.Scope, r.Findings.Count, r.Steps.Count));
        Assert.Contains(r.Notes, n => n.Contains("第三条", StringComparison.Ordinal));
    }

    [Fact]
    public void SH9_SmartEducation_IsByReference_WithTheSameFindingsEachCitingArticle41()
    {
        var p = Check(P() with { SmartEducation = true });
        Assert.Equal((ProjectScope.ByReference, 0), (p.Scope, p.Findings.Count));
        var plain = Check(P() with { ProposalSubmittedOn = null, KickOffOn = D(2019, 1, 16) });
        var education = Check(P() with { ProposalSubmittedOn = null, KickOffOn = D(2019, 1, 16), SmartEducation = true });
        Assert.Equal(plain.Findings.Select(f => (f.Finding.Code, f.Finding.Severity)), education.Findings.Select(f => (f.Finding.Code, f.Finding.Severity)));
        Assert.All(education.Findings, f => Assert.Equal("第四十一条", f.AlsoCites!.Article));
        Assert.All(education.Findings, f => Assert.Contains("智慧教育", f.Finding.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void SH9_StepsTriggeredBeforeTheInForceDate_AreNotChecked_LaterOnesAre()
    {
        var record = Early(D(2017, 10, 31)) with
        {
            ProposalSubmittedOn = D(2017, 5, 10),
            ReservePoolNotifiedOn = D(2017, 6, 1),
            Design = new PreliminaryDesign(Drafter.ThirdParty, QualifiedDesigner, new[] { new DesignVersion(D(2017, 7, 20), D(2017, 8, 10), ReviewResult.Passed) }),
            SelectedOn = D(2017, 9, 4),
            FundsReviewLetterIssuedOn = D(2017, 9, 18),
        };
        var r = Check(record);
        Assert.Empty(r.Findings);
        Assert.Equal(StepStatus.NotChecked, r.Step("designDeadline").Status);
        Assert.Equal((StepStatus.OnTime, (LocalDate?)D(2017, 9, 18)), (r.Step("fundsReviewLetterDeadline").Status, r.Step("fundsReviewLetterDeadline").LastDay));
        var e = Assert.Throws<NotInForceException>(() => Check(record with { AsOf = D(2017, 6, 20) }));
        Assert.Equal(D(2017, 6, 21), e.InForceFrom);
    }

    [Fact]
    public void SH10_EmergencyProject_TwoEmergencyPathViolations_AndTheReplacedChecksNotApplicable()
    {
        var r = Check(Emergency());
        Assert.Equal(new[] { "emergencyPath", "emergencyPath" }, r.Codes());
        Assert.All(r.Findings, f => Assert.Equal(("第十八条", Severity.Violation, Party.Unit), (f.Finding.Citation.Article, f.Finding.Severity, f.Duty)));
        Assert.Contains(r.Findings, f => f.Finding.Message.Contains("no 项目建议书", StringComparison.Ordinal));
        Assert.Contains(r.Findings, f => f.Finding.Message.Contains("2 days before the 区政府 approval on 2018-05-04", StringComparison.Ordinal));
        Assert.Equal(new[] { "designDeadline", "designRevisionLimit", "draftListEligibility", "fundsReviewLetterDeadline", "sendToFinanceDeadline", "kickOffDeadline", "alternatePromotion" }, r.NotApplicable);
        Assert.All(r.Steps.Where(s => s.Check is 2 or 4 or 5 or 6 or 9), s => Assert.Equal(StepStatus.NotApplicable, s.Status));
        Assert.Equal(2, r.Step("emergencyPath").DaysLate);
    }

    [Fact]
    public void TopLevelDesign_CountsCalendarYearsWithBothEnds()
    {
        Assert.Empty(Calc.CheckTopLevelDesign(new TopLevelDesign(2018, 2020)).Findings);
        var f = Assert.Single(Calc.CheckTopLevelDesign(new TopLevelDesign(2018, 2019)).Findings);
        Assert.Equal(("topLevelDesignSpan", "第七条", 685), (f.Finding.Code, f.Finding.Citation.Article, f.GazetteLine));
        Assert.Contains("2019 − 2018 + 1 = 2 < 3", f.Arithmetic, StringComparison.Ordinal);
    }
}
