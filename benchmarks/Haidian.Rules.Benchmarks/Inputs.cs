using System;
using System.Collections.Generic;
using Haidian.Rules.WaterCompensation;
using NodaTime;

namespace Haidian.Rules.Benchmarks;

/// <summary>The two input mixes the benchmarks time, generated deterministically (fixed seeds), all distinct.</summary>
public enum Mix
{
    /// <summary>Most readings meet their targets (about 85 %); a few miss by a class or two, a few are 劣V with surcharges.</summary>
    Realistic,

    /// <summary>Most readings owe money with surcharges (劣V above the surcharge thresholds), both cases.</summary>
    Stress,
}

/// <summary>Generates section-months: values with up to three decimals, as laboratories report them.</summary>
public static class Inputs
{
    public static SectionMonth[] Generate(Mix mix, int count, int seed = 20180301)
    {
        var rng = new Random(seed + (int)mix);
        var items = new SectionMonth[count];
        for (var i = 0; i < count; i++)
        {
            items[i] = One(rng, mix, new YearMonth(2018 + (i % 8), 1 + (i % 12)));
        }

        return items;
    }

    /// <summary>Fills a batch directly (no intermediate array), for the 10^6–10^7 batches.</summary>
    public static SectionMonthBatch Batch(Mix mix, int count, int seed = 20180301)
    {
        var rng = new Random(seed + (int)mix);
        var batch = new SectionMonthBatch(count);
        for (var i = 0; i < count; i++)
        {
            batch.Add(One(rng, mix, new YearMonth(2018 + (i % 8), 1 + (i % 12))));
        }

        return batch;
    }

    /// <summary>
    /// Edge values: exactly at every gazette limit and threshold and 10⁻⁷ either side, plus surcharge step boundaries;
    /// with <paramref name="extraDecimals"/> also 10⁻¹⁰ and 10⁻²⁸ either side and trailing zeros up to scale 28, which the
    /// scaled paths cannot hold and must hand to the exact decimal reference.
    /// </summary>
    public static SectionMonth[] Edges(int count, int seed = 7, bool extraDecimals = false)
    {
        var anchors = new List<decimal> { 0m, 0.01m, 0.02m, 0.025m, 0.05m, 0.1m, 0.15m, 0.2m, 0.3m, 0.4m, 0.5m, 1m, 1.5m, 2m, 3m, 4m, 6m, 10m, 15m, 20m, 30m, 40m, 50m, 60m, 1_000_000m };
        var rng = new Random(seed);
        var items = new SectionMonth[count];
        decimal Pick()
        {
            var a = anchors[rng.Next(anchors.Count)];
            var n = rng.Next(extraDecimals ? 8 : 3) switch
            {
                0 => 0m,
                1 => 0.0000001m,
                2 => -0.0000001m,
                3 => 0.0000000001m,
                4 => -0.0000000001m,
                5 => 0.0000000000000000000000000001m,
                6 => -0.0000000000000000000000000001m,
                _ => 0.0000000000000000000000m, // trailing zeros: the value keeps a scale of 22
            };
            return Math.Min(1_000_000m, Math.Max(0m, a + n));
        }

        for (var i = 0; i < count; i++)
        {
            var fc = (WaterClass)rng.Next(1, 6);
            var has = rng.Next(2) == 0;
            var outflow = new Concentrations(Pick(), Pick(), Pick(), Pick());
            Concentrations? inflow = has ? new Concentrations(Pick(), Pick(), Pick(), Pick()) : null;
            items[i] = new SectionMonth(new YearMonth(2018, 1 + (i % 12)), fc, (WaterClass)rng.Next(1, 6),
                rng.Next(4) == 0 ? WaterBodyType.LakeOrReservoir : WaterBodyType.River, rng.Next(20) == 0, has, outflow, inflow);
        }

        return items;
    }

    private static SectionMonth One(Random rng, Mix mix, YearMonth month)
    {
        var fc = (WaterClass)rng.Next(1, 6);
        var target = rng.Next(4) == 0 ? (WaterClass)Math.Min(5, (int)fc + 1) : fc;
        var lake = rng.Next(6) == 0;
        var dry = rng.Next(40) == 0;
        var has = rng.Next(3) != 0;
        var t = (int)target;

        // Limits of the target class (and of 劣V) per pollutant; a reading is drawn below, just above, or far above.
        decimal Draw(decimal[] limits, decimal surchargeTop)
        {
            var r = rng.NextDouble();
            var meets = mix == Mix.Realistic ? 0.95 : 0.15;
            var mildly = mix == Mix.Realistic ? 0.985 : 0.25;
            decimal lo, hi;
            if (r < meets)
            {
                lo = 0m;
                hi = limits[t - 1];
            }
            else if (r < mildly || t == 5)
            {
                lo = limits[Math.Min(t, 4) - 1];
                hi = limits[4];
            }
            else
            {
                lo = limits[4];
                hi = surchargeTop;
            }

            if (mix == Mix.Stress && r >= mildly)
            {
                lo = limits[4];
                hi = surchargeTop;
            }

            var span = hi - lo;
            return Math.Round(lo + (span * (decimal)rng.NextDouble()), 3);
        }

        decimal[] cod = { 15m, 15m, 20m, 30m, 40m }, mn = { 2m, 4m, 6m, 10m, 15m }, nh = { 0.15m, 0.5m, 1.0m, 1.5m, 2.0m };
        decimal[] tp = lake ? new[] { 0.01m, 0.025m, 0.05m, 0.1m, 0.2m } : new[] { 0.02m, 0.1m, 0.2m, 0.3m, 0.4m };
        var useMn = fc is WaterClass.II or WaterClass.III;
        Concentrations Reading() => new(
            useMn ? null : Draw(cod, 95m),
            useMn ? Draw(mn, 45m) : null,
            Draw(nh, 7.5m),
            Draw(tp, 2.8m));
        var outflow = Reading();
        Concentrations? inflow = has ? Reading() : null;
        return new SectionMonth(month, fc, target, lake ? WaterBodyType.LakeOrReservoir : WaterBodyType.River, dry, has, outflow, inflow);
    }
}
