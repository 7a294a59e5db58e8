using Haidian.Rules.SmartHaidian;
using static Haidian.Rules.Tests.SmartHaidian.SmartHaidianRecords;

namespace Haidian.Rules.Tests.SmartHaidian;

/// <summary>JSON contract: inputs, parameters and reports round-trip; schemas exist for every input type.</summary>
public sealed partial class SmartHaidianCalculatorTests
{
    [Fact]
    public void Json_ProjectRecord_RoundTripsAndGivesTheSameReport()
    {
        var json = HaidianJson.Serialize(P());
        var back = HaidianJson.Deserialize<ProjectRecord>(json);
        Assert.Equal(json, HaidianJson.Serialize(back));
        Assert.Equal(HaidianJson.Serialize(Check(P())), HaidianJson.Serialize(Check(back)));
        Assert.Contains("\"projectType\": \"Informatisation\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_Reports_RoundTrip()
    {
        foreach (var report in new[] { Check(P() with { ProposalSubmittedOn = null, KickOffOn = D(2019, 1, 16) }), Check(Emergency()), Calc.CheckDraftList(List2019()), Calc.CheckTopLevelDesign(new TopLevelDesign(2018, 2019)) })
        {
            var json = HaidianJson.Serialize(report);
            Assert.Equal(json, HaidianJson.Serialize(HaidianJson.Deserialize<ComplianceReport>(json)));
        }
    }

    [Fact]
    public void Json_Parameters_RoundTripAndAMinimalRecordReads()
    {
        var json = HaidianJson.Serialize(SmartHaidianParameters.Gazette2017);
        Assert.Equal(json, HaidianJson.Serialize(HaidianJson.Deserialize<SmartHaidianParameters>(json)));
        var minimal = HaidianJson.Deserialize<ProjectRecord>("{\"asOf\":\"2018-04-20\",\"projectType\":\"informatisation\",\"smartEducation\":false,\"emergency\":false,\"purchasedService\":false,\"major\":true,\"contentSimple\":false,\"hasSoftware\":true,\"budget\":{\"declared\":1000000.00}}");
        Assert.Equal((1_000_000.00m, (decimal?)null, (ProjectContract[]?)null), (minimal.Budget.Declared, minimal.Budget.Approved, minimal.Contracts as ProjectContract[]));
    }

    [Fact]
    public void Json_Schemas_ListRequiredFieldsAndEnumWords()
    {
        var schema = HaidianJson.SchemaFor<ProjectRecord>();
        Assert.Contains("\"asOf\"", schema, StringComparison.Ordinal);
        Assert.Contains("OfficeHardwarePurchase", schema, StringComparison.Ordinal);
        Assert.Contains("\"required\"", schema, StringComparison.Ordinal);
        Assert.Contains("specialFundSize", HaidianJson.SchemaFor<DraftList>(), StringComparison.Ordinal);
        Assert.Contains("lastYear", HaidianJson.SchemaFor<TopLevelDesign>(), StringComparison.Ordinal);
        Assert.Contains("qualifiedDesignThreshold", HaidianJson.SchemaFor<SmartHaidianParameters>(), StringComparison.Ordinal);
    }
}
