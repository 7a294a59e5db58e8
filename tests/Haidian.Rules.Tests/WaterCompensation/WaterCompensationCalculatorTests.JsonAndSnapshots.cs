using Haidian.Rules.WaterCompensation;
using Snapshooter.Xunit;

namespace Haidian.Rules.Tests.WaterCompensation;

/// <summary>JSON contract round trips, and approval snapshots of the itemized result and the ledger.</summary>
public sealed partial class WaterCompensationCalculatorTests
{
    [Fact]
    public void Json_SectionMonth_RoundTripsWithIsoMonthsAndStringEnums()
    {
        var json = HaidianJson.Serialize(W2);
        Assert.Contains("\"month\": \"2018-03\"", json, StringComparison.Ordinal);
        Assert.Contains("\"functionalClass\": \"III\"", json, StringComparison.Ordinal);
        Assert.Equal(W2, HaidianJson.Deserialize<SectionMonth>(json));
    }

    [Fact]
    public void Json_ParametersResultsAndLedger_RoundTripByteForByte()
    {
        AssertRoundTrip(WaterCompensationParameters.Gazette2017);
        AssertRoundTrip(Calculator.Calculate(W1, "S1"));
        AssertRoundTrip(Calculator.Settle(March2018, W6Registry, W6Monitoring(March2018)));
        AssertRoundTrip(W6Registry.Sections.ToArray());
        AssertRoundTrip(W6Monitoring(March2018));
    }

    [Fact]
    public void Json_ParametersFromJson_AreTheGazettes()
    {
        var back = HaidianJson.Deserialize<WaterCompensationParameters>(HaidianJson.Serialize(WaterCompensationParameters.Gazette2017));
        Assert.Equal(WaterCompensationParameters.Gazette2017, back);
    }

    [Fact]
    public void Json_MalformedInput_IsAValidationErrorWithThePath()
    {
        // Spec 07 C2/C3: every problem at once, each with its path and code (the other members are required, never defaults).
        string[] others = { "functionalClass", "assessmentTarget", "bodyType", "dry", "hasInflow", "outflow" };
        var ex = Assert.Throws<ValidationException>(() => HaidianJson.Deserialize<SectionMonth>("{\"month\":\"2018-13\"}"));
        Assert.Equal(
            new[] { ("month", ErrorCode.InvalidValue) }.Concat(others.Select(o => (o, ErrorCode.Required))).OrderBy(e => e.Item1, StringComparer.Ordinal),
            ex.Errors.Select(e => (e.Path, e.Code)).OrderBy(e => e.Path, StringComparer.Ordinal));
        Assert.Equal("must be a month as yyyy-MM, got \"2018-13\"", ex.Errors.Single(e => e.Path == "month").Message);
        var unknown = Assert.Throws<ValidationException>(() => HaidianJson.Deserialize<SectionMonth>("{\"mnth\":\"2018-03\"}"));
        var mnth = unknown.Errors.Single(e => e.Path == "mnth");
        Assert.Equal(ErrorCode.UnknownField, mnth.Code);
        Assert.Contains(unknown.Errors, e => e.Path == "month" && e.Code == ErrorCode.Required);
        var enumError = Assert.Throws<ValidationException>(() => HaidianJson.Deserialize<SectionMonth>("{\"functionalClass\":\"VI\"}"));
        var fc = enumError.Errors.Single(e => e.Path == "functionalClass");
        Assert.Equal(ErrorCode.InvalidValue, fc.Code);
        Assert.Contains("I, II, III, IV, V, WorseThanV", fc.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_InputReadFromJson_GetsTheSameValidation()
    {
        var x = HaidianJson.Deserialize<SectionMonth>("{\"month\":\"2018-03\",\"functionalClass\":\"IV\",\"assessmentTarget\":\"IV\",\"bodyType\":\"River\",\"dry\":false,\"hasInflow\":false,\"outflow\":{\"chemicalOxygenDemand\":-1,\"ammoniaNitrogen\":1,\"totalPhosphorus\":0.1}}");
        var ex = Assert.Throws<ValidationException>(() => Calculator.Amount(x));
        Assert.Equal("outflow.chemicalOxygenDemand", Assert.Single(ex.Errors).Path);
    }

    [Fact]
    public void Snapshot_ItemizedW1()
    {
        Snapshot.Match(Calculator.Calculate(W1, "S1"), o => o.IgnoreField("Provenance.PackageVersion"));
    }

    [Fact]
    public void Snapshot_ItemizedW2WithInflow()
    {
        Snapshot.Match(Calculator.Calculate(W2, "S2"), o => o.IgnoreField("Provenance.PackageVersion"));
    }

    [Fact]
    public void Snapshot_W6Ledger()
    {
        Snapshot.Match(Calculator.Settle(March2018, W6Registry, W6Monitoring(March2018)), o => o.IgnoreFields("**.PackageVersion"));
    }

    private static void AssertRoundTrip<T>(T value)
    {
        var json = HaidianJson.Serialize(value);
        var again = HaidianJson.Serialize(HaidianJson.Deserialize<T>(json));
        Assert.Equal(json, again);
    }
}
