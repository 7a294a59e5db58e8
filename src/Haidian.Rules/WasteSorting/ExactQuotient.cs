using System;
using System.Globalization;
using System.Numerics;

namespace Haidian.Rules.WasteSorting;

/// <summary>
/// An exact rational number (spec 07 K-a): numerator and denominator as integers, always reduced, denominator positive.
/// The base shortfalls are computed with it so that the exact figure is never a rounded decimal and the display figure is
/// the exact one rounded up. Never a double.
/// </summary>
internal readonly struct ExactQuotient
{
    private static readonly BigInteger Two = new(2);
    private static readonly BigInteger Five = new(5);
    private static readonly BigInteger Ten = new(10);

    private ExactQuotient(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.Sign < 0)
        {
            numerator = -numerator;
            denominator = -denominator;
        }

        var gcd = BigInteger.GreatestCommonDivisor(numerator, denominator);
        Numerator = numerator / gcd;
        Denominator = denominator / gcd;
    }

    public BigInteger Numerator { get; }

    public BigInteger Denominator { get; }

    /// <summary>The exact value of a decimal: its 96-bit integer over 10^scale.</summary>
    public static ExactQuotient Of(decimal value)
    {
        var bits = decimal.GetBits(value);
        // The three low ints are the 96-bit magnitude's words, unsigned (the build checks arithmetic overflow, so the casts say unchecked).
        var magnitude = (new BigInteger(unchecked((uint)bits[2])) << 64) | (new BigInteger(unchecked((uint)bits[1])) << 32) | new BigInteger(unchecked((uint)bits[0]));
        var scale = (bits[3] >> 16) & 0xFF;
        return new ExactQuotient(bits[3] < 0 ? -magnitude : magnitude, BigInteger.Pow(Ten, scale));
    }

    public static ExactQuotient operator +(ExactQuotient a, ExactQuotient b) =>
        new((a.Numerator * b.Denominator) + (b.Numerator * a.Denominator), a.Denominator * b.Denominator);

    public static ExactQuotient operator -(ExactQuotient a, ExactQuotient b) =>
        new((a.Numerator * b.Denominator) - (b.Numerator * a.Denominator), a.Denominator * b.Denominator);

    public static ExactQuotient operator *(ExactQuotient a, ExactQuotient b) =>
        new(a.Numerator * b.Numerator, a.Denominator * b.Denominator);

    /// <exception cref="DivideByZeroException"><paramref name="b"/> is zero (the callers never divide by zero).</exception>
    public static ExactQuotient operator /(ExactQuotient a, ExactQuotient b) =>
        b.Numerator.IsZero ? throw new DivideByZeroException() : new ExactQuotient(a.Numerator * b.Denominator, a.Denominator * b.Numerator);

    /// <summary>The value rounded up (toward +∞) to <paramref name="decimals"/> decimals, as a decimal.</summary>
    public decimal CeilingTo(int decimals)
    {
        var scaled = Numerator * BigInteger.Pow(Ten, decimals);
        var quotient = BigInteger.DivRem(scaled, Denominator, out var remainder);
        if (remainder.Sign > 0)
        {
            quotient += BigInteger.One;
        }

        var scale = 1m;
        for (var i = 0; i < decimals; i++)
        {
            scale *= 10m;
        }

        return (decimal)quotient / scale;
    }

    /// <summary>
    /// The exact value as text: a decimal when it terminates (the reduced denominator has no prime factor but 2 and 5),
    /// e.g. <c>1.5</c> or <c>25</c>, otherwise the reduced fraction <c>numerator/denominator</c>, e.g. <c>600/19</c>.
    /// </summary>
    public override string ToString()
    {
        var rest = Denominator;
        var twos = 0;
        var fives = 0;
        while ((rest % Two).IsZero)
        {
            rest /= Two;
            twos++;
        }

        while ((rest % Five).IsZero)
        {
            rest /= Five;
            fives++;
        }

        if (!rest.IsOne)
        {
            return Numerator.ToString(CultureInfo.InvariantCulture) + "/" + Denominator.ToString(CultureInfo.InvariantCulture);
        }

        var decimals = Math.Max(twos, fives);
        var digits = BigInteger.Abs(Numerator * BigInteger.Pow(Ten, decimals) / Denominator).ToString(CultureInfo.InvariantCulture);
        var sign = Numerator.Sign < 0 ? "-" : string.Empty;
        if (decimals == 0)
        {
            return sign + digits;
        }

        digits = digits.PadLeft(decimals + 1, '0');
        return sign + digits.Substring(0, digits.Length - decimals) + "." + digits.Substring(digits.Length - decimals);
    }
}
