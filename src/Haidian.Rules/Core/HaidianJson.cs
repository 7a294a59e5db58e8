using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using NodaTime.Serialization.SystemTextJson;

namespace Haidian.Rules;

/// <summary>
/// The JSON contract of every input, parameter and result type: System.Text.Json with source-generated
/// metadata (no reflection), camelCase names, enums as strings, NodaTime dates as ISO text
/// (<c>2018-03</c> for a <see cref="NodaTime.YearMonth"/>, <c>2018-03-01</c> for a <see cref="NodaTime.LocalDate"/>).
/// Generic core type, not policy-specific: it cites no clause itself.
/// </summary>
/// <remarks>Thread-safe; <see cref="Options"/> is read-only.</remarks>
public static class HaidianJson
{
    /// <summary>The options that read and write every library type. Read-only.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions(writeIndented: true);

    /// <summary>Like <see cref="Options"/>, written on one line.</summary>
    public static JsonSerializerOptions CompactOptions { get; } = CreateOptions(writeIndented: false);

    /// <summary>Writes a library value as JSON.</summary>
    /// <typeparam name="T">A library input, parameter or result type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="indented">Indented (default) or one line.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize<T>(T value, bool indented = true)
    {
        var options = indented ? Options : CompactOptions;
        return JsonSerializer.Serialize(value, (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)));
    }

    /// <summary>Reads a library value from JSON. Inputs read this way still go through the calculators' validation.</summary>
    /// <typeparam name="T">A library input, parameter or result type.</typeparam>
    /// <param name="json">The JSON text.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ValidationException">The text is not valid JSON for <typeparamref name="T"/>; the error names the JSON path.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static T Deserialize<T>(string json)
    {
        if (json is null)
        {
            throw new ArgumentNullException(nameof(json));
        }

        try
        {
            var value = JsonSerializer.Deserialize(json, (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T)));
            if (value is null)
            {
                throw new ValidationException(new[] { new ValidationError("$", "must not be null") });
            }

            return value;
        }
        catch (JsonException ex)
        {
            throw new ValidationException(new[] { new ValidationError(ex.Path ?? "$", "is not valid JSON for " + typeof(T).Name + ": " + FirstLine(ex.Message)) });
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or InvalidOperationException or OverflowException)
        {
            throw new ValidationException(new[] { new ValidationError("$", "could not be read as " + typeof(T).Name + ": " + FirstLine(ex.Message)) });
        }
    }

    internal static string FirstLine(string message)
    {
        var i = message.IndexOf('\n');
        return i < 0 ? message : message.Substring(0, i).TrimEnd();
    }

    private static JsonSerializerOptions CreateOptions(bool writeIndented)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DictionaryKeyPolicy = null,
            WriteIndented = writeIndented,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            NumberHandling = JsonNumberHandling.Strict,
            ReadCommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,

            // One resolver per module; a module adds its own source-generated context here.
            TypeInfoResolver = JsonTypeInfoResolver.Combine(
                CoreJsonContext.Default,
                WaterCompensation.WaterCompensationJsonContext.Default,
                ElevatorSubsidy.ElevatorSubsidyJsonContext.Default,
                ForestAssessment.ForestAssessmentJsonContext.Default,
                WasteSorting.WasteSortingJsonContext.Default,
                Deadlines.DeadlinesJsonContext.Default,
                FundFees.FundFeesJsonContext.Default),
        };
        options.Converters.Add(NodaConverters.LocalDateConverter);
        options.Converters.Add(NodaConverters.YearMonthConverter);
        options.Converters.Add(NodaConverters.LocalTimeConverter);
        options.MakeReadOnly();
        return options;
    }
}

/// <summary>Source-generated JSON metadata of the shared core types.</summary>
[JsonSerializable(typeof(Citation))]
[JsonSerializable(typeof(LineItem))]
[JsonSerializable(typeof(ValidationError))]
[JsonSerializable(typeof(Provenance))]
[JsonSerializable(typeof(Finding))]
[JsonSerializable(typeof(Severity))]
internal sealed partial class CoreJsonContext : JsonSerializerContext
{
}
