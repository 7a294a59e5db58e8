using System.Xml.Linq;
using static Haidian.Rules.Cli.Tests.CliHarness;

namespace Haidian.Rules.Cli.Tests;

public sealed class VerifyTests
{
    private const string W1Input = """
        { "month": "2018-03", "functionalClass": "IV", "assessmentTarget": "IV", "bodyType": "River", "dry": false, "hasInflow": false,
          "outflow": { "chemicalOxygenDemand": 52, "ammoniaNitrogen": 3.2, "totalPhosphorus": 0.35 } }
        """;

    private static string Case(string expected, string name = "W1", string period = "2018-03") =>
        "{ \"module\": \"water\", \"name\": \"" + name + "\", \"period\": \"" + period + "\", \"input\": " + W1Input + ", " + expected + " }";

    [Fact]
    public void Verify_TheRepositoryCases_AllPass()
    {
        var (code, output, _) = Run("verify", Repo("cases"), "-q");
        Assert.True(code == 0, output);
        Assert.Contains("0 failed, 0 broken", output, StringComparison.Ordinal);
        foreach (var w in Enumerable.Range(1, 10))
        {
            Assert.Contains("PASS  W" + w + " ", output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Verify_WrongExpectedValues_FailWithAFieldByFieldDiff()
    {
        var dir = TempDir();
        Write(dir, "c.json", Case("\"expected\": { \"amount\": 229999.99, \"oxygenDemandIndicator\": \"PermanganateIndex\", \"pollutants\": [ {}, { \"class\": \"V\" }, {} ] }"));
        var (code, output, _) = Run("verify", dir, "-q");
        Assert.Equal(1, code);
        Assert.Contains("FAIL  W1 [water 2018-03]", output, StringComparison.Ordinal);
        Assert.Contains("      amount: expected 229999.99, actual 230000", output, StringComparison.Ordinal);
        Assert.Contains("      oxygenDemandIndicator: expected \"PermanganateIndex\", actual \"ChemicalOxygenDemand\"", output, StringComparison.Ordinal);
        Assert.Contains("      pollutants[1].class: expected \"V\", actual \"WorseThanV\"", output, StringComparison.Ordinal);
        Assert.Contains("0 passed, 1 failed, 0 broken", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_ArrayLengthAndMissingFields_AreDifferences()
    {
        var dir = TempDir();
        Write(dir, "c.json", Case("\"expected\": { \"pollutants\": [ {} ], \"noSuchField\": 1 }"));
        var (code, output, _) = Run("verify", dir, "-q");
        Assert.Equal(1, code);
        Assert.Contains("pollutants: expected 1 items, actual 3 items", output, StringComparison.Ordinal);
        Assert.Contains("noSuchField: expected 1, actual (missing)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_ExpectedErrorButAResult_Fails()
    {
        var dir = TempDir();
        Write(dir, "c.json", Case("\"expectedError\": { \"kind\": \"notInForce\" }"));
        var (code, output, _) = Run("verify", dir, "-q");
        Assert.Equal(1, code);
        Assert.Contains("expected an error, but evaluation succeeded", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_ExpectedValidationError_ComparesPaths()
    {
        var dir = TempDir();
        var input = W1Input.Replace("3.2", "-1", StringComparison.Ordinal);
        Write(dir, "c.json", "{ \"module\": \"water\", \"name\": \"negative\", \"period\": \"2018-03\", \"input\": " + input + ", \"expectedError\": { \"kind\": \"validation\", \"source\": \"input\", \"errors\": [ { \"path\": \"outflow.ammoniaNitrogen\" } ] } }");
        var (code, output, _) = Run("verify", dir, "-q");
        Assert.True(code == 0, output);
    }

    [Fact]
    public void Verify_BrokenCaseFiles_AreErrorsWithExitCode2()
    {
        var dir = TempDir();
        Write(dir, "a-not-json.json", "{ \"module\": ");
        Write(dir, "b-unknown-module.json", Case("\"expected\": {}").Replace("\"water\"", "\"elevators\"", StringComparison.Ordinal));
        Write(dir, "c-period.json", Case("\"expected\": { \"amount\": 230000 }", period: "2018-04"));
        Write(dir, "d-ok.json", Case("\"expected\": { \"amount\": 230000 }"));
        var (code, output, _) = Run("verify", dir, "-q");
        Assert.Equal(2, code);
        Assert.Contains("not valid JSON", output, StringComparison.Ordinal);
        Assert.Contains("module: unknown module 'elevators'", output, StringComparison.Ordinal);
        Assert.Contains("period: '2018-04' does not match the input's month '2018-03'", output, StringComparison.Ordinal);
        Assert.Contains("1 passed, 0 failed, 3 broken", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_MissingPath_IsAUserError()
    {
        var (code, _, error) = Run("verify", "no-such-folder");
        Assert.Equal(2, code);
        Assert.Equal("error: no-such-folder: no such file or folder", error.Trim());
    }

    [Fact]
    public void Verify_JUnitReport_HasSuitesCasesFailuresAndErrors()
    {
        var dir = TempDir();
        Write(dir, "list.json", "[" + Case("\"expected\": { \"amount\": 230000 }", name: "good") + "," + Case("\"expected\": { \"amount\": 1 }", name: "bad") + "]");
        Write(dir, "broken.json", "[]");
        var report = Path.Combine(dir, "out", "junit.xml");
        var (code, _, _) = Run("verify", dir, "-q", "--junit", report);
        Assert.Equal(2, code);
        var doc = XDocument.Load(report);
        var root = doc.Root!;
        Assert.Equal("testsuites", root.Name.LocalName);
        Assert.Equal("3", root.Attribute("tests")!.Value);
        Assert.Equal("1", root.Attribute("failures")!.Value);
        Assert.Equal("1", root.Attribute("errors")!.Value);
        var suites = root.Elements("testsuite").ToArray();
        Assert.Equal(2, suites.Length);
        var list = suites.Single(s => s.Attribute("name")!.Value.EndsWith("list.json", StringComparison.Ordinal));
        Assert.Equal("2", list.Attribute("tests")!.Value);
        var cases = list.Elements("testcase").ToArray();
        Assert.Equal("good (2018-03)", cases[0].Attribute("name")!.Value);
        Assert.Equal("water.list", cases[0].Attribute("classname")!.Value);
        Assert.Empty(cases[0].Elements());
        var failure = cases[1].Element("failure")!;
        Assert.Equal("mismatch", failure.Attribute("type")!.Value);
        Assert.Contains("amount: expected 1, actual 230000", failure.Value, StringComparison.Ordinal);
        Assert.NotNull(suites.Single(s => s.Attribute("name")!.Value.EndsWith("broken.json", StringComparison.Ordinal)).Element("testcase")!.Element("error"));
    }
}
