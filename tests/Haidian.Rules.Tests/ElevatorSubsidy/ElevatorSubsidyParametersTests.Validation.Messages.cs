using Haidian.Rules.ElevatorSubsidy;

namespace Haidian.Rules.Tests.ElevatorSubsidy;

/// <summary>
/// <see cref="ElevatorSubsidyParameters.Validate"/>: every check reports its exact <c>path: message</c>, and each bound is
/// probed at the limit (accepted) and one step past it (rejected).
/// </summary>
public sealed class ElevatorSubsidyParametersTests
{
    private static readonly ElevatorSubsidyParameters Gazette = ElevatorSubsidyParameters.Gazette2017;

    private static string[] Errors(ElevatorSubsidyParameters p) => p.Validate().Select(e => e.ToString()).ToArray();

    private static OwnershipSubsidyRule Municipal => Gazette.MunicipalOrDistrictProperty;

    private static OwnershipSubsidyRule Central => Gazette.CentralUnitProperty;

    [Fact]
    public void Validate_Gazette2017_HasNoErrors()
    {
        Assert.Empty(Gazette.Validate());
    }

    [Fact]
    public void Validate_AnEmptyParameterSet_ReportsEveryMissingNumberInFieldOrder()
    {
        // why: a new ElevatorSubsidyParameters() has no version, zero counts, no fractions and no subsidy tables.
        Assert.Equal(
            new[]
            {
                "version: is required and must not be blank",
                "minimumFloors: must be at least 1",
                "minimumUnitEntrances: must be at least 1",
                "buildingsPerStreet: must be at least 1",
                "consentAreaShare: is required",
                "consentOwnerShare: is required",
                "municipalOrDistrictProperty: is required",
                "centralUnitProperty: is required",
                "operatingRightMinimumYears: must be at least 1",
                "maximumTenderedImplementingBodies: must be at least 1",
            },
            Errors(new ElevatorSubsidyParameters()));
    }

    [Fact]
    public void Validate_BlankVersionNullSourceAndNullWaives_AreReported()
    {
        Assert.Equal(
            new[] { "version: is required and must not be blank", "source: is required", "oldCommunityWaives: is required" },
            Errors(Gazette with { Version = " ", Source = null!, OldCommunityWaives = null! }));
    }

    [Fact]
    public void Validate_CountsOfOne_AreAccepted_AndZeroIsRejected()
    {
        // why: "at least 1" includes 1; operatingRightMaximumYears may equal the minimum.
        var ones = Gazette with
        {
            MinimumFloors = 1,
            MinimumUnitEntrances = 1,
            BuildingsPerStreet = 2,
            OperatingRightMinimumYears = 1,
            OperatingRightMaximumYears = 1,
            MaximumTenderedImplementingBodies = 1,
        };
        Assert.Empty(ones.Validate());

        Assert.Equal(new[] { "minimumFloors: must be at least 1" }, Errors(Gazette with { MinimumFloors = 0 }));
        Assert.Equal(new[] { "minimumUnitEntrances: must be at least 1" }, Errors(Gazette with { MinimumUnitEntrances = 0 }));
        Assert.Equal(new[] { "buildingsPerStreet: must be at least 1" }, Errors(Gazette with { BuildingsPerStreet = 0 }));
        Assert.Equal(new[] { "maximumTenderedImplementingBodies: must be at least 1" }, Errors(Gazette with { MaximumTenderedImplementingBodies = 0 }));
        Assert.Equal(
            new[] { "operatingRightMinimumYears: must be at least 1" },
            Errors(Gazette with { OperatingRightMinimumYears = 0 }));
        Assert.Equal(
            new[] { "operatingRightMaximumYears: must not be below operatingRightMinimumYears" },
            Errors(Gazette with { OperatingRightMinimumYears = 10, OperatingRightMaximumYears = 9 }));
    }

    [Fact]
    public void Validate_DeadlinesOnTheSameDay_AreAccepted_OneDayOutOfOrderIsRejected()
    {
        var day = new LocalDate(2017, 10, 31);
        Assert.Empty((Gazette with { PlanDeadline = day, WorksDeadline = day, InUseDeadline = day, DisbursementDeadline = day }).Validate());

        Assert.Equal(
            new[] { "worksDeadline: must not be before planDeadline" },
            Errors(Gazette with { WorksWindowStart = Gazette.PlanDeadline.PlusDays(-1), WorksDeadline = Gazette.PlanDeadline.PlusDays(-1) }));
        Assert.Equal(
            new[] { "worksWindowStart: must not be after worksDeadline" },
            Errors(Gazette with { WorksWindowStart = Gazette.WorksDeadline.PlusDays(1) }));
        Assert.Empty((Gazette with { WorksWindowStart = Gazette.WorksDeadline }).Validate());
        Assert.Equal(
            new[] { "inUseDeadline: must not be before worksDeadline" },
            Errors(Gazette with { InUseDeadline = Gazette.WorksDeadline.PlusDays(-1) }));
        Assert.Equal(
            new[] { "disbursementDeadline: must not be before inUseDeadline" },
            Errors(Gazette with { DisbursementDeadline = Gazette.InUseDeadline.PlusDays(-1) }));
    }

    [Fact]
    public void Validate_UndefinedEnums_AreReportedWithTheirPath()
    {
        Assert.Equal(
            new[]
            {
                "oldCommunityWaives[1]: is not a waivable criterion",
                "consentScope: must be UnitEntrance or Building",
                "newTechnologyPayer: is not a payer",
            },
            Errors(Gazette with
            {
                OldCommunityWaives = new[] { WaivableCriterion.CompletionDate, (WaivableCriterion)9 },
                ConsentScope = (ConsentScope)2,
                NewTechnologyPayer = (Payer)9,
            }));
    }

    [Theory]
    [InlineData(1, 1, true)]  // why: 1/1 is a fraction "between 0 and 1"
    [InlineData(1, 3, true)]  // why: a numerator of 1 is positive
    [InlineData(2, 2, true)]  // why: the denominator may equal the numerator
    [InlineData(0, 3, false)] // why: numerator 0 is not positive
    [InlineData(3, 2, false)] // why: above 1
    public void Validate_ConsentFractions_NumeratorAtLeastOneAndAtMostTheDenominator(int numerator, int denominator, bool valid)
    {
        var f = new Fraction(numerator, denominator);
        var expected = valid
            ? Array.Empty<string>()
            : new[] { $"consentOwnerShare: must be a fraction between 0 and 1 with a positive numerator (got {numerator}/{denominator})" };
        Assert.Equal(expected, Errors(Gazette with { ConsentOwnerShare = f }));
        Assert.Equal(
            expected.Select(e => e.Replace("consentOwnerShare", "consentAreaShare", StringComparison.Ordinal)),
            Errors(Gazette with { ConsentAreaShare = f }));
    }

    [Fact]
    public void Validate_SubsidyTable_EveryFieldIsCheckedWithItsPath()
    {
        var broken = Municipal with
        {
            Article = " ",
            PurchaseShare = -0.1m,
            PurchaseCapPerElevator = -1m,
            UtilityCapPerElevator = 0.001m,
            PowerCapacityCapPerElevator = 1_000_000_000.01m,
            PurchasePayer = (Payer)9,
            UtilityPayer = (Payer)10,
            PowerCapacityPayer = (Payer)11,
        };
        Assert.Equal(
            new[]
            {
                "municipalOrDistrictProperty.article: is required and must not be blank",
                "municipalOrDistrictProperty.purchaseShare: must be between 0 and 1 inclusive (got -0.1)",
                "municipalOrDistrictProperty.purchaseCapPerElevator: must be between 0 and 1000000000 inclusive (got -1)",
                "municipalOrDistrictProperty.utilityCapPerElevator: must be a whole number of fen (at most two decimals)",
                "municipalOrDistrictProperty.powerCapacityCapPerElevator: must be between 0 and 1000000000 inclusive (got 1000000000.01)",
                "municipalOrDistrictProperty.purchasePayer: is not a payer",
                "municipalOrDistrictProperty.utilityPayer: is not a payer",
                "municipalOrDistrictProperty.powerCapacityPayer: is not a payer",
            },
            Errors(Gazette with { MunicipalOrDistrictProperty = broken }));
        Assert.Equal(
            new[]
            {
                "centralUnitProperty.article: is required and must not be blank",
                "centralUnitProperty.purchaseShare: must be between 0 and 1 inclusive (got 1.01)",
            },
            Errors(Gazette with { CentralUnitProperty = Central with { Article = string.Empty, PurchaseShare = 1.01m } }));
    }

    [Fact]
    public void Validate_Caps_AtTheLimitsAreAccepted_AndNoCapIsAccepted()
    {
        // why: 0 and 1,000,000,000 are included; a null cap means no cap.
        var rule = Municipal with { PurchaseCapPerElevator = 0m, UtilityCapPerElevator = 1_000_000_000m, PowerCapacityCapPerElevator = 0.01m };
        Assert.Empty((Gazette with { MunicipalOrDistrictProperty = rule }).Validate());
        Assert.Empty((Gazette with { CentralUnitProperty = Central with { PurchaseCapPerElevator = null, UtilityCapPerElevator = null } }).Validate());
        Assert.Equal(
            new[] { "centralUnitProperty.purchaseCapPerElevator: must be a whole number of fen (at most two decimals)" },
            Errors(Gazette with { CentralUnitProperty = Central with { PurchaseCapPerElevator = 0.005m } }));
        Assert.Equal(
            new[] { "centralUnitProperty.powerCapacityCapPerElevator: must be between 0 and 1000000000 inclusive (got -0.01)" },
            Errors(Gazette with { CentralUnitProperty = Central with { PowerCapacityCapPerElevator = -0.01m } }));
        Assert.Equal(
            new[] { "newTechnologyAllowancePerElevator: must be a whole number of fen (at most two decimals)" },
            Errors(Gazette with { NewTechnologyAllowancePerElevator = 0.001m }));
    }

    [Fact]
    public void Validate_PowerCapacityPayer_MustMatchWhetherTheIncreaseIsSubsidised()
    {
        Assert.Equal(
            new[] { "municipalOrDistrictProperty.powerCapacityPayer: must be a finance payer when the power-capacity increase is subsidised" },
            Errors(Gazette with { MunicipalOrDistrictProperty = Municipal with { PowerCapacityPayer = Payer.PropertyUnit } }));
        Assert.Equal(
            new[] { "municipalOrDistrictProperty.powerCapacityPayer: must be a finance payer when the power-capacity increase is subsidised" },
            Errors(Gazette with { MunicipalOrDistrictProperty = Municipal with { PowerCapacityPayer = Payer.ImplementingBody } }));
        Assert.Equal(
            new[] { "centralUnitProperty.powerCapacityPayer: must be PropertyUnit or ImplementingBody when the power-capacity increase is not subsidised" },
            Errors(Gazette with { CentralUnitProperty = Central with { PowerCapacityPayer = Payer.DistrictFinance } }));
        Assert.Empty((Gazette with { CentralUnitProperty = Central with { PowerCapacityPayer = Payer.ImplementingBody } }).Validate());
    }

    [Fact]
    public void Validate_PurchaseAndUtilityPayers_MustBeFinancePayers()
    {
        Assert.Equal(
            new[]
            {
                "centralUnitProperty.purchasePayer: must be a finance payer (the item is a subsidy)",
                "centralUnitProperty.utilityPayer: must be a finance payer (the item is a subsidy)",
            },
            Errors(Gazette with { CentralUnitProperty = Central with { PurchasePayer = Payer.PropertyUnit, UtilityPayer = Payer.ImplementingBody } }));
    }

    [Fact]
    public void Constructor_NullParametersOrHistory_ThrowsWithTheParameterName()
    {
        Assert.Equal("parameters", Assert.Throws<ArgumentNullException>(() => new ElevatorSubsidyCalculator((ElevatorSubsidyParameters)null!)).ParamName);
        Assert.Equal("history", Assert.Throws<ArgumentNullException>(() => new ElevatorSubsidyCalculator((ParameterHistory<ElevatorSubsidyParameters>)null!)).ParamName);
    }
}
