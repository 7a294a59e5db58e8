using System.Text.Json.Serialization;

namespace Haidian.Rules;

/// <summary>
/// How serious a broken rule is (conventions §7). A rule stated outright is a <see cref="Violation"/> when broken;
/// a rule stated "in principle" (原则上) or "generally" (一般) is a <see cref="Departure"/>: allowed only with a
/// specific decision, so it is reported, never silently passed, and never called a violation.
/// Generic core type, not policy-specific: it cites no clause itself.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<Severity>))]
public enum Severity
{
    /// <summary>违反 — a rule stated outright is broken.</summary>
    Violation = 0,

    /// <summary>偏离 — a rule stated in principle (原则上) or generally (一般) is not followed; needs a specific decision.</summary>
    Departure = 1,
}

/// <summary>
/// One rule found broken by a compliance check: a stable code, its severity, what was found (with the figures)
/// and the clause it breaks.
/// Generic core type, not policy-specific: it cites no clause itself.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Code">A stable, dotted code a program can match on, e.g. <c>portfolio.tenderedBodies</c>.</param>
/// <param name="Severity">Violation or departure.</param>
/// <param name="Message">What was found, in plain words with the figures, e.g. <c>6 tendered implementing bodies &gt; 5</c>.</param>
/// <param name="Citation">The clause that states the rule.</param>
public sealed record Finding(string Code, Severity Severity, string Message, Citation Citation);
