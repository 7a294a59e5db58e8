using System.Text.RegularExpressions;
using Haidian.Rules.Deadlines;

namespace Haidian.Rules.Tests.Deadlines;

/// <summary>Spec 07 D-a: every named rule has a stable key, looked up from C#, JSON, case files and the tool.</summary>
public sealed partial class DeadlineCalculatorTests
{
    [Fact]
    public void D_a_every_named_rule_has_a_stable_key()
    {
        Assert.Equal(24, DeadlineParameters.RuleKeys.Count);
        Assert.Equal(DeadlineParameters.RuleKeys.Count, DeadlineParameters.RuleKeys.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(DeadlineParameters.RuleKeys, Gazette.Rules.Select(r => r.Key));
        foreach (var key in DeadlineParameters.RuleKeys)
        {
            Assert.Matches(new Regex("^[a-z][A-Za-z]*\\.[a-z][A-Za-z]*$"), key);
            Assert.Same(Gazette.Rules[DeadlineParameters.RuleKeys.ToList().IndexOf(key)], Gazette.Rule(key));
        }

        // The keys spec 08 and spec 09 name for the two new modules, on the rules they mean.
        Assert.Same(Gazette.CultivatedLandSelfCheck, Gazette.Rule("cultivatedLand.selfCheck"));
        Assert.Same(Gazette.CultivatedLandInspection, Gazette.Rule("cultivatedLand.inspection"));
        Assert.Same(Gazette.SmartHaidianPreliminaryDesign, Gazette.Rule("smartHaidian.preliminaryDesign"));
        Assert.Same(Gazette.SmartHaidianFundsReviewLetter, Gazette.Rule("smartHaidian.fundsReviewLetter"));
        Assert.Same(Gazette.SmartHaidianSendToFinanceBureau, Gazette.Rule("smartHaidian.sendToFinance"));
        Assert.Same(Gazette.SmartHaidianKickOffMeeting, Gazette.Rule("smartHaidian.kickOff"));
        Assert.Same(Gazette.SmartHaidianContractFiling, Gazette.Rule("smartHaidian.fileProcurement"));
        Assert.Same(Gazette.SmartHaidianPreliminaryAcceptance, Gazette.Rule("smartHaidian.preliminaryAcceptance"));
        Assert.Same(Gazette.SmartHaidianTrialOperation, Gazette.Rule("smartHaidian.trialOperation"));
        Assert.Same(Gazette.SmartHaidianFinalAcceptance, Gazette.Rule("smartHaidian.finalAcceptance"));
        Assert.Same(Gazette.SmartHaidianWarranty, Gazette.Rule("smartHaidian.warranty"));
        Assert.Same(Gazette.SmartHaidianDesignReviewCutoff, Gazette.Rule("smartHaidian.designReviewCutoff"));
        Assert.Same(Gazette.SmartHaidianAlternatePromotion, Gazette.Rule("smartHaidian.alternatePromotion"));
        Assert.Same(Gazette.SmartHaidianLeftoverIssues, Gazette.Rule("smartHaidian.leftoverIssues"));

        // The key is in the rule's JSON and survives a round trip of the parameters.
        Assert.Contains("\"key\": \"cultivatedLand.inspection\"", HaidianJson.Serialize(Gazette.CultivatedLandInspection), StringComparison.Ordinal);
        Assert.Equal(Gazette.Rules, HaidianJson.Deserialize<DeadlineParameters>(HaidianJson.Serialize(Gazette)).Rules);
    }

    [Fact]
    public void D_a_an_unknown_key_is_an_error_listing_the_keys()
    {
        foreach (var bad in new[] { "cultivatedLand.inspections", "CultivatedLand.Inspection", "cultivatedLandInspection", string.Empty })
        {
            var e = Assert.Throws<ValidationException>(() => Gazette.Rule(bad));
            var error = Assert.Single(e.Errors);
            Assert.Equal(("rule", ErrorCode.InvalidValue), (error.Path, error.Code));
            Assert.StartsWith($"'{bad}' is not a rule key: one of smartHaidian.preliminaryDesign, ", error.Message, StringComparison.Ordinal);
            foreach (var key in DeadlineParameters.RuleKeys)
            {
                Assert.Contains(key, error.Message, StringComparison.Ordinal);
            }
        }

        Assert.Throws<ArgumentNullException>(() => Gazette.Rule(null!));
        Assert.Equal("rule", Assert.Single(Assert.Throws<ValidationException>(() => Calculator.Calculate("nope", new LocalDate(2018, 1, 2))).Errors).Path);
        Assert.Equal("rule", Assert.Single(Assert.Throws<ValidationException>(() => Calculator.CalculateForYear("nope", 2018)).Errors).Path);
        Assert.Equal("rule", Assert.Single(Assert.Throws<ValidationException>(() => Calculator.CalculateForQuarter("nope", 2018, 1)).Errors).Path);
        Assert.Equal("rule", Assert.Single(Assert.Throws<ValidationException>(() => Calculator.Calculate(new RuleAnchor("nope", Year: 2018))).Errors).Path);
    }

    [Fact]
    public void D_a_rules_by_key_give_the_same_answers_as_the_rule_objects()
    {
        var published = new LocalDate(2017, 7, 5);
        Assert.Equal(new LocalDate(2017, 9, 4), Calculator.Calculate("expropriation.reconsideration", published).LastDay);
        Assert.Equal(HaidianJson.Serialize(Calculator.Calculate(Gazette.ExpropriationLawsuit, published)), HaidianJson.Serialize(Calculator.Calculate("expropriation.lawsuit", published)));
        Assert.Equal(new LocalDate(2018, 11, 28), Calculator.Calculate("smartHaidian.preliminaryDesign", new LocalDate(2018, 9, 20)).LastDay);
        Assert.Equal(new LocalDate(2018, 10, 19), Calculator.CalculateForQuarter("developmentFund.quarterlyCustodyReport", 2018, 3).LastDay);
        Assert.Equal(new LocalDate(2018, 4, 10), Calculator.CalculateForYear("cultivatedLand.inspection", 2017).LastDay);
    }

    [Fact]
    public void D_a_rules_by_key_from_json()
    {
        var anchor = HaidianJson.Deserialize<RuleAnchor>("""{ "rule": "cultivatedLand.selfCheck", "year": 2017 }""");
        var result = Calculator.Calculate(anchor);
        Assert.Equal(new LocalDate(2018, 2, 15), result.LastDay);
        Assert.True(result.FallsOnRestDay);
        Assert.Contains(result.HolidayDays, d => d.Date == new LocalDate(2018, 2, 15) && d.Citation!.DocumentNumber == "国办发明电〔2017〕12号");

        Assert.Equal(new LocalDate(2018, 10, 17), Calculator.Calculate(HaidianJson.Deserialize<RuleAnchor>("""{ "rule": "smartHaidian.fundsReviewLetter", "event": "2018-09-28" }""")).LastDay);
        Assert.Equal(new LocalDate(2019, 1, 15), Calculator.Calculate(HaidianJson.Deserialize<RuleAnchor>("""{ "rule": "developmentFund.quarterlyCustodyReport", "year": 2018, "quarter": 4 }""")).LastDay);

        // The rule key is required; an unknown field is named.
        var missing = Assert.Throws<ValidationException>(() => HaidianJson.Deserialize<RuleAnchor>("""{ "year": 2017, "month": 3 }"""));
        Assert.Equal(new[] { ("rule", ErrorCode.Required), ("month", ErrorCode.UnknownField) }, missing.Errors.Select(e => (e.Path, e.Code)).OrderBy(p => p.Item2));
    }

    [Fact]
    public void D_a_an_anchor_must_be_the_one_the_rule_needs()
    {
        var e = Assert.Throws<ValidationException>(() => Calculator.Calculate(new RuleAnchor("cultivatedLand.inspection", new LocalDate(2018, 1, 2), null, 3)));
        Assert.Equal(
            new[]
            {
                ("event", ErrorCode.Inconsistent, "is not used by rule cultivatedLand.inspection (by 04-10 of the next year): leave it out"),
                ("year", ErrorCode.Required, "is required by rule cultivatedLand.inspection (by 04-10 of the next year)"),
                ("quarter", ErrorCode.Inconsistent, "is not used by rule cultivatedLand.inspection (by 04-10 of the next year): leave it out"),
            },
            e.Errors.Select(x => (x.Path, x.Code, x.Message)));
        var q = Assert.Throws<ValidationException>(() => Calculator.Calculate(new RuleAnchor("developmentFund.quarterlyCustodyReport", Year: 2018)));
        Assert.Equal(("quarter", ErrorCode.Required), (Assert.Single(q.Errors).Path, q.Errors[0].Code));
        var ev = Assert.Throws<ValidationException>(() => Calculator.Calculate(new RuleAnchor("smartHaidian.kickOff", Year: 2018)));
        Assert.Equal(new[] { ("event", ErrorCode.Required), ("year", ErrorCode.Inconsistent) }, ev.Errors.Select(x => (x.Path, x.Code)));
        var empty = Assert.Throws<ValidationException>(() => Calculator.Calculate(new RuleAnchor(" ")));
        Assert.Equal(("rule", ErrorCode.Required), (Assert.Single(empty.Errors).Path, empty.Errors[0].Code));
        Assert.Throws<ArgumentNullException>(() => Calculator.Calculate((RuleAnchor)null!));
    }

    [Fact]
    public void D_a_the_smart_Haidian_rules_not_in_spec_06()
    {
        // 第十二条 「截至8月底」: a fixed date in the selection year; 第十七条 「在7月底前」: in the list year. Not moved, rest days flagged.
        var cutoff = Calculator.CalculateForYear("smartHaidian.designReviewCutoff", 2018);
        Assert.Equal((new LocalDate(2018, 8, 31), DeadlineMethod.FixedDateOfSameYear, false), (cutoff.LastDay, cutoff.Method, cutoff.FallsOnRestDay));
        Assert.Equal("smart-Haidian: design passed technical review, to be selected for the year's draft list (in 2018)", cutoff.Subject);
        Assert.Equal("海政发〔2017〕21号《海淀区智慧海淀建设项目管理办法（修订版）》第十二条", cutoff.Citation.ToString());
        var promotion = Calculator.CalculateForYear(Gazette.SmartHaidianAlternatePromotion, 2021);
        Assert.Equal((new LocalDate(2021, 7, 31), true, false), (promotion.LastDay, promotion.FallsOnRestDay, promotion.MovedOffRestDay));
        Assert.Equal("第十七条", promotion.Citation.Article);
        Assert.Equal("by 07-31 of the year named", Gazette.SmartHaidianAlternatePromotion.Describe());
        Assert.Equal(new LocalDate(2021, 8, 2), new DeadlineCalculator(Official, Gazette with { MoveFixedDatesOffRestDays = true }).CalculateForYear("smartHaidian.alternatePromotion", 2021).LastDay);
        Assert.Equal(new LocalDate(2017, 7, 31), Calculator.CalculateForYear("smartHaidian.alternatePromotion", 2017).LastDay);
        Assert.Throws<NotInForceException>(() => Calculator.CalculateForYear("smartHaidian.alternatePromotion", 2016));

        // 第二十八条 「在系统试运行前」: on or before the day the trial starts, never moved.
        var leftover = Calculator.Calculate("smartHaidian.leftoverIssues", new LocalDate(2018, 9, 30));
        Assert.Equal((new LocalDate(2018, 9, 30), new LocalDate(2018, 9, 30), false, DeadlineMethod.OnOrBeforeEvent), (leftover.LastDay, leftover.RawEnd, leftover.MovedOffRestDay, leftover.Method));
        Assert.Null(leftover.FallsOnRestDay);
        Assert.Equal("on or before the day of the event", Gazette.SmartHaidianLeftoverIssues.Describe());
        Assert.Equal(2, leftover.Steps.Count);
        Assert.Equal("第二十八条", leftover.Citation.Article);
        Assert.Throws<NotInForceException>(() => Calculator.Calculate("smartHaidian.leftoverIssues", new LocalDate(2017, 6, 20)));
        Assert.Equal(new LocalDate(2017, 6, 21), Calculator.Calculate("smartHaidian.leftoverIssues", new LocalDate(2017, 6, 21)).LastDay);
        Assert.Equal("eventDate", Assert.Single(Assert.Throws<ValidationException>(() => Calculator.Calculate("smartHaidian.leftoverIssues", new LocalDate(9900, 1, 1))).Errors).Path);

        // A same-year rule is computed with CalculateForYear, not Calculate.
        var wrong = Assert.Throws<ValidationException>(() => Calculator.Calculate(Gazette.SmartHaidianDesignReviewCutoff, new LocalDate(2018, 1, 2)));
        Assert.Equal("rule.method: a FixedDateOfSameYear rule is anchored differently; use CalculateForYear", Assert.Single(wrong.Errors).ToString());
    }

    [Fact]
    public void D_a_a_rule_under_another_key_is_inconsistent()
    {
        var errors = (Gazette with { CultivatedLandInspection = Gazette.CultivatedLandInspection with { Key = "cultivatedLand.check" } }).Validate();
        var error = Assert.Single(errors);
        Assert.Equal(("cultivatedLandInspection.key", ErrorCode.Inconsistent, "must be this rule's stable key 'cultivatedLand.inspection' (got 'cultivatedLand.check')"), (error.Path, error.Code, error.Message));
    }

    [Fact]
    public void D_d_the_cultivated_land_calendar_of_spec_08()
    {
        // CL8: performance year 2016's dates fall before 38号 was issued (2017-08-17): not in force.
        var before = Assert.Throws<NotInForceException>(() => Calculator.CalculateForYear("cultivatedLand.selfCheck", 2016));
        Assert.Equal(new LocalDate(2017, 8, 17), before.InForceFrom);
        Assert.Throws<NotInForceException>(() => Calculator.CalculateForYear("cultivatedLand.inspection", 2016));
        Assert.Equal((new LocalDate(2018, 4, 10), false), Pair(Calculator.CalculateForYear("cultivatedLand.inspection", 2017)));
        Assert.Equal((new LocalDate(2019, 2, 15), false), Pair(Calculator.CalculateForYear("cultivatedLand.selfCheck", 2018)));
        Assert.Equal((new LocalDate(2021, 2, 15), true), Pair(Calculator.CalculateForYear("cultivatedLand.selfCheck", 2020)));
        Assert.Equal((new LocalDate(2021, 4, 10), true), Pair(Calculator.CalculateForYear("cultivatedLand.inspection", 2020)));
        Assert.Equal((new LocalDate(2026, 2, 15), true), Pair(Calculator.CalculateForYear("cultivatedLand.selfCheck", 2025)));
        Assert.Equal((new LocalDate(2026, 4, 10), false), Pair(Calculator.CalculateForYear("cultivatedLand.inspection", 2025)));

        // 2026's dates fall in 2027, with no schedule: returned, not moved, the rest-day flag unknown.
        var unknown = Calculator.CalculateForYear("cultivatedLand.selfCheck", 2026);
        Assert.Equal((new LocalDate(2027, 2, 15), (bool?)null, false), (unknown.LastDay, unknown.FallsOnRestDay, unknown.MovedOffRestDay));

        static (LocalDate, bool?) Pair(DeadlineResult r) => (r.LastDay, r.FallsOnRestDay);
    }
}
