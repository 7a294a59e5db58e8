using System.Collections.Generic;
using System.Globalization;

namespace Haidian.Rules;

/// <summary>
/// The one validation path of the library (STYLE.md: NodaTime's <c>Preconditions</c>): collects every
/// problem with its field path, then throws a single <see cref="ValidationException"/>, so a caller
/// sees all problems at once and nothing is partially computed.
/// </summary>
internal sealed class Validator
{
    private List<ValidationError>? errors;

    // Stryker disable once Equality : the list is created by the first Add, so it is never empty; "> 0" and ">= 0" agree.
    public bool HasErrors => errors is { Count: > 0 };

    public IReadOnlyList<ValidationError> Errors => errors ?? (IReadOnlyList<ValidationError>)System.Array.Empty<ValidationError>();

    public static string Field(string parent, string child) => parent.Length == 0 ? child : parent + "." + child;

    public static string Index(string parent, int index) => parent + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    /// <summary>Records one problem with its code (spec 07 C3).</summary>
    public void Add(string path, ErrorCode code, string message) => (errors ??= new List<ValidationError>()).Add(new ValidationError(path, code, message));

    /// <summary>Records fields that contradict each other (<see cref="ErrorCode.Inconsistent"/>).</summary>
    public void Inconsistent(string path, string message) => Add(path, ErrorCode.Inconsistent, message);

    /// <summary>Records a value that is not valid for its field (<see cref="ErrorCode.InvalidValue"/>).</summary>
    public void Invalid(string path, string message) => Add(path, ErrorCode.InvalidValue, message);

    /// <summary>Records a value outside its allowed range (<see cref="ErrorCode.OutOfRange"/>).</summary>
    public void OutOfRange(string path, string message) => Add(path, ErrorCode.OutOfRange, message);

    public void AddRange(IEnumerable<ValidationError> more)
    {
        foreach (var e in more)
        {
            Add(e.Path, e.Code, e.Message);
        }
    }

    /// <summary>
    /// Reports an enum value that is not one of the type's named members (spec 07 C4: <c>(PeriodUnit)99</c> is never read
    /// as another member); returns true when defined.
    /// </summary>
    public bool Defined<TEnum>(string path, TEnum value)
        where TEnum : struct, System.Enum
    {
        if (EnumWords<TEnum>.IsDefined(value))
        {
            return true;
        }

        Add(path, ErrorCode.InvalidValue, "is not one of " + EnumWords<TEnum>.List + " (got the undefined value " + System.Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture) + ")");
        return false;
    }

    /// <summary>Throws a <see cref="ValidationException"/> for an undefined enum argument (spec 07 C4), for entry points that take one value.</summary>
    public static void RequireDefined<TEnum>(string path, TEnum value)
        where TEnum : struct, System.Enum
    {
        if (!EnumWords<TEnum>.IsDefined(value))
        {
            var v = new Validator();
            v.Defined(path, value);
            v.ThrowIfAny();
        }
    }

    /// <summary>Reports a missing value; returns true when present.</summary>
    public bool Required<T>(string path, T? value)
        where T : class
    {
        if (value is null)
        {
            Add(path, ErrorCode.Required, "is required");
            return false;
        }

        return true;
    }

    /// <summary>Reports a missing or empty text; returns true when present.</summary>
    public bool RequiredText(string path, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(path, ErrorCode.Required, "is required and must not be blank");
            return false;
        }

        return true;
    }

    public bool NotNegative(string path, decimal value)
    {
        if (value < 0m)
        {
            Add(path, ErrorCode.OutOfRange, "must not be negative (got " + Format(value) + ")");
            return false;
        }

        return true;
    }

    public bool Positive(string path, decimal value)
    {
        if (value <= 0m)
        {
            Add(path, ErrorCode.OutOfRange, "must be greater than 0 (got " + Format(value) + ")");
            return false;
        }

        return true;
    }

    public bool InRange(string path, decimal value, decimal min, decimal max)
    {
        if (value < min || value > max)
        {
            Add(path, ErrorCode.OutOfRange, "must be between " + Format(min) + " and " + Format(max) + " inclusive (got " + Format(value) + ")");
            return false;
        }

        return true;
    }

    public bool NotNegative(string path, int value)
    {
        if (value < 0)
        {
            Add(path, ErrorCode.OutOfRange, "must not be negative (got " + value.ToString(CultureInfo.InvariantCulture) + ")");
            return false;
        }

        return true;
    }

    public void ThrowIfAny()
    {
        // Stryker disable once Equality : the list is created by the first Add, so it is never empty; "> 0" and ">= 0" agree.
        if (errors is { Count: > 0 })
        {
            throw new ValidationException(errors);
        }
    }

    public static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Throws one <see cref="ValidationException"/> with a single problem.</summary>
    public static ValidationException Error(string path, ErrorCode code, string message) => new(new[] { new ValidationError(path, code, message) });
}

/// <summary>The JSON words of an enum (its member names), for messages that list the allowed words.</summary>
internal static class EnumWords<TEnum>
    where TEnum : struct, System.Enum
{
#if NET5_0_OR_GREATER
    private static readonly TEnum[] Values = System.Enum.GetValues<TEnum>();
#else
    private static readonly TEnum[] Values = (TEnum[])System.Enum.GetValues(typeof(TEnum));
#endif

    /// <summary>The allowed words, comma-separated, in declaration order.</summary>
    public static readonly string List = string.Join(", ", System.Linq.Enumerable.Select(Values, WordOf));

    public static bool IsDefined(TEnum value) => System.Array.IndexOf(Values, value) >= 0;

    // The library's input enums are written as their member names (JsonStringEnumConverter without a naming policy).
    private static string WordOf(TEnum value) => value.ToString();
}
