using System.Collections.Generic;
using Haidian.Rules.Deadlines;
using NodaTime;

namespace Haidian.Rules.SmartHaidian;

/// <summary>
/// One rule of 海政发〔2017〕21号 found broken: the core <see cref="Haidian.Rules.Finding"/> (code, severity, message, article) with the
/// gazette line, who owes the duty, and the arithmetic. A <see cref="Severity.Departure"/> only for the two 「原则上」 rules (第九条 and the
/// first clause of 第十七条); every other finding is a <see cref="Severity.Violation"/>.
/// Source: 海政发〔2017〕21号 (the article is in <see cref="Haidian.Rules.Finding.Citation"/>).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Check">The number of the check in the module README's table (1–34).</param>
/// <param name="Finding">The finding: its code (e.g. <c>designDeadline</c>), severity, message with the figures, and article.</param>
/// <param name="GazetteLine">The line of the article in the gazette text (e.g. 699 for 第十二条).</param>
/// <param name="Duty">Who owes the duty that was not met.</param>
/// <param name="Arithmetic">The computation behind the finding (dates, working days counted, sums, comparisons).</param>
/// <param name="AlsoCites">For a smart-education project (第四十一条), that article: the education measure governs first; otherwise null.</param>
public sealed record ProjectFinding(int Check, Finding Finding, int GazetteLine, Party Duty, string Arithmetic, Citation? AlsoCites = null)
{
    /// <summary>The finding's code (shortcut for <c>Finding.Code</c>).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string Code => Finding.Code;

    /// <summary>The finding's severity (shortcut for <c>Finding.Severity</c>).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public Severity Severity => Finding.Severity;
}

/// <summary>
/// One dated step of the record: its trigger, its last day (or earliest day for a minimum), when it was done, and its status; for a
/// working-day or minimum step, the Deadlines module's computation (Civil Code arts. 201–203 on the PRC working-day calendar).
/// Source: 海政发〔2017〕21号 (each step names its article).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Check">The number of the check in the module README's table.</param>
/// <param name="Code">The check's code, e.g. <c>kickOffDeadline</c>.</param>
/// <param name="Step">What the step is, e.g. <c>kick-off meeting</c> or <c>contracts[1] (Supervision) filed</c>.</param>
/// <param name="Trigger">The event the step counts from, or null when not recorded (or a fixed-date step).</param>
/// <param name="LastDay">The last day to act (for a minimum duration: the earliest day it is complete), or null when not computed.</param>
/// <param name="Done">When the step was done, or null.</param>
/// <param name="Status">The status.</param>
/// <param name="WorkingDaysLate">For a late working-day step: working days after the last day up to and including the done day; else null.</param>
/// <param name="DaysLate">For a late fixed-date or sequence step: calendar days late (or early, for a start before its approval); else null.</param>
/// <param name="DaysShort">For a minimum duration that fell short: calendar days short; else null.</param>
/// <param name="Arithmetic">The computation in words.</param>
/// <param name="Citation">The article that sets the step.</param>
/// <param name="Deadline">The Deadlines module's computation of <paramref name="LastDay"/>, or null (not computed, or no deadline).</param>
public sealed record StepResult(
    int Check,
    string Code,
    string Step,
    LocalDate? Trigger,
    LocalDate? LastDay,
    LocalDate? Done,
    StepStatus Status,
    int? WorkingDaysLate,
    int? DaysLate,
    int? DaysShort,
    string Arithmetic,
    Citation Citation,
    DeadlineResult? Deadline = null);

/// <summary>
/// A compliance report under 海政发〔2017〕21号: the scope, whether the design is still accepted, every finding (violations and
/// departures, each with its article, duty and arithmetic), the dated steps with their statuses, the checks the emergency path
/// replaces, what the text leaves not computable, and the provenance. <see cref="Compliant"/> only when no finding stands.
/// Source: 海政发〔2017〕21号.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Subject">What was checked (a project, a draft list of a year, a top-level design).</param>
/// <param name="AsOf">The day of the check (null for a draft list or a top-level design, which have none).</param>
/// <param name="Scope">In scope, by reference (smart education, 第四十一条) or out of scope (office hardware, 第三条).</param>
/// <param name="Status">Open, or closed (不再受理) after the last allowed design revision failed.</param>
/// <param name="ClosedOn">The day the project was closed, or null.</param>
/// <param name="Compliant">True when there is no finding.</param>
/// <param name="Violations">The number of violations.</param>
/// <param name="Departures">The number of departures (原则上).</param>
/// <param name="Findings">Every finding, in the order of the checks.</param>
/// <param name="Steps">The dated steps, in the order of the checks.</param>
/// <param name="NotApplicable">The codes of the checks the emergency path of 第十八条 replaces (empty otherwise).</param>
/// <param name="NotComputable">What the text leaves to judgment or to other documents (「适时」, 「及时」, the annexes…), reported, never guessed.</param>
/// <param name="Notes">Readings the result depends on and notes on scope.</param>
/// <param name="Provenance">The parameter and package versions used.</param>
public sealed record ComplianceReport(
    string Subject,
    LocalDate? AsOf,
    ProjectScope Scope,
    ProjectStatus Status,
    LocalDate? ClosedOn,
    bool Compliant,
    int Violations,
    int Departures,
    IReadOnlyList<ProjectFinding> Findings,
    IReadOnlyList<StepResult> Steps,
    IReadOnlyList<string> NotApplicable,
    IReadOnlyList<string> NotComputable,
    IReadOnlyList<string> Notes,
    Provenance Provenance);
