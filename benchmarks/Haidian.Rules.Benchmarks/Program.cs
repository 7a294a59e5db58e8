using System;
using BenchmarkDotNet.Running;

namespace Haidian.Rules.Benchmarks;

public static class Program
{
    /// <summary>
    /// <c>--verify</c>: proves the peers and the fast path give the library's reference amounts on the generated inputs
    /// (exit code 1 on any difference); <c>--cpu-time</c>: the water paths timed by process CPU time (for a loaded machine; <c>--cpu-time Path1,Path2</c> times only those, <c>--cpu-time why</c> runs the input experiments of <see cref="CpuTimeWhy"/>);
    /// anything else goes to BenchmarkDotNet (<c>--filter</c>, <c>--job</c>, ...).
    /// </summary>
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "--cpu-time")
        {
            return args.Length > 1 && args[1] == "why" ? CpuTimeWhy.Run() : CpuTime.Run(args.Length > 1 ? args[1].Split(',') : null);
        }

        if (args.Length > 0 && args[0] == "--verify")
        {
            return Verify.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20_000);
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
