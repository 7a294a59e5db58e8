using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace Haidian.Rules;

/// <summary>
/// Base of the only exception types the library throws on purpose:
/// <see cref="ValidationException"/> (bad input or parameters) and <see cref="NotInForceException"/>
/// (a period before the policy applies). Argument-null checks throw <see cref="ArgumentNullException"/>.
/// Generic core type, not policy-specific: it cites no clause itself.
/// </summary>
public abstract class HaidianRulesException : Exception
{
    /// <summary>Creates the exception with its message.</summary>
    /// <param name="message">A plain-language message.</param>
    protected HaidianRulesException(string message)
        : base(message)
    {
    }
}

/// <summary>
/// One problem found in an input or a parameter set: the field path (e.g.
/// <c>sections[3].outflow.ammoniaNitrogen</c>), a stable code from the closed set <see cref="ErrorCode"/> and what is
/// wrong, in plain words.
/// Generic core type, not policy-specific: it cites no clause itself.
/// </summary>
/// <remarks>Immutable. In JSON: <c>{ "path": "…", "code": "required", "message": "is required" }</c>.</remarks>
/// <param name="Path">Field path in camelCase, as in the JSON form of the input; empty for the input as a whole.</param>
/// <param name="Code">What kind of problem it is (spec 07 C3): a program matches on this, never on <paramref name="Message"/>.</param>
/// <param name="Message">What is wrong, in plain words (e.g. <c>must not be negative (got -1)</c>); never a .NET type name.</param>
public sealed record ValidationError(string Path, ErrorCode Code, string Message)
{
    /// <summary>Formats the error as <c>path: message</c>.</summary>
    /// <returns>The error as one line.</returns>
    public override string ToString() => Path.Length == 0 ? Message : Path + ": " + Message;
}

/// <summary>
/// Thrown when an input or a parameter set is invalid. Carries every problem found, each with its
/// field path; nothing was computed.
/// Generic core type, not policy-specific: it cites no clause itself.
/// </summary>
public sealed class ValidationException : HaidianRulesException
{
    /// <summary>Creates the exception from the problems found.</summary>
    /// <param name="errors">Every problem found; at least one.</param>
    public ValidationException(IReadOnlyList<ValidationError> errors)
        : base(BuildMessage(errors))
    {
        Errors = errors.ToArray();
    }

    /// <summary>Every problem found, in the order the fields were checked.</summary>
    public IReadOnlyList<ValidationError> Errors { get; }

    private static string BuildMessage(IReadOnlyList<ValidationError> errors)
    {
        if (errors is null || errors.Count == 0)
        {
            return "Invalid input.";
        }

        return errors.Count == 1
            ? "Invalid input: " + errors[0]
            : "Invalid input (" + errors.Count + " problems): " + string.Join("; ", errors.Select(e => e.ToString()));
    }
}

/// <summary>
/// Thrown when a calculation is asked for a date or period before the policy (or any version of its
/// parameters) was in force, or after the last period it covers (spec 07 C6: e.g. a forest assessment year after
/// 2020). "Not in force" is never answered with a silent zero, and never as a plain <see cref="ValidationException"/>.
/// Generic core type, not policy-specific: it cites no clause itself.
/// </summary>
public sealed class NotInForceException : HaidianRulesException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="requested">The first day of the period asked about.</param>
    /// <param name="inForceFrom">The first day the policy applies.</param>
    /// <param name="policy">The policy, with its citation.</param>
    public NotInForceException(LocalDate requested, LocalDate inForceFrom, Citation policy)
        : base($"{policy} is not in force on {requested:uuuu-MM-dd}: it applies from {inForceFrom:uuuu-MM-dd}.")
    {
        Requested = requested;
        InForceFrom = inForceFrom;
        Policy = policy;
    }

    /// <summary>Creates the exception for a period after the last one a policy (or its encoded parameters) covers (spec 07 C6).</summary>
    /// <param name="requested">The first day of the period asked about.</param>
    /// <param name="inForceFrom">The first day the policy applies.</param>
    /// <param name="inForceUntil">The last day the policy (as encoded) applies.</param>
    /// <param name="policy">The policy, with its citation.</param>
    /// <param name="period">The period asked about as the user named it (e.g. <c>assessment year 2021</c>); the message uses it.</param>
    public NotInForceException(LocalDate requested, LocalDate inForceFrom, LocalDate inForceUntil, Citation policy, string period)
        : base($"{policy} does not cover {period}: it applies from {inForceFrom:uuuu-MM-dd} to {inForceUntil:uuuu-MM-dd}.")
    {
        Requested = requested;
        InForceFrom = inForceFrom;
        InForceUntil = inForceUntil;
        Policy = policy;
    }

    /// <summary>The first day of the period asked about.</summary>
    public LocalDate Requested { get; }

    /// <summary>The first day the policy (its earliest parameter version) applies.</summary>
    public LocalDate InForceFrom { get; }

    /// <summary>The last day the policy (as encoded) applies, when the question was about a later period; null when it was about an earlier one.</summary>
    public LocalDate? InForceUntil { get; }

    /// <summary>The policy asked about.</summary>
    public Citation Policy { get; }
}
