using Haidian.Rules.FundFees;

namespace Haidian.Rules.Tests.FundFees;

/// <summary>
/// The fee caps: where a period is split (base changes, year ends, parameter versions — each only inside the period), the lines
/// word for word, and the fee-vs-cap and fee-vs-returns findings exactly at the cap and one fen past it.
/// </summary>
public sealed partial class FundFeesTests
{
    private static readonly LocalDate Jun30 = new(2018, 6, 30);

    [Fact]
    public void FeeCap_ChangesBeforeTheStartAndAfterTheEnd_DoNotSplit_AChangeOnTheLastDay_MakesAOneDayStretch()
    {
        var result = Development.ManagementFeeCap(new FeePeriod(Jan1, Jun30, new[]
        {
            new BaseChange(new LocalDate(2017, 6, 1), 365_000_000m),   // why: before the start, it is the base on the first day, not a stretch
            new BaseChange(Jun30, 730_000_000m),                       // why: on the last day: a stretch of one day
            new BaseChange(new LocalDate(2018, 7, 1), 1_095_000_000m), // why: after the end: ignored
        }));
        Assert.Equal(
            new[] { new FeeCapSegment(Jan1, new LocalDate(2018, 6, 29), 180, 365, 365_000_000m, 0.002m), new FeeCapSegment(Jun30, Jun30, 1, 365, 730_000_000m, 0.002m) },
            result.Segments);
        Assert.Equal(180m * 2_000m + 4_000m, result.Cap);   // 2,000 a day, then 4,000 for the last day
        Assert.Equal((FundFee.DevelopmentFundManagementFee, Jan1, Jun30, 181), (result.Fee, result.Start, result.End, result.Days));
    }

    [Fact]
    public void FeeCap_AVersionInForceOnTheLastDay_AppliesToThatDay_OneAfterTheEnd_IsNotUsed()
    {
        var onLastDay = DevelopmentFundParameters.Gazette2017 with { Version = "what-if", InForceFrom = Jun30, ManagementFeeAnnualRate = 0.003m };
        var calculator = new DevelopmentFundCalculator(new ParameterHistory<DevelopmentFundParameters>(new[] { DevelopmentFundParameters.Gazette2017, onLastDay }));
        var request = new FeePeriod(Jan1, Jun30, new[] { new BaseChange(Jan1, 365_000_000m) });
        var result = calculator.ManagementFeeCap(request);
        Assert.Equal(new[] { (180, 0.002m), (1, 0.003m) }, result.Segments.Select(s => (s.Days, s.AnnualRate)));
        Assert.Equal(180m * 2_000m + 3_000m, result.Cap);
        var after = calculator.ManagementFeeCap(request with { End = new LocalDate(2018, 6, 29) });
        Assert.Equal(new[] { 0.002m }, after.Segments.Select(s => s.AnnualRate));
    }

    [Fact]
    public void FeeCap_APeriodOverThreeYears_IsSplitAtEachYearEnd()
    {
        var result = GuideFund.ManagerFeeCap(new FeePeriod(new LocalDate(2019, 12, 31), new LocalDate(2021, 1, 1), new[] { new BaseChange(new LocalDate(2019, 1, 1), 100m) }));
        Assert.Equal(
            new[] { (new LocalDate(2019, 12, 31), new LocalDate(2019, 12, 31), 1, 365), (new LocalDate(2020, 1, 1), new LocalDate(2020, 12, 31), 366, 366), (new LocalDate(2021, 1, 1), new LocalDate(2021, 1, 1), 1, 365) },
            result.Segments.Select(s => (s.From, s.To, s.Days, s.DaysInYear)));
        Assert.Equal(368, result.Days);
    }

    [Fact]
    public void TrusteeFeeCap_LinesAndFinding_WordForWord()
    {
        var year = new[] { new BaseChange(Jan1, 72_000_000m) };
        var atCap = GuideFund.TrusteeFeeCap(Year2018(year) with { ProposedFee = 360_000.00m });
        Assert.Equal(FundFee.GuideFundTrusteeFee, atCap.Fee);
        var citation = GuideFundParameters.Document.WithArticle("第十六条");
        Assert.Equal(new[]
        {
            new LineItem("2018-01-01..2018-12-31: 实缴出资额 guide fund paid-in capital 72,000,000.00, 365 of 365 days of 2018", "at most 0.5% of the guide fund's paid-in capital per year (stated outright)",
                "0.005 × 72,000,000.00 × 365 / 365 = 360,000.000000 (shown to the fen: not rounded until the total)", 360_000.00m, citation),
            new LineItem("cap for the period", "Actual/Actual day weighting, rounded once to the fen (四舍五入)", "Σ = 360,000.000000 → 360,000.00", 360_000.00m, citation),
        }, atCap.Lines);
        var met = Assert.Single(atCap.Findings);
        Assert.Equal(("guide.trusteeFee", "at most 0.5% of the guide fund's paid-in capital per year (stated outright); cap for 2018-01-01..2018-12-31 is 360,000.00", "proposed 360,000.00, within the cap", FindingStatus.Met, citation),
            (met.Code, met.Requirement, met.Message, met.Status, met.Citation));
        Assert.Equal((true, 0m, (decimal?)null, (bool?)null), (atCap.WithinCap, atCap.Excess, atCap.PeriodReturns, atCap.WithinReturns));

        var over = GuideFund.TrusteeFeeCap(Year2018(year) with { ProposedFee = 360_000.01m });
        Assert.Equal((false, 0.01m, 360_000.01m), (over.WithinCap, over.Excess, over.ProposedFee));
        Assert.Equal("proposed 360,000.01, exceeds the cap by 0.01", over.Findings[0].Message);
        Assert.Equal(("gazette-2017", new LocalDate(2017, 9, 17)), (over.Provenance.ParametersVersion, over.Provenance.ParametersInForceFrom));
    }

    [Fact]
    public void ManagerFeeCap_LinesAndFinding_WordForWord()
    {
        var result = GuideFund.ManagerFeeCap(new FeePeriod(Jan1, new LocalDate(2018, 1, 10), new[] { new BaseChange(Jan1, 36_500_000m) }, 20_000m));
        Assert.Equal(FundFee.ParticipatingFundManagerFee, result.Fee);
        var citation = GuideFundParameters.Document.WithArticle("第二十一条");
        Assert.Equal(new[] { "2018-01-01..2018-01-10: 实际出资额 actual contributions 36,500,000.00, 10 of 365 days of 2018", "cap for the period" }, result.Lines.Select(l => l.Subject));
        Assert.Equal("in principle at most 2% of actual contributions per year", result.Lines[0].Rule);
        Assert.Equal("0.02 × 36,500,000.00 × 10 / 365 = 20,000.000000 (shown to the fen: not rounded until the total)", result.Lines[0].Arithmetic);
        Assert.All(result.Lines, l => Assert.Equal(citation, l.Citation));
        var f = Assert.Single(result.Findings);
        Assert.Equal(("guide.managerFeeRate", "in principle at most 2% of actual contributions per year; cap for 2018-01-01..2018-01-10 is 20,000.00", "proposed 20,000.00, within the cap", FindingStatus.Met),
            (f.Code, f.Requirement, f.Message, f.Status));
        Assert.Empty(GuideFund.ManagerFeeCap(new FeePeriod(Jan1, Jan1, new[] { new BaseChange(Jan1, 1m) })).Findings);   // why: no proposed fee, nothing to judge
    }

    [Fact]
    public void ManagementFeeCap_AFeeExactlyAtTheCapAndExactlyTheReturns_IsWithinBoth()
    {
        var result = Development.ManagementFeeCap(F1Request(1_302_465.75m) with { PeriodReturns = 1_302_465.75m });
        Assert.Equal((true, 0m, true), (result.WithinCap, result.Excess, result.WithinReturns));
        var citation = DevelopmentFundParameters.Document.WithArticle("第十四条");
        Assert.Equal(new[]
        {
            ("dev.managementFeeRate", "annual management fee at most 2‰ of actual managed scale; cap for 2018-01-01..2018-12-31 is 1,302,465.75", "proposed 1,302,465.75, within the cap", FindingStatus.Met, citation),
            ("dev.feeFromReturns", "the fee is paid out of the fund's returns (从基金收益中列支)", "proposed 1,302,465.75, returns for the period 1,302,465.75", FindingStatus.Met, citation),
        }, result.Findings.Select(f => (f.Code, f.Requirement!, f.Message, f.Status!.Value, f.Citation)));
    }

    [Fact]
    public void ManagementFeeCap_AFeeOneFenAboveTheReturns_SaysTheReturnsDoNotCoverIt()
    {
        var result = Development.ManagementFeeCap(F1Request(1_302_465.75m) with { PeriodReturns = 1_302_465.74m });
        Assert.Equal((true, false), (result.WithinCap, result.WithinReturns));
        Assert.Equal("proposed 1,302,465.75, returns for the period 1,302,465.74: the returns do not cover the fee", result.Findings[1].Message);
        Assert.Equal(FindingStatus.Breached, result.Findings[1].Status);
        var over = Development.ManagementFeeCap(F1Request(1_302_465.76m));
        Assert.Equal("proposed 1,302,465.76, exceeds the cap by 0.01", Assert.Single(over.Findings).Message);
        Assert.Equal(0.01m, over.Excess);
    }

    [Fact]
    public void ManagementFeeCap_ReturnsWithoutAProposedFee_AreEchoedButNotJudged()
    {
        var result = Development.ManagementFeeCap(F1Request() with { PeriodReturns = 5m });
        Assert.Equal((5m, (bool?)null, (bool?)null, (decimal?)null), (result.PeriodReturns, result.WithinReturns, result.WithinCap, result.Excess));
        Assert.Empty(result.Findings);
        Assert.Equal("at most 0.002 (2‰) of actual managed scale per year, 原则上", result.Lines[0].Rule);
        Assert.Equal("2018-01-01..2018-06-30: 实际管理规模 actual managed scale 500,000,000.00, 181 of 365 days of 2018", result.Lines[0].Subject);
    }
}
