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
        : this(problems.Select(p => new CliProblem(p, null, null, p)).ToArray())
    {
    }

    public UserErrorException(IReadOnlyList<CliProblem> problems)
        : base(string.Join(Environment.NewLine, problems.Select(p => p.Line)))
    {
        Problems = problems.ToArray();
    }

    /// <summary>Every problem found, each already located (<c>file:line: field: message</c>), with its library error code when it has one.</summary>
    public IReadOnlyList<CliProblem> Problems { get; }

    /// <summary>The problems of a library <see cref="ValidationException"/>, each located by <paramref name="locate"/> and keeping its code.</summary>
    public static UserErrorException From(ValidationException ex, Func<ValidationError, string> locate) =>
        new(ex.Errors.Select(e => new CliProblem(locate(e), e.Code, e.Path, e.Message)).ToArray());

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

/// <summary>
/// One problem the tool reports: the located text (<c>file:line: field: message</c>), and — when it comes from the
/// library's input contract — its <see cref="ErrorCode"/> (spec 07 C3), field path and bare message.
/// </summary>
/// <param name="Text">The located problem, as printed after <c>error: </c>.</param>
/// <param name="Code">The library's error code, or null for the tool's own problems (a missing file, a bad option).</param>
/// <param name="Path">The field path, or null.</param>
/// <param name="Message">The message without its location.</param>
internal sealed record CliProblem(string Text, ErrorCode? Code, string? Path, string Message)
{
    /// <summary>The text followed by the code in brackets when there is one: <c>input.json:4: dry: is required [required]</c>.</summary>
    public string Line => Code is { } c ? Text + " [" + CodeWord(c) + "]" : Text;

    /// <summary>The JSON word of a code (<c>unknownField</c>).</summary>
    public static string CodeWord(ErrorCode code) => HaidianJson.Serialize(code, indented: false).Trim('"');
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
