using Haidian.Rules.ForestAssessment;

namespace Haidian.Rules.Tests.ForestAssessment;

/// <summary>How one row's evidence is set up by <see cref="ForestEvidenceBuilder"/>.</summary>
internal enum RowCase
{
    /// <summary>Met exactly at the threshold (80% of disputes, 85% afforestation, coverage one step up…).</summary>
    MetAtBoundary = 0,

    /// <summary>Not met by the smallest step the input allows (0.0001 ha or m³, one case).</summary>
    JustBelow = 1,

    /// <summary>Nothing owed (no task) for rows that have a task; met clearly for the others.</summary>
    NoTaskOrClear = 2,
}

/// <summary>Builds evidence row by row, each row independently met, just missed or without a task.</summary>
internal static class ForestEvidenceBuilder
{
    public const int RowCount = 21;

    /// <summary>Rows whose "no task" reading gives <see cref="RowVerdict.NoTask"/>.</summary>
    public static readonly ScorecardRow[] RowsWithTasks =
    {
        ScorecardRow.OccupiedLandApproval, ScorecardRow.DisputeResolution, ScorecardRow.PublicWelfareForest,
        ScorecardRow.Afforestation, ScorecardRow.Regeneration, ScorecardRow.Tending, ScorecardRow.VegetationRestoration,
    };

    public static ForestEvidence AllMet(int year = 2018, string unit = "苏家坨镇", UnitKind kind = UnitKind.Town) =>
        Build(new RowCase[RowCount], year, unit, kind);

    public static ForestEvidence Build(RowCase[] cases, int year = 2018, string unit = "苏家坨镇", UnitKind kind = UnitKind.Town)
    {
        RowCase C(ScorecardRow r) => cases[(int)r];
        bool Yes(ScorecardRow r) => C(r) != RowCase.JustBelow;
        const decimal step = 0.0001m;

        var harvestActual = 120m;
        var landGrowth = C(ScorecardRow.ForestLandGrowth);
        var stock = C(ScorecardRow.GrowingStockGrowth);
        var coverage = C(ScorecardRow.CoverageGrowth);
        return new ForestEvidence
        {
            Unit = unit,
            Kind = kind,
            Year = year,
            Funding = new FundingEvidence { HasFixedFunding = true, UsedAsApproved = Yes(ScorecardRow.Funding) },
            Organisation = new OrganisationEvidence
            {
                ManagementBodyEstablished = Yes(ScorecardRow.ManagementBody),
                ResponsibilityAssigned = Yes(ScorecardRow.ManagementResponsibility),
                ProtectionTeamEstablished = Yes(ScorecardRow.ProtectionTeam),
                EquipmentWithMaintainer = Yes(ScorecardRow.Equipment),
            },
            Harvest = new HarvestEvidence
            {
                ActualVolume = harvestActual,
                PermittedVolume = C(ScorecardRow.HarvestPermitted) switch
                {
                    RowCase.MetAtBoundary => harvestActual,
                    RowCase.JustBelow => harvestActual - step,
                    _ => 150m,
                },
                QuotaVolume = C(ScorecardRow.HarvestWithinQuota) switch
                {
                    RowCase.MetAtBoundary => harvestActual,
                    RowCase.JustBelow => harvestActual - step,
                    _ => 200m,
                },
                IllegalLoggingCases = Yes(ScorecardRow.NoIllegalLogging) ? 0 : 1,
            },
            ForestLand = new ForestLandEvidence
            {
                OccupiedArea = C(ScorecardRow.OccupiedLandApproval) == RowCase.NoTaskOrClear ? 0m : 10m,
                ApprovedByMunicipalOrStateArea = C(ScorecardRow.OccupiedLandApproval) == RowCase.NoTaskOrClear ? 0m : 7m,
                TemporaryApprovedByDistrictArea = C(ScorecardRow.OccupiedLandApproval) switch
                {
                    RowCase.MetAtBoundary => 3m,
                    RowCase.JustBelow => 3m - step,
                    _ => 0m,
                },
                IllegalUseCases = C(ScorecardRow.IllegalLandUse) == RowCase.NoTaskOrClear ? 0 : 2,
                IllegalUseCasesHandled = C(ScorecardRow.IllegalLandUse) switch
                {
                    RowCase.MetAtBoundary => 2,
                    RowCase.JustBelow => 1,
                    _ => 0,
                },
                ForestLandAreaLastYear = 1000m,
                ForestLandArea = landGrowth switch
                {
                    RowCase.MetAtBoundary => 1000m + step,
                    RowCase.JustBelow => 1000m,
                    _ => 1100m,
                },
                UseFollowsProtectionPlan = Yes(ScorecardRow.RationalUse),
            },
            Resources = new ResourceEvidence
            {
                GrowingStockLastYear = 50_000m,
                GrowingStock = stock switch
                {
                    RowCase.MetAtBoundary => 50_000m + step,
                    RowCase.JustBelow => 50_000m,
                    _ => 52_000m,
                },
                ForestedArea = coverage == RowCase.NoTaskOrClear ? 12_500m : 12_000m,
                SpecialShrubArea = 500m,
                TotalLandArea = 43_000m,

                // Boundary: one 0.0001 ha less last year. Just below: the same coverage on twice the land (equal, not grown).
                ForestedAreaLastYear = coverage switch
                {
                    RowCase.MetAtBoundary => 12_000m - step,
                    RowCase.JustBelow => 24_000m,
                    _ => 12_000m,
                },
                SpecialShrubAreaLastYear = coverage == RowCase.JustBelow ? 1_000m : 500m,
                TotalLandAreaLastYear = coverage == RowCase.JustBelow ? 86_000m : 43_000m,
            },
            Disputes = C(ScorecardRow.DisputeResolution) switch
            {
                RowCase.MetAtBoundary => new DisputeEvidence { Backlog = 2, New = 3, Resolved = 4 },
                RowCase.JustBelow => new DisputeEvidence { Backlog = 2, New = 3, Resolved = 3 },
                _ => new DisputeEvidence(),
            },
            PublicWelfareForest = C(ScorecardRow.PublicWelfareForest) switch
            {
                RowCase.MetAtBoundary => new PublicWelfareForestEvidence { RetainedArea = 500m, ManagedArea = 500m },
                RowCase.JustBelow => new PublicWelfareForestEvidence { RetainedArea = 500m, ManagedArea = 500m - step },
                _ => new PublicWelfareForestEvidence(),
            },
            ManagementPlanCompiled = Yes(ScorecardRow.ManagementPlan),
            Afforestation = C(ScorecardRow.Afforestation) switch
            {
                RowCase.MetAtBoundary => new AfforestationEvidence { CarriedOutAsPlanned = true, TaskArea = 100m, CompletedArea = 85m, QualifiedArea = 85m },
                RowCase.JustBelow => new AfforestationEvidence { CarriedOutAsPlanned = true, TaskArea = 100m, CompletedArea = 85m, QualifiedArea = 85m - step },
                _ => new AfforestationEvidence(),
            },
            Regeneration = C(ScorecardRow.Regeneration) switch
            {
                RowCase.MetAtBoundary => new RegenerationEvidence { CasesDue = 3, CasesRegenerated = 3, BacklogArea = 20m, BacklogVerifiedArea = 20m, RegeneratedArea = 30m, QualifiedArea = 30m },
                RowCase.JustBelow => new RegenerationEvidence { CasesDue = 3, CasesRegenerated = 3, BacklogArea = 20m, BacklogVerifiedArea = 20m - step, RegeneratedArea = 30m, QualifiedArea = 30m },
                _ => new RegenerationEvidence(),
            },
            Tending = C(ScorecardRow.Tending) switch
            {
                RowCase.MetAtBoundary => new TendingEvidence { TaskArea = 200m, QualifiedArea = 200m },
                RowCase.JustBelow => new TendingEvidence { TaskArea = 200m, QualifiedArea = 200m - step },
                _ => new TendingEvidence(),
            },
            Restoration = C(ScorecardRow.VegetationRestoration) switch
            {
                RowCase.MetAtBoundary => new RestorationEvidence { OccupiedArea = 5m, RestoredArea = 5m },
                RowCase.JustBelow => new RestorationEvidence { OccupiedArea = 5m, RestoredArea = 5m - step },
                _ => new RestorationEvidence(),
            },
        };
    }

    /// <summary>All rows met at the boundary except the listed ones, which are just missed.</summary>
    public static ForestEvidence AllMetExcept(params ScorecardRow[] missed)
    {
        var cases = new RowCase[RowCount];
        foreach (var r in missed)
        {
            cases[(int)r] = RowCase.JustBelow;
        }

        return Build(cases);
    }
}
