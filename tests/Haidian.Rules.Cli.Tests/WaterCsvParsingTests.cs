using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Haidian.Rules.Cli.Water;
using NodaTime;
using NodaTime.Text;

namespace Haidian.Rules.Cli.Tests;

/// <summary>
/// The monitoring reader parses numbers and months from the row's spans (issue 16: no string per field); each fast
/// reading must be exactly what the runtime's and NodaTime's parsers give — the same decimal bits (value, scale, sign),
/// the same month, the same acceptance — on what laboratories write and on everything else.
/// </summary>
public sealed class WaterCsvParsingTests
{
    private static readonly char[] Alphabet = "0123456789..-+ eE,x\u0660".ToCharArray();

    /// <summary>Cell texts: laboratory numbers (digits, one point, trailing zeros, up to 25 digits) and hostile mixes.</summary>
    public static Arbitrary<string> Cells() => Arb.From(Gen.OneOf(
        from whole in Gen.Choose(0, 25)
        from frac in Gen.Choose(0, 25)
        from point in Gen.Elements(true, true, false)
        from digits in Gen.ArrayOf(Gen.Choose(0, 9), whole + frac)
        select Join(digits.Take(whole)) + (point ? "." : string.Empty) + Join(digits.Skip(whole)),
        from chars in Gen.ArrayOf(Gen.Elements(Alphabet))
        select new string(chars),
        from y in Gen.Choose(0, 10_000)
        from m in Gen.Choose(0, 13)
        from sep in Gen.Elements("-", "-", "/", "")
        select y.ToString("0000", CultureInfo.InvariantCulture) + sep + m.ToString("00", CultureInfo.InvariantCulture)));

    // Property: the span reading of a number is decimal.TryParse's (AllowDecimalPoint | AllowLeadingSign, invariant):
    // same acceptance and, when accepted, the same four 32-bit words (so 3.200 keeps its scale 3 and −0 its sign).
    [Property(Arbitrary = new[] { typeof(WaterCsvParsingTests) }, MaxTest = 20_000)]
    public bool TryDecimal_IsTheRuntimesParse(string cell)
    {
        var expectedOk = decimal.TryParse(cell, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var expected);
        var ok = WaterCsv.TryDecimal(cell.AsSpan(), out var got);
        return ok == expectedOk && (!ok || decimal.GetBits(got).SequenceEqual(decimal.GetBits(expected)));
    }

    // Property: a month read without NodaTime is the ISO pattern's month; what the fast reading declines, the caller
    // hands to the pattern, so it may decline only what the pattern would also have to judge.
    [Property(Arbitrary = new[] { typeof(WaterCsvParsingTests) }, MaxTest = 20_000)]
    public bool TryMonth_AgreesWithTheIsoPattern(string cell)
    {
        var parsed = YearMonthPattern.Iso.Parse(cell);
        if (WaterCsv.TryMonth(cell.AsSpan(), out var month))
        {
            return parsed.Success && parsed.Value == month;
        }

        // Declined: either the pattern rejects it too, or it is outside the fast reading's plain yyyy-MM with year 0001–9999.
        return !parsed.Success || !(cell.Length == 7 && cell[4] == '-' && parsed.Value.Year >= 1);
    }

    [Theory]
    [InlineData("3.2")]                      // as laboratories write it
    [InlineData("3.200")]                    // trailing zeros keep the scale
    [InlineData("0")]
    [InlineData("0.000")]                    // zero with a scale
    [InlineData("-0")]                       // the runtime's parser decides the sign bit of −0
    [InlineData("+1.5")]                     // signs go to the runtime's parser
    [InlineData("999999999999999999")]       // 18 digits: the fast reading's largest
    [InlineData("9999999999999999999")]      // 19 digits: the runtime's parser
    [InlineData("0.0000000000000000000000000001")] // scale 28
    [InlineData("0.00000000000000000000000000001")] // scale 29: the runtime rounds it
    [InlineData(".5")]                       // no digit before the point: the runtime's parser
    [InlineData("5.")]                       // no digit after the point: the runtime's parser
    [InlineData("1.2.3")]                    // two points: rejected by both
    [InlineData("1e3")]                      // exponent: rejected by both (no AllowExponent)
    [InlineData("١")]                        // Arabic-Indic digit: rejected by both
    public void TryDecimal_Edges_AreTheRuntimesParse(string cell) => Assert.True(TryDecimal_IsTheRuntimesParse(cell));

    [Theory]
    [InlineData("2018-03", 2018, 3)]
    [InlineData("0001-01", 1, 1)]
    [InlineData("9999-12", 9999, 12)]
    public void TryMonth_ReadsPlainMonths(string cell, int year, int month)
    {
        Assert.True(WaterCsv.TryMonth(cell.AsSpan(), out var got));
        Assert.Equal(new YearMonth(year, month), got);
    }

    [Theory]
    [InlineData("2018-13")]
    [InlineData("2018-00")]
    [InlineData("0000-01")]   // year 0: left to the ISO pattern
    [InlineData("2018-3")]
    [InlineData("2018/03")]
    [InlineData("２０１８-03")] // full-width digits
    public void TryMonth_DeclinesEverythingElse(string cell) => Assert.False(WaterCsv.TryMonth(cell.AsSpan(), out _));

    private static string Join(IEnumerable<int> digits) => string.Concat(digits.Select(d => (char)('0' + d)));
}
