using Haidian.Rules.WasteSorting;

namespace Haidian.Rules.Tests.WasteSorting;

/// <summary>The standards' argument checks: exact messages and paths, the household range at both ends, null calendars.</summary>
public sealed partial class WasteSortingStandardsTests
{
    [Theory]
    [InlineData(0, "households: must be between 1 and 10,000,000 (got 0)")]
    [InlineData(-5, "households: must be between 1 and 10,000,000 (got -5)")]
    [InlineData(10_000_001, "households: must be between 1 and 10,000,000 (got 10000001)")]
    public void Size_OutOfRangeHouseholds_StatesTheRangeAndTheValue(int households, string expected)
    {
        var ex = Assert.Throws<ValidationException>(() => Standards.Size(households));
        Assert.Equal(expected, Assert.Single(ex.Errors).ToString());
    }

    [Fact]
    public void Size_TenMillionHouseholds_TheUpperBound_IsAccepted()
    {
        // why: the bound itself is in range; ceil(10,000,000 ÷ 400) = 25,000 exactly.
        var s = Standards.Size(WasteSortingParameters.MaximumHouseholds);
        Assert.Equal(25_000, s.CentralizedStations);
        Assert.Equal(100_000, s.DispersedStationsLow);
        Assert.Equal(125_000, s.DispersedStationsHigh);
        Assert.Equal(3_334, s.RecyclingTrucksLow);
        Assert.Equal(4_000, s.RecyclingTrucksHigh);
        Assert.Equal("ceil(10,000,000 ÷ 400) = 25,000", s.Lines[0].Arithmetic);
    }

    [Fact]
    public void MeetsRecyclingStationMinimum_NegativeStations_IsRejectedOnPathStations()
    {
        var ex = Assert.Throws<ValidationException>(() => Standards.MeetsRecyclingStationMinimum(-1));
        Assert.Equal("stations: must not be negative (got -1)", Assert.Single(ex.Errors).ToString());
    }

    [Fact]
    public void MeetsMinimumPppTerm_NegativeYears_IsRejectedOnPathYears()
    {
        var ex = Assert.Throws<ValidationException>(() => Standards.MeetsMinimumPppTerm(-2));
        Assert.Equal("years: must not be negative (got -2)", Assert.Single(ex.Errors).ToString());
        Assert.False(Standards.MeetsMinimumPppTerm(0));   // why: zero years is a valid (too short) term, not an error
    }

    [Fact]
    public void ContractPostingLastDay_NullCalendar_ThrowsArgumentNull()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => Standards.ContractPostingLastDay(new LocalDate(2017, 9, 7), null!));
        Assert.Equal("calendar", ex.ParamName);
    }
}
