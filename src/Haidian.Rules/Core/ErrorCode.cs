using System.Text.Json.Serialization;

namespace Haidian.Rules;

/// <summary>
/// The closed set of machine-readable codes a <see cref="ValidationError"/> carries (spec 07 C3), so that a program or a
/// CI pipeline can tell conditions apart without matching the English text. Part of the 1.0 public contract: codes are
/// never renamed, and a new code is a new minor version. In JSON each code is written as its camelCase name
/// (<c>required</c>, <c>unknownField</c>, …).
/// Generic core type, not policy-specific: it cites no clause itself.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<ErrorCode>))]
public enum ErrorCode
{
    /// <summary><c>required</c> — a field without a documented default is missing (or null where null is not allowed).</summary>
    [JsonStringEnumMemberName("required")]
    Required = 0,

    /// <summary><c>unknownField</c> — the JSON names a field the input type does not have (a typo is never ignored).</summary>
    [JsonStringEnumMemberName("unknownField")]
    UnknownField = 1,

    /// <summary><c>invalidValue</c> — a value that cannot be read (wrong JSON type, not a date, not one of the allowed words, an undefined enum value) or is not valid for its field.</summary>
    [JsonStringEnumMemberName("invalidValue")]
    InvalidValue = 2,

    /// <summary><c>outOfRange</c> — a number, date or count outside the range its field allows (negative money, a year beyond 9998, …).</summary>
    [JsonStringEnumMemberName("outOfRange")]
    OutOfRange = 3,

    /// <summary><c>inconsistent</c> — fields that contradict each other (a part above its whole, an end before its start, inflow data with <c>hasInflow: false</c>, a duplicate key).</summary>
    [JsonStringEnumMemberName("inconsistent")]
    Inconsistent = 4,

    /// <summary><c>noSchedule</c> — a working-day question about a year for which no holiday schedule is loaded; the calendar never guesses.</summary>
    [JsonStringEnumMemberName("noSchedule")]
    NoSchedule = 5,

    /// <summary><c>notInForce</c> — an item of a batch lies outside the period the policy is in force (a single question throws <see cref="NotInForceException"/> instead).</summary>
    [JsonStringEnumMemberName("notInForce")]
    NotInForce = 6,
}
