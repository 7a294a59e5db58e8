using System.Numerics;
using Haidian.Rules.WasteSorting;

namespace Haidian.Rules.Tests.WasteSorting;

/// <summary>The exact arithmetic behind spec 07 K-a: decimals read exactly, fractions reduced, text and rounding up exact.</summary>
public sealed class ExactQuotientTests
{
    [Theory]
    [InlineData("0", "0")]
    [InlineData("25.000", "25")]                         // why: trailing zeros of the decimal are not part of the value
    [InlineData("0.001", "0.001")]                       // why: leading zeros after the point are kept
    [InlineData("-2.5", "-2.5")]
    [InlineData("-0.05", "-0.05")]
    [InlineData("79228162514264337593543950335", "79228162514264337593543950335")]    // why: all 96 bits of the magnitude set
    [InlineData("7.9228162514264337593543950335", "7.9228162514264337593543950335")]  // why: the largest scale with a full magnitude
    [InlineData("-79228162514264337593543950335", "-79228162514264337593543950335")]
    public void A_decimal_is_read_exactly(string value, string text)
    {
        var d = decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(text, ExactQuotient.Of(d).ToString());
    }

    [Fact]
    public void Fractions_are_reduced_with_a_positive_denominator_and_shown_as_decimals_only_when_they_terminate()
    {
        var q = ExactQuotient.Of(600m) / ExactQuotient.Of(19m);
        Assert.Equal((new BigInteger(600), new BigInteger(19)), (q.Numerator, q.Denominator));
        Assert.Equal("600/19", q.ToString());
        Assert.Equal("5/21", (ExactQuotient.Of(5m) - (ExactQuotient.Of(3000m) / ExactQuotient.Of(630m))).ToString());
        Assert.Equal("-1/3", (ExactQuotient.Of(1m) / ExactQuotient.Of(-3m)).ToString());
        Assert.Equal((new BigInteger(-1), new BigInteger(3)), ((ExactQuotient.Of(1m) / ExactQuotient.Of(-3m)).Numerator, (ExactQuotient.Of(1m) / ExactQuotient.Of(-3m)).Denominator));
        Assert.Equal("0.0625", (ExactQuotient.Of(1m) / ExactQuotient.Of(16m)).ToString());     // why: only 2s in the denominator
        Assert.Equal("0.008", (ExactQuotient.Of(1m) / ExactQuotient.Of(125m)).ToString());     // why: only 5s in the denominator
        Assert.Equal("0.15", (ExactQuotient.Of(3m) / ExactQuotient.Of(20m)).ToString());       // why: 2s and 5s
        Assert.Equal("1.5", (ExactQuotient.Of(9m) / ExactQuotient.Of(6m)).ToString());         // why: reduced to 3/2 first
        Assert.Equal("7/30", (ExactQuotient.Of(7m) / ExactQuotient.Of(30m)).ToString());       // why: a 3 beside the 2 and 5
        Assert.Equal("3", (ExactQuotient.Of(1.5m) + ExactQuotient.Of(1.5m)).ToString());
        Assert.Equal("2.25", (ExactQuotient.Of(1.5m) * ExactQuotient.Of(1.5m)).ToString());
        Assert.Throws<DivideByZeroException>(() => ExactQuotient.Of(1m) / ExactQuotient.Of(0m));
    }

    [Fact]
    public void Rounding_up_to_decimals_is_toward_positive_infinity_and_keeps_exact_values()
    {
        Assert.Equal(31.58m, (ExactQuotient.Of(600m) / ExactQuotient.Of(19m)).CeilingTo(2));
        Assert.Equal(0.24m, (ExactQuotient.Of(5m) / ExactQuotient.Of(21m)).CeilingTo(2));
        Assert.Equal(1.5m, ExactQuotient.Of(1.5m).CeilingTo(2));                                 // why: an exact value stays
        Assert.Equal(0.01m, ExactQuotient.Of(0.0001m).CeilingTo(2));
        Assert.Equal(-0.33m, (ExactQuotient.Of(-1m) / ExactQuotient.Of(3m)).CeilingTo(2));       // why: up is toward +∞
        Assert.Equal(1m, (ExactQuotient.Of(1m) / ExactQuotient.Of(3m)).CeilingTo(0));
        Assert.Equal(0.334m, (ExactQuotient.Of(1m) / ExactQuotient.Of(3m)).CeilingTo(3));
    }
}
