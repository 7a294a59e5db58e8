using System;
using System.Collections.Generic;

namespace Haidian.Rules;

/// <summary>
/// Money arithmetic in <see cref="decimal"/> yuan (conventions §3): one rounding rule (四舍五入 to the
/// fen) and the conservative split whose shares always add up to the total exactly.
/// Generic core type, not policy-specific: it cites no clause itself.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class Money
{
    /// <summary>One fen (分), 0.01 yuan: the smallest amount paid.</summary>
    public const decimal Fen = 0.01m;

    /// <summary>Yuan in one 万元.</summary>
    public const decimal TenThousand = 10_000m;

    /// <summary>Rounds to the fen with <see cref="MidpointRounding.AwayFromZero"/> (四舍五入).</summary>
    /// <param name="amount">An exact amount in yuan.</param>
    /// <returns>The amount rounded to 0.01.</returns>
    public static decimal RoundToFen(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    /// <summary>Whether an amount is a whole number of fen (no more than two decimals of value).</summary>
    /// <param name="amount">An amount in yuan.</param>
    /// <returns>True when <c>amount × 100</c> is an integer.</returns>
    public static bool IsWholeFen(decimal amount) => decimal.Round(amount, 2) == amount; // no `amount * 100`: it overflows above 7.9e26

    /// <summary>
    /// Splits an amount equally and conservatively: each exact share is truncated to the fen, then the
    /// fen left over go one each to the shares listed first (all remainders are equal). Example: 5,000.00
    /// three ways is 1,666.67 / 1,666.67 / 1,666.66. 第九条（二）「交界街镇平均分摊」 uses this split.
    /// </summary>
    /// <param name="total">A non-negative whole number of fen.</param>
    /// <param name="shares">Number of shares, at least 1.</param>
    /// <returns>The shares, in order; their sum equals <paramref name="total"/>.</returns>
    /// <exception cref="ValidationException">The total is negative or not a whole number of fen, or <paramref name="shares"/> is below 1.</exception>
    public static decimal[] SplitEqually(decimal total, int shares)
    {
        var v = new Validator();
        CheckTotal(v, total);
        if (shares < 1)
        {
            v.Add("shares", ErrorCode.OutOfRange, "must be at least 1");
        }

        v.ThrowIfAny();
        var result = new decimal[shares];
        SplitEquallyUnchecked(total, result);
        return result;
    }

    /// <summary>
    /// Splits an amount in proportion to weights, conservatively (conventions §3): each exact share
    /// <c>total × weight / Σweights</c> is truncated to the fen; the fen left over go one each to the
    /// shares with the largest truncated remainder, ties to the share listed first. The shares add up to
    /// the total exactly.
    /// </summary>
    /// <param name="total">A non-negative whole number of fen.</param>
    /// <param name="weights">Non-negative weights (paid-in capital, contributions…), at least one positive.</param>
    /// <returns>The shares in the order of <paramref name="weights"/>.</returns>
    /// <exception cref="ValidationException">The total or a weight is invalid.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="weights"/> is null.</exception>
    public static decimal[] SplitProRata(decimal total, IReadOnlyList<decimal> weights)
    {
        if (weights is null)
        {
            throw new ArgumentNullException(nameof(weights));
        }

        var v = new Validator();
        CheckTotal(v, total);
        var sum = 0m;
        for (var i = 0; i < weights.Count; i++)
        {
            if (v.NotNegative(Validator.Index("weights", i), weights[i]))
            {
                if (weights[i] > decimal.MaxValue - sum)
                {
                    v.Add("weights", ErrorCode.OutOfRange, "must add up to at most " + Validator.Format(decimal.MaxValue));
                    break;
                }

                sum += weights[i];
            }
        }

        if (weights.Count == 0)
        {
            v.Add("weights", ErrorCode.Required, "must contain at least one weight");
        }
        else if (sum <= 0m && !v.HasErrors)
        {
            v.Add("weights", ErrorCode.Required, "must contain at least one positive weight");
        }

        v.ThrowIfAny();

        var result = new decimal[weights.Count];
        var remainders = new decimal[weights.Count];
        var assigned = 0m;
        for (var i = 0; i < weights.Count; i++)
        {
            // Exact share in fen; decimal keeps 28 significant digits, enough for any amount the gazette names. When
            // total × 100 × weight would leave decimal's range (a total and a weight both near 10^15), the weight's
            // ratio is taken first: the product then stays below total × 100, and the fen left over (or, by a rounding
            // of the ratio, over-assigned) are settled below so the shares still add up to the total exactly.
            var totalFen = total * 100m;
            var exactFen = weights[i] <= 1m || totalFen <= decimal.MaxValue / weights[i] ? totalFen * weights[i] / sum : totalFen * (weights[i] / sum);
            var truncated = decimal.Truncate(exactFen);
            result[i] = truncated / 100m;
            remainders[i] = exactFen - truncated;
            assigned += result[i];
        }

        DistributeLeftoverFen(result, remainders, total - assigned);
        return result;
    }

    /// <summary>Allocation-free equal split into a caller's buffer (fast path); inputs already validated.</summary>
    internal static void SplitEquallyUnchecked(decimal total, Span<decimal> destination)
    {
        var n = destination.Length;
        var totalFen = total * 100m;
        var each = decimal.Truncate(totalFen / n);
        var leftover = totalFen - (each * n);
        for (var i = 0; i < n; i++)
        {
            destination[i] = (i < leftover ? each + 1m : each) / 100m;
        }
    }

    private static void DistributeLeftoverFen(decimal[] shares, decimal[] remainders, decimal leftover)
    {
        var fenLeft = (int)decimal.Round(leftover * 100m);
        var order = new int[shares.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        // Stable: largest remainder first, ties to the share listed first.
        Array.Sort(order, (a, b) =>
        {
            var c = remainders[b].CompareTo(remainders[a]);
            return c != 0 ? c : a.CompareTo(b);
        });
        for (var k = 0; k < fenLeft; k++)
        {
            shares[order[k % order.Length]] += Fen;
        }

        // Over-assigned (only possible on the ratio-first path, by a rounding of the ratio): take the fen back from the
        // smallest remainders, never below zero.
        for (var k = 0; k < -fenLeft; k++)
        {
            for (var j = order.Length - 1; j >= 0; j--)
            {
                if (shares[order[j]] >= Fen)
                {
                    shares[order[j]] -= Fen;
                    remainders[order[j]] = decimal.MaxValue;
                    break;
                }
            }
        }
    }

    private static void CheckTotal(Validator v, decimal total)
    {
        if (v.NotNegative("total", total) && !IsWholeFen(total))
        {
            v.Add("total", ErrorCode.OutOfRange, "must be a whole number of fen (at most two decimals), got " + Validator.Format(total));
        }
        else if (total > decimal.MaxValue / 100m)
        {
            v.Add("total", ErrorCode.OutOfRange, "must not exceed " + Validator.Format(decimal.Truncate(decimal.MaxValue / 100m)) + " (its fen must fit a decimal)");
        }
    }
}
