using Haidian.Rules.Deadlines;
using Haidian.Rules.WasteSorting;

namespace Haidian.Rules.Tests.WasteSorting;

/// <summary>Spec 05 worked examples K6 and K7 and the related terms.</summary>
public sealed partial class WasteSortingStandardsTests
{
    private static readonly WasteSortingStandards Standards = new();

    [Fact]
    public void K6_1250Households_Need4Stations_13To16BinStations_1Truck()
    {
        var s = Standards.Size(1_250);
        Assert.Equal(4, s.CentralizedStations);
        Assert.Equal(13, s.DispersedStationsLow);
        Assert.Equal(16, s.DispersedStationsHigh);
        Assert.Equal(1, s.RecyclingTrucksLow);
        Assert.Equal(1, s.RecyclingTrucksHigh);
        Assert.Equal("ceil(1,250 ÷ 400) = 4", s.Lines[0].Arithmetic);
    }

    [Fact]
    public void K6_2501Households_Need1To2Trucks()
    {
        var s = Standards.Size(2_501);
        Assert.Equal(1, s.RecyclingTrucksLow);
        Assert.Equal(2, s.RecyclingTrucksHigh);
    }

    [Theory]
    [InlineData(1, 1, 1, 1)]        // why: a single household still needs a station (rounding up)
    [InlineData(400, 1, 4, 5)]      // why: exactly 400 is one station, not two
    [InlineData(401, 2, 5, 6)]      // why: one over the standard needs another
    [InlineData(800, 2, 8, 10)]
    public void Size_AtTheStandardsEdges_RoundsUp(int households, int central, int dispersedLow, int dispersedHigh)
    {
        var s = Standards.Size(households);
        Assert.Equal(central, s.CentralizedStations);
        Assert.Equal(dispersedLow, s.DispersedStationsLow);
        Assert.Equal(dispersedHigh, s.DispersedStationsHigh);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(10_000_001)]
    public void Size_OutOfRangeHouseholds_IsRejected(int households)
    {
        var ex = Assert.Throws<ValidationException>(() => Standards.Size(households));
        Assert.Equal("households", Assert.Single(ex.Errors).Path);
    }

    [Theory]
    [InlineData(9, 0, true)]      // K7: the end of the morning window is included
    [InlineData(9, 1, false)]     // K7
    [InlineData(16, 59, false)]   // K7
    [InlineData(17, 0, true)]     // K7: the start of the evening window is included
    [InlineData(7, 0, true)]
    [InlineData(6, 59, false)]
    [InlineData(19, 0, true)]
    [InlineData(19, 1, false)]
    [InlineData(12, 0, false)]
    public void K7_IsStaffed_BothEndsIncluded(int hour, int minute, bool staffed)
    {
        Assert.Equal(staffed, Standards.IsStaffed(new LocalTime(hour, minute)));
    }

    [Fact]
    public void CollectionAndReductionDays_AreSaturdayAndThursday()
    {
        Assert.True(Standards.IsRecyclingCollectionDay(new LocalDate(2018, 3, 3)));    // Saturday
        Assert.False(Standards.IsRecyclingCollectionDay(new LocalDate(2018, 3, 4)));
        Assert.True(Standards.IsWasteReductionDay(new LocalDate(2018, 3, 1)));         // Thursday
        Assert.False(Standards.IsWasteReductionDay(new LocalDate(2018, 3, 2)));
    }

    [Fact]
    public void RelatedTerms_PppAtLeastTenYears_OneStationPerTown_OneYearRight_TwoDaysToPost()
    {
        Assert.True(Standards.MeetsMinimumPppTerm(10));     // 不低于 includes 10
        Assert.False(Standards.MeetsMinimumPppTerm(9));
        Assert.True(Standards.MeetsRecyclingStationMinimum(1));
        Assert.False(Standards.MeetsRecyclingStationMinimum(0));
        Assert.Equal(new LocalDate(2018, 12, 1), Standards.OperatingRightLastDay(new LocalDate(2017, 12, 1)));
        Assert.Equal(new LocalDate(2021, 2, 28), Standards.OperatingRightLastDay(new LocalDate(2020, 2, 29)));
        Assert.Equal(new LocalDate(2017, 9, 12), Standards.ContractPostingLastDay(new LocalDate(2017, 9, 10)));   // day 1 = the 11th
        Assert.Throws<ValidationException>(() => Standards.MeetsMinimumPppTerm(-1));
    }

    [Fact]
    public void ContractPosting_LastDayOnARestDay_MovesToTheNextWorkingDay()
    {
        // 2017-09-07 (Thu) + 2 = Sat 09-09 → Mon 09-11 under a weekends-only calendar named as such.
        Assert.Equal(new LocalDate(2017, 9, 11), Standards.ContractPostingLastDay(new LocalDate(2017, 9, 7), new WeekendsOnly()));
        Assert.Equal(new LocalDate(2017, 9, 8), Standards.ContractPostingLastDay(new LocalDate(2017, 9, 6), new WeekendsOnly()));
    }

    [Fact]
    public void InvalidWhatIf_IsRejected_WithEveryFieldPath()
    {
        var bad = WasteSortingParameters.Gazette2017 with { DispersedStationHouseholdsLow = 120, MinimumSeparationRatePercent = 100m, SubsidyPerTonne = -1m };
        var ex = Assert.Throws<ValidationException>(() => new WasteSortingStandards(bad));
        var paths = ex.Errors.Select(e => e.Path).ToArray();
        Assert.Contains("dispersedStationHouseholdsHigh", paths);
        Assert.Contains("minimumSeparationRatePercent", paths);
        Assert.Contains("subsidyPerTonne", paths);
        Assert.Throws<ValidationException>(() => new WasteSortingCalculator(bad));
    }

    private sealed class WeekendsOnly : IWorkingDayCalendar
    {
        public string Name => "weekends only (test)";

        public bool IsWorkingDay(LocalDate date) => date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday);
    }
}

/// <summary>The example in docs/waste-sorting.md, verbatim, so the root-README section cannot drift.</summary>
public sealed class WasteSortingDocsExampleTests
{
    [Fact]
    public void DocsExample_K2Estate_Pays51000_WithTheShortfallText()
    {
        var estate = new EstateMonth("万寿路甲15号院", "华清物业", OperatorKind.PropertyCompany, SiteKind.ResidentialEstate,
            Accepted: true, new YearMonth(2018, 3), new[]
            {
                new WeighingTicket("HW-0301", new LocalDate(2018, 3, 3), 12.345m, WasteStream.Kitchen),
                new WeighingTicket("HW-0302", new LocalDate(2018, 3, 12), 10.5m, WasteStream.Kitchen),
                new WeighingTicket("HW-0303", new LocalDate(2018, 3, 28), 7.155m, WasteStream.Kitchen),
                new WeighingTicket("HO-0301", new LocalDate(2018, 3, 31), 600m, WasteStream.Other),
            });
        var result = new WasteSortingCalculator().Calculate(estate);
        Assert.Equal(51_000.00m, result.Payable);
        Assert.Equal("rate 4.76% < 5%: 0.24 points, 1.58 t short (31.58 t needed)", result.Base.Text);
        Assert.Equal(4, new WasteSortingStandards().Size(1_250).CentralizedStations);
        Assert.True(new WasteSortingStandards().IsStaffed(new LocalTime(9, 0)));
    }
}

/// <summary>Spec 07 K-c: the staffed-hours and sizing answers carry their citation.</summary>
public sealed class WasteSortingReadingsKcTests
{
    [Fact]
    public void K_c_staffed_hours_and_sizing_answers_carry_their_citation()
    {
        var standards = new WasteSortingStandards();
        var staffed = standards.CheckStaffed(new LocalTime(9, 0));
        Assert.True(staffed.Staffed);
        Assert.False(standards.CheckStaffed(new LocalTime(9, 1)).Staffed);
        Assert.Equal(standards.Parameters.StaffedHours, staffed.StaffedHours);
        Assert.Equal("海政办发〔2017〕46号《海淀区推进生活垃圾分类工作方案》二（二）3 一是", staffed.Citation.ToString());
        Assert.Contains("\"citation\"", HaidianJson.Serialize(staffed), StringComparison.Ordinal);

        var sizing = standards.Size(1_000);
        Assert.Equal("海政办发〔2017〕46号《海淀区推进生活垃圾分类工作方案》二（二）3、二（四）1", sizing.Citation.ToString());
        Assert.Equal(3, sizing.CentralizedStations);
        Assert.Contains("\"citation\": {", HaidianJson.Serialize(sizing), StringComparison.Ordinal);
    }
}
