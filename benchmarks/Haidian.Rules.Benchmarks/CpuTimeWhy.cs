using System;
using System.Diagnostics;
using System.Linq;
using Haidian.Rules.WaterCompensation;

namespace Haidian.Rules.Benchmarks;

/// <summary>
/// <c>--cpu-time why</c>: where the per-item cost over 100,000 distinct section-months goes (issue 16: 26 ns on one hot
/// item, 61–67 ns over distinct items). The machine exposes no hardware counters (a VM), so the cause is separated by
/// varying the inputs while keeping the code: the same 100,000 items (<c>distinct</c>); one item repeated 100,000 times
/// (<c>one×N</c>: the same memory streamed, no data-dependent branch varies); the first 1,000 items repeated 100 times
/// (<c>1000×100</c>: the branch variety of the data, 224 KB that stay in the L2 cache); the same items sorted by their
/// shape (<c>sorted</c>: the memory streamed as in <c>distinct</c>, branches on the shape predictable); all at one
/// decimal scale (<c>scale3</c>: every value rewritten with scale 3).
/// </summary>
public static class CpuTimeWhy
{
    public static int Run()
    {
        var calc = new WaterCompensationCalculator();
        Console.WriteLine("variant     path            mix        CPU ns/item");
        foreach (var mix in new[] { Mix.Realistic, Mix.Stress })
        {
            var distinct = Inputs.Generate(mix, WaterBatch.N);
            var variants = new (string Name, SectionMonth[] Items)[]
            {
                ("distinct", distinct),
                ("one×N", Enumerable.Repeat(distinct.First(x => !x.Dry && x.HasInflow), distinct.Length).ToArray()),
                ("1000×100", Enumerable.Range(0, distinct.Length).Select(i => distinct[i % 1000]).ToArray()),
                ("sorted", distinct.OrderBy(x => x.Dry).ThenBy(x => x.HasInflow).ThenBy(x => x.FunctionalClass).ThenBy(x => x.BodyType).ThenBy(x => x.AssessmentTarget).ToArray()),
                ("scale3", distinct.Select(Scale3).ToArray()),
            };
            var amounts = new decimal[distinct.Length];
            var reused = new SectionMonthBatch(distinct.Length);
            foreach (var (variant, items) in variants)
            {
                var paths = new (string Name, Action Run)[]
                {
                    ("EndToEndSpan", () => calc.Amounts(items, amounts)),
                    ("PerItemAmount", () => { for (var i = 0; i < items.Length; i++) { amounts[i] = calc.Amount(items[i]); } }),
                    ("BatchAdd", () => { reused.Clear(); for (var i = 0; i < items.Length; i++) { reused.Add(items[i]); } }),
                    ("TryScaleOnly", () => { long k = 0; for (var i = 0; i < items.Length; i++) { ScaledInput.TryScale(items[i], out var it); k ^= it.Shape ^ it.AmmoniaOut; } sink = k; }),
                    ("ResolveOnly", () => { var k = 0; for (var i = 0; i < items.Length; i++) { k ^= calc.Resolve(items[i].Month).GetHashCode(); } sink = k; }),
                    ("TouchMemory", () => { sink = Touch(items); }),
                };
                foreach (var (name, run) in paths)
                {
                    Console.WriteLine($"{variant,-11} {name,-15} {mix,-10} {CpuTime.Best(run, items.Length),11:0.0}");
                }
            }
        }

        return 0;
    }

    private static long sink;

    /// <summary>Reads one long in every 64-byte cache line of the items: the memory-streaming floor of any path over them.</summary>
    private static long Touch(SectionMonth[] items)
    {
        var longs = System.Runtime.InteropServices.MemoryMarshal.Cast<SectionMonth, long>(items.AsSpan());
        long k = 0;
        for (var i = 0; i < longs.Length; i += 8)
        {
            k ^= longs[i];
        }

        return k;
    }

    private static SectionMonth Scale3(SectionMonth x)
    {
        static decimal? S(decimal? d) => d is { } v ? decimal.Round(v, 3) + 0.000m : null;
        static Concentrations C(Concentrations c) => new(S(c.ChemicalOxygenDemand), S(c.PermanganateIndex), S(c.AmmoniaNitrogen), S(c.TotalPhosphorus));
        return x with { Outflow = C(x.Outflow), Inflow = x.Inflow is { } i ? C(i) : null };
    }
}
