using System.Diagnostics;
using System.Reflection;
using FsCheck;
using FsCheck.Fluent;
using Xunit.Sdk;

namespace Haidian.Rules.Tests.Reliability;

/// <summary>
/// The contract every hostile call must keep: either a result whose invariants hold and which serializes, or a
/// <see cref="ValidationException"/> with at least one error and a non-empty path on each, or a
/// <see cref="NotInForceException"/>. Any other exception (including OverflowException, NullReferenceException,
/// IndexOutOfRangeException, ArgumentException from inside the library) fails the test with the input that caused it.
/// </summary>
public static class Hostile
{
    /// <summary>Cases per main entry point in a normal run (the issue asks for at least 100,000).</summary>
    public const int Cases = 100_000;

    /// <summary>Batch size when sampling a generator; keeps memory flat.</summary>
    private const int Batch = 2_000;

    /// <summary>Outcome counts of one hostile run, for the test log.</summary>
    public sealed record Tally(int Results, int Invalid, int NotInForce, TimeSpan Elapsed)
    {
        public int Total => Results + Invalid + NotInForce;

        public override string ToString() => $"{Total:N0} cases: {Results:N0} results, {Invalid:N0} ValidationException, {NotInForce:N0} NotInForceException in {Elapsed.TotalSeconds:0.0} s";
    }

    /// <summary>Samples <paramref name="count"/> inputs from <paramref name="gen"/> with a fixed seed and checks each.</summary>
    public static Tally Run<T>(Gen<T> gen, int count, ulong seed, Func<T, object> call, Action<T, object>? invariants = null)
    {
        int results = 0, invalid = 0, notInForce = 0;
        var watch = Stopwatch.StartNew();
        for (var done = 0; done < count; done += Batch)
        {
            var inputs = Gen.Sample(gen, Math.Min(Batch, count - done), new Rnd(seed + (ulong)done), 20);
            foreach (var input in inputs)
            {
                switch (Check(() => call(input), r => invariants?.Invoke(input, r), () => Describe(input)))
                {
                    case Outcome.Result: results++; break;
                    case Outcome.Invalid: invalid++; break;
                    default: notInForce++; break;
                }
            }
        }

        return new Tally(results, invalid, notInForce, watch.Elapsed);
    }

    /// <summary>
    /// Mutates the valid JSON documents in <paramref name="seeds"/> <paramref name="count"/> times, reads each through
    /// <see cref="HaidianJson.Deserialize{T}"/> and, if that succeeds, runs <paramref name="call"/> on it.
    /// </summary>
    public static Tally RunJson<TInput>(IReadOnlyList<string> seeds, int count, int seed, Func<TInput, object> call, Action<TInput, object>? invariants = null)
    {
        foreach (var s in seeds)
        {
            HaidianJson.Deserialize<TInput>(s); // every seed is valid JSON for the input type
        }

        int results = 0, invalid = 0, notInForce = 0;
        var random = new Random(seed);
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            var json = JsonMutator.Mutate(seeds[i % seeds.Count], random);
            TInput? input = default;
            var outcome = Check(
                () =>
                {
                    input = HaidianJson.Deserialize<TInput>(json);
                    return call(input);
                },
                r => invariants?.Invoke(input!, r),
                () => "case " + i + ": " + json);
            switch (outcome)
            {
                case Outcome.Result: results++; break;
                case Outcome.Invalid: invalid++; break;
                default: notInForce++; break;
            }
        }

        return new Tally(results, invalid, notInForce, watch.Elapsed);
    }

    public enum Outcome
    {
        Result,
        Invalid,
        NotInForce,
    }

    /// <summary>Runs one call and classifies its outcome, failing on anything outside the contract.</summary>
    public static Outcome Check(Func<object> call, Action<object> invariants, Func<string> describe)
    {
        object result;
        try
        {
            result = call();
        }
        catch (ValidationException ex)
        {
            if (ex.Errors.Count == 0 || ex.Errors.Any(e => string.IsNullOrWhiteSpace(e.Path) || string.IsNullOrWhiteSpace(e.Message)))
            {
                throw new XunitException("ValidationException without a path on every error: " + ex.Message + "\ninput: " + describe());
            }

            return Outcome.Invalid;
        }
        catch (NotInForceException)
        {
            return Outcome.NotInForce;
        }
        catch (Exception ex) when (ex is not XunitException)
        {
            throw new XunitException("undocumented " + ex.GetType().FullName + ": " + ex.Message + "\ninput: " + describe() + "\n" + ex.StackTrace);
        }

        if (result is null)
        {
            throw new XunitException("null result for input: " + describe());
        }

        try
        {
            invariants(result);
        }
        catch (Exception ex) when (ex is not XunitException)
        {
            throw new XunitException("invariant check threw " + ex.GetType().Name + ": " + ex.Message + "\ninput: " + describe());
        }
        catch (XunitException ex)
        {
            throw new XunitException(ex.Message + "\ninput: " + describe());
        }

        return Outcome.Result;
    }

    /// <summary>A short description of an input for failure messages.</summary>
    public static string Describe(object? input)
    {
        var text = input?.ToString() ?? "null";
        return text.Length > 4000 ? text.Substring(0, 4000) + "…" : text;
    }

    /// <summary>Every decimal reachable from <paramref name="value"/> that is named like money (amount, total, payable…) is ≥ 0.</summary>
    public static void NoNegativeMoney(object value, params string[] exemptNames)
    {
        Walk(value, "$", 0, (path, name, d) =>
        {
            if (d < 0m && !exemptNames.Contains(name) && IsMoneyName(name))
            {
                throw new XunitException($"negative money {d} at {path}");
            }
        });
    }

    private static bool IsMoneyName(string name) =>
        new[] { "Amount", "Total", "Payable", "Gross", "Held", "Subsidy", "Paid", "Received", "Cost", "Uncapped", "Flagged", "NotAccepted", "Withheld" }
            .Any(k => name.Contains(k, StringComparison.Ordinal));

    private static void Walk(object? value, string path, int depth, Action<string, string, decimal> onDecimal)
    {
        if (value is null || value is LineItem || depth > 8)
        {
            return;
        }

        var type = value.GetType();
        if (type.IsPrimitive || value is string || type.IsEnum || type.Namespace?.StartsWith("NodaTime", StringComparison.Ordinal) == true)
        {
            return;
        }

        if (value is System.Collections.IEnumerable items)
        {
            var i = 0;
            foreach (var item in items)
            {
                Walk(item, path + "[" + i++ + "]", depth + 1, onDecimal);
            }

            return;
        }

        foreach (var p in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (p.GetIndexParameters().Length > 0 || p.Name == "EqualityContract")
            {
                continue;
            }

            var v = p.GetValue(value);
            if (v is decimal d)
            {
                onDecimal(path + "." + p.Name, p.Name, d);
            }
            else if (v is LineItem)
            {
                continue; // a line's amount is negative when the line is a deduction (LineItem docs)
            }
            else if (p.PropertyType != typeof(Citation) && p.PropertyType != typeof(Provenance))
            {
                Walk(v, path + "." + p.Name, depth + 1, onDecimal);
            }
        }
    }
}
