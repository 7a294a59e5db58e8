using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using System.Text.Json.Nodes;
using Haidian.Rules.Cli.Modules;
using Haidian.Rules.Deadlines;

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

    private static readonly string[] Operations = { "rule", "period", "inAdvance", "minimumDuration", "nthWorkingDayOfMonth", "nthWorkingDayOfQuarter", "day" };

    public string Name => "deadlines";

    public string Description => "期间与工作日 — statutory periods, working days (official holiday notices 2017–2026) and the gazette's named deadlines, 民法典 arts. 201–203";

    public string InputHelp =>
        "deadlines: {\"operation\", ...}: \"rule\" + {rule (a key such as smartHaidian.kickOff or cultivatedLand.inspection; an unknown key lists them), event:\"yyyy-MM-dd\"} for event rules, {rule, year, quarter} for the quarterly report, {rule, year} for fixed dates -> DeadlineResult; "
        + "\"period\" + {event, amount, unit: Days|Months|Years|WorkingDays, subject?} -> DeadlineResult; \"inAdvance\" + {event, workingDays, subject?}; "
        + "\"minimumDuration\" + {start, amount, unit, subject?}; \"nthWorkingDayOfMonth\" + {month:\"yyyy-MM\", n}; \"nthWorkingDayOfQuarter\" + {year, quarter, n}; "
        + "\"day\" + {date} -> DayInfo (workday, weekend, day off or make-up workday, with its notice)";

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
            switch (i.Operation)
            {
                case "rule":
                    return HaidianJson.Serialize(EvaluateRule(i));
                case "period":
                    {
                        var at = i.Date("event");
                        var amount = i.Int("amount");
                        var unit = Unit(i);
                        var subject = i.OptionalText("subject");
                        i.NoOtherFields("operation, event, amount, unit, subject");
                        return HaidianJson.Serialize(i.Call(() => calculator.Period(at, amount, unit, subject)));
                    }

                case "inAdvance":
                    {
                        var at = i.Date("event");
                        var n = i.Int("workingDays");
                        var subject = i.OptionalText("subject");
                        i.NoOtherFields("operation, event, workingDays, subject");
                        return HaidianJson.Serialize(i.Call(() => calculator.WorkingDaysInAdvance(at, n, subject)));
                    }

                case "minimumDuration":
                    {
                        var start = i.Date("start");
                        var amount = i.Int("amount");
                        var unit = Unit(i);
                        var subject = i.OptionalText("subject");
                        i.NoOtherFields("operation, start, amount, unit, subject");
                        return HaidianJson.Serialize(i.Call(() => calculator.MinimumDuration(start, amount, unit, subject)));
                    }

                case "nthWorkingDayOfMonth":
                    {
                        var month = i.Month("month");
                        var n = i.Int("n");
                        i.NoOtherFields("operation, month, n");
                        return HaidianJson.Serialize(i.Call(() => calculator.NthWorkingDayOfMonth(month, n)));
                    }

                case "nthWorkingDayOfQuarter":
                    {
                        var year = i.Int("year");
                        var quarter = i.Int("quarter");
                        var n = i.Int("n");
                        i.NoOtherFields("operation, year, quarter, n");
                        return HaidianJson.Serialize(i.Call(() => calculator.NthWorkingDayOfQuarter(year, quarter, n)));
                    }

                default:
                    {
                        var date = i.Date("date");
                        i.NoOtherFields("operation, date");
                        i.ThrowIfAny();
                        var info = calculator.Calendar is WorkingDayCalendar official
                            ? official.Describe(date)
                            : new DayInfo(date, calculator.Calendar.IsWorkingDay(date) ? DayKind.Workday : DayKind.Weekend, null, null, null);
                        return HaidianJson.Serialize(info);
                    }
            }
        }

        private DeadlineResult EvaluateRule(OperationInput i)
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
                        i.NoOtherFields("operation, rule, year, quarter (the quarter reported on)");
                        return i.Call(() => calculator.CalculateForQuarter(rule, year, quarter));
                    }

                case DeadlineMethod.FixedDateOfNextYear:
                case DeadlineMethod.FixedDateOfSameYear:
                    {
                        var year = i.Int("year");
                        i.NoOtherFields("operation, rule, year (the year reported on, or the year named for a same-year date)");
                        return i.Call(() => calculator.CalculateForYear(rule, year));
                    }

                default:
                    {
                        var at = i.Date("event");
                        i.NoOtherFields("operation, rule, event");
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
