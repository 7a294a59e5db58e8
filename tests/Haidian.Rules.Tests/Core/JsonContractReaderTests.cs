using Haidian.Rules.CultivatedLand;
using Haidian.Rules.ForestAssessment;
using Haidian.Rules.WasteSorting;
using Haidian.Rules.WaterCompensation;
using Snapshooter.Xunit;

namespace Haidian.Rules.Tests.Core;

/// <summary>
/// The contract reader's and the schema writer's less travelled branches (spec 07 C2, C5), written from the mutation run of
/// 2026-12-05 (Core's changed lines scored 66 %): every kind of JSON value a member cannot take, nulls at the root, members
/// the output writes but the input ignores, and the schema of each kind of member the library has.
/// </summary>
public sealed class JsonContractReaderTests
{
    // line 3 is `  "deadline": ]`: the bracket is its 15th character (both counted from 1, not System.Text.Json's 0).
    private const string InvalidJsonMessage = "is not valid JSON: ']' is an invalid start of a value (line 3, column 15)";

    private static (string Path, ErrorCode Code, string Message)[] Problems<T>(string json) =>
        Assert.Throws<ValidationException>(() => HaidianJson.Deserialize<T>(json)).Errors.Select(e => (e.Path, e.Code, e.Message)).ToArray();

    [Fact]
    public void A_null_document_is_required_whether_the_type_is_a_value_or_a_class()
    {
        Assert.Equal(new[] { ("$", ErrorCode.Required, "must not be null") }, Problems<SectionMonth>("null"));
        Assert.Equal(new[] { ("$", ErrorCode.Required, "must not be null") }, Problems<TimeWindow>("null"));
    }

    [Fact]
    public void A_null_member_of_a_nullable_type_is_accepted_and_read_as_absent()
    {
        var r = HaidianJson.Deserialize<Rectification>("""{ "orderedOn": "2019-03-01", "deadline": null }""");
        Assert.Equal(new NodaTime.LocalDate(2019, 3, 1), r.OrderedOn);
        Assert.Null(r.Deadline);
    }

    [Theory]
    [InlineData("""{ "start": "25:00", "end": "09:00:00" }""", "start", "must be a time of day as HH:mm:ss, got \"25:00\"")]
    [InlineData("""{ "start": "07:00:00", "end": 9 }""", "end", "must be a time of day as HH:mm:ss, got 9")]
    [InlineData("""{ "start": "07:00:00", "end": false }""", "end", "must be a time of day as HH:mm:ss, got false")]
    [InlineData("""{ "start": {}, "end": "09:00:00" }""", "start", "must be a time of day as HH:mm:ss, got an object")]
    [InlineData("""{ "start": "0123456789012345678901234567890123456789012345678901234567890123456789", "end": "09:00:00" }""", "start", "must be a time of day as HH:mm:ss, got \"012345678901234567890123456789012345678901234567890123456...\"")]
    [InlineData("""{ "start": "012345678901234567890123456789012345678901234567890123456789", "end": "09:00:00" }""", "start", "must be a time of day as HH:mm:ss, got \"012345678901234567890123456789012345678901234567890123456789\"")]
    public void A_time_of_day_that_cannot_be_read_says_the_format(string json, string path, string message)
    {
        Assert.Equal(new[] { (path, ErrorCode.InvalidValue, message) }, Problems<TimeWindow>(json));
    }

    [Fact]
    public void A_date_and_a_month_that_cannot_be_read_say_their_formats()
    {
        Assert.Equal(new[] { ("orderedOn", ErrorCode.InvalidValue, "must be a date as yyyy-MM-dd, got \"2019-3-1\"") }, Problems<Rectification>("""{ "orderedOn": "2019-3-1" }"""));
        Assert.Contains(("month", ErrorCode.InvalidValue, "must be a month as yyyy-MM, got \"2018-13\""), Problems<SectionMonth>(
            """{ "month": "2018-13", "functionalClass": "IV", "assessmentTarget": "IV", "bodyType": "River", "dry": false, "hasInflow": false, "outflow": { "chemicalOxygenDemand": 1, "ammoniaNitrogen": 1, "totalPhosphorus": 0.1 } }"""));
    }

    [Theory]
    [InlineData("""{ "year": 2019.5, "grade": "Good" }""", ErrorCode.InvalidValue, "must be a whole number, got 2019.5")]
    [InlineData("""{ "year": 2e3, "grade": "Good" }""", ErrorCode.InvalidValue, "must be a whole number, got 2e3")]
    [InlineData("""{ "year": 99999999999, "grade": "Good" }""", ErrorCode.OutOfRange, "is too large or too precise to read exactly, got 99999999999")]
    [InlineData("""{ "year": "2019", "grade": "Good" }""", ErrorCode.InvalidValue, "must be a whole number, got \"2019\"")]
    public void A_whole_number_member_names_what_is_wrong(string json, ErrorCode code, string message)
    {
        Assert.Equal(new[] { ("year", code, message) }, Problems<YearGrade>(json));
    }

    [Theory]
    [InlineData("\"yes\"", "must be true or false, got \"yes\"")]
    [InlineData("1", "must be true or false, got 1")]
    public void A_flag_that_is_not_true_or_false_is_reported(string value, string message)
    {
        var json = """{ "month": "2018-03", "functionalClass": "IV", "assessmentTarget": "IV", "bodyType": "River", "dry": """ + value
            + """, "hasInflow": false, "outflow": { "chemicalOxygenDemand": 1, "ammoniaNitrogen": 1, "totalPhosphorus": 0.1 } }""";
        Assert.Equal(new[] { ("dry", ErrorCode.InvalidValue, message) }, Problems<SectionMonth>(json));
    }

    [Fact]
    public void A_list_member_given_as_something_else_is_reported_as_not_a_list()
    {
        var json = """{ "id": "S1", "name": "n", "functionalClass": "IV", "bodyType": "River", "responsibleTowns": "A", "validFrom": "2018-01" }""";
        Assert.Equal(new[] { ("responsibleTowns", ErrorCode.InvalidValue, "must be a list (a JSON array), got \"A\"") }, Problems<Section>(json));
    }

    [Fact]
    public void A_member_the_output_computes_is_ignored_on_input_whatever_its_value()
    {
        // SectionMonth writes oxygenDemandIndicator (a computed, read-only member); a document may carry it back, even with a
        // value that is not a pollutant word, and it is neither checked nor read.
        var json = """{ "month": "2018-03", "functionalClass": "II", "assessmentTarget": "II", "bodyType": "River", "dry": false, "hasInflow": false, "oxygenDemandIndicator": 5, "outflow": { "permanganateIndex": 1, "ammoniaNitrogen": 1, "totalPhosphorus": 0.1 } }""";
        var x = HaidianJson.Deserialize<SectionMonth>(json);
        Assert.Equal(Pollutant.PermanganateIndex, x.OxygenDemandIndicator);
        Assert.Contains("\"oxygenDemandIndicator\":\"PermanganateIndex\"", HaidianJson.Serialize(x).Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_json_says_what_and_where_in_plain_words()
    {
        var e = Assert.Single(Problems<Rectification>("{\n  \"orderedOn\": \"2019-03-01\",\n  \"deadline\": ]\n}"));
        Assert.Equal(("$", ErrorCode.InvalidValue), (e.Path, e.Code));
        Assert.Equal(InvalidJsonMessage, e.Message);
    }

    [Fact]
    public void Invalid_json_is_reported_with_the_path_where_reading_stopped()
    {
        var e = Assert.Single(Problems<Rectification>("""{ "orderedOn": "2019-03-01", "deadline": }"""));
        Assert.Equal(ErrorCode.InvalidValue, e.Code);
        Assert.Equal("$", e.Path);
        Assert.StartsWith("is not valid JSON: ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SchemaFor_refuses_null_and_types_outside_the_contract()
    {
        Assert.Equal("type", Assert.Throws<ArgumentNullException>(() => HaidianJson.SchemaFor(null!)).ParamName);
        var e = Assert.Throws<ArgumentException>(() => HaidianJson.SchemaFor(typeof(System.Threading.Thread)));
        Assert.Equal("type", e.ParamName);
        Assert.StartsWith("not a type of the library's JSON contract", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SchemaFor_writes_formats_nullability_defaults_and_required_members_of_each_kind()
    {
        // A value record (month, flags, a repeated nested type and its nullable twin), a class record with times of day, one
        // with a required date beside optional dates with defaults, and one with a month and an optional month.
        var text = string.Join(
            "\n---\n",
            HaidianJson.SchemaFor<SectionMonth>(),
            HaidianJson.SchemaFor<TimeWindow>(),
            HaidianJson.SchemaFor<Rectification>(),
            HaidianJson.SchemaFor<Section>(),
            HaidianJson.SchemaFor<YearGrade>());
        Snapshot.Match(text);
    }

    [Fact]
    public void SchemaFor_states_the_iso_formats_and_keeps_only_the_members_the_reader_requires()
    {
        var rectification = System.Text.Json.Nodes.JsonNode.Parse(HaidianJson.SchemaFor<Rectification>())!.AsObject();
        Assert.Equal("object", rectification["type"]!.GetValue<string>());
        Assert.Equal("Rectification", rectification["title"]!.GetValue<string>());
        Assert.Equal(new[] { "orderedOn" }, rectification["required"]!.AsArray().Select(n => n!.GetValue<string>()));
        var orderedOn = rectification["properties"]!["orderedOn"]!.AsObject();
        Assert.Equal(("string", "date", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"), (orderedOn["type"]!.GetValue<string>(), orderedOn["format"]!.GetValue<string>(), orderedOn["pattern"]!.GetValue<string>()));
        // An optional date with its default null keeps both its format and the default (the exporter gives such a member a
        // fresh node the format transform never sees on its own; written as { "default": null } alone until 2026-12-05).
        var deadline = rectification["properties"]!["deadline"]!.AsObject();
        Assert.Equal(new[] { "string", "null" }, deadline["type"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal(("date", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"), (deadline["format"]!.GetValue<string>(), deadline["pattern"]!.GetValue<string>()));
        Assert.True(deadline.TryGetPropertyValue("default", out var defaultValue));
        Assert.Null(defaultValue);

        var window = System.Text.Json.Nodes.JsonNode.Parse(HaidianJson.SchemaFor<TimeWindow>())!.AsObject();
        Assert.Equal("object", window["type"]!.GetValue<string>());
        Assert.Equal("a time of day as HH:mm:ss", window["properties"]!["start"]!["description"]!.GetValue<string>());
        Assert.Equal(new[] { "start", "end" }, window["required"]!.AsArray().Select(n => n!.GetValue<string>()));

        var month = System.Text.Json.Nodes.JsonNode.Parse(HaidianJson.SchemaFor<SectionMonth>())!.AsObject();
        Assert.Equal("^[0-9]{4}-(0[1-9]|1[0-2])$", month["properties"]!["month"]!["pattern"]!.GetValue<string>());
        Assert.Equal("a month as yyyy-MM", month["properties"]!["month"]!["description"]!.GetValue<string>());
        Assert.DoesNotContain("$ref", month.ToJsonString(), StringComparison.Ordinal);
    }
}

/// <summary>Money's two range messages, pinned word for word (the mutation run of 2026-12-05 left their texts unchecked).</summary>
public sealed class MoneyRangeMessageTests
{
    [Fact]
    public void SplitProRata_weights_adding_up_beyond_a_decimal_say_the_limit()
    {
        var e = Assert.Single(Assert.Throws<ValidationException>(() => Money.SplitProRata(100m, new[] { decimal.MaxValue, 1m })).Errors);
        Assert.Equal(("weights", ErrorCode.OutOfRange, "must add up to at most 79228162514264337593543950335"), (e.Path, e.Code, e.Message));
    }

    [Fact]
    public void SplitProRata_a_total_whose_fen_do_not_fit_a_decimal_says_the_limit()
    {
        var e = Assert.Single(Assert.Throws<ValidationException>(() => Money.SplitProRata(decimal.Truncate(decimal.MaxValue / 100m) + 1m, new[] { 1m })).Errors);
        Assert.Equal(("total", ErrorCode.OutOfRange, "must not exceed 792281625142643375935439503 (its fen must fit a decimal)"), (e.Path, e.Code, e.Message));
    }
}
