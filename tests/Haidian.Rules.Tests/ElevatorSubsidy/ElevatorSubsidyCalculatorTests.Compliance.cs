using Haidian.Rules.ElevatorSubsidy;

namespace Haidian.Rules.Tests.ElevatorSubsidy;

/// <summary>Operating right (三（一）), timetable (五, 三（七）), portfolio (一, 三（一）), ownership without subsidy.</summary>
public sealed partial class ElevatorSubsidyCalculatorTests
{
    [Theory]
    [InlineData(9, false)]   // why: below 10
    [InlineData(10, true)]   // why: 10—20 includes 10
    [InlineData(20, true)]   // why: and 20
    [InlineData(21, false)]  // why: above 20
    public void CheckOperatingRight_TenToTwentyYearsInclusive(int years, bool compliant)
    {
        var r = Calculator.CheckOperatingRight(years, AsOf);
        Assert.Equal(compliant, r.Compliant);
        Assert.Equal(compliant ? 0 : 1, r.Findings.Count);
        Assert.All(r.Findings, f => Assert.Equal(Severity.Violation, f.Severity));
        Assert.All(r.Findings, f => Assert.Equal("三（一）", f.Citation.Article));
    }

    [Fact]
    public void CheckTimeline_DisbursedOnTheLastDayOfApril2018_IsOnTime_TheNextDayIsLate()
    {
        var onTime = new ProjectTimeline(null, null, new LocalDate(2017, 12, 20), new LocalDate(2018, 2, 1), new LocalDate(2018, 4, 30));
        var ok = Calculator.CheckTimeline(onTime, new LocalDate(2018, 6, 1));
        Assert.True(ok.Compliant);
        Assert.Empty(ok.Findings);

        var late = Calculator.CheckTimeline(onTime with { DisbursedOn = new LocalDate(2018, 5, 1) }, new LocalDate(2018, 6, 1));
        var f = Assert.Single(late.Findings);
        Assert.Equal("timeline.disbursedOn", f.Code);
        Assert.Equal(Severity.Violation, f.Severity);
        Assert.EndsWith("1 day(s) late", f.Message, StringComparison.Ordinal);
        Assert.Equal("五", f.Citation.Article);
    }

    [Fact]
    public void CheckTimeline_DisbursedBeforeTheAudit_BreaksThePaymentOrderOf37()
    {
        var t = new ProjectTimeline(new LocalDate(2017, 5, 31), new LocalDate(2017, 11, 1), new LocalDate(2017, 12, 31), new LocalDate(2018, 3, 1), new LocalDate(2018, 2, 1));
        var r = Calculator.CheckTimeline(t, new LocalDate(2018, 6, 1));
        Assert.Equal(new[] { "timeline.worksCompletedOn", "timeline.disbursedBeforeAudit" }, r.Findings.Select(x => x.Code));
        var ex = Assert.Throws<ValidationException>(() => Calculator.CheckTimeline(t, new LocalDate(2018, 2, 15)));
        Assert.Equal("auditedOn", Assert.Single(ex.Errors).Path);
    }

    [Fact]
    public void CheckPortfolio_TwoQuotaBuildingsInOneStreet_IsAViolation_OldCommunityBuildingsAreOutsideTheQuota()
    {
        var old = InScopeBuilding("B-3") with { CompletionDate = new LocalDate(2003, 1, 1), InOldCommunityRenovation2017 = true };
        var ok = Calculator.CheckPortfolio(new PilotPortfolio(new[] { InScopeBuilding("B-1"), old, InScopeBuilding("B-2", "海淀街道") }, Array.Empty<ImplementingBody>()), AsOf);
        Assert.True(ok.Compliant);
        Assert.Equal(new[] { new StreetQuota("学院路街道", 1, 1, true), new StreetQuota("海淀街道", 1, 0, true) }, ok.Streets);

        var two = Calculator.CheckPortfolio(new PilotPortfolio(new[] { InScopeBuilding("B-1"), InScopeBuilding("B-2") }, Array.Empty<ImplementingBody>()), AsOf);
        Assert.False(two.Compliant);
        Assert.Equal("portfolio.perStreetQuota", Assert.Single(two.Findings).Code);
    }

    [Fact]
    public void CheckPortfolio_SixTenderedBodies_IsADeparture_NotAViolation_UntenderedBodiesDoNotCount()
    {
        var bodies = Enumerable.Range(1, 6).Select(i => new ImplementingBody($"T{i}", ImplementingBodySelection.Tendered, 15))
            .Append(new ImplementingBody("P", ImplementingBodySelection.AuthorisedByPropertyUnit, 15)).ToArray();
        var r = Calculator.CheckPortfolio(new PilotPortfolio(new[] { InScopeBuilding() }, bodies), AsOf);
        Assert.Equal(6, r.TenderedImplementingBodies);
        var f = Assert.Single(r.Findings);
        Assert.Equal(Severity.Departure, f.Severity);
        Assert.True(r.Compliant);

        var five = Calculator.CheckPortfolio(new PilotPortfolio(new[] { InScopeBuilding() }, bodies.Skip(1).ToArray()), AsOf);
        Assert.Empty(five.Findings); // why: 不超过5家 includes 5
    }

    [Fact]
    public void CheckPortfolio_OutOfScopeBuildingAndShortOperatingRight_AreViolations_AndMissingStreetIsBadInput()
    {
        var r = Calculator.CheckPortfolio(
            new PilotPortfolio(new[] { InScopeBuilding() with { IsMilitaryProperty = true } }, new[] { new ImplementingBody("T", ImplementingBodySelection.Tendered, 8) }),
            AsOf);
        Assert.Equal(new[] { "portfolio.buildingOutOfScope", "portfolio.operatingRight" }, r.Findings.Select(f => f.Code));
        Assert.False(r.Compliant);

        var ex = Assert.Throws<ValidationException>(() => Calculator.CheckPortfolio(new PilotPortfolio(new[] { InScopeBuilding() with { Street = null } }, Array.Empty<ImplementingBody>()), AsOf));
        Assert.Equal("buildings[0].street", Assert.Single(ex.Errors).Path);
    }

    [Fact]
    public void CalculateSubsidy_OtherOwnershipOrNoLegalFormalities_GivesNothing_AndSaysWhoFunds()
    {
        var other = Calculator.CalculateSubsidy(Claim(PropertyOwnership.Other, 700_000m, 450_000m, 80_000m), AsOf);
        Assert.Equal(0m, other.TotalSubsidy);
        Assert.Equal(1_230_000m, other.BorneByImplementingBody);
        Assert.Contains(other.Notes, n => n.Contains("房改售房款", StringComparison.Ordinal));
        Assert.All(other.Elevators[0].Items.Take(3), i => Assert.Equal(Payer.ImplementingBody, i.Payer));

        var noPapers = Calculator.CalculateSubsidy(Claim(PropertyOwnership.District, 700_000m, 450_000m, 80_000m, legal: false), AsOf);
        Assert.Equal(0m, noPapers.TotalSubsidy);
        Assert.Contains(noPapers.Notes, n => n.Contains("具有合法手续", StringComparison.Ordinal));
    }

    [Fact]
    public void CalculateSubsidy_PowerIncreaseWithoutCertifiedShortage_IsNotCovered()
    {
        var r = Calculator.CalculateSubsidy(Claim(PropertyOwnership.District, 700_000m, 450_000m, 80_000m, certified: false), AsOf);
        Assert.Equal(700_000m, r.TotalSubsidy);
        Assert.Equal(Payer.ImplementingBody, Item(r, SubsidyItem.PowerCapacityIncrease).Payer);
    }

    [Fact]
    public void CalculateSubsidy_NewTechnologyAllowance_IsZeroByDefault_AndAnExplicitParameter()
    {
        var claim = Claim(PropertyOwnership.District, 100_000m, 0m, 0m, newTech: true);
        var r = Calculator.CalculateSubsidy(claim, AsOf);
        Assert.Equal(50_000m, r.TotalSubsidy);
        Assert.Contains(r.Notes, n => n.Contains("fixes no amount", StringComparison.Ordinal));

        var reform = new ElevatorSubsidyCalculator(ElevatorSubsidyParameters.Gazette2017 with { Version = "what-if", NewTechnologyAllowancePerElevator = 20_000m, NewTechnologyPayer = Payer.DistrictFinance });
        var w = reform.CalculateSubsidy(claim, AsOf);
        Assert.Equal(70_000m, w.TotalSubsidy);
        Assert.Equal("what-if", w.Provenance.ParametersVersion);
        Assert.Equal(20_000m, Item(w, SubsidyItem.NewTechnology).Amount);
    }

    [Fact]
    public void CheckConsent_BuildingScope_CountsEveryEntrance_UnitScopeOnlyTheElevatorsEntrance()
    {
        // why: entrance 1 agrees fully, entrance 2 not at all — only the scope decides.
        var owners = new[]
        {
            new Owner("A", true, true, new[] { new Flat("1-101", "1单元", 100m) }),
            new Owner("B", true, false, new[] { new Flat("1-102", "1单元", 100m), new Flat("2-101", "2单元", 100m) }),
            new Owner("C", false, true, new[] { new Flat("2-102", "2单元", 100m) }),
            new Owner("D", false, false, new[] { new Flat("2-201", "2单元", 100m) }),
        };
        var unit = Calculator.CheckConsent(new OwnerRoll("1单元", owners), AsOf);
        Assert.True(unit.Met);
        Assert.Equal((2, 200m, 1), (unit.TotalOwners, unit.TotalArea, unit.AffectedOwners)); // why: C is affected but not of 1单元

        var building = new ElevatorSubsidyCalculator(ElevatorSubsidyParameters.Gazette2017 with { ConsentScope = ConsentScope.Building })
            .CheckConsent(new OwnerRoll("1单元", owners), AsOf);
        Assert.Equal((4, 500m, 2, 300m), (building.TotalOwners, building.TotalArea, building.AgreeingOwners, building.AgreeingArea));
        Assert.False(building.Met);
        Assert.Equal("二", building.Conditions[0].Citation.Article);
        Assert.Equal(
            new[]
            {
                "area: agreeing owners hold 300 m² of 500 m² = 60.0000% < 2/3 (66.6667%); at least 333.34 m² needed, 33.34 m² more",
                "owners: 2 of 4 agree = 50.0000% < 2/3 (66.6667%); at least 3 needed, 1 more",
            },
            building.Shortfalls);
    }
}
