using Haidian.Rules.Deadlines;

namespace Haidian.Rules.Tests.Deadlines;

/// <summary>The parameter set's checks, each with its path and message, and each rule in one line.</summary>
public sealed class DeadlineParametersTests
{
    private static readonly DeadlineParameters Gazette = DeadlineParameters.Gazette2017;

    private static string[] Errors(DeadlineParameters p) => p.Validate().Select(e => e.ToString()).ToArray();

    [Fact]
    public void Validate_MissingCountingRules_AreEachRequired()
    {
        Assert.Equal(
            new[] { "periodStartRule: is required", "periodEndRule: is required", "restDayRule: is required" },
            Errors(Gazette with { PeriodStartRule = null!, PeriodEndRule = null!, RestDayRule = null! }));
    }

    [Fact]
    public void Validate_AMissingRule_IsRequired_AndNotCheckedFurther()
    {
        Assert.Equal(
            new[] { "fundAnnualCustodyReport: is required", "serviceHallStaffChange: is required" },
            Errors(Gazette with { FundAnnualCustodyReport = null!, ServiceHallStaffChange = null! }));
    }

    [Fact]
    public void Validate_EveryRuleMissing_IsNamedInTheSpecsOrder()
    {
        var none = new DeadlineParameters { Version = "empty" };
        Assert.Equal(
            new[]
            {
                "smartHaidianPreliminaryDesign", "smartHaidianFundsReviewLetter", "smartHaidianSendToFinanceBureau", "smartHaidianKickOffMeeting",
                "smartHaidianContractFiling", "smartHaidianPreliminaryAcceptance", "smartHaidianTrialOperation", "smartHaidianFinalAcceptance",
                "smartHaidianWarranty", "fundQuarterlyCustodyReport", "fundAnnualCustodyReport", "budgetDisclosureAfterApproval",
                "budgetConfidentialItems", "budgetRulesReplyLetter", "expropriationReconsideration", "expropriationLawsuit",
                "restaurantContractPosting", "forestSelfInspectionReport", "cultivatedLandSelfCheck", "cultivatedLandInspection", "serviceHallStaffChange",
                "smartHaidianDesignReviewCutoff", "smartHaidianAlternatePromotion", "smartHaidianLeftoverIssues",
            }.Select(n => n + ": is required"),
            Errors(none));
        Assert.Equal(new[] { "version: is required and must not be blank" }, Errors(Gazette with { Version = string.Empty }));
    }

    [Fact]
    public void Validate_ACitation_NeedsADocumentNumberOrATitle_NotBoth()
    {
        Assert.Empty(Errors(Gazette with { ExpropriationLawsuit = Gazette.ExpropriationLawsuit with { Citation = new Citation("海政发〔2017〕23号", " ", "五") } }));
        Assert.Empty(Errors(Gazette with { ExpropriationLawsuit = Gazette.ExpropriationLawsuit with { Citation = new Citation(" ", "征收决定", "五") } }));
        Assert.Equal(
            new[] { "expropriationLawsuit.citation: must name the document (number or title)" },
            Errors(Gazette with { ExpropriationLawsuit = Gazette.ExpropriationLawsuit with { Citation = new Citation(string.Empty, " ", "五") } }));
        Assert.Equal(
            new[] { "expropriationLawsuit.citation: is required" },
            Errors(Gazette with { ExpropriationLawsuit = Gazette.ExpropriationLawsuit with { Citation = null! } }));
    }

    [Fact]
    public void Validate_UnitsEachMethodAllows()
    {
        Assert.Equal(
            new[]
            {
                "smartHaidianTrialOperation.unit: a minimum duration is counted in days, months or years",
                "budgetDisclosureAfterApproval.amount: must be between 1 and 10000 working days (got 0)",
                "serviceHallStaffChange.unit: must be WorkingDays for WorkingDaysInAdvance",
            },
            Errors(Gazette with
            {
                SmartHaidianTrialOperation = Gazette.SmartHaidianTrialOperation with { Unit = PeriodUnit.WorkingDays },
                BudgetDisclosureAfterApproval = Gazette.BudgetDisclosureAfterApproval with { Unit = PeriodUnit.WorkingDays, Amount = 0 },
                ServiceHallStaffChange = Gazette.ServiceHallStaffChange with { Unit = PeriodUnit.Months },
            }));

        // A period may be counted in working days; an amount of 1 is the least accepted.
        Assert.Empty(Errors(Gazette with
        {
            BudgetDisclosureAfterApproval = Gazette.BudgetDisclosureAfterApproval with { Unit = PeriodUnit.WorkingDays, Amount = 1 },
            ExpropriationLawsuit = Gazette.ExpropriationLawsuit with { Amount = 1 },
            FundQuarterlyCustodyReport = Gazette.FundQuarterlyCustodyReport with { Amount = 1 },
        }));
        Assert.Equal(
            new[] { "fundQuarterlyCustodyReport.amount: must be between 1 and 10000 working days (got 10001)" },
            Errors(Gazette with { FundQuarterlyCustodyReport = Gazette.FundQuarterlyCustodyReport with { Amount = 10_001 } }));
    }

    [Fact]
    public void Validate_FixedDates_MustExistInEveryYear()
    {
        Assert.Equal(
            new[] { "cultivatedLandSelfCheck.day: must be a day that exists in month 2 of every year (got 29)" },
            Errors(Gazette with { CultivatedLandSelfCheck = Gazette.CultivatedLandSelfCheck with { Day = 29 } }));
        Assert.Equal(
            new[] { "cultivatedLandInspection.day: must be a day that exists in month 4 of every year (got 31)" },
            Errors(Gazette with { CultivatedLandInspection = Gazette.CultivatedLandInspection with { Day = 31 } }));
        Assert.Empty(Errors(Gazette with { CultivatedLandInspection = Gazette.CultivatedLandInspection with { Month = 1, Day = 1 } }));
    }

    [Fact]
    public void Validate_AnUnknownMethod_IsNamed()
    {
        Assert.Equal(
            new[] { "restaurantContractPosting.method: is not a known method" },
            Errors(Gazette with { RestaurantContractPosting = Gazette.RestaurantContractPosting with { Method = (DeadlineMethod)99 } }));
    }

    [Fact]
    public void NewParameters_StartFromTheCivilCodesCountingRules_AndEmptyRules()
    {
        var fresh = new DeadlineParameters();
        Assert.Equal(new Citation(string.Empty, "中华人民共和国民法典", "第二百零一条"), fresh.PeriodStartRule);
        Assert.Equal(new Citation(string.Empty, "中华人民共和国民法典", "第二百零二条"), fresh.PeriodEndRule);
        Assert.Equal(new Citation(string.Empty, "中华人民共和国民法典", "第二百零三条"), fresh.RestDayRule);
        Assert.Equal(new Citation(string.Empty, "中华人民共和国民法典", string.Empty), fresh.Source);
        Assert.Equal(string.Empty, fresh.Version);
        Assert.False(fresh.MoveFixedDatesOffRestDays);
        var rule = new DeadlineRule();
        Assert.Equal((string.Empty, string.Empty, new Citation(string.Empty, string.Empty, string.Empty)), (rule.Name, rule.Text, rule.Citation));
    }

    [Fact]
    public void Rules_ReadInOneLine_WithTheirPeriodAndClause()
    {
        Assert.Equal(
            "expropriation decision: administrative reconsideration — 60 days after the event — 海政发〔2017〕23号《北京市海淀区人民政府关于魏公村小区项目的房屋征收决定》五、联系方式 末段",
            Gazette.ExpropriationReconsideration.ToString());
        Assert.Equal("6 months after the event", Gazette.ExpropriationLawsuit.Describe());
        Assert.Equal("7 working days after the event", Gazette.SmartHaidianContractFiling.Describe());
        Assert.Equal("5 working days in advance", Gazette.ServiceHallStaffChange.Describe());
        Assert.Equal("at least 60 days", Gazette.SmartHaidianTrialOperation.Describe());
        Assert.Equal("at least 2 years", Gazette.SmartHaidianWarranty.Describe());
        Assert.Equal("within the first 10 working days of the next quarter", Gazette.FundQuarterlyCustodyReport.Describe());
        Assert.Equal("by 03-31 of the next year", Gazette.ForestSelfInspectionReport.Describe());
        Assert.Equal("by 02-15 of the next year", Gazette.CultivatedLandSelfCheck.Describe());
        Assert.Equal("1 day after the event", (Gazette.RestaurantContractPosting with { Amount = 1 }).Describe());
        Assert.Equal("at least 1 month", (Gazette.SmartHaidianWarranty with { Amount = 1, Unit = PeriodUnit.Months }).Describe());
        Assert.Equal("at least 1 year", (Gazette.SmartHaidianWarranty with { Amount = 1 }).Describe());
        Assert.Equal("1 working day after the event", (Gazette.SmartHaidianContractFiling with { Amount = 1 }).Describe());
    }

    [Fact]
    public void Rules_AreTheGazettesTwentyOne_InTheSpecsOrder_ThenTheThreeOfSpec09()
    {
        Assert.Equal(
            new[]
            {
                Gazette.SmartHaidianPreliminaryDesign, Gazette.SmartHaidianFundsReviewLetter, Gazette.SmartHaidianSendToFinanceBureau, Gazette.SmartHaidianKickOffMeeting,
                Gazette.SmartHaidianContractFiling, Gazette.SmartHaidianPreliminaryAcceptance, Gazette.SmartHaidianTrialOperation, Gazette.SmartHaidianFinalAcceptance,
                Gazette.SmartHaidianWarranty, Gazette.FundQuarterlyCustodyReport, Gazette.FundAnnualCustodyReport, Gazette.BudgetDisclosureAfterApproval,
                Gazette.BudgetConfidentialItems, Gazette.BudgetRulesReplyLetter, Gazette.ExpropriationReconsideration, Gazette.ExpropriationLawsuit,
                Gazette.RestaurantContractPosting, Gazette.ForestSelfInspectionReport, Gazette.CultivatedLandSelfCheck, Gazette.CultivatedLandInspection, Gazette.ServiceHallStaffChange,
                Gazette.SmartHaidianDesignReviewCutoff, Gazette.SmartHaidianAlternatePromotion, Gazette.SmartHaidianLeftoverIssues,
            },
            Gazette.Rules);
        Assert.Equal(
            "《中华人民共和国民法典》第二百零一条至第二百零三条",
            Gazette.CivilCode201To203().ToString());
    }
}
