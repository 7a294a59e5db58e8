using System.Text.Json;
using System.Text.Json.Nodes;
using Haidian.Rules.Cli.Modules;
using Json.Schema;
using static Haidian.Rules.Cli.Tests.CliHarness;

namespace Haidian.Rules.Cli.Tests;

/// <summary>
/// The JSON schemas (spec 07 C5, issue 14 item 6) checked with a real validator (JsonSchema.Net): the shipped files are
/// the generated ones, every case file and sample input validates, and the schemas reject what the reader rejects.
/// </summary>
public sealed class SchemaTests
{
    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    [Fact]
    public void ShippedSchemas_AreTheGeneratedOnes()
    {
        var files = CliApp.AllSchemas(ModuleRegistry.Default).ToArray();
        Assert.Equal(ModuleRegistry.Default.All.Count * 3, files.Length);
        foreach (var (file, schema) in files)
        {
            var path = Repo("schemas", file);
            Assert.True(File.Exists(path), $"schemas/{file} is missing: run 'haidian-rules schema --write-all schemas'");
            Assert.True(
                JsonNode.DeepEquals(schema, JsonNode.Parse(File.ReadAllText(path))),
                $"schemas/{file} is out of date: run 'haidian-rules schema --write-all schemas' and review the diff");
        }

        Assert.Equal(files.Select(f => f.File).Order(StringComparer.Ordinal), Directory.GetFiles(Repo("schemas"), "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EveryCaseFile_CarriesItsSchema_AndValidatesAgainstIt()
    {
        var files = Directory.GetFiles(Repo("cases"), "*.json", SearchOption.AllDirectories);
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var node = JsonNode.Parse(File.ReadAllText(file))!;
            var module = (string)(node is JsonObject o && o["cases"] is JsonArray list ? list[0]!["module"] : node is JsonArray a ? a[0]!["module"] : node["module"])!;
            Assert.True(node is JsonObject, file + ": a case file is an object (one case, or {$schema, cases})");
            var declared = (string?)node["$schema"];
            Assert.Equal($"../../schemas/{module}.case.json", declared);
            AssertValid(Schema(module + ".case.json"), node, file);
        }
    }

    [Fact]
    public void SampleInputs_ValidateAgainstTheLibrarySchemas()
    {
        AssertValid(JsonSchema.FromText(HaidianJson.SchemaFor<WaterCompensation.Section[]>()), JsonNode.Parse(File.ReadAllText(Repo("samples", "data", "water-w6-sections.json")))!, "water-w6-sections.json");
        AssertValid(JsonSchema.FromText(HaidianJson.SchemaFor<WaterCompensation.MonthlyMonitoring[]>()), JsonNode.Parse(File.ReadAllText(Repo("samples", "data", "water-w6-monitoring-2018-03.json")))!, "water-w6-monitoring-2018-03.json");
    }

    public static TheoryData<string, string, string> Broken() => new()
    {
        // module, a valid input taken from a case (by its operation), and a JSON patch that breaks it: removal of a required field,
        // an unknown field, a word that is not allowed, a date that is not a date, a number for an enum word.
        { "water", "sectionMonth", """{"-": "dry"}""" },
        { "water", "sectionMonth", """{"colour": "green"}""" },
        { "water", "sectionMonth", """{"functionalClass": "VI"}""" },
        { "water", "sectionMonth", """{"functionalClass": 4}""" },
        { "water", "sectionMonth", """{"month": "2018-13"}""" },
        { "water", "sectionMonth", """{"outflow": {"ammoniaNitrogen": "high"}}""" },
        { "elevator", "scope", """{"-": "unitEntrances"}""" },
        { "elevator", "scope", """{"completionDate": "1998/12/31"}""" },
        { "forest", "grade", """{"score": "90"}""" },
        { "waste", "sizing", """{"-": "households"}""" },
        { "deadlines", "period", """{"event": "yesterday"}""" },
        { "deadlines", "workingDaysBetween", """{"convention": "Backwards"}""" },
        { "deadlines", "day", """{"holidaySchedule": {"years": [{"year": 2020}]}}""" },
        { "fund", "vote", """{"-": "asOf"}""" },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void Schema_RejectsWhatTheReaderRejects(string module, string call, string patch)
    {
        var m = ModuleRegistry.Default.Get(module);
        var contract = m.Calls.First(c => c.Name == call);
        var input = Examples.For(m, contract) ?? throw new InvalidOperationException($"no example for {module} {call}");
        var schema = JsonSchema.FromText(JsonSchemas.Input(m, call).ToJsonString());
        AssertValid(schema, input, module + " " + call + " example");

        foreach (var (key, value) in JsonNode.Parse(patch)!.AsObject())
        {
            if (key == "-")
            {
                input.Remove((string)value!);
            }
            else if (value is JsonObject inner && input[key] is JsonObject target)
            {
                foreach (var (k, v) in inner)
                {
                    target[k] = v?.DeepClone();
                }
            }
            else
            {
                input[key] = value?.DeepClone();
            }
        }

        var result = schema.Evaluate(JsonDocument.Parse(input.ToJsonString()).RootElement, Options);
        Assert.False(result.IsValid, $"the schema accepted {input.ToJsonString()}");
        var (code, _, err) = RunWithInput(input.ToJsonString(), "evaluate", module, "-");
        Assert.Equal(2, code);
        Assert.Matches(@"\[(required|unknownField|invalidValue|outOfRange)\]", err);
    }

    private static JsonSchema Schema(string file) => JsonSchema.FromText(File.ReadAllText(Repo("schemas", file)));

    private static void AssertValid(JsonSchema schema, JsonNode node, string what)
    {
        var result = schema.Evaluate(JsonDocument.Parse(node.ToJsonString()).RootElement, Options);
        Assert.True(result.IsValid, what + " does not validate: " + string.Join("; ", (result.Details ?? new List<EvaluationResults>()).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => d.InstanceLocation + ": " + e.Value)).Take(10)));
    }
}
