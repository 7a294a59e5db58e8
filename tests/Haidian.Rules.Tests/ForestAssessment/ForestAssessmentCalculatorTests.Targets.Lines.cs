using Haidian.Rules.ForestAssessment;

namespace Haidian.Rules.Tests.ForestAssessment;

/// <summary>The district's target lines (通知 二) word for word, the year limits of the view, and its figure checks.</summary>
public sealed partial class ForestAssessmentCalculatorTests
{
    private static Citation Notice(string article) => ForestAssessmentParameters.Document.WithArticle(article);

    private static readonly string CoverageNote = ForestAssessmentParameters.Gazette2017.Targets.OtherCoverageFigure!;

    [Fact]
    public void Progress_In2018_EveryLineWordForWord()
    {
        var p = Calculator.Progress(District2018);
        Assert.Equal(2018, p.Year);
        Assert.Equal(2020, p.TargetYear);
        Assert.Equal("gazette-2017", p.Provenance.ParametersVersion);
        Assert.Equal(
            new[]
            {
                new TargetLine(DistrictTarget.Coverage, "森林覆盖率达到35.78%", 35.78m, 35.52m, "%", TargetStatus.NotYetReached, 0.26m,
                    "(14800 + 500) ÷ 43074 × 100% = 35.52% < 35.78%", Notice("二（一）"), CoverageNote),
                new TargetLine(DistrictTarget.GrowingStock, "森林蓄积量达到748900立方米", 748_900m, 700_000m, "m³", TargetStatus.NotYetReached, 48_900m,
                    "700000 < 748900 m³, 48900 m³ to go", Notice("二（一）"), null),
                new TargetLine(DistrictTarget.ForestLand, "林地保有量增加到17200公顷", 17_200m, 17_200m, "ha", TargetStatus.Reached, 0m,
                    "17200 ≥ 17200 ha", Notice("二（一）"), null),
                new TargetLine(DistrictTarget.GrowthExceedsConsumption, "森林资源生长量大于消耗量", 3_000m, 30_000m, "m³", TargetStatus.Reached, 0m,
                    "growth 30000 > consumption 3000 m³ in 2018", Notice("二（二）"), null),
                new TargetLine(DistrictTarget.HarvestWithinQuota, "森林采伐总消耗量不突破采伐限额指标15400立方米", 15_400m, 9_000m, "m³", TargetStatus.Reached, 6_400m,
                    "2016–2018: 9000 ≤ 15400 m³, 6400 m³ left", Notice("二（二）"), null),
                new TargetLine(DistrictTarget.OccupiedLandApproval, "征占用林地审核率达到100%", 100m, 100m, "%", TargetStatus.Reached, 0m,
                    "20 ÷ 20 × 100% = 100.00% ≥ 100%", Notice("二（二）"), null),
                new TargetLine(DistrictTarget.Tending, "完成林木抚育1000公顷", 1_000m, 600m, "ha", TargetStatus.NotYetReached, 400m,
                    "600 < 1000 ha, 400 ha to go", Notice("二（三）"), null),
            },
            p.Targets);
    }

    [Fact]
    public void Progress_MissedLines_ShowHowFarOff()
    {
        var p = Calculator.Progress(District2018 with
        {
            Year = 2020,
            AnnualGrowth = 2_000m,
            HarvestSincePeriodStart = 15_400.5m,
            ApprovedOccupiedArea = 19m,
            GrowingStock = 748_900m,
            ForestedArea = 15_000m,
            SpecialShrubArea = 411.8771m,
            TotalLandArea = 43_074m,
        });
        Assert.Equal(
            new TargetLine(DistrictTarget.Coverage, "森林覆盖率达到35.78%", 35.78m, 35.78m, "%", TargetStatus.Missed, 0m,
                "(15000 + 411.8771) ÷ 43074 × 100% = 35.78% < 35.78%", Notice("二（一）"), CoverageNote),
            LineOf(p, DistrictTarget.Coverage));   // why: 15411.8771 ÷ 43074 = 35.77999…% shows as 35.78 but is compared exactly, and 35.78% of 43074 is 15411.8772
        Assert.Equal(
            new TargetLine(DistrictTarget.GrowingStock, "森林蓄积量达到748900立方米", 748_900m, 748_900m, "m³", TargetStatus.Reached, 0m,
                "748900 ≥ 748900 m³", Notice("二（一）"), null),
            LineOf(p, DistrictTarget.GrowingStock));
        Assert.Equal(
            new TargetLine(DistrictTarget.GrowthExceedsConsumption, "森林资源生长量大于消耗量", 3_000m, 2_000m, "m³", TargetStatus.Missed, 1_000m,
                "growth 2000 ≤ consumption 3000 m³ in 2020", Notice("二（二）"), null),
            LineOf(p, DistrictTarget.GrowthExceedsConsumption));
        Assert.Equal(
            new TargetLine(DistrictTarget.HarvestWithinQuota, "森林采伐总消耗量不突破采伐限额指标15400立方米", 15_400m, 15_400.5m, "m³", TargetStatus.Missed, 0m,
                "2016–2020: 15400.5 > 15400 m³, over by 0.5 m³", Notice("二（二）"), null),
            LineOf(p, DistrictTarget.HarvestWithinQuota));
        Assert.Equal(
            new TargetLine(DistrictTarget.OccupiedLandApproval, "征占用林地审核率达到100%", 100m, 95m, "%", TargetStatus.Missed, 5m,
                "19 ÷ 20 × 100% = 95.00% < 100%", Notice("二（二）"), null),
            LineOf(p, DistrictTarget.OccupiedLandApproval));
        Assert.Equal(TargetStatus.Missed, LineOf(p, DistrictTarget.Tending).Status);
    }

    [Fact]
    public void Progress_CoverageReached_HasNothingRemaining()
    {
        var p = Calculator.Progress(District2018 with { ForestedArea = 16_000m });
        Assert.Equal(
            new TargetLine(DistrictTarget.Coverage, "森林覆盖率达到35.78%", 35.78m, 38.31m, "%", TargetStatus.Reached, 0m,
                "(16000 + 500) ÷ 43074 × 100% = 38.31% ≥ 35.78%", Notice("二（一）"), CoverageNote),
            LineOf(p, DistrictTarget.Coverage));
    }

    [Fact]
    public void Progress_NothingOccupied_IsReachedWithNothingToApprove()
    {
        var p = Calculator.Progress(District2018 with { OccupiedArea = 0m, ApprovedOccupiedArea = 0m });
        Assert.Equal(
            new TargetLine(DistrictTarget.OccupiedLandApproval, "征占用林地审核率达到100%", 100m, 100m, "%", TargetStatus.Reached, 0m,
                "no forest land occupied: nothing to approve", Notice("二（二）"), null),
            LineOf(p, DistrictTarget.OccupiedLandApproval));
    }

    [Fact]
    public void Progress_AfterThePeriod_IsReadAgainstThe2020Targets()
    {
        var p = Calculator.Progress(District2018 with { Year = 9998 });
        Assert.Equal(9998, p.Year);
        Assert.Equal(2020, p.TargetYear);
        Assert.Equal(TargetStatus.Missed, LineOf(p, DistrictTarget.Tending).Status);
        Assert.Equal("2016–9998: 9000 ≤ 15400 m³, 6400 m³ left", LineOf(p, DistrictTarget.HarvestWithinQuota).Arithmetic);

        Assert.Equal(
            new[] { "year: must be between 2016 (the first year of the period) and 9998" },
            MessagesOf(() => Calculator.Progress(District2018 with { Year = 9999 })));
        Assert.Equal(TargetStatus.NotYetReached, LineOf(Calculator.Progress(District2018 with { Year = 2019 }), DistrictTarget.Tending).Status);
    }

    [Fact]
    public void Progress_AYearBeforeALaterPeriodStart_IsRejected()
    {
        var p = ForestAssessmentParameters.Gazette2017;
        var calc = new ForestAssessmentCalculator(p with { Version = "period-2017", Targets = p.Targets with { PeriodFirstYear = 2017 } });
        Assert.Equal(
            new[] { "year: must be between 2017 (the first year of the period) and 9998" },
            MessagesOf(() => calc.Progress(District2018 with { Year = 2016 })));
        Assert.Equal("2017–2017: 9000 ≤ 15400 m³, 6400 m³ left", LineOf(calc.Progress(District2018 with { Year = 2017 }), DistrictTarget.HarvestWithinQuota).Arithmetic);
    }

    [Fact]
    public void Progress_EveryFigureNegative_IsReportedUnderItsOwnPath_AndNotCompared()
    {
        var bad = new DistrictStatus
        {
            Year = 2018,
            ForestedArea = -1m,
            SpecialShrubArea = -1m,
            TotalLandArea = -3m,
            GrowingStock = -1m,
            ForestLandArea = -1m,
            AnnualGrowth = -1m,
            AnnualConsumption = -1m,
            HarvestSincePeriodStart = -1m,
            TendingSincePeriodStart = -1m,
            OccupiedArea = -2m,
            ApprovedOccupiedArea = -1m,
        };
        Assert.Equal(
            new[]
            {
                "forestedArea: " + Negative + "1)",
                "specialShrubArea: " + Negative + "1)",
                "totalLandArea: " + Negative + "3)",
                "growingStock: " + Negative + "1)",
                "forestLandArea: " + Negative + "1)",
                "annualGrowth: " + Negative + "1)",
                "annualConsumption: " + Negative + "1)",
                "harvestSincePeriodStart: " + Negative + "1)",
                "tendingSincePeriodStart: " + Negative + "1)",
                "occupiedArea: " + Negative + "2)",
                "approvedOccupiedArea: " + Negative + "1)",
            },
            MessagesOf(() => Calculator.Progress(bad)));
    }

    [Fact]
    public void Progress_CoverageOver100Percent_IsRejected_100PercentIsNot()
    {
        var full = Calculator.Progress(District2018 with { ForestedArea = 42_574m, SpecialShrubArea = 500m, TotalLandArea = 43_074m });
        Assert.Equal(100m, LineOf(full, DistrictTarget.Coverage).Actual);
        Assert.Equal(
            new[] { "forestedArea: forested 42574.0001 + shrub 500 ha exceeds the total land area 43074 ha" },
            MessagesOf(() => Calculator.Progress(District2018 with { ForestedArea = 42_574.0001m, SpecialShrubArea = 500m, TotalLandArea = 43_074m })));

        // why: a figure already invalid stops the cross-checks, so an oversized area beside a negative one is not reported twice
        Assert.Equal(
            new[] { "growingStock: " + Negative + "1)" },
            MessagesOf(() => Calculator.Progress(District2018 with { GrowingStock = -1m, ForestedArea = 50_000m, ApprovedOccupiedArea = 30m })));
    }

    [Fact]
    public void Progress_InTheLastAssessmentYear_UsesTheVersionInForceThen_NotALaterOne()
    {
        // why: only a year after the latest version's period falls back to that version; up to it, the year's own version applies
        var p = ForestAssessmentParameters.Gazette2017;
        var calc = new ForestAssessmentCalculator(new ParameterHistory<ForestAssessmentParameters>(new[]
        {
            p,
            p with { Version = "revised-2021", InForceFrom = new LocalDate(2021, 1, 1), Targets = p.Targets with { CoveragePercent = 36m } },
        }));
        Assert.Equal(35.78m, LineOf(calc.Progress(District2018 with { Year = 2020 }), DistrictTarget.Coverage).TargetValue);
        Assert.Equal("gazette-2017", calc.Progress(District2018 with { Year = 2020 }).Provenance.ParametersVersion);
        Assert.Equal(36m, LineOf(calc.Progress(District2018 with { Year = 2021 }), DistrictTarget.Coverage).TargetValue);
    }
}
