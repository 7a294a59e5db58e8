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
            text = new JsonObject { ["type"] = "string", ["pattern"] = "^[0-9]{4}-[0-9]{2}$", ["description"] = "a month as yyyy-MM" };
        }
        else if (type == typeof(LocalTime))
        {
            text = new JsonObject { ["type"] = "string", ["pattern"] = "^[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?$", ["description"] = "a time of day as HH:mm:ss" };
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
