using System;
using System.Linq;
using Haidian.Rules.WaterCompensation;

namespace Haidian.Rules.Benchmarks;

/// <summary>The peer-equivalence check CI runs: every engine must give the reference's amount for every input.</summary>
public static class Verify
{
    public static int Run(int count)
    {
        var calculator = new WaterCompensationCalculator();
        var re = new RulesEnginePeer(WaterCompensationParameters.Gazette2017);
        var nrules = new NRulesPeer();
        var failures = 0;
        Console.WriteLine($"batch kernel: {ScaledRules.BestKernel} (supported: {string.Join(", ", ScaledRules.SupportedKernels)}; Vector512.IsHardwareAccelerated = {System.Runtime.Intrinsics.Vector512.IsHardwareAccelerated})");
        foreach (var (name, items) in new[]
        {
            ("realistic", Inputs.Generate(Mix.Realistic, count)),
            ("stress", Inputs.Generate(Mix.Stress, count)),
            ("edges", Inputs.Edges(count)),
        })
        {
            var reference = items.Select(x => calculator.Amount(x)).ToArray();
            var fast = new decimal[items.Length];
            calculator.Amounts(SectionMonthBatch.From(items), fast);
            var parallel = new decimal[items.Length];
            calculator.AmountsParallel(SectionMonthBatch.From(items), parallel);
            var facts = items.Select(x => WaterFact.From(x)).ToArray();
            var reAmounts = facts.Select(re.Amount).ToArray();
            nrules.Run(facts);
            var nrAmounts = NRulesPeer.AmountsOf(facts);
            var owing = reference.Count(a => a > 0m);
            failures += Compare(name, "fast batch", reference, fast, bitwise: true);
            failures += Compare(name, "parallel batch", reference, parallel, bitwise: true);
            failures += Compare(name, "RulesEngine", reference, reAmounts, bitwise: false);
            failures += Compare(name, "NRules", reference, nrAmounts, bitwise: false);
            Console.WriteLine($"{name}: {items.Length} section-months, {owing} owe money (total {reference.Sum():#,0} yuan)");
        }

        Console.WriteLine(failures == 0 ? "verify: all engines agree with the reference" : $"verify: {failures} disagreement(s)");
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
