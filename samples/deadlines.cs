#:project ../src/Haidian.Rules/Haidian.Rules.csproj
#:property ImplicitUsings=enable

// Statutory periods and working days (spec 06): the 2017 expropriation appeal deadlines, and a smart-Haidian
// project timeline on the official PRC working-day calendar. Run: dotnet run samples/deadlines.cs
using Haidian.Rules.Deadlines;
using NodaTime;

var calc = new DeadlineCalculator();                 // official calendar 2017–2026, gazette parameters
var rules = DeadlineParameters.Gazette2017;

Console.WriteLine("== 海政发〔2017〕23号 魏公村小区项目房屋征收决定, published 2017-07-05 ==");
var published = new LocalDate(2017, 7, 5);
Console.WriteLine(calc.Calculate(rules.ExpropriationReconsideration, published).Explain());
Console.WriteLine();
Console.WriteLine(calc.Calculate(rules.ExpropriationLawsuit, published).Explain());
Console.WriteLine();

Console.WriteLine("== smart-Haidian project timeline (海政发〔2017〕21号) ==");
var enteredPool = new LocalDate(2018, 9, 20);
var design = calc.Calculate(rules.SmartHaidianPreliminaryDesign, enteredPool);
Print("entered the reserve pool", enteredPool);
Print("preliminary design plan due (45 working days)", design.LastDay, design);
var contractSigned = new LocalDate(2019, 1, 28);
var filing = calc.Calculate(rules.SmartHaidianContractFiling, contractSigned);
Print("contracts signed", contractSigned);
Print("last day to file the contracts (7 working days)", filing.LastDay, filing);
var conditionsMet = new LocalDate(2019, 9, 25);
var preliminary = calc.Calculate(rules.SmartHaidianPreliminaryAcceptance, conditionsMet);
Print("acceptance conditions met", conditionsMet);
Print("preliminary acceptance due (15 working days)", preliminary.LastDay, preliminary);
var trial = calc.Calculate(rules.SmartHaidianTrialOperation, preliminary.LastDay);
Print("trial operation complete at the earliest (60 days)", trial.LastDay, trial);
var final = calc.Calculate(rules.SmartHaidianFinalAcceptance, trial.LastDay);
Print("final acceptance due (20 working days)", final.LastDay, final);
var warranty = calc.Calculate(rules.SmartHaidianWarranty, final.LastDay);
Print("warranty runs at least until (2 years)", warranty.LastDay, warranty);
Console.WriteLine();
Console.WriteLine(filing.Explain());

static void Print(string what, LocalDate date, DeadlineResult? result = null)
{
    var holidays = result is null ? "" : string.Join("", result.HolidayDays.Where(h => h.Kind == DayKind.DayOff).Select(h => h.Holiday).Distinct().Select(h => " [skips " + h + "]"));
    Console.WriteLine($"  {date:yyyy-MM-dd} {date.DayOfWeek,-9} {what}{holidays}");
}
