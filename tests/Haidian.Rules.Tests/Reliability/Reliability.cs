using System.Threading;
using System.Threading.Tasks;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Snapshooter.Xunit;

namespace Haidian.Rules.Tests.Reliability;

/// <summary>Shared helpers of the concurrency and determinism tests.</summary>
public static class Reliability
{
    private static readonly Regex PackageVersion = new("\"packageVersion\":\\s*\"[^\"]*\"", RegexOptions.Compiled);

    public static string Repo(params string[] parts)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Haidian.Rules.sln")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(new[] { dir?.FullName ?? throw new InvalidOperationException("repository root not found") }.Concat(parts).ToArray());
    }

    /// <summary>The result as compact JSON, or the documented exception's type and message: what a caller observes.</summary>
    public static string Json<T>(Func<T> call)
    {
        try
        {
            return HaidianJson.Serialize(call(), indented: false);
        }
        catch (HaidianRulesException ex)
        {
            return ex.GetType().Name + ": " + ex.Message;
        }
    }

    /// <summary>Every input evaluated on <paramref name="threads"/> threads, <paramref name="repeats"/> times over, gives the JSON of the sequential run.</summary>
    public static void AssertSameAcrossThreads<TIn, TOut>(IReadOnlyList<TIn> inputs, Func<TIn, TOut> call, int threads, int repeats) =>
        AssertSameOutcomeAcrossThreads(inputs, x => Json(() => call(x)), threads, repeats * inputs.Count);

    /// <summary>
    /// <paramref name="threads"/> threads each evaluate <paramref name="perThread"/> inputs (every thread starting at a
    /// different place and cycling through the list); every <paramref name="outcome"/> equals the sequential run's.
    /// </summary>
    public static void AssertSameOutcomeAcrossThreads<TIn>(IReadOnlyList<TIn> inputs, Func<TIn, string> outcome, int threads, int perThread)
    {
        var expected = inputs.Select(outcome).ToArray();
        var mismatches = 0;
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, t =>
        {
            for (var i = 0; i < perThread; i++)
            {
                var k = ((t * 7919) + i) % inputs.Count;
                if (!string.Equals(outcome(inputs[k]), expected[k], StringComparison.Ordinal))
                {
                    Interlocked.Increment(ref mismatches);
                }
            }
        });
        Assert.Equal(0, mismatches);
    }

    /// <summary>
    /// The JSON of every result is byte-identical between two sequential runs and runs on 2 and 8 threads, and its
    /// SHA-256 (package version blanked) matches the committed snapshot, so it is also identical across processes,
    /// machines and builds.
    /// </summary>
    public static void AssertDeterministic<TIn, TOut>(IReadOnlyList<TIn> inputs, Func<TIn, TOut> call, string module)
    {
        string Run(int threads)
        {
            var parts = new string[inputs.Count];
            Parallel.For(0, inputs.Count, new ParallelOptions { MaxDegreeOfParallelism = threads }, i => parts[i] = Json(() => call(inputs[i])));
            return string.Join("\n", parts);
        }

        var first = Run(1);
        Assert.Equal(first, Run(1));
        Assert.Equal(first, Run(2));
        Assert.Equal(first, Run(8));
        var blanked = PackageVersion.Replace(first, "\"packageVersion\":\"\"");
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(blanked)));
        Snapshot.Match(new { Module = module, Cases = inputs.Count, Sha256 = hash });
    }
}
