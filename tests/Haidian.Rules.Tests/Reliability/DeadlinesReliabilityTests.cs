using FsCheck;
using FsCheck.Fluent;
using Haidian.Rules.Deadlines;
using Xunit.Abstractions;

namespace Haidian.Rules.Tests.Reliability;

/// <summary>Hostile, mutated-JSON, concurrency and determinism tests of the deadline calculator.</summary>
public sealed class DeadlinesReliabilityTests : ModuleReliability<DeadlineRule, DeadlineResult>
{
    private static readonly DeadlineCalculator Calculator = new();
    private static readonly LocalDate Event = new(2017, 9, 29);

    public DeadlinesReliabilityTests(ITestOutputHelper log)
        : base(log)
    {
    }

    protected override string Module => "deadlines";

    /// <summary>Hostile rules (any method, amount, unit, month, day, in-force date); citations from the gazette's own rules.</summary>
    protected override Gen<DeadlineRule> Inputs { get; } = new HostileGen()
        .With(Gen.Elements(DeadlineParameters.Gazette2017.ExpropriationLawsuit.Citation, DeadlineParameters.Gazette2017.BudgetConfidentialItems.Citation))
        .With(Gen.Frequency((3, Gen.Choose(-3, 400)), (1, HostileValues.Int())))
        .For<DeadlineRule>();

    protected override DeadlineResult Call(DeadlineRule input) => Calculator.Calculate(input, Event);

    protected override string Key(DeadlineResult result) => $"{result.LastDay:uuuu-MM-dd}|{result.RawEnd:uuuu-MM-dd}|{result.FirstDay}|{result.MovedOffRestDay}|{result.FallsOnRestDay}|{result.HolidayDays.Count}|{result.Steps.Count}";

    [Fact]
    public void Calculate_HostileRules_GiveDeadlinesOrDocumentedErrors() => Generated(Hostile.Cases, 801);

    [Fact]
    public void Calculate_HostileRulesAndDates_GiveDeadlinesOrDocumentedErrors() =>
        Hostile.Run(Gen.Zip(Inputs, HostileValues.Date()), Hostile.Cases, 802, x => Calculator.Calculate(x.Item1, x.Item2), (_, r) => HaidianJson.Serialize((DeadlineResult)r));

    [Fact]
    public void Calculate_MutatedJson_GivesDeadlinesOrDocumentedErrors() => MutatedJson(Hostile.Cases / 2, 803);

    [Fact]
    public void Arithmetic_HostileDatesAndCounts_GiveDeadlinesOrDocumentedErrors()
    {
        var gen = from op in Gen.Choose(0, 7)
                  from date in HostileValues.Date()
                  from month in HostileValues.Month()
                  from n in HostileValues.Int()
                  from year in Gen.Elements(HostileValues.Years)
                  from unit in HostileValues.Enum(typeof(PeriodUnit)).Select(o => (PeriodUnit)o)
                  select (op, date, month, n, year, unit);
        // Eight entry points share the run: 8 × 100,000 cases, about 100,000 each.
        Hostile.Run(gen, 8 * Hostile.Cases, 804, x => x.op switch
        {
            0 => Calculator.Period(x.date, x.n, x.unit),
            1 => Calculator.WorkingDaysInAdvance(x.date, x.n),
            2 => Calculator.MinimumDuration(x.date, x.n, x.unit),
            3 => Calculator.NthWorkingDayOfMonth(x.month, x.n),
            4 => Calculator.NthWorkingDayOfQuarter(x.year, x.n % 6, x.n),
            5 => Calculator.EndOfMonth(x.month),
            6 => Calculator.FixedDate(x.date),
            _ => Calculator.CalculateForYear(DeadlineParameters.Gazette2017.ForestSelfInspectionReport, x.year),
        }, (_, r) => HaidianJson.Serialize((DeadlineResult)r));
    }

    [Fact]
    public void CalculateForQuarterAndYear_HostileRulesYearsAndQuarters_GiveDeadlinesOrDocumentedErrors()
    {
        // Half the rules are the gazette's own quarter/year rules, so hostile years and quarters reach the calendar.
        var quarterRules = Gen.Frequency((1, Inputs), (1, Gen.Constant(DeadlineParameters.Gazette2017.FundQuarterlyCustodyReport)));
        var yearRules = Gen.Frequency((1, Inputs), (1, Gen.Constant(DeadlineParameters.Gazette2017.ForestSelfInspectionReport)));
        var years = Gen.Frequency((3, Gen.Choose(2016, 2027)), (1, Gen.Elements(HostileValues.Years)));
        var quarterCases = from rule in quarterRules from year in years from quarter in HostileValues.Int() select (rule, year, quarter);
        var quarters = Hostile.Run(quarterCases, Hostile.Cases, 806, x => Calculator.CalculateForQuarter(x.rule, x.year, x.quarter % 6), (_, r) => HaidianJson.Serialize((DeadlineResult)r));
        var annual = Hostile.Run(Gen.Zip(yearRules, years), Hostile.Cases, 807, x => Calculator.CalculateForYear(x.Item1, x.Item2), (_, r) => HaidianJson.Serialize((DeadlineResult)r));
        Assert.True(quarters.Results > 0 && annual.Results > 0, $"the gazette's own rules never reached the calendar: {quarters}; {annual}");
    }

    [Fact]
    public void Concurrency_OneCalculatorOnEightThreads_MatchesTheSequentialRun() => Concurrent(distinctInputs: 1_000, threads: 8, repeats: 10);

    [Fact]
    [Trait("Category", "Stress")]
    public void Concurrency_MillionEvaluationsOnEightThreads_MatchTheSequentialRun() => ConcurrentMillion(distinctInputs: 1_000);

    [Fact]
    public void Determinism_SameInputsGiveByteIdenticalJson() => Deterministic(2_000);
}
