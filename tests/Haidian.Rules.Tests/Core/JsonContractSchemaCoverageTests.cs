using Haidian.Rules.WasteSorting;

namespace Haidian.Rules.Tests.Core;

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
