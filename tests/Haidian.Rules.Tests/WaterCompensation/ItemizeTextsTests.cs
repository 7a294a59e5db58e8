using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Haidian.Rules.WaterCompensation;

namespace Haidian.Rules.Tests.WaterCompensation;

/// <summary>The itemized path's own formatters print exactly what the general .NET formatters print.</summary>
public sealed partial class ItemizeTextsTests
{
    private static Gen<decimal> Decimals =>
        Gen.OneOf(
            from lo in Gen.Choose(int.MinValue, int.MaxValue)
            from mid in Gen.Elements(0, 0, 1, 7, int.MaxValue, -1)
            from hi in Gen.Elements(0, 0, 0, 1)
            from neg in Gen.Elements(false, false, true)
            from scale in Gen.Choose(0, 28)
            select new decimal(lo, mid, hi, neg, (byte)scale),
            from k in Gen.Choose(0, 400)
            from one in Gen.Elements(1m, 1m, 1.0m, 1.00m)
            select k * 5000m * one,
            Gen.Elements(0m, 0.0m, 0.00m, -0m, 0.001m, 1m, 999m, 1000m, 999_999m, 1_000_000m, 30_000.00m, 15_000.50m, 52.0m, 0.35m, 3.20m, 0.000000001m, 1_000_000m, decimal.MaxValue, decimal.MinValue));

    [Property(MaxTest = 2000)]
    public Property Amount_PrintsAsTheGroupedFormat() =>
        Prop.ForAll(Decimals.ToArbitrary(), d => ItemizeTexts.Amount(d) == d.ToString("#,##0.##", CultureInfo.InvariantCulture));

    [Property(MaxTest = 2000)]
    public Property Conc_PrintsAsInvariantToString() =>
        Prop.ForAll(Decimals.ToArbitrary(), d => ItemizeTexts.Conc(d) == d.ToString(CultureInfo.InvariantCulture));

    [Property(MaxTest = 300)]
    public Property Month_PrintsAsNodaTimePattern() =>
        Prop.ForAll(Gen.Choose(1, 9999).ToArbitrary(), Gen.Choose(1, 12).ToArbitrary(), (y, m) =>
            ItemizeTexts.Month(new YearMonth(y, m)) == new YearMonth(y, m).ToString("yyyy-MM", CultureInfo.InvariantCulture));

    [Fact]
    public void Amount_CommonAndEdgeValues()
    {
        Assert.Equal("30,000", ItemizeTexts.Amount(30_000.00m));
        Assert.Equal("1,230,000", ItemizeTexts.Amount(1_230_000m));
        Assert.Equal("0", ItemizeTexts.Amount(0.00m));
        Assert.Equal("15,000.5", ItemizeTexts.Amount(15_000.50m));
        Assert.Equal("0.000000001", ItemizeTexts.Conc(0.000000001m));
        Assert.Equal("3.20", ItemizeTexts.Conc(3.20m));
    }
}
