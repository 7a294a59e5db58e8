using BenchmarkDotNet.Attributes;
using Haidian.Rules.WasteSorting;
using NodaTime;

namespace Haidian.Rules.Benchmarks;

/// <summary>WasteSorting's main call: <c>Calculate</c> on the docs example (one estate-month, four weighing tickets).</summary>
[MemoryDiagnoser]
public class WasteSortingMonth
{
    private readonly WasteSortingCalculator calculator = new();
    private EstateMonth estate = null!;

    [GlobalSetup]
    public void Setup() => estate = new EstateMonth("万寿路甲15号院", "华清物业", OperatorKind.PropertyCompany, SiteKind.ResidentialEstate,
        Accepted: true, new YearMonth(2018, 3), new[]
        {
            new WeighingTicket("HW-0301", new LocalDate(2018, 3, 3), 12.345m, WasteStream.Kitchen),
            new WeighingTicket("HW-0302", new LocalDate(2018, 3, 12), 10.5m, WasteStream.Kitchen),
            new WeighingTicket("HW-0303", new LocalDate(2018, 3, 28), 7.155m, WasteStream.Kitchen),
            new WeighingTicket("HO-0301", new LocalDate(2018, 3, 31), 600m, WasteStream.Other),
        });

    [Benchmark]
    public decimal Calculate() => calculator.Calculate(estate).Payable;
}
