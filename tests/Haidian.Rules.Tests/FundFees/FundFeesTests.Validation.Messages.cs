using Haidian.Rules.FundFees;

namespace Haidian.Rules.Tests.FundFees;

/// <summary>
/// Bad input to the entry points, word for word (<c>path: message</c>), with each limit accepted exactly at its bound and rejected
/// one step past it; null arguments name their parameter.
/// </summary>
public sealed partial class FundFeesTests
{
    private const string MaxAmountText = "1000000000000000";
    private const string MaxYuan = "must not exceed 1,000,000,000,000,000.00 yuan";
    private static readonly LocalDate Jan1 = new(2018, 1, 1);

    private static FeePeriod Year2018(params BaseChange[] changes) => new(Jan1, new LocalDate(2018, 12, 31), changes);

    [Fact]
    public void EntryPoints_NullArguments_NameTheParameter()
    {
        Assert.Equal("period", Assert.Throws<ArgumentNullException>(() => Development.ManagementFeeCap(null!)).ParamName);
        Assert.Equal("vote", Assert.Throws<ArgumentNullException>(() => Development.Vote(null!, Day2018)).ParamName);
        Assert.Equal("project", Assert.Throws<ArgumentNullException>(() => Development.CheckInvestment(null!, Day2018)).ParamName);
        Assert.Equal("terms", Assert.Throws<ArgumentNullException>(() => Development.CheckTerms(null!)).ParamName);
        Assert.Equal("distribution", Assert.Throws<ArgumentNullException>(() => Development.DistributeYearEnd(null!)).ParamName);
        Assert.Equal("calendar", Assert.Throws<ArgumentNullException>(() => Development.QuarterlyCustodyReportDeadline(2018, 1, null!)).ParamName);
        Assert.Equal("calendar", Assert.Throws<ArgumentNullException>(() => Development.AnnualCustodyReportDeadline(2018, null!)).ParamName);
        Assert.Equal("period", Assert.Throws<ArgumentNullException>(() => GuideFund.TrusteeFeeCap(null!)).ParamName);
        Assert.Equal("period", Assert.Throws<ArgumentNullException>(() => GuideFund.ManagerFeeCap(null!)).ParamName);
        Assert.Equal("contributors", Assert.Throws<ArgumentNullException>(() => GuideFund.CheckShare(1m, null!, Day2018)).ParamName);
        Assert.Equal("terms", Assert.Throws<ArgumentNullException>(() => GuideFund.CheckParticipatingFund(null!)).ParamName);
        Assert.Equal("manager", Assert.Throws<ArgumentNullException>(() => GuideFund.CheckManager(null!, Day2018)).ParamName);
        Assert.Equal("bank", Assert.Throws<ArgumentNullException>(() => GuideFund.CheckCustodianBank(null!, Day2018)).ParamName);
        Assert.Equal("investment", Assert.Throws<ArgumentNullException>(() => GuideFund.CheckInvestment(null!, Day2018)).ParamName);
        Assert.Equal("facts", Assert.Throws<ArgumentNullException>(() => GuideFund.AssessExit(null!)).ParamName);
        Assert.Equal("liquidation", Assert.Throws<ArgumentNullException>(() => GuideFund.Liquidate(null!, Day2018)).ParamName);
        Assert.Equal("award", Assert.Throws<ArgumentNullException>(() => GuideFund.Carry(null!, Day2018)).ParamName);
        Assert.Equal("history", Assert.Throws<ArgumentNullException>(() => GuideFund.CheckCapitalCalls(null!)).ParamName);
        Assert.Equal("concession", Assert.Throws<ArgumentNullException>(() => GuideFund.CheckConcession(null!)).ParamName);
        Assert.Equal("buyBack", Assert.Throws<ArgumentNullException>(() => GuideFund.CheckBuyBack(null!)).ParamName);
    }

    [Fact]
    public void FeeCap_EveryBadFieldHasItsMessage()
    {
        var request = new FeePeriod(new LocalDate(2018, 12, 31), Jan1, new[]
        {
            new BaseChange(Jan1, 100m),
            new BaseChange(new LocalDate(2018, 7, 1), -1m),
            new BaseChange(new LocalDate(2018, 7, 1), 200m),
            new BaseChange(new LocalDate(2018, 3, 1), 1_000_000_000_000_000.01m),
        }, ProposedFee: -5m, PeriodReturns: -1_000_000_000_000_000.01m);
        Assert.Equal(new[]
        {
            "end: must not be before start (2018-12-31), got 2018-01-01",
            "base[1].amount: must not be negative (got -1)",
            "base[2].effectiveFrom: overlaps base[1]: two amounts from 2018-07-01",
            "base[3].amount: " + MaxYuan,
            "base[3].effectiveFrom: is before base[2] (2018-07-01): changes must be in increasing date order",
            "proposedFee: must be between 0 and " + MaxAmountText + " inclusive (got -5)",
            "periodReturns: must be between -" + MaxAmountText + " and " + MaxAmountText + " inclusive (got -1000000000000000.01)",
        }, Errors(() => Development.ManagementFeeCap(request)));
    }

    [Fact]
    public void FeeCap_MissingOrEmptyBase_NullChange_AndABaseStartingLate()
    {
        Assert.Equal(new[] { "base: is required" }, Errors(() => Development.ManagementFeeCap(Year2018() with { Base = null! })));
        Assert.Equal(new[] { "base: must contain at least one change (the base on the period's first day)" }, Errors(() => Development.ManagementFeeCap(Year2018())));
        Assert.Equal(new[] { "base[0]: is required" }, Errors(() => Development.ManagementFeeCap(Year2018(new BaseChange[] { null! }))));
        Assert.Equal(new[] { "base[1]: is required" }, Errors(() => Development.ManagementFeeCap(Year2018(new BaseChange(Jan1, 1m), null!))));
        Assert.Equal(new[] { "base[0].effectiveFrom: must be on or before start (2018-01-01): the base on the period's first day is unknown" },
            Errors(() => GuideFund.ManagerFeeCap(Year2018(new BaseChange(new LocalDate(2018, 1, 2), 1m)))));
        Assert.Equal(new[] { "periodReturns: applies only to the development fund's management fee, which is paid out of fund returns (海行规发〔2017〕8号 第十四条)" },
            Errors(() => GuideFund.ManagerFeeCap(Year2018(new BaseChange(Jan1, 1m)) with { PeriodReturns = 0m })));
    }

    [Fact]
    public void FeeCap_Bounds_AreAcceptedExactly()
    {
        // why: the largest amount, a one-day period (end = start), a proposed fee and negative returns (a loss) are all sound
        var result = Development.ManagementFeeCap(new FeePeriod(Jan1, Jan1, new[] { new BaseChange(Jan1, FundLimits.MaximumAmount) },
            ProposedFee: FundLimits.MaximumAmount, PeriodReturns: -FundLimits.MaximumAmount));
        Assert.Equal(1, result.Days);
        Assert.False(result.WithinReturns);
        Assert.Equal(0m, GuideFund.TrusteeFeeCap(Year2018(new BaseChange(Jan1, 0m)) with { ProposedFee = 0m }).Cap);
    }

    [Theory]
    [InlineData(0, 0, "members: must be between 1 and 1000", null)]
    [InlineData(0, 1, "members: must be between 1 and 1000", "inFavour: must be between 0 and members (0)")]
    [InlineData(1, 0, null, null)]
    [InlineData(1000, 1000, null, null)]
    [InlineData(1001, 0, "members: must be between 1 and 1000", null)]
    [InlineData(5, -1, null, "inFavour: must be between 0 and members (5)")]
    [InlineData(5, 5, null, null)]
    [InlineData(5, 6, null, "inFavour: must be between 0 and members (5)")]
    public void Vote_MembersAndInFavour_Bounds(int members, int inFavour, string? membersError, string? inFavourError)
    {
        var expected = new[] { membersError, inFavourError }.Where(e => e is not null).ToArray();
        if (expected.Length == 0)
        {
            Assert.Equal(members, Development.Vote(new CommitteeVote(members, inFavour), Day2018).Members);
        }
        else
        {
            Assert.Equal(expected, Errors(() => Development.Vote(new CommitteeVote(members, inFavour), Day2018)));
        }
    }

    [Fact]
    public void Vote_Composition_EachGroupIsBounded_AndTheGroupsAddUpToTheMembers()
    {
        Assert.Equal(new[]
        {
            "composition.fromManager: must be between 0 and 1000",
            "composition.fromStateAssetsCentre: must be between 0 and 1000",
            "composition.experts: must be between 0 and 1000",
            "composition.others: must be between 0 and 1000",
            "composition: adds up to 3003 members, not 5",
        }, Errors(() => Development.Vote(new CommitteeVote(5, 3, new CommitteeComposition(-1, 1001, 1002, 1001)), Day2018)));
        Assert.Equal(new[] { "composition: must have at least one member", "composition: adds up to 0 members, not 5" },
            Errors(() => Development.Vote(new CommitteeVote(5, 3, new CommitteeComposition(0, 0, 0)), Day2018)));
        Assert.Equal(new[] { "composition: adds up to 4 members, not 5" }, Errors(() => Development.Vote(new CommitteeVote(5, 3, new CommitteeComposition(1, 1, 1, 1)), Day2018)));
        Assert.Equal(1000, Development.Vote(new CommitteeVote(1000, 600, new CommitteeComposition(1000, 0, 0)), Day2018).Members);   // why: 1000 in one group is the bound
        Assert.Equal(5, Development.Vote(new CommitteeVote(5, 3, new CommitteeComposition(1, 1, 1, 2)), Day2018).Members);           // why: every group counts
    }

    [Fact]
    public void CheckInvestment_Development_BadProjectAndDecisions()
    {
        Assert.Equal(new[] { "name: is required and must not be blank", "vote: is required" },
            Errors(() => Development.CheckInvestment(new ProjectInvestment(" ", true, null!), Day2018)));
        Assert.Equal(new[] { "vote.members: must be between 1 and 1000", "vote.inFavour: must be between 0 and members (0)", "vote.composition.experts: must be between 0 and 1000", "vote.composition: must have at least one member", "vote.composition: adds up to -1 members, not 0" },
            Errors(() => Development.CheckInvestment(new ProjectInvestment("p", true, new CommitteeVote(0, 1, new CommitteeComposition(0, 0, -1))), Day2018)));
        Assert.Equal(new[]
        {
            "decisions[0]: is required",
            "decisions[1].decision: is required and must not be blank",
            "decisions[2].code: is required and must not be blank",
            "decisions[3].code: 'guide.investorCount' is not a rule of this check",
            "decisions[4].code: 'dev.investment.expertReview' is stated outright (a violation when broken); no decision can allow it",
        }, Errors(() => Development.CheckInvestment(new ProjectInvestment("p", true, new CommitteeVote(5, 3), Decisions: new[]
        {
            null!,
            new DepartureDecision("dev.investment.direction", ""),
            new DepartureDecision("", "纪要"),
            new DepartureDecision("guide.investorCount", "纪要"),
            new DepartureDecision("dev.investment.expertReview", "纪要"),
        }), Day2018)));
    }

    [Fact]
    public void CheckTerms_Development_EveryBadFieldHasItsMessage()
    {
        Assert.Equal(new[]
        {
            "name: is required and must not be blank",
            "termYears: must be between 0 and 100 inclusive (got 100.1)",
            "managerRegisteredCapital: must be between 0 and " + MaxAmountText + " inclusive (got -1)",
            "committee.others: must be between 0 and 1000",
            "annualManagementFeeRate: must be between 0 and 1 inclusive (got 1.01)",
            "decisions[0].code: 'dev.managerCapital' is stated outright (a violation when broken); no decision can allow it",
        }, Errors(() => Development.CheckTerms(CompliantDevelopmentFund with
        {
            Name = "",
            TermYears = 100.1m,
            ManagerRegisteredCapital = -1m,
            Committee = new CommitteeComposition(2, 2, 1, -1),
            AnnualManagementFeeRate = 1.01m,
            Decisions = new[] { new DepartureDecision("dev.managerCapital", "纪要") },
        })));
        Assert.Equal(new[] { "committee: must have at least one member" }, Errors(() => Development.CheckTerms(CompliantDevelopmentFund with { Committee = new CommitteeComposition(0, 0, 0) })));
    }

    [Theory]
    [InlineData(1, 0, 0, 0)]   // why: a single member in any one group is a committee (the groups are added, not subtracted)
    [InlineData(0, 1, 0, 0)]
    [InlineData(0, 0, 1, 0)]
    [InlineData(0, 0, 0, 1)]
    public void CheckTerms_ACommitteeOfOneInAnyGroup_IsAccepted(int manager, int centre, int experts, int others)
    {
        var report = Development.CheckTerms(CompliantDevelopmentFund with { Committee = new CommitteeComposition(manager, centre, experts, others) });
        Assert.Equal("1 members", report.Findings.Single(f => f.Code == "dev.committeeSize").Message);
    }

    [Theory]
    [InlineData(0, "year: must be between 1 and 9998")]
    [InlineData(9999, "year: must be between 1 and 9998")]
    public void DistributeYearEnd_Year_Bounds(int year, string expected)
    {
        Assert.Equal(new[] { expected }, Errors(() => Development.DistributeYearEnd(new YearEndDistribution(year, 1m, new[] { new PartnerStake("A", 1m) }))));
    }

    [Fact]
    public void DistributeYearEnd_TheFirstAndLastYears_AreNotRejectedAsInput()
    {
        Assert.Throws<NotInForceException>(() => Development.DistributeYearEnd(new YearEndDistribution(1, 1m, new[] { new PartnerStake("A", 1m) })));
        Assert.Throws<NotInForceException>(() => Development.DistributeYearEnd(new YearEndDistribution(2016, 1m, new[] { new PartnerStake("A", 1m) })));
        Assert.Equal(1m, Development.DistributeYearEnd(new YearEndDistribution(2017, 1m, new[] { new PartnerStake("A", 1m) })).Total);   // why: 2017-12-31 is in force
        Assert.Equal(1m, Development.DistributeYearEnd(new YearEndDistribution(9998, 1m, new[] { new PartnerStake("A", 1m) })).Total);
    }

    [Fact]
    public void DistributeYearEnd_ReturnsAndPartners_Messages()
    {
        Assert.Equal(new[] { "returns: must not be negative (got -1)" }, Errors(() => Development.DistributeYearEnd(new YearEndDistribution(2018, -1m, new[] { new PartnerStake("A", 0m) }))));
        Assert.Equal(new[] { "returns: " + MaxYuan }, Errors(() => Development.DistributeYearEnd(new YearEndDistribution(2018, 1_000_000_000_000_000.01m, new[] { new PartnerStake("A", 1m) }))));
        Assert.Equal(new[] { "returns: must be a whole number of fen (at most two decimals), got 1.001" },
            Errors(() => Development.DistributeYearEnd(new YearEndDistribution(2018, 1.001m, new[] { new PartnerStake("A", 1m) }))));
        Assert.Equal(new[] { "partners: is required" }, Errors(() => Development.DistributeYearEnd(new YearEndDistribution(2018, 1m, null!))));
        Assert.Equal(new[] { "partners: must contain at least one partner" }, Errors(() => Development.DistributeYearEnd(new YearEndDistribution(2018, 1m, Array.Empty<PartnerStake>()))));
        Assert.Equal(new[] { "partners[0]: is required" }, Errors(() => Development.DistributeYearEnd(new YearEndDistribution(2018, 1m, new PartnerStake[] { null!, new("A", 1m) }))));
        Assert.Equal(new[] { "partners[0].name: is required and must not be blank", "partners[1].amount: must not be negative (got -0.01)", "partners[2].amount: " + MaxYuan },
            Errors(() => Development.DistributeYearEnd(new YearEndDistribution(2018, 1m, new PartnerStake[] { new("", 1m), new("B", -0.01m), new("C", 1_000_000_000_000_000.01m) }))));
        Assert.Equal(new[] { "partners: must contain at least one positive amount" },
            Errors(() => Development.DistributeYearEnd(new YearEndDistribution(2018, 1m, new PartnerStake[] { new("A", 0m), new("B", 0m) }))));

        // why: the largest amounts are accepted, and a year-end weight need not be whole fen (only liquidation contributions must be)
        var largest = Development.DistributeYearEnd(new YearEndDistribution(2018, FundLimits.MaximumAmount, new PartnerStake[] { new("A", FundLimits.MaximumAmount), new("B", 0.001m) }));
        Assert.Equal(FundLimits.MaximumAmount, largest.Shares.Sum(s => s.Amount));
    }

    [Theory]
    [InlineData(1, 1, new[] { "year: must be between 2 and 9998" })]
    [InlineData(9999, 1, new[] { "year: must be between 2 and 9998" })]
    [InlineData(2018, 0, new[] { "quarter: must be between 1 and 4" })]
    [InlineData(2018, 5, new[] { "quarter: must be between 1 and 4" })]
    [InlineData(0, 5, new[] { "year: must be between 2 and 9998", "quarter: must be between 1 and 4" })]
    public void QuarterlyCustodyReport_YearAndQuarter_Bounds(int year, int quarter, string[] expected)
    {
        Assert.Equal(expected, Errors(() => Development.QuarterlyCustodyReportDeadline(year, quarter, TestWorkingDayCalendar.Year2018)));
    }

    [Fact]
    public void CustodyReports_TheSmallestAndLargestYears_AreNotRejectedAsInput()
    {
        Assert.Throws<NotInForceException>(() => Development.QuarterlyCustodyReportDeadline(2, 1, TestWorkingDayCalendar.Year2018));
        Assert.Throws<NotInForceException>(() => Development.AnnualCustodyReportDeadline(2, TestWorkingDayCalendar.Year2018));
        var always = new FuncCalendar(_ => true);
        Assert.Equal(new LocalDate(9998, 10, 10), Development.QuarterlyCustodyReportDeadline(9998, 4, always).LastDay);   // why: every day works: the 10th day
        Assert.Equal(new LocalDate(9998, 1, 31), Development.AnnualCustodyReportDeadline(9998, always).LastDay);
        Assert.Equal(new[] { "year: must be between 2 and 9998" }, Errors(() => Development.AnnualCustodyReportDeadline(1, always)));
        Assert.Equal(new[] { "year: must be between 2 and 9998" }, Errors(() => Development.AnnualCustodyReportDeadline(9999, always)));
    }

    [Fact]
    public void CustodyReports_ACalendarWithoutTheYear_IsReportedOnYear_OtherCalendarProblemsKeepTheirPath()
    {
        Assert.Equal(new[] { "year: no holiday schedule for 2027; load one" }, Errors(() => Development.QuarterlyCustodyReportDeadline(2027, 1, TestWorkingDayCalendar.Year2018)));
        Assert.Equal(new[] { "year: no holiday schedule for 2027; load one" }, Errors(() => Development.AnnualCustodyReportDeadline(2027, TestWorkingDayCalendar.Year2018)));
        var odd = new FuncCalendar(_ => throw new ValidationException(new[] { new ValidationError("schedule", ErrorCode.InvalidValue, "broken") }));
        Assert.Equal(new[] { "schedule: broken" }, Errors(() => Development.QuarterlyCustodyReportDeadline(2018, 1, odd)));
    }

    [Fact]
    public void GuideFund_ShareInputs_Messages()
    {
        Assert.Equal(new[] { "guideSubscribed: must not be negative (got -1)", "contributors: is required" }, Errors(() => GuideFund.CheckParticipatingFund(CompliantFund with { GuideSubscribed = -1m, Contributors = null! })));
        Assert.Equal(new[]
        {
            "guideSubscribed: " + MaxYuan,
            "contributors[0]: is required",
            "contributors[1].name: is required and must not be blank",
            "contributors[2].subscribed: " + MaxYuan,
            "contributors[3].role: is not one of Investor, ManagerOrControllingShareholder, Government (got the undefined value 99)",
        }, Errors(() => GuideFund.CheckShare(1_000_000_000_000_000.01m, new Contributor[] { null!, new(" ", 1m), new("C", 1_000_000_000_000_000.01m), new("D", 1m, (ContributorRole)99) }, Day2018)));
        Assert.Equal(FindingStatus.Met, GuideFund.CheckShare(0m, new Contributor[] { new("A", FundLimits.MaximumAmount) }, Day2018).Findings[0].Status);
    }

    [Fact]
    public void GuideFund_CheckTerm_Bounds()
    {
        Assert.Equal(new[] { "termYears: must be between 0 and 100 inclusive (got -0.1)" }, Errors(() => GuideFund.CheckTerm(-0.1m, false, Day2018)));
        Assert.Equal(new[] { "termYears: must be between 0 and 100 inclusive (got 100.1)" }, Errors(() => GuideFund.CheckTerm(100.1m, true, Day2018)));
        Assert.Equal(ComplianceVerdict.Compliant, GuideFund.CheckTerm(0m, false, Day2018).Verdict);
    }

    [Fact]
    public void ParticipatingFund_EveryBadFieldHasItsMessage()
    {
        var bad = CompliantFund with
        {
            HaidianCulturalInvestment = -1m,
            Manager = new ManagerProfile(" ", true, new[] { 3m, 100.5m }, true, false),
            CapitalCalls = new[]
            {
                new CapitalCall(new LocalDate(2018, 1, 1), -1m, new Payment[] { new("甲投资公司", 1_000_000_000_000_000.01m), new("nobody", 1m) }),
                new CapitalCall(new LocalDate(2017, 12, 31), 10m, new Payment[] { new("甲投资公司", 1m), new("甲投资公司", 1m) }),
            },
            AnnualManagerFeeRate = -0.01m,
            CarryShare = 1.01m,
            ReviewCommitteeMembers = 1001,
            PublicNoticeDays = 367,
            Decisions = new[] { new DepartureDecision("guide.share", "纪要") },
        };
        Assert.Equal(new[]
        {
            "haidianCulturalInvestment: must not be negative (got -1)",
            "manager.name: is required and must not be blank",
            "manager.seniorManagerExperienceYears[1]: must be between 0 and 100 inclusive (got 100.5)",
            "capitalCalls[0].guidePaid: must not be negative (got -1)",
            "capitalCalls[0].payments[0].amount: " + MaxYuan,
            "capitalCalls[0].payments[1].contributor: 'nobody' is not one of the contributors",
            "capitalCalls[1].date: must be after capitalCalls[0].date (2018-01-01)",
            "capitalCalls[1].payments[1].contributor: '甲投资公司' pays twice in one call",
            "annualManagerFeeRate: must be between 0 and 1 inclusive (got -0.01)",
            "carryShare: must be between 0 and 1 inclusive (got 1.01)",
            "reviewCommitteeMembers: must be between 1 and 1000",
            "publicNoticeDays: must be between 0 and 366",
            "decisions[0].code: 'guide.share' is stated outright (a violation when broken); no decision can allow it",
        }, Errors(() => GuideFund.CheckParticipatingFund(bad)));
        Assert.Equal(new[] { "manager.seniorManagerExperienceYears: is required", "capitalCalls[0]: is required", "publicNoticeDays: must be between 0 and 366" },
            Errors(() => GuideFund.CheckParticipatingFund(CompliantFund with
            {
                Manager = new ManagerProfile("m", true, null!, true, false),
                CapitalCalls = new CapitalCall[] { null!, new(new LocalDate(2018, 1, 1), 1m, Array.Empty<Payment>()) },
                PublicNoticeDays = -1,
            })));
        Assert.Equal(new[] { "reviewCommitteeMembers: must be between 1 and 1000" }, Errors(() => GuideFund.CheckParticipatingFund(CompliantFund with { ReviewCommitteeMembers = 0 })));
    }

    [Fact]
    public void ParticipatingFund_Bounds_AreAcceptedExactly()
    {
        var report = GuideFund.CheckParticipatingFund(CompliantFund with
        {
            CapitalCalls = new[]
            {
                new CapitalCall(new LocalDate(2018, 1, 1), 0m, CompliantFund.Contributors.Select(c => new Payment(c.Name, c.Subscribed)).ToArray()),   // why: each pays its whole subscription
                new CapitalCall(new LocalDate(2018, 1, 2), 24_000_000m, Array.Empty<Payment>()),   // why: one day later; the guide fund's whole subscription: 24% of 100,000,000 paid in
            },
            ReviewCommitteeMembers = 1,
            PublicNoticeDays = 366,
        });
        Assert.Equal(ComplianceVerdict.Compliant, report.Verdict);
        Assert.Equal("1 members", report.Findings.Single(f => f.Code == "guide.reviewCommitteeOdd").Message);
        Assert.Equal(FindingStatus.Met, GuideFund.CheckParticipatingFund(CompliantFund with { ReviewCommitteeMembers = 999, PublicNoticeDays = 0 })
            .Findings.Single(f => f.Code == "guide.reviewCommitteeOdd").Status);
        Assert.Equal("1000 members", GuideFund.CheckParticipatingFund(CompliantFund with { ReviewCommitteeMembers = 1000 }).Findings.Single(f => f.Code == "guide.reviewCommitteeOdd").Message);
    }

    [Fact]
    public void CheckManager_Messages()
    {
        Assert.Equal(new[] { "name: is required and must not be blank", "seniorManagerExperienceYears[0]: must be between 0 and 100 inclusive (got -1)" },
            Errors(() => GuideFund.CheckManager(new ManagerProfile(" ", true, new[] { -1m, 0m, 100m }, true, false), Day2018)));
        Assert.Equal(new[] { "seniorManagerExperienceYears: is required" }, Errors(() => GuideFund.CheckManager(new ManagerProfile("m", true, null!, true, false), Day2018)));
        Assert.Equal("0 of 2 qualify", GuideFund.CheckManager(new ManagerProfile("m", true, new[] { 0m, 2.99m }, true, false), Day2018).Findings[1].Message);
    }

    [Fact]
    public void CheckCustodianBank_NameAndEstablished_Messages()
    {
        var bank = new CustodianBankProfile(" ", new LocalDate(2018, 6, 2), true, true, true, false);
        Assert.Equal(new[] { "name: is required and must not be blank", "established: must not be after the day of the check (2018-06-01)" }, Errors(() => GuideFund.CheckCustodianBank(bank, Day2018)));
        Assert.True(GuideFund.CheckCustodianBank(bank with { Name = "b", Established = Day2018 }, Day2018).Findings[0].IsViolation);   // why: established the same day is sound input
    }

    [Fact]
    public void CheckInvestment_Guide_Messages()
    {
        Assert.Equal(new[] { "description: is required and must not be blank", "kind: is not one of " + string.Join(", ", Enum.GetNames<InvestmentKind>()) + " (got the undefined value 99)", "heldBeforeInvesteeListed: applies only to kind ListedEquity" },
            Errors(() => GuideFund.CheckInvestment(new ProposedInvestment("", (InvestmentKind)99, HeldBeforeInvesteeListed: true), Day2018)));
        Assert.Equal(new[] { "heldBeforeInvesteeListed: applies only to kind ListedEquity" },
            Errors(() => GuideFund.CheckInvestment(new ProposedInvestment("x", InvestmentKind.Stocks, HeldBeforeInvesteeListed: true), Day2018)));
    }

    [Fact]
    public void AssessExit_EveryDateAfterAsOf_AndEveryCompletionBeforeItsStart()
    {
        var asOf = new LocalDate(2018, 6, 1);
        var later = new LocalDate(2018, 6, 2);
        Assert.Equal(new[]
        {
            "planConfirmed: must not be after asOf (2018-06-01)",
            "setupCompleted: must not be after asOf (2018-06-01)",
            "guideMoneyDisbursed: must not be after asOf (2018-06-01)",
            "businessStarted: must not be after asOf (2018-06-01)",
        }, Errors(() => GuideFund.AssessExit(new ExitFacts(asOf, later, later, later, later))));
        Assert.Equal(new[] { "setupCompleted: must not be before planConfirmed (2018-03-01)", "businessStarted: must not be before guideMoneyDisbursed (2018-05-01)" },
            Errors(() => GuideFund.AssessExit(new ExitFacts(asOf, new LocalDate(2018, 3, 1), new LocalDate(2018, 2, 28), new LocalDate(2018, 5, 1), new LocalDate(2018, 4, 30)))));

        // why: every date on asOf, and each completion on its start, is sound
        var same = GuideFund.AssessExit(new ExitFacts(asOf, asOf, asOf, asOf, asOf));
        Assert.False(same.MayExit);
    }

    [Fact]
    public void Liquidate_Messages()
    {
        Assert.Equal(new[]
        {
            "remaining: " + MaxYuan,
            "guideContribution: must be a whole number of fen (at most two decimals), got 0.001",
            "others[0].name: is required and must not be blank",
            "others[1].amount: " + MaxYuan,
            "others[2].amount: must be a whole number of fen (at most two decimals), got 1.005",
            "kind: is not one of Ordinary, Bankruptcy (got the undefined value 9)",
        }, Errors(() => GuideFund.Liquidate(new Liquidation((LiquidationKind)9, 1_000_000_000_000_000.01m, 0.001m,
            new PartnerStake[] { new("", 1m), new("B", 1_000_000_000_000_000.01m), new("C", 1.005m) }), Day2018)));
        Assert.Equal(new[] { "others: the contributions must add up to more than 0" }, Errors(() => GuideFund.Liquidate(new Liquidation(LiquidationKind.Ordinary, 1m, 0m, Array.Empty<PartnerStake>()), Day2018)));
        Assert.Equal(new[] { "others: the contributions must add up to more than 0" },
            Errors(() => GuideFund.Liquidate(new Liquidation(LiquidationKind.Ordinary, 1m, 0m, new PartnerStake[] { new("A", 0m) }), Day2018)));
        Assert.Equal(new[] { "others: is required" }, Errors(() => GuideFund.Liquidate(new Liquidation(LiquidationKind.Ordinary, 1m, 1m, null!), Day2018)));

        // why: a bad field is reported alone, without the sum message that would read it; a single fen of contribution is enough
        Assert.Equal(new[] { "remaining: must not be negative (got -1)" }, Errors(() => GuideFund.Liquidate(new Liquidation(LiquidationKind.Ordinary, -1m, 0m, Array.Empty<PartnerStake>()), Day2018)));
        Assert.Equal(new[] { 1m }, GuideFund.Liquidate(new Liquidation(LiquidationKind.Ordinary, 1m, 0.01m, Array.Empty<PartnerStake>()), Day2018).Shares.Select(s => s.Amount));
    }

    [Fact]
    public void Carry_Messages()
    {
        Assert.Equal(new[] { "contributedCapital: must not be negative (got -1)", "proceeds: " + MaxYuan, "alreadyAwarded: must not be negative (got -2)", "proposedCarry: must not be negative (got -0.01)" },
            Errors(() => GuideFund.Carry(new CarryAward(-1m, 1_000_000_000_000_000.01m, -0.01m, AlreadyAwarded: -2m), Day2018)));
        Assert.Equal(FundLimits.MaximumAmount, GuideFund.Carry(new CarryAward(0m, FundLimits.MaximumAmount, FundLimits.MaximumAmount), Day2018).ValueAdded);

        // why: found by the hostile run — a cap rounded to the fen from a value added below a fen exceeded the value added (0.342 − 1/3)
        Assert.Equal(new[] { "contributedCapital: must be a whole number of fen (at most two decimals), got 0.3333333333333333333333333333", "alreadyAwarded: must be a whole number of fen (at most two decimals), got 316.128" },
            Errors(() => GuideFund.Carry(new CarryAward(0.3333333333333333333333333333m, 0.34m, AlreadyAwarded: 316.128m), Day2018)));
        Assert.Equal(ErrorCode.InvalidValue, Assert.Throws<ValidationException>(() => GuideFund.Carry(new CarryAward(0m, 0.001m), Day2018)).Errors.Single().Code);
        Assert.Equal(new[] { "guideProceeds: must be a whole number of fen (at most two decimals), got 0.001", "proposedAmount: must be a whole number of fen (at most two decimals), got 0.005" },
            Errors(() => GuideFund.CheckConcession(new Concession(Day2018, "r", 0m, 0.001m, 0.5m, true, ProposedAmount: 0.005m))));
    }

    /// <summary>A calendar answering from a function, for bounds no real calendar reaches.</summary>
    private sealed class FuncCalendar : Haidian.Rules.Deadlines.IWorkingDayCalendar
    {
        private readonly Func<LocalDate, bool> isWorkingDay;

        public FuncCalendar(Func<LocalDate, bool> isWorkingDay) => this.isWorkingDay = isWorkingDay;

        public string Name => "function calendar";

        public bool IsWorkingDay(LocalDate date) => isWorkingDay(date);
    }
}
