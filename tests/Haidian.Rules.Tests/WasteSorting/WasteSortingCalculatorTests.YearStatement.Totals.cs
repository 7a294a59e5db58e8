using Haidian.Rules.WasteSorting;

namespace Haidian.Rules.Tests.WasteSorting;

/// <summary>A year statement's per-estate and per-payee totals: sums over the months (never the largest month), in ordinal name order.</summary>
public sealed partial class WasteSortingCalculatorTests
{
    private static EstateMonth MonthOf(string estate, string op, int month, decimal kitchen, decimal other) =>
        new(estate, op, OperatorKind.PropertyCompany, SiteKind.ResidentialEstate, true, new YearMonth(2018, month), new[]
        {
            new WeighingTicket($"{estate}-{month}-K", new LocalDate(2018, month, 3), kitchen, WasteStream.Kitchen),
            new WeighingTicket($"{estate}-{month}-O", new LocalDate(2018, month, 4), other, WasteStream.Other),
        });

    /// <summary>
    /// Two estates over March and April 2018, given out of order: A小区 (甲物业) is below 5% in both months, B小区 (乙物业)
    /// only in March. Ordinal order: "A小区" before "B小区", "乙物业" (U+4E59) before "甲物业" (U+7532).
    /// </summary>
    private static EstateMonth[] TwoEstatesTwoMonths => new[]
    {
        MonthOf("B小区", "乙物业", 4, 6m, 94m),     // 6% met: 10,200.00
        MonthOf("A小区", "甲物业", 4, 1m, 99m),     // 1% below: 1,700.00
        MonthOf("B小区", "乙物业", 3, 2m, 98m),     // 2% below: 3,400.00
        MonthOf("A小区", "甲物业", 3, 4m, 96m),     // 4% below: 6,800.00
    };

    [Fact]
    public void YearStatement_EstateTotals_AreSumsOverTheMonths_InOrdinalOrder()
    {
        var y = Calculator.YearStatement("万寿路街道", 2018, TwoEstatesTwoMonths);
        Assert.Equal(
            new[]
            {
                new EstateYearTotal("A小区", Months: 2, KitchenTonnes: 5m, OtherTonnes: 195m, Gross: 8_500m, Payable: 8_500m, MonthsBelowBase: 2),
                new EstateYearTotal("B小区", Months: 2, KitchenTonnes: 8m, OtherTonnes: 192m, Gross: 13_600m, Payable: 13_600m, MonthsBelowBase: 1),
            },
            y.Estates);
    }

    [Fact]
    public void YearStatement_PayeeTotals_AreSumsOverTheMonths_InOrdinalOrder()
    {
        var y = Calculator.YearStatement("万寿路街道", 2018, TwoEstatesTwoMonths);
        Assert.Equal(
            new[]
            {
                new PayeeTotal("乙物业", Estates: 2, KitchenTonnes: 8m, Payable: 13_600m),
                new PayeeTotal("甲物业", Estates: 2, KitchenTonnes: 5m, Payable: 8_500m),
            },
            y.Payees);
    }

    [Fact]
    public void YearStatement_Totals_AreSumsOverTheMonths_InMonthOrder()
    {
        var y = Calculator.YearStatement("万寿路街道", 2018, TwoEstatesTwoMonths);
        Assert.Equal("万寿路街道", y.Street);
        Assert.Equal(2018, y.Year);
        Assert.Equal(new[] { new YearMonth(2018, 3), new YearMonth(2018, 4) }, y.Months.Select(m => m.Month));
        Assert.Equal(13m, y.KitchenTonnes);
        Assert.Equal(387m, y.OtherTonnes);
        Assert.Equal(22_100m, y.Gross);
        Assert.Equal(22_100m, y.Payable);
        Assert.Equal(new[] { 10_200m, 11_900m }, y.Months.Select(m => m.Payable));
        Assert.Equal(new[] { 2, 1 }, y.Months.Select(m => m.EstatesBelowBase));
    }
}
