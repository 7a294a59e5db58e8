using Haidian.Rules.WasteSorting;

namespace Haidian.Rules.Tests.WasteSorting;

/// <summary>JSON round trips through <see cref="HaidianJson"/>; JSON input gets the same validation.</summary>
public sealed partial class WasteSortingCalculatorTests
{
    [Fact]
    public void EstateMonth_RoundTripsThroughJson_AndComputesTheSame()
    {
        var json = HaidianJson.Serialize(K2(new ServiceAgreement(WithholdBelowBase: true)));
        Assert.Contains("\"month\": \"2018-03\"", json, StringComparison.Ordinal);
        Assert.Contains("\"stream\": \"Kitchen\"", json, StringComparison.Ordinal);
        var back = HaidianJson.Deserialize<EstateMonth>(json);
        Assert.Equal(HaidianJson.Serialize(Calculator.Calculate(K2(new ServiceAgreement(WithholdBelowBase: true)))), HaidianJson.Serialize(Calculator.Calculate(back)));
    }

    [Fact]
    public void Results_AndParameters_RoundTrip()
    {
        var statement = Calculator.Statement("万寿路街道", March2018, StreetMarch2018);
        var json = HaidianJson.Serialize(statement);
        Assert.Equal(json, HaidianJson.Serialize(HaidianJson.Deserialize<StreetMonthStatement>(json)));
        var year = Calculator.YearStatement("万寿路街道", 2018, StreetMarch2018);
        var yjson = HaidianJson.Serialize(year);
        Assert.Equal(yjson, HaidianJson.Serialize(HaidianJson.Deserialize<StreetYearStatement>(yjson)));
        var p = HaidianJson.Serialize(WasteSortingParameters.Gazette2017);
        Assert.Contains("\"recyclingCollectionDay\": \"Saturday\"", p, StringComparison.Ordinal);
        Assert.Contains("\"start\": \"07:00:00\"", p, StringComparison.Ordinal);
        var back = HaidianJson.Deserialize<WasteSortingParameters>(p);
        Assert.Equal(p, HaidianJson.Serialize(back));
        Assert.Empty(back.Validate());
        var claim = new ConstructionSubsidyClaim("A", "B", CollectionMode.DispersedBinStations, true, new LocalDate(2018, 1, 2), 10m, 9.5m);
        Assert.Equal(claim, HaidianJson.Deserialize<ConstructionSubsidyClaim>(HaidianJson.Serialize(claim)));
    }

    [Fact]
    public void JsonTicketWithSubKilogramTonnes_IsRejectedLikeCSharpInput()
    {
        const string json = """
            { "estate": "A", "operator": "华清物业", "operatorKind": "PropertyCompany", "site": "ResidentialEstate", "accepted": true,
              "month": "2018-03", "tickets": [ { "number": "T1", "date": "2018-03-02", "tonnes": 0.0005, "stream": "Kitchen" } ] }
            """;
        var ex = Assert.Throws<ValidationException>(() => Calculator.Calculate(HaidianJson.Deserialize<EstateMonth>(json)));
        Assert.Equal("tickets[0].tonnes", Assert.Single(ex.Errors).Path);
        Assert.Throws<ValidationException>(() => HaidianJson.Deserialize<EstateMonth>(json.Replace("\"Kitchen\"", "\"Compost\"", StringComparison.Ordinal)));
    }
}
