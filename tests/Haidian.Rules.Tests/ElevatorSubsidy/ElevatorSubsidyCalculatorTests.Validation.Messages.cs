using Haidian.Rules.ElevatorSubsidy;

namespace Haidian.Rules.Tests.ElevatorSubsidy;

/// <summary>
/// Bad input to every entry point: each problem word for word with its field path, each bound at the limit (accepted)
/// and one step past it (rejected), and null arguments named.
/// </summary>
public sealed partial class ElevatorSubsidyCalculatorTests
{
    private static string[] Messages(Action act) => Assert.Throws<ValidationException>(act).Errors.Select(e => e.ToString()).ToArray();

    private static Owner OwnerOf(string id, bool agrees, params Flat[] flats) => new(id, agrees, false, flats);

    [Fact]
    public void EveryEntryPoint_NullArgument_ThrowsWithTheParameterName()
    {
        Assert.Equal("building", Assert.Throws<ArgumentNullException>(() => Calculator.CheckScope(null!, AsOf)).ParamName);
        Assert.Equal("roll", Assert.Throws<ArgumentNullException>(() => Calculator.CheckConsent((OwnerRoll)null!, AsOf)).ParamName);
        Assert.Equal("tally", Assert.Throws<ArgumentNullException>(() => Calculator.CheckConsent((ConsentTally)null!, AsOf)).ParamName);
        Assert.Equal("claim", Assert.Throws<ArgumentNullException>(() => Calculator.CalculateSubsidy(null!, AsOf)).ParamName);
        Assert.Equal("claim", Assert.Throws<ArgumentNullException>(() => Calculator.SubsidyAmount(null!, AsOf)).ParamName);
        Assert.Equal("timeline", Assert.Throws<ArgumentNullException>(() => Calculator.CheckTimeline(null!, AsOf)).ParamName);
        Assert.Equal("portfolio", Assert.Throws<ArgumentNullException>(() => Calculator.CheckPortfolio(null!, AsOf)).ParamName);
    }

    [Fact]
    public void CheckScope_BlankIdAndNoUnitEntrance_AreReported_OneFloorAndOneEntranceAreAccepted()
    {
        Assert.Equal(
            new[] { "id: is required and must not be blank", "unitEntrances: must be at least 1 (got 0)" },
            Messages(() => Calculator.CheckScope(InScopeBuilding() with { Id = " ", Floors = 1, UnitEntrances = 0 }, AsOf)));

        // why: "at least 1" includes 1 — valid input, merely out of scope (4 floors and 3 entrances are required).
        var one = Calculator.CheckScope(InScopeBuilding() with { Floors = 1, UnitEntrances = 1 }, AsOf);
        Assert.False(one.InScope);
        Assert.Equal(new[] { "1 floors", "1 unit entrances" }, one.Criteria.Skip(2).Take(2).Select(c => c.Actual));
    }

    [Fact]
    public void CheckConsent_Tally_NegativeAgreeingArea_IsReported_WhetherOrNotTheTotalIsPositive()
    {
        Assert.Equal(
            new[] { "agreeingArea: must not be negative (got -1)" },
            Messages(() => Calculator.CheckConsent(new ConsentTally("1单元", 100m, -1m, 3, 2, 0, 0), AsOf)));
        Assert.Equal(
            new[] { "totalArea: must be greater than 0 (got 0)", "agreeingArea: must not be negative (got -1)" },
            Messages(() => Calculator.CheckConsent(new ConsentTally("1单元", 0m, -1m, 3, 2, 0, 0), AsOf)));
        Assert.Equal(
            new[] { "totalArea: must be greater than 0 (got -5)", "agreeingArea: must not be negative (got -1)" },
            Messages(() => Calculator.CheckConsent(new ConsentTally("1单元", -5m, -1m, 3, 2, 0, 0), AsOf)));
    }

    [Fact]
    public void CheckConsent_Tally_TotalAreaAboveTenMillionSquareMetres_IsRejected_TheLimitIsAccepted()
    {
        Assert.Equal(
            new[] { "totalArea: must not exceed 10,000,000 m²" },
            Messages(() => Calculator.CheckConsent(new ConsentTally("1单元", 10_000_000.01m, 1m, 3, 2, 0, 0), AsOf)));
        Assert.True(Calculator.CheckConsent(new ConsentTally("1单元", 10_000_000m, 10_000_000m, 1, 1, 0, 0), AsOf).Met);
    }

    [Fact]
    public void CheckConsent_Tally_OwnerCounts_AreCheckedAgainstTheTotal()
    {
        Assert.Equal(
            new[] { "totalOwners: must be at least 1 (got 0)" },
            Messages(() => Calculator.CheckConsent(new ConsentTally("1单元", 100m, 0m, 0, 0, 0, 0), AsOf)));
        Assert.Equal(
            new[] { "agreeingOwners: must be between 0 and totalOwners 1 (got 2)" },
            Messages(() => Calculator.CheckConsent(new ConsentTally("1单元", 100m, 100m, 1, 2, 0, 0), AsOf)));
        Assert.Equal(
            new[] { "agreeingOwners: must be between 0 and totalOwners 3 (got -1)" },
            Messages(() => Calculator.CheckConsent(new ConsentTally("1单元", 100m, 0m, 3, -1, 0, 0), AsOf)));
        Assert.Equal(
            new[] { "affectedOwners: must be between 0 and totalOwners 3 (got 4)" },
            Messages(() => Calculator.CheckConsent(new ConsentTally("1单元", 100m, 80m, 3, 2, 4, 0), AsOf)));
        Assert.Equal(
            new[] { "affectedOwners: must be between 0 and totalOwners 3 (got -1)" },
            Messages(() => Calculator.CheckConsent(new ConsentTally("1单元", 100m, 80m, 3, 2, -1, 0), AsOf)));
        Assert.Equal(
            new[] { "affectedOwnersAgreeing: must be between 0 and the smaller of affectedOwners 1 and agreeingOwners 2 (got -1)" },
            Messages(() => Calculator.CheckConsent(new ConsentTally("1单元", 100m, 80m, 3, 2, 1, -1), AsOf)));

        // why: a single owner who agrees is a whole, valid tally.
        var one = Calculator.CheckConsent(new ConsentTally("1单元", 100m, 100m, 1, 1, 1, 1), AsOf);
        Assert.True(one.Met);
        Assert.Equal((1, 1, 1, 1), (one.TotalOwners, one.AgreeingOwners, one.AffectedOwners, one.AffectedOwnersAgreeing));
    }

    [Fact]
    public void CheckConsent_Tally_AreaMustFitTheAgreeingOwners()
    {
        Assert.Equal(
            new[] { "agreeingArea: must be 0 when no owner agrees" },
            Messages(() => Calculator.CheckConsent(new ConsentTally("1单元", 100m, 10m, 3, 0, 0, 0), AsOf)));
        Assert.Equal(
            new[] { "agreeingArea: must be greater than 0 when some owners agree" },
            Messages(() => Calculator.CheckConsent(new ConsentTally("1单元", 100m, 0m, 3, 1, 0, 0), AsOf)));
        Assert.Equal(
            new[] { "agreeingArea: must equal totalArea when every owner agrees" },
            Messages(() => Calculator.CheckConsent(new ConsentTally("1单元", 100m, 90m, 3, 3, 0, 0), AsOf)));

        // why: nobody agrees and no area agrees — consistent, merely not met.
        var none = Calculator.CheckConsent(new ConsentTally("1单元", 100m, 0m, 3, 0, 0, 0), AsOf);
        Assert.False(none.Met);
        Assert.Equal(0m, none.AgreeingArea);
    }

    [Fact]
    public void CheckConsent_TallyWithoutAUnitEntrance_ReportsAnEmptyEntrance()
    {
        Assert.Equal(string.Empty, Calculator.CheckConsent(new ConsentTally(null!, 3m, 2m, 3, 2, 0, 0), AsOf).UnitEntrance);
        Assert.Equal("1单元", Calculator.CheckConsent(new ConsentTally("1单元", 3m, 2m, 3, 2, 0, 0), AsOf).UnitEntrance);
    }

    [Fact]
    public void CheckConsent_Roll_BlankEntranceOrMissingOwners_AreReported()
    {
        var flats = new[] { new Flat("101", "1单元", 80m) };
        Assert.Equal(
            new[] { "unitEntrance: is required and must not be blank" },
            Messages(() => Calculator.CheckConsent(new OwnerRoll(" ", new[] { OwnerOf("A", true, flats) }), AsOf)));
        Assert.Equal(
            new[] { "unitEntrance: is required and must not be blank", "owners: is required" },
            Messages(() => Calculator.CheckConsent(new OwnerRoll(" ", null!), AsOf)));
        Assert.Equal(
            new[] { "owners: is required" },
            Messages(() => Calculator.CheckConsent(new OwnerRoll("1单元", null!), AsOf)));
        Assert.Equal(
            new[] { "owners: must list at least one owner" },
            Messages(() => Calculator.CheckConsent(new OwnerRoll("1单元", Array.Empty<Owner>()), AsOf)));
    }

    [Fact]
    public void CheckConsent_Roll_MissingOwnersFlatsIdsAndEntrances_AreEachReportedWithTheirPath()
    {
        var roll = new OwnerRoll("1单元", new[]
        {
            null!,
            OwnerOf(" ", true, new Flat("101", "1单元", 80m)),
            new Owner("B", true, false, null!),
            OwnerOf("C", true, null!, new Flat(" ", "1单元", 50m), new Flat("103", " ", 50m)),
        });
        Assert.Equal(
            new[]
            {
                "owners[0]: is required",
                "owners[1].id: is required and must not be blank",
                "owners[2].flats: is required",
                "owners[3].flats[0]: is required",
                "owners[3].flats[1].id: is required and must not be blank",
                "owners[3].flats[2].unitEntrance: is required and must not be blank",
            },
            Messages(() => Calculator.CheckConsent(roll, AsOf)));
    }

    [Fact]
    public void CheckConsent_Roll_AFlatAboveTenMillionSquareMetres_IsRejected_TheLimitIsAccepted()
    {
        Assert.Equal(
            new[] { "owners[0].flats[0].exclusiveArea: must not exceed 10,000,000 m²" },
            Messages(() => Calculator.CheckConsent(new OwnerRoll("1单元", new[] { OwnerOf("A", true, new Flat("101", "1单元", 10_000_000.01m)) }), AsOf)));
        var limit = Calculator.CheckConsent(new OwnerRoll("1单元", new[] { OwnerOf("A", true, new Flat("101", "1单元", 10_000_000m)) }), AsOf);
        Assert.Equal(10_000_000m, limit.TotalArea);
    }

    [Fact]
    public void CheckConsent_Roll_TotalAreaAboveTenMillionSquareMetres_IsRejected_TheLimitIsAccepted()
    {
        Assert.Equal(
            new[] { "owners: total exclusive area must not exceed 10,000,000 m²" },
            Messages(() => Calculator.CheckConsent(
                new OwnerRoll("1单元", new[] { OwnerOf("A", true, new Flat("101", "1单元", 6_000_000m)), OwnerOf("B", true, new Flat("102", "2单元", 4_000_000.01m)) }),
                AsOf)));
        var limit = Calculator.CheckConsent(
            new OwnerRoll("1单元", new[] { OwnerOf("A", true, new Flat("101", "1单元", 6_000_000m)), OwnerOf("B", false, new Flat("102", "1单元", 4_000_000m)) }),
            AsOf);
        Assert.Equal((10_000_000m, 6_000_000m), (limit.TotalArea, limit.AgreeingArea));
    }

    [Fact]
    public void CheckConsent_Roll_AnAffectedOwnerWithAFlatInTheEntrance_CountsAsAffected_EvenWithFlatsElsewhere()
    {
        var roll = new OwnerRoll("1单元", new[]
        {
            new Owner("A", true, false, new[] { new Flat("1-101", "1单元", 100m) }),
            new Owner("B", false, true, new[] { new Flat("1-102", "1单元", 50m), new Flat("2-101", "2单元", 70m) }),
        });
        var r = Calculator.CheckConsent(roll, AsOf);
        Assert.Equal((2, 150m, 1, 0), (r.TotalOwners, r.TotalArea, r.AffectedOwners, r.AffectedOwnersAgreeing));
        Assert.False(r.Met);
        Assert.Equal("directly affected owners: 0 of 1 agree; all must, 1 more", r.Conditions[2].Shortfall);
    }

    [Fact]
    public void CalculateSubsidy_MissingOrEmptyElevators_AreReported()
    {
        var claim = Claim(PropertyOwnership.District, 1m, 0m, 0m);
        Assert.Equal(new[] { "elevators: is required" }, Messages(() => Calculator.CalculateSubsidy(claim with { Elevators = null! }, AsOf)));
        Assert.Equal(
            new[] { "elevators: must list at least one elevator" },
            Messages(() => Calculator.CalculateSubsidy(claim with { Elevators = Array.Empty<ElevatorCosts>() }, AsOf)));
        Assert.Equal(
            new[] { "elevators[0]: is required", "elevators[1].id: is required and must not be blank" },
            Messages(() => Calculator.CalculateSubsidy(claim with { Elevators = new[] { null!, new ElevatorCosts(" ", 1m, 0m, 0m, false, false) } }, AsOf)));
    }

    [Fact]
    public void CalculateSubsidy_CostAboveOneBillionYuan_IsRejected_TheLimitIsAccepted_ANegativeCostIsOneProblem()
    {
        Assert.Equal(
            new[] { "elevators[0].utilityRelocation: must not exceed 1,000,000,000 yuan per elevator (got 1,000,000,000.01)" },
            Messages(() => Calculator.CalculateSubsidy(Claim(PropertyOwnership.District, 0m, 1_000_000_000.01m, 0m), AsOf)));
        Assert.Equal(400_000m, Calculator.SubsidyAmount(Claim(PropertyOwnership.District, 0m, 1_000_000_000m, 0m), AsOf));

        // why: a negative cost with a fraction of a fen is reported once, as negative.
        Assert.Equal(
            new[] { "elevators[0].purchaseAndInstallation: must not be negative (got -0.001)" },
            Messages(() => Calculator.CalculateSubsidy(Claim(PropertyOwnership.District, -0.001m, 0m, 0m), AsOf)));
    }

    [Fact]
    public void CheckOperatingRight_NegativeYears_IsRejected_ZeroIsAValidTermOutsideTheRange()
    {
        Assert.Equal(new[] { "years: must not be negative (got -1)" }, Messages(() => Calculator.CheckOperatingRight(-1, AsOf)));
        Assert.False(Calculator.CheckOperatingRight(0, AsOf).Compliant);
    }

    [Fact]
    public void CheckTimeline_EveryDateAfterTheAsOfDate_IsReportedByName_TheDayItselfIsAccepted()
    {
        var next = AsOf.PlusDays(1);
        Assert.Equal(
            new[]
            {
                "planFixedOn: 2017-09-02 is after the as-of date 2017-09-01: it cannot have happened yet",
                "worksCompletedOn: 2017-09-02 is after the as-of date 2017-09-01: it cannot have happened yet",
                "inUseOn: 2017-09-02 is after the as-of date 2017-09-01: it cannot have happened yet",
                "auditedOn: 2017-09-02 is after the as-of date 2017-09-01: it cannot have happened yet",
                "disbursedOn: 2017-09-02 is after the as-of date 2017-09-01: it cannot have happened yet",
            },
            Messages(() => Calculator.CheckTimeline(new ProjectTimeline(next, next, next, next, next), AsOf)));
        Assert.Equal(5, Calculator.CheckTimeline(new ProjectTimeline(AsOf, AsOf, AsOf, AsOf, AsOf), AsOf).Checked.Count); // why: four deadlines and the payment order
    }

    [Fact]
    public void CheckPortfolio_MissingBuildingsAndBodies_AreReported()
    {
        Assert.Equal(
            new[] { "buildings: is required", "implementingBodies: is required" },
            Messages(() => Calculator.CheckPortfolio(new PilotPortfolio(null!, null!), AsOf)));
    }

    [Fact]
    public void CheckPortfolio_MissingBlankAndDuplicateBuildings_AreEachReportedWithTheirPath()
    {
        var buildings = new[]
        {
            null!,
            InScopeBuilding() with { Id = null! },
            InScopeBuilding() with { Id = " " },
            InScopeBuilding() with { Id = " " },
            InScopeBuilding("B-1") with { UnitEntrances = 0 },
            InScopeBuilding("B-1"),
        };
        Assert.Equal(
            new[]
            {
                "buildings[0]: is required",
                "buildings[1].id: is required and must not be blank",
                "buildings[2].id: is required and must not be blank",
                "buildings[3].id: is required and must not be blank",
                "buildings[4].unitEntrances: must be at least 1 (got 0)",
                "buildings[5].id: building 'B-1' is listed more than once",
            },
            Messages(() => Calculator.CheckPortfolio(new PilotPortfolio(buildings, Array.Empty<ImplementingBody>()), AsOf)));
    }

    [Fact]
    public void CheckPortfolio_BadImplementingBodies_AreEachReportedWithTheirPath()
    {
        var bodies = new[]
        {
            null!,
            new ImplementingBody(" ", ImplementingBodySelection.Tendered, 10),
            new ImplementingBody("T", (ImplementingBodySelection)7, -1),
            new ImplementingBody("T", ImplementingBodySelection.Tendered, 10),
        };
        Assert.Equal(
            new[]
            {
                "implementingBodies[0]: is required",
                "implementingBodies[1].name: is required and must not be blank",
                "implementingBodies[2].selection: is not one of Tendered, InvestedByPropertyUnit, AuthorisedByPropertyUnit (got the undefined value 7)",
                "implementingBodies[2].operatingRightYears: must not be negative (got -1)",
                "implementingBodies[3].name: implementing body 'T' is listed more than once",
            },
            Messages(() => Calculator.CheckPortfolio(new PilotPortfolio(new[] { InScopeBuilding() }, bodies), AsOf)));
    }
}
