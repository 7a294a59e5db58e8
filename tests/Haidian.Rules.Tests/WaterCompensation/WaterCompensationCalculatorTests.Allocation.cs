using Haidian.Rules.WaterCompensation;

namespace Haidian.Rules.Tests.WaterCompensation;

/// <summary>The fast path allocates nothing per section-month (the hot path of a district's monthly run).</summary>
public sealed partial class WaterCompensationCalculatorTests
{
    [Fact]
    public void Amount_AndBatchAmounts_AllocateNothingPerSectionMonth()
    {
        var inputs = new[] { W1, W2, W1 with { Dry = true }, W2 with { Month = new YearMonth(2025, 12) } };
        var amounts = new decimal[inputs.Length];
        Calculator.Amounts(inputs, amounts); // warm up (JIT, statics)
        var sum = Calculator.Amount(W1);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 10_000; i++)
        {
            sum += Calculator.Amount(inputs[i & 3]);
            Calculator.Amounts(inputs, amounts);
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(0, allocated);
        Assert.Equal(new[] { 230_000m, 100_000m, 0m, 100_000m }, amounts);
        Assert.True(sum > 0m);
    }
}
