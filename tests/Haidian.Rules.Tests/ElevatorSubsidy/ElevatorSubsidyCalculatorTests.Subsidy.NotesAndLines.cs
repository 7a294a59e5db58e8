using Haidian.Rules.ElevatorSubsidy;

namespace Haidian.Rules.Tests.ElevatorSubsidy;

/// <summary>The subsidy's notes, line texts and citations (四): who funds what when nothing is due, and the per-building sums.</summary>
public sealed partial class ElevatorSubsidyCalculatorTests
{
    private const string JointPurchaseNote = "四（二）: 市、区财政 pay the purchase-and-installation share jointly; the document does not divide it between them (三（七）: 具体办法由区财政局另行制定).";
    private const string UncertifiedPowerNote = "四（二）/（三）: a power-capacity increase is covered only where a professional department has assessed that the estate lacks power (经专业部门测算…电力不足); uncertified increases stay with the implementing body.";
    private const string PaymentOrderNote = "三（七）: pay only after the elevator is in use and audited, on costs as audited; check the pilot scope (CheckScope), owner consent (CheckConsent) and the timetable (CheckTimeline) separately.";

    [Fact]
    public void CalculateSubsidy_OtherOwnership_EveryItemAndEveryLineCites41()
    {
        var r = Calculator.CalculateSubsidy(Claim(PropertyOwnership.Other, 700_000m, 450_000m, 80_000m), AsOf);
        var why = "四（一）: no government subsidy for this ownership; the implementing body funds it";
        Assert.Equal(new[] { why, why, why }, r.Elevators[0].Items.Take(3).Select(i => i.Rule));
        Assert.All(r.Elevators[0].Items.Take(3), i => Assert.Equal("四（一）", i.Citation.Article));
        Assert.Equal("700,000 borne by the implementing body; subsidy 0", r.Elevators[0].Items[0].Arithmetic);

        var elevatorLine = r.Elevators[0].Lines[^1];
        Assert.Equal("elevator E-1: subsidy", elevatorLine.Subject);
        Assert.Equal("0 + 0 + 0 + 0 = 0", elevatorLine.Arithmetic);
        Assert.Equal("四（一）", elevatorLine.Citation.Article);

        var buildingLine = r.Lines[^1];
        Assert.Equal("building B-1: 1 elevator(s)", buildingLine.Subject);
        Assert.Equal("0 = 0", buildingLine.Arithmetic);
        Assert.Equal("四（一）", buildingLine.Citation.Article);
        Assert.Empty(r.ByPayer);
    }

    [Fact]
    public void CalculateSubsidy_NoLegalFormalities_EveryItemSaysSoAndCitesTheOwnershipClause()
    {
        var r = Calculator.CalculateSubsidy(Claim(PropertyOwnership.CentralUnit, 700_000m, 120_000m, 80_000m, legal: false), AsOf);
        var why = "四（三）: no legal formalities (具有合法手续 required); the implementing body funds it";
        Assert.Equal(new[] { why, why, why }, r.Elevators[0].Items.Take(3).Select(i => i.Rule));
        Assert.All(r.Elevators[0].Items.Take(3), i => Assert.Equal("四（三）", i.Citation.Article));
        Assert.Equal("四（三）", r.Lines[^1].Citation.Article);
        Assert.Equal(900_000m, r.BorneByImplementingBody);
        Assert.Equal(0m, r.BorneByPropertyUnit);
    }

    [Fact]
    public void CalculateSubsidy_UncertifiedPowerIncrease_AddsItsNote_OnlyWhenThereIsAnIncrease()
    {
        var uncertified = Calculator.CalculateSubsidy(Claim(PropertyOwnership.District, 100_000m, 0m, 80_000m, certified: false), AsOf);
        Assert.Equal(new[] { JointPurchaseNote, UncertifiedPowerNote, PaymentOrderNote }, uncertified.Notes);

        // why: no increase, or a certified one, needs no note.
        Assert.Equal(new[] { JointPurchaseNote, PaymentOrderNote }, Calculator.CalculateSubsidy(Claim(PropertyOwnership.District, 100_000m, 0m, 0m, certified: false), AsOf).Notes);
        Assert.Equal(new[] { JointPurchaseNote, PaymentOrderNote }, Calculator.CalculateSubsidy(Claim(PropertyOwnership.District, 100_000m, 0m, 80_000m, certified: true), AsOf).Notes);
        Assert.Equal(new[] { JointPurchaseNote, PaymentOrderNote }, Calculator.CalculateSubsidy(Claim(PropertyOwnership.District, 100_000m, 0m, 0m, certified: true), AsOf).Notes);
    }

    [Fact]
    public void CalculateSubsidy_AWhatIfNewTechnologyAllowance_IsNotedWithItsAmount_AndPaidOnlyForCertifiedElevators()
    {
        var what = new ElevatorSubsidyCalculator(ElevatorSubsidyParameters.Gazette2017 with { NewTechnologyAllowancePerElevator = 20_000m, NewTechnologyPayer = Payer.DistrictFinance });
        var claim = new SubsidyClaim("B-1", PropertyOwnership.District, true, new[]
        {
            new ElevatorCosts("E-1", 100_000m, 0m, 0m, false, true),
            new ElevatorCosts("E-2", 100_000m, 0m, 0m, false, false),
        });
        var r = what.CalculateSubsidy(claim, AsOf);
        Assert.Contains("四（四）: new-technology allowance of 20,000 yuan per certified elevator, as set by parameter (the text fixes no amount).", r.Notes);
        Assert.Equal(new[] { 70_000m, 50_000m }, r.Elevators.Select(e => e.TotalSubsidy));
        Assert.Equal(120_000m, r.TotalSubsidy);

        var uncertified = r.Elevators[1].Items.Single(i => i.Item == SubsidyItem.NewTechnology);
        Assert.Equal(0m, uncertified.Amount);
        Assert.Equal("四（四）: no ministry-level certificate or department recognition of new technology — no allowance", uncertified.Rule);
        Assert.Equal("0", uncertified.Arithmetic);
        Assert.Equal("building B-1: 2 elevator(s)", r.Lines.Single(l => l.Subject.EndsWith("elevator(s)", StringComparison.Ordinal)).Subject);
        Assert.Equal("70,000 + 50,000 = 120,000", r.Lines.Single(l => l.Subject.EndsWith("elevator(s)", StringComparison.Ordinal)).Arithmetic);
    }

    [Fact]
    public void CalculateSubsidy_CentralUnitPowerIncrease_IsBorneByThePropertyUnit_SummedOverElevators()
    {
        var claim = new SubsidyClaim("B-1", PropertyOwnership.CentralUnit, true, new[]
        {
            new ElevatorCosts("E-1", 100_000m, 0m, 80_000m, true, false),
            new ElevatorCosts("E-2", 100_000m, 0m, 50_000m, true, false),
        });
        var r = Calculator.CalculateSubsidy(claim, AsOf);
        Assert.Equal(130_000m, r.BorneByPropertyUnit);
        Assert.Equal(new[] { 80_000m, 50_000m }, r.Elevators.Select(e => e.BorneByPropertyUnit));
        Assert.Equal(140_000m, r.BorneByImplementingBody); // why: 70% of each purchase
    }

    [Fact]
    public void CalculateSubsidy_AWhatIfPowerIncreaseBorneByTheImplementingBody_NamesIt()
    {
        var what = new ElevatorSubsidyCalculator(ElevatorSubsidyParameters.Gazette2017 with
        {
            CentralUnitProperty = ElevatorSubsidyParameters.Gazette2017.CentralUnitProperty with { PowerCapacityPayer = Payer.ImplementingBody },
        });
        var r = what.CalculateSubsidy(Claim(PropertyOwnership.CentralUnit, 100_000m, 0m, 80_000m), AsOf);
        var power = Item(r, SubsidyItem.PowerCapacityIncrease);
        Assert.Equal("四（三）: certified power shortage — the power-capacity increase is borne by the implementing body (实施主体), not subsidised", power.Rule);
        Assert.Equal("80,000 borne by the implementing body (实施主体); subsidy 0", power.Arithmetic);
        Assert.Equal(0m, r.BorneByPropertyUnit);
        Assert.Equal(150_000m, r.BorneByImplementingBody);
    }
}
