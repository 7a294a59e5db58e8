using Haidian.Rules.WasteSorting;

namespace Haidian.Rules.Tests.WasteSorting;

/// <summary>Street/town and year statements: totals equal the sums of their parts.</summary>
public sealed partial class WasteSortingCalculatorTests
{
    internal static EstateMonth[] StreetMarch2018 => new[]
    {
        K1,
        Estate("甘家口小区", new[] { Kitchen("G-1", 2, 5m), Other("G-2", 2, 95m) }, op: "京城物业", agreement: new ServiceAgreement(WithholdBelowBase: true)),
        Estate("羊坊店东院", new[] { Kitchen("Y-1", 6, 2.5m), Other("Y-2", 6, 97.5m) }, op: "京城物业", agreement: new ServiceAgreement(WithholdBelowBase: true)),
        Estate("老旧小区三号", new[] { Kitchen("L-1", 9, 1.234m), Other("L-2", 9, 10m) }, op: "环洁专业公司", kind: OperatorKind.ProfessionalCompany),
        Estate("待验收小区", new[] { Kitchen("N-1", 10, 3m) }, accepted: false, op: "华清物业"),
        Estate("西北旺村", new[] { Kitchen("V-1", 11, 2m) }, op: "西北旺村委会", site: SiteKind.Village, kind: OperatorKind.VillageCommittee),
        Estate("空置小区", Array.Empty<WeighingTicket>(), op: "京城物业"),
    };

    [Fact]
    public void Statement_AddsItsEstates_AndSplitsWhatIsHeld()
    {
        var s = Calculator.Statement("万寿路街道", March2018, StreetMarch2018);
        Assert.Equal(7, s.Estates.Count);
        Assert.Equal(51_000m + 8_500m + 0m + 2_097.80m, s.Payable);
        Assert.Equal(4_250m, s.WithheldBelowBase);     // 羊坊店东院: 2.5 ÷ 100 = 2.5% < 5%, opt-in withholding
        Assert.Equal(5_100m, s.NotAccepted);
        Assert.Equal(3_400m, s.Flagged);
        Assert.Equal(s.Estates.Sum(e => e.Gross), s.Gross);
        Assert.Equal(s.Gross, s.Payable + s.WithheldBelowBase + s.NotAccepted + s.Flagged);
        Assert.Equal(s.Estates.Sum(e => e.KitchenTonnes), s.KitchenTonnes);
        Assert.Equal(s.Estates.Sum(e => e.OtherTonnes), s.OtherTonnes);
        Assert.Equal(s.Payable, s.Payees.Sum(p => p.Payable));
        Assert.Equal(new[] { "京城物业", "环洁专业公司", "华清物业", "西北旺村委会" }.OrderBy(x => x, StringComparer.Ordinal), s.Payees.Select(p => p.Operator));
        Assert.Equal(1, s.EstatesBelowBase);   // only 羊坊店东院; 空置小区 weighed nothing (not assessable)
        Assert.Equal(BaseVerdict.NotAssessable, s.Estates[6].Base.Verdict);
    }

    [Fact]
    public void YearStatement_AddsItsMonths()
    {
        var march = StreetMarch2018;
        var april = march.Select(e => e with
        {
            Month = new YearMonth(2018, 4),
            Tickets = e.Tickets.Select(t => t with { Number = t.Number + "-APR", Date = new LocalDate(2018, 4, t.Date.Day > 30 ? 30 : t.Date.Day) }).ToArray(),
        }).Take(4).ToArray();
        var y = Calculator.YearStatement("万寿路街道", 2018, april.Concat(march));
        Assert.Equal(new[] { new YearMonth(2018, 3), new YearMonth(2018, 4) }, y.Months.Select(m => m.Month));
        Assert.Equal(y.Months.Sum(m => m.Payable), y.Payable);
        Assert.Equal(y.Months.Sum(m => m.Gross), y.Gross);
        Assert.Equal(y.Months.Sum(m => m.KitchenTonnes), y.KitchenTonnes);
        Assert.Equal(y.Payable, y.Estates.Sum(e => e.Payable));
        Assert.Equal(y.Payable, y.Payees.Sum(p => p.Payable));
        Assert.Equal(2, y.Estates.Single(e => e.Estate == "万寿路甲15号院").Months);
        Assert.Equal(102_000m, y.Estates.Single(e => e.Estate == "万寿路甲15号院").Payable);
        Assert.Single(y.Provenance);
        Assert.Equal(Calculator.Statement("万寿路街道", March2018, march), y.Months[0], StatementComparer.Instance);
    }

    private sealed class StatementComparer : IEqualityComparer<StreetMonthStatement>
    {
        public static readonly StatementComparer Instance = new();

        public bool Equals(StreetMonthStatement? x, StreetMonthStatement? y) =>
            x is not null && y is not null && HaidianJson.Serialize(x) == HaidianJson.Serialize(y);

        public int GetHashCode(StreetMonthStatement obj) => 0;
    }
}
