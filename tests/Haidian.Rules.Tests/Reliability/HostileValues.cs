using FsCheck;
using FsCheck.Fluent;

namespace Haidian.Rules.Tests.Reliability;

/// <summary>
/// The hostile value pools every reliability generator draws from: decimal extremes (MaxValue, MinValue, 28 digits
/// of scale, ±1e-28), int extremes, out-of-range enum values, empty/blank/huge strings, NodaTime's date limits.
/// Each pool is mixed with a few ordinary values so that generated inputs also get past validation and exercise the
/// arithmetic.
/// </summary>
public static class HostileValues
{
    /// <summary>Decimals that break naive arithmetic: extremes, 28-digit scale, tiny, negative, zero, ordinary.</summary>
    public static readonly decimal[] Decimals =
    {
        0m, -0.0000000000000000000000000001m, 0.0000000000000000000000000001m, decimal.MaxValue, decimal.MinValue,
        decimal.MaxValue / 3m, decimal.MinValue / 7m, 79228162514264337593543950335m / 1_000_000_000_000m,
        1.0000000000000000000000000001m, 0.3333333333333333333333333333m, 9.9999999999999999999999999999m,
        -1m, -0.01m, 0.005m, 0.015m, 1m, 2m, 3m, 10m, 0.5m, 100m, 1_000m, 30_000m, 300_000m, 1e15m, 1e20m, -1e20m,
        1.5m, 12.345m, 2.0000000m,
    };

    /// <summary>Ints at the edges and a few small values.</summary>
    public static readonly int[] Ints = { int.MinValue, int.MinValue + 1, -1, 0, 1, 2, 3, 4, 5, 6, 7, 10, 12, 13, 20, 30, 100, int.MaxValue - 1, int.MaxValue };

    /// <summary>Years as ints: NodaTime's range edges, the gazette's years and beyond.</summary>
    public static readonly int[] Years = { int.MinValue, -9999, -1, 0, 1, 2016, 2017, 2018, 2019, 2020, 2025, 9999, 10000, int.MaxValue };

    /// <summary>Strings: null, empty, blank, control characters, a long one, ordinary.</summary>
    public static readonly string?[] Strings = { null, string.Empty, " ", "\t\n", "\0", "A", "B", "甲街道", "x\u0085y", new string('z', 10_000), "\"quoted\",comma" };

    /// <summary>Dates at NodaTime's limits and around the gazette's in-force dates.</summary>
    public static readonly LocalDate[] Dates =
    {
        LocalDate.MinIsoValue, LocalDate.MaxIsoValue, new(1, 1, 1), new(1900, 1, 1), new(2016, 12, 31), new(2017, 1, 1),
        new(2017, 3, 1), new(2017, 6, 30), new(2017, 10, 1), new(2018, 1, 1), new(2018, 2, 28), new(2018, 12, 31),
        new(2019, 6, 15), new(2020, 2, 29), new(2030, 1, 1), new(9999, 12, 31), default,
    };

    /// <summary>Months at YearMonth's extremes and around the in-force months.</summary>
    public static readonly YearMonth[] Months =
    {
        new(-9998, 1), new(9999, 12), new(1, 1), new(2016, 12), new(2017, 1), new(2017, 6), new(2017, 12), new(2018, 1),
        new(2018, 3), new(2018, 12), new(2019, 7), new(2025, 2), default,
    };

    public static Gen<decimal> Decimal() =>
        Gen.Frequency((3, Gen.Elements(Decimals)), (2, Gen.Choose(0, 2_000_000).Select(i => i / 1000m)));

    public static Gen<int> Int() => Gen.Frequency((2, Gen.Elements(Ints)), (2, Gen.Choose(0, 40)));

    public static Gen<string?> String() => Gen.Frequency((2, Gen.Elements(Strings)), (3, Gen.Elements<string?>("E1", "E2", "T", "U-1", "Op")));

    public static Gen<LocalDate> Date() =>
        Gen.Frequency((2, Gen.Elements(Dates)), (3, Gen.Choose(0, 5000).Select(d => new LocalDate(2016, 1, 1).PlusDays(d))));

    public static Gen<YearMonth> Month() =>
        Gen.Frequency((2, Gen.Elements(Months)), (3, Gen.Choose(0, 200).Select(m => new YearMonth(2016, 1).PlusMonths(m))));

    /// <summary>Any value of an enum, plus values cast from ints outside it.</summary>
    public static Gen<object> Enum(Type enumType)
    {
        var defined = System.Enum.GetValues(enumType).Cast<object>().ToArray();
        var undefined = new[] { -1, 99, int.MaxValue, int.MinValue, defined.Length }
            .Select(i => System.Enum.ToObject(enumType, i)).ToArray();
        return Gen.Frequency((4, Gen.Elements(defined)), (1, Gen.Elements(undefined)));
    }
}
