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
        var complete = ForestEvidenceBuilder.AllMet(year: 2019, unit: "温泉镇") with
        {
            Tending = new TendingEvidence { TaskArea = -3m, QualifiedArea = 0m },
            Disputes = new DisputeEvidence { Backlog = 0, New = 1, Resolved = 2 },
        };
        complete = complete with { Resources = complete.Resources with { TotalLandArea = 0m } };
        var evidence = HaidianJson.Deserialize<ForestEvidence>(HaidianJson.Serialize(complete));
        Assert.Equal(new[] { "resources.totalLandArea", "disputes.resolved", "tending.taskArea" }, PathsOf(() => Calculator.Calculate(evidence)));
        var errors = Assert.Throws<ValidationException>(() => Calculator.Calculate(evidence)).Errors;
        Assert.Equal(
            new[]
            {
                "resources.totalLandArea: must be greater than 0 (got 0)",
                "disputes.resolved: 2 cases resolved exceeds the backlog 0 + new 1 = 1 cases",
                "tending.taskArea: must be between 0 and 1000000000000 inclusive (got -3)",
            },
            errors.Select(e => e.ToString()));

        // why: spec 07 G-a — a part above its whole is inconsistent, a negative figure out of range
        Assert.Equal(new[] { ErrorCode.OutOfRange, ErrorCode.Inconsistent, ErrorCode.OutOfRange }, errors.Select(e => e.Code));
    }

    [Fact]
    public void Json_OmittedItemGroupsAndFindings_AreReportedAsRequired_AllAtOnce()
    {
        // why: spec 07 C1 — the sheet has 14 items; an omitted item or finding is an unfinished sheet, never a silent "not met" or 0
        const string json = """{ "unit": "温泉镇", "kind": "Town", "year": 2019, "funding": { "hasFixedFunding": true } }""";
        var ex = Assert.Throws<ValidationException>(() => HaidianJson.Deserialize<ForestEvidence>(json));
        Assert.Equal(
            new[]
            {
                "funding.usedAsApproved", "organisation", "harvest", "forestLand", "resources", "disputes", "publicWelfareForest",
                "managementPlanCompiled", "afforestation", "regeneration", "tending", "restoration",
            },
            ex.Errors.Select(e => e.Path));
        Assert.All(ex.Errors, e => Assert.Equal(ErrorCode.Required, e.Code));
    }

    [Fact]
    public void Json_TheTargetsFlagAndTheAwards_AreOptional_WithTheirDocumentedDefaults()
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(HaidianJson.Serialize(ForestEvidenceBuilder.AllMet(year: 2019)))!.AsObject();
        json.Remove("targetTasksNotCompleted");
        json.Remove("awards");
        var evidence = HaidianJson.Deserialize<ForestEvidence>(json.ToJsonString());
        Assert.False(evidence.TargetTasksNotCompleted);
        Assert.Empty(evidence.Awards ?? Array.Empty<InspectorAward>());   // why: the source-generated reader leaves an omitted list null, read as none
        Assert.Equal(100m, Calculator.Calculate(evidence).Total);
    }

    [Fact]
    public void Json_EveryRequiredEvidenceField_IsRequiredAtItsPath()
    {
        var json = HaidianJson.Serialize(ForestEvidenceBuilder.AllMet(year: 2019));
        foreach (var path in RequiredPaths(System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject(), string.Empty))
        {
            var doc = System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject();
            Remove(doc, path);
            var ex = Assert.Throws<ValidationException>(() => HaidianJson.Deserialize<ForestEvidence>(doc.ToJsonString()));
            var error = Assert.Single(ex.Errors);
            Assert.Equal((path, ErrorCode.Required), (error.Path, error.Code));
        }

        static IEnumerable<string> RequiredPaths(System.Text.Json.Nodes.JsonObject o, string prefix)
        {
            foreach (var (name, value) in o)
            {
                if (name is "awards" or "targetTasksNotCompleted")
                {
                    continue;
                }

                var path = prefix.Length == 0 ? name : prefix + "." + name;
                yield return path;
                if (value is System.Text.Json.Nodes.JsonObject child)
                {
                    foreach (var p in RequiredPaths(child, path))
                    {
                        yield return p;
                    }
                }
            }
        }

        static void Remove(System.Text.Json.Nodes.JsonObject o, string path)
        {
            var parts = path.Split('.');
            for (var i = 0; i < parts.Length - 1; i++)
            {
                o = o[parts[i]]!.AsObject();
            }

            o.Remove(parts[^1]);
        }
    }

    [Fact]
    public void Json_UnknownRowName_IsAValidationError()
    {
        const string json = """{ "unit": "温泉镇", "kind": "Town", "year": 2019, "awards": [ { "row": "Fishing", "points": 1, "reason": "x" } ] }""";
        Assert.Throws<ValidationException>(() => HaidianJson.Deserialize<ForestEvidence>(json));
    }
}
