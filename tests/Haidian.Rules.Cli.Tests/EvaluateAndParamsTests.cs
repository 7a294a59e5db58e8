using System.Text.Json;
using System.Text.Json.Nodes;
using Haidian.Rules.WaterCompensation;
using static Haidian.Rules.Cli.Tests.CliHarness;

namespace Haidian.Rules.Cli.Tests;

public sealed class EvaluateAndParamsTests
{
    private const string W1 = """
        {
          "month": "2018-03", "functionalClass": "IV", "assessmentTarget": "IV", "bodyType": "River",
          "dry": false, "hasInflow": false,
          "outflow": { "chemicalOxygenDemand": 52, "ammoniaNitrogen": 3.2, "totalPhosphorus": 0.35 }
        }
        """;

    [Fact]
    public void Evaluate_RoundTrip_OutputIsTheLibrarysJsonForTheSameInput()
    {
        var path = Write(TempDir(), "w1.json", W1);
        var (code, output, _) = Run("evaluate", "water", path);
        Assert.Equal(0, code);
        var expected = new WaterCompensationCalculator().Calculate(HaidianJson.Deserialize<SectionMonth>(W1));
        Assert.Equal(HaidianJson.Serialize(expected), output.TrimEnd());
        var back = HaidianJson.Deserialize<SectionMonthResult>(output);
        Assert.Equal(230_000m, back.Amount);
        Assert.Equal(HaidianJson.Serialize(expected), HaidianJson.Serialize(back));
    }

    [Fact]
    public void Evaluate_ReadsStandardInput()
    {
        var (code, output, _) = RunWithInput(W1, "evaluate", "water", "-", "--compact");
        Assert.Equal(0, code);
        Assert.Single(output.TrimEnd().Split('\n'));
        Assert.Equal(230000m, JsonNode.Parse(output)!["amount"]!.GetValue<decimal>());
    }

    [Fact]
    public void Evaluate_Settlement_GivesTheLedger()
    {
        var (code, output, _) = Run("evaluate", "water", Repo("cases", "water", "w06-settlement-march-2018.json"));

        // A case file is not a bare input: its case fields are rejected with their line.
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        var input = JsonNode.Parse(File.ReadAllText(Repo("cases", "water", "w06-settlement-march-2018.json")))!["input"]!.ToJsonString();
        var (code2, output2, _) = RunWithInput(input, "evaluate", "water", "-");
        Assert.Equal(0, code2);
        var settlement = HaidianJson.Deserialize<MonthlySettlement>(output2);
        Assert.Equal(new[] { -230_000m, 180_000m, -50_000m }, settlement.Towns.Select(t => t.Net));
    }

    [Fact]
    public void Evaluate_BadJson_NamesFileLineAndColumn()
    {
        var path = Write(TempDir(), "bad.json", "{\n  \"month\": \"2018-03\",\n  \"dry\": fals\n}");
        var (code, output, error) = Run("evaluate", "water", path);
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith("error: " + path + ":3: column ", error, StringComparison.Ordinal);
        Assert.Contains("not valid JSON", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_InvalidInput_NamesTheLineOfTheField()
    {
        var path = Write(TempDir(), "neg.json", W1.Replace("3.2", "-3.2", StringComparison.Ordinal));
        var (code, _, error) = Run("evaluate", "water", path);
        Assert.Equal(2, code);
        Assert.Contains("error: " + path + ":4: outflow.ammoniaNitrogen: must not be negative", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_UnknownModule_ListsTheKnownOnes()
    {
        var (code, output, error) = Run("evaluate", "elevators", "x.json");
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Equal("error: unknown module 'elevators': known modules are cultivated-land, deadlines, elevator, forest, fund, smart-haidian, waste, water", error.Trim());
    }

    [Fact]
    public void Evaluate_MissingFile_IsAUserError()
    {
        var (code, _, error) = Run("evaluate", "water", "missing.json");
        Assert.Equal(2, code);
        Assert.Equal("error: missing.json: file not found", error.Trim());
    }

    [Fact]
    public void Evaluate_NotInForce_IsAUserError()
    {
        var path = Write(TempDir(), "w8.json", W1.Replace("2018-03", "2017-02", StringComparison.Ordinal));
        var (code, output, error) = Run("evaluate", "water", path);
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("is not in force on 2017-02-01: it applies from 2018-01-01", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_InvalidOverride_IsReportedAgainstTheOverridesFile()
    {
        var dir = TempDir();
        var input = Write(dir, "w1.json", W1);
        var overrides = Write(dir, "o.json", "{\n  \"perClassCase2\": 50000\n}");
        var (code, _, error) = Run("evaluate", "water", input, "--parameters", overrides);
        Assert.Equal(2, code);
        Assert.Contains("error: " + overrides + ":2: perClassCase2: must not exceed perClassCase1", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_UnknownOverrideField_IsRejected()
    {
        var dir = TempDir();
        var input = Write(dir, "w1.json", W1);
        var overrides = Write(dir, "o.json", "{ \"perClassCaseOne\": 1 }");
        var (code, _, error) = Run("evaluate", "water", input, "--parameters", overrides);
        Assert.Equal(2, code);
        Assert.Contains("perClassCaseOne", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Params_Text_ListsEachDefaultWithItsCitation()
    {
        var (code, output, _) = Run("params", "water");
        Assert.Equal(0, code);
        Assert.Contains("perClassCase1 = 30000", output, StringComparison.Ordinal);
        Assert.Contains("海行规发〔2017〕7号《海淀区水环境区域补偿办法（试行）》第八条（一）", output, StringComparison.Ordinal);
        Assert.Contains("GB 3838-2002", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Params_Json_GivesParametersThatReadBackAsTheGazettes()
    {
        var (code, output, _) = Run("params", "water", "--format", "json");
        Assert.Equal(0, code);
        var doc = JsonNode.Parse(output)!;
        var parameters = HaidianJson.Deserialize<WaterCompensationParameters>(doc["parameters"]!.ToJsonString());
        Assert.Equal(WaterCompensationParameters.Gazette2017, parameters);
        Assert.Equal("海行规发〔2017〕7号《海淀区水环境区域补偿办法（试行）》第三条", doc["citations"]!["specialTransferFundPerSectionYear"]!["citation"]!.GetValue<string>());

        // Every top-level parameter has a citation.
        foreach (var (name, _) in doc["parameters"]!.AsObject())
        {
            Assert.NotNull(doc["citations"]![name]);
        }
    }

    [Fact]
    public void NoCommand_IsAUsageErrorWithExitCode2()
    {
        var (code, output, error) = Run();
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("haidian-rules --help", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_ExitsZero()
    {
        var (code, output, _) = Run("--help");
        Assert.Equal(0, code);
        Assert.Contains("verify", output, StringComparison.Ordinal);
    }
}
