using Haidian.Rules.FundFees;

namespace Haidian.Rules.Tests.FundFees;

/// <summary>Distributions and awards word for word: the year-end split, both liquidations step by step, and the carried interest.</summary>
public sealed partial class FundFeesTests
{
    private static readonly PartnerStake[] Jia40Yi35 = { new("甲", 40_000_000m), new("乙", 35_000_000m) };

    [Fact]
    public void DistributeYearEnd_SharesLinesAndNote_WordForWord()
    {
        var result = Development.DistributeYearEnd(new YearEndDistribution(2018, 1_000_000.00m, new[]
        {
            new PartnerStake("区国投中心", 100_000_000m, IsDistrictCentre: true),
            new PartnerStake("社会资本", 300_000_000m),
        }));
        Assert.Equal(new[]
        {
            new DistributionShare("区国投中心", 100_000_000m, 250_000.00m, "区国投中心出资部分享有的收益原则上继续用于基金投资 — in principle reinvested in the fund (第二十四条)"),
            new DistributionShare("社会资本", 300_000_000m, 750_000.00m, null),
        }, result.Shares);
        var citation = DevelopmentFundParameters.Document.WithArticle("第二十四条");
        Assert.Equal(new[]
        {
            new LineItem("区国投中心: paid-in 100,000,000.00", "year-end distribution by paid-in capital ratio (按实缴出资比例)", "1,000,000.00 × 100,000,000.00 / 400,000,000.00 → 250,000.00 (conservative fen split)", 250_000.00m, citation),
            new LineItem("社会资本: paid-in 300,000,000.00", "year-end distribution by paid-in capital ratio (按实缴出资比例)", "1,000,000.00 × 300,000,000.00 / 400,000,000.00 → 750,000.00 (conservative fen split)", 750_000.00m, citation),
        }, result.Lines);
        Assert.Equal(new[] { "Shares are truncated to the fen; leftover fen go to the largest remainders, ties to the partner listed first; they add up to 1,000,000.00." }, result.Notes);
        Assert.Equal((1_000_000.00m, "gazette-2017"), (result.Total, result.Provenance.ParametersVersion));
    }

    [Fact]
    public void Liquidate_Ordinary_ByContributionRatio_WordForWord()
    {
        var result = GuideFund.Liquidate(new Liquidation(LiquidationKind.Ordinary, 50_000_000m, 25_000_000m, Jia40Yi35), Day2018);
        Assert.Equal(new[] { new DistributionShare("引导基金", 25_000_000m, 12_500_000m, null), new DistributionShare("甲", 40_000_000m, 20_000_000m, null), new DistributionShare("乙", 35_000_000m, 17_500_000m, null) },
            result.Shares);
        var citation = GuideFundParameters.Document.WithArticle("第二十九条");
        Assert.Equal(new[]
        {
            new LineItem("引导基金: contribution 25,000,000.00", "remainder by contribution ratio (按照出资比例)", "50,000,000.00 × 25,000,000.00 / 100,000,000.00 → 12,500,000.00", 12_500_000m, citation),
            new LineItem("甲: contribution 40,000,000.00", "remainder by contribution ratio (按照出资比例)", "50,000,000.00 × 40,000,000.00 / 100,000,000.00 → 20,000,000.00", 20_000_000m, citation),
            new LineItem("乙: contribution 35,000,000.00", "remainder by contribution ratio (按照出资比例)", "50,000,000.00 × 35,000,000.00 / 100,000,000.00 → 17,500,000.00", 17_500_000m, citation),
        }, result.Lines);
        Assert.Equal(new[] { "Ordinary liquidation (第二十九条): conservative fen split; the shares add up to 50,000,000.00." }, result.Notes);
        Assert.Equal(50_000_000m, result.Total);
    }

    [Fact]
    public void Liquidate_Bankruptcy_EnoughForEveryone_GuideFirst_ThenTheOthersInFull_ThenTheSurplusByRatio()
    {
        var result = GuideFund.Liquidate(new Liquidation(LiquidationKind.Bankruptcy, 120_000_000m, 25_000_000m, Jia40Yi35), Day2018);
        Assert.Equal(new[] { 30_000_000m, 48_000_000m, 42_000_000m }, result.Shares.Select(s => s.Amount));
        var c26 = GuideFundParameters.Document.WithArticle("第二十六条");
        var c29 = GuideFundParameters.Document.WithArticle("第二十九条");
        const string Step2 = "step 2: the other contributors' capital, pro rata when short";
        const string Step3 = "step 3: surplus by contribution ratio (第二十九条)";
        Assert.Equal(new[]
        {
            new LineItem("引导基金: contribution 25,000,000.00", "step 1: the guide fund first (首先清偿)", "min(120,000,000.00, 25,000,000.00) = 25,000,000.00", 25_000_000m, c26),
            new LineItem("甲: contribution 40,000,000.00", Step2, "75,000,000.00 × 40,000,000.00 / 75,000,000.00 → 40,000,000.00", 40_000_000m, c26),
            new LineItem("乙: contribution 35,000,000.00", Step2, "75,000,000.00 × 35,000,000.00 / 75,000,000.00 → 35,000,000.00", 35_000_000m, c26),
            new LineItem("引导基金: contribution 25,000,000.00", Step3, "20,000,000.00 × 25,000,000.00 / 100,000,000.00 → 5,000,000.00", 5_000_000m, c29),
            new LineItem("甲: contribution 40,000,000.00", Step3, "20,000,000.00 × 40,000,000.00 / 100,000,000.00 → 8,000,000.00", 8_000_000m, c29),
            new LineItem("乙: contribution 35,000,000.00", Step3, "20,000,000.00 × 35,000,000.00 / 100,000,000.00 → 7,000,000.00", 7_000_000m, c29),
        }, result.Lines);
        Assert.Equal(2, result.Notes.Count);
    }

    [Fact]
    public void Liquidate_Bankruptcy_ShortOfTheGuideContribution_AllGoesToTheGuideFund_AndNothingElseIsStepped()
    {
        var result = GuideFund.Liquidate(new Liquidation(LiquidationKind.Bankruptcy, 10_000_000m, 25_000_000m, Jia40Yi35), Day2018);
        Assert.Equal(new[] { 10_000_000m, 0m, 0m }, result.Shares.Select(s => s.Amount));
        Assert.Equal("min(10,000,000.00, 25,000,000.00) = 10,000,000.00", Assert.Single(result.Lines).Arithmetic);
    }

    [Fact]
    public void Liquidate_Bankruptcy_OthersWithNothingContributed_GetNoStepTwo_AndTheSurplusGoesByRatio()
    {
        var result = GuideFund.Liquidate(new Liquidation(LiquidationKind.Bankruptcy, 15m, 10m, new[] { new PartnerStake("甲", 0m) }), Day2018);
        Assert.Equal(new[] { 15m, 0m }, result.Shares.Select(s => s.Amount));
        Assert.Equal(new[] { "step 1: the guide fund first (首先清偿)", "step 3: surplus by contribution ratio (第二十九条)", "step 3: surplus by contribution ratio (第二十九条)" }, result.Lines.Select(l => l.Rule));
        var alone = GuideFund.Liquidate(new Liquidation(LiquidationKind.Bankruptcy, 15m, 10m, Array.Empty<PartnerStake>()), Day2018);
        Assert.Equal(new[] { new DistributionShare("引导基金", 10m, 15m, null) }, alone.Shares);
        Assert.Equal(2, alone.Lines.Count);
    }

    [Fact]
    public void Liquidate_AGuideFundThatContributedNothing_GetsNothing_TheOthersShareTheRemainder()
    {
        var result = GuideFund.Liquidate(new Liquidation(LiquidationKind.Ordinary, 10m, 0m, new[] { new PartnerStake("甲", 3m), new PartnerStake("乙", 1m) }), Day2018);
        Assert.Equal(new[] { 0m, 7.5m, 2.5m }, result.Shares.Select(s => s.Amount));
    }

    [Fact]
    public void Carry_LinesAndFindings_WordForWord()
    {
        var result = GuideFund.Carry(new CarryAward(100_000_000m, 160_000_000m, 42_000_000m, ApprovedOn: new LocalDate(2018, 5, 31)), Day2018);
        var c = GuideFundParameters.Document.WithArticle("第二十七条");
        Assert.Equal(new[]
        {
            new LineItem("value added (增值收益)", "capital first (先回本后分利)", "max(0, 160,000,000.00 − 100,000,000.00) = 60,000,000.00", 60_000_000m, c),
            new LineItem("maximum award to the manager", "at most 70% of value added (最高不超过)", "0.7 × 60,000,000.00 = 42,000,000.00", 42_000_000m, c),
            new LineItem("maximum award now (2018-06-01)", "only after approval by 区政府常务会议 or 区长专题会 (经…审议通过后), less what was already awarded",
                "approved 2018-05-31: max(0, 42,000,000.00 − 0.00) = 42,000,000.00", 42_000_000m, c),
        }, result.Lines);
        Assert.Equal(new[]
        {
            ("guide.carryRatio", "award at most 42,000,000.00", "proposed 42,000,000.00", FindingStatus.Met, c),
            ("guide.carryApproval", "approved by 区政府常务会议 or 区长专题会", "approved 2018-05-31", FindingStatus.Met, c),
        }, result.Findings.Select(f => (f.Code, f.Requirement!, f.Message, f.Status!.Value, f.Citation)));
        Assert.Equal((100_000_000m, 160_000_000m, 42_000_000m, (decimal?)42_000_000m), (result.ContributedCapital, result.Proceeds, result.MaximumCarry, result.ProposedCarry));
        Assert.Equal("gazette-2017", result.Provenance.ParametersVersion);
    }

    [Theory]
    [InlineData("42000000.01", "2018-06-01", "proposed 42,000,000.01", FindingStatus.Breached, "approved 2018-06-01", FindingStatus.Met)]   // why: approved on the day itself counts
    [InlineData("1", null, "proposed 1.00", FindingStatus.Met, "not approved", FindingStatus.Breached)]
    [InlineData("1", "2018-06-02", "proposed 1.00", FindingStatus.Met, "approved only on 2018-06-02, after 2018-06-01", FindingStatus.Breached)]
    [InlineData("0", null, "proposed 0.00", FindingStatus.Met, "no award", FindingStatus.Met)]   // why: no award needs no approval
    public void Carry_ProposedAwards(string proposed, string? approvedOn, string ratioObserved, FindingStatus ratio, string approvalObserved, FindingStatus approval)
    {
        LocalDate? on = approvedOn is null ? null : NodaTime.Text.LocalDatePattern.Iso.Parse(approvedOn).Value;
        var result = GuideFund.Carry(new CarryAward(100_000_000m, 160_000_000m, decimal.Parse(proposed, System.Globalization.CultureInfo.InvariantCulture), on), Day2018);
        Assert.Equal(new[] { (ratioObserved, ratio), (approvalObserved, approval) }, result.Findings.Select(f => (f.Message, f.Status!.Value)));
    }

    [Fact]
    public void Carry_WithoutAProposal_HasNoFindings()
    {
        var result = GuideFund.Carry(new CarryAward(100m, 100m), Day2018);
        Assert.Empty(result.Findings);
        Assert.Equal((0m, 0m), (result.ValueAdded, result.MaximumCarry));
        Assert.Equal("max(0, 100.00 − 100.00) = 0.00", result.Lines[0].Arithmetic);
        Assert.Equal(("not approved: 0.00", 0m), (result.Lines[2].Arithmetic, result.MaxAwardNow));
    }
}
