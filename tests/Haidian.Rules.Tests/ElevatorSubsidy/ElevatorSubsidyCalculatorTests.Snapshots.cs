using Haidian.Rules.ElevatorSubsidy;
using Snapshooter.Xunit;

namespace Haidian.Rules.Tests.ElevatorSubsidy;

/// <summary>Snapshots of itemized results: any change in a line, an amount, a payer or a citation shows up in review.</summary>
public sealed partial class ElevatorSubsidyCalculatorTests
{
    internal static SubsidyClaim ThreeElevatorDistrictClaim => new("海淀区某小区3号楼", PropertyOwnership.District, true, new[]
    {
        new ElevatorCosts("1单元", 700_000m, 450_000m, 80_000m, PowerShortageCertified: true, NewTechnologyCertified: false),
        new ElevatorCosts("2单元", 555_555.55m, 120_000m, 60_000m, PowerShortageCertified: false, NewTechnologyCertified: true),
        new ElevatorCosts("3单元", 600_000m, 400_000m, 0m, PowerShortageCertified: true, NewTechnologyCertified: false),
    });

    [Fact]
    public void Snapshot_ItemizedDistrictBuildingWithThreeElevators()
    {
        var r = Calculator.CalculateSubsidy(ThreeElevatorDistrictClaim, AsOf);
        Assert.Equal(300_000m + 400_000m + 80_000m + 277_777.78m + 120_000m + 300_000m + 400_000m, r.TotalSubsidy);
        Snapshot.Match(r, o => o.IgnoreField("Provenance.PackageVersion"));
    }

    [Fact]
    public void Snapshot_ItemizedCentralUnitBuilding()
    {
        var r = Calculator.CalculateSubsidy(ThreeElevatorDistrictClaim with { Ownership = PropertyOwnership.CentralUnit }, AsOf);
        Snapshot.Match(r, o => o.IgnoreField("Provenance.PackageVersion"));
    }

    [Fact]
    public void Snapshot_ConsentShortfallAndScopeVerdict()
    {
        var consent = Calculator.CheckConsent(new ConsentTally("2单元", 3_000m, 1_950m, 24, 15, 3, 2), AsOf);
        var scope = Calculator.CheckScope(new Building("B-9", "学院路街道", 3, 2, new LocalDate(2001, 5, 1), true, false, false, false, true), AsOf);
        Snapshot.Match(new { consent, scope }, o => o.IgnoreField("consent.Provenance.PackageVersion").IgnoreField("scope.Provenance.PackageVersion"));
    }
}
