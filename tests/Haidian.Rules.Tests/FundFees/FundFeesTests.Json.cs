using Haidian.Rules.FundFees;

namespace Haidian.Rules.Tests.FundFees;

/// <summary>JSON round trips through HaidianJson; JSON input gets the same validation.</summary>
public sealed partial class FundFeesTests
{
    [Fact]
    public void Json_FeeCapRequest_RoundTrips_AndGivesTheSameCap()
    {
        var json = HaidianJson.Serialize(F1Request(1_400_000m));
        Assert.Contains("\"effectiveFrom\": \"2018-07-01\"", json, StringComparison.Ordinal);
        var back = HaidianJson.Deserialize<FeePeriod>(json);
        Assert.Equal(1_302_465.75m, Development.ManagementFeeCap(back).Cap);
    }

    [Fact]
    public void Json_ParticipatingFundTerms_RoundTrip_GivesTheSameReport()
    {
        var terms = CompliantFund with { Decisions = new[] { new DepartureDecision("guide.termStandard", "x") } };
        var back = HaidianJson.Deserialize<ParticipatingFundTerms>(HaidianJson.Serialize(terms));
        Assert.Equal(HaidianJson.Serialize(GuideFund.CheckParticipatingFund(terms)), HaidianJson.Serialize(GuideFund.CheckParticipatingFund(back)));
    }

    [Fact]
    public void Json_ResultsAndParameters_RoundTrip()
    {
        var report = GuideFund.CheckParticipatingFund(CompliantFund);
        var json = HaidianJson.Serialize(report);
        Assert.Contains("\"verdict\": \"Compliant\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("isViolation", json, StringComparison.Ordinal);
        Assert.Equal(json, HaidianJson.Serialize(HaidianJson.Deserialize<ComplianceReport>(json)));
        var p = HaidianJson.Serialize(GuideFundParameters.Gazette2017);
        Assert.Equal(p, HaidianJson.Serialize(HaidianJson.Deserialize<GuideFundParameters>(p)));
        var d = HaidianJson.Serialize(DevelopmentFundParameters.Gazette2017);
        Assert.Equal(d, HaidianJson.Serialize(HaidianJson.Deserialize<DevelopmentFundParameters>(d)));
        var exit = HaidianJson.Serialize(GuideFund.AssessExit(new ExitFacts(new LocalDate(2019, 6, 1), PlanConfirmed: new LocalDate(2018, 3, 15))));
        Assert.Contains("\"ground\": \"SetupOverdue\"", exit, StringComparison.Ordinal);
        Assert.Equal(exit, HaidianJson.Serialize(HaidianJson.Deserialize<ExitAssessment>(exit)));
        var tranches = HaidianJson.Serialize(GuideFund.Tranches().ToArray());
        Assert.Equal(tranches, HaidianJson.Serialize(HaidianJson.Deserialize<GuideFundTranche[]>(tranches)));
        var fee = HaidianJson.Serialize(Development.ManagementFeeCap(F1Request(1m)));
        Assert.Equal(fee, HaidianJson.Serialize(HaidianJson.Deserialize<FeeCapResult>(fee)));
    }

    [Fact]
    public void Json_BadInputFromJson_IsValidatedLikeCSharpInput()
    {
        const string json = """{ "start": "2018-01-01", "end": "2017-12-31", "base": [ { "effectiveFrom": "2018-01-01", "amount": -3 } ] }""";
        var request = HaidianJson.Deserialize<FeePeriod>(json);
        Assert.Equal(new[] { "end", "base[0].amount" }, Paths(() => Development.ManagementFeeCap(request)));
        Assert.Throws<ValidationException>(() => HaidianJson.Deserialize<FeePeriod>("""{ "start": "2018-01-01", "end": "2018-12-31", "base": [], "surprise": 1 }"""));
    }

    [Fact]
    public void Json_EveryPublicInputParameterAndResultTypeOfTheModule_HasSourceGeneratedMetadata()
    {
        var types = typeof(FeePeriod).Assembly.GetExportedTypes()
            .Where(t => t.Namespace == "Haidian.Rules.FundFees" && !t.Name.EndsWith("Calculator", StringComparison.Ordinal) && !(t.IsAbstract && t.IsSealed))
            .ToArray();
        Assert.True(types.Length > 30);
        foreach (var t in types)
        {
            Assert.NotNull(HaidianJson.Options.GetTypeInfo(t));   // throws NotSupportedException when a type is missing from the context
        }
    }
}
