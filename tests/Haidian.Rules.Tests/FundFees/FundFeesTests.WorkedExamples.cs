using Haidian.Rules.FundFees;

namespace Haidian.Rules.Tests.FundFees;

/// <summary>Spec 03 worked examples F1–F8, each with the exact expected values.</summary>
public sealed partial class FundFeesTests
{
    private static readonly DevelopmentFundCalculator Development = new();
    private static readonly GuideFundCalculator GuideFund = new();
    private static readonly LocalDate Day2018 = new(2018, 6, 1);

    internal static FeePeriod F1Request(decimal? proposed = null) => new(
        new LocalDate(2018, 1, 1), new LocalDate(2018, 12, 31),
        new[] { new BaseChange(new LocalDate(2018, 1, 1), 500_000_000m), new BaseChange(new LocalDate(2018, 7, 1), 800_000_000m) },
        proposed);

    [Fact]
    public void F1_ScaleRisesMidYear_CapIs1302465_75_AndAProposalOf1400000IsADeparture()
    {
        var result = Development.ManagementFeeCap(F1Request(1_400_000m));
        Assert.Equal(1_302_465.75m, result.Cap);
        Assert.Equal(365, result.Days);
        Assert.Equal(new[] { 181, 184 }, result.Segments.Select(s => s.Days));
        Assert.False(result.WithinCap);
        Assert.Equal(97_534.25m, result.Excess);
        var finding = Assert.Single(result.Findings);
        Assert.Equal("dev.managementFeeRate", finding.Code);
        Assert.Equal(FindingStatus.Breached, finding.Status);
        Assert.Equal(Severity.Departure, finding.Severity);
        Assert.False(finding.IsViolation);
        Assert.Equal("第十四条", finding.Citation.Article);
    }

    [Fact]
    public void F1_FirstHalfOnlyAt500Million_CapIs495890_41()
    {
        var result = Development.ManagementFeeCap(new FeePeriod(new LocalDate(2018, 1, 1), new LocalDate(2018, 6, 30),
            new[] { new BaseChange(new LocalDate(2018, 1, 1), 500_000_000m) }));
        Assert.Equal(495_890.41m, result.Cap);
        Assert.Empty(result.Findings);
        Assert.Null(result.WithinCap);
    }

    [Fact]
    public void F2_PeriodAcrossTheYearEndIntoALeapYear_WeighsEachDayByItsOwnYear_Cap300413_20()
    {
        var result = Development.ManagementFeeCap(new FeePeriod(new LocalDate(2019, 10, 1), new LocalDate(2020, 3, 31),
            new[] { new BaseChange(new LocalDate(2019, 10, 1), 300_000_000m) }));
        Assert.Equal(300_413.20m, result.Cap);
        Assert.Equal(2, result.Segments.Count);
        Assert.Equal((92, 365), (result.Segments[0].Days, result.Segments[0].DaysInYear));
        Assert.Equal((91, 366), (result.Segments[1].Days, result.Segments[1].DaysInYear));
    }

    [Theory]
    [InlineData(5, 3, true)]   // 15 >= 15: exactly three-fifths passes (以上 includes the number)
    [InlineData(5, 2, false)]  // 10 < 15
    [InlineData(6, 4, true)]   // 20 >= 18
    [InlineData(6, 3, false)]  // 15 < 18
    public void F3_CommitteeVote_PassesWithThreeFifthsOrMore(int members, int yes, bool passes)
    {
        var result = Development.Vote(new CommitteeVote(members, yes), Day2018);
        Assert.Equal(passes, result.Passes);
        var size = result.Findings.Single(f => f.Code == "dev.committeeSize");
        Assert.Equal(members == 5 ? FindingStatus.Met : FindingStatus.Breached, size.Status);
        Assert.Equal(Severity.Departure, size.Severity);   // a committee of 6 is a departure, never a violation
    }

    [Fact]
    public void F3_RequiredVotes_AreTheSmallestCountThatReachesThreeFifths()
    {
        Assert.Equal(3, Development.Vote(new CommitteeVote(5, 0), Day2018).RequiredInFavour);
        Assert.Equal(4, Development.Vote(new CommitteeVote(6, 0), Day2018).RequiredInFavour);
    }

    [Fact]
    public void F4_ExactlyTwentyFivePercentAndBelowTheLargest_IsCompliant()
    {
        var report = GuideFund.CheckShare(25_000_000m, Others(30_000_000m, 25_000_000m, 20_000_000m), Day2018);
        Assert.Equal(ComplianceVerdict.Compliant, report.Verdict);
        Assert.All(report.Findings, f => Assert.Equal(FindingStatus.Met, f.Status));
    }

    [Fact]
    public void F4_TwentySixPercent_IsAShareViolation()
    {
        var report = GuideFund.CheckShare(26_000_000m, Others(30_000_000m, 24_000_000m, 20_000_000m), Day2018);
        Assert.Equal(ComplianceVerdict.NonCompliant, report.Verdict);
        var share = report.Findings.Single(f => f.Code == "guide.share");
        Assert.True(share.IsViolation);
        Assert.Equal(FindingStatus.Met, report.Findings.Single(f => f.Code == "guide.notLargest").Status);
    }

    [Fact]
    public void F4_TieWithTheLargestOtherContributor_CountsAsTheLargest_Violation()
    {
        var report = GuideFund.CheckShare(25_000_000m, Others(25_000_000m, 20_000_000m, 15_000_000m, 15_000_000m), Day2018);
        Assert.True(report.Findings.Single(f => f.Code == "guide.notLargest").IsViolation);
        Assert.Equal(FindingStatus.Met, report.Findings.Single(f => f.Code == "guide.share").Status);
        Assert.Equal(1, report.Violations);
    }

    [Fact]
    public void F5_TrusteeFeeCapOn72MillionPaidInAllOf2018_Is360000()
    {
        var result = GuideFund.TrusteeFeeCap(new FeePeriod(new LocalDate(2018, 1, 1), new LocalDate(2018, 12, 31),
            new[] { new BaseChange(new LocalDate(2018, 1, 1), 72_000_000m) }));
        Assert.Equal(360_000.00m, result.Cap);
    }

    [Fact]
    public void F5_ManagerFeeCapOn100MillionForAFullYear_Is2000000()
    {
        var result = GuideFund.ManagerFeeCap(new FeePeriod(new LocalDate(2018, 1, 1), new LocalDate(2018, 12, 31),
            new[] { new BaseChange(new LocalDate(2018, 1, 1), 100_000_000m) }));
        Assert.Equal(2_000_000.00m, result.Cap);
    }

    [Fact]
    public void F5_TrusteeFeeAboveTheCap_IsAViolation_ManagerFeeAboveTheCap_IsADeparture()
    {
        var year = new[] { new BaseChange(new LocalDate(2018, 1, 1), 72_000_000m) };
        var trustee = GuideFund.TrusteeFeeCap(new FeePeriod(new LocalDate(2018, 1, 1), new LocalDate(2018, 12, 31), year, 360_000.01m));
        Assert.True(Assert.Single(trustee.Findings).IsViolation);
        var atCap = GuideFund.TrusteeFeeCap(new FeePeriod(new LocalDate(2018, 1, 1), new LocalDate(2018, 12, 31), year, 360_000.00m));
        Assert.Equal(FindingStatus.Met, Assert.Single(atCap.Findings).Status);   // 不超过 includes the cap
        var manager = GuideFund.ManagerFeeCap(new FeePeriod(new LocalDate(2018, 1, 1), new LocalDate(2018, 12, 31), year, 2_000_000m));
        var f = Assert.Single(manager.Findings);
        Assert.True(f.IsDeparture);
        Assert.False(f.IsViolation);
    }

    [Fact]
    public void F6_Proceeds160MillionOn100MillionContributed_CarryAtMost42Million()
    {
        var result = GuideFund.Carry(new CarryAward(100_000_000m, 160_000_000m), Day2018);
        Assert.Equal(60_000_000m, result.ValueAdded);
        Assert.Equal(42_000_000.00m, result.MaximumCarry);
    }

    [Fact]
    public void F6_ProceedsBelowCapital_NoValueAdded_NoCarry()
    {
        var result = GuideFund.Carry(new CarryAward(100_000_000m, 90_000_000m, ProposedCarry: 1m, ApprovedOn: Day2018), Day2018);
        Assert.Equal(0m, result.ValueAdded);
        Assert.Equal(0m, result.MaximumCarry);
        Assert.True(result.Findings.Single(f => f.Code == "guide.carryRatio").IsViolation);
    }

    [Fact]
    public void F7_YearEndDistributionOfOneMillionByEqualPaidIn_GivesTheOddFenToTheFirstPartner()
    {
        var result = Development.DistributeYearEnd(new YearEndDistribution(2018, 1_000_000.00m, new[]
        {
            new PartnerStake("区国投中心", 100_000_000m, IsDistrictCentre: true),
            new PartnerStake("社会资本甲", 100_000_000m),
            new PartnerStake("社会资本乙", 100_000_000m),
        }));
        Assert.Equal(new[] { 333_333.34m, 333_333.33m, 333_333.33m }, result.Shares.Select(s => s.Amount));
        Assert.NotNull(result.Shares[0].Note);
        Assert.Equal(1_000_000.00m, result.Shares.Sum(s => s.Amount));
    }

    [Theory]
    [InlineData(9, false, ComplianceVerdict.DeparturesAwaitingDecision)]
    [InlineData(9, true, ComplianceVerdict.Compliant)]
    [InlineData(11, true, ComplianceVerdict.NonCompliant)]
    [InlineData(8, false, ComplianceVerdict.Compliant)]    // 不超过 8 includes 8
    [InlineData(10, true, ComplianceVerdict.Compliant)]    // 不得超过 10 includes 10
    public void F8_Term(int years, bool extended, ComplianceVerdict expected)
    {
        var report = GuideFund.CheckTerm(years, extended, Day2018);
        Assert.Equal(expected, report.Verdict);
        if (years == 9 && !extended)
        {
            Assert.Equal(0, report.Violations);
            Assert.Equal(1, report.Departures);
        }
    }

    internal static Contributor[] Others(params decimal[] amounts) =>
        amounts.Select((a, i) => new Contributor("出资人" + (i + 1), a, i == amounts.Length - 1 ? ContributorRole.ManagerOrControllingShareholder : ContributorRole.Investor)).ToArray();
}
