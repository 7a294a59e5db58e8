using Haidian.Rules.ForestAssessment;

namespace Haidian.Rules.Tests.ForestAssessment;

/// <summary>JSON round trips through <see cref="HaidianJson"/>, and JSON input validated like C# input.</summary>
public sealed partial class ForestAssessmentCalculatorTests
{
    [Fact]
    public void Json_EvidenceRoundTrips_AndScoresTheSame()
    {
        var json = HaidianJson.Serialize(Sujiatuo2018);
        Assert.Contains("\"kind\": \"Town\"", json, StringComparison.Ordinal);
        Assert.Contains("\"row\": \"Funding\"", json, StringComparison.Ordinal);
        var back = HaidianJson.Deserialize<ForestEvidence>(json);
        Assert.Equal(HaidianJson.Serialize(back), json);
        Assert.Equal(Calculator.Calculate(Sujiatuo2018).Total, Calculator.Calculate(back).Total);
    }

    [Fact]
    public void Json_ScorecardAndParametersRoundTrip()
    {
        var card = Calculator.Calculate(Sujiatuo2018);
        var json = HaidianJson.Serialize(card);
        Assert.Equal(json, HaidianJson.Serialize(HaidianJson.Deserialize<Scorecard>(json)));

        var pjson = HaidianJson.Serialize(ForestAssessmentParameters.Gazette2017);
        var p = HaidianJson.Deserialize<ForestAssessmentParameters>(pjson);
        Assert.Equal(pjson, HaidianJson.Serialize(p));
        Assert.Equal(card.Total, new ForestAssessmentCalculator(p).Calculate(Sujiatuo2018).Total);
    }

    [Fact]
    public void Json_InputWithNegativeAreaAndResolvedAboveTotal_IsRejectedWithPaths()
    {
        const string json = """
            {
              "unit": "温泉镇", "kind": "Town", "year": 2019,
              "funding": {}, "organisation": {}, "harvest": {}, "forestLand": {}, "publicWelfareForest": {},
              "afforestation": {}, "regeneration": {}, "restoration": {},
              "tending": { "taskArea": -3, "qualifiedArea": 0 },
              "disputes": { "backlog": 0, "new": 1, "resolved": 2 },
              "resources": { "growingStock": 1, "totalLandArea": 0, "totalLandAreaLastYear": 10 }
            }
            """;
        var evidence = HaidianJson.Deserialize<ForestEvidence>(json);
        Assert.Equal(new[] { "resources.totalLandArea", "disputes.resolved", "tending.taskArea" }, PathsOf(() => Calculator.Calculate(evidence)));
        Assert.Equal(
            new[]
            {
                "resources.totalLandArea: must be greater than 0 (got 0)",
                "disputes.resolved: 2 cases resolved exceeds the backlog 0 + new 1 = 1 cases",
                "tending.taskArea: must be between 0 and 1000000000000 inclusive (got -3)",
            },
            Assert.Throws<ValidationException>(() => Calculator.Calculate(evidence)).Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Json_OmittedItemGroups_AreReportedAsRequired()
    {
        // why: the sheet has 14 items; an omitted item is an unfinished sheet, not a silent zero
        const string json = """{ "unit": "温泉镇", "kind": "Town", "year": 2019, "funding": { "hasFixedFunding": true } }""";
        var paths = PathsOf(() => Calculator.Calculate(HaidianJson.Deserialize<ForestEvidence>(json)));
        Assert.Equal(
            new[]
            {
                "organisation: is required",
                "harvest: is required",
                "forestLand: is required",
                "resources: is required",
                "disputes: is required",
                "publicWelfareForest: is required",
                "afforestation: is required",
                "regeneration: is required",
                "tending: is required",
                "restoration: is required",
            },
            Assert.Throws<ValidationException>(() => Calculator.Calculate(HaidianJson.Deserialize<ForestEvidence>(json))).Errors.Select(e => e.ToString()));
        Assert.Equal(new[] { "organisation", "harvest", "forestLand", "resources", "disputes", "publicWelfareForest", "afforestation", "regeneration", "tending", "restoration" }, paths);
    }

    [Fact]
    public void Json_UnknownRowName_IsAValidationError()
    {
        const string json = """{ "unit": "温泉镇", "kind": "Town", "year": 2019, "awards": [ { "row": "Fishing", "points": 1, "reason": "x" } ] }""";
        Assert.Throws<ValidationException>(() => HaidianJson.Deserialize<ForestEvidence>(json));
    }
}
