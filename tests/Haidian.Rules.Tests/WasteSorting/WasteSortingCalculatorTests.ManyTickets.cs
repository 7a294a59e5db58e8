using Haidian.Rules.WasteSorting;

namespace Haidian.Rules.Tests.WasteSorting;

/// <summary>
/// Months with many weighing tickets: the arithmetic writes out at most <see cref="WasteSortingCalculator.ListedTickets"/>
/// kitchen tickets and then gives the count, while the totals still count every ticket; errors deep in a long month keep
/// their exact paths.
/// </summary>
public sealed partial class WasteSortingCalculatorTests
{
    private static WeighingTicket[] KitchenTickets(int count, string prefix = "M-") =>
        Enumerable.Range(0, count).Select(i => Kitchen(prefix + i, (i % 31) + 1, 1.001m)).ToArray();

    [Fact]
    public void Calculate_ExactlyTheListedNumberOfKitchenTickets_WritesEachOneOut()
    {
        var r = Calculator.Calculate(Estate("长街小区", KitchenTickets(WasteSortingCalculator.ListedTickets)));
        var terms = string.Join(" + ", Enumerable.Repeat("1.001", WasteSortingCalculator.ListedTickets));
        Assert.Equal($"1,700.00 × ({terms}) = 1,700.00 × 100.100 = 170,170.00", r.Lines[0].Arithmetic);
        Assert.Equal(170_170m, r.Payable);
    }

    [Fact]
    public void Calculate_OneKitchenTicketMoreThanListed_WritesTheFirstOnesAndTheCount_AndCountsEveryTicket()
    {
        var tickets = KitchenTickets(WasteSortingCalculator.ListedTickets + 1).Append(Other("O-1", 5, 2m)).ToArray();
        var r = Calculator.Calculate(Estate("长街小区", tickets));
        var terms = string.Join(" + ", Enumerable.Repeat("1.001", WasteSortingCalculator.ListedTickets));
        Assert.Equal($"1,700.00 × ({terms} + … (101 kitchen tickets in all)) = 1,700.00 × 101.101 = 171,871.70", r.Lines[0].Arithmetic);
        Assert.Equal("长街小区 2018-03: kitchen waste 厨余垃圾 101.101 t on 101 tickets (other waste 2.000 t on 1 ticket)", r.Lines[0].Subject);
        Assert.Equal(102, r.TicketCount);
        Assert.Equal(101.101m, r.KitchenTonnes);
        Assert.Equal(2m, r.OtherTonnes);
        Assert.Equal(171_871.70m, r.Payable);
    }

    [Fact]
    public void Calculate_ProblemsDeepInALongMonth_KeepTheirExactPaths()
    {
        var tickets = KitchenTickets(5_000);
        tickets[4_321] = tickets[4_321] with { Tonnes = 1_000.001m };
        tickets[4_999] = tickets[4_999] with { Number = " M-17 " };
        var ex = Assert.Throws<ValidationException>(() => Calculator.Calculate(Estate("长街小区", tickets)));
        Assert.Equal(
            new[]
            {
                "tickets[4321].tonnes: must not exceed 1000 t (got 1000.001)",
                "tickets[4999].number: ticket number 'M-17' is already used by tickets[17]: a ticket is counted once",
            },
            ex.Errors.Select(e => e.Path + ": " + e.Message));
    }

    [Fact]
    public void Statement_DuplicateTicketInAnotherEstate_NamesTheEarlierTicketWithItsEstate()
    {
        var a = Estate("甲小区", KitchenTickets(3, "A-"));
        var b = Estate("乙小区", new[] { Kitchen("X", 1, 1m), Kitchen("A-2", 2, 1m) });
        var ex = Assert.Throws<ValidationException>(() => Calculator.Statement("万寿路街道", March2018, new[] { a, b }));
        var error = Assert.Single(ex.Errors);
        Assert.Equal("estates[1].tickets[1].number", error.Path);
        Assert.Equal("ticket number 'A-2' is already used by estates[0].tickets[2]: a ticket is counted once", error.Message);
    }
}
