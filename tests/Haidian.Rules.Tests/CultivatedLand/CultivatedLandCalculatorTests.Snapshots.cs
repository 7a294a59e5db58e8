using Haidian.Rules.CultivatedLand;
using Snapshooter.Xunit;

namespace Haidian.Rules.Tests.CultivatedLand;

/// <summary>Itemized results pinned as snapshots: a failed mid-term assessment, an annual inspection, a suspension answer, a calendar year.</summary>
public sealed partial class CultivatedLandCalculatorTests
{
    /// <summary>Town A 2020 (期末): short on 耕地保有量, a worse-grade supplement, a short redesignation, an open case, the survey, a late self-check.</summary>
    internal static CultivatedLandRecord Mixed2020 => B with
    {
        Year = 2020,
        CultivatedLand = new AreaTarget(1_250.00m, 1_249.99m),
        Occupations = new[]
        {
            new Occupation("O1", new LocalDate(2020, 3, 2), 12.00m, 6, 12.50m, 7, 4.00m, 5, 3.99m, 5),
            new Occupation("O2", new LocalDate(2020, 9, 30), 3.00m, 8, 0m, null, 0m, null, 1.00m, 8),
        },
        IllegalCases = new[]
        {
            new IllegalCase("K1", IllegalLandType.Cultivated, 0.80m, true, true, true, true),
            new IllegalCase("K2", IllegalLandType.BasicFarmland, 0.35m, true, true, false, false),
        },
        Survey = new LandSurvey(1_248.30m, 6.20m),
        SelfCheckReportedOn = new LocalDate(2021, 2, 18),
    };

    [Fact]
    public void Snapshot_AFailedEndOfTermAssessment() => Snapshot.Match(Calculator.Assess(Mixed2020) with { Provenance = Pinned });

    [Fact]
    public void Snapshot_AnAnnualInspectionWithWarnings() => Snapshot.Match(Calculator.Assess(Mixed2020 with { Year = 2019, SelfCheckReportedOn = null, Occupations = Mixed2020.Occupations.Select(o => o with { ApprovedOn = new LocalDate(2019, 5, 5) }).ToArray() }) with { Provenance = Pinned });

    [Fact]
    public void Snapshot_ASuspendedProjectOverdue() =>
        Snapshot.Match(Calculator.CheckSuspension(CL10(new LandProject("b", InfrastructureCategory.Transport, ApprovalAuthority.District, ApprovalAct.Approved), new LocalDate(2021, 11, 30))) with { Provenance = Pinned });

    [Fact]
    public void Snapshot_TheCalendarOf2016() => Snapshot.Match(Calculator.CalendarFor(2016) with { Provenance = Pinned });

    /// <summary>The package version changes with every release; the snapshot pins the parameters only.</summary>
    private static readonly Provenance Pinned = new("gazette-2017", new LocalDate(2017, 8, 17), "snapshot");
}
