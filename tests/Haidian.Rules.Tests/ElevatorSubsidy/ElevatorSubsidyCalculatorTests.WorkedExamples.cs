using Haidian.Rules.ElevatorSubsidy;

namespace Haidian.Rules.Tests.ElevatorSubsidy;

/// <summary>Spec 02 worked examples E1–E5, each a named sentence with the exact figures.</summary>
public sealed partial class ElevatorSubsidyCalculatorTests
{
    private static readonly ElevatorSubsidyCalculator Calculator = new();
    internal static readonly LocalDate AsOf = new(2017, 9, 1);

    internal static SubsidyClaim Claim(PropertyOwnership ownership, decimal purchase, decimal utilities, decimal power, bool certified = true, bool legal = true, bool newTech = false) =>
        new("B-1", ownership, legal, new[] { new ElevatorCosts("E-1", purchase, utilities, power, certified, newTech) });

    internal static Building InScopeBuilding(string id = "B-1", string street = "学院路街道") =>
        new(id, street, Floors: 6, UnitEntrances: 3, CompletionDate: new LocalDate(1998, 12, 31), IsUrbanResidential: true, HasElevator: false,
            InShantyTownOrExpropriationPlan: false, IsMilitaryProperty: false, InOldCommunityRenovation2017: false);

    private static SubsidyLine Item(BuildingSubsidyResult r, SubsidyItem item) => r.Elevators[0].Items.Single(i => i.Item == item);

    [Fact]
    public void E1_DistrictProperty_PurchaseAndUtilitiesCapped_PowerPaidByDistrict_Totals780000()
    {
        var r = Calculator.CalculateSubsidy(Claim(PropertyOwnership.District, 700_000m, 450_000m, 80_000m), AsOf);

        var purchase = Item(r, SubsidyItem.PurchaseAndInstallation);
        Assert.Equal(350_000m, purchase.Uncapped);
        Assert.Equal(300_000m, purchase.Cap);
        Assert.True(purchase.CapApplied);
        Assert.Equal(300_000m, purchase.Amount);
        Assert.Equal(Payer.MunicipalAndDistrictFinance, purchase.Payer);
        Assert.Equal(400_000m, purchase.RemainderForImplementingBody);

        var utilities = Item(r, SubsidyItem.UtilityRelocation);
        Assert.Equal(450_000m, utilities.Uncapped);
        Assert.True(utilities.CapApplied);
        Assert.Equal(400_000m, utilities.Amount);
        Assert.Equal(Payer.MunicipalFinance, utilities.Payer);

        var power = Item(r, SubsidyItem.PowerCapacityIncrease);
        Assert.Equal(80_000m, power.Amount);
        Assert.Null(power.Cap);
        Assert.False(power.CapApplied);
        Assert.True(power.IsSubsidy);
        Assert.Equal(Payer.DistrictFinance, power.Payer);

        Assert.Equal(780_000m, r.TotalSubsidy);
        Assert.Equal(780_000m, Calculator.SubsidyAmount(Claim(PropertyOwnership.District, 700_000m, 450_000m, 80_000m), AsOf));
        Assert.Equal(
            new[] { new PayerTotal(Payer.MunicipalFinance, 400_000m), new PayerTotal(Payer.DistrictFinance, 80_000m), new PayerTotal(Payer.MunicipalAndDistrictFinance, 300_000m) },
            r.ByPayer);
        Assert.Equal(0m, r.BorneByPropertyUnit);
        Assert.Equal(450_000m, r.BorneByImplementingBody); // 400,000 above the purchase share + 50,000 above the utility cap
    }

    [Fact]
    public void E2_CentralUnitProperty_Purchase30PercentCapped_PowerBorneByPropertyUnit_Totals300000()
    {
        var r = Calculator.CalculateSubsidy(Claim(PropertyOwnership.CentralUnit, 700_000m, 120_000m, 80_000m), AsOf);

        var purchase = Item(r, SubsidyItem.PurchaseAndInstallation);
        Assert.Equal(210_000m, purchase.Uncapped);
        Assert.Equal(180_000m, purchase.Cap);
        Assert.True(purchase.CapApplied);
        Assert.Equal(180_000m, purchase.Amount);
        Assert.Equal(Payer.DistrictFinance, purchase.Payer);

        var utilities = Item(r, SubsidyItem.UtilityRelocation);
        Assert.Equal(120_000m, utilities.Amount);
        Assert.False(utilities.CapApplied);
        Assert.Equal(Payer.DistrictFinance, utilities.Payer);

        var power = Item(r, SubsidyItem.PowerCapacityIncrease);
        Assert.Equal(Payer.PropertyUnit, power.Payer);
        Assert.False(power.IsSubsidy);
        Assert.Equal(80_000m, power.Amount);
        Assert.Equal(0m, r.Elevators[0].Lines.Single(l => l.Subject.Contains("用电增容", StringComparison.Ordinal)).Amount);

        Assert.Equal(300_000m, r.TotalSubsidy);
        Assert.Equal(80_000m, r.BorneByPropertyUnit);
        Assert.Equal(new[] { new PayerTotal(Payer.DistrictFinance, 300_000m) }, r.ByPayer);
    }

    [Fact]
    public void E3_MunicipalProperty_HalfOf555555Point55_IsRoundedOnceTo277777Point78_NotCapped()
    {
        var r = Calculator.CalculateSubsidy(Claim(PropertyOwnership.Municipal, 555_555.55m, 0m, 0m), AsOf);
        var purchase = Item(r, SubsidyItem.PurchaseAndInstallation);
        Assert.Equal(277_777.78m, purchase.Uncapped);
        Assert.Equal(277_777.78m, purchase.Amount);
        Assert.False(purchase.CapApplied);
        Assert.Contains("277,777.775 → 277,777.78", purchase.Arithmetic, StringComparison.Ordinal);
        Assert.Equal(277_777.78m, r.TotalSubsidy);
    }

    [Fact]
    public void E4_ExactlyTwoThirdsOfAreaAndOwners_IsMet()
    {
        var r = Calculator.CheckConsent(new ConsentTally("2单元", 3_000m, 2_000m, 24, 16, 0, 0), AsOf);
        Assert.True(r.Met);
        Assert.All(r.Conditions, c => Assert.True(c.Met));
        Assert.Empty(r.Shortfalls);
        Assert.Equal("3 × 2,000 = 6,000 ≥ 2 × 3,000 = 6,000", r.Conditions[0].Arithmetic);
        Assert.Equal("3 × 16 = 48 ≥ 2 × 24 = 48", r.Conditions[1].Arithmetic);
        Assert.Equal(ConsentScope.UnitEntrance, r.Scope);
    }

    [Fact]
    public void E4_OneHundredthOfASquareMetreShortOfTwoThirds_IsNotMet_AndSaysBy0Point01()
    {
        var r = Calculator.CheckConsent(new ConsentTally("2单元", 3_000m, 1_999.99m, 24, 16, 0, 0), AsOf);
        Assert.False(r.Met);
        var area = r.Conditions.Single(c => c.Requirement == ConsentRequirement.AreaShare);
        Assert.False(area.Met);
        Assert.True(r.Conditions.Single(c => c.Requirement == ConsentRequirement.OwnerShare).Met);
        Assert.Equal("3 × 1,999.99 = 5,999.97 < 2 × 3,000 = 6,000", area.Arithmetic);
        var shortfall = Assert.Single(r.Shortfalls);
        Assert.Equal("area: agreeing owners hold 1,999.99 m² of 3,000 m² = 66.6663% < 2/3 (66.6667%); at least 2,000 m² needed, 0.01 m² more", shortfall);
    }

    [Fact]
    public void E4_AnOwnerOfTwoFlats_CountsOnceInTheHeadCount_AndWithBothAreas()
    {
        // why: 16 agreeing of 24 owners is exactly 2/3; counting the two-flat owner twice would give 16 of 25 (< 2/3).
        var owners = new List<Owner> { new("X", Agrees: false, DirectlyAffected: false, new[] { new Flat("101", "2单元", 62.5m), new Flat("102", "2单元", 62.5m) }) };
        for (var i = 0; i < 7; i++)
        {
            owners.Add(new Owner($"N{i}", false, false, new[] { new Flat($"2{i:00}", "2单元", 125m) }));
        }

        for (var i = 0; i < 16; i++)
        {
            owners.Add(new Owner($"A{i}", true, false, new[] { new Flat($"3{i:00}", "2单元", 125m) }));
        }

        var r = Calculator.CheckConsent(new OwnerRoll("2单元", owners), AsOf);
        Assert.Equal(24, r.TotalOwners);
        Assert.Equal(16, r.AgreeingOwners);
        Assert.Equal(3_000m, r.TotalArea);
        Assert.Equal(2_000m, r.AgreeingArea);
        Assert.True(r.Met);
    }

    [Fact]
    public void E5_SixFloorsCompletedOnTheLastDayOf1998_IsInScope()
    {
        var r = Calculator.CheckScope(InScopeBuilding(), AsOf);
        Assert.True(r.InScope);
        Assert.Empty(r.Unmet);
        Assert.Equal(7, r.Criteria.Count);
        Assert.True(r.CountsAgainstStreetQuota);
    }

    [Fact]
    public void E5_CompletedOnNewYearsDay1999_IsOutOfScope_UnlessInThe2017OldCommunityRenovation()
    {
        var late = InScopeBuilding() with { CompletionDate = new LocalDate(1999, 1, 1) };
        var r = Calculator.CheckScope(late, AsOf);
        Assert.False(r.InScope);
        Assert.Equal("CompletionDate: completed 1999-01-01; required: completed and in use on or before 1998-12-31 (1998年底前建成投入使用)", Assert.Single(r.Unmet));

        var old = Calculator.CheckScope(late with { InOldCommunityRenovation2017 = true }, AsOf);
        Assert.True(old.InScope);
        Assert.True(old.OldCommunityClauseApplied);
        Assert.False(old.CountsAgainstStreetQuota);
        var c = old.Criteria.Single(x => x.Criterion == ScopeCriterion.CompletionDate);
        Assert.False(c.Met);
        Assert.True(c.Waived);
    }

    [Fact]
    public void E5_ThreeFloors_IsOutOfScope()
    {
        var r = Calculator.CheckScope(InScopeBuilding() with { Floors = 3 }, AsOf);
        Assert.False(r.InScope);
        Assert.Equal("MinimumFloors: 3 floors; required: 4 floors or more (4层以上, 4 included)", Assert.Single(r.Unmet));
        Assert.True(Calculator.CheckScope(InScopeBuilding() with { Floors = 4 }, AsOf).InScope); // why: 以上 includes 4
    }

    [Fact]
    public void E5_MilitaryProperty_IsOutOfScope_WhateverElse_EvenInTheOldCommunityProgramme()
    {
        var r = Calculator.CheckScope(InScopeBuilding() with { IsMilitaryProperty = true, InOldCommunityRenovation2017 = true }, AsOf);
        Assert.False(r.InScope);
        Assert.Equal(ScopeCriterion.NotMilitaryProperty, r.Criteria.Single(c => !c.Met && !c.Waived).Criterion);
    }

    [Fact]
    public void E5_TwoUnitEntrances_IsOutOfScope()
    {
        var r = Calculator.CheckScope(InScopeBuilding() with { UnitEntrances = 2 }, AsOf);
        Assert.False(r.InScope);
        Assert.Equal("MinimumUnitEntrances: 2 unit entrances; required: at least 3 unit entrances (不少于3个单元门)", Assert.Single(r.Unmet));
    }

    [Fact]
    public void CheckScope_EveryUnmetCriterion_IsListedWithItsFigures()
    {
        var b = new Building("B-9", null, 3, 2, new LocalDate(2005, 6, 1), false, true, true, true, false);
        var r = Calculator.CheckScope(b, AsOf);
        Assert.False(r.InScope);
        Assert.Equal(7, r.Unmet.Count);
    }
}
