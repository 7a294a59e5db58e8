using FsCheck.Xunit;

namespace Haidian.Rules.Tests.Core;

public sealed partial class MoneyTests
{
    [Fact]
    public void SplitEqually_FiveThousandThreeWays_GivesTheConventionsExample()
    {
        Assert.Equal(new[] { 1_666.67m, 1_666.67m, 1_666.66m }, Money.SplitEqually(5_000m, 3));
    }

    [Fact]
    public void SplitProRata_LargestRemainderFirst_TiesToTheFirstListed()
    {
        // 100.00 by 1:1:1 → 33.33 each + 0.01 to the first listed (equal remainders).
        Assert.Equal(new[] { 33.34m, 33.33m, 33.33m }, Money.SplitProRata(100m, new[] { 1m, 1m, 1m }));
        // 10.00 by 1:2:3 → exact 1.666…, 3.333…, 5.0 → truncated 1.66, 3.33, 5.00; the fen goes to the largest remainder (share 0).
        Assert.Equal(new[] { 1.67m, 3.33m, 5.00m }, Money.SplitProRata(10m, new[] { 1m, 2m, 3m }));
    }

    [Property(MaxTest = 1000)]
    public bool SplitProRata_ConservesTheTotal(uint fen, uint[] rawWeights)
    {
        var weights = (rawWeights ?? Array.Empty<uint>()).Take(8).Select(w => (decimal)(w % 1000)).ToArray();
        if (weights.Length == 0 || weights.Sum() == 0m)
        {
            return true;
        }

        var total = fen / 100m;
        var shares = Money.SplitProRata(total, weights);
        return shares.Sum() == total && shares.All(Money.IsWholeFen) && shares.All(s => s >= 0m)
            && shares.Zip(weights, (s, w) => w == 0m ? s == 0m : true).All(ok => ok);
    }

    [Fact]
    public void Split_BadInput_ReportsEveryProblem()
    {
        var ex = Assert.Throws<ValidationException>(() => Money.SplitProRata(1.005m, new[] { -1m, 0m }));
        Assert.Equal(new[] { "total", "weights[0]" }, ex.Errors.Select(e => e.Path));
        Assert.Equal("shares", Assert.Single(Assert.Throws<ValidationException>(() => Money.SplitEqually(1m, 0)).Errors).Path);
    }

    [Theory]
    [InlineData("0.125", "0.13")]   // 四舍五入: half away from zero
    [InlineData("0.135", "0.14")]
    [InlineData("2.5049", "2.50")]
    public void RoundToFen_RoundsHalfAwayFromZero(string amount, string expected)
    {
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Money.RoundToFen(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)));
    }
}

public sealed class CitationTests
{
    [Theory]
    [InlineData("海行规发[2017]7 号", "海行规发〔2017〕7号")]
    [InlineData("海政办发（2017）34号", "海政办发〔2017〕34号")]
    [InlineData("海行规发〔2017〕7号", "海行规发〔2017〕7号")]
    public void NormaliseDocumentNumber_FullWidthBracketsNoOcrSpaces(string printed, string expected)
    {
        Assert.Equal(expected, Citation.NormaliseDocumentNumber(printed));
    }

    [Fact]
    public void ToString_ReadsAsAClerkWritesIt()
    {
        var c = new Citation("海行规发〔2017〕7号", "海淀区水环境区域补偿办法（试行）", "第八条（一）");
        Assert.Equal("海行规发〔2017〕7号《海淀区水环境区域补偿办法（试行）》第八条（一）", c.ToString());
        Assert.Equal("第九条", c.WithArticle("第九条").Article);
    }
}

public sealed class BandTableTests
{
    private static Band<string> B(decimal lo, bool loIn, decimal hi, bool hiIn, string v) => new(lo, loIn, hi, hiIn, v);

    [Fact]
    public void Create_GapOverlapAndUncoveredDomain_AreEachNamedByRow()
    {
        var ex = Assert.Throws<ValidationException>(() => BandTable<string>.Create("grades", new[]
        {
            B(0m, true, 60m, false, "差"),
            B(60m, true, 90m, true, "合格"),    // overlaps the next row at 90
            B(90m, true, 95m, true, "优秀"),    // leaves a gap to 96
            B(96m, true, 99m, true, "满分"),    // does not reach 100
        }, 0m, 100m));
        Assert.Equal(new[] { "grades[3]", "grades[2]", "grades[3]" }, ex.Errors.Select(e => e.Path));
        Assert.Contains("must end at 100", ex.Errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("overlaps row 1", ex.Errors[1].Message, StringComparison.Ordinal);
        Assert.Contains("gap after row 2", ex.Errors[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_EmptyRowWithoutReason_IsUnreachable()
    {
        var ex = Assert.Throws<ValidationException>(() => BandTable<string>.Create("t", new[]
        {
            B(0m, true, 10m, true, "a"),
            B(10m, false, 10m, true, "b"),
            B(10m, false, 20m, true, "c"),
        }, 0m, 20m));
        Assert.Contains("no value can reach 'b'", Assert.Single(ex.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_HonoursInclusiveEnds()
    {
        var t = BandTable<string>.Create("t", new[] { B(0m, true, 60m, false, "差"), B(60m, true, 90m, false, "合格"), B(90m, true, 100m, true, "优秀") }, 0m, 100m);
        Assert.Equal("合格", t.Find(60m).Value);
        Assert.Equal("优秀", t.Find(90m).Value);
        Assert.Equal("差", t.Find(59.99m).Value);
        Assert.Throws<ValidationException>(() => t.Find(100.01m));
    }
}

public sealed class MoneyBoundsTests
{
    [Fact]
    public void SplitProRata_HugeTotalAndWeights_AreValidationErrorsNotOverflows()
    {
        var ex = Assert.Throws<ValidationException>(() => Money.SplitProRata(decimal.MaxValue, new[] { decimal.MaxValue, decimal.MaxValue }));
        Assert.Equal(new[] { "total", "weights" }, ex.Errors.Select(e => e.Path));
        Assert.Equal("total", Assert.Single(Assert.Throws<ValidationException>(() => Money.SplitEqually(decimal.MaxValue, 3)).Errors).Path);
    }

    [Fact]
    public void SplitProRata_AHundredTrillionByTrillionWeights_IsExactAndConserves()
    {
        var shares = Money.SplitProRata(100_000_000_000_000m, new[] { 1_000_000_000_000m, 999_999_999_999m, 1m });
        Assert.Equal(100_000_000_000_000m, shares.Sum());
        Assert.Equal(100_000_000_000_000m, Money.SplitEqually(100_000_000_000_000m, 7).Sum());
    }
}
