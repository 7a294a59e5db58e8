using System.Text.Json.Nodes;
using Haidian.Rules.Tests.Core;
using Haidian.Rules.WaterCompensation;

namespace Haidian.Rules.Tests.WaterCompensation;

/// <summary>
/// The 1.0 input contract (spec 07 §C, issue 14) for the water module: every required field of every input and parameter
/// type is <c>required</c> when left out (C1), optional fields keep their documented defaults, several problems are reported
/// at once with their codes (C2, C3), undefined enum values are rejected at every entry point (C4), and a month before the
/// policy is not in force (C6).
/// </summary>
public sealed class WaterCompensationContractTests
{
    private static readonly WaterCompensationCalculator Calculator = new();
    private static readonly YearMonth March2018 = new(2018, 3);

    private const string SectionMonthJson = """
        {"month":"2018-03","functionalClass":"III","assessmentTarget":"III","bodyType":"River","dry":false,"hasInflow":true,
         "outflow":{"permanganateIndex":8,"ammoniaNitrogen":1.2,"totalPhosphorus":0.6},
         "inflow":{"permanganateIndex":9,"ammoniaNitrogen":1.0,"totalPhosphorus":0.7}}
        """;

    private const string SectionJson = """
        {"id":"S1","name":"S1 A→B","functionalClass":"IV","assessmentTarget":"III","bodyType":"River","responsibleTowns":["A"],
         "downstream":"B","validFrom":"2018-01","validTo":"2019-12"}
        """;

    private const string MonitoringJson = """
        {"sectionId":"S1","month":"2018-03","dry":false,"hasInflow":true,
         "outflow":{"chemicalOxygenDemand":52,"ammoniaNitrogen":3.2,"totalPhosphorus":0.35},
         "inflow":{"chemicalOxygenDemand":50,"ammoniaNitrogen":3,"totalPhosphorus":0.3}}
        """;

    [Fact]
    public void C1_each_required_field_of_a_section_month_is_required()
    {
        // month, functionalClass, assessmentTarget, bodyType, dry, hasInflow, outflow (inflow and every concentration are optional).
        Assert.Equal(7, ContractAssert.EachRequiredFieldIsRequired<SectionMonth>(SectionMonthJson));
    }

    [Fact]
    public void C1_each_required_field_of_a_section_is_required()
    {
        // id, name, functionalClass, bodyType, responsibleTowns, validFrom (assessmentTarget, downstream, validTo are optional).
        Assert.Equal(6, ContractAssert.EachRequiredFieldIsRequired<Section>(SectionJson));
    }

    [Fact]
    public void C1_each_required_field_of_monitoring_and_of_the_annual_inputs_is_required()
    {
        // sectionId, month, dry, hasInflow, outflow.
        Assert.Equal(5, ContractAssert.EachRequiredFieldIsRequired<MonthlyMonitoring>(MonitoringJson));
        Assert.Equal(3, ContractAssert.EachRequiredFieldIsRequired<TransferFundAllocation>("""{"sectionId":"S1","town":"A","amount":1000000}"""));
        Assert.Equal(3, ContractAssert.EachRequiredFieldIsRequired<MisuseDeduction>("""{"town":"A","amount":5000,"finding":"挪用"}"""));
    }

    [Fact]
    public void C1_each_required_field_of_the_parameters_is_required()
    {
        var json = HaidianJson.Serialize(WaterCompensationParameters.Gazette2017 with
        {
            ConcentrationRounding = new ConcentrationRounding(0, 1, 2, 2, ConcentrationRoundingMode.HalfUp),
        });

        // 15 top-level members (source included: required in JSON since a left-out init-only member reads as null) + 5 × 5
        // class limits + 4 × 4 surcharge members + 4 decimals of the rounding + the 3 members of the source citation present
        // = 63 (every equalLimitsReason and the rounding's mode have defaults).
        Assert.Equal(63, ContractAssert.EachRequiredFieldIsRequired<WaterCompensationParameters>(json));
    }

    [Fact]
    public void C1_missing_dry_and_hasInflow_are_required_never_false()
    {
        var o = JsonNode.Parse(SectionMonthJson)!.AsObject();
        o.Remove("dry");
        o.Remove("hasInflow");
        var errors = Assert.Throws<ValidationException>(() => HaidianJson.Deserialize<SectionMonth>(o.ToJsonString())).Errors;
        Assert.Equal(new[] { ("dry", ErrorCode.Required), ("hasInflow", ErrorCode.Required) }, errors.Select(e => (e.Path, e.Code)).OrderBy(p => p.Path));
    }

    [Fact]
    public void C1_a_section_without_assessment_target_uses_its_functional_class_never_class_zero()
    {
        var o = JsonNode.Parse(SectionJson)!.AsObject();
        o.Remove("assessmentTarget");
        o.Remove("downstream");
        o.Remove("validTo");
        var section = HaidianJson.Deserialize<Section>(o.ToJsonString());
        Assert.Null(section.AssessmentTarget);
        Assert.Equal(WaterClass.IV, section.TargetClass);
        Assert.Null(section.Downstream);
        Assert.Null(section.ValidTo);

        // The schema allows null for the target (what null means is in the XML docs, the README and docs/cli.md).
        var schema = JsonNode.Parse(HaidianJson.SchemaFor<Section>())!;
        Assert.Contains("null", schema["properties"]!["assessmentTarget"]!["enum"]!.AsArray().Select(n => (string?)n ?? "null"));
        Assert.DoesNotContain("null", schema["properties"]!["functionalClass"]!["enum"]!.AsArray().Select(n => (string?)n ?? "null"));
        Assert.Contains("I", schema["properties"]!["functionalClass"]!["enum"]!.AsArray().Select(n => (string?)n));
    }

    [Fact]
    public void C2_C3_three_problems_are_reported_at_once_with_their_codes()
    {
        const string json = """
            {"month":"2018-03","functionalClass":"VI","assessmentTarget":"III","bodyType":"River","hasInflow":false,
             "colour":"brown","outflow":{"permanganateIndex":8,"ammoniaNitrogen":1.2,"totalPhosphorus":0.6}}
            """;
        var errors = Assert.Throws<ValidationException>(() => HaidianJson.Deserialize<SectionMonth>(json)).Errors;
        Assert.Equal(
            new[] { ("colour", ErrorCode.UnknownField), ("dry", ErrorCode.Required), ("functionalClass", ErrorCode.InvalidValue) },
            errors.Select(e => (e.Path, e.Code)).OrderBy(p => p.Path, StringComparer.Ordinal));
        var word = errors.Single(e => e.Path == "functionalClass").Message;
        Assert.Contains("I, II, III, IV, V", word, StringComparison.Ordinal);
        Assert.All(errors, e => Assert.DoesNotContain("Haidian.Rules", e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void C3_calculator_codes_are_reviewed()
    {
        static (string, ErrorCode)[] Codes(Action act) =>
            Assert.Throws<ValidationException>(act).Errors.Select(e => (e.Path, e.Code)).ToArray();

        var w2 = WaterCompensationCalculatorTests.W2;
        Assert.Equal(new[] { ("inflow", ErrorCode.Required) }, Codes(() => Calculator.Amount(w2 with { Inflow = null })));
        Assert.Equal(new[] { ("outflow.permanganateIndex", ErrorCode.Required) }, Codes(() => Calculator.Amount(w2 with { Outflow = w2.Outflow with { PermanganateIndex = null } })));
        Assert.Equal(new[] { ("outflow.ammoniaNitrogen", ErrorCode.OutOfRange) }, Codes(() => Calculator.Amount(w2 with { Outflow = w2.Outflow with { AmmoniaNitrogen = -0.01m } })));
        Assert.Equal(new[] { ("inflow.totalPhosphorus", ErrorCode.OutOfRange) }, Codes(() => Calculator.Amount(w2 with { Inflow = w2.Inflow!.Value with { TotalPhosphorus = 1_000_000.01m } })));
        Assert.Equal(new[] { ("assessmentTarget", ErrorCode.InvalidValue) }, Codes(() => Calculator.Amount(w2 with { AssessmentTarget = WaterClass.WorseThanV })));
        Assert.Equal(new[] { ("amounts", ErrorCode.Inconsistent) }, Codes(() => Calculator.Amounts(new[] { w2, w2 }, new decimal[1])));
        Assert.Equal(
            new[] { ("perClassCase2", ErrorCode.Inconsistent) },
            (WaterCompensationParameters.Gazette2017 with { PerClassCase2 = 40_000m }).Validate().Select(e => (e.Path, e.Code)));
    }

    [Fact]
    public void C4_undefined_enum_values_are_rejected_at_every_entry_point()
    {
        var bad = (WaterClass)99;
        var w1 = WaterCompensationCalculatorTests.W1;
        AssertUndefined("functionalClass", "I, II, III, IV, V, WorseThanV", () => Calculator.Amount(w1 with { FunctionalClass = bad }));
        AssertUndefined("assessmentTarget", "I, II, III, IV, V, WorseThanV", () => Calculator.Calculate(w1 with { AssessmentTarget = bad }));
        AssertUndefined("bodyType", "River, LakeOrReservoir", () => Calculator.Calculate(w1 with { BodyType = (WaterBodyType)99 }, "S1"));
        AssertUndefined("[1].functionalClass", "I, II, III, IV, V, WorseThanV", () => Calculator.Amounts(new[] { w1, w1 with { FunctionalClass = bad } }));
        AssertUndefined("[0].assessmentTarget", "I, II, III, IV, V, WorseThanV", () => new SectionMonthBatch().Add(w1 with { AssessmentTarget = bad }));

        var section = new Section("S1", "S1", bad, (WaterClass)(-3), (WaterBodyType)7, new[] { "A" }, "B", new YearMonth(2018, 1));
        var registryErrors = Assert.Throws<ValidationException>(() => new SectionRegistry(new[] { "A", "B" }, new[] { section })).Errors;
        Assert.Equal(
            new[] { "sections[0].functionalClass", "sections[0].assessmentTarget", "sections[0].bodyType" },
            registryErrors.Select(e => e.Path));
        Assert.All(registryErrors, e => Assert.Equal(ErrorCode.InvalidValue, e.Code));
        Assert.All(registryErrors, e => Assert.Contains("undefined value", e.Message, StringComparison.Ordinal));

        var monitoring = new MonthlyMonitoring("S1", March2018, false, false, w1.Outflow);
        Assert.Equal(
            new[] { "section.functionalClass", "section.assessmentTarget", "section.bodyType" },
            Assert.Throws<ValidationException>(() => Calculator.Calculate(section, monitoring)).Errors.Select(e => e.Path));

        AssertUndefined("waterClass", "I, II, III, IV, V, WorseThanV", () => WaterCompensationParameters.Gazette2017.AmmoniaNitrogenLimits.LimitOf(bad));
        AssertUndefined("functionalClass", "I, II, III, IV, V, WorseThanV", () => WaterCompensationParameters.OxygenDemandIndicatorFor(bad));
        AssertUndefined("pollutant", "ChemicalOxygenDemand, PermanganateIndex, AmmoniaNitrogen, TotalPhosphorus", () => WaterCompensationParameters.Gazette2017.LimitsFor((Pollutant)99, WaterBodyType.River));
        AssertUndefined("bodyType", "River, LakeOrReservoir", () => WaterCompensationParameters.Gazette2017.LimitsFor(Pollutant.TotalPhosphorus, (WaterBodyType)99));
        AssertUndefined("pollutant", "ChemicalOxygenDemand", () => WaterCompensationParameters.Gazette2017.SurchargeFor((Pollutant)99));
        AssertUndefined("pollutant", "ChemicalOxygenDemand", () => w1.Outflow.Of((Pollutant)99));
        AssertUndefined("pollutant", "ChemicalOxygenDemand", () => new ConcentrationRounding(0, 1, 2, 2).DecimalsOf((Pollutant)99));

        // 劣V is a defined class but has no limit and is no functional class: the same exception, not an ArgumentOutOfRangeException.
        Assert.Equal("waterClass", Assert.Single(Assert.Throws<ValidationException>(() => WaterCompensationParameters.Gazette2017.AmmoniaNitrogenLimits.LimitOf(WaterClass.WorseThanV)).Errors).Path);
        Assert.Equal("functionalClass", Assert.Single(Assert.Throws<ValidationException>(() => WaterCompensationParameters.OxygenDemandIndicatorFor(WaterClass.WorseThanV)).Errors).Path);

        // The derived indicator shown when a value is printed never throws.
        Assert.Equal(Pollutant.ChemicalOxygenDemand, (w1 with { FunctionalClass = bad }).OxygenDemandIndicator);
    }

    [Fact]
    public void C4_undefined_enum_values_in_a_registry_reach_neither_settle_nor_settle_year()
    {
        // A registry is checked when built, so Settle and SettleYear never see an undefined class: building it is the entry point.
        var good = new Section("S1", "S1", WaterClass.IV, null, WaterBodyType.River, new[] { "A" }, "B", new YearMonth(2018, 1));
        Assert.Throws<ValidationException>(() => new SectionRegistry(new[] { "A", "B" }, new[] { good with { FunctionalClass = (WaterClass)99 } }));
        var registry = new SectionRegistry(new[] { "A", "B" }, new[] { good });
        var record = new MonthlyMonitoring("S1", March2018, false, false, WaterCompensationCalculatorTests.W1.Outflow);
        Assert.Equal(230_000m, Calculator.Settle(March2018, registry, new[] { record }).TotalPaid);
    }

    [Fact]
    public void C6_before_the_policy_is_in_force_is_not_in_force_everywhere()
    {
        var early = WaterCompensationCalculatorTests.W1 with { Month = new YearMonth(2017, 12) };
        Assert.Equal(new LocalDate(2018, 1, 1), Assert.Throws<NotInForceException>(() => Calculator.Amount(early)).InForceFrom);
        Assert.Throws<NotInForceException>(() => Calculator.Calculate(early));
        Assert.Throws<NotInForceException>(() => Calculator.SettleYear(2017, WaterCompensationCalculatorTests.W6Registry, Array.Empty<MonthlyMonitoring>(), Array.Empty<TransferFundAllocation>(), Array.Empty<MisuseDeduction>()));

        // In a batch no exception per item is possible: the item's month carries notInForce.
        var e = Assert.Single(Assert.Throws<ValidationException>(() => Calculator.Amounts(new[] { WaterCompensationCalculatorTests.W1, early })).Errors);
        Assert.Equal(("[1].month", ErrorCode.NotInForce), (e.Path, e.Code));
        var batch = SectionMonthBatch.From(new[] { early });
        var be = Assert.Single(Assert.Throws<ValidationException>(() => Calculator.Amounts(batch, new decimal[1])).Errors);
        Assert.Equal(("[0].month", ErrorCode.NotInForce), (be.Path, be.Code));
    }

    private static void AssertUndefined(string path, string words, Action act)
    {
        var e = Assert.Single(Assert.Throws<ValidationException>(act).Errors);
        Assert.Equal(path, e.Path);
        Assert.Equal(ErrorCode.InvalidValue, e.Code);
        Assert.Contains(words, e.Message, StringComparison.Ordinal);
        Assert.Contains("undefined value", e.Message, StringComparison.Ordinal);
    }
}
