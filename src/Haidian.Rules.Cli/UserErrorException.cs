using System;
using System.Collections.Generic;
using System.Linq;

namespace Haidian.Rules.Cli;

/// <summary>
/// A mistake in what the user gave the tool (a missing file, a malformed CSV row, bad JSON, an unknown module):
/// printed as plain lines <c>error: file:line: field: message</c>, exit code 2, never a stack trace.
/// </summary>
internal sealed class UserErrorException : Exception
{
    public UserErrorException(string message)
        : this(new[] { message })
    {
    }

    public UserErrorException(IReadOnlyList<string> problems)
        : base(string.Join(Environment.NewLine, problems))
    {
        Problems = problems.ToArray();
    }

    /// <summary>Every problem found, one line each, already located (<c>file:line: field: message</c>).</summary>
    public IReadOnlyList<string> Problems { get; }

    /// <summary>Formats one located problem: <c>file:line: field: message</c>, leaving out the parts that are unknown.</summary>
    public static string Locate(string? file, long? line, string? field, string message)
    {
        var where = file ?? string.Empty;
        if (line is { } l && l > 0)
        {
            where = where.Length == 0 ? "line " + l : where + ":" + l;
        }

        var parts = new List<string>(3);
        if (where.Length > 0)
        {
            parts.Add(where);
        }

        if (!string.IsNullOrEmpty(field))
        {
            parts.Add(field!);
        }

        parts.Add(message);
        return string.Join(": ", parts);
    }
}

/// <summary>Exit codes of the tool.</summary>
internal static class ExitCodes
{
    /// <summary>Success (for <c>verify</c>: every case passed).</summary>
    public const int Success = 0;

    /// <summary><c>verify</c>: at least one case failed.</summary>
    public const int CasesFailed = 1;

    /// <summary>A user error: missing file, malformed CSV or JSON, unknown module, invalid input or parameters, bad options.</summary>
    public const int UserError = 2;
}
