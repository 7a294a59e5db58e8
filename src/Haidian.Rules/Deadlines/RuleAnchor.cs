using NodaTime;

namespace Haidian.Rules.Deadlines;

/// <summary>
/// A named gazette deadline asked for by its stable key (spec 07 D-a), as JSON, a case file or the tool give it:
/// <c>{"rule": "cultivatedLand.inspection", "year": 2017}</c>, <c>{"rule": "smartHaidian.kickOff", "event": "2018-03-01"}</c>.
/// Exactly the anchor the rule needs is given: an event for a period, 提前N个工作日, a minimum duration or an
/// on-or-before rule; a year for a fixed date; a year and quarter for the quarterly custody report.
/// Source: each rule's own clause (see <see cref="DeadlineParameters.Rules"/>, e.g. 海政发〔2017〕21号 第十二条), counted under
/// 《中华人民共和国民法典》第二百零一条.
/// </summary>
/// <remarks>Immutable. Read by <see cref="DeadlineCalculator.Calculate(RuleAnchor)"/>.</remarks>
/// <param name="Rule">The rule's stable key, one of <see cref="DeadlineParameters.RuleKeys"/> (e.g. <c>smartHaidian.preliminaryDesign</c>). Required.</param>
/// <param name="Event">The event the rule is anchored on (not counted). Optional; default none; required by event rules, and an error for the others.</param>
/// <param name="Year">The year reported on (next-year fixed dates, the quarterly report) or the year named (same-year fixed dates). Optional; default none; required by those rules, and an error for the others.</param>
/// <param name="Quarter">The quarter reported on, 1–4. Optional; default none; required by the quarterly report, and an error for the others.</param>
public sealed record RuleAnchor(string Rule, LocalDate? Event = null, int? Year = null, int? Quarter = null);
