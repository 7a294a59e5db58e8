#:project ../src/Haidian.Rules/Haidian.Rules.csproj
#:property ImplicitUsings=enable

// An analyst's walk through 海行规发〔2017〕6号 (elevator retrofit pilot): scope, consent, subsidy, checks.
// Run: dotnet run samples/elevator-subsidy.cs
using Haidian.Rules;
using Haidian.Rules.ElevatorSubsidy;
using NodaTime;

var calculator = new ElevatorSubsidyCalculator();
var asOf = new LocalDate(2017, 9, 1);

// 1. Is the building in the pilot scope (一)?
var building = new Building("某小区3号楼", "学院路街道", Floors: 6, UnitEntrances: 3, CompletionDate: new LocalDate(1998, 12, 31),
    IsUrbanResidential: true, HasElevator: false, InShantyTownOrExpropriationPlan: false, IsMilitaryProperty: false, InOldCommunityRenovation2017: false);
var scope = calculator.CheckScope(building, asOf);
Console.WriteLine($"Scope: {building.Id} in scope = {scope.InScope}");
foreach (var c in scope.Criteria)
{
    Console.WriteLine($"  {(c.Met ? "met " : c.Waived ? "waived" : "UNMET")} {c.Criterion}: {c.Actual} — {c.Requirement} [{c.Citation.Article}]");
}

// 2. Do the owners of the unit entrance consent (二, 三（二）)? Exactly two-thirds is enough; one hundredth less is not.
foreach (var agreeing in new[] { 2_000m, 1_999.99m })
{
    var consent = calculator.CheckConsent(new ConsentTally("2单元", 3_000m, agreeing, 24, 16, 2, 2), asOf);
    Console.WriteLine($"Consent with {agreeing} m² of 3,000 m² agreeing: met = {consent.Met}");
    foreach (var s in consent.Shortfalls)
    {
        Console.WriteLine("  " + s);
    }
}

// 3. The subsidy of each elevator and of the building (四), with payer, cap and whether it bit.
var claim = new SubsidyClaim(building.Id, PropertyOwnership.District, HasLegalFormalities: true, new[]
{
    new ElevatorCosts("1单元", 700_000m, 450_000m, 80_000m, PowerShortageCertified: true, NewTechnologyCertified: false),
    new ElevatorCosts("2单元", 555_555.55m, 120_000m, 0m, PowerShortageCertified: false, NewTechnologyCertified: false),
});
var subsidy = calculator.CalculateSubsidy(claim, asOf);
foreach (var line in subsidy.Lines)
{
    Console.WriteLine($"  {line.Subject}\n    {line.Rule}\n    {line.Arithmetic} → {line.Amount:#,##0.00}  [{line.Citation.Article}]");
}

Console.WriteLine($"Total subsidy: {subsidy.TotalSubsidy:#,##0.00} yuan");
foreach (var p in subsidy.ByPayer)
{
    Console.WriteLine($"  {p.Payer}: {p.Amount:#,##0.00}");
}

foreach (var n in subsidy.Notes)
{
    Console.WriteLine("  note: " + n);
}

// 4. Related checks: operating right (三（一）) and the disbursement deadline (五).
Console.WriteLine("Operating right 25 years: " + string.Join("; ", calculator.CheckOperatingRight(25, asOf).Findings.Select(f => $"{f.Severity}: {f.Message}")));
var timeline = calculator.CheckTimeline(new ProjectTimeline(null, null, new LocalDate(2017, 12, 28), new LocalDate(2018, 3, 1), new LocalDate(2018, 5, 3)), new LocalDate(2018, 6, 1));
Console.WriteLine("Timeline: " + string.Join("; ", timeline.Findings.Select(f => $"{f.Severity}: {f.Message}")));

// 5. The same result as JSON, for a report or another system.
Console.WriteLine(HaidianJson.Serialize(subsidy.ByPayer));
