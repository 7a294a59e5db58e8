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

    public void Add(string path, string message) => (errors ??= new List<ValidationError>()).Add(new ValidationError(path, message));

    public void AddRange(IEnumerable<ValidationError> more)
    {
        foreach (var e in more)
        {
            Add(e.Path, e.Message);
        }
    }

    /// <summary>Reports a missing value; returns true when present.</summary>
    public bool Required<T>(string path, T? value)
        where T : class
    {
        if (value is null)
        {
            Add(path, "is required");
            return false;
        }

        return true;
    }

    /// <summary>Reports a missing or empty text; returns true when present.</summary>
    public bool RequiredText(string path, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(path, "is required and must not be blank");
            return false;
        }

        return true;
    }

    public bool NotNegative(string path, decimal value)
    {
        if (value < 0m)
        {
            Add(path, "must not be negative (got " + Format(value) + ")");
            return false;
        }

        return true;
    }

    public bool Positive(string path, decimal value)
    {
        if (value <= 0m)
        {
            Add(path, "must be greater than 0 (got " + Format(value) + ")");
            return false;
        }

        return true;
    }

    public bool InRange(string path, decimal value, decimal min, decimal max)
    {
        if (value < min || value > max)
        {
            Add(path, "must be between " + Format(min) + " and " + Format(max) + " inclusive (got " + Format(value) + ")");
            return false;
        }

        return true;
    }

    public bool NotNegative(string path, int value)
    {
        if (value < 0)
        {
            Add(path, "must not be negative (got " + value.ToString(CultureInfo.InvariantCulture) + ")");
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
}
