using Haidian.Rules.FundFees;

namespace Haidian.Rules.Tests.FundFees;

/// <summary>Compliance reports: severities never conflated, departures never reported as compliant, decisions, not-assessed facts.</summary>
public sealed partial class FundFeesTests
{
    internal static ParticipatingFundTerms CompliantFund => new(
        "海淀文创一号基金",
        new LocalDate(2018, 6, 1),
        GuideSubscribed: 24_000_000m,
        Contributors: new[]
        {
            new Contributor("甲投资公司", 30_000_000m),
            new Contributor("乙投资公司", 20_000_000m),
            new Contributor("丙投资公司", 10_000_000m),   // exactly 1000万元: 不低于 includes it
            new Contributor("管理机构", 6_000_000m, ContributorRole.ManagerOrControllingShareholder),   // the manager is exempt from the minimum
            new Contributor("区属国企", 10_000_000m, ContributorRole.Government),   // government: not counted among the 3–15, still needs 1000万元
        },
        TermYears: 8m,
        Extended: false,
        RegisteredAndTaxedInHaidian: true,
        HaidianCulturalInvestment: 50_000_000m,   // exactly 50% of 100,000,000
        Manager: new ManagerProfile("管理机构", true, new[] { 3m, 5m, 10m }, true, false),
        AnnualManagerFeeRate: 0.02m,
        CarryShare: 0.7m,
        CarryApprovedByDistrictGovernment: true,
        Charter: new CharterClauses(true, true, true, true),
        ReviewCommitteeMembers: 7,
        PublicNoticeDays: 7);

    internal static DevelopmentFundTerms CompliantDevelopmentFund => new(
        "海淀区建设发展基金（有限合伙）",
        new LocalDate(2018, 1, 2),
        LimitedPartnership: true,
        TermYears: 5m,
        ManagerRegisteredCapital: 30_000_000m,
        ManagerMeetsAmacRequirements: true,
        ManagerFilingCompleted: true,
        Committee: new CommitteeComposition(2, 2, 1),
        AnnualManagementFeeRate: 0.002m,
        CustodianHasCustodyQualification: true,
        CentreReturnsReinvested: true);

    [Fact]
    public void CheckParticipatingFund_EveryLimitMetExactlyAtItsBoundary_IsCompliant()
    {
        var report = GuideFund.CheckParticipatingFund(CompliantFund);
        Assert.Equal(ComplianceVerdict.Compliant, report.Verdict);
        Assert.All(report.Findings, f => Assert.Equal(FindingStatus.Met, f.Status));
        Assert.Equal(22, report.Findings.Count);
    }

    [Fact]
    public void CheckParticipatingFund_ADepartureWithoutDecision_IsNeverCompliant()
    {
        var report = GuideFund.CheckParticipatingFund(CompliantFund with { AnnualManagerFeeRate = 0.025m });
        Assert.Equal(ComplianceVerdict.DeparturesAwaitingDecision, report.Verdict);
        Assert.Equal(0, report.Violations);
        Assert.Equal(1, report.Departures);
        var f = report.Findings.Single(x => x.Status == FindingStatus.Breached);
        Assert.Equal(("guide.managerFeeRate", Severity.Departure), (f.Code, f.Severity));
    }

    [Fact]
    public void CheckParticipatingFund_ADepartureAllowedByADecision_IsListedAndNotCalledCompliant()
    {
        var report = GuideFund.CheckParticipatingFund(CompliantFund with
        {
            AnnualManagerFeeRate = 0.025m,
            Decisions = new[] { new DepartureDecision("guide.managerFeeRate", "区政府常务会议纪要〔2018〕5号") },
        });
        Assert.Equal(ComplianceVerdict.CompliantWithApprovedDepartures, report.Verdict);
        Assert.Equal(1, report.ApprovedDepartures);
        Assert.Equal("区政府常务会议纪要〔2018〕5号", report.Findings.Single(x => x.Code == "guide.managerFeeRate").ApprovedBy);
    }

    [Fact]
    public void CheckParticipatingFund_ViolationsAndDepartures_AreCountedSeparately()
    {
        var report = GuideFund.CheckParticipatingFund(CompliantFund with
        {
            TermYears = 11m,                       // over 8 without extension (departure) and over 10 (violation)
            RegisteredAndTaxedInHaidian = false,   // departure (原则上)
            HaidianCulturalInvestment = 49_999_999.99m,   // violation: 1 fen below 50%
            CarryShare = 0.7000001m,               // violation
        });
        Assert.Equal(ComplianceVerdict.NonCompliant, report.Verdict);
        Assert.Equal(3, report.Violations);
        Assert.Equal(2, report.Departures);
        Assert.All(report.Findings.Where(f => f.IsViolation), f => Assert.Equal(Severity.Violation, f.Severity));
    }

    [Fact]
    public void CheckParticipatingFund_InvestorRules()
    {
        var fewInvestors = CompliantFund with
        {
            Contributors = new[]
            {
                new Contributor("甲", 60_000_000m),
                new Contributor("乙", 9_999_999.99m),
                new Contributor("管理机构", 6_000_000m, ContributorRole.ManagerOrControllingShareholder),
            },
            HaidianCulturalInvestment = 60_000_000m,
        };
        var report = GuideFund.CheckParticipatingFund(fewInvestors);
        Assert.Equal(FindingStatus.Met, report.Findings.Single(f => f.Code == "guide.investorCount").Status);   // 3 (含) counts
        Assert.True(report.Findings.Single(f => f.Code == "guide.investorMinimum").IsViolation);
        var noManager = GuideFund.CheckParticipatingFund(CompliantFund with { Contributors = CompliantFund.Contributors.Where(c => c.Role != ContributorRole.ManagerOrControllingShareholder).ToArray() });
        Assert.True(noManager.Findings.Single(f => f.Code == "guide.managerSubscribes").IsViolation);
        Assert.True(noManager.Findings.Single(f => f.Code == "guide.investorCount").Status == FindingStatus.Met);
    }

    [Fact]
    public void CheckParticipatingFund_MissingFacts_AreNotAssessed_AndTheVerdictIsIncomplete()
    {
        var report = GuideFund.CheckParticipatingFund(CompliantFund with { Manager = null, PublicNoticeDays = null });
        Assert.Equal(ComplianceVerdict.Incomplete, report.Verdict);
        Assert.Equal(5, report.NotAssessed);
    }

    [Fact]
    public void CheckParticipatingFund_PaidInShare_IsRecheckedAtEachCapitalCall()
    {
        var report = GuideFund.CheckParticipatingFund(CompliantFund with
        {
            CapitalCalls = new[]
            {
                new CapitalCall(new LocalDate(2018, 3, 1), 10_000_000m, new Payment[] { new("甲投资公司", 20_000_000m), new("乙投资公司", 10_000_000m) }),   // exactly 25%
                new CapitalCall(new LocalDate(2018, 5, 1), 5_000_000.01m, new Payment[] { new("丙投资公司", 10_000_000m), new("区属国企", 5_000_000m) }),   // 15,000,000.01 of 60,000,000.01: just above
            },
        });
        var shares = report.Findings.Where(f => f.Code == "guide.paidInShare").ToArray();
        Assert.Equal(new[] { FindingStatus.Met, FindingStatus.Breached }, shares.Select(s => s.Status!.Value));
        Assert.Equal(ComplianceVerdict.NonCompliant, report.Verdict);
        Assert.Equal(FindingStatus.Met, report.Findings.Single(f => f.Code == "guide.share").Status);   // why: the subscribed basis is still checked, and holds
    }

    [Fact]
    public void CheckParticipatingFund_ADecisionCannotAllowAViolation()
    {
        var ex = Assert.Throws<ValidationException>(() => GuideFund.CheckParticipatingFund(CompliantFund with
        {
            Decisions = new[] { new DepartureDecision("guide.share", "区长专题会"), new DepartureDecision("no.such-rule", "x") },
        }));
        Assert.Equal(new[] { "decisions[0].code", "decisions[1].code" }, ex.Errors.Select(e => e.Path));
    }

    [Fact]
    public void CheckTerms_DevelopmentFundAtEveryBoundary_IsCompliant_AndEachBreachHasItsSeverity()
    {
        Assert.Equal(ComplianceVerdict.Compliant, Development.CheckTerms(CompliantDevelopmentFund).Verdict);
        var report = Development.CheckTerms(CompliantDevelopmentFund with
        {
            TermYears = 4.9m,
            ManagerRegisteredCapital = 29_999_999.99m,
            Committee = new CommitteeComposition(3, 2, 1),
            AnnualManagementFeeRate = 0.0021m,
        });
        Assert.Equal(ComplianceVerdict.NonCompliant, report.Verdict);
        Assert.Equal(new[] { "dev.managerCapital" }, report.Findings.Where(f => f.IsViolation).Select(f => f.Code));
        Assert.Equal(new[] { "dev.term", "dev.committeeSize", "dev.committeeComposition", "dev.managementFeeRate" }, report.Findings.Where(f => f.IsDeparture).Select(f => f.Code));
    }

    [Fact]
    public void CheckInvestment_DevelopmentFundProject_NeedsExpertReviewAndThreeFifths()
    {
        var ok = Development.CheckInvestment(new ProjectInvestment("棚户区改造项目", true, new CommitteeVote(5, 3, new CommitteeComposition(2, 2, 1)), true, true, true), Day2018);
        Assert.Equal(ComplianceVerdict.Compliant, ok.Verdict);
        var bad = Development.CheckInvestment(new ProjectInvestment("园区项目", false, new CommitteeVote(5, 2), FitsFundDirection: false), Day2018);
        Assert.Equal(new[] { "dev.investment.expertReview", "dev.investment.committeeApproval" }, bad.Findings.Where(f => f.IsViolation).Select(f => f.Code));
        Assert.True(bad.Findings.Single(f => f.Code == "dev.investment.direction").IsDeparture);
    }

    [Fact]
    public void ManagementFeeCap_FeeLargerThanTheReturns_IsADeparture()
    {
        var result = Development.ManagementFeeCap(F1Request(1_000_000m) with { PeriodReturns = 999_999.99m });
        Assert.True(result.WithinCap);
        Assert.False(result.WithinReturns);
        Assert.True(result.Findings.Single(f => f.Code == "dev.feeFromReturns").IsDeparture);
    }

    [Fact]
    public void CheckManager_AndCustodianBank_Boundaries()
    {
        var manager = GuideFund.CheckManager(new ManagerProfile("管理机构", true, new[] { 3m, 3m, 2.99m }, true, false), Day2018);
        Assert.True(manager.Findings.Single(f => f.Code == "guide.managerSeniorStaff").IsViolation);   // only two with 3 years or more
        var bank = new CustodianBankProfile("某国有银行海淀支行", new LocalDate(2013, 6, 1), true, true, true, false);
        Assert.Equal(ComplianceVerdict.Compliant, GuideFund.CheckCustodianBank(bank, new LocalDate(2018, 6, 1)).Verdict);   // 5 years on the corresponding day
        var young = GuideFund.CheckCustodianBank(bank, new LocalDate(2018, 5, 31));
        Assert.True(young.Findings.Single(f => f.Code == "guide.custodianAge").IsViolation);
    }

    [Theory]
    [InlineData(InvestmentKind.UnlistedEquity, false, false, false, "")]
    [InlineData(InvestmentKind.ListedEquity, false, false, true, "（一）")]
    [InlineData(InvestmentKind.ListedEquity, false, true, false, "")]            // post-IPO holding of its own investee
    [InlineData(InvestmentKind.RealEstate, false, false, true, "（二）")]
    [InlineData(InvestmentKind.WealthManagementProducts, false, false, true, "（四）")]
    [InlineData(InvestmentKind.UnlistedEquity, true, false, true, "（九）")]       // reinvesting proceeds during the term
    [InlineData(InvestmentKind.Stocks, true, false, true, "（四）（九）")]
    public void CheckInvestment_ProhibitedCategories(InvestmentKind kind, bool fromProceeds, bool heldBefore, bool prohibited, string clauses)
    {
        var verdict = GuideFund.CheckInvestment(new ProposedInvestment("拟投资项目", kind, fromProceeds, heldBefore), Day2018);
        Assert.Equal(prohibited, verdict.Prohibited);
        Assert.Equal(clauses, string.Concat(verdict.Categories.Select(c => c.Clause)));
        Assert.Equal("第二十四条" + clauses, verdict.Citation.Article);
    }

    [Fact]
    public void EveryInvestmentKindButUnlistedEquity_FallsInExactlyOneCategory()
    {
        foreach (var kind in Enum.GetValues<InvestmentKind>().Where(k => k != InvestmentKind.UnlistedEquity))
        {
            Assert.Single(GuideFund.CheckInvestment(new ProposedInvestment("x", kind), Day2018).Categories);
        }
    }
}
