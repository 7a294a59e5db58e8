using System;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using NodaTime;

namespace Haidian.Rules;

/// <summary>
/// Writes the JSON Schema of a contract type with System.Text.Json's <see cref="JsonSchemaExporter"/> over the same
/// options the reader uses (required members, nullability, enum words, no unknown members), adding what the exporter
/// cannot see: the ISO text formats of the NodaTime converters.
/// </summary>
internal static class JsonContractSchema
{
    private const string Draft = "https://json-schema.org/draft/2020-12/schema";

    public static string Generate(JsonSerializerOptions options, Type type)
    {
        var exporterOptions = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = Transform,
        };
        var node = JsonSchemaExporter.GetJsonSchemaAsNode(options, type, exporterOptions);

        // The exporter writes a repeated type once and points to it with "$ref": "#/…"; inline every such pointer so a
        // schema stays valid when a tool embeds it in another (the library's types are not recursive).
        node = Inline(node, node.DeepClone(), 0);
        if (node is JsonObject root)
        {
            // A document is never null at the top level (the reader rejects it).
            if (root["type"] is JsonArray types)
            {
                for (var i = types.Count - 1; i >= 0; i--)
                {
                    if (types[i]?.GetValue<string>() == "null")
                    {
                        types.RemoveAt(i);
                    }
                }

                if (types.Count == 1)
                {
                    root["type"] = types[0]!.GetValue<string>();
                }
            }

            var ordered = new JsonObject { ["$schema"] = Draft, ["title"] = type.Name };
            foreach (var property in root)
            {
                ordered[property.Key] = property.Value?.DeepClone();
            }

            node = ordered;
        }

        return node.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    private static JsonNode Inline(JsonNode node, JsonNode original, int depth)
    {
        switch (node)
        {
            case JsonObject o when o.Count == 1 && o["$ref"] is JsonValue r && r.TryGetValue<string>(out var pointer) && pointer.StartsWith("#/", StringComparison.Ordinal) && depth < 64:
                var target = Resolve(original, pointer);
                return target is null ? node : Inline(target.DeepClone(), original, depth + 1);
            case JsonObject o:
                foreach (var pair in new System.Collections.Generic.List<System.Collections.Generic.KeyValuePair<string, JsonNode?>>(o))
                {
                    if (pair.Value is { } value)
                    {
                        var inlined = Inline(value, original, depth);
                        if (!ReferenceEquals(inlined, value))
                        {
                            o[pair.Key] = inlined;
                        }
                    }
                }

                return o;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    if (a[i] is { } item)
                    {
                        var inlined = Inline(item, original, depth);
                        if (!ReferenceEquals(inlined, item))
                        {
                            a[i] = inlined;
                        }
                    }
                }

                return a;
            default:
                return node;
        }
    }

    private static JsonNode? Resolve(JsonNode root, string pointer)
    {
        JsonNode? current = root;
        foreach (var raw in pointer.Substring(2).Split('/'))
        {
            var part = raw.Replace("~1", "/").Replace("~0", "~");
            current = current switch
            {
                JsonObject o => o[part],
                JsonArray a when int.TryParse(part, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var i) && i < a.Count => a[i],
                _ => null,
            };
            if (current is null)
            {
                return null;
            }
        }

        return current;
    }

    private static JsonNode Transform(JsonSchemaExporterContext context, JsonNode schema)
    {
        if (context.TypeInfo.Kind == System.Text.Json.Serialization.Metadata.JsonTypeInfoKind.Object
            && schema is JsonObject objectSchema)
        {
            // The exporter lists every constructor parameter without a default as required, even one of a nullable type that
            // the reader lets be left out (spec 07 C1, HaidianJson's NullableMeansOptional): keep only the members the reader
            // requires.
            if (objectSchema["required"] is JsonArray listed)
            {
                for (var i = listed.Count - 1; i >= 0; i--)
                {
                    var name = listed[i]?.GetValue<string>();
                    if (!context.TypeInfo.Properties.Any(p => p.Name == name && p.IsRequired))
                    {
                        listed.RemoveAt(i);
                    }
                }

                if (listed.Count == 0)
                {
                    objectSchema.Remove("required");
                }
            }

            // A member with a default value (an optional date left out = null) gets a fresh schema node from the exporter that
            // no longer carries its type, so this callback never sees it on its own: give every text-valued member its format
            // here (the same node again for a member the callback did see).
            if (objectSchema["properties"] is JsonObject members)
            {
                foreach (var property in context.TypeInfo.Properties)
                {
                    if (members[property.Name] is JsonObject memberSchema && TextSchema(property.PropertyType, memberSchema) is { } memberText)
                    {
                        members[property.Name] = memberText;
                    }
                }
            }
        }

        return TextSchema(context.TypeInfo.Type, schema) ?? schema;
    }

    /// <summary>The schema of a NodaTime value written as ISO text (or null for any other type), keeping the exporter's default.</summary>
    private static JsonObject? TextSchema(Type type, JsonNode schema)
    {
        var underlying = Nullable.GetUnderlyingType(type);
        var valueType = underlying ?? type;
        JsonObject text;
        if (valueType == typeof(LocalDate))
        {
            text = new JsonObject { ["type"] = "string", ["format"] = "date", ["pattern"] = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" };
        }
        else if (valueType == typeof(YearMonth))
        {
            text = new JsonObject { ["type"] = "string", ["pattern"] = "^[0-9]{4}-(0[1-9]|1[0-2])$", ["description"] = "a month as yyyy-MM" };
        }
        else if (valueType == typeof(LocalTime))
        {
            // NodaTime's extended ISO pattern (HH:mm:ss.FFFFFFFFF), which the reader uses: seconds required, a fraction optional.
            text = new JsonObject { ["type"] = "string", ["pattern"] = "^([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]{1,9})?$", ["description"] = "a time of day as HH:mm:ss" };
        }
        else
        {
            return null;
        }

        if (underlying is not null)
        {
            text["type"] = new JsonArray("string", "null");
        }

        // A default of null is a property whose value is null (TryGetPropertyValue tells it from no default at all).
        if (schema is JsonObject original && original.TryGetPropertyValue("default", out var defaultValue))
        {
            text["default"] = defaultValue?.DeepClone();
        }

        return text;
    }
}
