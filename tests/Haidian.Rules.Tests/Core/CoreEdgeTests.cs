namespace Haidian.Rules.Tests.Core;

/// <summary>Boundaries and messages of the money, band-table and citation helpers (found by mutation testing).</summary>
public sealed class MoneyEdgeTests
{
    [Theory]
    [InlineData("0", true)]
    [InlineData("12.34", true)]
    [InlineData("12.340", true)]
    [InlineData("12.345", false)]
    [InlineData("0.001", false)]
    public void IsWholeFen_TrueOnlyForAtMostTwoDecimalsOfValue(string amount, bool expected)
    {
        Assert.Equal(expected, Money.IsWholeFen(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void RoundToFen_NegativeHalfRoundsAwayFromZero()
    {
        Assert.Equal(-0.13m, Money.RoundToFen(-0.125m));
    }

    [Fact]
    public void SplitEqually_ExactAndLeftoverFen()
    {
        Assert.Equal(new[] { 2.50m, 2.50m }, Money.SplitEqually(5m, 2));
        Assert.Equal(new[] { 0.01m, 0.01m, 0.00m, 0.00m }, Money.SplitEqually(0.02m, 4));
        Assert.Equal(new[] { 7.77m }, Money.SplitEqually(7.77m, 1));
        Assert.Equal(new[] { 0m, 0m }, Money.SplitEqually(0m, 2));
    }

    [Fact]
    public void SplitEqually_NegativeOrFractionalFenTotal_IsReportedWithItsMessage()
    {
        var ex = Assert.Throws<ValidationException>(() => Money.SplitEqually(-1m, -2));
        Assert.Equal(new[] { "total: must not be negative (got -1)", "shares: must be at least 1" }, ex.Errors.Select(e => e.ToString()));
        Assert.Equal(
            "total: must be a whole number of fen (at most two decimals), got 1.005",
            Assert.Single(Assert.Throws<ValidationException>(() => Money.SplitEqually(1.005m, 1)).Errors).ToString());
    }

    [Fact]
    public void SplitProRata_LeftoverFenGoToTheLargestRemaindersNotTheFirstListed()
    {
        // 1.00 by 1:1:1:3 → exact 16.67, 16.67, 16.67, 50 fen → truncated 16, 16, 16, 50; 2 fen left go to shares 0 and 1.
        Assert.Equal(new[] { 0.17m, 0.17m, 0.16m, 0.50m }, Money.SplitProRata(1m, new[] { 1m, 1m, 1m, 3m }));
        // 0.05 by 3:1 → exact 3.75, 1.25 fen → 3, 1; 1 fen left goes to share 0 (remainder 0.75 beats 0.25).
        Assert.Equal(new[] { 0.04m, 0.01m }, Money.SplitProRata(0.05m, new[] { 3m, 1m }));
        // 0.05 by 1:3 → exact 1.25, 3.75 fen → the fen goes to the second share, the larger remainder.
        Assert.Equal(new[] { 0.01m, 0.04m }, Money.SplitProRata(0.05m, new[] { 1m, 3m }));
        // A zero weight gets nothing, even when it is listed first.
        Assert.Equal(new[] { 0m, 0.34m, 0.33m, 0.33m }, Money.SplitProRata(1m, new[] { 0m, 1m, 1m, 1m }));
    }

    [Fact]
    public void SplitProRata_ManyEqualRemainders_TheFenGoInListOrder()
    {
        // 0.19 by twenty equal weights: each exact share is 0.95 fen → 0; the 19 fen go to the first 19 listed.
        var shares = Money.SplitProRata(0.19m, Enumerable.Repeat(1m, 20).ToArray());
        Assert.Equal(Enumerable.Repeat(0.01m, 19).Append(0m), shares);
    }

    [Fact]
    public void SplitProRata_NoWeightsOrOnlyZeroWeights_AreReported()
    {
        Assert.Equal(
            "weights: must contain at least one weight",
            Assert.Single(Assert.Throws<ValidationException>(() => Money.SplitProRata(1m, Array.Empty<decimal>())).Errors).ToString());
        Assert.Equal(
            "weights: must contain at least one positive weight",
            Assert.Single(Assert.Throws<ValidationException>(() => Money.SplitProRata(1m, new[] { 0m, 0m })).Errors).ToString());
        // A negative weight is reported on its own; "no positive weight" would only repeat it.
        Assert.Equal(
            "weights[1]: must not be negative (got -2)",
            Assert.Single(Assert.Throws<ValidationException>(() => Money.SplitProRata(1m, new[] { 0m, -2m })).Errors).ToString());
        Assert.Throws<ArgumentNullException>(() => Money.SplitProRata(1m, null!));
    }
}

public sealed class BandEdgeTests
{
    private static Band<string> B(decimal lo, bool loIn, decimal hi, bool hiIn, string v, string? why = null) => new(lo, loIn, hi, hiIn, v, why);

    [Fact]
    public void Band_IsEmptyAndContains_HonourEveryEnd()
    {
        Assert.False(B(1m, true, 1m, true, "a").IsEmpty);
        Assert.True(B(1m, true, 1m, false, "a").IsEmpty);
        Assert.True(B(1m, false, 1m, true, "a").IsEmpty);
        Assert.True(B(2m, true, 1m, true, "a").IsEmpty);
        Assert.False(B(1m, false, 2m, false, "a").IsEmpty);

        var open = B(1m, false, 2m, false, "a");
        Assert.False(open.Contains(1m));
        Assert.True(open.Contains(1.5m));
        Assert.False(open.Contains(2m));
        var closed = B(1m, true, 2m, true, "a");
        Assert.True(closed.Contains(1m));
        Assert.True(closed.Contains(2m));
        Assert.False(closed.Contains(0.99m));
        Assert.False(closed.Contains(2.01m));
    }

    [Fact]
    public void Band_ToString_IsIntervalNotation()
    {
        Assert.Equal("(15, 20] → III", B(15m, false, 20m, true, "III").ToString());
        Assert.Equal("[0, 15) → I", B(0m, true, 15m, false, "I").ToString());
    }

    [Fact]
    public void Check_NoRowsAndNullRow_AreReported()
    {
        Assert.Equal("t: must have at least one row", Assert.Single(BandTable<string>.Check("t", Array.Empty<Band<string>>(), 0m, 1m)).ToString());
        Assert.Equal("t[1]: is required", Assert.Single(BandTable<string>.Check("t", new[] { B(0m, true, 1m, true, "a"), null! }, 0m, 1m)).ToString());
    }

    [Fact]
    public void Check_RowErrors_AreReportedBeforeAndInsteadOfOrderErrors()
    {
        var errors = BandTable<string>.Check("t", new[]
        {
            B(5m, true, 1m, true, "reversed"),
            B(1m, false, 2m, true, "reachable", "said to be unreachable"),
            B(2m, false, 2m, true, "unreachable", "the source gives the same limit"),
        }, 0m, 3m);
        Assert.Equal(
            new[]
            {
                "t[0]: lower end 5 is above upper end 1",
                "t[1]: band (1, 2] → reachable is declared unreachable but values can reach it",
            },
            errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Create_AnExplainedEmptyRow_IsAccepted_AndFindSkipsIt()
    {
        var t = BandTable<string>.Create("t", new[]
        {
            B(0m, true, 1m, true, "I"),
            B(1m, false, 1m, true, "II", "classes I and II share a limit"),
            B(1m, false, 2m, true, "III"),
        }, 0m, 2m);
        Assert.Equal("I", t.Find(1m).Value);
        Assert.Equal("III", t.Find(1.01m).Value);
        Assert.Equal(0m, t.DomainLower);
        Assert.Equal(2m, t.DomainUpper);
        Assert.Equal(3, t.Bands.Count);
    }

    [Fact]
    public void Check_DomainStartAndEnd_MustBeCoveredInclusively()
    {
        var errors = BandTable<string>.Check("t", new[] { B(0m, false, 1m, true, "a"), B(1m, false, 2m, false, "b") }, 0m, 2m);
        Assert.Equal(
            new[] { "t[0]: must start at 0 inclusive, starts at (0, 1] → a", "t[1]: must end at 2 inclusive, ends at (1, 2) → b" },
            errors.Select(e => e.ToString()));
        var shifted = BandTable<string>.Check("t", new[] { B(0.5m, true, 1m, true, "a") }, 0m, 1m);
        Assert.Equal("t[0]: must start at 0 inclusive, starts at [0.5, 1] → a", Assert.Single(shifted).ToString());
    }

    [Fact]
    public void Check_TouchingEnds_OverlapWhenBothInclusive_GapWhenBothExclusive_SoundOtherwise()
    {
        Assert.Empty(BandTable<string>.Check("t", new[] { B(0m, true, 1m, true, "a"), B(1m, false, 2m, true, "b") }, 0m, 2m));
        Assert.Empty(BandTable<string>.Check("t", new[] { B(0m, true, 1m, false, "a"), B(1m, true, 2m, true, "b") }, 0m, 2m));
        Assert.Equal(
            "t[1]: overlaps row 0: [0, 1] → a and [1, 2] → b",
            Assert.Single(BandTable<string>.Check("t", new[] { B(0m, true, 1m, true, "a"), B(1m, true, 2m, true, "b") }, 0m, 2m)).ToString());
        Assert.Equal(
            "t[1]: leaves a gap after row 0: [0, 1) → a then (1, 2] → b",
            Assert.Single(BandTable<string>.Check("t", new[] { B(0m, true, 1m, false, "a"), B(1m, false, 2m, true, "b") }, 0m, 2m)).ToString());
        Assert.Equal(
            "t[1]: overlaps row 0: [0, 1.5] → a and (1, 2] → b",
            Assert.Single(BandTable<string>.Check("t", new[] { B(0m, true, 1.5m, true, "a"), B(1m, false, 2m, true, "b") }, 0m, 2m)).ToString());
    }

    [Fact]
    public void Find_OutsideTheDomain_NamesTheDomain()
    {
        var t = BandTable<string>.Create("t", new[] { B(0m, true, 1m, true, "a") }, 0m, 1m);
        Assert.Equal("value: -0.01 is outside the table's domain [0, 1]", Assert.Single(Assert.Throws<ValidationException>(() => t.Find(-0.01m)).Errors).ToString());
        Assert.Throws<ArgumentNullException>(() => BandTable<string>.Create(null!, new[] { B(0m, true, 1m, true, "a") }, 0m, 1m));
        Assert.Throws<ArgumentNullException>(() => BandTable<string>.Create("t", null!, 0m, 1m));
    }
}

public sealed class CitationEdgeTests
{
    [Fact]
    public void ToString_WithoutTitle_HasNoBookTitleMarks()
    {
        Assert.Equal("GB 3838-2002表1", new Citation("GB 3838-2002", string.Empty, "表1").ToString());
        Assert.Equal("《中华人民共和国森林法》", new Citation(string.Empty, "中华人民共和国森林法", string.Empty).ToString());
    }

    [Fact]
    public void WithArticle_Null_CitesTheWholeDocument()
    {
        Assert.Equal(string.Empty, new Citation("a", "b", "第一条").WithArticle(null!).Article);
    }

    [Fact]
    public void NormaliseDocumentNumber_EveryBracketAndSpaceForm()
    {
        Assert.Equal("海政发〔2017〕1号〔2〕〔3〕", Citation.NormaliseDocumentNumber("海政发　［2017］\t1 号【2】(3)"));
        Assert.Equal("〔〕〔〕〔〕〔〕〔〕", Citation.NormaliseDocumentNumber("[]［］()（）【】"));
        Assert.Throws<ArgumentNullException>(() => Citation.NormaliseDocumentNumber(null!));
    }
}

public sealed class HaidianJsonTests
{
    [Fact]
    public void Deserialize_NullLiteral_IsAValidationErrorAtTheRoot()
    {
        Assert.Equal("$: must not be null", Assert.Single(Assert.Throws<ValidationException>(() => HaidianJson.Deserialize<Citation>("null")).Errors).ToString());
    }

    [Fact]
    public void Deserialize_WrongJson_ReportsEveryProblemWithPathAndCode_OnOneLineEach()
    {
        // Spec 07 C1-C3: the unreadable amount and the four missing fields, all at once, no .NET type name.
        var errors = Assert.Throws<ValidationException>(() => HaidianJson.Deserialize<LineItem>("{\"amount\": \"x\"}")).Errors;
        Assert.Equal(new[] { "amount", "subject", "rule", "arithmetic", "citation" }, errors.Select(e => e.Path));
        Assert.Equal(ErrorCode.InvalidValue, errors[0].Code);
        Assert.Equal("must be a number, got \"x\"", errors[0].Message);
        Assert.All(errors.Skip(1), e => Assert.Equal((ErrorCode.Required, "is required"), (e.Code, e.Message)));
        Assert.All(errors, e => Assert.DoesNotContain("\n", e.Message, StringComparison.Ordinal));
        Assert.Throws<ArgumentNullException>(() => HaidianJson.Deserialize<Citation>(null!));
    }

    [Fact]
    public void Deserialize_ADateTheConverterRejects_NamesTheDatesPathAndFormat()
    {
        // NodaTime's converter rejects month 13: the path and the expected format, not the converter's words.
        var e = Assert.Single(Assert.Throws<ValidationException>(() => HaidianJson.Deserialize<Provenance>(
            "{\"parametersVersion\":\"v\",\"parametersInForceFrom\":\"2017-13-01\",\"packageVersion\":\"1\"}")).Errors);
        Assert.Equal("parametersInForceFrom", e.Path);
        Assert.Equal(ErrorCode.InvalidValue, e.Code);
        Assert.Equal("must be a date as yyyy-MM-dd, got \"2017-13-01\"", e.Message);
    }

    [Fact]
    public void FirstLine_KeepsOnlyTheFirstLineOfAnExceptionMessage()
    {
        Assert.Equal("one", HaidianJson.FirstLine("one  \ntwo"));
        Assert.Equal("one line", HaidianJson.FirstLine("one line"));
        Assert.Equal(string.Empty, HaidianJson.FirstLine("\nsecond"));
    }

    [Fact]
    public void Serialize_IndentedOrCompact_CamelCaseAndUnescapedChinese()
    {
        var c = new Citation("海行规发〔2017〕7号", "办法", "第八条");
        Assert.Equal("{\"documentNumber\":\"海行规发〔2017〕7号\",\"title\":\"办法\",\"article\":\"第八条\"}", HaidianJson.Serialize(c, indented: false));
        Assert.Contains("\n", HaidianJson.Serialize(c), StringComparison.Ordinal);
        Assert.Equal(c, HaidianJson.Deserialize<Citation>(HaidianJson.Serialize(c)));
    }
}
