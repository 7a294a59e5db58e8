using System.Diagnostics;
using Haidian.Rules.Tests.WaterCompensation;
using Haidian.Rules.WaterCompensation;
using Xunit.Abstractions;

namespace Haidian.Rules.Tests.Reliability;

/// <summary>
/// Extreme size (issue 9): 10^7 section-months through the span path of
/// <see cref="WaterCompensationCalculator.Amounts(SectionMonthBatch, Span{decimal})"/>, the sum checked against its
/// closed form. Time and memory are written to the test output (<c>--logger "console;verbosity=detailed"</c>).
/// It stays in the default run (see the measured time in the output); run it alone with
/// <c>dotnet test tests/Haidian.Rules.Tests --filter Category=Stress</c>.
/// </summary>
public sealed class ExtremeSizeTests
{
    private const int Count = 10_000_000;

    private readonly ITestOutputHelper output;

    public ExtremeSizeTests(ITestOutputHelper output) => this.output = output;

    [Fact]
    [Trait("Category", "Stress")]
    public void Amounts_TenMillionSectionMonths_SumIsExactlyTheClosedForm()
    {
        // Every row is worked example W1 (230,000): sum = n × 230,000.
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var watch = Stopwatch.StartNew();
        var batch = new SectionMonthBatch(Count);
        var w1 = WaterCompensationCalculatorTests.W1;
        for (var i = 0; i < Count; i++)
        {
            batch.Add(w1);
        }

        var amounts = new decimal[Count];
        new WaterCompensationCalculator().Amounts(batch, amounts);
        var sum = 0m;
        foreach (var a in amounts)
        {
            sum += a;
        }

        watch.Stop();
        var peak = GC.GetTotalMemory(forceFullCollection: false) - before;
        output.WriteLine($"{Count:N0} section-months in {watch.Elapsed.TotalSeconds:0.0} s, managed heap +{peak / 1048576} MiB, process peak {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MiB");
        Assert.Equal(Count * 230_000m, sum);
        Assert.Equal(230_000m, amounts[0]);
        Assert.Equal(230_000m, amounts[Count - 1]);
        GC.KeepAlive(batch);
    }
}
