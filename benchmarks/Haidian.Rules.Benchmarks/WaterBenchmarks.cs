using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Haidian.Rules.WaterCompensation;
using NodaTime;

namespace Haidian.Rules.Benchmarks;

/// <summary>One section-month: the scalar amount-only reference and the itemized path (W1's data).</summary>
[MemoryDiagnoser]
public class SingleSectionMonth
{
    private readonly WaterCompensationCalculator calculator = new();
    private readonly SectionMonth w1 = new(new YearMonth(2018, 3), WaterClass.IV, WaterClass.IV, WaterBodyType.River, false, false, new Concentrations(52m, null, 3.2m, 0.35m), null);

    [Benchmark(Baseline = true)]
    public decimal AmountOnly() => calculator.Amount(w1);

    [Benchmark]
    public SectionMonthResult Itemized() => calculator.Calculate(w1);
}

/// <summary>
/// 100,000 distinct section-months per operation, in both mixes: the library end to end from the caller's
/// <see cref="SectionMonth"/> values (span, per item, itemized), building a batch, the kernel over a prepared batch, the
/// plain <c>decimal</c> and <c>long</c> transcriptions, and the two peers in their fastest modes. Times are per
/// section-month (OperationsPerInvoke).
/// </summary>
[MemoryDiagnoser]
public class WaterBatch
{
    public const int N = 100_000;
    private readonly WaterCompensationCalculator calculator = new();
    private SectionMonth[] items = Array.Empty<SectionMonth>();
    private SectionMonthBatch batch = new(0);
    private SectionMonthBatch reused = new(0);
    private decimal[] amounts = Array.Empty<decimal>();
    private WaterFact[] facts = Array.Empty<WaterFact>();
    private RulesEnginePeer rulesEngine = null!;
    private NRulesPeer nrules = null!;

    [Params(Mix.Realistic, Mix.Stress)]
    public Mix Mix { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        items = Inputs.Generate(Mix, N);
        batch = SectionMonthBatch.From(items);
        reused = new SectionMonthBatch(N);
        amounts = new decimal[N];
        facts = items.Select(x => WaterFact.From(x)).ToArray();
        rulesEngine = new RulesEnginePeer(WaterCompensationParameters.Gazette2017);
        nrules = new NRulesPeer();
        rulesEngine.Amount(facts[0]);
    }

    /// <summary>The headline: <c>Amounts(ReadOnlySpan&lt;SectionMonth&gt;, Span&lt;decimal&gt;)</c>, validation and conversion included.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = N)]
    public void EndToEndSpan() => calculator.Amounts(items, amounts);

    /// <summary><c>Amount(in SectionMonth)</c>, one call per section-month.</summary>
    [Benchmark(OperationsPerInvoke = N)]
    public void PerItemAmount()
    {
        var a = amounts;
        var x = items;
        for (var i = 0; i < x.Length; i++)
        {
            a[i] = calculator.Amount(x[i]);
        }
    }

    /// <summary><c>Calculate(in SectionMonth)</c> (itemized), one call per section-month; the lines are not read.</summary>
    [Benchmark(OperationsPerInvoke = N)]
    public decimal PerItemItemized()
    {
        var x = items;
        var total = 0m;
        for (var i = 0; i < x.Length; i++)
        {
            total += calculator.Calculate(x[i]).Amount;
        }

        return total;
    }

    /// <summary><c>SectionMonthBatch.Add</c> into a reused batch (validation and conversion), no evaluation.</summary>
    [Benchmark(OperationsPerInvoke = N)]
    public void BatchAdd()
    {
        var b = reused;
        var x = items;
        b.Clear();
        for (var i = 0; i < x.Length; i++)
        {
            b.Add(x[i]);
        }
    }

    /// <summary>The kernel over a batch built beforehand (<c>Amounts(SectionMonthBatch, …)</c>).</summary>
    [Benchmark(OperationsPerInvoke = N)]
    public void Kernel() => calculator.Amounts(batch, amounts);

    /// <summary>The kernel on every core (<c>AmountsParallel</c>).</summary>
    [Benchmark(OperationsPerInvoke = N)]
    public void KernelAllCores() => calculator.AmountsParallel(batch, amounts);

    [Benchmark(OperationsPerInvoke = N)]
    public void PlainDecimal()
    {
        var a = amounts;
        var x = items;
        for (var i = 0; i < x.Length; i++)
        {
            a[i] = Benchmarks.PlainDecimal.Amount(x[i]);
        }
    }

    [Benchmark(OperationsPerInvoke = N)]
    public void PlainLong()
    {
        var a = amounts;
        var x = items;
        for (var i = 0; i < x.Length; i++)
        {
            a[i] = Benchmarks.PlainLong.Amount(x[i]);
        }
    }

    [Benchmark(OperationsPerInvoke = N)]
    public void RulesEngine()
    {
        for (var i = 0; i < facts.Length; i++)
        {
            amounts[i] = rulesEngine.Amount(facts[i]);
        }
    }

    [Benchmark(OperationsPerInvoke = N)]
    public void NRules() => nrules.Run(facts);
}

/// <summary>A batch of 1,000,000 section-months (realistic mix): one core vs all cores (2 here).</summary>
[MemoryDiagnoser]
public class MillionBatch
{
    public const int N = 1_000_000;
    private readonly WaterCompensationCalculator calculator = new();
    private SectionMonthBatch batch = new(0);
    private decimal[] amounts = Array.Empty<decimal>();

    [Params(1, 2)]
    public int Cores { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        batch = Inputs.Batch(Mix.Realistic, N);
        amounts = new decimal[N];
    }

    [Benchmark(OperationsPerInvoke = N)]
    public void FastBatch() => calculator.AmountsParallel(batch, amounts, Cores);
}

/// <summary>Cost growth: the fast batch over 10^3 … 10^7 section-months; Mean / Items should stay flat (column in README).</summary>
[MemoryDiagnoser]
public class Growth
{
    private readonly WaterCompensationCalculator calculator = new();
    private SectionMonthBatch batch = new(0);
    private decimal[] amounts = Array.Empty<decimal>();

    [Params(1_000, 10_000, 100_000, 1_000_000, 10_000_000)]
    public int Items { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        batch = Inputs.Batch(Mix.Realistic, Items);
        amounts = new decimal[Items];
    }

    [Benchmark]
    public void FastBatch() => calculator.Amounts(batch, amounts);
}

/// <summary>A district month (29 towns, 200 sections) settled with the ledger; a 10-year what-if (120 months) settled end to end.</summary>
[MemoryDiagnoser]
public class Settlement
{
    private readonly WaterCompensationCalculator calculator = new();
    private readonly WaterCompensationCalculator whatIf = new(WaterCompensationParameters.Gazette2017 with { Version = "what-if", PerClassCase1 = 40_000m, PerClassCase2 = 20_000m });
    private SectionRegistry registry = null!;
    private MonthlyMonitoring[] march = Array.Empty<MonthlyMonitoring>();
    private MonthlyMonitoring[][] years = Array.Empty<MonthlyMonitoring[]>();

    [GlobalSetup]
    public void Setup()
    {
        var towns = Enumerable.Range(1, 29).Select(i => $"T{i:00}").ToArray();
        var rng = new Random(29);
        var sections = new List<Section>();
        for (var s = 0; s < 200; s++)
        {
            var fc = (WaterClass)rng.Next(1, 6);
            var a = towns[s % 29];
            var responsible = s % 10 == 0 ? new[] { a, towns[(s + 1) % 29] } : new[] { a };
            string? downstream = s % 7 == 0 ? null : towns[(s + 3) % 29];
            sections.Add(new Section($"S{s:000}", $"section {s}", fc, null, rng.Next(6) == 0 ? WaterBodyType.LakeOrReservoir : WaterBodyType.River, responsible, downstream, new YearMonth(2018, 1)));
        }

        registry = new SectionRegistry(towns, sections);
        var pool = Inputs.Generate(Mix.Realistic, 200 * 120, seed: 99);
        MonthlyMonitoring Record(Section s, YearMonth m, int k)
        {
            // Reuse a generated reading whose oxygen-demand indicator matches the section's functional class.
            var x = pool[k];
            var fc = s.FunctionalClass;
            var mn = fc is WaterClass.II or WaterClass.III;
            decimal Oxy(Concentrations c) => c.ChemicalOxygenDemand ?? c.PermanganateIndex ?? 0m;
            Concentrations Fix(Concentrations c) => new(mn ? null : Oxy(c), mn ? Oxy(c) : null, c.AmmoniaNitrogen ?? 0m, c.TotalPhosphorus ?? 0m);
            return new MonthlyMonitoring(s.Id, m, x.Dry, x.HasInflow && !x.Dry, x.Dry ? default : Fix(x.Outflow), x.HasInflow && !x.Dry ? Fix(x.Inflow!.Value) : null);
        }

        march = sections.Select((s, k) => Record(s, new YearMonth(2018, 3), k)).ToArray();
        years = Enumerable.Range(0, 10).Select(y => Enumerable.Range(1, 12)
            .SelectMany(m => sections.Select((s, k) => Record(s, new YearMonth(2018 + y, m), (((y * 12) + m - 1) * 200 + k) % pool.Length)))
            .ToArray()).ToArray();
    }

    [Benchmark]
    public MonthlySettlement DistrictMonth() => calculator.Settle(new YearMonth(2018, 3), registry, march);

    [Benchmark]
    public decimal TenYearWhatIf()
    {
        var pool = 0m;
        for (var y = 0; y < 10; y++)
        {
            pool += whatIf.SettleYear(2018 + y, registry, years[y], Array.Empty<TransferFundAllocation>(), Array.Empty<MisuseDeduction>()).PoolTotal;
        }

        return pool;
    }
}
