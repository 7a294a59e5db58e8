#:project ../src/Haidian.Rules/Haidian.Rules.csproj
#:property ImplicitUsings=enable

// Assesses a town's cultivated-land year (海政办发〔2017〕38号), prints every indicator line with its arithmetic and clause,
// the verdict and its consequences, the calendar of due dates, and whether a project's approvals are suspended during
// rectification. Run: dotnet run samples/cultivated-land.cs
using Haidian.Rules.CultivatedLand;
using NodaTime;

var calculator = new CultivatedLandCalculator();
var record = new CultivatedLandRecord(
    new AssessedUnit("A镇", AssessedUnitType.Town),
    2020,
    AreaUnit.Mu,
    new AreaTarget(1_250.00m, 1_249.99m),
    new AreaTarget(900.00m, 915.40m),
    new QualityScale(1, 15),
    new[] { new Occupation("O1", new LocalDate(2020, 6, 12), 12.00m, 6, 12.00m, 6, 4.00m, 5, 4.00m, 5) },
    new[] { new IllegalCase("K2", IllegalLandType.BasicFarmland, 0.35m, true, true, false, false) },
    new LandSurvey(1_248.30m, 6.20m),
    new LocalDate(2021, 2, 18));

var result = calculator.Assess(record);
Console.WriteLine($"{result.Unit} {result.Year}: {result.Kind} ({result.Role}), period {result.Period.FirstYear}–{result.Period.LastYear}");
foreach (var indicator in result.Indicators)
{
    Console.WriteLine($"{indicator.Number} {indicator.Name} [{indicator.Kind}] met: {indicator.Met?.ToString() ?? "—"}, shortfall {indicator.Shortfall} {result.AreaUnit}");
    foreach (var line in indicator.Lines)
    {
        Console.WriteLine($"    {line.Subject}: {line.Arithmetic} — {line.Citation.Article}");
    }
}

Console.WriteLine($"Verdict: {result.VerdictText ?? "none (not an assessment year)"}");
foreach (var finding in result.Findings)
{
    Console.WriteLine($"Finding {finding.Code} ({finding.Severity}): {finding.Message} — {finding.Citation.Article}");
}

foreach (var consequence in result.Consequences)
{
    Console.WriteLine($"Consequence {consequence.Kind}: {consequence.Description}");
}

foreach (var year in new[] { 2016, 2020, 2026 })
{
    foreach (var due in calculator.CalendarFor(year).DueDates)
    {
        Console.WriteLine($"{year} {due.Duty}: {due.Note}");
    }
}

var answer = calculator.CheckSuspension(new SuspensionQuery(
    new AssessmentOutcome(AssessedUnitType.Town, 2020, result.Verdict),
    new Rectification(new LocalDate(2021, 5, 10), new LocalDate(2021, 10, 31), null),
    new LandProject("commercial complex", InfrastructureCategory.None, ApprovalAuthority.MunicipalDepartment, ApprovalAct.Approved),
    new LocalDate(2021, 11, 30)));
Console.WriteLine($"Project '{answer.ProjectId}' on {answer.Day:uuuu-MM-dd}: {(answer.Suspended ? "suspended" : "not suspended")}");
foreach (var reason in answer.Reasons)
{
    Console.WriteLine("    " + reason.Text);
}
