using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Haidian.Rules.Cli.Json;
using NodaTime;
using NodaTime.Text;

namespace Haidian.Rules.Cli.Modules;

/// <summary>
/// Reads the input of a module with several calls: a JSON object whose <c>"operation"</c> names the call, whose other
/// fields are the call's arguments (<c>asOf</c>, <c>year</c>, <c>amount</c>…) and — for calls taking a library object —
/// that object's own fields, flat beside them. Field paths in errors are therefore the input's own paths (the library
/// reports <c>elevators[0].purchaseAndInstallation</c>; the user wrote exactly that).
/// </summary>
/// <remarks>Every problem is collected; <see cref="ThrowIfAny"/> reports them all at once.</remarks>
internal sealed class OperationInput
{
    private readonly JsonObject o;
    private readonly List<ValidationError> errors = new();
    private readonly HashSet<string> used = new(StringComparer.Ordinal) { "operation" };

    private OperationInput(JsonObject o, string operation)
    {
        this.o = o;
        Operation = operation;
    }

    /// <summary>The operation named by the input.</summary>
    public string Operation { get; }

    /// <summary>Opens an input: it must be an object whose <c>operation</c> is one of <paramref name="operations"/>.</summary>
    /// <exception cref="ValidationException">Not an object, or no known operation.</exception>
    public static OperationInput Open(JsonNode input, string module, IReadOnlyList<string> operations)
    {
        if (input is not JsonObject o)
        {
            throw new ValidationException(new[] { new ValidationError(string.Empty, ErrorCode.InvalidValue, "must be a JSON object with \"operation\"") });
        }

        var list = string.Join(", ", operations);
        if (o["operation"] is not JsonValue v || !v.TryGetValue<string>(out var op))
        {
            throw new ValidationException(new[] { new ValidationError("operation", ErrorCode.Required, $"is required: one of {list} (see 'haidian-rules evaluate --help' for the {module} input shapes)") });
        }

        var match = operations.FirstOrDefault(x => string.Equals(x, op, StringComparison.OrdinalIgnoreCase));
        if (match is null)
        {
            throw new ValidationException(new[] { new ValidationError("operation", ErrorCode.InvalidValue, $"'{op}' is not an operation of {module}: one of {list}") });
        }

        return new OperationInput(o, match);
    }

    /// <summary>Whether the input has a field (and marks nothing).</summary>
    public bool Has(string name) => o.ContainsKey(name);

    /// <summary>A required ISO date (<c>2017-09-01</c>).</summary>
    public LocalDate Date(string name) => Scalar(name, "a date written yyyy-MM-dd, e.g. \"2017-09-01\"", n => n is JsonValue v && v.TryGetValue<string>(out var s) && LocalDatePattern.Iso.Parse(s) is { Success: true } r ? r.Value : (LocalDate?)null) ?? default;

    /// <summary>A required ISO month (<c>2018-03</c>).</summary>
    public YearMonth Month(string name) => Scalar(name, "a month written yyyy-MM, e.g. \"2018-03\"", n => n is JsonValue v && v.TryGetValue<string>(out var s) && YearMonthPattern.Iso.Parse(s) is { Success: true } r ? r.Value : (YearMonth?)null) ?? default;

    /// <summary>A required time of day (<c>09:00</c>).</summary>
    public LocalTime Time(string name) => Scalar(name, "a time of day written HH:mm, e.g. \"09:00\"", n => n is JsonValue v && v.TryGetValue<string>(out var s) && (LocalTimePattern.CreateWithInvariantCulture("HH:mm").Parse(s) is { Success: true } r ? r.Value : LocalTimePattern.ExtendedIso.Parse(s) is { Success: true } r2 ? r2.Value : (LocalTime?)null) is { } t ? t : (LocalTime?)null) ?? default;

    /// <summary>A required whole number.</summary>
    public int Int(string name) => Scalar(name, "a whole number", n => n is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<int>(out var i) ? i : (int?)null) ?? 0;

    /// <summary>A required number, read exactly as a decimal.</summary>
    public decimal Decimal(string name) => Scalar(name, "a number", n => n is JsonValue v && v.GetValueKind() == JsonValueKind.Number && decimal.TryParse(v.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : (decimal?)null) ?? 0m;

    /// <summary>A required non-empty text.</summary>
    public string Text(string name) => Scalar(name, "a text", n => n is JsonValue v && v.TryGetValue<string>(out var s) && s.Length > 0 ? s : null) ?? string.Empty;

    /// <summary>An optional text (null when absent).</summary>
    public string? OptionalText(string name) => o.ContainsKey(name) ? Text(name) : Mark(name, null);

    /// <summary>A required <c>true</c> or <c>false</c>.</summary>
    public bool Bool(string name) => Scalar(name, "true or false", n => n is JsonValue v && v.GetValueKind() is JsonValueKind.True or JsonValueKind.False ? v.GetValue<bool>() : (bool?)null) ?? false;

    /// <summary>An optional <c>true</c> or <c>false</c> (null when absent).</summary>
    public bool? OptionalBool(string name) => o.ContainsKey(name) ? Bool(name) : null;

    /// <summary>An optional whole number (null when absent).</summary>
    public int? OptionalInt(string name) => o.ContainsKey(name) ? Int(name) : null;

    /// <summary>A required field read as a library type (paths of its problems are prefixed with the field's name).</summary>
    public T? Part<T>(string name)
        where T : class
    {
        used.Add(name);
        if (o[name] is not { } node)
        {
            errors.Add(new ValidationError(name, ErrorCode.Required, "is required"));
            return null;
        }

        return Read<T>(node.ToJsonString(), name);
    }

    /// <summary>An optional field read as a library type (null when absent).</summary>
    public T? OptionalPart<T>(string name)
        where T : class => o.ContainsKey(name) ? Part<T>(name) : Mark<T>(name, null);

    /// <summary>
    /// An optional field read by a library parser of its own (e.g. <c>HolidaySchedule.Parse</c> for a holiday schedule): the
    /// field's JSON text is handed to <paramref name="parse"/>; its problems are reported with the field's name in front of
    /// their paths. Null when the field is absent; JSON <c>null</c> is an error (leave the field out instead).
    /// </summary>
    public T? OptionalParsed<T>(string name, string what, Func<string, T> parse)
        where T : class
    {
        used.Add(name);
        if (!o.ContainsKey(name))
        {
            return null;
        }

        if (o[name] is not { } node)
        {
            errors.Add(new ValidationError(name, ErrorCode.InvalidValue, "must be " + what + " (leave the field out to use none)"));
            return null;
        }

        try
        {
            return parse(node.ToJsonString());
        }
        catch (ValidationException ex)
        {
            errors.AddRange(ex.Errors.Select(e => e with { Path = JsonSource.Combine(name, e.Path) }));
            return null;
        }
    }

    /// <summary>An optional word from an enum's members (written exactly as the member's name), or null when absent.</summary>
    public TEnum? OptionalWord<TEnum>(string name)
        where TEnum : struct, Enum
    {
        used.Add(name);
        if (!o.ContainsKey(name))
        {
            return null;
        }

        var words = string.Join(", ", Enum.GetNames<TEnum>());
        if (o[name] is JsonValue v && v.TryGetValue<string>(out var s))
        {
            if (Enum.GetNames<TEnum>().Contains(s, StringComparer.Ordinal))
            {
                return Enum.Parse<TEnum>(s);
            }

            errors.Add(new ValidationError(name, ErrorCode.InvalidValue, $"\"{s}\" is not one of {words}"));
            return null;
        }

        errors.Add(new ValidationError(name, ErrorCode.InvalidValue, $"must be one of {words} (a word in quotes)"));
        return null;
    }

    /// <summary>
    /// Every field not yet read, as a library object (the call's main argument, written flat beside <c>operation</c>).
    /// Call after the scalar arguments have been read; an unknown field is reported by the library's reader.
    /// </summary>
    public T? Rest<T>()
        where T : class
    {
        var rest = new JsonObject();
        foreach (var (name, value) in o)
        {
            if (!used.Contains(name))
            {
                rest[name] = value?.DeepClone();
            }
        }

        return Read<T>(rest.ToJsonString(), string.Empty);
    }

    /// <summary>Reports every field not read (for calls with only scalar arguments).</summary>
    public void NoOtherFields(string expected)
    {
        foreach (var (name, _) in o)
        {
            if (!used.Contains(name))
            {
                errors.Add(new ValidationError(name, ErrorCode.InvalidValue, $"is not a field of the '{Operation}' operation (expected {expected})"));
            }
        }
    }

    /// <summary>Throws every problem found so far.</summary>
    /// <exception cref="ValidationException">At least one problem.</exception>
    public void ThrowIfAny()
    {
        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }
    }

    /// <summary>Runs a library call, reporting its problems together with the ones already found.</summary>
    public TResult Call<TResult>(Func<TResult> call)
    {
        ThrowIfAny();
        return call();
    }

    /// <summary>Strips the <c>versions[0].</c> prefix a calculator puts on the paths of a single parameter version.</summary>
    public static ValidationException ParameterPaths(ValidationException ex) =>
        new(ex.Errors.Select(e => e with { Path = e.Path.StartsWith("versions[0].", StringComparison.Ordinal) ? e.Path.Substring("versions[0].".Length) : e.Path }).ToArray());

    private T? Read<T>(string json, string prefix)
        where T : class
    {
        try
        {
            return HaidianJson.Deserialize<T>(json);
        }
        catch (ValidationException ex)
        {
            errors.AddRange(ex.Errors.Select(e => e with { Path = JsonSource.Combine(prefix, e.Path) }));
            return null;
        }
    }

    private TValue? Scalar<TValue>(string name, string what, Func<JsonNode?, TValue?> read)
        where TValue : struct
    {
        used.Add(name);
        if (!o.ContainsKey(name))
        {
            errors.Add(new ValidationError(name, ErrorCode.Required, "is required: " + what));
            return null;
        }

        var value = read(o[name]);
        if (value is null)
        {
            errors.Add(new ValidationError(name, ErrorCode.InvalidValue, "must be " + what));
        }

        return value;
    }

    private string? Scalar(string name, string what, Func<JsonNode?, string?> read)
    {
        used.Add(name);
        if (!o.ContainsKey(name))
        {
            errors.Add(new ValidationError(name, ErrorCode.Required, "is required: " + what));
            return null;
        }

        var value = read(o[name]);
        if (value is null)
        {
            errors.Add(new ValidationError(name, ErrorCode.InvalidValue, "must be " + what));
        }

        return value;
    }

    private string? Mark(string name, string? value)
    {
        used.Add(name);
        return value;
    }

    private T? Mark<T>(string name, T? value)
        where T : class
    {
        used.Add(name);
        return value;
    }
}
