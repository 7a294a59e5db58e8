using Haidian.Rules.ForestAssessment;

namespace Haidian.Rules.Tests.ForestAssessment;

/// <summary>
/// Evidence checks word for word: every figure's path, the largest figure and count accepted and one step past them, and a
/// subset compared with its whole only when both figures are valid.
/// </summary>
public sealed partial class ForestAssessmentCalculatorTests
{
    private const string Negative = "must be between 0 and 1000000000000 inclusive (got -";

    [Fact]
    public void Calculate_EveryFigureNegative_IsReportedUnderItsOwnPath_AndNoSubsetIsComparedWithAnInvalidWhole()
    {
        // why: each subset is less negative than its whole, so comparing them would add a problem; an invalid figure is not compared
        var bad = ForestEvidenceBuilder.AllMet() with
        {
            Kind = (UnitKind)7,
            Harvest = new HarvestEvidence { ActualVolume = -1m, PermittedVolume = -1m, QuotaVolume = -1m, IllegalLoggingCases = -1 },
            ForestLand = new ForestLandEvidence
            {
                OccupiedArea = -3m, ApprovedByMunicipalOrStateArea = -1m, TemporaryApprovedByDistrictArea = -1m,
                IllegalUseCases = -2, IllegalUseCasesHandled = -1, ForestLandArea = -1m, ForestLandAreaLastYear = -1m,
            },
            Resources = new ResourceEvidence
            {
                GrowingStock = -1m, GrowingStockLastYear = -1m,
                ForestedArea = -1m, SpecialShrubArea = -1m, TotalLandArea = -3m,
                ForestedAreaLastYear = -1m, SpecialShrubAreaLastYear = -1m, TotalLandAreaLastYear = -3m,
            },
            Disputes = new DisputeEvidence { Backlog = -1, New = -1, Resolved = -1 },
            PublicWelfareForest = new PublicWelfareForestEvidence { RetainedArea = -2m, ManagedArea = -1m },
            Afforestation = new AfforestationEvidence { TaskArea = -1m, CompletedArea = -2m, QualifiedArea = -1m },
            Regeneration = new RegenerationEvidence
            {
                CasesDue = -2, CasesRegenerated = -1, BacklogArea = -2m, BacklogVerifiedArea = -1m, RegeneratedArea = -2m, QualifiedArea = -1m,
            },
            Tending = new TendingEvidence { TaskArea = -1m, QualifiedArea = -1m },
            Restoration = new RestorationEvidence { OccupiedArea = -1m, RestoredArea = -1m },
        };
        Assert.Equal(
            new[]
            {
                "kind: is not one of Town, ForestFarm (got the undefined value 7)",
                "harvest.actualVolume: " + Negative + "1)",
                "harvest.permittedVolume: " + Negative + "1)",
                "harvest.quotaVolume: " + Negative + "1)",
                "harvest.illegalLoggingCases: must not be negative (got -1)",
                "forestLand.occupiedArea: " + Negative + "3)",
                "forestLand.approvedByMunicipalOrStateArea: " + Negative + "1)",
                "forestLand.temporaryApprovedByDistrictArea: " + Negative + "1)",
                "forestLand.illegalUseCases: must not be negative (got -2)",
                "forestLand.illegalUseCasesHandled: must not be negative (got -1)",
                "forestLand.forestLandArea: " + Negative + "1)",
                "forestLand.forestLandAreaLastYear: " + Negative + "1)",
                "resources.growingStock: " + Negative + "1)",
                "resources.growingStockLastYear: " + Negative + "1)",
                "resources.forestedArea: " + Negative + "1)",
                "resources.specialShrubArea: " + Negative + "1)",
                "resources.totalLandArea: " + Negative + "3)",
                "resources.forestedAreaLastYear: " + Negative + "1)",
                "resources.specialShrubAreaLastYear: " + Negative + "1)",
                "resources.totalLandAreaLastYear: " + Negative + "3)",
                "disputes.backlog: must not be negative (got -1)",
                "disputes.new: must not be negative (got -1)",
                "disputes.resolved: must not be negative (got -1)",
                "publicWelfareForest.retainedArea: " + Negative + "2)",
                "publicWelfareForest.managedArea: " + Negative + "1)",
                "afforestation.taskArea: " + Negative + "1)",
                "afforestation.completedArea: " + Negative + "2)",
                "afforestation.qualifiedArea: " + Negative + "1)",
                "regeneration.casesDue: must not be negative (got -2)",
                "regeneration.casesRegenerated: must not be negative (got -1)",
                "regeneration.backlogArea: " + Negative + "2)",
                "regeneration.backlogVerifiedArea: " + Negative + "1)",
                "regeneration.regeneratedArea: " + Negative + "2)",
                "regeneration.qualifiedArea: " + Negative + "1)",
                "tending.taskArea: " + Negative + "1)",
                "tending.qualifiedArea: " + Negative + "1)",
                "restoration.occupiedArea: " + Negative + "1)",
                "restoration.restoredArea: " + Negative + "1)",
            },
            MessagesOf(() => Calculator.Calculate(bad)));
    }

    [Fact]
    public void Calculate_OnlyTheSecondFigureOfAPairInvalid_StillSkipsTheComparison()
    {
        // why: the first figure of each pair is valid and the comparison would hold, so only the invalid figure is reported
        var good = ForestEvidenceBuilder.AllMet();
        var bad = good with
        {
            ForestLand = good.ForestLand with { OccupiedArea = 1m, ApprovedByMunicipalOrStateArea = 3m, TemporaryApprovedByDistrictArea = -1m, IllegalUseCases = 0, IllegalUseCasesHandled = 1_000_001 },
            Resources = good.Resources with { ForestedArea = 50_000m, SpecialShrubArea = -1m },
            Disputes = new DisputeEvidence { Backlog = 0, New = 0, Resolved = 1_000_001 },
            PublicWelfareForest = new PublicWelfareForestEvidence { RetainedArea = 1m, ManagedArea = 2.00001m },
            Afforestation = good.Afforestation with { CompletedArea = 1m, QualifiedArea = 2.00001m },
            Regeneration = good.Regeneration with { CasesDue = 0, CasesRegenerated = 1_000_001, BacklogArea = 0m, BacklogVerifiedArea = 1.00001m, RegeneratedArea = 0m, QualifiedArea = 1.00001m },
        };
        Assert.Equal(
            new[]
            {
                "forestLand.temporaryApprovedByDistrictArea: " + Negative + "1)",
                "forestLand.illegalUseCasesHandled: must not exceed 1000000",
                "resources.specialShrubArea: " + Negative + "1)",
                "disputes.resolved: must not exceed 1000000",
                "publicWelfareForest.managedArea: must have at most 4 decimals (got 2.00001)",
                "afforestation.qualifiedArea: must have at most 4 decimals (got 2.00001)",
                "regeneration.casesRegenerated: must not exceed 1000000",
                "regeneration.backlogVerifiedArea: must have at most 4 decimals (got 1.00001)",
                "regeneration.qualifiedArea: must have at most 4 decimals (got 1.00001)",
            },
            MessagesOf(() => Calculator.Calculate(bad)));
    }

    [Fact]
    public void Calculate_OnlyTheFirstFigureOfAPairInvalid_StillSkipsTheComparison()
    {
        var good = ForestEvidenceBuilder.AllMet();
        var bad = good with
        {
            ForestLand = good.ForestLand with { OccupiedArea = -1m, ApprovedByMunicipalOrStateArea = 0m, TemporaryApprovedByDistrictArea = 0m, IllegalUseCases = -1, IllegalUseCasesHandled = 0 },
            Resources = good.Resources with { ForestedArea = -1m, SpecialShrubArea = 50_000m },
            Disputes = new DisputeEvidence { Backlog = -1, New = 0, Resolved = 0 },
            PublicWelfareForest = new PublicWelfareForestEvidence { RetainedArea = -1m, ManagedArea = 0m },
            Afforestation = good.Afforestation with { CompletedArea = -1m, QualifiedArea = 0m },
            Regeneration = good.Regeneration with { CasesDue = -1, CasesRegenerated = 0, BacklogArea = -1m, BacklogVerifiedArea = 0m, RegeneratedArea = -1m, QualifiedArea = 0m },
        };
        Assert.Equal(
            new[]
            {
                "forestLand.occupiedArea: " + Negative + "1)",
                "forestLand.illegalUseCases: must not be negative (got -1)",
                "resources.forestedArea: " + Negative + "1)",
                "disputes.backlog: must not be negative (got -1)",
                "publicWelfareForest.retainedArea: " + Negative + "1)",
                "afforestation.completedArea: " + Negative + "1)",
                "regeneration.casesDue: must not be negative (got -1)",
                "regeneration.backlogArea: " + Negative + "1)",
                "regeneration.regeneratedArea: " + Negative + "1)",
            },
            MessagesOf(() => Calculator.Calculate(bad)));
    }

    [Fact]
    public void Calculate_TheLargestFigureAndCount_AreAccepted_OneStepMoreIsNot()
    {
        var good = ForestEvidenceBuilder.AllMet();
        var largest = good with
        {
            Harvest = good.Harvest with { IllegalLoggingCases = 1_000_000, QuotaVolume = ForestAssessmentParameters.MaximumQuantity },
            Resources = good.Resources with { GrowingStock = ForestAssessmentParameters.MaximumQuantity },
        };
        var card = Calculator.Calculate(largest);
        Assert.Equal("1000000 illegal logging cases", RowOf(card, ScorecardRow.NoIllegalLogging).Basis);
        Assert.Equal(RowVerdict.Met, RowOf(card, ScorecardRow.GrowingStockGrowth).Verdict);

        var past = good with
        {
            Harvest = good.Harvest with { IllegalLoggingCases = 1_000_001, QuotaVolume = ForestAssessmentParameters.MaximumQuantity + 0.0001m },
        };
        Assert.Equal(
            new[]
            {
                "harvest.quotaVolume: must be between 0 and 1000000000000 inclusive (got 1000000000000.0001)",
                "harvest.illegalLoggingCases: must not exceed 1000000",
            },
            MessagesOf(() => Calculator.Calculate(past)));
    }

    [Fact]
    public void Calculate_ApprovedAreasEqualToTheOccupiedArea_AreAccepted_OneStepMoreIsNot()
    {
        var good = ForestEvidenceBuilder.AllMet();
        var equal = good with { ForestLand = good.ForestLand with { OccupiedArea = 10m, ApprovedByMunicipalOrStateArea = 7m, TemporaryApprovedByDistrictArea = 3m } };
        Assert.Equal(RowVerdict.Met, RowOf(Calculator.Calculate(equal), ScorecardRow.OccupiedLandApproval).Verdict);
        var over = good with { ForestLand = good.ForestLand with { OccupiedArea = 10m, ApprovedByMunicipalOrStateArea = 7m, TemporaryApprovedByDistrictArea = 3.0001m } };
        Assert.Equal(
            new[] { "forestLand.approvedByMunicipalOrStateArea: approved areas 7 + 3.0001 ha exceed the area actually occupied 10 ha" },
            MessagesOf(() => Calculator.Calculate(over)));
    }

    [Fact]
    public void Calculate_ForestedAndShrubEqualToTheTotalLand_IsAccepted_OneStepMoreIsNot()
    {
        var good = ForestEvidenceBuilder.AllMet();
        var full = good with { Resources = good.Resources with { ForestedAreaLastYear = 42_500m, SpecialShrubAreaLastYear = 500m, ForestedArea = 42_500m, SpecialShrubArea = 500m } };
        Assert.Equal("森林覆盖率 = (42500 + 500) ÷ 43000 × 100% = 100.00%; last year (42500 + 500) ÷ 43000 × 100% = 100.00%; did not grow (compared exactly)", RowOf(Calculator.Calculate(full), ScorecardRow.CoverageGrowth).Basis);

        var over = good with { Resources = good.Resources with { ForestedAreaLastYear = 42_500.0001m, SpecialShrubAreaLastYear = 500m } };
        Assert.Equal(
            new[] { "resources.forestedAreaLastYear: forested 42500.0001 + shrub 500 ha exceeds the total land area 43000 ha" },
            MessagesOf(() => Calculator.Calculate(over)));
    }

    [Fact]
    public void Calculate_SubsetsEqualToTheirWholes_AreAccepted()
    {
        var good = ForestEvidenceBuilder.AllMet();
        var equal = good with
        {
            ForestLand = good.ForestLand with { IllegalUseCases = 2, IllegalUseCasesHandled = 2 },
            Disputes = new DisputeEvidence { Backlog = 2, New = 3, Resolved = 5 },
            PublicWelfareForest = new PublicWelfareForestEvidence { RetainedArea = 7m, ManagedArea = 7m },
            Afforestation = new AfforestationEvidence { CarriedOutAsPlanned = true, TaskArea = 100m, CompletedArea = 90m, QualifiedArea = 90m },
            Regeneration = new RegenerationEvidence { CasesDue = 3, CasesRegenerated = 3, BacklogArea = 4m, BacklogVerifiedArea = 4m, RegeneratedArea = 5m, QualifiedArea = 5m },
        };
        Assert.Equal(100m, Calculator.Calculate(equal).Total);
    }

    [Fact]
    public void Calculate_BadAwards_ReportNullRangeAndReasonWithoutDoubleCounting()
    {
        var bad = ForestEvidenceBuilder.AllMet() with
        {
            Awards = new[]
            {
                null!,
                new InspectorAward(ScorecardRow.Funding, -1m, null!),
                new InspectorAward(ScorecardRow.Equipment, 2.005m, "out of range and too precise: one problem"),
            },
        };
        Assert.Equal(
            new[]
            {
                "awards[0]: is required",
                "awards[1].points: must be between 0 and 10 inclusive (got -1)",
                "awards[1].reason: is required and must not be blank",
                "awards[2].points: must be between 0 and 2 inclusive (got 2.005)",
            },
            MessagesOf(() => Calculator.Calculate(bad)));
    }

    [Fact]
    public void Calculate_AwardsOfZeroAndOfTheFullRow_AreAccepted()
    {
        var card = Calculator.Calculate(ForestEvidenceBuilder.AllMet() with
        {
            Awards = new[]
            {
                new InspectorAward(ScorecardRow.Funding, 0m, "nothing"),
                new InspectorAward(ScorecardRow.Tending, 5m, "full"),
                new InspectorAward(ScorecardRow.Equipment, 1.25m, "part"),
            },
        });
        Assert.Equal(100m - 10m - 0.75m, card.Total);
        Assert.Equal(100m, card.ComputedTotal);
        Assert.Equal("full", RowOf(card, ScorecardRow.Tending).AwardReason);
        Assert.Null(RowOf(card, ScorecardRow.ManagementPlan).AwardReason);
    }
}
