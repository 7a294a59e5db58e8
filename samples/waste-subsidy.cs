#:project ../src/Haidian.Rules/Haidian.Rules.csproj
#:property ImplicitUsings=enable

// Reads a month of weighing tickets (samples/data/waste-tickets.csv) and prints the street's statement:
// each estate's kitchen tonnes, separation rate, base finding and subsidy (1,700 yuan per tonne, 海政办发〔2017〕46号 二（二）3),
// then the transfers to make per payee. Run from the repository root: dotnet run samples/waste-subsidy.cs [path] [street] [yyyy-MM]
using System.Globalization;
using Haidian.Rules;
using Haidian.Rules.WasteSorting;
using NodaTime;
using NodaTime.Text;

var path = args.Length > 0 ? args[0] : Path.Combine("samples", "data", "waste-tickets.csv");
var street = args.Length > 1 ? args[1] : "万寿路街道";
var month = args.Length > 2 ? YearMonthPattern.Iso.Parse(args[2]).Value : new YearMonth(2018, 3);

// A tiny CSV reader: the sample file has no quoted fields; '#' starts a comment line.
var rows = File.ReadAllLines(path)
    .Select((line, i) => (Line: i + 1, Text: line.Trim()))
    .Where(r => r.Text.Length > 0 && !r.Text.StartsWith('#'))
    .Select(r => (r.Line, Cells: r.Text.Split(',')))
    .ToList();
var bad = rows.Where(r => r.Cells.Length != 10).Select(r => $"line {r.Line}: expected 10 columns, found {r.Cells.Length}").ToList();
if (bad.Count > 0)
{
    bad.ForEach(Console.Error.WriteLine);
    return 1;
}

var estates = rows
    .GroupBy(r => r.Cells[0])
    .Select(g =>
    {
        var c = g.First().Cells;
        var tickets = g.Select(r => new WeighingTicket(
            r.Cells[6],
            LocalDatePattern.Iso.Parse(r.Cells[7]).GetValueOrThrow(),
            decimal.Parse(r.Cells[8], NumberStyles.Number, CultureInfo.InvariantCulture),
            Enum.Parse<WasteStream>(r.Cells[9]))).ToArray();
        decimal? baseTonnes = c[4].Length == 0 ? null : decimal.Parse(c[4], CultureInfo.InvariantCulture);
        return new EstateMonth(c[0], c[1], Enum.Parse<OperatorKind>(c[2]), SiteKind.ResidentialEstate, bool.Parse(c[3]), month, tickets,
            new ServiceAgreement(baseTonnes, bool.Parse(c[5])));
    })
    .ToArray();

try
{
    var statement = new WasteSortingCalculator().Statement(street, month, estates);
    Console.WriteLine($"{statement.Street} — kitchen-waste subsidy {statement.Month:yyyy-MM} (海政办发〔2017〕46号 二（二）3)");
    Console.WriteLine();
    Console.WriteLine($"{"estate",-12} {"kitchen t",10} {"other t",10} {"rate",7} {"payable",12}  status / base finding");
    foreach (var e in statement.Estates)
    {
        var rate = e.Base.SeparationRatePercent is { } r ? r.ToString("0.00", CultureInfo.InvariantCulture) + "%" : "—";
        Console.WriteLine($"{e.Estate,-12} {e.KitchenTonnes,10:N3} {e.OtherTonnes,10:N3} {rate,7} {e.Payable,12:N2}  {e.Status}; {e.Base.Text}");
    }

    Console.WriteLine();
    Console.WriteLine($"Gross {statement.Gross:N2} = payable {statement.Payable:N2} + withheld below base {statement.WithheldBelowBase:N2} + not accepted {statement.NotAccepted:N2} + flagged {statement.Flagged:N2}");
    Console.WriteLine();
    Console.WriteLine("Transfers:");
    foreach (var p in statement.Payees)
    {
        Console.WriteLine($"  {p.Operator,-10} {p.Estates} estate(s), {p.KitchenTonnes:N3} t kitchen waste: {p.Payable:N2} yuan");
    }

    Console.WriteLine();
    Console.WriteLine($"Parameters {statement.Provenance.ParametersVersion} (in force {statement.Provenance.ParametersInForceFrom:yyyy-MM-dd}), Haidian.Rules {statement.Provenance.PackageVersion}");
    return 0;
}
catch (ValidationException ex)
{
    foreach (var e in ex.Errors)
    {
        Console.Error.WriteLine(e);
    }

    return 1;
}
