using static Haidian.Rules.Cli.Tests.CliHarness;

namespace Haidian.Rules.Cli.Tests.Reliability;

/// <summary>
/// Bugs found by <see cref="HostileFilesTests"/>, each pinned as the smallest file that showed it (the fuzz seed in
/// the name): before the fix each one crashed the tool with an exception or broke the one-problem-one-line rule.
/// </summary>
public sealed class HostileFilesRegressionTests
{
    private static readonly string Sections = Repo("samples", "data", "water-sections.csv");
    private static readonly string March = Repo("samples", "data", "water-monitoring-2018-03.csv");

    [Fact]
    public void Settle_Seed1012_HeaderNamingAColumnTwice_IsAUserErrorNotACrash()
    {
        // Sep threw ArgumentException ("Col name 'id' found 2 times"), which escaped the tool.
        var dir = TempDir();
        var sections = Write(dir, "s.csv", "id,id,name,functionalClass,assessmentTarget,bodyType,responsibleTowns,downstream,validFrom,validTo\nS1,S1,x,IV,IV,River,A,B,2018-01,\n");
        var (code, output, error) = Run("water", "settle", "--sections", sections, "--monitoring", March, "--month", "2018-03", "-q");
        Assert.Equal(ExitCodes.UserError, code);
        Assert.Empty(output);
        Assert.Equal($"error: {sections}:1: header: column(s) id appear more than once (expected: id,name,functionalClass,assessmentTarget,bodyType,responsibleTowns,downstream,validFrom,validTo)", error.TrimEnd());
    }

    [Fact]
    public void Settle_HeaderWithAQuotedLineBreakAndARepeatedColumn_IsAUserErrorNotACrash()
    {
        // Found at 50,000 cases: the repeat check read only the first line, but Sep's header record ran on to the next.
        var dir = TempDir();
        var sections = Write(dir, "s.csv", "\"a\nb\",name,name,functionalClass,assessmentTarget,bodyType,responsibleTowns,downstream,validFrom,validTo\nS1,x,x,IV,IV,River,A,B,2018-01,\n");
        var (code, output, error) = Run("water", "settle", "--sections", sections, "--monitoring", March, "--month", "2018-03", "-q");
        Assert.Equal(ExitCodes.UserError, code);
        Assert.Empty(output);
        Assert.StartsWith($"error: {sections}:1: header: column(s) name appear more than once", error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd().Split('\n'));
    }

    [Fact]
    public void Settle_Seed1172_QuotedCellWithALineBreak_IsReportedOnOneErrorLine()
    {
        // The bad value was echoed verbatim, so the problem spilled over two stderr lines, the second without "error: ".
        var dir = TempDir();
        var text = File.ReadAllText(Sections).Replace(",River,A,B,", ",\"a\nb\",A,B,", StringComparison.Ordinal);
        var sections = Write(dir, "s.csv", text);
        var (code, _, error) = Run("water", "settle", "--sections", sections, "--monitoring", March, "--month", "2018-03", "-q");
        Assert.Equal(ExitCodes.UserError, code);
        var line = Assert.Single(error.TrimEnd().Split('\n'));
        Assert.Equal($"error: {sections}:2: bodyType: 'a\\nb' is not a water-body type: use River or LakeOrReservoir", line.TrimEnd('\r'));
    }

    [Fact]
    public void Settle_Seed10894_TwoBlankResponsibleTowns_AreTwoProblemsWithTheirIndex()
    {
        // "A;;B"-style lists gave two identical lines "responsibleTowns: is required": the element index was dropped.
        var dir = TempDir();
        var text = File.ReadAllText(Sections).Replace(",River,A,B,", ",River,;,B,", StringComparison.Ordinal);
        var sections = Write(dir, "s.csv", text);
        var (code, _, error) = Run("water", "settle", "--sections", sections, "--monitoring", March, "--month", "2018-03", "-q");
        Assert.Equal(ExitCodes.UserError, code);
        var lines = error.TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        Assert.Equal(lines.Length, lines.Distinct(StringComparer.Ordinal).Count());
        Assert.Contains(lines, l => l.Contains("responsibleTowns[1]", StringComparison.Ordinal));
    }

    [Fact]
    public void Verify_Seed1105_CaseFileWithADuplicateProperty_IsABrokenCaseNotACrash()
    {
        // JsonObject threw ArgumentException ("An item with the same key has already been added. Key: name") on first use.
        var dir = TempDir();
        var text = File.ReadAllText(Repo("cases", "water", "w01-class-iv-no-inflow.json"));
        var file = Write(dir, "dup.json", text.Replace("\"module\": \"water\",", "\"module\": \"water\",\n  \"module\": \"water\",", StringComparison.Ordinal));
        var (code, output, _) = Run("verify", file, "-q");
        Assert.Equal(ExitCodes.UserError, code);
        Assert.Contains("ERROR", output, StringComparison.Ordinal);
        Assert.Contains(file + ": not valid JSON: Duplicate property 'module'", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_Seed1916_InputWithADuplicateProperty_IsAUserErrorNotACrash()
    {
        var (code, output, error) = RunWithInput("{ \"operation\": \"estateMonth\", \"operatorKind\": \"PropertyCompany\", \"operatorKind\": \"PropertyCompany\" }", "evaluate", "waste", "-");
        Assert.Equal(ExitCodes.UserError, code);
        Assert.Empty(output);
        Assert.StartsWith("error: <stdin>: not valid JSON: Duplicate property 'operatorKind'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_Seed1034_WaterSettlementWithANullMonth_IsAUserErrorNotACrash()
    {
        // "month": null counted as given but unread, and the settlement then dereferenced a missing year.
        var input = "{ \"towns\": [\"A\"], \"month\": null, \"sections\": [], \"monitoring\": [] }";
        var (code, output, error) = RunWithInput(input, "evaluate", "water", "-");
        Assert.Equal(ExitCodes.UserError, code);
        Assert.Empty(output);
        Assert.Contains("month: must be a month written yyyy-MM", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Workdays_Seed1005_UnknownFormat_IsOneErrorLineNotTheParsersListOverSeveralLines()
    {
        // The parser's "Must be one of:" message listed the formats one per line, each line without "error: ".
        var (code, output, error) = Run("deadlines", "workdays", "--from", "2018-09-28", "--add", "10", "--format", "xml");
        Assert.Equal(ExitCodes.UserError, code);
        Assert.Empty(output);
        Assert.Equal(
            new[] { "error: Argument 'xml' not recognized. Must be one of: 'text' 'json'", "Run 'haidian-rules --help' for usage." },
            error.TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')));
    }
}
