using System.Collections.Generic;
using System.Text.Json.Nodes;
using Haidian.Rules.Cli.Modules;
using Haidian.Rules.Deadlines;
using static Haidian.Rules.Cli.Modules.OperationContract;

namespace Haidian.Rules.Cli.Deadlines;

/// <summary>The calls <c>evaluate deadlines</c> accepts.</summary>
internal sealed partial class DeadlinesModule
{
    private static readonly OperationArgument Subject = Opt("subject", ArgumentKind.Text, "what the deadline is for (shown in the result)");

    /// <summary>07 D-b: a caller's holiday schedule, accepted by every call; each year it lists replaces the shipped year.</summary>
    private static readonly OperationArgument Holidays = OptionalShaped(
        "holidaySchedule",
        HolidayScheduleSchema.Schedule(),
        "a holiday schedule in the shape of prc-holidays.json; each year it lists replaces that year of the shipped schedules entirely, never merged (07 D-b)");

    public IReadOnlyList<OperationContract> Calls { get; } = new[]
    {
        Of("rule", "a named deadline of the gazette by its key (see 'haidian-rules params deadlines')", null, "DeadlineResult",
            Arg("rule", ArgumentKind.Text, "the rule's stable key, e.g. cultivatedLand.inspection"),
            Opt("event", ArgumentKind.Date, "the triggering event (event rules)"),
            Opt("year", ArgumentKind.Integer, "the year reported on (quarterly and next-year rules)"),
            Opt("quarter", ArgumentKind.Integer, "the quarter reported on, 1–4 (quarterly rules)"),
            Holidays),
        Of("period", "a period counted from an event (民法典 第二百零一条–第二百零三条)", null, "DeadlineResult",
            Arg("event", ArgumentKind.Date, "the event"), Arg("amount", ArgumentKind.Integer, "how many units"), Arg("unit", ArgumentKind.Text, "Days, Months, Years or WorkingDays"), Subject, Holidays),
        Of("inAdvance", "n working days before an event", null, "DeadlineResult", Arg("event", ArgumentKind.Date, "the event"), Arg("workingDays", ArgumentKind.Integer, "working days before it"), Subject, Holidays),
        Of("minimumDuration", "the first day a minimum duration is complete", null, "DeadlineResult",
            Arg("start", ArgumentKind.Date, "the first day"), Arg("amount", ArgumentKind.Integer, "how many units"), Arg("unit", ArgumentKind.Text, "Days, Months or Years"), Subject, Holidays),
        Of("nthWorkingDayOfMonth", "the n-th working day of a month", null, "DeadlineResult", Arg("month", ArgumentKind.Month, "the month"), Arg("n", ArgumentKind.Integer, "which working day, from 1"), Holidays),
        Of("nthWorkingDayOfQuarter", "the n-th working day of a quarter", null, "DeadlineResult", Arg("year", ArgumentKind.Integer, "the year"), Arg("quarter", ArgumentKind.Integer, "1–4"), Arg("n", ArgumentKind.Integer, "which working day, from 1"), Holidays),
        Of("day", "what kind of day a date is in the PRC calendar, with its notice", null, "DayInfo", Arg("date", ArgumentKind.Date, "the date"), Holidays),
        Of("workingDaysBetween", "working days between two dates: after the start, up to and including the end; equal dates 0 (07 D-c, 民法典 第二百零一条)", null, "{workingDays, convention, holidayDays, …}",
            Arg("start", ArgumentKind.Date, "the start (not counted by default)"),
            Arg("end", ArgumentKind.Date, "the end (counted by default); before the start gives a negative count"),
            OptionalShaped("convention", HolidayScheduleSchema.Convention(), "AfterStartThroughEnd (default: after the start, up to and including the end) or FromStartBeforeEnd (the start counted, the end not)"),
            Holidays),
    };

    public JsonObject ParametersSchema() => JsonSchemas.Of(typeof(DeadlineParameters));
}
