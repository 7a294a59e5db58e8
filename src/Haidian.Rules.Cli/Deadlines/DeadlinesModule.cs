using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using System.Text.Json.Nodes;
using Haidian.Rules.Cli.Json;
using Haidian.Rules.Cli.Modules;
using Haidian.Rules.Deadlines;
using NodaTime;
using NodaTime.Text;

namespace Haidian.Rules.Cli.Deadlines;

/// <summary>
/// Statutory periods, working days and the gazette's named deadlines on the command line (PRC Civil Code arts. 201–203,
/// the State Council's holiday notices 2017–2026): <c>evaluate deadlines</c> takes one call as JSON, chosen by
/// <c>"operation"</c>; <c>deadlines workdays</c> adds working days from the command line.
/// </summary>
internal sealed partial class DeadlinesModule : IModuleCommands
{
    /// <summary>The gazette's named rules, by their parameter name, in the order of <see cref="DeadlineParameters.Rules"/>.</summary>
    internal static readonly string[] RuleNames =
    {
        "smartHaidianPreliminaryDesign", "smartHaidianFundsReviewLetter", "smartHaidianSendToFinanceBureau", "smartHaidianKickOffMeeting",
        "smartHaidianContractFiling", "smartHaidianPreliminaryAcceptance", "smartHaidianTrialOperation", "smartHaidianFinalAcceptance",
        "smartHaidianWarranty", "fundQuarterlyCustodyReport", "fundAnnualCustodyReport", "budgetDisclosureAfterApproval",
        "budgetConfidentialItems", "budgetRulesReplyLetter", "expropriationReconsideration", "expropriationLawsuit",
        "restaurantContractPosting", "forestSelfInspectionReport", "cultivatedLandSelfCheck", "cultivatedLandInspection", "serviceHallStaffChange",
        "smartHaidianDesignReviewCutoff", "smartHaidianAlternatePromotion", "smartHaidianLeftoverIssues",
    };

    private static readonly string[] Operations = { "rule", "period", "inAdvance", "minimumDuration", "nthWorkingDayOfMonth", "nthWorkingDayOfQuarter", "day", "workingDaysBetween" };

    public string Name => "deadlines";

    public string Description => "期间与工作日 — statutory periods, working days (official holiday notices 2017–2026) and the gazette's named deadlines, 民法典 arts. 201–203";

    public JsonObject DefaultParameters() => (JsonObject)JsonNode.Parse(HaidianJson.Serialize(DeadlineParameters.Gazette2017))!;

    public IReadOnlyList<ParameterCitation> ParameterCitations()
    {
        var p = DeadlineParameters.Gazette2017;
        var list = new List<ParameterCitation>
        {
            new("version", "name of this parameter version", p.Source.ToString()),
            new("inForceFrom", "the counting rules apply from this day", p.Source.ToString()),
            new("source", "the statute the counting rules come from", p.Source.ToString()),
            new("periodStartRule", "a period starts the day after the event", p.PeriodStartRule.ToString()),
            new("periodEndRule", "a month/year period ends on the corresponding day, or the month's last day", p.PeriodEndRule.ToString()),
            new("restDayRule", "a last day on a rest day moves to the next working day", p.RestDayRule.ToString()),
            new("moveFixedDatesOffRestDays", "whether fixed dates (次年3月31日前…) also move off rest days; default false: they are not periods", p.RestDayRule.ToString()),
        };
        for (var i = 0; i < RuleNames.Length; i++)
        {
            var rule = p.Rules[i];
            list.Add(new ParameterCitation(RuleNames[i], rule.Name + " (key " + rule.Key + ")", rule.Citation.ToString()));
        }

        list.Add(new ParameterCitation("rules", "every rule above, as a list (computed; not an input)", p.Source.ToString()));
        return list;
    }

    public IModuleEvaluator CreateEvaluator(JsonObject? overrides) => new Evaluator(CreateCalculator(overrides));

    /// <summary>A calculator on the official calendar with the gazette's parameters or a what-if merged over them.</summary>
    /// <exception cref="ValidationException">The merged parameters are invalid.</exception>
    public static DeadlineCalculator CreateCalculator(JsonObject? overrides)
    {
        if (overrides is not null && overrides.ContainsKey("rules"))
        {
            throw new ValidationException(new[] { new ValidationError("rules", ErrorCode.InvalidValue, "is computed from the named rules: override a rule by its name (e.g. expropriationLawsuit) instead") });
        }

        var parameters = ModuleParameters.Merge(DeadlineParameters.Gazette2017, overrides);
        return new DeadlineCalculator(WorkingDayCalendar.Official, parameters);
    }

    public IReadOnlyList<Command> CreateCommands(CliContext context) => new Command[] { DeadlinesWorkdaysCommand.Create(context) };

    private sealed class Evaluator : IModuleEvaluator
    {
        private readonly DeadlineCalculator calculator;

        public Evaluator(DeadlineCalculator calculator) => this.calculator = calculator;

        public string ParametersVersion => calculator.Parameters.Version;

        public string Evaluate(JsonNode input)
        {
            var i = OperationInput.Open(input, "deadlines", Operations);
            var calc = WithSchedule(i);
            const string Schedule = ", holidaySchedule";
            switch (i.Operation)
            {
                case "rule":
                    return HaidianJson.Serialize(EvaluateRule(i, calc));
                case "period":
                    {
                        var at = i.Date("event");
                        var amount = i.Int("amount");
                        var unit = Unit(i);
                        var subject = i.OptionalText("subject");
                        i.NoOtherFields("operation, event, amount, unit, subject" + Schedule);
                        return HaidianJson.Serialize(i.Call(() => calc.Period(at, amount, unit, subject)));
                    }

                case "inAdvance":
                    {
                        var at = i.Date("event");
                        var n = i.Int("workingDays");
                        var subject = i.OptionalText("subject");
                        i.NoOtherFields("operation, event, workingDays, subject" + Schedule);
                        return HaidianJson.Serialize(i.Call(() => calc.WorkingDaysInAdvance(at, n, subject)));
                    }

                case "minimumDuration":
                    {
                        var start = i.Date("start");
                        var amount = i.Int("amount");
                        var unit = Unit(i);
                        var subject = i.OptionalText("subject");
                        i.NoOtherFields("operation, start, amount, unit, subject" + Schedule);
                        return HaidianJson.Serialize(i.Call(() => calc.MinimumDuration(start, amount, unit, subject)));
                    }

                case "nthWorkingDayOfMonth":
                    {
                        var month = i.Month("month");
                        var n = i.Int("n");
                        i.NoOtherFields("operation, month, n" + Schedule);
                        return HaidianJson.Serialize(i.Call(() => calc.NthWorkingDayOfMonth(month, n)));
                    }

                case "nthWorkingDayOfQuarter":
                    {
                        var year = i.Int("year");
                        var quarter = i.Int("quarter");
                        var n = i.Int("n");
                        i.NoOtherFields("operation, year, quarter, n" + Schedule);
                        return HaidianJson.Serialize(i.Call(() => calc.NthWorkingDayOfQuarter(year, quarter, n)));
                    }

                case "workingDaysBetween":
                    {
                        var start = i.Date("start");
                        var end = i.Date("end");
                        var convention = i.OptionalWord<BetweenConvention>("convention") ?? BetweenConvention.AfterStartThroughEnd;
                        i.NoOtherFields("operation, start, end, convention" + Schedule);
                        int count;
                        try
                        {
                            count = i.Call(() => calc.Calendar.WorkingDaysBetween(start, end, convention));
                        }
                        catch (ValidationException ex) when (ex.Errors.Any(e => e.Code == ErrorCode.NoSchedule))
                        {
                            // The calendar names the day it could not classify "date"; the input calls it start or end.
                            var path = calc.Calendar is WorkingDayCalendar c && !c.Covers(start) ? "start" : "end";
                            throw new ValidationException(ex.Errors.Select(e => e.Code == ErrorCode.NoSchedule ? e with { Path = path } : e).ToArray());
                        }

                        return Between(calc, start, end, convention, count).ToJsonString(CliJsonOptions.Indented);
                    }

                default:
                    {
                        var date = i.Date("date");
                        i.NoOtherFields("operation, date" + Schedule);
                        i.ThrowIfAny();
                        var info = calc.Calendar is WorkingDayCalendar official
                            ? official.Describe(date)
                            : new DayInfo(date, calc.Calendar.IsWorkingDay(date) ? DayKind.Workday : DayKind.Weekend, null, null, null);
                        return HaidianJson.Serialize(info);
                    }
            }
        }

        /// <summary>
        /// 07 D-b: the calculator for this input — on the official calendar, or, when the input carries a
        /// <c>holidaySchedule</c>, on the official calendar with that schedule added: each year it lists replaces the
        /// shipped year entirely (a corrected notice supersedes), never merged day by day.
        /// </summary>
        private DeadlineCalculator WithSchedule(OperationInput i)
        {
            var schedule = i.OptionalParsed("holidaySchedule", "a holiday schedule {\"years\": [...]} in the shape of prc-holidays.json", json => HolidaySchedule.Parse(json, "the input's holidaySchedule"));
            return schedule is null || calculator.Calendar is not WorkingDayCalendar calendar
                ? calculator
                : new DeadlineCalculator(calendar.With(schedule), calculator.Parameters);
        }

        private JsonObject Between(DeadlineCalculator calc, LocalDate start, LocalDate end, BetweenConvention convention, int count)
        {
            // The days looked at, low to high: after the earlier date up to and including the later one, or from the earlier
            // date up to but not including the later one; their holidays and make-up working days are listed with their notices.
            var (low, high) = end >= start ? (start, end) : (end, start);
            var (first, last) = convention == BetweenConvention.AfterStartThroughEnd ? (low.PlusDays(1), high) : (low, high.PlusDays(-1));
            var special = new List<DayInfo>();
            if (calc.Calendar is WorkingDayCalendar calendar)
            {
                for (var d = first; d <= last; d = d.PlusDays(1))
                {
                    var info = calendar.Describe(d);
                    if (info.Kind is DayKind.DayOff or DayKind.MakeupWorkday)
                    {
                        special.Add(info);
                    }
                }
            }

            var counted = start == end
                ? "equal dates: no day lies between them"
                : (convention == BetweenConvention.AfterStartThroughEnd ? "after " + Iso(low) + ", up to and including " + Iso(high) : "from " + Iso(low) + ", up to but not including " + Iso(high))
                  + (end < start ? " (the end is before the start: the count is negative)" : string.Empty);
            return new JsonObject
            {
                ["start"] = Iso(start),
                ["end"] = Iso(end),
                ["convention"] = convention.ToString(),
                ["workingDays"] = count,
                ["counted"] = counted,
                ["holidayDays"] = JsonNode.Parse(HaidianJson.Serialize(special.ToArray())),
                ["rule"] = "working days between two dates are counted after the start, up to and including the end (a period starts the day after the event); equal dates give 0; FromStartBeforeEnd counts the start and not the end",
                ["citation"] = calc.Parameters.PeriodStartRule.ToString(),
                ["calendar"] = calc.Calendar.Name,
                ["parametersVersion"] = ParametersVersion,
            };
        }

        private static string Iso(LocalDate d) => LocalDatePattern.Iso.Format(d);

        private static DeadlineResult EvaluateRule(OperationInput i, DeadlineCalculator calculator)
        {
            // Spec 07 D-a: a rule is named by its stable key; an unknown key is an error listing every key.
            var key = i.Text("rule");
            var rule = key.Length == 0 ? null : calculator.Parameters.Rule(key);
            switch (rule?.Method)
            {
                case DeadlineMethod.NthWorkingDayOfNextQuarter:
                    {
                        var year = i.Int("year");
                        var quarter = i.Int("quarter");
                        i.NoOtherFields("operation, rule, year, quarter (the quarter reported on), holidaySchedule");
                        return i.Call(() => calculator.CalculateForQuarter(rule, year, quarter));
                    }

                case DeadlineMethod.FixedDateOfNextYear:
                case DeadlineMethod.FixedDateOfSameYear:
                    {
                        var year = i.Int("year");
                        i.NoOtherFields("operation, rule, year (the year reported on, or the year named for a same-year date), holidaySchedule");
                        return i.Call(() => calculator.CalculateForYear(rule, year));
                    }

                default:
                    {
                        var at = i.Date("event");
                        i.NoOtherFields("operation, rule, event, holidaySchedule");
                        return i.Call(() => calculator.Calculate(rule!, at));
                    }
            }
        }

        private static PeriodUnit Unit(OperationInput i)
        {
            var text = i.Text("unit");
            if (Enum.TryParse<PeriodUnit>(text, ignoreCase: false, out var unit) && Enum.IsDefined(typeof(PeriodUnit), unit) && !char.IsDigit(text[0]))
            {
                return unit;
            }

            if (text.Length > 0)
            {
                throw new ValidationException(new[] { new ValidationError("unit", ErrorCode.InvalidValue, "must be Days, Months, Years or WorkingDays (got " + text + ")") });
            }

            return PeriodUnit.Days;
        }
    }
}
