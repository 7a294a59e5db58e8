#:project ../src/Haidian.Rules/Haidian.Rules.csproj
#:property ImplicitUsings=enable
#:property TreatWarningsAsErrors=false

// The HTML report of spec example W6 (the March 2018 settlement of towns A, B and C): one self-contained page with the
// town ledger, the district pool, the balance check and each section's itemized bill (folded), for colleagues without .NET.
// Run from the repository root:  dotnet run samples/water-report.cs  [output.html]
//
// The page is rendered by the haidian-rules tool (src/Haidian.Rules.Cli/Html), not by the library: the sample builds
// the tool's `evaluate water` input from the W6 data files, runs the tool exactly as an analyst would
// (`haidian-rules evaluate water w6.json --format html -o report.html`), and cross-checks the figures with the library.
using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Haidian.Rules;
using Haidian.Rules.WaterCompensation;
using NodaTime;

var here = AppContext.GetData("EntryPointFileDirectoryPath") as string ?? Path.Combine(Directory.GetCurrentDirectory(), "samples");
var root = Path.GetFullPath(Path.Combine(here, ".."));
var output = Path.GetFullPath(args.Length > 0 ? args[0] : Path.Combine(root, "artifacts", "water-w6-2018-03.html"));
var sectionsJson = File.ReadAllText(Path.Combine(here, "data", "water-w6-sections.json"));
var monitoringJson = File.ReadAllText(Path.Combine(here, "data", "water-w6-monitoring-2018-03.json"));

// 1. The settlement through the library, for the figures printed here.
var sections = HaidianJson.Deserialize<Section[]>(sectionsJson);
var towns = sections.SelectMany(s => s.ResponsibleTowns.Append(s.Downstream)).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToArray();
var ledger = new WaterCompensationCalculator().Settle(new YearMonth(2018, 3), new SectionRegistry(towns, sections), HaidianJson.Deserialize<MonthlyMonitoring[]>(monitoringJson));

// 2. The same data as the tool's monthly-settlement input, and the tool writes the page.
var input = new JsonObject
{
    ["month"] = "2018-03",
    ["towns"] = new JsonArray(towns.Select(t => (JsonNode?)JsonValue.Create(t)).ToArray()),
    ["sections"] = JsonNode.Parse(sectionsJson),
    ["monitoring"] = JsonNode.Parse(monitoringJson),
};
var inputFile = Path.Combine(Path.GetTempPath(), $"haidian-w6-{Environment.ProcessId}.json");
File.WriteAllText(inputFile, input.ToJsonString());
Directory.CreateDirectory(Path.GetDirectoryName(output)!);
var run = new ProcessStartInfo("dotnet")
{
    ArgumentList = { "run", "--project", Path.Combine(root, "src", "Haidian.Rules.Cli"), "-c", "Release", "--", "evaluate", "water", inputFile, "--format", "html", "-o", output },
    RedirectStandardError = true,
    RedirectStandardOutput = true,
};
Console.WriteLine("haidian-rules evaluate water " + Path.GetFileName(inputFile) + " --format html -o " + Path.GetRelativePath(root, output));
using (var tool = Process.Start(run)!)
{
    var stdout = tool.StandardOutput.ReadToEndAsync();
    var stderr = tool.StandardError.ReadToEndAsync();
    tool.WaitForExit();
    File.Delete(inputFile);
    if (tool.ExitCode != 0)
    {
        Console.Error.WriteLine(await stdout + await stderr);
        Console.Error.WriteLine($"the tool failed (exit {tool.ExitCode})");
        return 1;
    }
}

// 3. What the page says, checked against the library's ledger.
var html = File.ReadAllText(output);
static string Yuan(decimal d) => d.ToString("#,0.00", CultureInfo.InvariantCulture);
var missing = ledger.Towns.Select(t => $"data-key=\"town:{t.Town}:net\">{Yuan(t.Net)}<").Append($"data-key=\"pool\">{Yuan(ledger.PoolTotal)}<").Where(f => !html.Contains(f, StringComparison.Ordinal)).ToArray();
Console.WriteLine($"wrote {Path.GetRelativePath(root, output)} ({html.Length:N0} characters, {ledger.Sections.Count} folded section bills) — open it in any browser, no network needed");
foreach (var t in ledger.Towns)
{
    Console.WriteLine($"  {t.Town,-4} paid {Yuan(t.Paid),12}  received {Yuan(t.Received),12}  net {Yuan(t.Net),12}");
}

Console.WriteLine($"  {MonthlySettlement.DistrictPool} (district pool) {Yuan(ledger.PoolTotal)}; {(ledger.IsBalanced ? "balanced" : "NOT BALANCED")}");
if (missing.Length > 0)
{
    Console.Error.WriteLine("the page does not show: " + string.Join("; ", missing));
    return 1;
}

Console.WriteLine("the page shows each town's net and the pool as the library computed them");
return 0;
