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

    /// <summary>
    /// Reads a library value from JSON under the 1.0 input contract (spec 07 C1–C2): a missing required field, an unknown
    /// field and an unreadable value (a wrong JSON type, a date not in ISO form, a word that is not one of an enum's
    /// words) are each reported with its field path and <see cref="ErrorCode"/>, all of them in one
    /// <see cref="ValidationException"/>. Optional members are documented with their default. Inputs read this way still
    /// go through the calculators' own validation.
    /// </summary>
    /// <typeparam name="T">A library input, parameter or result type.</typeparam>
    /// <param name="json">The JSON text.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ValidationException">The text is not valid JSON for <typeparamref name="T"/>; every problem is listed with its path and code.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static T Deserialize<T>(string json)
    {
        if (json is null)
        {
            throw new ArgumentNullException(nameof(json));
        }

        return JsonContractReader.Read(json, (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T)));
    }

    /// <summary>
    /// The JSON Schema (draft 2020-12) of a library type, generated from the same contract <see cref="Deserialize{T}(string)"/>
    /// enforces (spec 07 C5): required members, optional members with their defaults, the allowed words of every enum,
    /// ISO formats of dates and months, and no unknown members.
    /// </summary>
    /// <typeparam name="T">A library input, parameter or result type.</typeparam>
    /// <returns>The schema as indented JSON text.</returns>
    public static string SchemaFor<T>() => SchemaFor(typeof(T));

    /// <summary>The JSON Schema of a library type; see <see cref="SchemaFor{T}()"/>.</summary>
    /// <param name="type">A library input, parameter or result type.</param>
    /// <returns>The schema as indented JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="type"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="type"/> is not a library type.</exception>
    public static string SchemaFor(Type type)
    {
        if (type is null)
        {
            throw new ArgumentNullException(nameof(type));
        }

        if (!Options.TryGetTypeInfo(type, out _))
        {
            throw new ArgumentException("not a type of the library's JSON contract", nameof(type));
        }

        return JsonContractSchema.Generate(Options, type);
    }

    internal static string FirstLine(string message)
    {
        var i = message.IndexOf('\n');
        return i < 0 ? message : message.Substring(0, i).TrimEnd();
    }

    private static void NullableMeansOptional(JsonTypeInfo info)
    {
        // A record struct is built through its parameterless constructor and init setters, so System.Text.Json sees no
        // constructor parameters to require: the same rule is applied to its settable members.
        var valueRecord = info.Kind == JsonTypeInfoKind.Object && info.Type.IsValueType && Nullable.GetUnderlyingType(info.Type) is null;
        foreach (var property in info.Properties)
        {
            if (property.IsRequired && property.AssociatedParameter is { IsNullable: true, HasDefaultValue: false })
            {
                property.IsRequired = false;
            }
            else if (valueRecord && property.Set is not null && property.AssociatedParameter is null or { IsMemberInitializer: true } && !property.IsSetNullable)
            {
                property.IsRequired = true;
            }
        }
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
            RespectRequiredConstructorParameters = true,
            RespectNullableAnnotations = true,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,

            // One resolver per module; a module adds its own source-generated context here.
            // Contract rule (spec 07 C1): a member of a nullable type may be left out (it is then null, and its XML doc
            // says what null means); every other member without a default value is required.
            TypeInfoResolver = JsonTypeInfoResolver.Combine(
                CoreJsonContext.Default,
                CultivatedLand.CultivatedLandJsonContext.Default,
                WaterCompensation.WaterCompensationJsonContext.Default,
                ElevatorSubsidy.ElevatorSubsidyJsonContext.Default,
                ForestAssessment.ForestAssessmentJsonContext.Default,
                WasteSorting.WasteSortingJsonContext.Default,
                Deadlines.DeadlinesJsonContext.Default,
                FundFees.FundFeesJsonContext.Default,
                SmartHaidian.SmartHaidianJsonContext.Default).WithAddedModifier(NullableMeansOptional),
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
[JsonSerializable(typeof(ValidationError[]))]
[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(ErrorCode))]
[JsonSerializable(typeof(Provenance))]
[JsonSerializable(typeof(Finding))]
[JsonSerializable(typeof(Severity))]
[JsonSerializable(typeof(FindingStatus))]
internal sealed partial class CoreJsonContext : JsonSerializerContext
{
}
