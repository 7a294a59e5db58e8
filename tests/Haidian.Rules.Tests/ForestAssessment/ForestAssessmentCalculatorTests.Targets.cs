using Haidian.Rules.ForestAssessment;

namespace Haidian.Rules.Tests.ForestAssessment;

/// <summary>Progress against the district's 2020 targets (通知 二).</summary>
public sealed partial class ForestAssessmentCalculatorTests
{
    internal static DistrictStatus District2018 => new()
    {
        Year = 2018,
        ForestedArea = 14_800m,
        SpecialShrubArea = 500m,
        TotalLandArea = 43_074m,
        GrowingStock = 700_000m,
        ForestLandArea = 17_200m,
        AnnualGrowth = 30_000m,
        AnnualConsumption = 3_000m,
        HarvestSincePeriodStart = 9_000m,
        TendingSincePeriodStart = 600m,
        OccupiedArea = 20m,
        ApprovedOccupiedArea = 20m,
    };

    private static TargetLine LineOf(TargetProgress p, DistrictTarget t) => p.Targets.Single(l => l.Target == t);

    [Fact]
    public void Progress_In2018_ShowsEachTargetReachedOrStillToGo()
    {
        var p = Calculator.Progress(District2018);
        Assert.Equal(7, p.Targets.Count);
        var cov = LineOf(p, DistrictTarget.Coverage);
        Assert.Equal(35.52m, cov.Actual);   // 15300 ÷ 43074 = 35.5202…%
        Assert.Equal(TargetStatus.NotYetReached, cov.Status);
        Assert.Contains("35.67%", cov.Note, StringComparison.Ordinal);
        var stock = LineOf(p, DistrictTarget.GrowingStock);
        Assert.Equal(748_900m, stock.TargetValue);
        Assert.Equal(48_900m, stock.Remaining);
        Assert.Equal(TargetStatus.Reached, LineOf(p, DistrictTarget.ForestLand).Status);   // why: 「增加到17200」 is reached at 17200
        var harvest = LineOf(p, DistrictTarget.HarvestWithinQuota);
        Assert.Equal(TargetStatus.Reached, harvest.Status);
        Assert.Equal(6_400m, harvest.Remaining);
        Assert.Equal(TargetStatus.Reached, LineOf(p, DistrictTarget.GrowthExceedsConsumption).Status);
        Assert.Equal(TargetStatus.Reached, LineOf(p, DistrictTarget.OccupiedLandApproval).Status);
        Assert.Equal(400m, LineOf(p, DistrictTarget.Tending).Remaining);
    }

    [Fact]
    public void Progress_In2020_UnreachedTargetsAreMissed_AndAnExceededQuotaIsMissedAnyYear()
    {
        var p2020 = Calculator.Progress(District2018 with { Year = 2020 });
        Assert.Equal(TargetStatus.Missed, LineOf(p2020, DistrictTarget.Coverage).Status);
        Assert.Equal(TargetStatus.Missed, LineOf(p2020, DistrictTarget.Tending).Status);

        var over = Calculator.Progress(District2018 with { HarvestSincePeriodStart = 15_400.0001m });
        var line = LineOf(over, DistrictTarget.HarvestWithinQuota);
        Assert.Equal(TargetStatus.Missed, line.Status);
        Assert.Contains("over by 0.0001", line.Arithmetic, StringComparison.Ordinal);
        Assert.Equal(TargetStatus.Reached, LineOf(Calculator.Progress(District2018 with { HarvestSincePeriodStart = 15_400m }), DistrictTarget.HarvestWithinQuota).Status);
    }

    [Fact]
    public void Progress_CoverageExactly35_78Percent_IsReached()
    {
        // why: 「达到」 includes the number; 3578 ÷ 10000 is exactly 35.78%
        var p = Calculator.Progress(District2018 with { ForestedArea = 3_578m, SpecialShrubArea = 0m, TotalLandArea = 10_000m });
        Assert.Equal(TargetStatus.Reached, LineOf(p, DistrictTarget.Coverage).Status);
        var below = Calculator.Progress(District2018 with { ForestedArea = 3_577.9999m, SpecialShrubArea = 0m, TotalLandArea = 10_000m });
        Assert.Equal(TargetStatus.NotYetReached, LineOf(below, DistrictTarget.Coverage).Status);
    }

    [Fact]
    public void Progress_GrowthEqualToConsumption_IsMissed()
    {
        var p = Calculator.Progress(District2018 with { AnnualGrowth = 3_000m });
        Assert.Equal(TargetStatus.Missed, LineOf(p, DistrictTarget.GrowthExceedsConsumption).Status);   // why: 「大于」 is strict
    }

    [Fact]
    public void Progress_BadFigures_AreReportedWithPaths()
    {
        var bad = District2018 with { TotalLandArea = 0m, GrowingStock = -1m };
        Assert.Equal(new[] { "totalLandArea", "growingStock" }, PathsOf(() => Calculator.Progress(bad)));
        Assert.Equal(
            new[]
            {
                "totalLandArea: must be greater than 0 (got 0)",
                "growingStock: must be between 0 and 1000000000000 inclusive (got -1)",
            },
            Assert.Throws<ValidationException>(() => Calculator.Progress(bad)).Errors.Select(e => e.ToString()));
        Assert.Equal(new[] { "approvedOccupiedArea" }, PathsOf(() => Calculator.Progress(District2018 with { ApprovedOccupiedArea = 21m })));
        Assert.Equal(
            new[]
            {
                "approvedOccupiedArea: the approved occupied area 21 ha exceeds the area occupied 20 ha",
            },
            Assert.Throws<ValidationException>(() => Calculator.Progress(District2018 with { ApprovedOccupiedArea = 21m })).Errors.Select(e => e.ToString()));
        Assert.Throws<NotInForceException>(() => Calculator.Progress(District2018 with { Year = 2015 }));
    }
}
