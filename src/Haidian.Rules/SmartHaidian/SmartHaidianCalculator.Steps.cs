using System;
using System.Collections.Generic;
using System.Linq;
using Haidian.Rules.Deadlines;
using NodaTime;

namespace Haidian.Rules.SmartHaidian;

/// <summary>The evaluation of one input: the findings and steps collected, and the step machinery (working-day, minimum and fixed-date steps).</summary>
public sealed partial class SmartHaidianCalculator
{
    /// <summary>Whether a step done before its trigger is a finding of its own, only a status (another check reports it), or in order anyway.</summary>
    private enum Order
    {
        Ignore,
        Finding,
        StatusOnly,
    }

    private sealed class Evaluation
    {
        private readonly SmartHaidianCalculator calculator;
        private readonly List<ValidationError> scheduleErrors = new();

        public Evaluation(SmartHaidianCalculator calculator, SmartHaidianParameters parameters, ProjectRecord? record)
        {
            this.calculator = calculator;
            P = parameters;
            R = record;
        }

        public SmartHaidianParameters P { get; }

        public ProjectRecord? R { get; }

        public ProjectRecord Project => R!;

        public DeadlineCalculator Deadlines => calculator.deadlines;

        public List<ProjectFinding> Findings { get; } = new();

        public List<StepResult> Steps { get; } = new();

        public List<string> NotApplicable { get; } = new();

        public List<string> Notes { get; } = new();

        public ProjectStatus Status { get; set; }

        public LocalDate? ClosedOn { get; set; }

        private bool ByReference => R is { SmartEducation: true };

        /// <summary>R15: a step is checked only when its trigger is on or after the in-force date.</summary>
        public bool InForce(LocalDate trigger) => trigger >= P.InForceFrom;

        public void Add(int check, Party duty, string message, string arithmetic)
        {
            var c = Texts.Checks[check];
            var severity = P.DepartureChecks.Contains(c.Code) ? Severity.Departure : Severity.Violation;
            var text = ByReference ? message + "; " + Texts.EducationNote : message;
            Findings.Add(new ProjectFinding(check, new Finding(c.Code, severity, text, c.Citation), c.Line, duty, arithmetic, ByReference ? Texts.Education : null));
        }

        public void Step(int check, string step, LocalDate? trigger, LocalDate? lastDay, LocalDate? done, StepStatus status, string arithmetic, int? workingDaysLate = null, int? daysLate = null, int? daysShort = null, DeadlineResult? deadline = null)
        {
            var c = Texts.Checks[check];
            Steps.Add(new StepResult(check, c.Code, step, trigger, lastDay, done, status, workingDaysLate, daysLate, daysShort, arithmetic, c.Citation, deadline));
        }

        /// <summary>Records a step the emergency path replaces (R16).</summary>
        public void NotApplicableStep(int check, string step)
        {
            Step(check, step, null, null, null, StepStatus.NotApplicable, "replaced by the emergency path of 第十八条 (R16)");
        }

        /// <summary>A working-day period after a trigger, counted by the Deadlines module on its named rule with the amount from the parameters.</summary>
        public void WorkingDayStep(int check, string step, string triggerPath, LocalDate? trigger, LocalDate? done, DeadlineRule rule, Party duty, Order order, string doneWhat)
        {
            if (trigger is not { } t)
            {
                Step(check, step, null, null, done, StepStatus.NotTriggered, "the trigger is not recorded");
                return;
            }

            if (!InForce(t))
            {
                Step(check, step, t, null, done, StepStatus.NotChecked, NotCheckedText(t));
                return;
            }

            var d = Compute(triggerPath, () => Deadlines.Calculate(rule, t));
            if (d is null)
            {
                return;
            }

            var last = d.LastDay;
            var basis = Texts.WorkingDays(rule.Amount) + " after " + Texts.Date(t) + " → last day " + Texts.Date(last);
            if (done is { } x)
            {
                if (order != Order.Ignore && x < t)
                {
                    Step(check, step, t, last, x, StepStatus.OutOfOrder, doneWhat + " " + Texts.Date(x) + " is before its trigger " + Texts.Date(t), deadline: d);
                    if (order == Order.Finding)
                    {
                        Add(check, duty, step + ": done on " + Texts.Date(x) + ", before its trigger on " + Texts.Date(t), Texts.Date(x) + " < " + Texts.Date(t));
                    }

                    return;
                }

                if (x <= last)
                {
                    Step(check, step, t, last, x, StepStatus.OnTime, basis + "; done " + Texts.Date(x) + " ≤ " + Texts.Date(last), deadline: d);
                    return;
                }

                var late = Compute(triggerPath, () => Calendar().CountWorkingDays(last.PlusDays(1), x));
                if (late is not { } n)
                {
                    return;
                }

                var lateText = n == 0 ? "0 working days late (done on a rest day after the last day)" : Texts.WorkingDays(n) + " late";
                var arithmetic = basis + "; done " + Texts.Date(x) + " > " + Texts.Date(last) + ": working days counted from " + Texts.Date(last.PlusDays(1)) + " to " + Texts.Date(x) + " = " + Texts.Int(n);
                Step(check, step, t, last, x, StepStatus.Late, arithmetic, workingDaysLate: n, deadline: d);
                Add(check, duty, step + ": done on " + Texts.Date(x) + ", due " + Texts.Date(last) + ", " + lateText, arithmetic);
                return;
            }

            if (last >= Project.AsOf)
            {
                Step(check, step, t, last, null, StepStatus.Pending, basis + "; not done, due " + Texts.Date(last) + " ≥ asOf " + Texts.Date(Project.AsOf), deadline: d);
                return;
            }

            var overdue = basis + "; not done and the last day " + Texts.Date(last) + " < asOf " + Texts.Date(Project.AsOf);
            Step(check, step, t, last, null, StepStatus.Overdue, overdue, deadline: d);
            Add(check, duty, step + ": not done, due " + Texts.Date(last) + ", overdue as of " + Texts.Date(Project.AsOf), overdue);
        }

        /// <summary>A minimum duration (不少于 / 至少): complete on the Deadlines module's earliest day; never moved; a shortfall in calendar days.</summary>
        public void MinimumStep(int check, string step, string triggerPath, LocalDate start, LocalDate? done, DeadlineRule rule, Party duty, string what)
        {
            if (!InForce(start))
            {
                Step(check, step, start, null, done, StepStatus.NotChecked, NotCheckedText(start));
                return;
            }

            var d = Compute(triggerPath, () => Deadlines.Calculate(rule, start));
            if (d is null)
            {
                return;
            }

            var earliest = d.LastDay;
            var basis = Texts.Date(start) + " + " + Texts.Int(rule.Amount) + (rule.Unit == PeriodUnit.Years ? " years" : " days") + " → earliest " + Texts.Date(earliest);
            if (done is not { } x)
            {
                Step(check, step, start, earliest, null, StepStatus.Pending, basis + "; not yet complete (a minimum has no last day)", deadline: d);
                return;
            }

            if (x >= earliest)
            {
                Step(check, step, start, earliest, x, StepStatus.OnTime, basis + "; " + Texts.Date(x) + " ≥ " + Texts.Date(earliest), deadline: d);
                return;
            }

            var shortBy = Period.Between(x, earliest, PeriodUnits.Days).Days;
            var arithmetic = basis + "; " + Texts.Date(x) + " < " + Texts.Date(earliest) + ": " + Texts.Days(shortBy) + " short";
            Step(check, step, start, earliest, x, StepStatus.Short, arithmetic, daysShort: shortBy, deadline: d);
            Add(check, duty, what + " " + Texts.Date(x) + ", before the earliest day " + Texts.Date(earliest) + ", " + Texts.Days(shortBy) + " short", arithmetic);
        }

        /// <summary>
        /// A fixed date in the year named (截至8月底, 7月底前): on or before it, not moved; the Deadlines module's keyed rule, which flags a
        /// rest day. A what-if in-force date earlier than the rule's, or a year beyond the module's range, falls back to the plain fixed date.
        /// </summary>
        public DeadlineResult FixedDate(DeadlineRule rule, int year, LocalDate date)
        {
            try
            {
                return Deadlines.CalculateForYear(rule, year);
            }
            catch (NotInForceException)
            {
                return Deadlines.FixedDate(date, rule.Name, rule.Citation);
            }
            catch (ValidationException)
            {
                // The Deadlines module counts years up to 9997; the date itself is known, so state it plainly.
                return Deadlines.FixedDate(date, rule.Name, rule.Citation);
            }
        }

        public void ThrowIfNoSchedule()
        {
            if (scheduleErrors.Count > 0)
            {
                throw new ValidationException(scheduleErrors);
            }
        }

        public ComplianceReport Report(string subject, ProjectScope scope)
        {
            var findings = Findings.OrderBy(f => f.Check).ToArray();
            var steps = Steps.OrderBy(s => s.Check).ToArray();
            var violations = findings.Count(f => f.Finding.Severity == Severity.Violation);
            return new ComplianceReport(
                subject,
                R?.AsOf,
                scope,
                Status,
                ClosedOn,
                findings.Length == 0,
                violations,
                findings.Length - violations,
                findings,
                steps,
                NotApplicable.ToArray(),
                R is null || scope == ProjectScope.OutOfScope ? Array.Empty<string>() : Texts.NotComputable,
                Notes.ToArray(),
                Provenance.Of(P));
        }

        private IWorkingDayCalendar Calendar() => calculator.Calendar;

        private string NotCheckedText(LocalDate t) => "the trigger " + Texts.Date(t) + " is before " + Texts.Date(P.InForceFrom) + ", when this measure came into force: 海政发〔2014〕36号 applied (R15)";

        private T? Compute<T>(string path, Func<T> compute)
            where T : class
        {
            try
            {
                return compute();
            }
            catch (ValidationException ex)
            {
                Rethrow(path, ex);
                return null;
            }
            catch (NotInForceException)
            {
                return null;
            }
        }

        private int? Compute(string path, Func<int> compute)
        {
            try
            {
                return compute();
            }
            catch (ValidationException ex)
            {
                Rethrow(path, ex);
                return null;
            }
        }

        private void Rethrow(string path, ValidationException ex)
        {
            foreach (var error in ex.Errors)
            {
                scheduleErrors.Add(new ValidationError(path, error.Code, error.Message));
            }
        }
    }
}
