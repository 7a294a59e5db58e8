using System.Threading;
using System.Threading.Tasks;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using Haidian.Rules.Tests.WaterCompensation;
using Haidian.Rules.WaterCompensation;
using Xunit.Abstractions;

namespace Haidian.Rules.Tests.Reliability;

/// <summary>Hostile, mutated-JSON, concurrency and determinism tests of the water compensation calculator.</summary>
public sealed class WaterCompensationReliabilityTests
{
    private static readonly WaterCompensationCalculator Calculator = new();
    private readonly ITestOutputHelper log;

    public WaterCompensationReliabilityTests(ITestOutputHelper log) => this.log = log;

    /// <summary>Half wholly hostile section-months, half valid boundary ones (<see cref="WaterArbitraries"/>) with one hostile concentration.</summary>
    private static Gen<SectionMonth> Inputs { get; } = Gen.Frequency(
        (1, new HostileGen().For<SectionMonth>()),
        (1, from x in WaterArbitraries.SectionMonthGen()
            from bad in HostileValues.Decimal()
            from which in Gen.Choose(0, 4)
            select which switch
            {
                0 => x with { Outflow = x.Outflow with { AmmoniaNitrogen = bad } },
                1 => x with { Outflow = x.Outflow with { TotalPhosphorus = bad } },
                2 => x with { Outflow = x.Outflow with { ChemicalOxygenDemand = bad, PermanganateIndex = bad } },
                3 => x with { HasInflow = true, Inflow = x.Outflow with { AmmoniaNitrogen = bad } },
                _ => x,
            }));

    /// <summary>Ids and town names drawn from a small pool so that hostile sections, towns and monitoring meet.</summary>
    private static Gen<(string?[] Towns, Section[] Sections, MonthlyMonitoring[] Monitoring, YearMonth Month)> Districts { get; } = Gen.Frequency(
        (1, from towns in Gen.ArrayOf(Gen.Elements<string?>("A", "B", "C", "A", string.Empty, null), 3)
            from sections in Gen.ArrayOf(new HostileGen { MaxListLength = 3 }.With<string>(Gen.Elements("A", "B", "C", "S1", "S2", string.Empty)).For<Section>(), 3)
            from monitoring in Gen.ArrayOf(new HostileGen().With<string>(Gen.Elements("S1", "S2", "A", string.Empty)).For<MonthlyMonitoring>(), 3)
            from month in HostileValues.Month()
            select (towns, sections, monitoring, month)),
        (2, from d in WaterArbitraries.Districts().Generator
            from bad in HostileValues.Decimal()
            from which in Gen.Choose(0, 15)
            select (d.Registry.Towns.ToArray<string?>(), d.Registry.Sections.ToArray(),
                d.Monitoring.Select((m, i) => i == which ? m with { Outflow = m.Outflow with { TotalPhosphorus = bad } } : m).ToArray(), d.Month)));

    internal static void CheckResult(SectionMonthResult r)
    {
        Assert.True(r.Amount >= 0m, "negative amount " + r.Amount);
        Assert.Equal(r.Amount, r.Pollutants.Sum(p => p.Amount));
        Assert.All(r.Pollutants, p => Assert.Equal(p.Amount, p.BaseAmount + p.SurchargeAmount));
        Hostile.NoNegativeMoney(r);
        HaidianJson.Serialize(r);
    }

    internal static void CheckSettlement(MonthlySettlement s)
    {
        Assert.True(s.IsBalanced, "ledger does not balance");
        Assert.Equal(s.TotalPaid, s.Towns.Sum(t => t.Paid));
        Assert.All(s.Towns, t => Assert.Equal(t.Net, t.Received - t.Paid));
        Assert.All(s.Sections, CheckResult);
        Hostile.NoNegativeMoney(s, "Net");
        HaidianJson.Serialize(s);
    }

    [Fact]
    public void Amount_HostileSectionMonths_EqualsTheItemizedAmountOrFailsAsDocumented()
    {
        var tally = Hostile.Run(Inputs, Hostile.Cases, 901, x => Calculator.Amount(in x), (x, amount) =>
        {
            var itemized = Calculator.Calculate(in x);
            Assert.Equal(itemized.Amount, (decimal)amount);
        });
        log.WriteLine(tally.ToString());
        Assert.True(tally.Results > Hostile.Cases / 20, "too few valid inputs reach the arithmetic: " + tally);
    }

    [Fact]
    public void Calculate_HostileSectionMonths_GiveConsistentItemsOrDocumentedErrors()
    {
        var tally = Hostile.Run(Inputs, Hostile.Cases, 902, x => Calculator.Calculate(in x), (_, r) => CheckResult((SectionMonthResult)r));
        log.WriteLine(tally.ToString());
    }

    [Fact]
    public void Amounts_HostileBatches_MatchOneByOneOrFailAsDocumented()
    {
        var tally = Hostile.Run(Gen.ArrayOf(Inputs, 8), Hostile.Cases / 8, 903, xs => Calculator.Amounts(xs), (xs, amounts) =>
            Assert.Equal(xs.Select(x => Calculator.Amount(in x)), (decimal[])amounts));
        log.WriteLine(tally.ToString());
    }

    [Fact]
    public void Settle_HostileDistricts_BalanceOrFailAsDocumented()
    {
        var tally = Hostile.Run(Districts, Hostile.Cases, 904, d =>
            Calculator.Settle(d.Month, new SectionRegistry(d.Towns!, d.Sections), d.Monitoring),
            (_, r) => CheckSettlement((MonthlySettlement)r));
        log.WriteLine(tally.ToString());
    }

    [Fact]
    public void SettleYear_HostileFundsAndDeductions_AddUpOrFailAsDocumented()
    {
        // The year of the monitoring, and no fund or deductions, often enough that some years get through.
        var gen =
            from year in Gen.Frequency((2, Gen.Elements(HostileValues.Years)), (1, Gen.Constant(2018)))
            from fund in Gen.Frequency((2, Gen.ArrayOf(new HostileGen().With<string>(Gen.Elements("S1", "S2", "A", "B", string.Empty)).For<TransferFundAllocation>(), 2)), (1, Gen.Constant(Array.Empty<TransferFundAllocation>())))
            from deductions in Gen.Frequency((2, Gen.ArrayOf(new HostileGen().With<string>(Gen.Elements("A", "B", "C", string.Empty)).For<MisuseDeduction>(), 2)), (1, Gen.Constant(Array.Empty<MisuseDeduction>())))
            select (year, fund, deductions);
        var monitoring = Enumerable.Range(1, 12).SelectMany(m => W6Monitoring(new YearMonth(2018, m))).ToArray();
        var tally = Hostile.Run(gen, Hostile.Cases, 905, d => Calculator.SettleYear(d.year, W6Registry, monitoring, d.fund, d.deductions), (_, r) =>
        {
            var s = (AnnualStatement)r;
            Assert.All(s.Months, CheckSettlement);
            HaidianJson.Serialize(s);
        });
        log.WriteLine(tally.ToString());
        Assert.True(tally.Results > 0, "no generated year reached the arithmetic: " + tally);
    }

    [Fact]
    public void Calculate_MutatedJsonOfTheCaseFiles_GivesResultsOrDocumentedErrors()
    {
        var tally = Hostile.RunJson<SectionMonth>(Seeds(), Hostile.Cases, 906, x => Calculator.Calculate(in x), (_, r) => CheckResult((SectionMonthResult)r));
        log.WriteLine(tally.ToString());
    }

    [Fact]
    public void Concurrency_OneCalculatorOnEightThreads_MatchesTheSequentialRun()
    {
        var inputs = Gen.Sample(WaterArbitraries.SectionMonthGen(), 4_096, new Rnd(907), 20);
        var expected = inputs.Select(x => Outcome(() => Calculator.Amount(in x))).ToArray();
        const int Threads = 8;
        const int PerThread = 125_000; // 8 × 125,000 = 10^6 fast-path evaluations
        var mismatches = 0;
        Parallel.For(0, Threads, new ParallelOptions { MaxDegreeOfParallelism = Threads }, t =>
        {
            for (var i = 0; i < PerThread; i++)
            {
                var k = ((t * 7919) + i) % inputs.Length;
                if (Outcome(() => Calculator.Amount(in inputs[k])) != expected[k])
                {
                    Interlocked.Increment(ref mismatches);
                }
            }
        });
        Assert.Equal(0, mismatches);

        var itemized = inputs.Take(1_000).ToArray();
        Reliability.AssertSameAcrossThreads(itemized, x => Calculator.Calculate(in x), threads: 8, repeats: 8);
    }

    [Fact]
    public void Determinism_SameInputsGiveByteIdenticalJson()
    {
        var inputs = Gen.Sample(Inputs, 2_000, new Rnd(908), 20);
        var settlement = Reliability.Json(() => Calculator.Settle(new YearMonth(2018, 3), W6Registry, W6Monitoring(new YearMonth(2018, 3))));
        Reliability.AssertDeterministic(inputs, x => Calculator.Calculate(in x), "water");
        Assert.Equal(settlement, Reliability.Json(() => Calculator.Settle(new YearMonth(2018, 3), W6Registry, W6Monitoring(new YearMonth(2018, 3)))));
    }

    private static string Outcome(Func<decimal> f)
    {
        try
        {
            return f().ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (HaidianRulesException ex)
        {
            return ex.GetType().Name + ": " + ex.Message;
        }
    }

    private static SectionRegistry W6Registry => Haidian.Rules.Tests.WaterCompensation.WaterCompensationCalculatorTests.W6Registry;

    private static MonthlyMonitoring[] W6Monitoring(YearMonth m) => Haidian.Rules.Tests.WaterCompensation.WaterCompensationCalculatorTests.W6Monitoring(m);

    /// <summary>The "input" of every SectionMonth case file in cases/water.</summary>
    /// <summary>
    /// The section-month inputs of the case files (files holding one case or a list of cases), as seeds to mutate. A case whose input
    /// the reader itself rejects (the C1 case leaving out <c>dry</c>) is no seed: mutation starts from a readable document.
    /// </summary>
    private static string[] Seeds() => Directory.GetFiles(Reliability.Repo("cases", "water"), "*.json")
        .Select(f => JsonNode.Parse(File.ReadAllText(f))!)
        .SelectMany(n => n is JsonArray list ? list.Select(c => c!) : n["cases"] is JsonArray cases ? cases.Select(c => c!) : new[] { n })
        .Where(n => n is JsonObject root && root["input"] is JsonObject o && o["outflow"] is not null)
        .Select(n => n["input"]!.ToJsonString())
        .Where(Readable)
        .ToArray();

    private static bool Readable(string json)
    {
        try
        {
            HaidianJson.Deserialize<SectionMonth>(json);
            return true;
        }
        catch (ValidationException)
        {
            return false;
        }
    }
}
