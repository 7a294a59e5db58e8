#:project ../src/Haidian.Rules/Haidian.Rules.csproj
#:property ImplicitUsings=enable

// Prints a town's forest-protection scorecard (海政发〔2017〕24号 附件2) as a table, then the district's progress
// against the 2020 targets. Run: dotnet run samples/forest-scorecard.cs
using System.Globalization;
using Haidian.Rules.ForestAssessment;

var evidence = new ForestEvidence
{
    Unit = "苏家坨镇",
    Kind = UnitKind.Town,
    Year = 2018,
    Funding = new FundingEvidence { HasFixedFunding = true, UsedAsApproved = false },
    Organisation = new OrganisationEvidence { ManagementBodyEstablished = true, ResponsibilityAssigned = true, ProtectionTeamEstablished = true, EquipmentWithMaintainer = false },
    Harvest = new HarvestEvidence { ActualVolume = 320m, PermittedVolume = 320m, QuotaVolume = 400m },
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
    Tending = new TendingEvidence { TaskArea = 150m, QualifiedArea = 152.5m },
    Restoration = new RestorationEvidence { OccupiedArea = 1.5m, RestoredArea = 1.2m },
    Awards = new[] { new InspectorAward(ScorecardRow.Funding, 7m, "固定投入到位，部分资金未按批复用途使用") },
};

var calculator = new ForestAssessmentCalculator();
var card = calculator.Calculate(evidence, new[] { new YearGrade(2016, Grade.Good), new YearGrade(2017, Grade.Fair) });

static string N(decimal d) => d.ToString("0.##", CultureInfo.InvariantCulture);

Console.WriteLine($"{card.Unit} {card.Year}年度 保护发展森林资源目标责任制检查考核评分表");
Console.WriteLine($"self-report due {card.SelfReportDue:yyyy-MM-dd}, inspection due {card.InspectionDue:yyyy-MM-dd}");
Console.WriteLine();
Console.WriteLine($"{"row",-4} {"pts",4} {"verdict",-7} {"given",5} {"rate %",7}  basis");
foreach (var part in card.Parts)
{
    Console.WriteLine($"— part {part.Number} {part.Title}: {N(part.PointsGiven)} / {N(part.PointsAvailable)}");
    foreach (var r in card.Rows.Where(r => r.Part == part.Number))
    {
        var rate = r.RatePercent is { } p ? p.ToString("0.00", CultureInfo.InvariantCulture) : "";
        Console.WriteLine($"{r.Label,-4} {N(r.PointsAvailable),4} {r.Verdict,-7} {N(r.PointsGiven),5} {rate,7}  {r.Basis}");
        if (r.AwardReason is not null)
        {
            Console.WriteLine($"{"",-4} {"",4} {"",-7} {"",5} {"",7}  inspector's award: {r.AwardReason}");
        }

        Console.WriteLine($"{"",-4} {"",4} {"",-7} {"",5} {"",7}  {r.Citation}");
    }
}

Console.WriteLine();
Console.WriteLine($"total {N(card.Total)} / {N(card.MaximumScore)} (without awards {N(card.ComputedTotal)}) → {card.GradeBand}");
foreach (var c in card.Consequences)
{
    Console.WriteLine($"consequence: {c.Kind} — {c.Description} ({c.Citation})");
}

Console.WriteLine($"accountability: {card.Accountability?.Reason}");
Console.WriteLine();

var progress = calculator.Progress(new DistrictStatus
{
    Year = 2018, ForestedArea = 14_800m, SpecialShrubArea = 500m, TotalLandArea = 43_074m, GrowingStock = 700_000m,
    ForestLandArea = 17_200m, AnnualGrowth = 30_000m, AnnualConsumption = 3_000m, HarvestSincePeriodStart = 9_000m,
    TendingSincePeriodStart = 600m, OccupiedArea = 20m, ApprovedOccupiedArea = 20m,
});
Console.WriteLine($"district progress {progress.Year} against the {progress.TargetYear} targets (海政发〔2017〕24号 二)");
foreach (var t in progress.Targets)
{
    Console.WriteLine($"{t.Target,-25} {t.Status,-13} {t.Arithmetic}");
    if (t.Note is not null)
    {
        Console.WriteLine($"{"",-25} {"",-13} note: {t.Note}");
    }
}
