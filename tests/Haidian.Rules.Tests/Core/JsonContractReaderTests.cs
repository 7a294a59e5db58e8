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

/// <summary>
/// Every member of every type the contract reads, checked against its schema: the members the reader requires are the
/// schema's required ones at every depth, and every date, month and time of day states its format, optional or not.
/// </summary>
public sealed class JsonContractSchemaCoverageTests
{
    private static readonly Type[] TextTypes = { typeof(NodaTime.LocalDate), typeof(NodaTime.YearMonth), typeof(NodaTime.LocalTime) };

    public static TheoryData<string> ContractTypes() => new(ContractTypeNames());

    private static string[] ContractTypeNames() =>
        typeof(HaidianJson).Assembly.GetExportedTypes()
            .Where(t => !t.IsGenericTypeDefinition && !t.IsAbstract && !t.IsInterface && HaidianJson.Options.TryGetTypeInfo(t, out var info) && info.Kind == System.Text.Json.Serialization.Metadata.JsonTypeInfoKind.Object)
            .Select(t => t.FullName!)
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToArray();

    [Fact]
    public void The_contract_has_the_types_of_every_module()
    {
        var names = ContractTypeNames();
        Assert.True(names.Length > 100, names.Length + " contract types");
        foreach (var module in new[] { "WaterCompensation", "ElevatorSubsidy", "FundFees", "ForestAssessment", "WasteSorting", "Deadlines", "CultivatedLand", "SmartHaidian" })
        {
            Assert.Contains(names, n => n.StartsWith("Haidian.Rules." + module + ".", StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(ContractTypes))]
    public void Every_member_has_the_schema_the_reader_enforces(string typeName)
    {
        var type = typeof(HaidianJson).Assembly.GetType(typeName, throwOnError: true)!;
        var text = HaidianJson.SchemaFor(type);
        var problems = new List<string>();
        Check(HaidianJson.Options.GetTypeInfo(type), System.Text.Json.Nodes.JsonNode.Parse(text)!, "$", problems, 0);
        Assert.Empty(problems);

        // Self-contained (every "$ref" the exporter writes for a repeated type is inlined) and no empty required list.
        Assert.DoesNotContain("\"$ref\"", text, StringComparison.Ordinal);
        Assert.DoesNotMatch("\"required\": \\[\\s*\\]", text);
    }

    [Fact]
    public void A_nullable_value_type_at_the_root_is_written_without_null()
    {
        // The schema of a document's root never allows null (a contract document is an object, and the reader refuses a null
        // value-type root with "must not be null"), so the root's type drops the "null" the exporter writes for T?.
        var date = System.Text.Json.Nodes.JsonNode.Parse(HaidianJson.SchemaFor(typeof(LocalDate?)))!.AsObject();
        Assert.Equal(("string", "date"), (date["type"]!.GetValue<string>(), date["format"]!.GetValue<string>()));
        var count = System.Text.Json.Nodes.JsonNode.Parse(HaidianJson.SchemaFor(typeof(int?)))!.AsObject();
        Assert.Equal("integer", count["type"]!.GetValue<string>());
        Assert.Equal(new[] { ("$", ErrorCode.Required, "must not be null") }, Assert.Throws<ValidationException>(() => HaidianJson.Deserialize<int>("null")).Errors.Select(e => (e.Path, e.Code, e.Message)));
    }

    [Fact]
    public void The_schemas_of_repeated_types_are_inlined_in_full()
    {
        // Every named rule of DeadlineParameters has a Citation: the exporter writes Citation's schema once and points to it
        // from the others ("$ref": "#/properties/…/citation"); each copy must carry Citation's own members instead.
        var root = System.Text.Json.Nodes.JsonNode.Parse(HaidianJson.SchemaFor<Haidian.Rules.Deadlines.DeadlineParameters>())!;
        var citations = Descendants(root).OfType<System.Text.Json.Nodes.JsonObject>()
            .Where(o => o["properties"] is System.Text.Json.Nodes.JsonObject members && members["citation"] is not null)
            .Select(o => o["properties"]!["citation"]!.AsObject())
            .ToArray();
        Assert.True(citations.Length > 10, citations.Length + " citations");
        var first = citations[0].ToJsonString();
        Assert.Contains("\"documentNumber\"", first, StringComparison.Ordinal);
        Assert.All(citations, c => Assert.Equal(first, c.ToJsonString()));
    }

    private static IEnumerable<System.Text.Json.Nodes.JsonNode> Descendants(System.Text.Json.Nodes.JsonNode node)
    {
        yield return node;
        var children = node switch
        {
            System.Text.Json.Nodes.JsonObject o => o.Select(p => p.Value),
            System.Text.Json.Nodes.JsonArray a => a.AsEnumerable(),
            _ => Enumerable.Empty<System.Text.Json.Nodes.JsonNode?>(),
        };
        foreach (var child in children)
        {
            if (child is not null)
            {
                foreach (var d in Descendants(child))
                {
                    yield return d;
                }
            }
        }
    }

    [Theory]
    [InlineData("07:00:00", true)]
    [InlineData("23:59:59.123456789", true)]
    [InlineData("07:00", false)]
    [InlineData("7:00:00", false)]
    [InlineData("24:00:00", false)]
    [InlineData("07:60:00", false)]
    [InlineData("07:00:00.", false)]
    public void The_schema_of_a_time_of_day_accepts_what_the_reader_reads(string time, bool readable)
    {
        var schema = System.Text.Json.Nodes.JsonNode.Parse(HaidianJson.SchemaFor<TimeWindow>())!;
        var pattern = schema["properties"]!["start"]!["pattern"]!.GetValue<string>();
        Assert.Equal(readable, System.Text.RegularExpressions.Regex.IsMatch(time, pattern));
        var json = "{ \"start\": \"" + time + "\", \"end\": \"23:59:59.999999999\" }";
        if (readable)
        {
            HaidianJson.Deserialize<TimeWindow>(json);
        }
        else
        {
            Assert.Throws<ValidationException>(() => HaidianJson.Deserialize<TimeWindow>(json));
        }
    }

    private static void Check(System.Text.Json.Serialization.Metadata.JsonTypeInfo info, System.Text.Json.Nodes.JsonNode schema, string path, List<string> problems, int depth)
    {
        if (depth > 12)
        {
            return;
        }

        var underlying = Nullable.GetUnderlyingType(info.Type);
        if (underlying is not null)
        {
            Check(HaidianJson.Options.GetTypeInfo(underlying), schema, path, problems, depth + 1);
            return;
        }

        switch (info.Kind)
        {
            case System.Text.Json.Serialization.Metadata.JsonTypeInfoKind.Enumerable when schema["items"] is { } items:
                Check(HaidianJson.Options.GetTypeInfo(info.ElementType!), items, path + "[]", problems, depth + 1);
                break;
            case System.Text.Json.Serialization.Metadata.JsonTypeInfoKind.Object when schema["properties"] is System.Text.Json.Nodes.JsonObject members:
                var required = schema["required"] is System.Text.Json.Nodes.JsonArray listed ? listed.Select(n => n!.GetValue<string>()).ToHashSet(StringComparer.Ordinal) : new HashSet<string>(StringComparer.Ordinal);
                foreach (var property in info.Properties.Where(p => p.Set is not null || p.AssociatedParameter is not null))
                {
                    var at = path + "." + property.Name;
                    if (members[property.Name] is not System.Text.Json.Nodes.JsonObject member)
                    {
                        problems.Add(at + ": no schema");
                        continue;
                    }

                    if (property.IsRequired != required.Contains(property.Name))
                    {
                        problems.Add(at + (property.IsRequired ? ": required by the reader, optional in the schema" : ": optional for the reader, required in the schema"));
                    }

                    var valueType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
                    if (TextTypes.Contains(valueType))
                    {
                        var types = member["type"] switch
                        {
                            System.Text.Json.Nodes.JsonArray a => a.Select(n => n!.GetValue<string>()).ToArray(),
                            System.Text.Json.Nodes.JsonValue v => new[] { v.GetValue<string>() },
                            _ => Array.Empty<string>(),
                        };
                        var nullable = valueType != property.PropertyType;
                        if (!types.SequenceEqual(nullable ? new[] { "string", "null" } : new[] { "string" }) || member["pattern"] is null)
                        {
                            problems.Add(at + ": " + valueType.Name + " written as " + member.ToJsonString());
                        }
                    }
                    else
                    {
                        Check(property.PropertyType == info.Type ? info : HaidianJson.Options.GetTypeInfo(property.PropertyType), member, at, problems, depth + 1);
                    }
                }

                break;
        }
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
