using System;
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
        var type = context.TypeInfo.Type;
        var underlying = Nullable.GetUnderlyingType(type);
        var nullable = underlying is not null;
        type = underlying ?? type;
        JsonObject? text = null;
        if (type == typeof(LocalDate))
        {
            text = new JsonObject { ["type"] = "string", ["format"] = "date", ["pattern"] = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" };
        }
        else if (type == typeof(YearMonth))
        {
            text = new JsonObject { ["type"] = "string", ["pattern"] = "^[0-9]{4}-(0[1-9]|1[0-2])$", ["description"] = "a month as yyyy-MM" };
        }
        else if (type == typeof(LocalTime))
        {
            text = new JsonObject { ["type"] = "string", ["pattern"] = "^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]{1,9})?)?$", ["description"] = "a time of day as HH:mm:ss" };
        }

        if (text is null)
        {
            return schema;
        }

        if (nullable)
        {
            text["type"] = new JsonArray("string", "null");
        }

        if (schema is JsonObject original && original["default"] is { } defaultValue)
        {
            text["default"] = defaultValue.DeepClone();
        }

        return text;
    }
}
