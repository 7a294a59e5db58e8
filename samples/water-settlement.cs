#:project ../src/Haidian.Rules/Haidian.Rules.csproj
#:property ImplicitUsings=enable
#:property TreatWarningsAsErrors=false

// The March 2018 settlement of spec example W6, printed as an itemized ledger.
// Run from the repository root:  dotnet run samples/water-settlement.cs
// Optional arguments: <sections.json> <monitoring.json> <yyyy-MM>  (your own data, same JSON shape)
using System.Globalization;
using Haidian.Rules;
using Haidian.Rules.WaterCompensation;
using NodaTime;
using NodaTime.Text;

var here = AppContext.GetData("EntryPointFileDirectoryPath") as string ?? Path.Combine(Directory.GetCurrentDirectory(), "samples");
var sectionsFile = args.Length > 0 ? args[0] : Path.Combine(here, "data", "water-w6-sections.json");
var monitoringFile = args.Length > 1 ? args[1] : Path.Combine(here, "data", "water-w6-monitoring-2018-03.json");
var month = YearMonthPattern.Iso.Parse(args.Length > 2 ? args[2] : "2018-03").GetValueOrThrow();

try
{
    var sections = HaidianJson.Deserialize<Section[]>(File.ReadAllText(sectionsFile));
    var monitoring = HaidianJson.Deserialize<MonthlyMonitoring[]>(File.ReadAllText(monitoringFile));
    var towns = sections.SelectMany(s => s.ResponsibleTowns.Append(s.Downstream)).OfType<string>().Distinct().Order(StringComparer.Ordinal);
    var registry = new SectionRegistry(towns, sections);
    var ledger = new WaterCompensationCalculator().Settle(month, registry, monitoring);
    Print(ledger);
}
catch (HaidianRulesException ex)
{
    Console.Error.WriteLine(ex.Message);
    return 2;
}

return 0;

static void Print(MonthlySettlement ledger)
{
    static string Yuan(decimal d) => d.ToString("#,##0.00", CultureInfo.InvariantCulture);
    Console.WriteLine($"水环境区域补偿 月度结算 — water-environment compensation ledger, {ledger.Month:yyyy-MM}");
    Console.WriteLine($"{WaterCompensationParameters.Document}; parameters '{ledger.Provenance.ParametersVersion}' (in force from {ledger.Provenance.ParametersInForceFrom:yyyy-MM-dd}), Haidian.Rules {ledger.Provenance.PackageVersion}");
    Console.WriteLine();
    foreach (var section in ledger.Sections)
    {
        Console.WriteLine($"Section {section.SectionId}: {Yuan(section.Amount)} yuan");
        foreach (var line in section.Lines)
        {
            Console.WriteLine($"  {line.Subject}");
            Console.WriteLine($"      {line.Rule}");
            Console.WriteLine($"      {line.Arithmetic,-60} {Yuan(line.Amount),14}   [{line.Citation.Article}]");
        }

        Console.WriteLine();
    }

    Console.WriteLine("Payments");
    foreach (var p in ledger.Lines)
    {
        Console.WriteLine($"  {p.SectionId,-4} {p.Payer,-6} → {p.Recipient,-8} {Yuan(p.Amount),14}   {p.Arithmetic}   [{p.Citation.Article}]");
    }

    Console.WriteLine();
    Console.WriteLine($"  {"town",-8}{"paid",16}{"received",16}{"net",16}");
    foreach (var t in ledger.Towns)
    {
        Console.WriteLine($"  {t.Town,-8}{Yuan(t.Paid),16}{Yuan(t.Received),16}{Yuan(t.Net),16}");
    }

    Console.WriteLine($"  {"pool",-8}{string.Empty,16}{Yuan(ledger.PoolTotal),16}   区级统筹 (第十二条)");
    Console.WriteLine();
    Console.WriteLine($"  check: paid {Yuan(ledger.TotalPaid)} = received {Yuan(ledger.TotalReceived)} + pool {Yuan(ledger.PoolTotal)}  → {(ledger.IsBalanced ? "balanced" : "NOT BALANCED")}");
}
