using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Haidian.Rules.Deadlines;
using Haidian.Rules.Tests.Core;

namespace Haidian.Rules.Tests.Deadlines;

/// <summary>
/// The 1.0 input contract (spec 07 §C, issue 14) for the deadlines module: every required field of every input and parameter
/// type is reported as <c>required</c> at its path when left out (C1), optional members keep their documented defaults, and a
/// document with three problems reports all three with codes (C2, C3).
/// </summary>
public sealed class DeadlineContractTests
{
    /// <summary>The types of <see cref="DeadlinesJsonContext"/> the library only writes (results); every other registered type is read as input.</summary>
    private static readonly Type[] ResultTypes = { typeof(DeadlineResult), typeof(DayInfo) };

    /// <summary>A valid document of every input and parameter type, with every optional member set, and how many required fields it holds.</summary>
    private static readonly Dictionary<Type, (Func<string> Json, int RequiredFields)> Documents = new()
    {
        // Only rule is required: event, year and quarter are nullable (each rule needs exactly its own anchor; DeadlineCalculator checks that).
        [typeof(RuleAnchor)] = (() => """{ "rule": "developmentFund.quarterlyCustodyReport", "event": "2018-09-28", "year": 2018, "quarter": 4 }""", 1),

        // key, name, method, amount, unit, citation (+ its documentNumber, title, article), inForceFrom; text, month and day are optional.
        [typeof(DeadlineRule)] = (() => HaidianJson.Serialize(DeadlineParameters.Gazette2017.ForestSelfInspectionReport), 10),

        // version, inForceFrom, source and the three counting-rule citations (each itself + its 3 fields), the 24 rules (each itself
        // + its 10): 2 + 4 × 4 + 24 × 11; moveFixedDatesOffRestDays is optional.
        [typeof(DeadlineParameters)] = (ParametersInput, 282),
    };

    public static TheoryData<string> InputTypes() => new(Documents.Keys.Select(t => t.Name));

    [Theory]
    [MemberData(nameof(InputTypes))]
    public void C1_each_required_field_of_every_input_and_parameter_type_is_required(string type)
    {
        var (t, (json, expected)) = Documents.Single(d => d.Key.Name == type);
        var check = typeof(ContractAssert).GetMethod(nameof(ContractAssert.EachRequiredFieldIsRequired))!.MakeGenericMethod(t);
        Assert.Equal(expected, (int)check.Invoke(null, new object[] { json() })!);
    }

    [Fact]
    public void C1_every_input_type_the_module_registers_has_its_required_field_test()
    {
        // Every type registered in the module's JSON context (arrays by their element type) that is not a result is read as input,
        // so each must be in Documents above: a new input type without its test fails here.
        var registered = typeof(DeadlinesJsonContext).GetCustomAttributesData()
            .Where(a => a.AttributeType == typeof(JsonSerializableAttribute))
            .Select(a => (Type)a.ConstructorArguments[0].Value!)
            .Select(t => t.IsArray ? t.GetElementType()! : t)
            .Distinct()
            .Except(ResultTypes)
            .OrderBy(t => t.Name)
            .ToArray();
        Assert.Equal(Documents.Keys.OrderBy(t => t.Name), registered);
    }

    [Fact]
    public void C1_optional_members_keep_their_documented_defaults()
    {
        // Only members whose documented default is the type's default are optional in JSON: the source-generated reader builds
        // init-only members in one object initializer and gives a left-out one default(T), not its C# initializer (an optional
        // "key" read back as null, an optional "periodStartRule" as null — so those are required in JSON).
        var rule = HaidianJson.Deserialize<DeadlineRule>(
            """{ "key": "", "name": "own rule", "method": "Period", "amount": 3, "unit": "WorkingDays", "citation": { "documentNumber": "X", "title": "T", "article": "一" }, "inForceFrom": "2017-06-21" }""");
        Assert.Equal((string.Empty, 0, 0), (rule.Key, rule.Month, rule.Day));
        Assert.Null(rule.Text);   // left out: null, not the C# initializer's empty text; shown as empty
        var result = new DeadlineCalculator().Calculate(rule, new LocalDate(2018, 8, 31));
        Assert.Equal(new LocalDate(2018, 9, 5), result.LastDay);
        Assert.Equal(HaidianJson.Serialize(result), HaidianJson.Serialize(new DeadlineCalculator().Calculate(rule with { Text = string.Empty }, new LocalDate(2018, 8, 31))));

        var json = JsonNode.Parse(ParametersInput())!.AsObject();
        Assert.True(json.Remove("moveFixedDatesOffRestDays"));
        Assert.Equal(DeadlineParameters.Gazette2017, HaidianJson.Deserialize<DeadlineParameters>(json.ToJsonString()));
        Assert.False(DeadlineParameters.Gazette2017.MoveFixedDatesOffRestDays);
        var moved = JsonNode.Parse(ParametersInput())!.AsObject();
        moved["moveFixedDatesOffRestDays"] = true;
        Assert.True(HaidianJson.Deserialize<DeadlineParameters>(moved.ToJsonString()).MoveFixedDatesOffRestDays);
    }

    [Fact]
    public void C1_members_whose_default_would_not_survive_json_are_required_there()
    {
        var json = JsonNode.Parse(ParametersInput())!.AsObject();
        foreach (var member in new[] { "source", "periodStartRule", "periodEndRule", "restDayRule" })
        {
            Assert.True(json.Remove(member), member);
        }

        var errors = Assert.Throws<ValidationException>(() => HaidianJson.Deserialize<DeadlineParameters>(json.ToJsonString())).Errors;
        Assert.Equal(
            new[] { "periodEndRule", "periodStartRule", "restDayRule", "source" },
            errors.Where(e => e.Code == ErrorCode.Required).Select(e => e.Path).Order(StringComparer.Ordinal));
        Assert.Equal(4, errors.Count);
    }

    [Fact]
    public void C1_a_rule_without_its_unit_or_amount_is_not_counted_in_days_but_rejected()
    {
        // Before 1.0 a rule of a what-if without "unit" was counted in calendar days and one without "amount" became 0.
        var errors = Assert.Throws<ValidationException>(() => HaidianJson.Deserialize<DeadlineRule>(
            """{ "key": "", "name": "own rule", "method": "Period", "citation": { "documentNumber": "X", "title": "T", "article": "一" }, "inForceFrom": "2017-06-21" }""")).Errors;
        Assert.Equal(new[] { ("amount", ErrorCode.Required), ("unit", ErrorCode.Required) }, errors.Select(e => (e.Path, e.Code)).OrderBy(p => p.Path));
    }

    [Fact]
    public void C2_C3_a_document_with_three_problems_reports_all_three_with_codes()
    {
        const string json = """{ "key": "", "name": "own rule", "method": "Sometimes", "amount": 3, "unit": "WorkingDays", "citation": { "documentNumber": "X", "title": "T", "article": "一" }, "surprise": 1 }""";
        var errors = Assert.Throws<ValidationException>(() => HaidianJson.Deserialize<DeadlineRule>(json)).Errors;
        Assert.Equal(
            new[] { ("inForceFrom", ErrorCode.Required), ("method", ErrorCode.InvalidValue), ("surprise", ErrorCode.UnknownField) },
            errors.Select(e => (e.Path, e.Code)).OrderBy(p => p.Path));
        Assert.Contains("Period, WorkingDaysInAdvance, MinimumDuration", errors.Single(e => e.Path == "method").Message, StringComparison.Ordinal);
        Assert.All(errors, e => Assert.DoesNotContain("Haidian.Rules", e.Message, StringComparison.Ordinal));
    }

    /// <summary>The gazette's parameters as JSON, without the computed <c>rules</c> list (written in the output, ignored on input).</summary>
    private static string ParametersInput()
    {
        var json = JsonNode.Parse(HaidianJson.Serialize(DeadlineParameters.Gazette2017))!.AsObject();
        Assert.True(json.Remove("rules"));
        return json.ToJsonString();
    }
}
