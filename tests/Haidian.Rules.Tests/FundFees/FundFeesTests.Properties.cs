using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Haidian.Rules.FundFees;

namespace Haidian.Rules.Tests.FundFees;

/// <summary>A fee-cap period with a base history and an inner split day (for additivity).</summary>
public sealed record FeeScenario(LocalDate Start, LocalDate End, LocalDate Split, BaseChange[] Base, int Multiplier)
{
    internal FeePeriod Request => new(Start, End, Base);
}

/// <summary>A year-end distribution or liquidation input.</summary>
public sealed record SplitScenario(decimal Total, decimal[] Weights, decimal GuideContribution);

/// <summary>A participating fund near every boundary and a relaxed copy of the parameters.</summary>
public sealed record RelaxScenario(ParticipatingFundTerms Terms, GuideFundParameters Relaxed);

/// <summary>Generators that hit year ends, leap days, zero and the exact limits, not just random values.</summary>
public static class FundArbs
{
    private static readonly LocalDate Origin = new(2017, 9, 17);   // the later of the two in-force dates

    private static Gen<LocalDate> Day =>
        Gen.OneOf(
            Gen.Choose(0, 4000).Select(d => Origin.PlusDays(d)),
            Gen.Elements(new LocalDate(2017, 12, 31), new LocalDate(2018, 1, 1), new LocalDate(2019, 12, 31), new LocalDate(2020, 2, 28),
                new LocalDate(2020, 2, 29), new LocalDate(2020, 3, 1), new LocalDate(2020, 12, 31), new LocalDate(2024, 2, 29), new LocalDate(2017, 9, 17)));

    private static Gen<decimal> Amount =>
        Gen.OneOf(
            Gen.Elements(0m, 0.01m, 1m, 365m, 366m, 72_000_000m, 500_000_000m, 800_000_000m, 999_999_999_999.99m),
            Gen.Choose(0, int.MaxValue).Select(f => f / 100m),
            Gen.Choose(0, 100_000).Select(w => w * 10_000m));

    public static Arbitrary<FeeScenario> Fees() =>
        (from start in Day
         from length in Gen.OneOf(Gen.Choose(0, 1200), Gen.Elements(0, 1, 364, 365, 366, 730))
         from splitAt in Gen.Choose(1, Math.Max(1, length))
         from lead in Gen.Choose(0, 40)
         from count in Gen.Choose(1, 4)
         from offsets in Gen.ArrayOf(Gen.Choose(1, Math.Max(1, length)), count - 1)
         from amounts in Gen.ArrayOf(Amount, count)
         from k in Gen.Choose(0, 12)
         let end = start.PlusDays(length)
         let dates = new[] { start.PlusDays(-lead) }.Concat(offsets.Distinct().OrderBy(o => o).Select(o => start.PlusDays(o))).ToArray()
         select new FeeScenario(start, end, start.PlusDays(Math.Min(splitAt, length)), dates.Select((d, i) => new BaseChange(d, amounts[i])).ToArray(), k))
        .Where(s => s.Base[0].EffectiveFrom >= Origin)
        .ToArbitrary();

    public static Arbitrary<SplitScenario> Splits() =>
        (from total in Gen.OneOf(Gen.Choose(0, int.MaxValue).Select(f => f / 100m), Gen.Elements(0m, 0.01m, 0.02m, 1_000_000m, 5_000m))
         from n in Gen.Choose(1, 8)
         from weights in Gen.ArrayOf(Gen.OneOf(Gen.Choose(0, 1000).Select(w => w * 1_000_000m), Gen.Elements(0m, 1m, 100_000_000m)), n)
         from guide in Gen.OneOf(Gen.Elements(0m, 25_000_000m, 24_000_000m), Gen.Choose(0, 100).Select(g => g * 1_000_000m))
         select new SplitScenario(total, weights[0] == 0m ? new[] { 1m }.Concat(weights.Skip(1)).ToArray() : weights, guide))
        .ToArbitrary();

    public static Arbitrary<RelaxScenario> Relaxations() =>
        (from guide in Gen.Elements(20_000_000m, 24_000_000m, 25_000_000m, 26_000_000m, 30_000_000m)
         from largest in Gen.Elements(24_000_000m, 25_000_000m, 30_000_000m)
         from second in Gen.Elements(9_999_999.99m, 10_000_000m, 20_000_000m)
         from investorCount in Gen.Choose(1, 17)
         from term in Gen.Elements(5m, 8m, 8.5m, 10m, 10.5m)
         from extended in Gen.Elements(true, false)
         from haidianShare in Gen.Elements(0.49m, 0.5m, 0.6m)
         from feeRate in Gen.Elements(0.015m, 0.02m, 0.0201m)
         from carry in Gen.Elements(0.2m, 0.7m, 0.71m)
         from notice in Gen.Elements(6, 7, 8)
         from experience in Gen.Elements(2.5m, 3m, 4m)
         from relaxShare in Gen.Elements(0m, 0.01m, 0.1m)
         from relaxTerm in Gen.Elements(0m, 0.5m, 3m)
         from relaxCount in Gen.Choose(0, 3)
         from relaxRate in Gen.Elements(0m, 0.0001m, 0.01m)
         from relaxMinimum in Gen.Elements(0m, 0.01m, 5_000_000m)
         from relaxNotice in Gen.Choose(0, 2)
         let others = new[] { new Contributor("最大出资人", largest), new Contributor("第二出资人", second) }
             .Concat(Enumerable.Range(0, Math.Max(0, investorCount - 3)).Select(i => new Contributor("出资人" + i, 10_000_000m)))
             .Concat(new[] { new Contributor("管理机构", 5_000_000m, ContributorRole.ManagerOrControllingShareholder) })
             .ToArray()
         let total = guide + others.Sum(o => o.Subscribed)
         let terms = FundFeesTests.CompliantFund with
         {
             GuideSubscribed = guide,
             Contributors = others,
             TermYears = term,
             Extended = extended,
             HaidianCulturalInvestment = Money.RoundToFen(total * haidianShare),
             AnnualManagerFeeRate = feeRate,
             CarryShare = carry,
             PublicNoticeDays = notice,
             Manager = new ManagerProfile("管理机构", true, new[] { experience, 3m, 3m }, true, false),
         }
         let p = GuideFundParameters.Gazette2017
         let relaxed = p with
         {
             MaximumGuideShare = p.MaximumGuideShare + relaxShare,
             StandardMaximumTermYears = p.StandardMaximumTermYears + relaxTerm,
             ExtendedMaximumTermYears = p.ExtendedMaximumTermYears + relaxTerm,
             MinimumHaidianInvestmentShare = p.MinimumHaidianInvestmentShare - relaxShare,
             ManagerFeeAnnualRate = p.ManagerFeeAnnualRate + relaxRate,
             MaximumCarryShare = Math.Min(1m, p.MaximumCarryShare + relaxShare),
             MinimumInvestorContribution = p.MinimumInvestorContribution - relaxMinimum,
             MinimumInvestorCount = p.MinimumInvestorCount - relaxCount,
             MaximumInvestorCount = p.MaximumInvestorCount + relaxCount,
             PublicNoticeDays = p.PublicNoticeDays - relaxNotice,
             MinimumSeniorManagerExperienceYears = p.MinimumSeniorManagerExperienceYears - relaxShare,
         }
         select new RelaxScenario(terms, relaxed))
        .ToArbitrary();
}

/// <summary>Spec 03 properties: caps linear and additive, splits conserve money, relaxing a limit never worsens a verdict.</summary>
public sealed partial class FundFeesTests
{
    [Property(Arbitrary = new[] { typeof(FundArbs) }, MaxTest = 300)]
    public bool Cap_IsLinearInTheBase_ToWithinTheFinalRounding(FeeScenario s)
    {
        var cap = Development.ManagementFeeCap(s.Request).Cap;
        var scaled = s.Request with { Base = s.Base.Select(b => b with { Amount = b.Amount * s.Multiplier }).ToArray() };
        var capK = Development.ManagementFeeCap(scaled).Cap;
        // each cap is its exact value rounded once: |capK − k·cap| ≤ 0.005 + k × 0.005
        return Math.Abs(capK - (s.Multiplier * cap)) <= 0.005m * (s.Multiplier + 1) && (s.Multiplier != 0 || capK == 0m);
    }

    [Property(Arbitrary = new[] { typeof(FundArbs) }, MaxTest = 300)]
    public bool Cap_IsAdditiveOverAdjacentPeriods_ToWithinOneFen(FeeScenario s)
    {
        if (s.Split <= s.Start)
        {
            return true;
        }

        var whole = GuideFund.TrusteeFeeCap(s.Request).Cap;
        var first = GuideFund.TrusteeFeeCap(s.Request with { End = s.Split.PlusDays(-1) }).Cap;
        var second = GuideFund.TrusteeFeeCap(s.Request with { Start = s.Split, Base = Rebase(s.Base, s.Split) }).Cap;
        return Math.Abs(first + second - whole) <= Money.Fen;
    }

    [Property(Arbitrary = new[] { typeof(FundArbs) }, MaxTest = 200)]
    public bool Cap_IsNeverNegative_AndAFeeAtTheCapIsWithin(FeeScenario s)
    {
        var cap = GuideFund.ManagerFeeCap(s.Request).Cap;
        var at = GuideFund.ManagerFeeCap(s.Request with { ProposedFee = cap });
        var over = GuideFund.ManagerFeeCap(s.Request with { ProposedFee = cap + Money.Fen });
        return cap >= 0m && at.WithinCap == true && over.WithinCap == false && over.Findings.Single().IsDeparture;
    }

    [Property(Arbitrary = new[] { typeof(FundArbs) }, MaxTest = 300)]
    public bool YearEndDistribution_ConservesMoney_AndEachShareIsWithinAFenOfExact(SplitScenario s)
    {
        var partners = s.Weights.Select((w, i) => new PartnerStake("P" + i, w)).ToArray();
        var result = Development.DistributeYearEnd(new YearEndDistribution(2018, s.Total, partners));
        var sum = s.Weights.Sum();
        return result.Shares.Sum(x => x.Amount) == s.Total
            && result.Shares.All(x => x.Amount >= 0m && Money.IsWholeFen(x.Amount) && Math.Abs(x.Amount - (s.Total * x.Weight / sum)) < Money.Fen);
    }

    [Property(Arbitrary = new[] { typeof(FundArbs) }, MaxTest = 300)]
    public bool Liquidation_ConservesMoney_AndInBankruptcyTheGuideFundComesFirst(SplitScenario s)
    {
        var others = s.Weights.Select((w, i) => new PartnerStake("P" + i, w)).ToArray();
        var ordinary = GuideFund.Liquidate(new Liquidation(LiquidationKind.Ordinary, s.Total, s.GuideContribution, others), Day2018);
        var bankruptcy = GuideFund.Liquidate(new Liquidation(LiquidationKind.Bankruptcy, s.Total, s.GuideContribution, others), Day2018);
        return ordinary.Shares.Sum(x => x.Amount) == s.Total
            && bankruptcy.Shares.Sum(x => x.Amount) == s.Total
            && bankruptcy.Shares[0].Amount >= Math.Min(s.Total, s.GuideContribution)
            && bankruptcy.Shares.All(x => x.Amount >= 0m && Money.IsWholeFen(x.Amount));
    }

    [Property(Arbitrary = new[] { typeof(FundArbs) }, MaxTest = 300)]
    public bool RelaxingALimit_NeverWorsensTheVerdict_AndACompliantFundStaysCompliant(RelaxScenario s)
    {
        var before = GuideFund.CheckParticipatingFund(s.Terms);
        var after = new GuideFundCalculator(s.Relaxed).CheckParticipatingFund(s.Terms);
        return after.Verdict >= before.Verdict
            && (before.Verdict != ComplianceVerdict.Compliant || after.Verdict == ComplianceVerdict.Compliant)
            && after.Violations <= before.Violations
            && after.Departures <= before.Departures;
    }

    [Property(MaxTest = 300)]
    public bool CommitteeVote_PassesExactlyFromThreeFifths(PositiveInt members, NonNegativeInt yes)
    {
        var m = (members.Get % 40) + 1;
        var y = yes.Get % (m + 1);
        var result = Development.Vote(new CommitteeVote(m, y), Day2018);
        var r = result.RequiredInFavour;
        return result.Passes == (5 * y >= 3 * m) && result.Passes == (y >= r) && 5 * r >= 3 * m && 5 * (r - 1) < 3 * m;
    }

    [Property(Arbitrary = new[] { typeof(FundArbs) }, MaxTest = 200)]
    public bool Carry_IsAtMostSeventyPercentOfValueAdded_AndZeroWithoutGain(SplitScenario s)
    {
        var capital = s.Weights.Sum();
        var result = GuideFund.Carry(new CarryAward(capital, s.Total), Day2018);
        return result.ValueAdded == Math.Max(0m, s.Total - capital)
            && result.MaximumCarry <= (0.7m * result.ValueAdded) + 0.005m
            && (s.Total > capital || result.MaximumCarry == 0m);
    }

    private static BaseChange[] Rebase(BaseChange[] changes, LocalDate from)
    {
        var current = changes.Last(c => c.EffectiveFrom <= from);
        return new[] { current with { EffectiveFrom = from } }.Concat(changes.Where(c => c.EffectiveFrom > from)).ToArray();
    }
}
