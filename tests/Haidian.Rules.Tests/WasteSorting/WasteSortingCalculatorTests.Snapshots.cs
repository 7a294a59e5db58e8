using Haidian.Rules.WasteSorting;
using Newtonsoft.Json.Linq;
using Snapshooter.Xunit;

namespace Haidian.Rules.Tests.WasteSorting;

/// <summary>Snapshots of the JSON a street office receives: the monthly street statement and a sizing answer.</summary>
public sealed partial class WasteSortingCalculatorTests
{
    [Fact]
    public void Statement_StreetMarch2018_MatchesSnapshot()
    {
        var statement = Calculator.Statement("万寿路街道", March2018, StreetMarch2018);
        Snapshot.Match(
            JObject.Parse(HaidianJson.Serialize(statement)),
            o => o.IgnoreField("provenance.packageVersion").IgnoreFields("estates[*].provenance.packageVersion"));
    }

    [Fact]
    public void Size_1250Households_MatchesSnapshot()
    {
        Snapshot.Match(JObject.Parse(HaidianJson.Serialize(new WasteSortingStandards().Size(1_250))));
    }
}
