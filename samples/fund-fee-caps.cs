#:project ../src/Haidian.Rules/Haidian.Rules.csproj
#:property ImplicitUsings=enable

// Fund fee caps and compliance (海行规发〔2017〕8号, 海政办发〔2017〕34号).
// Run: dotnet run samples/fund-fee-caps.cs
using Haidian.Rules;
using Haidian.Rules.FundFees;
using NodaTime;

var development = new DevelopmentFundCalculator();
var guide = new GuideFundCalculator();

// F1: the development fund's managed scale rises from 500M to 800M on 2018-07-01; a fee of 1,400,000 is proposed.
var f1 = development.ManagementFeeCap(new FeePeriod(
    new LocalDate(2018, 1, 1), new LocalDate(2018, 12, 31),
    new[] { new BaseChange(new LocalDate(2018, 1, 1), 500_000_000m), new BaseChange(new LocalDate(2018, 7, 1), 800_000_000m) },
    ProposedFee: 1_400_000m, PeriodReturns: 5_000_000m));
Print("Development fund management-fee cap, 2018", f1);

// F2: a period across a year end into a leap year (each day weighs 1/365 or 1/366 by its own year).
Print("Development fund cap, 2019-10-01..2020-03-31", development.ManagementFeeCap(new FeePeriod(
    new LocalDate(2019, 10, 1), new LocalDate(2020, 3, 31), new[] { new BaseChange(new LocalDate(2019, 10, 1), 300_000_000m) })));

// F5: the guide fund's trustee fee on 72M paid in all year.
Print("Guide fund trustee-fee cap, 2018", guide.TrusteeFeeCap(new FeePeriod(
    new LocalDate(2018, 1, 1), new LocalDate(2018, 12, 31), new[] { new BaseChange(new LocalDate(2018, 1, 1), 72_000_000m) }, ProposedFee: 360_000m)));

// A participating fund checked against every limit of 34号: a 9-year term without extension (departure), a 2.5% manager fee
// allowed by a decision (approved departure), 45% invested in Haidian (violation).
var report = guide.CheckParticipatingFund(new ParticipatingFundTerms(
    "海淀文创一号基金", new LocalDate(2018, 6, 1), 24_000_000m,
    new[]
    {
        new Contributor("甲投资公司", 30_000_000m), new Contributor("乙投资公司", 20_000_000m), new Contributor("丙投资公司", 10_000_000m),
        new Contributor("管理机构", 6_000_000m, ContributorRole.ManagerOrControllingShareholder), new Contributor("区属国企", 10_000_000m, ContributorRole.Government),
    },
    TermYears: 9m, RegisteredAndTaxedInHaidian: true, HaidianCulturalInvestment: 45_000_000m,
    Manager: new ManagerProfile("管理机构", true, new[] { 3m, 5m, 10m }, true, false),
    AnnualManagerFeeRate: 0.025m, CarryShare: 0.2m, CarryApprovedByDistrictGovernment: true,
    Charter: new CharterClauses(true, true, true, true), ReviewCommitteeMembers: 7, PublicNoticeDays: 7,
    Decisions: new[] { new DepartureDecision("guide.managerFeeRate", "区政府常务会议纪要〔2018〕5号") }));
Console.WriteLine($"\n{report.Subject}: {report.Verdict} — {report.Violations} violation(s), {report.Departures} departure(s) awaiting a decision, {report.ApprovedDepartures} approved");
foreach (var f in report.Findings.Where(f => f.Status != FindingStatus.Met))
{
    Console.WriteLine($"  [{f.Severity}{(f.ApprovedBy is null ? "" : ", approved by " + f.ApprovedBy)}] {f.Code}: {f.Requirement} — {f.Message} ({f.Citation})");
}

// F6 and F7: carried interest and a year-end distribution.
var carry = guide.Carry(new CarryAward(100_000_000m, 160_000_000m, ApprovedOn: new LocalDate(2018, 5, 20), AlreadyAwarded: 12_000_000m), new LocalDate(2018, 6, 1));
Console.WriteLine($"\nCarry cap on 160M proceeds from 100M: {carry.MaximumCarry:#,0.00}; 12M already awarded, so at most {carry.MaxAwardNow:#,0.00} now");

// F-c: the guide fund pays in ahead of the others — compliant on subscriptions, not on paid-in amounts after the second call.
var calls = guide.CheckCapitalCalls(new CapitalCallHistory("参股基金", new LocalDate(2019, 1, 1), 25_000_000m,
    new[] { new Contributor("甲", 30_000_000m), new Contributor("乙", 25_000_000m), new Contributor("丙", 20_000_000m) },
    new[]
    {
        new CapitalCall(new LocalDate(2018, 3, 1), 10_000_000m, new[] { new Payment("甲", 15_000_000m), new Payment("乙", 10_000_000m), new Payment("丙", 5_000_000m) }),
        new CapitalCall(new LocalDate(2018, 6, 1), 5_000_000m, new[] { new Payment("乙", 5_000_000m) }),
    }));
foreach (var f in calls.Findings.Where(f => f.IsBreached))
{
    Console.WriteLine($"  {f.Code}: {f.Message}");
}
var split = development.DistributeYearEnd(new YearEndDistribution(2018, 1_000_000m,
    new[] { new PartnerStake("区国投中心", 1m, IsDistrictCentre: true), new PartnerStake("社会资本甲", 1m), new PartnerStake("社会资本乙", 1m) }));
Console.WriteLine("Year-end distribution of 1,000,000.00: " + string.Join(" / ", split.Shares.Select(s => s.Amount.ToString("#,0.00"))));

static void Print(string title, FeeCapResult r)
{
    Console.WriteLine($"\n{title}: cap {r.Cap:#,0.00}");
    foreach (var line in r.Lines)
    {
        Console.WriteLine($"  {line.Subject}: {line.Arithmetic}");
    }

    foreach (var f in r.Findings)
    {
        Console.WriteLine($"  {f.Code}: {(f.Status == FindingStatus.Breached ? "breached — a " + f.Severity : f.Status.ToString())} — {f.Message}");
    }
}
