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
/// Whether the rule of a <see cref="Finding"/> is broken, met or could not be checked. A check that lists only broken
/// rules leaves <see cref="Finding.Status"/> null (every such finding is breached); a check that reports every rule it
/// checked (a compliance report) sets it on every finding, so its met rules and the rules it could not check are listed too.
/// Generic core type, not policy-specific: it cites no clause itself.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<FindingStatus>))]
public enum FindingStatus
{
    /// <summary>The rule is broken; <see cref="Finding.Severity"/> says whether that is a violation or a departure.</summary>
    Breached = 0,

    /// <summary>The rule is met.</summary>
    Met = 1,

    /// <summary>The caller did not supply the fact the rule needs, so it was not checked (never counted as met).</summary>
    NotAssessed = 2,
}

/// <summary>
/// One rule checked by a compliance check: a stable code, its severity, what was found (with the figures) and the
/// clause it comes from. Most checks list only broken rules; a check that reports every rule it checked also sets
/// <see cref="Status"/> (met or not assessed), <see cref="Requirement"/> and, for a departure a decision allows,
/// <see cref="ApprovedBy"/> — optional members that keep their defaults (and are left out of the JSON) otherwise.
/// Generic core type, not policy-specific: it cites no clause itself.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Code">A stable, dotted code a program can match on, e.g. <c>portfolio.tenderedBodies</c>.</param>
/// <param name="Severity">Violation or departure: the severity a breach of the rule carries by its wording (also on a met or not-assessed finding).</param>
/// <param name="Message">What was found, in plain words with the figures, e.g. <c>6 tendered implementing bodies &gt; 5</c>.</param>
/// <param name="Citation">The clause that states the rule.</param>
public sealed record Finding(string Code, Severity Severity, string Message, Citation Citation)
{
    /// <summary>
    /// Whether the rule is broken, met or not assessed, set by a check that reports every rule it checked; null from a check
    /// that lists only broken rules (the finding is then breached). Optional; default null (left out of the JSON).
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public FindingStatus? Status { get; init; }

    /// <summary>What the rule requires, in words, or null when the message says it all. Optional; default null.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Requirement { get; init; }

    /// <summary>For a breached departure a specific decision allows (原则上/一般 rules only), that decision's reference; otherwise null. Optional; default null.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ApprovedBy { get; init; }

    /// <summary>True when the rule is broken: <see cref="Status"/> is <see cref="FindingStatus.Breached"/> or null.</summary>
    [JsonIgnore]
    public bool IsBreached => Status is null or FindingStatus.Breached;

    /// <summary>True for a breached rule stated outright.</summary>
    [JsonIgnore]
    public bool IsViolation => IsBreached && Severity == Severity.Violation;

    /// <summary>True for a breached 原则上/一般 rule (approved or not).</summary>
    [JsonIgnore]
    public bool IsDeparture => IsBreached && Severity == Severity.Departure;
}
