using FsCheck;
using FsCheck.Fluent;
using Haidian.Rules.FundFees;
using Xunit.Abstractions;

namespace Haidian.Rules.Tests.Reliability;

/// <summary>
/// Hostile, mutated-JSON, concurrency and determinism tests of the fund calculators (海行规发〔2017〕8号, 海政办发〔2017〕34号):
/// the fee caps at full volume, the compliance reports, vote, distributions, carry, exit and custody deadlines at lower volume.
/// </summary>
public sealed class FundFeesReliabilityTests : ModuleReliability<FeePeriod, FeeCapResult>
{
    private static readonly DevelopmentFundCalculator Development = new();
    private static readonly GuideFundCalculator Guide = new();
    private static readonly LocalDate AsOf = new(2019, 6, 30);

    public FundFeesReliabilityTests(ITestOutputHelper log)
        : base(log)
    {
    }

    protected override string Module => "fund";

    /// <summary>
    /// Half fully hostile requests (any dates, amounts, nulls), half well-ordered ones around the in-force dates and across leap
    /// years with hostile amounts and fees, so that most reach the arithmetic.
    /// </summary>
    protected override Gen<FeePeriod> Inputs { get; } = Gen.Frequency(
        (1, new HostileGen().For<FeePeriod>()),
        (2, Ordered()));

    protected override FeeCapResult Call(FeePeriod input) => Development.ManagementFeeCap(input);

    protected override string Key(FeeCapResult result) => $"{result.Cap}|{result.ProposedFee}|{result.WithinCap}|{result.Excess}|{result.PeriodReturns}|{result.WithinReturns}|{result.Days}|{result.Segments.Count}|{result.Findings.Count}";

    protected override void Invariants(FeePeriod input, FeeCapResult result)
    {
        base.Invariants(input, result);
        Assert.Equal(result.Days, result.Segments.Sum(s => s.Days));
        Assert.Equal(result.Start, result.Segments[0].From);
        Assert.Equal(result.End, result.Segments[result.Segments.Count - 1].To);
        Assert.True(result.Segments.All(s => s.From.Year == s.To.Year && s.Days <= s.DaysInYear), "a stretch crosses a year end");
        Assert.Equal(Money.RoundToFen(result.Segments.Sum(s => s.AnnualRate * s.Base * s.Days / s.DaysInYear)), result.Cap);
        Assert.Equal(result.Cap, result.Lines[result.Lines.Count - 1].Amount);
        if (input.ProposedFee is { } fee)
        {
            Assert.Equal(fee <= result.Cap, result.WithinCap);
            Assert.Equal(Math.Max(0m, fee - result.Cap), result.Excess);
        }
    }

    [Fact]
    public void ManagementFeeCap_HostileRequests_GiveCapsOrDocumentedErrors() => Generated(Hostile.Cases, 901);

    [Fact]
    public void GuideFeeCaps_HostileRequests_GiveCapsOrDocumentedErrors()
    {
        Hostile.Run(Inputs, Hostile.Cases, 902, x => Guide.TrusteeFeeCap(x), (x, r) => Invariants(x, (FeeCapResult)r));
        Hostile.Run(Inputs, Hostile.Cases, 903, x => Guide.ManagerFeeCap(x), (x, r) => Invariants(x, (FeeCapResult)r));
    }

    [Fact]
    public void ManagementFeeCap_MutatedJson_GivesCapsOrDocumentedErrors() => MutatedJson(15_000, 904);

    [Fact]
    public void ComplianceReports_HostileTerms_GiveReportsOrDocumentedErrors()
    {
        var gen = new HostileGen().With(Dates());
        Hostile.Run(gen.For<DevelopmentFundTerms>(), Hostile.Cases, 905, t => Development.CheckTerms(t), (_, r) => Report((ComplianceReport)r));
        Hostile.Run(gen.For<ParticipatingFundTerms>(), Hostile.Cases, 906, t => Guide.CheckParticipatingFund(t), (_, r) => Report((ComplianceReport)r));
        Hostile.Run(Gen.Zip(gen.For<ProjectInvestment>(), Dates()), Hostile.Cases, 907, x => Development.CheckInvestment(x.Item1, x.Item2), (_, r) => Report((ComplianceReport)r));
        Hostile.Run(Gen.Zip(gen.For<ManagerProfile>(), Dates()), Hostile.Cases, 908, x => Guide.CheckManager(x.Item1, x.Item2), (_, r) => Report((ComplianceReport)r));
        Hostile.Run(Gen.Zip(gen.For<CustodianBankProfile>(), Dates()), Hostile.Cases, 909, x => Guide.CheckCustodianBank(x.Item1, x.Item2), (_, r) => Report((ComplianceReport)r));
        Hostile.Run(Gen.Zip(gen.For<ShareInput>(), Dates()), Hostile.Cases, 910, x => Guide.CheckShare(x.Item1.GuideSubscribed, x.Item1.Contributors ?? Array.Empty<Contributor>(), x.Item2), (_, r) => Report((ComplianceReport)r));
        Hostile.Run(Gen.Zip(gen.For<TermInput>(), Dates()), Hostile.Cases, 911, x => Guide.CheckTerm(x.Item1.TermYears, x.Item1.Extended, x.Item2), (_, r) => Report((ComplianceReport)r));
        Hostile.Run(gen.For<CapitalCallHistory>(), Hostile.Cases, 920, h => Guide.CheckCapitalCalls(h), (h, r) =>
        {
            var report = (ComplianceReport)r;
            Report(report);
            Assert.Equal(h.Calls.Count, report.Findings.Count(f => f.Code == "guide.paidInShare"));
        });
        Hostile.Run(gen.For<Concession>(), Hostile.Cases, 921, c => Guide.CheckConcession(c), (_, r) => Report((ComplianceReport)r));
        Hostile.Run(gen.For<BuyBack>(), Hostile.Cases, 922, b => Guide.CheckBuyBack(b), (_, r) => Report((ComplianceReport)r));
    }

    [Fact]
    public void VoteInvestmentAndExit_HostileInputs_GiveResultsOrDocumentedErrors()
    {
        var gen = new HostileGen().With(Dates());
        Hostile.Run(Gen.Zip(gen.For<CommitteeVote>(), Dates()), Hostile.Cases, 912, x => Development.Vote(x.Item1, x.Item2), (x, r) =>
        {
            var v = (CommitteeVoteResult)r;
            Assert.Equal(5L * v.InFavour >= 3L * v.Members, v.Passes);
        });
        Hostile.Run(Gen.Zip(gen.For<ProposedInvestment>(), Dates()), Hostile.Cases, 913, x => Guide.CheckInvestment(x.Item1, x.Item2), (_, r) => HaidianJson.Serialize((InvestmentVerdict)r));
        Hostile.Run(gen.For<ExitFacts>(), Hostile.Cases, 914, x => Guide.AssessExit(x), (_, r) => Assert.Equal(5, ((ExitAssessment)r).Grounds.Count));
    }

    [Fact]
    public void Distributions_HostileRequests_AddUpExactlyOrFailAsDocumented()
    {
        var gen = new HostileGen().With(Dates()).With(Gen.Frequency((3, Gen.Choose(2016, 2030)), (1, HostileValues.Int())));
        Hostile.Run(gen.For<YearEndDistribution>(), Hostile.Cases, 915, x => Development.DistributeYearEnd(x), (x, r) =>
            Assert.Equal(x.Returns, ((DistributionResult)r).Shares.Sum(s => s.Amount)));
        Hostile.Run(Gen.Zip(gen.For<Liquidation>(), Dates()), Hostile.Cases, 916, x => Guide.Liquidate(x.Item1, x.Item2), (x, r) =>
            Assert.Equal(x.Item1.Remaining, ((DistributionResult)r).Shares.Sum(s => s.Amount)));
        Hostile.Run(Gen.Zip(gen.For<CarryAward>(), Dates()), Hostile.Cases, 917, x => Guide.Carry(x.Item1, x.Item2), (x, r) =>
        {
            var c = (CarryResult)r;
            Assert.True(c.MaximumCarry <= c.ValueAdded, "the carry exceeds the value added");
            Assert.True(c.MaxAwardNow >= 0m && c.MaxAwardNow <= c.MaximumCarry, "the award now is outside 0..the cap");
        });
    }

    [Fact]
    public void CustodyReportDeadlines_HostileYearsAndQuarters_GiveDatesOrDocumentedErrors()
    {
        var years = Gen.Frequency((2, Gen.Elements(HostileValues.Years)), (3, Gen.Choose(2015, 2028)));
        Hostile.Run(Gen.Zip(years, HostileValues.Int()), Hostile.Cases, 918, x => Development.QuarterlyCustodyReportDeadline(x.Item1, x.Item2 % 6), (x, r) =>
            Assert.True(((CustodyReportDeadline)r).LastDay.Year == x.Item1));
        Hostile.Run(years, Hostile.Cases, 919, y => Development.AnnualCustodyReportDeadline(y), (y, r) => Assert.Equal(new LocalDate(y, 1, 31), ((CustodyReportDeadline)r).LastDay));
    }

    [Fact]
    public void Concurrency_OneCalculatorOnEightThreads_MatchesTheSequentialRun() => Concurrent(distinctInputs: 1_000, threads: 8, repeats: 10);

    [Fact]
    [Trait("Category", "Stress")]
    public void Concurrency_MillionEvaluationsOnEightThreads_MatchTheSequentialRun() => ConcurrentMillion(distinctInputs: 1_000);

    [Fact]
    public void Determinism_SameInputsGiveByteIdenticalJson() => Deterministic(2_000);

    /// <summary>The arguments of <see cref="GuideFundCalculator.CheckShare"/>, for the reflective generator.</summary>
    public sealed record ShareInput(decimal GuideSubscribed, IReadOnlyList<Contributor> Contributors);

    /// <summary>The arguments of <see cref="GuideFundCalculator.CheckTerm"/>.</summary>
    public sealed record TermInput(decimal TermYears, bool Extended);

    private static void Report(ComplianceReport report)
    {
        Hostile.NoNegativeMoney(report);
        Assert.Equal(report.Violations, report.Findings.Count(f => f.IsViolation));
        Assert.Equal(report.NotAssessed, report.Findings.Count(f => f.Status == FindingStatus.NotAssessed));
        HaidianJson.Serialize(report);
    }

    /// <summary>Hostile dates mixed with days around the in-force dates and leap years.</summary>
    private static Gen<LocalDate> Dates() =>
        Gen.Frequency((1, HostileValues.Date()), (3, Gen.Choose(0, 4_000).Select(d => new LocalDate(2017, 9, 1).PlusDays(d))));

    /// <summary>Well-ordered requests: a start, an end up to three years later, sorted changes, hostile amounts and fees.</summary>
    private static Gen<FeePeriod> Ordered() =>
        from start in Dates()
        from length in Gen.Frequency((4, Gen.Choose(0, 1_100)), (1, Gen.Elements(0, 1, 364, 365, 366, 730, 731)))
        from offsets in Gen.Choose(1, 800).ArrayOf().Select(a => a.Distinct().OrderBy(x => x).Take(4).ToArray())
        from amounts in HostileValues.Decimal().ArrayOf(5)
        from fee in Gen.Frequency((1, Gen.Constant<decimal?>(null)), (2, HostileValues.Decimal().Select(d => (decimal?)d)))
        from returns in Gen.Frequency((2, Gen.Constant<decimal?>(null)), (1, HostileValues.Decimal().Select(d => (decimal?)d)))
        select new FeePeriod(
            start,
            Safe(() => start.PlusDays(length), start),
            new[] { new BaseChange(start, amounts[0]) }.Concat(offsets.Select((o, i) => new BaseChange(Safe(() => start.PlusDays(o), start), amounts[i + 1]))).ToArray(),
            fee,
            returns);

    private static LocalDate Safe(Func<LocalDate> f, LocalDate fallback)
    {
        try
        {
            return f();
        }
        catch (OverflowException)
        {
            return fallback;
        }
        catch (ArgumentOutOfRangeException)
        {
            return fallback;
        }
    }
}
