#:project ../src/Haidian.Rules/Haidian.Rules.csproj
#:property ImplicitUsings=enable

// Smart-Haidian project compliance (海政发〔2017〕21号《海淀区智慧海淀建设项目管理办法（修订版）》).
// Run: dotnet run samples/smart-haidian.cs
using Haidian.Rules;
using Haidian.Rules.SmartHaidian;
using NodaTime;

var calculator = new SmartHaidianCalculator();
static LocalDate D(int y, int m, int d) => new(y, m, d);

// A project of exactly 1,000,000.00 yuan (100万元（含）以上: a qualified designer and a supervisor are owed), checked on 2019-02-01:
// the kick-off came one working day late, the unit drafted the design itself, and no proposal is on record (第九条 原则上: a departure).
var project = new ProjectRecord(
    AsOf: D(2019, 2, 1),
    ProjectType: ProjectType.Informatisation,
    SmartEducation: false,
    Emergency: false,
    PurchasedService: false,
    Major: true,
    ContentSimple: false,
    HasSoftware: true,
    Budget: new ProjectBudget(1_000_000.00m),
    ReservePoolNotifiedOn: D(2018, 3, 5),
    Design: new PreliminaryDesign(Drafter.Self, null, new[]
    {
        new DesignVersion(D(2018, 5, 9), D(2018, 6, 1), ReviewResult.Failed),
        new DesignVersion(D(2018, 6, 20), D(2018, 7, 16), ReviewResult.Passed),
    }),
    DraftList: new DraftListPlacement(2019, ListCategory.Planned),
    SelectedOn: D(2018, 9, 3),
    FundsReviewLetterIssuedOn: D(2018, 9, 14),
    FundsReviewLetterReceivedOn: D(2018, 9, 14),
    SentToFinanceOn: D(2018, 9, 19),
    ListApprovedOn: D(2019, 1, 8),
    KickOffOn: D(2019, 1, 16));

var report = calculator.CheckProject(project);
Console.WriteLine($"Project checked on {report.AsOf:yyyy-MM-dd}: scope {report.Scope}, {report.Violations} violation(s), {report.Departures} departure(s)");
foreach (var f in report.Findings)
{
    Console.WriteLine($"  [{f.Finding.Severity}] {f.Finding.Code} — {f.Finding.Citation} (L{f.GazetteLine}), owed by {f.Duty}");
    Console.WriteLine($"      {f.Finding.Message}");
    Console.WriteLine($"      = {f.Arithmetic}");
}

Console.WriteLine("Timeline (working days counted on the PRC official calendar by the Deadlines module):");
foreach (var s in report.Steps)
{
    Console.WriteLine($"  {s.Step,-48} trigger {s.Trigger:yyyy-MM-dd} last day {s.LastDay:yyyy-MM-dd} done {s.Done:yyyy-MM-dd} → {s.Status}");
}

// The 2019 draft list: planned special-fund projects must fit the fund (a caller input: the text gives no figure).
var list = calculator.CheckDraftList(new DraftList(2019, 10_000_000.00m, new[]
{
    new DraftListEntry("A", ListCategory.Planned, FundingSource.SpecialFund, 6_000_000.00m),
    new DraftListEntry("B", ListCategory.Planned, FundingSource.SpecialFund, 4_000_000.01m),
    new DraftListEntry("C", ListCategory.Alternate, FundingSource.SpecialFund, 500_000.00m),
}));
Console.WriteLine($"Draft list 2019: {(list.Compliant ? "compliant" : string.Join("; ", list.Findings.Select(f => f.Finding.Message)))}");
Console.WriteLine("Not computable (reported, never guessed):");
foreach (var n in report.NotComputable)
{
    Console.WriteLine("  - " + n);
}
