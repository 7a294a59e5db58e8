using Haidian.Rules.ForestAssessment;
using Snapshooter.Xunit;

namespace Haidian.Rules.Tests.ForestAssessment;

/// <summary>A whole scorecard, as an inspector would fill it in, pinned as a snapshot.</summary>
public sealed partial class ForestAssessmentCalculatorTests
{
    /// <summary>A town's 2018 evidence with a mix of met, missed and no-task rows, one award and a history.</summary>
    internal static ForestEvidence Sujiatuo2018 => new()
    {
        Unit = "苏家坨镇",
        Kind = UnitKind.Town,
        Year = 2018,
        Funding = new FundingEvidence { HasFixedFunding = true, UsedAsApproved = false },
        Organisation = new OrganisationEvidence { ManagementBodyEstablished = true, ResponsibilityAssigned = true, ProtectionTeamEstablished = true, EquipmentWithMaintainer = false },
        Harvest = new HarvestEvidence { ActualVolume = 320m, PermittedVolume = 320m, QuotaVolume = 400m, IllegalLoggingCases = 0 },
        ForestLand = new ForestLandEvidence
        {
            OccupiedArea = 12.5m, ApprovedByMunicipalOrStateArea = 10m, TemporaryApprovedByDistrictArea = 1.5m,
            IllegalUseCases = 1, IllegalUseCasesHandled = 1, ForestLandArea = 4_210.3m, ForestLandAreaLastYear = 4_198.7m, UseFollowsProtectionPlan = true,
        },
        Resources = new ResourceEvidence
        {
            GrowingStock = 91_250m, GrowingStockLastYear = 90_880m,
            ForestedArea = 3_020.4m, SpecialShrubArea = 85.2m, TotalLandArea = 8_560m,
            ForestedAreaLastYear = 3_011.9m, SpecialShrubAreaLastYear = 85.2m, TotalLandAreaLastYear = 8_560m,
        },
        Disputes = new DisputeEvidence { Backlog = 1, New = 2, Resolved = 2 },
        PublicWelfareForest = new PublicWelfareForestEvidence { RetainedArea = 2_450m, ManagedArea = 2_450m },
        ManagementPlanCompiled = true,
        Afforestation = new AfforestationEvidence { CarriedOutAsPlanned = true, TaskArea = 66.7m, CompletedArea = 60m, QualifiedArea = 57.2m },
        Regeneration = new RegenerationEvidence(),
        Tending = new TendingEvidence { TaskArea = 150m, QualifiedArea = 152.5m },
        Restoration = new RestorationEvidence { OccupiedArea = 1.5m, RestoredArea = 1.2m },
        Awards = new[] { new InspectorAward(ScorecardRow.Funding, 7m, "固定投入到位，部分资金未按批复用途使用") },
    };

    [Fact]
    public void Snapshot_ATownsWholeScorecard()
    {
        var card = Calculator.Calculate(Sujiatuo2018, new[] { new YearGrade(2016, Grade.Good), new YearGrade(2017, Grade.Fair) });
        // Part 1: 7 (awarded) + 5 + 5 + 3 + 0 (3b) = 20; part 2 loses 5a (92%) and 9 (66.67%) = 40; part 3 loses 14 (1.2 < 1.5) = 20.
        Assert.Equal(new[] { 20m, 40m, 20m }, card.Parts.Select(p => p.PointsGiven));
        Assert.Equal(80m, card.Total);
        Assert.Equal(Grade.Good, card.Grade);
        Snapshot.Match(card, o => o.IgnoreField("Provenance.PackageVersion"));
    }
}
