using System.Text.Json.Nodes;
using Haidian.Rules.FundFees;
using NodaTime;
using static Haidian.Rules.Cli.Tests.CliHarness;

namespace Haidian.Rules.Cli.Tests;

/// <summary>The fund module (海行规发〔2017〕8号 and 海政办发〔2017〕34号) through evaluate, params, --parameters and verify.</summary>
public sealed class FundModuleTests
{
    private const string F1 = """
        {
          "operation": "managementFeeCap", "start": "2018-01-01", "end": "2018-12-31",
          "base": [ { "effectiveFrom": "2018-01-01", "amount": 500000000 }, { "effectiveFrom": "2018-07-01", "amount": 800000000 } ],
          "proposedFee": 1400000
        }
        """;

    [Fact]
    public void Evaluate_ManagementFeeCap_IsTheLibrarysResult_F1Cap1302465_75AndADeparture()
    {
        var (code, output, error) = RunWithInput(F1, "evaluate", "fund", "-");
        Assert.True(code == 0, error);
        var request = new FeePeriod(new LocalDate(2018, 1, 1), new LocalDate(2018, 12, 31), new[] { new BaseChange(new LocalDate(2018, 1, 1), 500_000_000m), new BaseChange(new LocalDate(2018, 7, 1), 800_000_000m) }, 1_400_000m);
        Assert.Equal(HaidianJson.Serialize(new DevelopmentFundCalculator().ManagementFeeCap(request)), output.TrimEnd());
        var result = HaidianJson.Deserialize<FeeCapResult>(output);
        Assert.Equal(1_302_465.75m, result.Cap);
        var finding = Assert.Single(result.Findings);
        Assert.Equal(Severity.Departure, finding.Severity);
        Assert.Equal(FindingStatus.Breached, finding.Status);
    }

    [Theory]
    [InlineData("""{ "operation": "trusteeFeeCap", "start": "2018-01-01", "end": "2018-12-31", "base": [ { "effectiveFrom": "2018-01-01", "amount": 72000000 } ] }""", "360000.00")]
    [InlineData("""{ "operation": "managerFeeCap", "start": "2018-01-01", "end": "2018-12-31", "base": [ { "effectiveFrom": "2018-01-01", "amount": 100000000 } ] }""", "2000000.00")]
    [InlineData("""{ "operation": "managementFeeCap", "start": "2019-10-01", "end": "2020-03-31", "base": [ { "effectiveFrom": "2019-10-01", "amount": 300000000 } ] }""", "300413.20")]
    public void Evaluate_FeeCaps_F2AndF5(string input, string cap)
    {
        var (code, output, error) = RunWithInput(input, "evaluate", "fund", "-");
        Assert.True(code == 0, error);
        Assert.Equal(decimal.Parse(cap, System.Globalization.CultureInfo.InvariantCulture), HaidianJson.Deserialize<FeeCapResult>(output).Cap);
    }

    [Fact]
    public void Evaluate_EveryOperation_GivesAResult()
    {
        var inputs = new[]
        {
            """{ "operation": "terms", "name": "F", "asOf": "2018-03-01", "limitedPartnership": true, "termYears": 4, "managerRegisteredCapital": 30000000, "managerMeetsAmacRequirements": true }""",
            """{ "operation": "investment", "asOf": "2018-03-01", "name": "P", "externalExpertReview": true, "vote": { "members": 5, "inFavour": 3 } }""",
            """{ "operation": "vote", "asOf": "2018-03-01", "members": 6, "inFavour": 4 }""",
            """{ "operation": "yearEndDistribution", "year": 2018, "returns": 1000000, "partners": [ { "name": "A", "amount": 1 }, { "name": "B", "amount": 1 }, { "name": "C", "amount": 1 } ] }""",
            """{ "operation": "quarterlyCustodyReport", "year": 2018, "quarter": 4 }""",
            """{ "operation": "annualCustodyReport", "year": 2019 }""",
            """{ "operation": "participatingFund", "name": "P", "asOf": "2018-03-01", "guideSubscribed": 25000000, "contributors": [ { "name": "M", "subscribed": 30000000, "role": "ManagerOrControllingShareholder" } ], "termYears": 9 }""",
            """{ "operation": "share", "asOf": "2018-03-01", "guideSubscribed": 25000000, "contributors": [ { "name": "A", "subscribed": 30000000 } ] }""",
            """{ "operation": "term", "asOf": "2018-03-01", "termYears": 9 }""",
            """{ "operation": "manager", "asOf": "2018-03-01", "name": "M", "registeredAndTaxedInHaidian": true, "seniorManagerExperienceYears": [3, 5, 2], "hasSuccessfulInvestmentCase": true, "hasPenaltyRecord": false }""",
            """{ "operation": "custodianBank", "asOf": "2018-03-01", "name": "B", "established": "2013-03-01", "stateOwnedOrControlled": true, "haidianTreasuryAgent": true, "hasVentureFundCustodyExperience": true, "hasPenaltyRecord": false }""",
            """{ "operation": "prohibitedBusiness", "asOf": "2018-03-01", "description": "buy listed shares", "kind": "Stocks" }""",
            """{ "operation": "exit", "asOf": "2019-03-02", "planConfirmed": "2018-03-01" }""",
            """{ "operation": "liquidation", "asOf": "2019-03-02", "kind": "Bankruptcy", "remaining": 1000000, "guideContribution": 25000000, "others": [ { "name": "A", "amount": 75000000 } ] }""",
            """{ "operation": "carry", "asOf": "2019-03-02", "contributedCapital": 100000000, "proceeds": 160000000 }""",
            """{ "operation": "tranches" }""",
        };
        foreach (var input in inputs)
        {
            var (code, output, error) = RunWithInput(input, "evaluate", "fund", "-");
            Assert.True(code == 0, input + "\n" + error);
            Assert.NotNull(JsonNode.Parse(output));
        }
    }

    [Fact]
    public void Evaluate_QuarterlyCustodyReport_Q4_2018_Is2018_10_19OnTheOfficialCalendar()
    {
        var (code, output, error) = RunWithInput("""{ "operation": "quarterlyCustodyReport", "year": 2018, "quarter": 4 }""", "evaluate", "fund", "-");
        Assert.True(code == 0, error);
        var deadline = HaidianJson.Deserialize<CustodyReportDeadline>(output);
        Assert.Equal(new LocalDate(2018, 10, 19), deadline.LastDay);
        Assert.Equal(new DevelopmentFundCalculator().QuarterlyCustodyReportDeadline(2018, 4), deadline);
    }

    [Fact]
    public void Evaluate_BadInput_ReportsEveryFieldWithItsLine()
    {
        var path = Write(TempDir(), "bad.json", """
            {
              "operation": "share", "asOf": "2018-03-01", "guideSubscribed": -1,
              "contributors": [ { "name": "", "subscribed": 30000000 } ],
              "extra": 1
            }
            """);
        var (code, output, error) = Run("evaluate", "fund", path);
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("bad.json:4: extra: is not a field of the 'share' operation", error, StringComparison.Ordinal);
        var (code2, _, error2) = RunWithInput("""{ "operation": "share", "asOf": "2018-03-01", "guideSubscribed": -1, "contributors": [ { "name": "", "subscribed": 30000000 } ] }""", "evaluate", "fund", "-");
        Assert.Equal(2, code2);
        Assert.Contains("guideSubscribed:", error2, StringComparison.Ordinal);
        Assert.Contains("contributors[0].name:", error2, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_BeforeInForce_IsReportedAsNotInForce()
    {
        var (code, _, error) = RunWithInput("""{ "operation": "term", "asOf": "2017-09-16", "termYears": 9 }""", "evaluate", "fund", "-");
        Assert.Equal(2, code);
        Assert.Contains("2017-09-17", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_UnknownOperation_ListsBothFundsOperations()
    {
        var (code, _, error) = RunWithInput("""{ "operation": "fee" }""", "evaluate", "fund", "-");
        Assert.Equal(2, code);
        Assert.Contains("'fee' is not an operation of fund: one of managementFeeCap, terms, investment, vote, yearEndDistribution, quarterlyCustodyReport, annualCustodyReport, trusteeFeeCap, managerFeeCap", error, StringComparison.Ordinal);
    }

    [Fact]
    public void WhatIf_DevelopmentRate3PerMille_RaisesTheCap_AndMarksTheProvenance()
    {
        var overrides = Write(TempDir(), "o.json", """{ "development": { "managementFeeAnnualRate": 0.003 } }""");
        var (code, output, error) = RunWithInput(F1, "evaluate", "fund", "-", "--parameters", overrides);
        Assert.True(code == 0, error);
        var result = HaidianJson.Deserialize<FeeCapResult>(output);
        Assert.Equal(1_953_698.63m, result.Cap);
        Assert.Equal(true, result.WithinCap);
        Assert.Equal("gazette-2017+what-if", result.Provenance.ParametersVersion);
    }

    [Fact]
    public void WhatIf_GuideTermLimits_ChangeTheF8Verdict()
    {
        var overrides = Write(TempDir(), "o.json", """{ "guide": { "standardMaximumTermYears": 9 } }""");
        var (code, output, error) = RunWithInput("""{ "operation": "term", "asOf": "2018-03-01", "termYears": 9 }""", "evaluate", "fund", "-", "--parameters", overrides);
        Assert.True(code == 0, error);
        Assert.Equal(ComplianceVerdict.Compliant, HaidianJson.Deserialize<ComplianceReport>(output).Verdict);
    }

    [Theory]
    [InlineData("""{ "managementFeeAnnualRate": 0.003 }""", "managementFeeAnnualRate: is not a parameter group of fund")]
    [InlineData("""{ "development": { "managementFeeAnnualRate": 2 } }""", "development.managementFeeAnnualRate:")]
    [InlineData("""{ "guide": { "extendedMaximumTermYears": 7 } }""", "guide.extendedMaximumTermYears:")]
    [InlineData("""{ "guide": 1 }""", "guide: must be an object")]
    public void WhatIf_InvalidOverrides_AreReportedWithTheirGroupPath(string overrides, string message)
    {
        var path = Write(TempDir(), "o.json", overrides);
        var (code, output, error) = RunWithInput(F1, "evaluate", "fund", "-", "--parameters", path);
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Params_Text_ListsBothFundsParametersWithTheirCitations()
    {
        var (code, output, error) = Run("params", "fund");
        Assert.True(code == 0, error);
        Assert.Contains("development.managementFeeAnnualRate = 0.002", output, StringComparison.Ordinal);
        Assert.Contains("海行规发〔2017〕8号", output, StringComparison.Ordinal);
        Assert.Contains("guide.trusteeFeeAnnualRate = 0.005", output, StringComparison.Ordinal);
        Assert.Contains("guide.maximumGuideShare = 0.25", output, StringComparison.Ordinal);
        Assert.Contains("海政办发〔2017〕34号", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Params_Json_CitesEveryParameterOfBothFunds()
    {
        var (code, output, error) = Run("params", "fund", "--format", "json");
        Assert.True(code == 0, error);
        var o = JsonNode.Parse(output)!.AsObject();
        var citations = o["citations"]!.AsObject();
        foreach (var group in new[] { "development", "guide" })
        {
            foreach (var (name, _) in o["parameters"]![group]!.AsObject())
            {
                Assert.True(citations.ContainsKey(group + "." + name), "no citation for " + group + "." + name);
            }
        }

        Assert.Equal(0.002m, o["parameters"]!["development"]!["managementFeeAnnualRate"]!.GetValue<decimal>());
    }

    [Fact]
    public void Verify_FundCases_AllPass()
    {
        var (code, output, error) = Run("verify", Repo("cases", "fund"), "--quiet");
        Assert.True(code == 0, output + error);
        Assert.Contains(" 0 failed", output, StringComparison.Ordinal);
        Assert.DoesNotContain("FAIL", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_AWrongFundExpectation_FailsWithTheDiff()
    {
        var dir = TempDir();
        Write(dir, "wrong.json", """
            { "module": "fund", "name": "F7 with a wrong share", "period": "2018",
              "input": { "operation": "yearEndDistribution", "year": 2018, "returns": 1000000,
                         "partners": [ { "name": "A", "amount": 1 }, { "name": "B", "amount": 1 }, { "name": "C", "amount": 1 } ] },
              "expected": { "shares": [ { "amount": 333333.33 }, {}, {} ] } }
            """);
        var (code, output, _) = Run("verify", dir, "--quiet");
        Assert.Equal(1, code);
        Assert.Contains("shares[0].amount: expected 333333.33, actual 333333.34", output, StringComparison.Ordinal);
    }
}
