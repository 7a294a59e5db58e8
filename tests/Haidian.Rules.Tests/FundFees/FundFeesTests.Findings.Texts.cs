using Haidian.Rules.FundFees;

namespace Haidian.Rules.Tests.FundFees;

/// <summary>
/// Compliance findings word for word: what each rule requires and observes in each branch (met, breached, not given), its clause,
/// the verdict's order of precedence, and which decision approves which departure.
/// </summary>
public sealed partial class FundFeesTests
{
    private static (string RuleId, string Observed, FindingStatus Status, string Article)[] Observed(ComplianceReport report) =>
        report.Findings.Select(f => (f.Code, f.Message, f.Status!.Value, f.Citation.Article)).ToArray();

    private static Finding Finding(ComplianceReport report, string ruleId) => report.Findings.Single(f => f.Code == ruleId);

    [Fact]
    public void Vote_LineAndFindings_WordForWord()
    {
        var passes = Development.Vote(new CommitteeVote(5, 3), Day2018);
        Assert.Equal(new[]
        {
            new LineItem("3 of 5 members in favour", "passes with at least 3/5 of the members in favour (五分之三以上, inclusive)", "5 × 3 = 15 ≥ 3 × 5 = 15 → passes", 3m,
                DevelopmentFundParameters.Document.WithArticle("第二十条")),
        }, passes.Lines);
        Assert.Equal((5, 3, 3, true), (passes.Members, passes.InFavour, passes.RequiredInFavour, passes.Passes));
        var c13 = DevelopmentFundParameters.Document.WithArticle("第十三条");
        Assert.Equal(new[]
        {
            ("dev.committeeSize", "committee of 5 members in principle", "5 members", FindingStatus.Met, c13),
            ("dev.committeeComposition", "in principle 2 from the manager, 2 from 区国投中心, 1 expert(s)", "not given", FindingStatus.NotAssessed, c13),
        }, passes.Findings.Select(f => (f.Code, f.Requirement!, f.Message, f.Status!.Value, f.Citation)));

        var fails = Development.Vote(new CommitteeVote(5, 2, new CommitteeComposition(2, 2, 1)), Day2018);
        Assert.Equal("5 × 2 = 10 < 3 × 5 = 15 → fails", fails.Lines[0].Arithmetic);
        Assert.Equal(2m, fails.Lines[0].Amount);
        Assert.Equal(("2 from the manager, 2 from 区国投中心, 1 expert(s), 0 other(s)", FindingStatus.Met), (fails.Findings[1].Message, fails.Findings[1].Status));
        Assert.Equal(1, Development.Vote(new CommitteeVote(1, 1), Day2018).RequiredInFavour);
        Assert.Equal(6, Development.Vote(new CommitteeVote(10, 6), Day2018).RequiredInFavour);
    }

    [Theory]
    [InlineData(2, 2, 1, 0, FindingStatus.Met)]
    [InlineData(3, 2, 1, 0, FindingStatus.Breached)]   // why: each group must match on its own; one wrong group is enough
    [InlineData(2, 3, 1, 0, FindingStatus.Breached)]
    [InlineData(2, 2, 2, 0, FindingStatus.Breached)]
    [InlineData(2, 2, 1, 1, FindingStatus.Breached)]   // why: any other member departs from the make-up
    public void CheckTerms_CommitteeComposition_EveryGroupCounts(int manager, int centre, int experts, int others, FindingStatus expected)
    {
        var report = Development.CheckTerms(CompliantDevelopmentFund with { Committee = new CommitteeComposition(manager, centre, experts, others) });
        Assert.Equal(expected, Finding(report, "dev.committeeComposition").Status);
        Assert.Equal(manager + centre + experts + others == 5 ? FindingStatus.Met : FindingStatus.Breached, Finding(report, "dev.committeeSize").Status);
    }

    [Fact]
    public void CheckInvestment_Development_EveryFinding_WordForWord()
    {
        var ok = Development.CheckInvestment(new ProjectInvestment("棚户区改造项目", true, new CommitteeVote(5, 3, new CommitteeComposition(2, 2, 1)), true, true, true), Day2018);
        Assert.Equal(("棚户区改造项目", Day2018, ComplianceVerdict.Compliant), (ok.Subject, ok.AsOf, ok.Verdict));
        Assert.Equal(new[]
        {
            ("dev.investment.expertReview", "reviewed by external experts (外部专家论证)", "reviewed", "第十六条"),
            ("dev.investment.committeeApproval", "approved by the investment committee: at least 3 of 5 in favour (五分之三以上)", "3 in favour", "第十六条、第二十条"),
            ("dev.committeeSize", "committee of 5 members in principle", "5 members", "第十三条"),
            ("dev.committeeComposition", "in principle 2 from the manager, 2 from 区国投中心, 1 expert(s)", "2 from the manager, 2 from 区国投中心, 1 expert(s), 0 other(s)", "第十三条"),
            ("dev.investment.direction", "in principle fits the fund's direction (符合发展基金支持方向)", "yes", "第十六条"),
            ("dev.investment.formalities", "in principle can obtain complete legal formalities (能够取得合法完备的手续)", "yes", "第十六条"),
            ("dev.investment.returnRequirement", "in principle meets the fund's return requirement (满足发展基金对投资收益的要求)", "yes", "第十六条"),
        }, ok.Findings.Select(f => (f.Code, f.Requirement!, f.Message, f.Citation.Article)));

        var bad = Development.CheckInvestment(new ProjectInvestment("园区项目", false, new CommitteeVote(5, 2), FitsFundDirection: false, CanObtainFormalities: null, MeetsReturnRequirement: false), Day2018);
        Assert.Equal(new[] { "not reviewed", "2 in favour", "5 members", "not given", "no", "not given", "no" }, bad.Findings.Select(f => f.Message));
        Assert.Equal(new[] { FindingStatus.Breached, FindingStatus.Breached, FindingStatus.Met, FindingStatus.NotAssessed, FindingStatus.Breached, FindingStatus.NotAssessed, FindingStatus.Breached },
            bad.Findings.Select(f => f.Status!.Value));
        Assert.Equal((2, 2, 0, 2), (bad.Violations, bad.Departures, bad.ApprovedDepartures, bad.NotAssessed));
    }

    [Fact]
    public void Decisions_TheFirstNamingTheRule_ApprovesItsBreach_OnlyABreachIsApproved_AndOnlyThatRule()
    {
        var project = new ProjectInvestment("园区项目", true, new CommitteeVote(5, 3, new CommitteeComposition(2, 2, 1)), FitsFundDirection: false, CanObtainFormalities: true, MeetsReturnRequirement: true,
            Decisions: new[]
            {
                new DepartureDecision("dev.investment.formalities", "纪要〔2018〕1号"),   // why: names a rule that is met: nothing to approve
                new DepartureDecision("dev.investment.direction", "纪要〔2018〕2号"),
                new DepartureDecision("dev.investment.direction", "纪要〔2018〕3号"),     // why: a later decision on the same rule is not the one cited
            });
        var report = Development.CheckInvestment(project, Day2018);
        Assert.Equal("纪要〔2018〕2号", Finding(report, "dev.investment.direction").ApprovedBy);
        Assert.Null(Finding(report, "dev.investment.formalities").ApprovedBy);
        Assert.Equal((ComplianceVerdict.CompliantWithApprovedDepartures, 0, 1), (report.Verdict, report.Departures, report.ApprovedDepartures));

        var other = Development.CheckInvestment(project with { Decisions = new[] { new DepartureDecision("dev.investment.returnRequirement", "纪要") } }, Day2018);
        Assert.Null(Finding(other, "dev.investment.direction").ApprovedBy);
        Assert.Equal((ComplianceVerdict.DeparturesAwaitingDecision, 1, 0), (other.Verdict, other.Departures, other.ApprovedDepartures));

        var met = Development.CheckTerms(CompliantDevelopmentFund with { Decisions = new[] { new DepartureDecision("dev.term", "纪要") } });
        Assert.Equal((ComplianceVerdict.Compliant, 0), (met.Verdict, met.ApprovedDepartures));   // why: a decision on a met rule approves nothing
    }

    [Fact]
    public void Verdict_AnApprovedDepartureWithAFactMissing_IsIncomplete()
    {
        var report = Development.CheckTerms(CompliantDevelopmentFund with { TermYears = 4m, CentreReturnsReinvested = null, Decisions = new[] { new DepartureDecision("dev.term", "纪要") } });
        Assert.Equal((ComplianceVerdict.Incomplete, 0, 0, 1, 1), (report.Verdict, report.Violations, report.Departures, report.ApprovedDepartures, report.NotAssessed));
    }

    [Fact]
    public void CheckTerms_Development_EveryOtherBranch_WordForWord()
    {
        var report = Development.CheckTerms(new DevelopmentFundTerms("某基金", new LocalDate(2018, 3, 1), false, 5m, 30_000_000m, false, CustodianHasCustodyQualification: false));
        Assert.Equal(("某基金", new LocalDate(2018, 3, 1), ComplianceVerdict.NonCompliant), (report.Subject, report.AsOf, report.Verdict));
        Assert.Equal((3, 0, 0, 5), (report.Violations, report.Departures, report.ApprovedDepartures, report.NotAssessed));
        Assert.Equal(new[]
        {
            ("dev.limitedPartnership", "not a limited partnership", FindingStatus.Breached, "第六条"),
            ("dev.term", "5 years", FindingStatus.Met, "第七条"),
            ("dev.managerCapital", "30,000,000.00", FindingStatus.Met, "第十二条"),
            ("dev.managerAmacRequirements", "does not meet them", FindingStatus.Breached, "第十二条"),
            ("dev.managerFiling", "not given", FindingStatus.NotAssessed, "第十二条"),
            ("dev.committeeSize", "not given", FindingStatus.NotAssessed, "第十三条"),
            ("dev.committeeComposition", "not given", FindingStatus.NotAssessed, "第十三条"),
            ("dev.managementFeeRate", "not given", FindingStatus.NotAssessed, "第十四条"),
            ("dev.custodianQualified", "no", FindingStatus.Breached, "第十五条"),
            ("dev.centreReturnsReinvested", "not given", FindingStatus.NotAssessed, "第二十四条"),
        }, Observed(report));
        Assert.Equal("committee of 5 members in principle", Finding(report, "dev.committeeSize").Requirement);
        Assert.Equal("in principle 2 from the manager, 2 from 区国投中心, 1 expert(s)", Finding(report, "dev.committeeComposition").Requirement);
        Assert.Equal("annual management fee in principle at most 0.002 (2‰) of actual managed scale", Finding(report, "dev.managementFeeRate").Requirement);
        Assert.Equal(("gazette-2017", new LocalDate(2017, 9, 8)), (report.Provenance.ParametersVersion, report.Provenance.ParametersInForceFrom));
    }

    [Fact]
    public void CheckParticipatingFund_FactsNotGiven_WordForWord()
    {
        var report = GuideFund.CheckParticipatingFund(CompliantFund with
        {
            RegisteredAndTaxedInHaidian = null,
            HaidianCulturalInvestment = null,
            Manager = null,
            AnnualManagerFeeRate = null,
            CarryShare = null,
            CarryApprovedByDistrictGovernment = null,
            Charter = null,
            ReviewCommitteeMembers = null,
            PublicNoticeDays = null,
        });
        Assert.Equal(new[]
        {
            ("guide.share", "24,000,000.00 of 100,000,000.00 = 24%", FindingStatus.Met, "第七条"),
            ("guide.notLargest", "24,000,000.00 against the largest other, 甲投资公司, 30,000,000.00", FindingStatus.Met, "第七条"),
            ("guide.registeredInHaidian", "not given", FindingStatus.NotAssessed, "第十条"),
            ("guide.termStandard", "8 years, not extended", FindingStatus.Met, "第十条"),
            ("guide.termMaximum", "8 years", FindingStatus.Met, "第十条"),
            ("guide.haidianInvestment", "not given", FindingStatus.NotAssessed, "第十一条"),
            ("guide.reviewCommitteeOdd", "not given", FindingStatus.NotAssessed, "第十九条（二）"),
            ("guide.publicNotice", "not given", FindingStatus.NotAssessed, "第十九条（六）"),
            ("guide.managerFeeRate", "not given", FindingStatus.NotAssessed, "第二十一条"),
            ("guide.managerRegistered", "not given", FindingStatus.NotAssessed, "第二十二条（一）"),
            ("guide.managerSeniorStaff", "not given", FindingStatus.NotAssessed, "第二十二条（二）"),
            ("guide.managerSuccessCase", "not given", FindingStatus.NotAssessed, "第九条（二）、第二十二条（二）"),
            ("guide.managerNoPenalty", "not given", FindingStatus.NotAssessed, "第二十二条（三）"),
            ("guide.investorMinimum", "all at or above the minimum", FindingStatus.Met, "第二十三条（一）"),
            ("guide.investorCount", "4 investors", FindingStatus.Met, "第二十三条（一）"),
            ("guide.managerSubscribes", "subscribes 6,000,000.00", FindingStatus.Met, "第二十三条（三）"),
            ("guide.charterExitWhenBuyer", "not given", FindingStatus.NotAssessed, "第二十六条"),
            ("guide.charterOthersNotBefore", "not given", FindingStatus.NotAssessed, "第二十六条"),
            ("guide.charterBankruptcyPriority", "not given", FindingStatus.NotAssessed, "第二十六条"),
            ("guide.carryRatio", "no award agreed", FindingStatus.Met, "第二十七条"),
            ("guide.carryApproval", "no award agreed", FindingStatus.Met, "第二十七条"),
            ("guide.charterExitGrounds", "not given", FindingStatus.NotAssessed, "第三十条"),
        }, Observed(report));
        Assert.Equal((ComplianceVerdict.Incomplete, 13), (report.Verdict, report.NotAssessed));
        Assert.Equal("at least 50% of the fund total (100,000,000.00) in cultural-creative enterprises registered and taxed in Haidian (不低于)", Finding(report, "guide.haidianInvestment").Requirement);
        Assert.Equal("海淀文创一号基金", report.Subject);
    }

    [Fact]
    public void CheckParticipatingFund_CharterClausesEachFalse_AreViolations()
    {
        var report = GuideFund.CheckParticipatingFund(CompliantFund with { Charter = new CharterClauses(false, false, false, false), RegisteredAndTaxedInHaidian = false });
        Assert.Equal(new[] { "no", "no", "no", "no" }, report.Findings.Where(f => f.Code.StartsWith("guide.charter", StringComparison.Ordinal)).Select(f => f.Message));
        Assert.Equal((4, 1), (report.Violations, report.Departures));
        Assert.Equal("no", Finding(report, "guide.registeredInHaidian").Message);
    }

    [Theory]
    [InlineData("0", null, "0% of value added", FindingStatus.Met, "no award agreed", FindingStatus.Met)]          // why: an agreed award of nothing needs no approval
    [InlineData("0.2", null, "20% of value added", FindingStatus.Met, "not given", FindingStatus.NotAssessed)]
    [InlineData("0.2", false, "20% of value added", FindingStatus.Met, "no", FindingStatus.Breached)]
    [InlineData("0.7", true, "70% of value added", FindingStatus.Met, "yes", FindingStatus.Met)]                   // why: 最高不超过 includes 70%
    [InlineData("0.7001", true, "70.01% of value added", FindingStatus.Breached, "yes", FindingStatus.Met)]
    public void CheckParticipatingFund_Carry(string share, bool? approved, string ratioObserved, FindingStatus ratio, string approvalObserved, FindingStatus approval)
    {
        var report = GuideFund.CheckParticipatingFund(CompliantFund with { CarryShare = decimal.Parse(share, System.Globalization.CultureInfo.InvariantCulture), CarryApprovedByDistrictGovernment = approved });
        Assert.Equal((ratioObserved, ratio), (Finding(report, "guide.carryRatio").Message, Finding(report, "guide.carryRatio").Status));
        Assert.Equal((approvalObserved, approval), (Finding(report, "guide.carryApproval").Message, Finding(report, "guide.carryApproval").Status));
    }

    [Theory]
    [InlineData(8, "8 members", FindingStatus.Breached)]   // why: an even committee breaks 成员人数为单数
    [InlineData(7, "7 members", FindingStatus.Met)]
    [InlineData(1, "1 members", FindingStatus.Met)]
    public void CheckParticipatingFund_ReviewCommittee_MustBeOdd(int members, string observed, FindingStatus status)
    {
        var f = Finding(GuideFund.CheckParticipatingFund(CompliantFund with { ReviewCommitteeMembers = members }), "guide.reviewCommitteeOdd");
        Assert.Equal((observed, status), (f.Message, f.Status));
    }

    [Theory]
    [InlineData(6, "6 days", FindingStatus.Breached)]
    [InlineData(7, "7 days", FindingStatus.Met)]   // why: 公示期为7天 exactly
    [InlineData(8, "8 days", FindingStatus.Met)]   // why: longer is accepted
    public void CheckParticipatingFund_PublicNotice_SevenDaysOrMore(int days, string observed, FindingStatus status)
    {
        var f = Finding(GuideFund.CheckParticipatingFund(CompliantFund with { PublicNoticeDays = days }), "guide.publicNotice");
        Assert.Equal((observed, status), (f.Message, f.Status));
    }

    [Fact]
    public void CheckParticipatingFund_NothingSubscribed_IsATieAtZero_AndNoShareIsShown()
    {
        var report = GuideFund.CheckParticipatingFund(CompliantFund with { GuideSubscribed = 0m, Contributors = Array.Empty<Contributor>(), HaidianCulturalInvestment = 0m });
        Assert.Equal(("0.00 of 0.00", FindingStatus.Met), (Finding(report, "guide.share").Message, Finding(report, "guide.share").Status));
        Assert.Equal(("0.00 against the largest other, none, 0.00: a tie", FindingStatus.Breached), (Finding(report, "guide.notLargest").Message, Finding(report, "guide.notLargest").Status));
        Assert.Equal(("0.00", FindingStatus.Met), (Finding(report, "guide.haidianInvestment").Message, Finding(report, "guide.haidianInvestment").Status));
        Assert.Equal(("0 investors", FindingStatus.Breached), (Finding(report, "guide.investorCount").Message, Finding(report, "guide.investorCount").Status));
        Assert.Equal(("does not subscribe", FindingStatus.Breached), (Finding(report, "guide.managerSubscribes").Message, Finding(report, "guide.managerSubscribes").Status));
    }

    [Fact]
    public void CheckParticipatingFund_HaidianInvestment_ShowsItsShare_AndIsMetFromHalfTheTotal()
    {
        var half = Finding(GuideFund.CheckParticipatingFund(CompliantFund), "guide.haidianInvestment");
        Assert.Equal(("50,000,000.00 (50%)", FindingStatus.Met), (half.Message, half.Status));
        var below = Finding(GuideFund.CheckParticipatingFund(CompliantFund with { HaidianCulturalInvestment = 49_999_999.99m }), "guide.haidianInvestment");
        Assert.Equal(("49,999,999.99 (50%)", FindingStatus.Breached), (below.Message, below.Status));   // why: the share is shown to 6 places of the ratio, the test is exact
    }

    [Fact]
    public void CheckShare_TheLargestOtherIsTheFirstListed_AndATieIsSaid()
    {
        var report = GuideFund.CheckShare(10_000_000m, new[] { new Contributor("甲", 20_000_000m), new Contributor("乙", 30_000_000m), new Contributor("丙", 30_000_000m) }, Day2018);
        Assert.Equal("10,000,000.00 against the largest other, 乙, 30,000,000.00", Finding(report, "guide.notLargest").Message);
        Assert.Equal("10,000,000.00 of 90,000,000.00 = 11.1111%", Finding(report, "guide.share").Message);
        Assert.Equal(("引导基金 share", Day2018), (report.Subject, report.AsOf));
        var tie = GuideFund.CheckShare(30_000_000m, new[] { new Contributor("甲", 30_000_000m), new Contributor("乙", 30_000_000m), new Contributor("丙", 30_000_000m), new Contributor("丁", 30_000_000m) }, Day2018);
        Assert.Equal("30,000,000.00 against the largest other, 甲, 30,000,000.00: a tie", Finding(tie, "guide.notLargest").Message);
        Assert.Equal("guide fund at most 25% of the participating fund's subscribed total (不超过, inclusive)", Finding(tie, "guide.share").Requirement);
    }

    [Fact]
    public void ShareOnPaidIn_WithoutCapitalCalls_IsNotChecked_EachCallIsShown()
    {
        foreach (var calls in new[] { null, Array.Empty<CapitalCall>() })
        {
            var report = GuideFund.CheckParticipatingFund(CompliantFund with { CapitalCalls = calls });
            Assert.DoesNotContain(report.Findings, f => f.Code.StartsWith("guide.paidIn", StringComparison.Ordinal));
            Assert.Equal(ComplianceVerdict.Compliant, report.Verdict);
        }

        var one = GuideFund.CheckParticipatingFund(CompliantFund with
        {
            CapitalCalls = new[] { new CapitalCall(new LocalDate(2018, 3, 1), 10_000_000m, new Payment[] { new("甲投资公司", 20_000_000m), new("乙投资公司", 10_000_000m) }) },
        });
        var share = Finding(one, "guide.paidInShare");
        Assert.Equal(("guide fund at most 25% of the participating fund's paid-in total after each capital call (不超过, inclusive)", "call 1 (2018-03-01): 10,000,000.00 of 40,000,000.00 paid in = 25%", FindingStatus.Met),
            (share.Requirement, share.Message, share.Status));
        var largest = Finding(one, "guide.paidInNotLargest");
        Assert.Equal(("call 1 (2018-03-01): 10,000,000.00 paid in against the largest other, 甲投资公司, 20,000,000.00", FindingStatus.Met), (largest.Message, largest.Status));
        Assert.Equal("第七条", largest.Citation.Article);
    }

    [Fact]
    public void CheckParticipatingFund_Investors_BelowTheMinimumAreListed_TheManagerIsExempt_GovernmentIsNotCounted()
    {
        var report = GuideFund.CheckParticipatingFund(CompliantFund with
        {
            Contributors = new[]
            {
                new Contributor("甲", 60_000_000m),
                new Contributor("乙", 9_999_999.99m),
                new Contributor("丙", 5_000_000m, ContributorRole.Government),                    // why: government still needs the minimum
                new Contributor("管理机构", 1_000_000m, ContributorRole.ManagerOrControllingShareholder),   // why: the manager is exempt
            },
            HaidianCulturalInvestment = 60_000_000m,
        });
        var minimum = report.Findings.Where(f => f.Code == "guide.investorMinimum").ToArray();
        Assert.All(minimum, m => Assert.Equal(("each investor other than the manager contributes at least 10,000,000.00 (不低于)", FindingStatus.Breached, Severity.Violation), (m.Requirement, m.Status, m.Severity)));
        Assert.Equal(new[] { "乙 subscribes 9,999,999.99, below the minimum by 0.01", "丙 subscribes 5,000,000.00, below the minimum by 5,000,000.00" }, minimum.Select(m => m.Message));
        var count = Finding(report, "guide.investorCount");
        Assert.Equal(("investors other than government 一般 3 to 15 (both inclusive)", "3 investors", FindingStatus.Met), (count.Requirement, count.Message, count.Status));
        Assert.Equal(Severity.Departure, count.Severity);
        var manager = GuideFund.CheckParticipatingFund(CompliantFund with { Contributors = CompliantFund.Contributors.Select(c => c.Role == ContributorRole.ManagerOrControllingShareholder ? c with { Subscribed = 0m } : c).ToArray() });
        Assert.Equal(("does not subscribe", FindingStatus.Breached), (Finding(manager, "guide.managerSubscribes").Message, Finding(manager, "guide.managerSubscribes").Status));
    }

    [Theory]
    [InlineData(2, FindingStatus.Breached)]
    [InlineData(3, FindingStatus.Met)]
    [InlineData(15, FindingStatus.Met)]    // why: 不超过15个（含）
    [InlineData(16, FindingStatus.Breached)]
    public void CheckParticipatingFund_InvestorCount_ThreeToFifteen(int investors, FindingStatus expected)
    {
        var contributors = Enumerable.Range(1, investors).Select(i => new Contributor("投资人" + i, 10_000_000m))
            .Append(new Contributor("区属国企", 10_000_000m, ContributorRole.Government)).ToArray();
        var report = GuideFund.CheckParticipatingFund(CompliantFund with { GuideSubscribed = 1_000_000m, Contributors = contributors, HaidianCulturalInvestment = 1_000_000_000m });
        var f = Finding(report, "guide.investorCount");
        Assert.Equal((investors + " investors", expected), (f.Message, f.Status));
    }

    [Fact]
    public void CheckTerm_Findings_WordForWord()
    {
        var report = GuideFund.CheckTerm(9m, true, Day2018);
        Assert.Equal(("participating fund term", Day2018, ComplianceVerdict.Compliant), (report.Subject, report.AsOf, report.Verdict));
        Assert.Equal(new[]
        {
            ("guide.termStandard", "term 一般原则上 at most 8 years unless extended by the fund's procedure", "9 years, extended", "第十条"),
            ("guide.termMaximum", "total term including extension at most 10 years (不得超过)", "9 years", "第十条"),
        }, report.Findings.Select(f => (f.Code, f.Requirement!, f.Message, f.Citation.Article)));
        Assert.Equal("8.5 years, not extended", GuideFund.CheckTerm(8.5m, false, Day2018).Findings[0].Message);
    }

    [Fact]
    public void CheckParticipatingFund_ManagerSubscription_SumsEveryManagerContributor()
    {
        var report = GuideFund.CheckParticipatingFund(CompliantFund with
        {
            Contributors = CompliantFund.Contributors
                .Append(new Contributor("管理机构控股股东", 0m, ContributorRole.ManagerOrControllingShareholder))
                .Append(new Contributor("管理机构关联方", 4_000_000m, ContributorRole.ManagerOrControllingShareholder)).ToArray(),
        });
        var f = Finding(report, "guide.managerSubscribes");
        Assert.Equal(("subscribes 10,000,000.00", FindingStatus.Met), (f.Message, f.Status));
    }

    [Fact]
    public void CheckManager_EveryFinding_WordForWord()
    {
        var good = GuideFund.CheckManager(new ManagerProfile("管理机构", true, new[] { 3m, 5m, 10m }, true, false), Day2018);
        Assert.Equal(("管理机构", ComplianceVerdict.Compliant), (good.Subject, good.Verdict));
        Assert.Equal(new[] { "yes", "3 of 3 qualify", "yes", "no record" }, good.Findings.Select(f => f.Message));
        Assert.Equal(new[]
        {
            "manager registered and taxed in Haidian",
            "at least 3 senior managers with 3 years or more of venture-capital or fund-management experience",
            "a successful investment case",
            "no penalty record of the manager or its staff",
        }, good.Findings.Select(f => f.Requirement));
        var bad = GuideFund.CheckManager(new ManagerProfile("某机构", false, new[] { 3m, 2.99m }, false, true), Day2018);
        Assert.Equal(new[] { "no", "1 of 2 qualify", "no", "has a record" }, bad.Findings.Select(f => f.Message));
        Assert.Equal(4, bad.Violations);
        Assert.Equal(new[] { "guide.managerRegistered", "guide.managerSeniorStaff", "guide.managerSuccessCase", "guide.managerNoPenalty" }, bad.Findings.Select(f => f.Code));
    }

    [Fact]
    public void CheckCustodianBank_EveryFinding_WordForWord()
    {
        var bank = new CustodianBankProfile("某国有银行海淀支行", new LocalDate(2013, 6, 1), true, true, true, false);
        var good = GuideFund.CheckCustodianBank(bank, new LocalDate(2018, 6, 1));
        Assert.Equal(new[]
        {
            ("guide.custodianAge", "in existence 5 years or more (成立期限5年以上, complete on the corresponding day)", "established 2013-06-01, 5 years complete on 2018-06-01", "第二十条（一）"),
            ("guide.custodianStateOwned", "state-owned or state-controlled commercial bank (国有或国有控股商业银行)", "yes", "第二十条（一）"),
            ("guide.custodianTreasuryAgent", "qualified as a Haidian treasury agent (具备海淀区国库代理资格)", "yes", "第二十条（一）"),
            ("guide.custodianExperience", "experience in venture-fund custody (具有创业投资基金托管经验)", "yes", "第二十条（二）"),
            ("guide.custodianNoPenalty", "no major fault or penalty record", "no record", "第二十条（三）"),
        }, good.Findings.Select(f => (f.Code, f.Requirement!, f.Message, f.Citation.Article)));
        Assert.Equal(("某国有银行海淀支行", ComplianceVerdict.Compliant), (good.Subject, good.Verdict));

        var bad = GuideFund.CheckCustodianBank(bank with { StateOwnedOrControlled = false, HaidianTreasuryAgent = false, HasVentureFundCustodyExperience = false, HasPenaltyRecord = true }, new LocalDate(2018, 6, 1));
        Assert.Equal(new[] { "no", "no", "no", "has a record" }, bad.Findings.Skip(1).Select(f => f.Message));
        Assert.Equal(4, bad.Violations);

        var endOfCalendar = GuideFund.CheckCustodianBank(bank with { Established = new LocalDate(9996, 1, 1) }, new LocalDate(9996, 1, 2));
        var age = endOfCalendar.Findings[0];
        Assert.Equal(("established 9996-01-01, 5 years complete after the end of the calendar (9999-12-31)", FindingStatus.Breached), (age.Message, age.Status));
    }

    [Theory]
    [InlineData(InvestmentKind.ListedEquity, false, false, "ListedEquity falls in （一） 投资于已上市企业（所投资的未上市企业上市后，基金所持股份未转让及其配售部分除外）")]
    [InlineData(InvestmentKind.ListedEquity, false, true, "（一） does not apply: shares bought before the investee listed and not yet transferred (and their placement) are excepted")]
    [InlineData(InvestmentKind.ListedEquity, true, true, "（一） does not apply: shares bought before the investee listed and not yet transferred (and their placement) are excepted; paid with recovered proceeds during the term: （九） 存续期内，投资回收资金再用于对外投资")]
    [InlineData(InvestmentKind.UnlistedEquity, false, false, "UnlistedEquity falls in none of the ten prohibited categories")]
    [InlineData(InvestmentKind.Stocks, true, false, "Stocks falls in （四） 投资于股票、期货、企业债券、信托产品、理财产品、保险计划及其他金融衍生品; paid with recovered proceeds during the term: （九） 存续期内，投资回收资金再用于对外投资")]
    public void CheckInvestment_Guide_Reasons_WordForWord(InvestmentKind kind, bool fromProceeds, bool heldBefore, string reason)
    {
        var verdict = GuideFund.CheckInvestment(new ProposedInvestment("拟投资项目", kind, fromProceeds, heldBefore), Day2018);
        Assert.Equal(reason, verdict.Reason);
        Assert.Equal("拟投资项目", verdict.Description);
        Assert.Equal(GuideFundParameters.Document.DocumentNumber, verdict.Citation.DocumentNumber);
    }

    [Fact]
    public void ParametersOn_BeforeTheFirstVersion_IsNotInForce_AndNamesThePolicy()
    {
        var dev = Assert.Throws<NotInForceException>(() => Development.ParametersFor(new LocalDate(2017, 9, 7)));
        Assert.Equal("第三十六条（此前适用已废止的海行规发〔2016〕6号《海淀区建设发展基金管理办法（暂行）》，本库未建模）", dev.Policy.Article);
        Assert.Equal(new LocalDate(2017, 9, 7), dev.Requested);
        Assert.Same(DevelopmentFundParameters.Gazette2017, Development.ParametersFor(new LocalDate(2017, 9, 8)));
        var guide = Assert.Throws<NotInForceException>(() => GuideFund.ParametersFor(new LocalDate(2017, 9, 16)));
        Assert.Equal(new LocalDate(2017, 9, 17), guide.InForceFrom);
        Assert.Same(GuideFundParameters.Gazette2017, GuideFund.ParametersFor(new LocalDate(2017, 9, 17)));
    }
}
