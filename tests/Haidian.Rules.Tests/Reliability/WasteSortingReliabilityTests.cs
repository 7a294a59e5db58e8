using FsCheck;
using FsCheck.Fluent;
using Haidian.Rules.WasteSorting;
using Xunit.Abstractions;

namespace Haidian.Rules.Tests.Reliability;

/// <summary>Hostile, mutated-JSON, concurrency and determinism tests of the waste sorting calculator.</summary>
public sealed class WasteSortingReliabilityTests : ModuleReliability<EstateMonth, EstateMonthResult>
{
    private static readonly WasteSortingCalculator Calculator = new();

    public WasteSortingReliabilityTests(ITestOutputHelper log)
        : base(log)
    {
    }

    protected override string Module => "waste";

    /// <summary>Hostile estate-months; tickets dated in the estate's month half of the time so that some get through.</summary>
    protected override Gen<EstateMonth> Inputs { get; } = Gen.Frequency(
        (1, new HostileGen().For<EstateMonth>()),
        (2, from e in new HostileGen().For<EstateMonth>()
            from m in Gen.Choose(0, 40).Select(i => new YearMonth(2017, 6).PlusMonths(i))
            from tonnes in Gen.ArrayOf(HostileValues.Decimal(), 4)
            from days in Gen.ArrayOf(Gen.Choose(1, 28), 4)
            from streams in Gen.ArrayOf(HostileValues.Enum(typeof(WasteStream)).Select(o => (WasteStream)o), 4)
            select e with
            {
                Month = m,
                Estate = "E1",
                Operator = "Op",
                Tickets = Enumerable.Range(0, 4).Select(i => new WeighingTicket("T" + i, m.OnDayOfMonth(days[i]), tonnes[i], streams[i])).ToArray(),
            }));

    protected override EstateMonthResult Call(EstateMonth input) => Calculator.Calculate(input);

    protected override string Key(EstateMonthResult result) => $"{result.Status}|{result.TicketCount}|{result.Excluded.Count}|{result.Flags.Count}|{result.KitchenTonnes}|{result.OtherTonnes}|{result.Gross}|{result.Payable}|{result.Lines.Count}";

    protected override void Invariants(EstateMonth input, EstateMonthResult result)
    {
        base.Invariants(input, result);
        Assert.True(result.Payable <= result.Gross, "payable above gross");
        // Every ticket is counted or listed as excluded (dated before the policy is in force, spec 07 K-b), never both or neither.
        Assert.Equal(input.Tickets.Count, result.TicketCount + result.Excluded.Count);
        Assert.All(result.Excluded, x => Assert.True(x.Date < new LocalDate(2017, 8, 31), "an excluded ticket dated on or after the in-force day"));
    }

    [Fact]
    public void Calculate_HostileEstateMonths_GiveResultsOrDocumentedErrors() => Generated(Hostile.Cases, 501);

    [Fact]
    public void Calculate_MutatedJson_GivesResultsOrDocumentedErrors() => MutatedJson(Hostile.Cases / 2, 502);

    [Fact]
    public void Statement_HostileStreets_AddUpOrFailAsDocumented()
    {
        var gen = from street in Gen.Elements(string.Empty, " ", "甲街道")
                  from month in HostileValues.Month()
                  from estates in Gen.ArrayOf(Inputs, 3)
                  select (street, month, estates);
        Hostile.Run(gen, Hostile.Cases, 503, d => Calculator.Statement(d.street, d.month, d.estates), (_, r) =>
        {
            Hostile.NoNegativeMoney(r);
            HaidianJson.Serialize((StreetMonthStatement)r);
        });
    }

    [Fact]
    public void YearStatement_HostileYears_AddUpOrFailAsDocumented()
    {
        var gen = from street in Gen.Elements(string.Empty, " ", "甲街道")
                  from year in Gen.Frequency((1, Gen.Elements(HostileValues.Years)), (4, Gen.Choose(2017, 2020)))
                  from estates in Gen.ArrayOf(Inputs, 3)
                  select (street, year, estates);
        Hostile.Run(gen, Hostile.Cases, 505, d => Calculator.YearStatement(d.street, d.year, d.estates), (_, r) =>
        {
            var y = (StreetYearStatement)r;
            Hostile.NoNegativeMoney(y);
            Assert.Equal(y.Months.Sum(m => m.Payable), y.Payable);
            Assert.Equal(y.Months.Sum(m => m.Gross), y.Gross);
            HaidianJson.Serialize(y);
        });
    }

    [Fact]
    public void ConstructionSubsidy_HostileClaims_GiveResultsOrDocumentedErrors() =>
        Hostile.Run(new HostileGen().For<ConstructionSubsidyClaim>(), Hostile.Cases, 504, c => Calculator.ConstructionSubsidy(c), (c, r) =>
        {
            var result = (ConstructionSubsidyResult)r;
            Hostile.NoNegativeMoney(result);
            HaidianJson.Serialize(result);
        });

    [Fact]
    public void Concurrency_OneCalculatorOnEightThreads_MatchesTheSequentialRun() => Concurrent(distinctInputs: 1_000, threads: 8, repeats: 10);

    [Fact]
    [Trait("Category", "Stress")]
    public void Concurrency_MillionEvaluationsOnEightThreads_MatchTheSequentialRun() => ConcurrentMillion(distinctInputs: 1_000);

    [Fact]
    public void Determinism_SameInputsGiveByteIdenticalJson() => Deterministic(2_000);
}
