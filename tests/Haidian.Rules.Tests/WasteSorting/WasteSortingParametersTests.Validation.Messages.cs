using Haidian.Rules.WasteSorting;

namespace Haidian.Rules.Tests.WasteSorting;

/// <summary>
/// <see cref="WasteSortingParameters.Validate"/>: every check reports its exact <c>path: message</c>, and each bound is
/// probed at the limit (accepted) and one step past it (rejected).
/// </summary>
public sealed partial class WasteSortingParametersTests
{
    private static readonly WasteSortingParameters Gazette = WasteSortingParameters.Gazette2017;

    private static string[] Errors(WasteSortingParameters p) => p.Validate().Select(e => e.ToString()).ToArray();

    [Fact]
    public void Validate_Gazette2017_HasNoErrors()
    {
        Assert.Empty(Gazette.Validate());
    }

    [Fact]
    public void Validate_AnEmptyParameterSet_ReportsEveryMissingNumberInFieldOrder()
    {
        // why: a new WasteSortingParameters() has no version, zero counts and no days; nothing may default silently.
        Assert.Equal(
            new[]
            {
                "version: is required and must not be blank",
                "minimumSeparationRatePercent: must be above 0 and below 100 (got 0)",
                "householdsPerCentralizedStation: must be at least 1 (got 0)",
                "dispersedStationHouseholdsLow: must be at least 1 (got 0)",
                "dispersedStationHouseholdsHigh: must be at least 1 (got 0)",
                "recyclingTruckHouseholdsLow: must be at least 1 (got 0)",
                "recyclingTruckHouseholdsHigh: must be at least 1 (got 0)",
                "kitchenBinLitres: must be at least 1 (got 0)",
                "minimumRecyclingStationsPerTown: must be at least 1 (got 0)",
                "minimumPppTermYears: must be at least 1 (got 0)",
                "recyclingOperatingRightYears: must be at least 1 (got 0)",
                "contractPostingDays: must be at least 1 (got 0)",
                "recyclingCollectionDay: must be a day of the week",
                "wasteReductionDay: must be a day of the week",
            },
            Errors(new WasteSortingParameters()));
    }

    [Fact]
    public void Validate_BlankVersionAndNullSource_AreReported()
    {
        Assert.Equal(
            new[] { "version: is required and must not be blank", "source: is required" },
            Errors(Gazette with { Version = "  ", Source = null! }));
    }

    [Theory]
    [InlineData("householdsPerCentralizedStation")]
    [InlineData("dispersedStationHouseholdsLow")]
    [InlineData("dispersedStationHouseholdsHigh")]
    [InlineData("recyclingTruckHouseholdsLow")]
    [InlineData("recyclingTruckHouseholdsHigh")]
    [InlineData("kitchenBinLitres")]
    [InlineData("minimumRecyclingStationsPerTown")]
    [InlineData("minimumPppTermYears")]
    [InlineData("recyclingOperatingRightYears")]
    [InlineData("contractPostingDays")]
    public void Validate_ACountBelowOne_IsReportedOnItsPath_WithTheValue(string field)
    {
        // why: each count is checked on its own path; -3 also shows the value is printed as given. A range's high end
        // below 1 is also below its low end (set to 1 here), which is the second error.
        var expected = new List<string> { field + ": must be at least 1 (got -3)" };
        if (field.EndsWith("High", StringComparison.Ordinal))
        {
            expected.Add(field + ": must not be below " + field.Replace("High", "Low", StringComparison.Ordinal));
        }

        Assert.Equal(expected, Errors(With(field, -3)));
        Assert.Empty(Errors(With(field, 1)));   // why: 1 is the smallest count accepted
    }

    [Fact]
    public void Validate_SubsidyPerTonne_NegativeIsReportedOnce()
    {
        Assert.Equal(new[] { "subsidyPerTonne: must not be negative (got -1)" }, Errors(Gazette with { SubsidyPerTonne = -1m }));
    }

    [Fact]
    public void Validate_SubsidyPerTonne_MustBeWholeFen()
    {
        Assert.Equal(new[] { "subsidyPerTonne: must be a whole number of fen" }, Errors(Gazette with { SubsidyPerTonne = 1_700.001m }));
        Assert.Empty(Errors(Gazette with { SubsidyPerTonne = 1_700.01m }));
        Assert.Empty(Errors(Gazette with { SubsidyPerTonne = 0m }));   // why: zero is a rate a what-if may set (a suspended subsidy)
    }

    [Fact]
    public void Validate_SubsidyPerTonne_AtMostOneMillionYuan()
    {
        Assert.Empty(Errors(Gazette with { SubsidyPerTonne = 1_000_000m }));   // why: the bound itself is allowed
        Assert.Equal(
            new[] { "subsidyPerTonne: must not exceed 1,000,000 yuan per tonne" },
            Errors(Gazette with { SubsidyPerTonne = 1_000_000.01m }));
    }

    [Theory]
    [InlineData("0")]       // why: 0% would make every estate meet the base
    [InlineData("-0.01")]
    [InlineData("100")]     // why: 100% cannot be met while any other waste is weighed
    [InlineData("100.5")]
    public void Validate_SeparationRate_OutsideTheOpenInterval_IsReportedWithTheValue(string rate)
    {
        var value = decimal.Parse(rate, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(
            new[] { "minimumSeparationRatePercent: must be above 0 and below 100 (got " + rate + ")" },
            Errors(Gazette with { MinimumSeparationRatePercent = value }));
    }

    [Theory]
    [InlineData("0.01")]
    [InlineData("99.99")]
    public void Validate_SeparationRate_JustInsideTheOpenInterval_IsAccepted(string rate)
    {
        var value = decimal.Parse(rate, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Empty(Errors(Gazette with { MinimumSeparationRatePercent = value }));
    }

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]     // why: whole tonnes is a valid (coarse) precision
    [InlineData(6, true)]     // why: gram precision is the finest accepted
    [InlineData(7, false)]
    public void Validate_TicketTonnageDecimals_ZeroToSix(int decimals, bool valid)
    {
        var errors = Errors(Gazette with { TicketTonnageDecimals = decimals });
        Assert.Equal(valid ? Array.Empty<string>() : new[] { "ticketTonnageDecimals: must be between 0 and 6" }, errors);
    }

    [Fact]
    public void Validate_DispersedStationRange_LowAboveHigh_IsReportedOnHigh_EqualIsAccepted()
    {
        Assert.Equal(
            new[] { "dispersedStationHouseholdsHigh: must not be below dispersedStationHouseholdsLow" },
            Errors(Gazette with { DispersedStationHouseholdsLow = 101 }));
        Assert.Empty(Errors(Gazette with { DispersedStationHouseholdsLow = 100 }));   // why: a one-value range (每100户1个) is sound
    }

    [Fact]
    public void Validate_RecyclingTruckRange_LowAboveHigh_IsReportedOnHigh_EqualIsAccepted()
    {
        Assert.Equal(
            new[] { "recyclingTruckHouseholdsHigh: must not be below recyclingTruckHouseholdsLow" },
            Errors(Gazette with { RecyclingTruckHouseholdsLow = 3_001 }));
        Assert.Empty(Errors(Gazette with { RecyclingTruckHouseholdsLow = 3_000 }));
    }

    [Theory]
    [InlineData(IsoDayOfWeek.None, false)]
    [InlineData(IsoDayOfWeek.Monday, true)]    // why: the first ISO day is a day of the week
    [InlineData(IsoDayOfWeek.Sunday, true)]    // why: the last ISO day is a day of the week
    [InlineData((IsoDayOfWeek)8, false)]
    public void Validate_CollectionAndReductionDays_MustBeMondayToSunday(IsoDayOfWeek day, bool valid)
    {
        Assert.Equal(
            valid ? Array.Empty<string>() : new[] { "recyclingCollectionDay: must be a day of the week" },
            Errors(Gazette with { RecyclingCollectionDay = day }));
        Assert.Equal(
            valid ? Array.Empty<string>() : new[] { "wasteReductionDay: must be a day of the week" },
            Errors(Gazette with { WasteReductionDay = day }));
    }

    [Fact]
    public void Validate_StaffedHours_NullIsRequired()
    {
        Assert.Equal(new[] { "staffedHours: is required" }, Errors(Gazette with { StaffedHours = null! }));
    }

    [Fact]
    public void Validate_StaffedHours_EachWindowIsCheckedOnItsIndexedPath()
    {
        var hours = new[]
        {
            null!,
            new TimeWindow(new LocalTime(9, 0), new LocalTime(7, 0)),     // reversed
            new TimeWindow(new LocalTime(12, 0), new LocalTime(12, 0)),   // why: a single instant is not reversed
            new TimeWindow(new LocalTime(19, 0), new LocalTime(18, 59)),  // reversed by one minute
        };
        Assert.Equal(
            new[]
            {
                "staffedHours[0]: is required",
                "staffedHours[1].end: must not be before start",
                "staffedHours[3].end: must not be before start",
            },
            Errors(Gazette with { StaffedHours = hours }));
        Assert.Empty(Errors(Gazette with { StaffedHours = Array.Empty<TimeWindow>() }));
    }

    [Fact]
    public void Constructors_RejectAnInvalidVersion_WithTheSameErrors()
    {
        var bad = Gazette with { ContractPostingDays = 0 };
        var expected = new[] { "contractPostingDays: must be at least 1 (got 0)" };
        Assert.Equal(expected, Assert.Throws<ValidationException>(() => new WasteSortingStandards(bad)).Errors.Select(e => e.ToString()));
        Assert.Equal("parameters", Assert.Throws<ArgumentNullException>(() => new WasteSortingStandards(null!)).ParamName);
    }

    private static WasteSortingParameters With(string field, int value) => field switch
    {
        "householdsPerCentralizedStation" => Gazette with { HouseholdsPerCentralizedStation = value },
        "dispersedStationHouseholdsLow" => Gazette with { DispersedStationHouseholdsLow = value },
        "dispersedStationHouseholdsHigh" => Gazette with { DispersedStationHouseholdsHigh = value, DispersedStationHouseholdsLow = 1 },
        "recyclingTruckHouseholdsLow" => Gazette with { RecyclingTruckHouseholdsLow = value },
        "recyclingTruckHouseholdsHigh" => Gazette with { RecyclingTruckHouseholdsHigh = value, RecyclingTruckHouseholdsLow = 1 },
        "kitchenBinLitres" => Gazette with { KitchenBinLitres = value },
        "minimumRecyclingStationsPerTown" => Gazette with { MinimumRecyclingStationsPerTown = value },
        "minimumPppTermYears" => Gazette with { MinimumPppTermYears = value },
        "recyclingOperatingRightYears" => Gazette with { RecyclingOperatingRightYears = value },
        "contractPostingDays" => Gazette with { ContractPostingDays = value },
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "unknown field"),
    };
}
