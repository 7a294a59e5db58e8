using System;
using System.Diagnostics;
using System.Linq;
using Haidian.Rules.WaterCompensation;

namespace Haidian.Rules.Benchmarks;

/// <summary>
/// <c>--cpu-time</c>: the water paths timed by the process's CPU time (best of 7 rounds of 3 operations over 100,000
/// section-months), for a shared, loaded machine where BenchmarkDotNet's wall-clock times mostly measure the waiting
/// for a core. Not a replacement for the BenchmarkDotNet run: caches are still shared with the other processes.
/// </summary>
public static class CpuTime
{
    public static int Run(string[]? only = null)
    {
        var calc = new WaterCompensationCalculator();
        Console.WriteLine("path                mix        CPU ns/item  allocated B/item");
        foreach (var mix in new[] { Mix.Realistic, Mix.Stress })
        {
            var items = Inputs.Generate(mix, WaterBatch.N);
            var amounts = new decimal[items.Length];
            var batch = SectionMonthBatch.From(items);
            var reused = new SectionMonthBatch(items.Length);
            var paths = new (string Name, Action Run)[]
            {
                ("EndToEndSpan", () => calc.Amounts(items, amounts)),
                ("PerItemAmount", () => { for (var i = 0; i < items.Length; i++) { amounts[i] = calc.Amount(items[i]); } }),
                ("PerItemItemized", () => { for (var i = 0; i < items.Length; i++) { amounts[i] = calc.Calculate(items[i]).Amount; } }),
                ("BatchAdd", () => { reused.Clear(); for (var i = 0; i < items.Length; i++) { reused.Add(items[i]); } }),
                ("Kernel", () => calc.Amounts(batch, amounts)),
                ("PlainDecimal", () => { for (var i = 0; i < items.Length; i++) { amounts[i] = PlainDecimal.Amount(items[i]); } }),
                ("PlainLong", () => { for (var i = 0; i < items.Length; i++) { amounts[i] = PlainLong.Amount(items[i]); } }),
            };
            foreach (var (name, run) in paths)
            {
                if (only is not null && Array.IndexOf(only, name) < 0)
                {
                    continue;
                }

                var bytes = GC.GetAllocatedBytesForCurrentThread();
                var best = Best(run, items.Length);
                var allocated = (GC.GetAllocatedBytesForCurrentThread() - bytes) / (61.0 * items.Length); // 40 warm-up + 7 × 3 timed runs
                Console.WriteLine($"{name,-19} {mix,-10} {best,11:0.0}  {allocated,16:0.0}");
            }
        }

        return 0;
    }

    /// <summary>
    /// Best of 7 rounds of 3 runs by process CPU time, in ns per item, after 40 warm-up runs and a pause: a method called
    /// fewer than 30 times stays in its first-tier or on-stack-replaced code (the former 5 warm-ups left the first mix
    /// measured, Realistic, at ~55 ns end to end where the same code at tier 1 takes ~29 ns; issue 16).
    /// </summary>
    public static double Best(Action run, int items)
    {
        for (var w = 0; w < 40; w++)
        {
            run();
        }

        System.Threading.Thread.Sleep(300); // let the background JIT install the tier-1 code

        var best = double.MaxValue;
        for (var r = 0; r < 7; r++)
        {
            using var p = Process.GetCurrentProcess();
            var cpu = p.TotalProcessorTime;
            for (var k = 0; k < 3; k++)
            {
                run();
            }

            p.Refresh();
            best = Math.Min(best, (p.TotalProcessorTime - cpu).TotalMilliseconds * 1e6 / (3.0 * items));
        }

        return best;
    }
}
