using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using NodaTime;

namespace Haidian.Rules;

/// <summary>
/// Reads JSON against the library's contract (spec 07 C1–C2) before System.Text.Json binds it: walks the document with
/// the source-generated metadata of the target type and collects <em>every</em> missing required field, unknown field and
/// unreadable value, each with its field path, its <see cref="ErrorCode"/> and a message in the user's words (allowed
/// words for an enum, the expected format for a date; never a .NET type name). Only a document without such problems
/// is bound, so <see cref="HaidianJson.Deserialize{T}(string)"/> and the tool report the same problems.
/// </summary>
internal static class JsonContractReader
{
    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        AllowDuplicateProperties = false,
    };

    /// <summary>Parses <paramref name="json"/> and checks it against <paramref name="typeInfo"/>; throws one <see cref="ValidationException"/> listing every problem.</summary>
    public static T Read<T>(string json, JsonTypeInfo<T> typeInfo)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException ex)
        {
            throw Validator.Error(RootOrPath(ex.Path), ErrorCode.InvalidValue, "is not valid JSON: " + Plain(ex.Message) + LineText(ex));
        }

        using (document)
        {
            var errors = new List<ValidationError>();
            Check(document.RootElement, typeInfo, "$", errors, allowNull: false);
            if (errors.Count > 0)
            {
                throw new ValidationException(errors);
            }

            try
            {
                return document.RootElement.Deserialize(typeInfo)!;
            }
            catch (Exception ex) when (ex is JsonException or ArgumentException or FormatException or InvalidOperationException or OverflowException)
            {
                // Every shape problem was caught above; what is left is a value a type refused while it was built.
                var path = ex is JsonException je ? RootOrPath(je.Path) : "$";
                throw Validator.Error(path, ErrorCode.InvalidValue, "could not be read: " + Plain(ex.Message));
            }
        }
    }

    private static void Check(JsonElement element, JsonTypeInfo info, string path, List<ValidationError> errors, bool allowNull)
    {
        var type = info.Type;
        var underlying = Nullable.GetUnderlyingType(type);
        if (element.ValueKind == JsonValueKind.Null)
        {
            if (!allowNull && underlying is null && type.IsValueType)
            {
                errors.Add(new ValidationError(path, ErrorCode.Required, "must not be null"));
            }
            else if (!allowNull && !type.IsValueType && path == "$")
            {
                errors.Add(new ValidationError(path, ErrorCode.Required, "must not be null"));
            }

            return;
        }

        if (underlying is not null)
        {
            if (TryInfo(info.Options, underlying, out var inner))
            {
                Check(element, inner, path, errors, allowNull: true);
            }
            else
            {
                CheckValue(element, info, path, errors);
            }

            return;
        }

        switch (info.Kind)
        {
            case JsonTypeInfoKind.Object:
                CheckObject(element, info, path, errors);
                break;
            case JsonTypeInfoKind.Enumerable:
                if (element.ValueKind != JsonValueKind.Array)
                {
                    errors.Add(new ValidationError(path, ErrorCode.InvalidValue, "must be a list (a JSON array), got " + Describe(element)));
                    return;
                }

                if (info.ElementType is { } elementType && TryInfo(info.Options, elementType, out var elementInfo))
                {
                    var i = 0;
                    foreach (var item in element.EnumerateArray())
                    {
                        Check(item, elementInfo, path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]", errors, allowNull: !elementType.IsValueType || Nullable.GetUnderlyingType(elementType) is not null);
                        i++;
                    }
                }

                break;
            case JsonTypeInfoKind.Dictionary:
                if (element.ValueKind != JsonValueKind.Object)
                {
                    errors.Add(new ValidationError(path, ErrorCode.InvalidValue, "must be an object (a JSON map), got " + Describe(element)));
                    return;
                }

                if (info.ElementType is { } valueType && TryInfo(info.Options, valueType, out var valueInfo))
                {
                    foreach (var member in element.EnumerateObject())
                    {
                        Check(member.Value, valueInfo, Field(path, member.Name), errors, allowNull: !valueType.IsValueType || Nullable.GetUnderlyingType(valueType) is not null);
                    }
                }

                break;
            default:
                CheckValue(element, info, path, errors);
                break;
        }
    }

    private static void CheckObject(JsonElement element, JsonTypeInfo info, string path, List<ValidationError> errors)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new ValidationError(path, ErrorCode.InvalidValue, "must be an object, got " + Describe(element)));
            return;
        }

        var properties = info.Properties;
        var seen = new bool[properties.Count];
        foreach (var member in element.EnumerateObject())
        {
            var index = IndexOf(properties, member.Name);
            var memberPath = Field(path, member.Name);
            if (index < 0)
            {
                errors.Add(new ValidationError(memberPath, ErrorCode.UnknownField, "is not a field here (fields: " + FieldList(properties) + ")"));
                continue;
            }

            seen[index] = true;
            var property = properties[index];
            if (property.Set is null && property.AssociatedParameter is null)
            {
                continue; // a computed, read-only member written in the output; ignored on input.
            }

            var nullable = property.AssociatedParameter?.IsNullable ?? property.IsSetNullable;
            if (member.Value.ValueKind == JsonValueKind.Null && !nullable)
            {
                errors.Add(new ValidationError(memberPath, ErrorCode.Required, "is required and must not be null"));
                continue;
            }

            if (TryInfo(info.Options, property.PropertyType, out var propertyInfo))
            {
                Check(member.Value, propertyInfo, memberPath, errors, allowNull: nullable);
            }
        }

        for (var i = 0; i < properties.Count; i++)
        {
            if (!seen[i] && properties[i].IsRequired)
            {
                errors.Add(new ValidationError(Field(path, properties[i].Name), ErrorCode.Required, "is required"));
            }
        }
    }

    private static void CheckValue(JsonElement element, JsonTypeInfo info, string path, List<ValidationError> errors)
    {
        var type = Nullable.GetUnderlyingType(info.Type) ?? info.Type;
        if (type.IsEnum)
        {
            var names = Enum.GetNames(type);
            if (element.ValueKind == JsonValueKind.String)
            {
                var word = element.GetString()!;
                foreach (var name in names)
                {
                    if (string.Equals(name, word, StringComparison.OrdinalIgnoreCase))
                    {
                        return;
                    }
                }

                errors.Add(new ValidationError(path, ErrorCode.InvalidValue, Quote(word) + " is not one of " + string.Join(", ", names)));
            }
            else
            {
                errors.Add(new ValidationError(path, ErrorCode.InvalidValue, "must be one of the words " + string.Join(", ", names) + ", got " + Describe(element)));
            }

            return;
        }

        if (type == typeof(decimal) || type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte))
        {
            if (element.ValueKind != JsonValueKind.Number)
            {
                errors.Add(new ValidationError(path, ErrorCode.InvalidValue, (type == typeof(decimal) ? "must be a number" : "must be a whole number") + ", got " + Describe(element)));
                return;
            }

            var fits = type == typeof(decimal) ? element.TryGetDecimal(out _)
                : type == typeof(long) ? element.TryGetInt64(out _)
                : type == typeof(int) ? element.TryGetInt32(out _)
                : type == typeof(short) ? element.TryGetInt16(out _)
                : element.TryGetByte(out _);
            if (!fits)
            {
                var raw = element.GetRawText();
                var whole = raw.IndexOfAny(new[] { '.', 'e', 'E' }) < 0;
                errors.Add(type != typeof(decimal) && !whole
                    ? new ValidationError(path, ErrorCode.InvalidValue, "must be a whole number, got " + raw)
                    : new ValidationError(path, ErrorCode.OutOfRange, "is too large or too precise to read exactly, got " + raw));
            }

            return;
        }

        if (type == typeof(bool))
        {
            if (element.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
            {
                errors.Add(new ValidationError(path, ErrorCode.InvalidValue, "must be true or false, got " + Describe(element)));
            }

            return;
        }

        if (type == typeof(string))
        {
            if (element.ValueKind != JsonValueKind.String)
            {
                errors.Add(new ValidationError(path, ErrorCode.InvalidValue, "must be text (a JSON string), got " + Describe(element)));
            }

            return;
        }

        string? expected = type == typeof(LocalDate) ? "a date as yyyy-MM-dd"
            : type == typeof(YearMonth) ? "a month as yyyy-MM"
            : type == typeof(LocalTime) ? "a time of day as HH:mm:ss"
            : null;
        try
        {
            element.Deserialize(info);
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or FormatException or InvalidOperationException or OverflowException or NodaTime.Text.UnparsableValueException)
        {
            errors.Add(new ValidationError(path, ErrorCode.InvalidValue, expected is null
                ? "could not be read, got " + Describe(element)
                : "must be " + expected + ", got " + Describe(element)));
        }
    }

    private static bool TryInfo(JsonSerializerOptions options, Type type, out JsonTypeInfo info)
    {
        if (options.TryGetTypeInfo(type, out var found))
        {
            info = found;
            return true;
        }

        info = null!;
        return false;
    }

    private static int IndexOf(IList<JsonPropertyInfo> properties, string name)
    {
        for (var i = 0; i < properties.Count; i++)
        {
            if (string.Equals(properties[i].Name, name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private static string FieldList(IList<JsonPropertyInfo> properties)
    {
        var names = new List<string>(properties.Count);
        foreach (var p in properties)
        {
            if (p.Set is not null || p.AssociatedParameter is not null)
            {
                names.Add(p.Name);
            }
        }

        return names.Count == 0 ? "none" : string.Join(", ", names);
    }

    private static string Field(string parent, string name) => parent == "$" ? name : parent + "." + name;

    private static string RootOrPath(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return "$";
        }

        return path!.StartsWith("$.", StringComparison.Ordinal) ? path.Substring(2) : path.TrimStart('$');
    }

    private static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => Quote(element.GetString()!),
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null => "null",
        _ => Shorten(element.GetRawText()),
    };

    private static string Quote(string text) => "\"" + Shorten(text) + "\"";

    private static string Shorten(string text) => text.Length <= 60 ? text : text.Substring(0, 57) + "...";

    /// <summary>The first sentence of a System.Text.Json message, without its <c>Path: … | LineNumber: …</c> tail.</summary>
    internal static string Plain(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        var s = cut < 0 ? message : message.Substring(0, cut);
        cut = s.IndexOf(" LineNumber:", StringComparison.Ordinal);
        s = cut < 0 ? s : s.Substring(0, cut);
        var nl = s.IndexOf('\n');
        return (nl < 0 ? s : s.Substring(0, nl)).Trim().TrimEnd('.', ' ', '|');
    }

    private static string LineText(JsonException ex) =>
        ex.LineNumber is { } line ? " (line " + (line + 1).ToString(CultureInfo.InvariantCulture) + (ex.BytePositionInLine is { } b ? ", column " + (b + 1).ToString(CultureInfo.InvariantCulture) : string.Empty) + ")" : string.Empty;
}
