using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Haidian.Rules.Tests.Core;

/// <summary>
/// The contract reader is written for any System.Text.Json metadata, not only the library's own types: its branches for
/// kinds the contract does not use today (maps, 16- and 8-bit whole numbers, a constructor that refuses a value, a converter
/// that fails while binding) are checked here with reflection-based metadata over probe types.
/// </summary>
public sealed class JsonContractReaderGeneralTests
{
    private static readonly JsonSerializerOptions ProbeOptions = new()
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    /// <summary>A probe with the kinds the library's types do not have.</summary>
    public sealed record Probe(short Small, byte Tiny, IReadOnlyDictionary<string, int> Counts, Dictionary<string, Probe?>? Nested = null);

    /// <summary>A probe whose constructor refuses a negative value.</summary>
    public sealed record Refusing(int Value)
    {
        /// <summary>The value, never negative.</summary>
        public int Value { get; } = Value >= 0 ? Value : throw new ArgumentOutOfRangeException(nameof(Value), "must not be negative");
    }

    /// <summary>A probe whose text member is bound by a converter that fails.</summary>
    public sealed record Converted([property: JsonConverter(typeof(FailingConverter))] string Name);

    /// <summary>Refuses every value while binding, as a converter with its own rules would.</summary>
    public sealed class FailingConverter : JsonConverter<string>
    {
        /// <inheritdoc/>
        public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => throw new JsonException("the name is not on the list.");

        /// <inheritdoc/>
        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
    }

    /// <summary>A probe with a value of a type the reader has no words for.</summary>
    public sealed record Identified(Guid Id);

    /// <summary>A probe with no members.</summary>
    public sealed record Empty();

    /// <summary>A probe whose only member is set by an initializer, not the constructor.</summary>
    public sealed record Initialized
    {
        /// <summary>A count.</summary>
        public int Count { get; init; }

        /// <summary>Computed, written in the output only.</summary>
        public int Twice => Count * 2;
    }

    private static (string Path, ErrorCode Code, string Message)[] Problems<T>(string json) =>
        Assert.Throws<ValidationException>(() => JsonContractReader.Read(json, (JsonTypeInfo<T>)ProbeOptions.GetTypeInfo(typeof(T)))).Errors.Select(e => (e.Path, e.Code, e.Message)).ToArray();

    [Fact]
    public void A_valid_probe_is_read()
    {
        var probe = JsonContractReader.Read("""{ "small": -32768, "tiny": 255, "counts": { "a": 1 }, "nested": { "x": null, "y": { "small": 1, "tiny": 0, "counts": {} } } }""", (JsonTypeInfo<Probe>)ProbeOptions.GetTypeInfo(typeof(Probe)));
        Assert.Equal((short)-32768, probe.Small);
        Assert.Equal((byte)255, probe.Tiny);
        Assert.Equal(1, probe.Counts["a"]);
        Assert.Null(probe.Nested!["x"]);
        Assert.Equal((byte)0, probe.Nested["y"]!.Tiny);
    }

    [Theory]
    [InlineData("""{ "small": 32768, "tiny": 1, "counts": {} }""", "small", ErrorCode.OutOfRange, "is too large or too precise to read exactly, got 32768")]
    [InlineData("""{ "small": 1.5, "tiny": 1, "counts": {} }""", "small", ErrorCode.InvalidValue, "must be a whole number, got 1.5")]
    [InlineData("""{ "small": 1, "tiny": 256, "counts": {} }""", "tiny", ErrorCode.OutOfRange, "is too large or too precise to read exactly, got 256")]
    [InlineData("""{ "small": 1, "tiny": -1, "counts": {} }""", "tiny", ErrorCode.OutOfRange, "is too large or too precise to read exactly, got -1")]
    [InlineData("""{ "small": 1, "tiny": 1e1, "counts": {} }""", "tiny", ErrorCode.InvalidValue, "must be a whole number, got 1e1")]
    [InlineData("""{ "small": 1, "tiny": "1", "counts": {} }""", "tiny", ErrorCode.InvalidValue, "must be a whole number, got \"1\"")]
    public void Sixteen_and_eight_bit_whole_numbers_are_checked_for_their_range(string json, string path, ErrorCode code, string message)
    {
        Assert.Equal(new[] { (path, code, message) }, Problems<Probe>(json));
    }

    [Fact]
    public void A_map_given_as_something_else_is_reported_as_not_a_map()
    {
        Assert.Equal(new[] { ("counts", ErrorCode.InvalidValue, "must be an object (a JSON map), got a list") }, Problems<Probe>("""{ "small": 1, "tiny": 1, "counts": [] }"""));
    }

    [Fact]
    public void Every_value_of_a_map_is_checked_at_its_key()
    {
        Assert.Equal(
            new[]
            {
                ("counts.a", ErrorCode.InvalidValue, "must be a whole number, got \"x\""),
                ("counts.b", ErrorCode.Required, "must not be null"),
                ("nested.y.tiny", ErrorCode.Required, "is required"),
                ("nested.y.counts", ErrorCode.Required, "is required"),
            },
            Problems<Probe>("""{ "small": 1, "tiny": 1, "counts": { "a": "x", "b": null, "c": 3 }, "nested": { "x": null, "y": { "small": 1 } } }"""));
    }

    [Fact]
    public void A_value_the_type_refuses_while_it_is_built_is_reported_at_the_root()
    {
        Assert.Equal(new[] { ("$", ErrorCode.InvalidValue, "could not be read: must not be negative (Parameter 'Value')") }, Problems<Refusing>("""{ "value": -1 }"""));
    }

    [Fact]
    public void A_converter_that_fails_while_binding_is_reported_at_its_member()
    {
        Assert.Equal(new[] { ("name", ErrorCode.InvalidValue, "could not be read: the name is not on the list") }, Problems<Converted>("""{ "name": "x" }"""));
    }

    [Fact]
    public void A_value_of_a_type_without_a_stated_format_could_not_be_read()
    {
        Assert.Equal(new[] { ("id", ErrorCode.InvalidValue, "could not be read, got \"x\"") }, Problems<Identified>("""{ "id": "x" }"""));
    }

    [Fact]
    public void An_unknown_member_lists_the_members_that_can_be_given_or_none()
    {
        Assert.Equal(new[] { ("count", ErrorCode.UnknownField, "is not a field here (fields: none)") }, Problems<Empty>("""{ "count": 1 }"""));
        Assert.Equal(new[] { ("cont", ErrorCode.UnknownField, "is not a field here (fields: count)") }, Problems<Initialized>("""{ "cont": 1 }"""));
    }

    [Fact]
    public void A_failure_while_binding_inside_a_list_is_reported_at_its_item()
    {
        // Binding stops at the first value refused, so only the first item is named.
        Assert.Equal(new[] { ("[0].name", ErrorCode.InvalidValue, "could not be read: the name is not on the list") }, Problems<List<Converted>>("""[ { "name": "x" }, { "name": "y" } ]"""));
    }

    [Fact]
    public void A_failure_while_binding_the_root_is_reported_at_the_root()
    {
        var options = new JsonSerializerOptions { TypeInfoResolver = new DefaultJsonTypeInfoResolver(), Converters = { new FailingConverter() } };
        var e = Assert.Throws<ValidationException>(() => JsonContractReader.Read("\"x\"", (JsonTypeInfo<string>)options.GetTypeInfo(typeof(string))));
        Assert.Equal(new[] { ("$", ErrorCode.InvalidValue, "could not be read: the name is not on the list") }, e.Errors.Select(x => (x.Path, x.Code, x.Message)));
    }
}
