using Haidian.Rules.Deadlines;
using Haidian.Rules.SmartHaidian;
using Haidian.Rules.Tests.Core;
using static Haidian.Rules.Tests.SmartHaidian.SmartHaidianRecords;

namespace Haidian.Rules.Tests.SmartHaidian;

/// <summary>Bad input: every problem at once with its path and code (spec 07 C3), the in-force check first, nothing partially computed.</summary>
public sealed partial class SmartHaidianCalculatorTests
{
    private static IReadOnlyList<ValidationError> Errors(ProjectRecord r) => Assert.Throws<ValidationException>(() => Calc.CheckProject(r)).Errors;

    private static void Has(IReadOnlyList<ValidationError> errors, string path, ErrorCode code) =>
        Assert.True(errors.Any(e => e.Path == path && e.Code == code), $"expected {code} at {path}; got: {string.Join("; ", errors)}");

    [Fact]
    public void CheckProject_ThreeProblems_AreReportedTogetherWithTheirCodes()
    {
        var errors = Errors(P() with
        {
            Budget = new ProjectBudget(-1m),
            KickOffOn = D(2020, 2, 1),
            Contracts = new[] { new ProjectContract(ContractKind.Construction, D(2019, 3, 1), D(2019, 2, 28)) },
        });
        Assert.Equal(3, errors.Count);
        Has(errors, "budget.declared", ErrorCode.OutOfRange);
        Has(errors, "kickOffOn", ErrorCode.Inconsistent);
        Has(errors, "contracts[0].filedOn", ErrorCode.Inconsistent);
    }

    [Fact]
    public void CheckProject_InForceCheckRunsFirst_EvenWithOtherProblems()
    {
        Assert.Throws<NotInForceException>(() => Calc.CheckProject(P() with { AsOf = D(2017, 6, 20), Budget = new ProjectBudget(-1m) }));
    }

    [Fact]
    public void CheckProject_EventsThatCannotPrecedeTheirTrigger_AreInconsistent()
    {
        var versions = new[]
        {
            new DesignVersion(D(2018, 5, 9), D(2018, 5, 1), ReviewResult.Failed),              // reviewed before submitted
            new DesignVersion(D(2018, 4, 30), D(2018, 7, 16), ReviewResult.Passed),            // submitted before the previous review
            new DesignVersion(D(2018, 7, 20), D(2018, 7, 30), ReviewResult.Failed),            // after a pass
        };
        var errors = Errors(P() with
        {
            Design = P().Design! with { Versions = versions },
            FundsReviewLetterReceivedOn = D(2018, 9, 13),                                       // received before issued
            SentToFinanceOn = D(2018, 9, 12),                                                   // sent before received
            Trial = P().Trial! with { PassedOn = D(2019, 9, 22) },                              // passed before started
            Warranty = new Warranty(D(2019, 12, 10), D(2019, 12, 9)),                           // ends before it runs
        });
        Has(errors, "design.versions[0].reviewedOn", ErrorCode.Inconsistent);
        Has(errors, "design.versions[1].submittedOn", ErrorCode.Inconsistent);
        Has(errors, "design.versions[2]", ErrorCode.Inconsistent);
        Has(errors, "fundsReviewLetterReceivedOn", ErrorCode.Inconsistent);
        Has(errors, "sentToFinanceOn", ErrorCode.Inconsistent);
        Has(errors, "trial.passedOn", ErrorCode.Inconsistent);
        Has(errors, "warranty.endsOn", ErrorCode.Inconsistent);
        Assert.Equal(7, errors.Count);
    }

    [Fact]
    public void CheckProject_TermsMayBeLaterThanAsOf_EventsMayNot()
    {
        Assert.Empty(Check(P() with { Final = P().Final! with { ContractualApplicationDate = D(2021, 1, 1) } }).Findings);
        Has(Errors(P() with { Warranty = new Warranty(D(2020, 1, 16), D(2022, 1, 16)) }), "warranty.runsFrom", ErrorCode.Inconsistent);
        Has(Errors(P() with { ProgressReports = new[] { new YearMonth(2020, 2) } }), "progressReports[0]", ErrorCode.Inconsistent);
    }

    [Fact]
    public void CheckProject_RequiredAndInconsistentCombinations()
    {
        var errors = Errors(P() with
        {
            Design = P().Design! with { DrafterCertificate = null },
            Supervision = new Supervision(true),
            Final = P().Final! with { Organiser = AcceptanceOrganiser.PurchasingUnit },
            PromotedToFormalOn = D(2019, 7, 1),
            Preliminary = new PreliminaryAcceptance(Experts: 3, Passed: true),
        });
        Has(errors, "design.drafterCertificate", ErrorCode.Required);
        Has(errors, "supervision.certificate", ErrorCode.Required);
        Has(errors, "final.organiser", ErrorCode.Inconsistent);
        Has(errors, "promotedToFormalOn", ErrorCode.Inconsistent);
        Has(errors, "preliminary.experts", ErrorCode.Inconsistent);
        Has(errors, "preliminary.passed", ErrorCode.Inconsistent);
        Has(Errors(P() with { Design = P().Design! with { Drafter = Drafter.Self } }), "design.drafterCertificate", ErrorCode.Inconsistent);
        Has(Errors(P() with { Preliminary = P().Preliminary! with { Experts = -1 } }), "preliminary.experts", ErrorCode.OutOfRange);
    }

    [Fact]
    public void CheckProject_UndefinedEnumValues_AreInvalidValueWithTheirPath()
    {
        var errors = Errors(P() with
        {
            ProjectType = (ProjectType)99,
            Design = P().Design! with { DrafterCertificate = new Certificate((CertificateType)99, (QualificationGrade)99, true) },
            DeepenedDesign = new[] { (DeepenedDesignComponent)99 },
            Final = P().Final! with { Organiser = (AcceptanceOrganiser)99 },
        });
        Has(errors, "projectType", ErrorCode.InvalidValue);
        Has(errors, "design.drafterCertificate.type", ErrorCode.InvalidValue);
        Has(errors, "design.drafterCertificate.grade", ErrorCode.InvalidValue);
        Has(errors, "deepenedDesign[0]", ErrorCode.InvalidValue);
        Has(errors, "final.organiser", ErrorCode.InvalidValue);
        var list = Assert.Throws<ValidationException>(() => Calc.CheckDraftList(List2019() with { Entries = new[] { new DraftListEntry("A", (ListCategory)99, (FundingSource)99, 1m) } })).Errors;
        Has(list, "entries[0].category", ErrorCode.InvalidValue);
        Has(list, "entries[0].fundingSource", ErrorCode.InvalidValue);
    }

    [Fact]
    public void CheckDraftList_DuplicateIdsNegativeSizeAndYears()
    {
        var errors = Assert.Throws<ValidationException>(() => Calc.CheckDraftList(new DraftList(2019, -1m, new[]
        {
            new DraftListEntry("A", ListCategory.Planned, FundingSource.SpecialFund, 1m),
            new DraftListEntry("A", ListCategory.Alternate, FundingSource.SpecialFund, -2m),
        }))).Errors;
        Has(errors, "specialFundSize", ErrorCode.OutOfRange);
        Has(errors, "entries[1].projectId", ErrorCode.Inconsistent);
        Has(errors, "entries[1].budget", ErrorCode.OutOfRange);
        Assert.Throws<NotInForceException>(() => Calc.CheckDraftList(List2019() with { Year = 2016 }));
        Has(Assert.Throws<ValidationException>(() => Calc.CheckTopLevelDesign(new TopLevelDesign(2020, 2019))).Errors, "lastYear", ErrorCode.Inconsistent);
        Has(Assert.Throws<ValidationException>(() => Calc.CheckTopLevelDesign(new TopLevelDesign(0, 2019))).Errors, "firstYear", ErrorCode.OutOfRange);
    }

    [Fact]
    public void CheckProject_AWorkingDayDeadlineInAYearWithoutSchedule_IsNoScheduleAtTheTriggersPath()
    {
        var r = Early(D(2026, 12, 30)) with { ProposalSubmittedOn = D(2026, 11, 1), ReservePoolNotifiedOn = D(2026, 12, 1), ListApprovedOn = D(2026, 12, 28) };
        var errors = Errors(r);
        Has(errors, "reservePoolNotifiedOn", ErrorCode.NoSchedule);
        Has(errors, "listApprovedOn", ErrorCode.NoSchedule);
        Assert.All(errors, e => Assert.Equal(ErrorCode.NoSchedule, e.Code));
        var extended = new SmartHaidianCalculator(SmartHaidianParameters.Gazette2017, WorkingDayCalendar.WeekendsOnly);
        Assert.Equal(StepStatus.Pending, extended.CheckProject(r).Step("kickOffDeadline").Status);
    }

    [Fact]
    public void CheckProject_NullArguments_AreArgumentNullExceptions()
    {
        Assert.Throws<ArgumentNullException>(() => Calc.CheckProject(null!));
        Assert.Throws<ArgumentNullException>(() => Calc.CheckDraftList(null!));
        Assert.Throws<ArgumentNullException>(() => Calc.CheckTopLevelDesign(null!));
        Assert.Throws<ArgumentNullException>(() => new SmartHaidianCalculator(null!));
        Assert.Throws<ArgumentNullException>(() => new SmartHaidianCalculator(SmartHaidianParameters.Gazette2017, null!));
    }

    [Fact]
    public void Contract_EachRequiredFieldIsRequired_ForEveryInputAndTheParameters()
    {
        Assert.True(ContractAssert.EachRequiredFieldIsRequired<ProjectRecord>(HaidianJson.Serialize(P() with { Stop = new ConstructionStop(D(2019, 6, 1)), Adjustments = new[] { new Adjustment(AdjustmentKind.Budget, D(2019, 5, 6), D(2019, 5, 6), true) } })) >= 30);
        Assert.True(ContractAssert.EachRequiredFieldIsRequired<DraftList>(HaidianJson.Serialize(List2019(alternate: true))) >= 7);
        Assert.Equal(2, ContractAssert.EachRequiredFieldIsRequired<TopLevelDesign>(HaidianJson.Serialize(new TopLevelDesign(2018, 2020))));
        Assert.True(ContractAssert.EachRequiredFieldIsRequired<SmartHaidianParameters>(HaidianJson.Serialize(SmartHaidianParameters.Gazette2017)) >= 30);
    }

    [Fact]
    public void Contract_JsonWithThreeProblems_ReportsAllThreeWithCodes()
    {
        var json = HaidianJson.Serialize(P()).Replace("\"asOf\": \"2020-01-15\",", string.Empty, StringComparison.Ordinal)
            .Replace("\"projectType\": \"Informatisation\"", "\"projectType\": \"Hardware\"", StringComparison.Ordinal)
            .Replace("\"major\": true,", "\"major\": true, \"priority\": 1,", StringComparison.Ordinal);
        var errors = Assert.Throws<ValidationException>(() => HaidianJson.Deserialize<ProjectRecord>(json)).Errors;
        Has(errors, "asOf", ErrorCode.Required);
        Has(errors, "projectType", ErrorCode.InvalidValue);
        Has(errors, "priority", ErrorCode.UnknownField);
        Assert.Contains("Informatisation, OfficeHardwarePurchase", errors.Single(e => e.Path == "projectType").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parameters_Gazette2017_IsSoundAndMatchesTheDeadlinesModulesRules()
    {
        var p = SmartHaidianParameters.Gazette2017;
        Assert.Empty(p.Validate());
        var rules = DeadlineParameters.Gazette2017;
        Assert.Equal(
            (rules.SmartHaidianPreliminaryDesign.Amount, rules.SmartHaidianFundsReviewLetter.Amount, rules.SmartHaidianSendToFinanceBureau.Amount, rules.SmartHaidianKickOffMeeting.Amount, rules.SmartHaidianContractFiling.Amount, rules.SmartHaidianPreliminaryAcceptance.Amount, rules.SmartHaidianTrialOperation.Amount, rules.SmartHaidianFinalAcceptance.Amount, rules.SmartHaidianWarranty.Amount),
            (p.DesignSubmissionWorkingDays, p.FundsReviewLetterWorkingDays, p.SendToFinanceWorkingDays, p.KickOffWorkingDays, p.ContractFilingWorkingDays, p.PreliminaryAcceptanceWorkingDays, p.TrialMinimumDays, p.FinalAcceptanceWorkingDays, p.WarrantyMinimumYears));
        Assert.Equal((new LocalDate(2017, 6, 21), "第四十三条"), (p.InForceFrom, p.Source.Article));
        Assert.Equal(rules.SmartHaidianPreliminaryDesign.InForceFrom, p.InForceFrom);
    }

    [Fact]
    public void Parameters_Validate_ReportsEveryProblemWithItsPath()
    {
        var bad = SmartHaidianParameters.Gazette2017 with
        {
            Version = " ",
            QualifiedDesignThreshold = -1m,
            DesignSubmissionWorkingDays = 0,
            DesignReviewCutoffMonth = 2,
            DesignReviewCutoffDay = 29,
            DesignerGrades = new[] { QualificationGrade.ClassA, QualificationGrade.ClassA },
            SupervisorGrades = Array.Empty<QualificationGrade>(),
            MinExperts = 0,
            DepartureChecks = new[] { "kickOff" },
        };
        var errors = bad.Validate();
        Has(errors, "version", ErrorCode.Required);
        Has(errors, "qualifiedDesignThreshold", ErrorCode.OutOfRange);
        Has(errors, "designSubmissionWorkingDays", ErrorCode.OutOfRange);
        Has(errors, "designReviewCutoffDay", ErrorCode.OutOfRange);
        Has(errors, "designerGrades[1]", ErrorCode.Inconsistent);
        Has(errors, "supervisorGrades", ErrorCode.Required);
        Has(errors, "minExperts", ErrorCode.OutOfRange);
        Has(errors, "departureChecks[0]", ErrorCode.InvalidValue);
        Assert.Equal(8, errors.Count);
        var thrown = Assert.Throws<ValidationException>(() => new SmartHaidianCalculator(bad));
        Assert.Contains(thrown.Errors, e => e.Path == "versions[0].minExperts");
    }
}
