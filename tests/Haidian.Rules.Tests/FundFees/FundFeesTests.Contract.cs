using Haidian.Rules.FundFees;
using Haidian.Rules.Tests.Core;

namespace Haidian.Rules.Tests.FundFees;

/// <summary>
/// The 1.0 input contract (spec 07 §C, issue 14) for the fund module: every required field of every input and parameter type is
/// reported as <c>required</c> at its path when left out (C1); several problems come at once with codes (C2, C3); undefined enum values
/// are rejected at every entry point (C4); before either document was in force is the same <see cref="NotInForceException"/> (C6).
/// </summary>
public sealed partial class FundFeesTests
{
    private static readonly LocalDate Approved = new(2019, 5, 20);

    /// <summary>A valid instance of every input type of the module, with every optional member set (so nested required fields are reached).</summary>
    public static TheoryData<string, Func<string>> ValidInputs() => new()
    {
        { nameof(FeePeriod), () => HaidianJson.Serialize(new FeePeriod(Jan1, new LocalDate(2018, 12, 31), new[] { new BaseChange(Jan1, 1m) }, 1m, 1m)) },
        { nameof(CommitteeVote), () => HaidianJson.Serialize(new CommitteeVote(5, 3, new CommitteeComposition(2, 2, 1, 0))) },
        { nameof(ProjectInvestment), () => HaidianJson.Serialize(new ProjectInvestment("p", true, new CommitteeVote(5, 3, new CommitteeComposition(2, 2, 1)), true, true, true, new[] { new DepartureDecision("dev.investment.direction", "纪要") })) },
        { nameof(DevelopmentFundTerms), () => HaidianJson.Serialize(CompliantDevelopmentFund with { Decisions = new[] { new DepartureDecision("dev.term", "纪要") } }) },
        { nameof(YearEndDistribution), () => HaidianJson.Serialize(new YearEndDistribution(2018, 1m, new[] { new PartnerStake("a", 1m, true) })) },
        { nameof(ParticipatingFundTerms), () => HaidianJson.Serialize(CompliantFund with { CapitalCalls = new[] { new CapitalCall(Jan1, 1m, new[] { new Payment("甲投资公司", 1m) }) }, Decisions = new[] { new DepartureDecision("guide.termStandard", "纪要") } }) },
        { nameof(CapitalCallHistory), () => HaidianJson.Serialize(new CapitalCallHistory("f", Jan1, 1m, new[] { new Contributor("a", 1m, ContributorRole.Government) }, new[] { new CapitalCall(Jan1, 1m, new[] { new Payment("a", 1m) }) })) },
        { nameof(ManagerProfile), () => HaidianJson.Serialize(new ManagerProfile("m", true, new[] { 3m }, true, false)) },
        { nameof(CustodianBankProfile), () => HaidianJson.Serialize(new CustodianBankProfile("b", Jan1, true, true, true, false)) },
        { nameof(ProposedInvestment), () => HaidianJson.Serialize(new ProposedInvestment("x", InvestmentKind.ListedEquity, true, true)) },
        { nameof(ExitFacts), () => HaidianJson.Serialize(new ExitFacts(Day2018, Jan1, Jan1, Jan1, Jan1, true, true, true)) },
        { nameof(Liquidation), () => HaidianJson.Serialize(new Liquidation(LiquidationKind.Bankruptcy, 1m, 1m, new[] { new PartnerStake("a", 1m) })) },
        { nameof(CarryAward), () => HaidianJson.Serialize(new CarryAward(1m, 2m, 0.5m, Approved, 0.1m)) },
        { nameof(Concession), () => HaidianJson.Serialize(new Concession(Day2019, "r", 1m, 2m, 0.1m, true, Approved, 0.05m)) },
        { nameof(BuyBack), () => HaidianJson.Serialize(new BuyBack(Day2019, true, 1m, 1m, BreachingParty.Trustee, BreachedDocument.EntrustmentAgreement)) },
        { nameof(DevelopmentFundParameters), () => HaidianJson.Serialize(DevelopmentFundParameters.Gazette2017) },
        { nameof(GuideFundParameters), () => HaidianJson.Serialize(GuideFundParameters.Gazette2017) },
    };

    [Theory]
    [MemberData(nameof(ValidInputs))]
    public void Contract_C1_EachRequiredFieldOfEveryInputType_IsRequired(string type, Func<string> validJson)
    {
        var t = typeof(FeePeriod).Assembly.GetType("Haidian.Rules.FundFees." + type)!;
        var check = typeof(ContractAssert).GetMethod(nameof(ContractAssert.EachRequiredFieldIsRequired))!.MakeGenericMethod(t);
        var count = (int)check.Invoke(null, new object[] { validJson() })!;
        Assert.True(count >= 1, type + " checked no field");
    }

    [Fact]
    public void Contract_C1_OptionalMembersKeepTheirDocumentedDefaults()
    {
        var call = HaidianJson.Deserialize<CarryAward>("""{ "contributedCapital": 1, "proceeds": 2 }""");
        Assert.Equal(new CarryAward(1m, 2m, null, null, 0m), call);
        Assert.Equal(ContributorRole.Investor, HaidianJson.Deserialize<Contributor>("""{ "name": "a", "subscribed": 1 }""").Role);
        Assert.False(HaidianJson.Deserialize<ExitFacts>("""{ "asOf": "2018-06-01" }""").NonConformingFieldOrStage);
        Assert.Equal(0, HaidianJson.Deserialize<CommitteeComposition>("""{ "fromManager": 2, "fromStateAssetsCentre": 2, "experts": 1 }""").Others);
        Assert.False(DevelopmentFundParameters.Gazette2017.MoveAnnualReportDeadlineOffRestDay);
    }

    [Fact]
    public void Contract_C2_C3_ADocumentWithThreeProblems_ReportsAllThreeWithCodes()
    {
        const string json = """{ "asOf": "2019-06-01", "buyerIsBreachingParty": true, "price": 1, "breachBy": "Banker", "surprise": 1 }""";
        var errors = Assert.Throws<ValidationException>(() => HaidianJson.Deserialize<BuyBack>(json)).Errors;
        Assert.Equal(
            new[] { ("originalPrice", ErrorCode.Required), ("breachBy", ErrorCode.InvalidValue), ("surprise", ErrorCode.UnknownField) }.OrderBy(x => x.Item1),
            errors.Select(e => (e.Path, e.Code)).OrderBy(x => x.Item1));
        Assert.Contains("ParticipatingFund, Trustee, Investor", errors.Single(e => e.Path == "breachBy").Message, StringComparison.Ordinal);
        Assert.All(errors, e => Assert.DoesNotContain("Haidian.Rules", e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Contract_C3_CalculatorChecksCarryTheirCodes()
    {
        var errors = Assert.Throws<ValidationException>(() => Development.ManagementFeeCap(new FeePeriod(Jan1, new LocalDate(2017, 12, 31),
            new[] { new BaseChange(Jan1, -1m), new BaseChange(Jan1, 1m) }, ProposedFee: -1m))).Errors;
        Assert.Equal(
            new[] { ("end", ErrorCode.Inconsistent), ("base[0].amount", ErrorCode.OutOfRange), ("base[1].effectiveFrom", ErrorCode.Inconsistent), ("proposedFee", ErrorCode.OutOfRange) },
            errors.Select(e => (e.Path, e.Code)));
        Assert.Equal(ErrorCode.Inconsistent, Assert.Throws<ValidationException>(() => Development.ManagementFeeCap(new FeePeriod(Jan1, Jan1, new[] { new BaseChange(Jan1.PlusDays(1), 1m) }))).Errors.Single().Code);
        Assert.Equal(ErrorCode.Inconsistent, Assert.Throws<ValidationException>(() => GuideFund.TrusteeFeeCap(new FeePeriod(Jan1, Jan1, new[] { new BaseChange(Jan1, 1m) }, PeriodReturns: 1m))).Errors.Single().Code);
        Assert.Equal(ErrorCode.Inconsistent, Assert.Throws<ValidationException>(() => Development.Vote(new CommitteeVote(5, 3, new CommitteeComposition(2, 2, 2)), Day2018)).Errors.Single().Code);
    }

    public static TheoryData<string, Action> UndefinedEnums() => new()
    {
        { "contributors[0].role", () => GuideFund.CheckShare(1m, new[] { new Contributor("a", 1m, (ContributorRole)99) }, Day2018) },
        { "contributors[0].role", () => GuideFund.CheckParticipatingFund(CompliantFund with { Contributors = new[] { new Contributor("a", 1m, (ContributorRole)99) } }) },
        { "contributors[0].role", () => GuideFund.CheckCapitalCalls(new CapitalCallHistory("f", Day2018, 1m, new[] { new Contributor("a", 1m, (ContributorRole)99) }, Array.Empty<CapitalCall>())) },
        { "kind", () => GuideFund.CheckInvestment(new ProposedInvestment("x", (InvestmentKind)99), Day2018) },
        { "kind", () => GuideFund.Liquidate(new Liquidation((LiquidationKind)99, 1m, 1m, Array.Empty<PartnerStake>()), Day2018) },
        { "breachBy", () => GuideFund.CheckBuyBack(new BuyBack(Day2019, true, 1m, 1m, (BreachingParty)99, BreachedDocument.CharterOrAgreement)) },
        { "breachOf", () => GuideFund.CheckBuyBack(new BuyBack(Day2019, true, 1m, 1m, BreachingParty.Investor, (BreachedDocument)99)) },
        { "versions[0].prohibitedCategories[0].kinds[0]", () => _ = new GuideFundCalculator(GuideFundParameters.Gazette2017 with { ProhibitedCategories = new[] { new ProhibitedCategory("（一）", "x", new[] { (InvestmentKind)99 }) } }) },
    };

    [Theory]
    [MemberData(nameof(UndefinedEnums))]
    public void Contract_C4_AnUndefinedEnumValue_IsRejectedWithItsPath(string path, Action call)
    {
        var error = Assert.Single(Assert.Throws<ValidationException>(call).Errors, e => e.Path == path);
        Assert.Equal(ErrorCode.InvalidValue, error.Code);
        Assert.Contains("is not one of", error.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, Action> BeforeInForce()
    {
        var dev = new LocalDate(2017, 9, 7);
        var guide = new LocalDate(2017, 9, 16);
        var period = new FeePeriod(guide, guide, new[] { new BaseChange(guide, 1m) });
        return new()
        {
            { "ManagementFeeCap", () => Development.ManagementFeeCap(period with { Start = dev, End = dev, Base = new[] { new BaseChange(dev, 1m) } }) },
            { "CheckTerms", () => Development.CheckTerms(CompliantDevelopmentFund with { AsOf = dev }) },
            { "CheckInvestment(dev)", () => Development.CheckInvestment(new ProjectInvestment("p", true, new CommitteeVote(5, 3)), dev) },
            { "Vote", () => Development.Vote(new CommitteeVote(5, 3), dev) },
            { "DistributeYearEnd", () => Development.DistributeYearEnd(new YearEndDistribution(2016, 1m, new[] { new PartnerStake("a", 1m) })) },
            { "TrusteeFeeCap", () => GuideFund.TrusteeFeeCap(period) },
            { "ManagerFeeCap", () => GuideFund.ManagerFeeCap(period) },
            { "CheckShare", () => GuideFund.CheckShare(1m, new[] { new Contributor("a", 5m) }, guide) },
            { "CheckTerm", () => GuideFund.CheckTerm(8m, false, guide) },
            { "CheckParticipatingFund", () => GuideFund.CheckParticipatingFund(CompliantFund with { AsOf = guide }) },
            { "CheckCapitalCalls", () => GuideFund.CheckCapitalCalls(new CapitalCallHistory("f", guide, 1m, new[] { new Contributor("a", 5m) }, Array.Empty<CapitalCall>())) },
            { "CheckManager", () => GuideFund.CheckManager(new ManagerProfile("m", true, new[] { 3m }, true, false), guide) },
            { "CheckCustodianBank", () => GuideFund.CheckCustodianBank(new CustodianBankProfile("b", new LocalDate(2010, 1, 1), true, true, true, false), guide) },
            { "CheckInvestment(guide)", () => GuideFund.CheckInvestment(new ProposedInvestment("x", InvestmentKind.Stocks), guide) },
            { "AssessExit", () => GuideFund.AssessExit(new ExitFacts(guide)) },
            { "Liquidate", () => GuideFund.Liquidate(new Liquidation(LiquidationKind.Ordinary, 1m, 1m, Array.Empty<PartnerStake>()), guide) },
            { "Carry", () => GuideFund.Carry(new CarryAward(1m, 2m), guide) },
            { "CheckConcession", () => GuideFund.CheckConcession(new Concession(guide, "r", 1m, 2m, 0.1m, true)) },
            { "CheckBuyBack", () => GuideFund.CheckBuyBack(new BuyBack(guide, true, 1m, 1m)) },
        };
    }

    [Theory]
    [MemberData(nameof(BeforeInForce))]
    public void Contract_C6_BeforeEitherDocumentWasInForce_IsNotInForceException(string entryPoint, Action call)
    {
        var ex = Assert.Throws<NotInForceException>(call);
        Assert.True(ex.InForceFrom == new LocalDate(2017, 9, 8) || ex.InForceFrom == new LocalDate(2017, 9, 17), entryPoint);
    }
}
