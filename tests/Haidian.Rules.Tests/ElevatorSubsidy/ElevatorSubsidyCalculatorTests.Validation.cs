using Haidian.Rules.ElevatorSubsidy;

namespace Haidian.Rules.Tests.ElevatorSubsidy;

/// <summary>Bad input: every problem reported at once, with its field path; nothing computed.</summary>
public sealed partial class ElevatorSubsidyCalculatorTests
{
    private static IReadOnlyList<string> Paths(ValidationException ex) => ex.Errors.Select(e => e.Path).ToArray();

    [Fact]
    public void CalculateSubsidy_NegativeCosts_AreEachReportedWithTheirPath()
    {
        var claim = new SubsidyClaim("B-1", PropertyOwnership.District, true, new[]
        {
            new ElevatorCosts("E-1", -1m, 0m, 0m, false, false),
            new ElevatorCosts("E-2", 10m, -0.01m, 1.001m, false, false),
        });
        var ex = Assert.Throws<ValidationException>(() => Calculator.CalculateSubsidy(claim, AsOf));
        Assert.Equal(new[] { "elevators[0].purchaseAndInstallation", "elevators[1].utilityRelocation", "elevators[1].powerCapacityIncrease" }, Paths(ex));
        Assert.Equal(
            new[]
            {
                "elevators[0].purchaseAndInstallation: must not be negative (got -1)",
                "elevators[1].utilityRelocation: must not be negative (got -0.01)",
                "elevators[1].powerCapacityIncrease: must be a whole number of fen, at most two decimals (got 1.001)",
            },
            ex.Errors.Select(e => e.ToString()));
        Assert.Equal("must not be negative (got -1)", ex.Errors[0].Message);
        Assert.Contains("whole number of fen", ex.Errors[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CalculateSubsidy_MissingIdsDuplicateElevatorsAndUndefinedOwnership_AreAllReported()
    {
        var claim = new SubsidyClaim(" ", (PropertyOwnership)42, true, new[]
        {
            new ElevatorCosts("E-1", 1m, 0m, 0m, false, false),
            new ElevatorCosts("E-1", 1m, 0m, 0m, false, false),
        });
        var ex = Assert.Throws<ValidationException>(() => Calculator.CalculateSubsidy(claim, AsOf));
        Assert.Equal(new[] { "buildingId", "ownership", "elevators[1].id" }, Paths(ex));
        Assert.Equal(
            new[]
            {
                "buildingId: is required and must not be blank",
                "ownership: is not one of Municipal, District, CentralUnit, Other (got the undefined value 42)",
                "elevators[1].id: elevator 'E-1' is listed more than once",
            },
            ex.Errors.Select(e => e.ToString()));
        Assert.Throws<ValidationException>(() => Calculator.CalculateSubsidy(claim with { BuildingId = "B", Ownership = PropertyOwnership.Other, Elevators = Array.Empty<ElevatorCosts>() }, AsOf));
    }

    [Fact]
    public void CheckConsent_AgreeingOwnersAboveTotal_IsRejected()
    {
        var ex = Assert.Throws<ValidationException>(() => Calculator.CheckConsent(new ConsentTally("1单元", 3_000m, 2_000m, 24, 25, 0, 0), AsOf));
        var e = Assert.Single(ex.Errors);
        Assert.Equal("agreeingOwners", e.Path);
        Assert.Equal("must be between 0 and totalOwners 24 (got 25)", e.Message);
    }

    [Fact]
    public void CheckConsent_ZeroTotalArea_IsRejected_AndAgreeingAreaAboveTotalToo()
    {
        var zero = Assert.Throws<ValidationException>(() => Calculator.CheckConsent(new ConsentTally("1单元", 0m, 0m, 24, 16, 0, 0), AsOf));
        Assert.Equal("totalArea", zero.Errors[0].Path);
        Assert.Equal("must be greater than 0 (got 0)", zero.Errors[0].Message);

        var above = Assert.Throws<ValidationException>(() => Calculator.CheckConsent(new ConsentTally("1单元", 3_000m, 3_000.01m, 24, 16, 3, 4), AsOf));
        Assert.Equal(new[] { "agreeingArea", "affectedOwnersAgreeing" }, Paths(above));
        Assert.Equal(
            new[]
            {
                "agreeingArea: must not exceed totalArea 3,000 m² (got 3,000.01)",
                "affectedOwnersAgreeing: must be between 0 and the smaller of affectedOwners 3 and agreeingOwners 16 (got 4)",
            },
            above.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void CheckConsent_BadRoll_ReportsEveryProblemWithItsPath()
    {
        var roll = new OwnerRoll("3单元", new[]
        {
            new Owner("A", true, false, new[] { new Flat("101", "1单元", 0m) }),
            new Owner("A", true, false, new[] { new Flat("101", "1单元", 80m) }),
            new Owner("B", false, false, Array.Empty<Flat>()),
        });
        var ex = Assert.Throws<ValidationException>(() => Calculator.CheckConsent(roll, AsOf));
        Assert.Equal(new[] { "owners[0].flats[0].exclusiveArea", "owners[1].id", "owners[1].flats[0].id", "owners[2].flats", "unitEntrance" }, Paths(ex));
        Assert.Equal(
            new[]
            {
                "owners[0].flats[0].exclusiveArea: must be greater than 0 (got 0)",
                "owners[1].id: owner 'A' is listed more than once: list each owner once with all their flats (an owner counts once)",
                "owners[1].flats[0].id: flat '101' is listed more than once",
                "owners[2].flats: must list at least one flat",
                "unitEntrance: no flat of the roll is in unit entrance '3单元'",
            },
            ex.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void CheckScope_CompletionDateAfterTheAsOfDate_IsRejected_TheDayItselfIsAccepted()
    {
        var ex = Assert.Throws<ValidationException>(() => Calculator.CheckScope(InScopeBuilding() with { CompletionDate = AsOf.PlusDays(1), Floors = 0 }, AsOf));
        Assert.Equal(new[] { "floors", "completionDate" }, Paths(ex));
        Assert.Equal(
            new[]
            {
                "floors: must be at least 1 (got 0)",
                "completionDate: 2017-09-02 is after the as-of date 2017-09-01: a building cannot have been completed in the future",
            },
            ex.Errors.Select(e => e.ToString()));
        Assert.Equal("2017-09-02 is after the as-of date 2017-09-01: a building cannot have been completed in the future", ex.Errors[1].Message);
        Assert.False(Calculator.CheckScope(InScopeBuilding() with { CompletionDate = AsOf }, AsOf).InScope); // why: same day is not the future
    }

    [Fact]
    public void EveryQuestion_BeforeTheIssueDate_IsNotInForce()
    {
        var before = new LocalDate(2017, 7, 2);
        Assert.Throws<NotInForceException>(() => Calculator.CheckScope(InScopeBuilding(), before));
        Assert.Throws<NotInForceException>(() => Calculator.CalculateSubsidy(Claim(PropertyOwnership.District, 1m, 0m, 0m), before));
        Assert.Throws<NotInForceException>(() => Calculator.CheckConsent(new ConsentTally("1", 3m, 2m, 3, 2, 0, 0), before));
        Assert.Throws<NotInForceException>(() => Calculator.CheckOperatingRight(15, before));
        Assert.Equal(780_000m, Calculator.SubsidyAmount(Claim(PropertyOwnership.District, 700_000m, 450_000m, 80_000m), new LocalDate(2017, 7, 3))); // why: in force on the issue date
    }

    [Fact]
    public void Parameters_BrokenWhatIf_IsRejectedWithEveryPath()
    {
        var broken = ElevatorSubsidyParameters.Gazette2017 with
        {
            ConsentAreaShare = new Fraction(3, 2),
            NewTechnologyAllowancePerElevator = -5m,
            OperatingRightMaximumYears = 5,
            OldCommunityWaives = new[] { WaivableCriterion.CompletionDate, WaivableCriterion.CompletionDate },
            CentralUnitProperty = ElevatorSubsidyParameters.Gazette2017.CentralUnitProperty with { PurchaseShare = 1.5m },
        };
        var ex = Assert.Throws<ValidationException>(() => new ElevatorSubsidyCalculator(broken));
        Assert.Equal(
            new[] { "versions[0].oldCommunityWaives[1]", "versions[0].consentAreaShare", "versions[0].centralUnitProperty.purchaseShare", "versions[0].newTechnologyAllowancePerElevator", "versions[0].operatingRightMaximumYears" },
            Paths(ex));
        Assert.Equal(
            new[]
            {
                "versions[0].oldCommunityWaives[1]: 'CompletionDate' is listed more than once",
                "versions[0].consentAreaShare: must be a fraction between 0 and 1 with a positive numerator (got 3/2)",
                "versions[0].centralUnitProperty.purchaseShare: must be between 0 and 1 inclusive (got 1.5)",
                "versions[0].newTechnologyAllowancePerElevator: must be between 0 and 1000000000 inclusive (got -5)",
                "versions[0].operatingRightMaximumYears: must not be below operatingRightMinimumYears",
            },
            ex.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void JsonInput_GetsTheSameValidation()
    {
        var claim = HaidianJson.Deserialize<SubsidyClaim>("""{"buildingId":"B","ownership":"District","hasLegalFormalities":true,"elevators":[{"id":"E","purchaseAndInstallation":-3,"utilityRelocation":0,"powerCapacityIncrease":0,"powerShortageCertified":false,"newTechnologyCertified":false}]}""");
        var ex = Assert.Throws<ValidationException>(() => Calculator.CalculateSubsidy(claim, AsOf));
        Assert.Equal("elevators[0].purchaseAndInstallation", Assert.Single(ex.Errors).Path);
        Assert.Throws<ValidationException>(() => HaidianJson.Deserialize<SubsidyClaim>("""{"buildingId":"B","ownership":"Military"}"""));
    }
}
