using Haidian.Rules.FundFees;

namespace Haidian.Rules.Tests.FundFees;

/// <summary>Bad input: every problem reported with its field path; nothing computed.</summary>
public sealed partial class FundFeesTests
{
    private static string[] Paths(Action act) => Assert.Throws<ValidationException>(act).Errors.Select(e => e.Path).ToArray();

    [Fact]
    public void FeeCap_UnorderedAndOverlappingChanges_NegativeAmounts_AndAnEndBeforeTheStart_AreAllReported()
    {
        var request = new FeePeriod(new LocalDate(2018, 12, 31), new LocalDate(2018, 1, 1), new[]
        {
            new BaseChange(new LocalDate(2018, 1, 1), 100m),
            new BaseChange(new LocalDate(2018, 7, 1), -1m),
            new BaseChange(new LocalDate(2018, 7, 1), 200m),   // overlaps the previous change
            new BaseChange(new LocalDate(2018, 3, 1), 300m),   // out of order
        }, ProposedFee: -5m);
        var ex = Assert.Throws<ValidationException>(() => Development.ManagementFeeCap(request));
        Assert.Equal(new[] { "end", "base[1].amount", "base[2].effectiveFrom", "base[3].effectiveFrom", "proposedFee" }, ex.Errors.Select(e => e.Path));
        Assert.Contains("overlaps", ex.Errors[2].Message, StringComparison.Ordinal);
        Assert.Contains("increasing date order", ex.Errors[3].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FeeCap_BaseStartingAfterThePeriod_AndAnEmptyBase_AreRejected()
    {
        Assert.Equal(new[] { "base[0].effectiveFrom" }, Paths(() => Development.ManagementFeeCap(new FeePeriod(new LocalDate(2018, 1, 1), new LocalDate(2018, 12, 31),
            new[] { new BaseChange(new LocalDate(2018, 1, 2), 1m) }))));
        Assert.Equal(new[] { "base" }, Paths(() => GuideFund.TrusteeFeeCap(new FeePeriod(new LocalDate(2018, 1, 1), new LocalDate(2018, 12, 31), Array.Empty<BaseChange>()))));
    }

    [Fact]
    public void FeeCap_PeriodReturns_AreOnlyForTheDevelopmentFund()
    {
        Assert.Equal(new[] { "periodReturns" }, Paths(() => GuideFund.TrusteeFeeCap(F1Request() with { PeriodReturns = 1m })));
    }

    [Fact]
    public void Vote_InFavourAboveMembers_AndACompositionThatDoesNotAddUp()
    {
        Assert.Equal(new[] { "inFavour", "composition" }, Paths(() => Development.Vote(new CommitteeVote(5, 6, new CommitteeComposition(2, 2, 2)), Day2018)));
        Assert.Equal(new[] { "members", "inFavour" }, Paths(() => Development.Vote(new CommitteeVote(0, 1), Day2018)));
    }

    [Fact]
    public void Distributions_NegativeOrFractionalFen_AndNoPositiveWeight()
    {
        Assert.Equal(new[] { "returns", "partners[0].amount", "partners[1].name" }, Paths(() => Development.DistributeYearEnd(new YearEndDistribution(2018, 1.001m,
            new[] { new PartnerStake("A", -1m), new PartnerStake(" ", 2m) }))));
        Assert.Equal(new[] { "partners" }, Paths(() => Development.DistributeYearEnd(new YearEndDistribution(2018, 1m, new[] { new PartnerStake("A", 0m) }))));
        Assert.Equal(new[] { "remaining", "guideContribution", "others[0].amount" }, Paths(() => GuideFund.Liquidate(new Liquidation(LiquidationKind.Ordinary, -1m, -1m,
            new[] { new PartnerStake("A", -2m) }), Day2018)));
        Assert.Equal(new[] { "guideContribution", "others[1].amount" }, Paths(() => GuideFund.Liquidate(new Liquidation(LiquidationKind.Bankruptcy, 10m, 1.005m,
            new[] { new PartnerStake("A", 2m), new PartnerStake("B", 0.001m) }), Day2018)));
    }

    [Fact]
    public void ParticipatingFund_EveryBadFieldIsReported()
    {
        var bad = CompliantFund with
        {
            Name = "",
            GuideSubscribed = -1m,
            Contributors = new[] { new Contributor("", -1m) },
            TermYears = -1m,
            Manager = new ManagerProfile("m", true, new[] { -1m }, true, false),
            CapitalCalls = new[] { new CapitalCall(new LocalDate(2018, 1, 1), 10m, Array.Empty<Payment>()), new CapitalCall(new LocalDate(2018, 1, 1), 0m, Array.Empty<Payment>()) },
            CarryShare = 1.5m,
            ReviewCommitteeMembers = 0,
        };
        Assert.Equal(new[]
        {
            "name", "guideSubscribed", "contributors[0].name", "contributors[0].subscribed", "termYears", "manager.seniorManagerExperienceYears[0]",
            "capitalCalls[0].guidePaid", "capitalCalls[1].date", "carryShare", "reviewCommitteeMembers",
        }, Paths(() => GuideFund.CheckParticipatingFund(bad)));
    }

    [Fact]
    public void ExitFacts_DatesAfterAsOf_OrCompletionBeforeItsStart()
    {
        Assert.Equal(new[] { "setupCompleted", "businessStarted" }, Paths(() => GuideFund.AssessExit(new ExitFacts(new LocalDate(2018, 6, 1),
            PlanConfirmed: new LocalDate(2018, 3, 1), SetupCompleted: new LocalDate(2018, 2, 1), GuideMoneyDisbursed: new LocalDate(2018, 5, 1), BusinessStarted: new LocalDate(2018, 4, 1)))));
        Assert.Equal(new[] { "planConfirmed" }, Paths(() => GuideFund.AssessExit(new ExitFacts(new LocalDate(2018, 6, 1), PlanConfirmed: new LocalDate(2018, 6, 2)))));
    }

    [Fact]
    public void Parameters_ABrokenWhatIf_IsRejectedWithItsPaths()
    {
        var ex = Assert.Throws<ValidationException>(() => new GuideFundCalculator(GuideFundParameters.Gazette2017 with { MaximumGuideShare = 1.5m, TrancheAmount = 1m, MaximumInvestorCount = 2 }));
        Assert.Equal(new[] { "versions[0].trancheAmount", "versions[0].maximumGuideShare", "versions[0].maximumInvestorCount" }, ex.Errors.Select(e => e.Path));
        var dev = Assert.Throws<ValidationException>(() => new DevelopmentFundCalculator(DevelopmentFundParameters.Gazette2017 with { CommitteeExperts = 2, CommitteePassNumerator = 6 }));
        Assert.Equal(new[] { "versions[0].committeeMembers", "versions[0].committeePassNumerator" }, dev.Errors.Select(e => e.Path));
        Assert.Equal(new[] { "versions[0].committeePassDenominator" }, Paths(() => new DevelopmentFundCalculator(DevelopmentFundParameters.Gazette2017 with { CommitteePassDenominator = int.MaxValue })));
    }

    [Fact]
    public void NullArguments_ThrowArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => Development.ManagementFeeCap(null!));
        Assert.Throws<ArgumentNullException>(() => GuideFund.CheckParticipatingFund(null!));
        Assert.Throws<ArgumentNullException>(() => Development.QuarterlyCustodyReportDeadline(2018, 1, null!));
    }
}
