using Haidian.Rules.FundFees;
using Snapshooter.Xunit;

namespace Haidian.Rules.Tests.FundFees;

/// <summary>Snapshots of full results, so any change to a finding, line or citation is reviewed.</summary>
public sealed partial class FundFeesTests
{
    [Fact]
    public void Snapshot_FullComplianceReport_WithViolationsDeparturesAndAnApprovedDeparture()
    {
        var report = GuideFund.CheckParticipatingFund(CompliantFund with
        {
            TermYears = 9m,
            AnnualManagerFeeRate = 0.025m,
            HaidianCulturalInvestment = 45_000_000m,
            PublicNoticeDays = 5,
            Decisions = new[] { new DepartureDecision("guide.managerFeeRate", "区政府常务会议纪要〔2018〕5号") },
        });
        Snapshot.Match(report, o => o.IgnoreField("Provenance.PackageVersion"));
    }

    [Fact]
    public void Snapshot_DevelopmentFundTermsReport()
    {
        Snapshot.Match(Development.CheckTerms(CompliantDevelopmentFund with { TermYears = 4m, Committee = new CommitteeComposition(2, 2, 2), CentreReturnsReinvested = null }),
            o => o.IgnoreField("Provenance.PackageVersion"));
    }

    [Fact]
    public void Snapshot_F1FeeCapWithItsLines()
    {
        Snapshot.Match(Development.ManagementFeeCap(F1Request(1_400_000m) with { PeriodReturns = 5_000_000m }), o => o.IgnoreField("Provenance.PackageVersion"));
    }

    [Fact]
    public void Snapshot_BankruptcyLiquidation()
    {
        Snapshot.Match(GuideFund.Liquidate(new Liquidation(LiquidationKind.Bankruptcy, 50_000_000.00m, 25_000_000m,
            new[] { new PartnerStake("甲", 40_000_000m), new PartnerStake("乙", 35_000_000m) }), Day2018), o => o.IgnoreField("Provenance.PackageVersion"));
    }
}
