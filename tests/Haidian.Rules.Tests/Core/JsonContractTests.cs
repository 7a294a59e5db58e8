using System.Text.Json.Nodes;

namespace Haidian.Rules.Tests.Core;

/// <summary>The 1.0 input contract of <see cref="HaidianJson"/> (spec 07 C1–C3, C5) on the core types.</summary>
public sealed class JsonContractTests
{
    private const string ValidFinding = """{ "code": "x.y", "severity": "Departure", "message": "m", "citation": { "documentNumber": "海行规发〔2017〕7号", "title": "办法", "article": "第八条" } }""";

    [Fact]
    public void C1_every_required_field_left_out_is_reported_as_required_at_its_path()
    {
        Assert.Equal(7, ContractAssert.EachRequiredFieldIsRequired<Finding>(ValidFinding));
    }

    [Fact]
    public void C2_three_problems_are_reported_at_once_with_codes()
    {
        // An unknown enum word, a missing field and an unknown field: three problems, one exception, document order then missing fields.
        var errors = Assert.Throws<ValidationException>(() => HaidianJson.Deserialize<Finding>(
            """{ "code": "x", "severity": "Bad", "mesage": "typo", "citation": { "documentNumber": "d", "title": "t", "article": "a" } }""")).Errors;
        Assert.Equal(
            new[]
            {
                ("severity", ErrorCode.InvalidValue, "\"Bad\" is not one of Violation, Departure"),
                ("mesage", ErrorCode.UnknownField, "is not a field here (fields: code, severity, message, citation, status, requirement, approvedBy)"),
                ("message", ErrorCode.Required, "is required"),
            },
            errors.Select(e => (e.Path, e.Code, e.Message)));
    }

    [Theory]
    [InlineData("""{"severity": 1}""", "severity", "must be one of the words Violation, Departure, got 1")]
    [InlineData("""{"severity": null}""", "severity", "is required and must not be null")]
    [InlineData("""{"code": 5}""", "code", "must be text (a JSON string), got 5")]
    [InlineData("""{"citation": []}""", "citation", "must be an object, got a list")]
    public void C2_unreadable_values_name_the_field_and_what_is_expected(string patch, string path, string message)
    {
        var json = JsonNode.Parse(ValidFinding)!.AsObject();
        foreach (var (k, v) in JsonNode.Parse(patch)!.AsObject())
        {
            json[k] = v?.DeepClone();
        }

        var e = Assert.Single(Assert.Throws<ValidationException>(() => HaidianJson.Deserialize<Finding>(json.ToJsonString())).Errors);
        Assert.Equal((path, message), (e.Path, e.Message));
        Assert.NotEqual(ErrorCode.UnknownField, e.Code);
    }

    [Theory]
    [InlineData("""{"amount": 1e40}""", ErrorCode.OutOfRange, "is too large or too precise to read exactly, got 1e40")]
    [InlineData("""{"amount": true}""", ErrorCode.InvalidValue, "must be a number, got true")]
    public void C2_numbers_that_cannot_be_read_exactly_are_reported(string json, ErrorCode code, string message)
    {
        var e = Assert.Throws<ValidationException>(() => HaidianJson.Deserialize<LineItem>(json)).Errors.First();
        Assert.Equal(("amount", code, message), (e.Path, e.Code, e.Message));
    }

    [Theory]
    [InlineData("{", "$")]
    [InlineData("""{"code": "a", "code": "b"}""", "$")]
    [InlineData("null", "$")]
    public void C2_documents_that_are_not_json_objects_give_one_plain_error(string json, string path)
    {
        var e = Assert.Single(Assert.Throws<ValidationException>(() => HaidianJson.Deserialize<Finding>(json)).Errors);
        Assert.Equal(path, e.Path);
        Assert.DoesNotContain("LineNumber", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("BytePositionInLine", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Haidian.Rules", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Finding", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void C3_error_codes_are_written_in_json_as_camel_case_words()
    {
        var json = HaidianJson.Serialize(new[] { new ValidationError("a.b", ErrorCode.UnknownField, "m"), new ValidationError("c", ErrorCode.NoSchedule, "n") }, indented: false);
        Assert.Equal("""[{"path":"a.b","code":"unknownField","message":"m"},{"path":"c","code":"noSchedule","message":"n"}]""", json);
        Assert.Equal(
            new[] { "required", "unknownField", "invalidValue", "outOfRange", "inconsistent", "noSchedule", "notInForce" },
            Enum.GetValues<ErrorCode>().Select(c => HaidianJson.Serialize(c, indented: false).Trim('"')));
    }

    [Fact]
    public void C4_undefined_enum_values_are_rejected_with_the_allowed_words()
    {
        var e = Assert.Single(Assert.Throws<ValidationException>(() => Validator.RequireDefined("severity", (Severity)99)).Errors);
        Assert.Equal(("severity", ErrorCode.InvalidValue, "is not one of Violation, Departure (got the undefined value 99)"), (e.Path, e.Code, e.Message));
        Validator.RequireDefined("severity", Severity.Departure);
    }

    [Fact]
    public void C5_schema_states_required_members_enum_words_formats_and_no_unknown_members()
    {
        var schema = JsonNode.Parse(HaidianJson.SchemaFor<Finding>())!.AsObject();
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", (string?)schema["$schema"]);
        Assert.Equal("object", (string?)schema["type"]);
        Assert.Equal(new[] { "code", "severity", "message", "citation" }, schema["required"]!.AsArray().Select(n => (string?)n));
        Assert.False((bool)schema["additionalProperties"]!);
        Assert.Equal(new[] { "Violation", "Departure" }, schema["properties"]!["severity"]!["enum"]!.AsArray().Select(n => (string?)n));

        var provenance = JsonNode.Parse(HaidianJson.SchemaFor(typeof(Provenance)))!;
        Assert.Equal("date", (string?)provenance["properties"]!["parametersInForceFrom"]!["format"]);
        Assert.Throws<ArgumentException>(() => HaidianJson.SchemaFor(typeof(System.Text.StringBuilder)));
        Assert.Throws<ArgumentNullException>(() => HaidianJson.SchemaFor(null!));
    }
}
