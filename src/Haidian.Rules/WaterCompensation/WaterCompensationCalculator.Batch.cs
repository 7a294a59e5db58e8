using System;
using System.Threading.Tasks;

namespace Haidian.Rules.WaterCompensation;

/// <content>The data-oriented batch path over a <see cref="SectionMonthBatch"/>, single-core and parallel.</content>
public sealed partial class WaterCompensationCalculator
{
    /// <summary>Items per unit of parallel work: large enough to amortize scheduling, small enough to balance two or more cores.</summary>
    private const int ParallelChunk = 32 * 1024;

    /// <summary>
    /// The data-oriented fast path: the amount of every section-month of <paramref name="batch"/>, written to
    /// <paramref name="amounts"/> in batch order, with no allocation. Bit-identical to <see cref="Amount(in SectionMonth)"/>
    /// on every input: the kernel works in exact scaled integers (SIMD where the hardware has it), and values or parameter
    /// versions it cannot represent exactly are computed by the decimal reference.
    /// </summary>
    /// <param name="batch">The section-months (validated when added).</param>
    /// <param name="amounts">Destination, at least <see cref="SectionMonthBatch.Count"/> long.</param>
    /// <exception cref="ValidationException">A month is before the policy is in force (each reported as <c>[i].month</c>), or <paramref name="amounts"/> is too short.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="batch"/> is null.</exception>
    public void Amounts(SectionMonthBatch batch, Span<decimal> amounts)
    {
        CheckBatch(batch, amounts.Length);
        ComputeRange(batch, 0, batch.Count, amounts);
    }

    /// <summary>
    /// The fast path on every core: the batch is cut into fixed chunks computed in parallel, each written straight into
    /// <paramref name="amounts"/>; memory use does not grow with the batch (no per-item allocation, a constant number of
    /// scheduling objects per call). Results are identical to <see cref="Amounts(SectionMonthBatch, Span{decimal})"/>.
    /// </summary>
    /// <param name="batch">The section-months.</param>
    /// <param name="amounts">Destination, at least <see cref="SectionMonthBatch.Count"/> long.</param>
    /// <param name="maxDegreeOfParallelism">Cores to use; -1 (the default) for all.</param>
    /// <exception cref="ValidationException">A month is before the policy is in force, or <paramref name="amounts"/> is too short.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="batch"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is 0 or below -1.</exception>
    public void AmountsParallel(SectionMonthBatch batch, Memory<decimal> amounts, int maxDegreeOfParallelism = -1)
    {
        if (maxDegreeOfParallelism == 0 || maxDegreeOfParallelism < -1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxDegreeOfParallelism), maxDegreeOfParallelism, "Use -1 for all cores, or a positive number.");
        }

        CheckBatch(batch, amounts.Length);
        var count = batch.Count;
        var chunks = (count + ParallelChunk - 1) / ParallelChunk;
        if (chunks <= 1 || maxDegreeOfParallelism == 1)
        {
            ComputeRange(batch, 0, count, amounts.Span);
            return;
        }

        var options = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism };
        Parallel.For(0, chunks, options, k =>
        {
            var start = k * ParallelChunk;
            var end = Math.Min(count, start + ParallelChunk);
            ComputeRange(batch, start, end, amounts.Span.Slice(start, end - start));
        });
    }

    private void CheckBatch(SectionMonthBatch batch, int room)
    {
        if (batch is null)
        {
            throw new ArgumentNullException(nameof(batch));
        }

        Validator? v = null;
        if (room < batch.Count)
        {
            (v ??= new Validator()).Add("amounts", ErrorCode.Inconsistent, $"has room for {room} amounts, {batch.Count} needed");
        }

        var first = SectionMonthBatch.ToIndex(versions[0].FirstMonth);
        if (batch.Count > 0 && batch.MinMonthIndex < first)
        {
            var months = batch.Months;
            for (var i = 0; i < months.Length; i++)
            {
                if (months[i] < first)
                {
                    (v ??= new Validator()).Add(Validator.Field(Validator.Index(string.Empty, i), "month"), ErrorCode.NotInForce, NotInForceMessage(SectionMonthBatch.FromIndex(months[i])));
                }
            }
        }

        v?.ThrowIfAny();
    }

    /// <summary>Items [start, end) into <paramref name="amounts"/> (indexed from start), one parameter version run at a time.</summary>
    private void ComputeRange(SectionMonthBatch batch, int start, int end, Span<decimal> amounts)
    {
        var months = batch.Months;
        var i = start;
        while (i < end)
        {
            var rules = ResolveCompiled(months[i])!;
            var lo = rules.FirstIndex;
            var hi = rules.EndIndexExclusive;
            var runEnd = end;
            if (batch.MinMonthIndex < lo || batch.MaxMonthIndex >= hi)
            {
                runEnd = i + 1;
                while (runEnd < end && months[runEnd] >= lo && months[runEnd] < hi)
                {
                    runEnd++;
                }
            }

            var slice = amounts.Slice(i - start, runEnd - i);
            if (rules.Scaled is { } scaled)
            {
                scaled.Amounts(batch, i, runEnd, slice);
            }
            else
            {
                for (var k = i; k < runEnd; k++)
                {
                    slice[k - i] = rules.SectionAmount(batch.Reconstruct(k));
                }
            }

            i = runEnd;
        }

        // Values with more than nine decimals: the decimal reference, on the item exactly as given.
        var exact = batch.ExactIndices;
        for (var k = 0; k < exact.Count; k++)
        {
            var index = exact[k];
            if (index >= start && index < end)
            {
                var x = batch.ExactItems[k];
                amounts[index - start] = ResolveCompiled(x.Month)!.SectionAmount(x);
            }
        }
    }
}
