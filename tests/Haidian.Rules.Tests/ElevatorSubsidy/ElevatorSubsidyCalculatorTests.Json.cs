using Haidian.Rules.ElevatorSubsidy;

namespace Haidian.Rules.Tests.ElevatorSubsidy;

/// <summary>JSON round trips through <see cref="HaidianJson"/> for every input, parameter and result type.</summary>
public sealed partial class ElevatorSubsidyCalculatorTests
{
    private static void RoundTrips<T>(T value)
    {
        var json = HaidianJson.Serialize(value);
        var back = HaidianJson.Deserialize<T>(json);
        Assert.Equal(json, HaidianJson.Serialize(back));
    }

    [Fact]
    public void Json_InputsParametersAndResults_RoundTrip()
    {
        RoundTrips(ElevatorSubsidyParameters.Gazette2017);
        RoundTrips(ThreeElevatorDistrictClaim);
        RoundTrips(InScopeBuilding());
        RoundTrips(new ConsentTally("2单元", 3_000m, 2_000m, 24, 16, 1, 1));
        RoundTrips(new OwnerRoll("1单元", new[] { new Owner("A", true, false, new[] { new Flat("101", "1单元", 80.5m) }) }));
        RoundTrips(new PilotPortfolio(new[] { InScopeBuilding() }, new[] { new ImplementingBody("T", ImplementingBodySelection.Tendered, 15) }));
        RoundTrips(new ProjectTimeline(new LocalDate(2017, 5, 31), null, null, null, new LocalDate(2018, 4, 30)));
        RoundTrips(Calculator.CalculateSubsidy(ThreeElevatorDistrictClaim, AsOf));
        RoundTrips(Calculator.CheckConsent(new ConsentTally("2单元", 3_000m, 1_999.99m, 24, 16, 0, 0), AsOf));
        RoundTrips(Calculator.CheckScope(InScopeBuilding(), AsOf));
        RoundTrips(Calculator.CheckOperatingRight(21, AsOf));
        RoundTrips(Calculator.CheckPortfolio(new PilotPortfolio(new[] { InScopeBuilding() }, Array.Empty<ImplementingBody>()), AsOf));
    }

    [Fact]
    public void Json_ParametersFromJson_GiveTheSameSubsidy_AndEnumsAreWrittenAsText()
    {
        var json = HaidianJson.Serialize(ElevatorSubsidyParameters.Gazette2017);
        Assert.Contains("\"consentScope\": \"UnitEntrance\"", json, StringComparison.Ordinal);
        Assert.Contains("\"purchasePayer\": \"MunicipalAndDistrictFinance\"", json, StringComparison.Ordinal);
        var fromJson = new ElevatorSubsidyCalculator(HaidianJson.Deserialize<ElevatorSubsidyParameters>(json));
        Assert.Equal(780_000m, fromJson.SubsidyAmount(Claim(PropertyOwnership.District, 700_000m, 450_000m, 80_000m), AsOf));
    }
}
