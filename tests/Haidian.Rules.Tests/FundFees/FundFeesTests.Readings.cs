using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Haidian.Rules.FundFees;

namespace Haidian.Rules.Tests.FundFees;

/// <summary>A participating fund's subscriptions and capital calls, for the paid-in properties of spec 07 F-c.</summary>
public sealed record CallScenario(CapitalCallHistory History, bool ProRata);

/// <summary>Generators of capital-call histories: pro-rata calls the schedule allows, and arbitrary calls (a guide fund paying ahead).</summary>
public static class CallArbs
{
    public static Arbitrary<CallScenario> Calls() =>
        (from n in Gen.Choose(1, 5)
         from others in Gen.ArrayOf(Gen.Choose(1, 60).Select(m => m * 1_000_000m), n)
         from guideMillions in Gen.Choose(1, 60)
         from proRata in Gen.Elements(true, false)
         from callCount in Gen.Choose(1, 5)
         from twentieths in Gen.ArrayOf(Gen.Choose(1, 4), callCount)
         from shares in Gen.ArrayOf(Gen.ArrayOf(Gen.Choose(0, 4), others.Length + 1), callCount)
         from firstDay in Gen.Choose(0, 700)
         let largest = others.Max()
         let cap = Math.Min(largest - 1_000_000m, Math.Floor(others.Sum() / 3m / 1_000_000m) * 1_000_000m)
         let guide = proRata ? Math.Min(Math.Min(guideMillions * 1_000_000m, cap), 24_000_000m) : guideMillions * 1_000_000m
         where guide > 0m
         let contributors = others.Select((s, i) => new Contributor("出资人" + i, s)).ToArray()
         let calls = BuildCalls(guide, contributors, twentieths, shares, proRata, new LocalDate(2018, 1, 1).PlusDays(firstDay))
         select new CallScenario(new CapitalCallHistory("参股基金", new LocalDate(2021, 1, 1), guide, contributors, calls), proRata))
        .ToArbitrary();

    private static CapitalCall[] BuildCalls(decimal guide, Contributor[] contributors, int[] twentieths, int[][] shares, bool proRata, LocalDate first)
    {
        var calls = new List<CapitalCall>();
        var paidGuide = 0m;
        var paid = new decimal[contributors.Length];
        for (var k = 0; k < twentieths.Length; k++)
        {
            decimal Part(decimal subscribed, decimal already, int index) =>
                Math.Min(subscribed - already, proRata ? subscribed * twentieths[k] / 20m : subscribed * shares[k][index] / 4m);
            var g = Part(guide, paidGuide, 0);
            paidGuide += g;
            var payments = new List<Payment>();
            for (var i = 0; i < contributors.Length; i++)
            {
                var a = Part(contributors[i].Subscribed, paid[i], i + 1);
                paid[i] += a;
                payments.Add(new Payment(contributors[i].Name, a));
            }

            calls.Add(new CapitalCall(first.PlusDays(k * 30), g, payments));
        }

        return calls.ToArray();
    }
}

/// <summary>Spec 07 §F (F-a … F-e): worked examples named after the items, and the paid-in properties of F-c.</summary>
public sealed partial class FundFeesTests
{
    private static readonly LocalDate Day2019 = new(2019, 6, 1);

    [Fact]
    public void F_a_concession_needs_approval_an_agreement_and_comes_only_from_returns()
    {
        // 第二十八条: the guide fund contributed 24,000,000; its share realised 30,000,000 → returns 6,000,000; 20% agreed → at most 1,200,000.00.
        var ok = new Concession(Day2019, "发起人股东甲", 24_000_000m, 30_000_000m, 0.2m, AgreedInAgreementOrPlan: true, ApprovedOn: new LocalDate(2019, 5, 20), ProposedAmount: 1_200_000m);
        var report = GuideFund.CheckConcession(ok);
        Assert.Equal(ComplianceVerdict.Compliant, report.Verdict);
        Assert.Equal(new[] { "guide.concessionApproval", "guide.concessionAgreed", "guide.concessionFromReturns" }, report.Findings.Select(f => f.Code));
        var amount = report.Findings[2];
        Assert.Equal("proposed 1,200,000.00; returns on the guide fund's contribution max(0, 30,000,000.00 − 24,000,000.00) = 6,000,000.00; 0.2 × 6,000,000.00 = 1,200,000.00", amount.Message);
        Assert.Equal(("海政办发〔2017〕34号", "第二十七条、第二十八条"), (amount.Citation.DocumentNumber, amount.Citation.Article));
        Assert.Equal("第二十八条", report.Findings[0].Citation.Article);

        // One fen more, no approval yet on the day (approved the day after), and nothing agreed: three violations.
        var bad = GuideFund.CheckConcession(ok with { ProposedAmount = 1_200_000.01m, ApprovedOn = new LocalDate(2019, 6, 2), AgreedInAgreementOrPlan = false });
        Assert.Equal((ComplianceVerdict.NonCompliant, 3), (bad.Verdict, bad.Violations));
        Assert.Equal("approved only on 2019-06-02, after 2019-06-01", bad.Findings[0].Message);

        // Capital first: proceeds below the contribution leave no returns, so any concession is out of capital.
        var noReturns = GuideFund.CheckConcession(ok with { GuideProceeds = 23_000_000m, ProposedAmount = 0.01m });
        Assert.True(noReturns.Findings[2].IsViolation);
        Assert.Equal(FindingStatus.Met, GuideFund.CheckConcession(ok with { ProposedAmount = null }).Findings[2].Status);
        Assert.Equal(FindingStatus.Breached, GuideFund.CheckConcession(ok with { ApprovedOn = null }).Findings[0].Status);
    }

    [Fact]
    public void F_a_buy_back_needs_a_breach_the_party_in_breach_and_at_least_the_original_price()
    {
        // 第三十三条: an investor breached the contribution agreement; it buys back at the original price (不低于: inclusive).
        var ok = new BuyBack(Day2019, BuyerIsBreachingParty: true, OriginalPrice: 24_000_000m, Price: 24_000_000m, BreachBy: BreachingParty.Investor, BreachOf: BreachedDocument.ContributionAgreement);
        var report = GuideFund.CheckBuyBack(ok);
        Assert.Equal(ComplianceVerdict.Compliant, report.Verdict);
        Assert.Equal(
            new[]
            {
                ("guide.buyBackGrounds", "Investor breached the ContributionAgreement"),
                ("guide.buyBackByBreachingParty", "the buyer is the party in breach"),
                ("guide.buyBackPrice", "24,000,000.00 against the original price 24,000,000.00"),
            },
            report.Findings.Select(f => (f.Code, f.Message)));
        Assert.All(report.Findings, f => Assert.Equal(("第三十三条", Severity.Violation), (f.Citation.Article, f.Severity)));

        var low = GuideFund.CheckBuyBack(ok with { Price = 23_999_999.99m });
        Assert.Equal(("23,999,999.99 against the original price 24,000,000.00, short by 0.01", FindingStatus.Breached), (low.Findings[2].Message, low.Findings[2].Status));
        var noBreach = GuideFund.CheckBuyBack(ok with { BreachBy = null, BreachOf = null, BuyerIsBreachingParty = false });
        Assert.Equal((2, "no breach stated"), (noBreach.Violations, noBreach.Findings[0].Message));
        Assert.Equal(new[] { "breachOf: is required when breachBy is given (which document was breached)" }, Errors(() => GuideFund.CheckBuyBack(ok with { BreachOf = null })));
        Assert.Equal(new[] { "breachOf: is given but breachBy is not (who breached it)" }, Errors(() => GuideFund.CheckBuyBack(ok with { BreachBy = null })));
    }

    [Fact]
    public void F_b_capital_calls_are_checked_against_the_tranche_schedule()
    {
        // Tranches of 24,000,000 a year from 2016: by the end of 2018 three are due (72,000,000). A 2017-09-01 call predates the document.
        var contributors = new[] { new Contributor("甲", 200_000_000m), new Contributor("乙", 150_000_000m) };
        var history = new CapitalCallHistory("参股基金", new LocalDate(2019, 3, 1), 80_000_000m, contributors, new[]
        {
            new CapitalCall(new LocalDate(2017, 9, 1), 10_000_000m, new Payment[] { new("甲", 40_000_000m) }),
            new CapitalCall(new LocalDate(2018, 3, 1), 62_000_000m, new Payment[] { new("甲", 160_000_000m), new("乙", 120_000_000m) }),   // 72,000,000: exactly three tranches
            new CapitalCall(new LocalDate(2018, 9, 1), 0.01m, Array.Empty<Payment>()),   // one fen ahead of the schedule
            new CapitalCall(new LocalDate(2019, 2, 1), 7_999_999.99m, new Payment[] { new("乙", 30_000_000m) }),   // 80,000,000 ≤ four tranches
        });
        var report = GuideFund.CheckCapitalCalls(history);
        var tranche = report.Findings.Where(f => f.Code == "guide.trancheSchedule").ToArray();
        Assert.Equal(new[] { FindingStatus.NotAssessed, FindingStatus.Met, FindingStatus.Breached, FindingStatus.Met }, tranche.Select(f => f.Status!.Value));
        Assert.Equal("call 2 (2018-03-01): the guide fund's payments to this fund total 72,000,000.00; tranches due by the end of 2018: 3 × 24,000,000.00 = 72,000,000.00", tranche[1].Message);
        Assert.Equal("call 1 (2017-09-01): dated before this document was in force (2017-09-17): counted in the running totals, not assessed", tranche[0].Message);
        Assert.Equal("call 3 (2018-09-01): the guide fund's payments to this fund total 72,000,000.01; tranches due by the end of 2018: 3 × 24,000,000.00 = 72,000,000.00", tranche[2].Message);
        Assert.Equal(("第七条", Severity.Violation), (tranche[2].Citation.Article, tranche[2].Severity));
        Assert.Equal(ComplianceVerdict.NonCompliant, report.Verdict);

        // Payments beyond a subscription, a payer who is not a contributor, calls out of order or after the day asked: bad input, with codes.
        var bad = Assert.Throws<ValidationException>(() => GuideFund.CheckCapitalCalls(history with
        {
            Calls = new[]
            {
                new CapitalCall(new LocalDate(2018, 3, 1), 80_000_000.01m, new Payment[] { new("甲", 200_000_000.01m), new("丙", 1m) }),
                new CapitalCall(new LocalDate(2018, 3, 1), 0m, Array.Empty<Payment>()),
                new CapitalCall(new LocalDate(2019, 3, 2), 0m, Array.Empty<Payment>()),
            },
        })).Errors;
        Assert.Equal(
            new[]
            {
                "calls[0].guidePaid: brings the guide fund's paid-in to 80,000,000.01, above its subscription (80,000,000.00)",
                "calls[0].payments[0].amount: brings 甲's paid-in to 200,000,000.01, above its subscription (200,000,000.00)",
                "calls[0].payments[1].contributor: '丙' is not one of the contributors",
                "calls[1].date: must be after calls[0].date (2018-03-01)",
                "calls[2].date: must not be after asOf (2019-03-01)",
            },
            Problems(bad));
        Assert.All(bad, e => Assert.Equal(ErrorCode.Inconsistent, e.Code));
    }

    [Fact]
    public void F_c_paid_in_share_checked_after_each_call()
    {
        // Subscribed: guide 25,000,000 of 100,000,000 (25%, below 甲's 30,000,000): compliant. Paid in, the guide fund pays ahead.
        var contributors = new[] { new Contributor("甲", 30_000_000m), new Contributor("乙", 25_000_000m), new Contributor("丙", 20_000_000m) };
        var history = new CapitalCallHistory("参股基金", new LocalDate(2019, 1, 1), 25_000_000m, contributors, new[]
        {
            new CapitalCall(new LocalDate(2018, 3, 1), 10_000_000m, new Payment[] { new("甲", 15_000_000m), new("乙", 10_000_000m), new("丙", 5_000_000m) }),   // 10 of 40 = 25%; 10 < 15
            new CapitalCall(new LocalDate(2018, 6, 1), 5_000_000m, new Payment[] { new("乙", 5_000_000m) }),   // 15 of 50 = 30%; 15 = 甲's 15: a tie
            new CapitalCall(new LocalDate(2018, 9, 1), 0m, new Payment[] { new("甲", 15_000_000m), new("乙", 10_000_000m), new("丙", 15_000_000m) }),   // 15 of 90; 甲 30 ahead
        });
        var report = GuideFund.CheckCapitalCalls(history);
        Assert.Equal(new[] { FindingStatus.Met, FindingStatus.Met }, report.Findings.Where(f => f.Code is "guide.share" or "guide.notLargest").Select(f => f.Status!.Value));
        var share = report.Findings.Where(f => f.Code == "guide.paidInShare").ToArray();
        var largest = report.Findings.Where(f => f.Code == "guide.paidInNotLargest").ToArray();
        Assert.Equal(new[] { FindingStatus.Met, FindingStatus.Breached, FindingStatus.Met }, share.Select(f => f.Status!.Value));
        Assert.Equal(new[] { FindingStatus.Met, FindingStatus.Breached, FindingStatus.Met }, largest.Select(f => f.Status!.Value));
        Assert.Equal("call 2 (2018-06-01): 15,000,000.00 of 50,000,000.00 paid in = 30%", share[1].Message);
        Assert.Equal("call 2 (2018-06-01): 15,000,000.00 paid in against the largest other, 甲, 乙, 15,000,000.00: a tie", largest[1].Message);
        Assert.Equal("call 3 (2018-09-01): 15,000,000.00 paid in against the largest other, 甲, 30,000,000.00", largest[2].Message);
        Assert.Equal((ComplianceVerdict.NonCompliant, 2), (report.Verdict, report.Violations));

        // A guide fund that has paid nothing is not the largest, even when nobody has paid.
        var nothing = GuideFund.CheckCapitalCalls(history with { Calls = new[] { new CapitalCall(new LocalDate(2018, 3, 1), 0m, Array.Empty<Payment>()) } });
        Assert.Equal(("call 1 (2018-03-01): 0.00 paid in against the largest other, 甲, 乙, 丙, 0.00: the guide fund has paid nothing", FindingStatus.Met),
            (nothing.Findings.Single(f => f.Code == "guide.paidInNotLargest").Message, nothing.Findings.Single(f => f.Code == "guide.paidInNotLargest").Status));
        Assert.Equal("call 1 (2018-03-01): 0.00 of 0.00 paid in", nothing.Findings.Single(f => f.Code == "guide.paidInShare").Message);
    }

    [Property(Arbitrary = new[] { typeof(CallArbs) }, MaxTest = 300)]
    public void F_c_paid_in_rules_hold_after_every_call_sequence_the_schedule_allows_and_match_the_running_totals(CallScenario s)
    {
        var report = GuideFund.CheckCapitalCalls(s.History);
        var share = report.Findings.Where(f => f.Code == "guide.paidInShare").ToArray();
        var largest = report.Findings.Where(f => f.Code == "guide.paidInNotLargest").ToArray();
        Assert.Equal(s.History.Calls.Count, share.Length);
        Assert.Equal(s.History.Calls.Count, largest.Length);
        var guide = 0m;
        var paid = s.History.Contributors.ToDictionary(c => c.Name, _ => 0m);
        for (var k = 0; k < s.History.Calls.Count; k++)
        {
            var call = s.History.Calls[k];
            guide += call.GuidePaid;
            foreach (var payment in call.Payments)
            {
                paid[payment.Contributor] += payment.Amount;
            }

            var total = guide + paid.Values.Sum();
            Assert.Equal(guide * 4m <= total ? FindingStatus.Met : FindingStatus.Breached, share[k].Status);
            Assert.Equal(guide == 0m || guide < paid.Values.Max() ? FindingStatus.Met : FindingStatus.Breached, largest[k].Status);
            if (s.ProRata)
            {
                // A schedule that calls the same share of every subscription keeps a compliant subscription compliant after every call.
                Assert.Equal(FindingStatus.Met, share[k].Status);
                Assert.Equal(FindingStatus.Met, largest[k].Status);
            }
        }

        if (s.ProRata)
        {
            Assert.Equal(ComplianceVerdict.Compliant, report.Verdict);
        }
    }

    [Fact]
    public void F_d_carry_result_says_the_most_that_may_be_awarded_now()
    {
        // F6: value added 60,000,000 → cap 42,000,000.00; approved 2019-05-20, 12,000,000 already awarded → 30,000,000.00 may be awarded now.
        var award = new CarryAward(100_000_000m, 160_000_000m, ApprovedOn: new LocalDate(2019, 5, 20), AlreadyAwarded: 12_000_000m);
        var now = GuideFund.Carry(award, Day2019);
        Assert.Equal((42_000_000m, 12_000_000m, 30_000_000m), (now.MaximumCarry, now.AlreadyAwarded, now.MaxAwardNow));
        Assert.Equal("approved 2019-05-20: max(0, 42,000,000.00 − 12,000,000.00) = 30,000,000.00", now.Lines[2].Arithmetic);
        Assert.Contains("\"maxAwardNow\": 30000000", HaidianJson.Serialize(now), StringComparison.Ordinal);

        // Before the approval nothing may be awarded; once the cap is used up, nothing more.
        Assert.Equal(0m, GuideFund.Carry(award, new LocalDate(2019, 5, 19)).MaxAwardNow);
        Assert.Equal("approved only on 2019-05-20, after this day: 0.00", GuideFund.Carry(award, new LocalDate(2019, 5, 19)).Lines[2].Arithmetic);
        Assert.Equal(0m, GuideFund.Carry(award with { AlreadyAwarded = 50_000_000m }, Day2019).MaxAwardNow);
        Assert.Equal(42_000_000m, GuideFund.Carry(award with { AlreadyAwarded = 0m }, new LocalDate(2019, 5, 20)).MaxAwardNow);

        // A proposal is checked together with what was already awarded.
        var over = GuideFund.Carry(award with { ProposedCarry = 30_000_000.01m }, Day2019);
        Assert.Equal(("proposed 30,000,000.01 + already awarded 12,000,000.00 = 42,000,000.01", FindingStatus.Breached), (over.Findings[0].Message, over.Findings[0].Status));
        Assert.Equal(FindingStatus.Met, GuideFund.Carry(award with { ProposedCarry = 30_000_000m }, Day2019).Findings[0].Status);
    }

    [Fact]
    public void F_e_keep_fee_above_the_funds_returns_is_a_departure()
    {
        var result = Development.ManagementFeeCap(new FeePeriod(new LocalDate(2018, 1, 1), new LocalDate(2018, 12, 31), new[] { new BaseChange(new LocalDate(2018, 1, 1), 500_000_000m) }, ProposedFee: 1_000_000m, PeriodReturns: 999_999.99m));
        var returns = result.Findings.Single(f => f.Code == "dev.feeFromReturns");
        Assert.Equal((FindingStatus.Breached, Severity.Departure, "第十四条"), (returns.Status, returns.Severity, returns.Citation.Article));
        Assert.True(returns.IsDeparture);
        Assert.False(returns.IsViolation);
    }

    [Fact]
    public void F_e_keep_term_over_ten_years_reports_the_eight_year_departure_and_the_ten_year_violation()
    {
        var report = GuideFund.CheckTerm(11m, extended: false, Day2018);
        Assert.Equal(new[] { ("guide.termStandard", FindingStatus.Breached, Severity.Departure), ("guide.termMaximum", FindingStatus.Breached, Severity.Violation) },
            report.Findings.Select(f => (f.Code, f.Status!.Value, f.Severity)));
        Assert.Equal((1, 1, ComplianceVerdict.NonCompliant), (report.Violations, report.Departures, report.Verdict));
    }

    [Fact]
    public void F_e_keep_bankruptcy_surplus_after_all_capital_is_shared_by_contribution_guide_included()
    {
        // Guide 24,000,000, others 36,000,000 and 40,000,000; 110,000,000 left: capital first, then 10,000,000 by contribution (第二十九条 按照出资比例).
        var result = GuideFund.Liquidate(new Liquidation(LiquidationKind.Bankruptcy, 110_000_000m, 24_000_000m, new[] { new PartnerStake("甲", 36_000_000m), new PartnerStake("乙", 40_000_000m) }), Day2018);
        Assert.Equal(new[] { 26_400_000m, 39_600_000m, 44_000_000m }, result.Shares.Select(x => x.Amount));
        Assert.Equal("第二十九条", result.Lines.Last().Citation.Article);
    }

    [Fact]
    public void F_e_one_finding_per_under_minimum_investor_naming_the_investor()
    {
        var report = GuideFund.CheckParticipatingFund(CompliantFund with
        {
            Contributors = CompliantFund.Contributors.Concat(new[] { new Contributor("丁", 9_000_000m), new Contributor("戊", 1m) }).ToArray(),
        });
        var below = report.Findings.Where(f => f.Code == "guide.investorMinimum").ToArray();
        Assert.Equal(new[] { "丁 subscribes 9,000,000.00, below the minimum by 1,000,000.00", "戊 subscribes 1.00, below the minimum by 9,999,999.00" }, below.Select(f => f.Message));
        Assert.All(below, f => Assert.True(f.IsViolation));
        Assert.Equal(2, report.Violations - GuideFund.CheckParticipatingFund(CompliantFund with { Contributors = CompliantFund.Contributors.Concat(new[] { new Contributor("丁", 10_000_000m), new Contributor("戊", 10_000_000m) }).ToArray() }).Violations);
        Assert.Single(GuideFund.CheckParticipatingFund(CompliantFund).Findings, f => f.Code == "guide.investorMinimum");
    }
}
