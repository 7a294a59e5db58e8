using System;
using System.Linq;
using Haidian.Rules.WaterCompensation;

namespace Haidian.Rules.Benchmarks;

/// <summary>
/// The equivalence check CI runs: every library path and every engine must give the decimal reference's amount for every
/// input — the library's paths bit for bit (<c>decimal.GetBits</c>), the peers and the plain transcriptions by value.
/// </summary>
public static class Verify
{
    public static int Run(int count)
    {
        var calculator = new WaterCompensationCalculator();
        var re = new RulesEnginePeer(WaterCompensationParameters.Gazette2017);
        var nrules = new NRulesPeer();
        var failures = 0;
        Console.WriteLine($"batch kernel: {ScaledRules.BestKernel} (supported: {string.Join(", ", ScaledRules.SupportedKernels)}; Vector512.IsHardwareAccelerated = {System.Runtime.Intrinsics.Vector512.IsHardwareAccelerated}); decimal layout read from bits: {ScaledInput.LayoutMatches}");
        foreach (var (name, items) in new[]
        {
            ("realistic", Inputs.Generate(Mix.Realistic, count)),
            ("stress", Inputs.Generate(Mix.Stress, count)),
            ("edges", Inputs.Edges(count)),
            ("edges, more than nine decimals", Inputs.Edges(count, seed: 11, extraDecimals: true)),
        })
        {
            // The reference: validation, then decimal arithmetic only (no scaled integers anywhere).
            var reference = items.Select(x => calculator.ReferenceAmount(x)).ToArray();

            var span = new decimal[items.Length];
            calculator.Amounts(items, span);
            var perItem = items.Select(x => calculator.Amount(x)).ToArray();
            var itemized = items.Select(x => calculator.Calculate(x).Amount).ToArray();
            var fromBatch = new decimal[items.Length];
            calculator.Amounts(SectionMonthBatch.From(items), fromBatch);
            var added = new SectionMonthBatch(0);
            foreach (var x in items)
            {
                added.Add(x);
            }

            var addBatch = new decimal[items.Length];
            calculator.Amounts(added, addBatch);
            var parallel = new decimal[items.Length];
            calculator.AmountsParallel(SectionMonthBatch.From(items), parallel);
            var plainDecimal = items.Select(x => PlainDecimal.Amount(x)).ToArray();
            var plainLong = items.Select(x => PlainLong.Amount(x)).ToArray();
            var facts = items.Select(x => WaterFact.From(x)).ToArray();
            var reAmounts = facts.Select(re.Amount).ToArray();
            nrules.Run(facts);
            var nrAmounts = NRulesPeer.AmountsOf(facts);
            var owing = reference.Count(a => a > 0m);
            failures += Compare(name, "span (end to end)", reference, span, bitwise: true);
            failures += Compare(name, "Amount per item", reference, perItem, bitwise: true);
            failures += Compare(name, "Calculate (itemized)", reference, itemized, bitwise: true);
            failures += Compare(name, "batch From + kernel", reference, fromBatch, bitwise: true);
            failures += Compare(name, "batch Add + kernel", reference, addBatch, bitwise: true);
            failures += Compare(name, "parallel batch", reference, parallel, bitwise: true);
            if (!name.Contains("nine", StringComparison.Ordinal))
            {
                // Beyond nine decimals only the library's paths are held to the reference: the peers' and the plain
                // transcriptions' Math.Ceiling((c − threshold) / step) loses a step when the excess is ~10⁻²⁸ (decimal
                // division rounds the quotient to 0; the library corrects its quotient), and the plain long
                // transcription truncates by design.
                failures += Compare(name, "RulesEngine", reference, reAmounts, bitwise: false);
                failures += Compare(name, "NRules", reference, nrAmounts, bitwise: false);
                failures += Compare(name, "plain decimal", reference, plainDecimal, bitwise: false);
                failures += Compare(name, "plain long", reference, plainLong, bitwise: false);
            }

            Console.WriteLine($"{name}: {items.Length} section-months, {owing} owe money (total {reference.Sum():#,0} yuan), {added.ExactFallbackCount} with values beyond nine decimals");
        }

        Console.WriteLine(failures == 0 ? "verify: all paths and engines agree with the reference" : $"verify: {failures} disagreement(s)");
        return failures == 0 ? 0 : 1;
    }

    private static int Compare(string mix, string engine, decimal[] expected, decimal[] actual, bool bitwise)
    {
        var bad = 0;
        for (var i = 0; i < expected.Length; i++)
        {
            var same = bitwise ? decimal.GetBits(expected[i]).SequenceEqual(decimal.GetBits(actual[i])) : expected[i] == actual[i];
            if (!same)
            {
                if (bad < 5)
                {
                    Console.WriteLine($"{mix} [{i}] {engine}: {actual[i]} but the reference says {expected[i]}");
                }

                bad++;
            }
        }

        return bad;
    }
}
