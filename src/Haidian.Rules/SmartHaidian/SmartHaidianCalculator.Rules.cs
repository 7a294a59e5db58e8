using System;
using System.Collections.Generic;
using System.Linq;
using Haidian.Rules.Deadlines;
using NodaTime;

namespace Haidian.Rules.SmartHaidian;

/// <summary>The checks of a project's record, one method per article (checks 1–31 of the module README).</summary>
public sealed partial class SmartHaidianCalculator
{
    private static readonly int[] EmergencyReplaced = { 2, 3, 4, 5, 6, 9, 12 };

    private static void RunProjectChecks(Evaluation e)
    {
        var r = e.Project;
        if (r.Emergency)
        {
            e.NotApplicable.AddRange(EmergencyReplaced.Select(n => Texts.Checks[n].Code));
        }

        e.Notes.Add("R1: the designer rule reads budget.declared; the supervision rule reads " + (e.P.SupervisionBudgetBasis == SupervisionBudgetBasis.Declared ? "budget.declared" : "budget.approved when given, else budget.declared"));
        e.Notes.Add("第十六条 governs a stop after the kick-off meeting (「项目启动会后，需要停止建设的」; for an emergency project, after the district government's approval)");
        ReportingStages(e);
        ApplicationSteps(e);
        DesignDrafter(e);
        SupervisionCheck(e);
        StopProcedure(e);
        Adjustments(e);
        AlternatePromotion(e);
        EmergencyPath(e);
        DeepenedDesign(e);
        Contracts(e);
        ProgressReports(e);
        Preliminary(e);
        Trial(e);
        Final(e);
        WarrantyCheck(e);
        PostEvaluation(e);
    }

    /// <summary>The Deadlines module's rule of a key (spec 07 D-a, e.g. <c>smartHaidian.kickOff</c>) with the amount of this module's parameters (a what-if changes it here).</summary>
    private static DeadlineRule Rule(Evaluation e, string key, int amount) => e.Deadlines.Parameters.Rule(key) with { Amount = amount };

    /// <summary>The Deadlines module's fixed-date rule of a key (<c>smartHaidian.designReviewCutoff</c>, <c>smartHaidian.alternatePromotion</c>) with this module's month and day.</summary>
    private static DeadlineRule FixedRule(Evaluation e, string key, int month, int day) => e.Deadlines.Parameters.Rule(key) with { Month = month, Day = day };

    private static IReadOnlyList<DesignVersion> Versions(ProjectRecord r) => r.Design?.Versions ?? Array.Empty<DesignVersion>();

    private static LocalDate? Earliest(params LocalDate?[] dates)
    {
        LocalDate? min = null;
        foreach (var d in dates)
        {
            if (d is { } x && (min is null || x < min))
            {
                min = x;
            }
        }

        return min;
    }

    private static LocalDate? FirstSigning(ProjectRecord r, ContractKind? kind = null)
    {
        LocalDate? min = null;
        foreach (var c in r.Contracts ?? Array.Empty<ProjectContract>())
        {
            if ((kind is null || c.Kind == kind) && (min is null || c.SignedOn < min))
            {
                min = c.SignedOn;
            }
        }

        return min;
    }

    /// <summary>Check 1, 第九条 (原则上: a departure): the proposal and the preliminary design stages, once a later step is recorded (R17). Not for the emergency path (R16).</summary>
    private static void ReportingStages(Evaluation e)
    {
        var r = e.Project;
        if (r.Emergency)
        {
            return;
        }

        var versions = Versions(r);
        var later = Earliest(r.ReservePoolNotifiedOn, versions.Count > 0 ? versions[0].SubmittedOn : null, r.SelectedOn, r.FundsReviewLetterIssuedOn, r.FundsReviewLetterReceivedOn, r.SentToFinanceOn, r.ListApprovedOn, r.KickOffOn, FirstSigning(r));
        if (r.ProposalSubmittedOn is null && later is { } l && e.InForce(l))
        {
            e.Add(1, Party.Unit, "no 项目建议书 (project proposal) is recorded although a later application step is (the first on " + Texts.Date(l) + "); 第九条 「原则上」: a departure needing a specific decision", "proposalSubmittedOn: absent; first later step: " + Texts.Date(l));
        }

        var selectedOrContracted = Earliest(r.SelectedOn, FirstSigning(r));
        if (versions.Count == 0 && selectedOrContracted is { } s && e.InForce(s))
        {
            e.Add(1, Party.Unit, "no 项目初步设计方案 (preliminary design) version is recorded although the project was selected or contracted (on " + Texts.Date(s) + "); 第九条 「原则上」: a departure needing a specific decision", "design.versions: none; selected or first contract: " + Texts.Date(s));
        }
    }

    /// <summary>Checks 2–6 and 9 (第十二条, 第十三条, 第十五条): the application and approval steps, or their replacement by the emergency path (R16).</summary>
    private static void ApplicationSteps(Evaluation e)
    {
        var r = e.Project;
        var p = e.P;
        if (r.Emergency)
        {
            e.NotApplicableStep(2, "preliminary design submitted");
            e.NotApplicableStep(4, "technical review passed by the cut-off");
            e.NotApplicableStep(5, "funds-review letter issued");
            e.NotApplicableStep(6, "letter and design sent to the finance bureau");
            e.NotApplicableStep(9, "kick-off meeting");
            return;
        }

        var versions = Versions(r);
        e.WorkingDayStep(2, "preliminary design (version 1) submitted", "reservePoolNotifiedOn", r.ReservePoolNotifiedOn, versions.Count > 0 ? versions[0].SubmittedOn : null, Rule(e, "smartHaidian.preliminaryDesign", p.DesignSubmissionWorkingDays), Party.Unit, Order.Ignore, "version 1 submitted");
        RevisionLimit(e, versions);
        Eligibility(e, versions);
        e.WorkingDayStep(5, "funds-review letter issued", "selectedOn", r.SelectedOn, r.FundsReviewLetterIssuedOn, Rule(e, "smartHaidian.fundsReviewLetter", p.FundsReviewLetterWorkingDays), Party.Office, Order.Ignore, "issued");
        e.WorkingDayStep(6, "letter and design sent to the finance bureau", "fundsReviewLetterReceivedOn", r.FundsReviewLetterReceivedOn, r.SentToFinanceOn, Rule(e, "smartHaidian.sendToFinance", p.SendToFinanceWorkingDays), Party.Unit, Order.Ignore, "sent");
        e.WorkingDayStep(9, "kick-off meeting", "listApprovedOn", r.ListApprovedOn, r.KickOffOn, Rule(e, "smartHaidian.kickOff", p.KickOffWorkingDays), Party.Office, Order.Finding, "kick-off");
    }

    /// <summary>Check 3, 第十二条: after the last allowed revision fails the project is closed (不再受理); a later version is the office's violation (R6).</summary>
    private static void RevisionLimit(Evaluation e, IReadOnlyList<DesignVersion> versions)
    {
        var allowed = e.P.MaxDesignRevisions + 1;
        if (versions.Count < allowed || versions[allowed - 1] is not { Result: ReviewResult.Failed, ReviewedOn: { } closed } || !e.InForce(closed))
        {
            return;
        }

        e.Status = ProjectStatus.Closed;
        e.ClosedOn = closed;
        for (var k = allowed; k < versions.Count; k++)
        {
            e.Add(3, Party.Office, "version " + Texts.Int(k + 1) + " submitted on " + Texts.Date(versions[k].SubmittedOn) + " was received although the design was closed (不再受理) on " + Texts.Date(closed) + ", when version " + Texts.Int(allowed) + " (the " + DeadlineCalculator.Ordinal(e.P.MaxDesignRevisions) + " revision) failed",
                "versions recorded " + Texts.Int(versions.Count) + " > 1 + " + Texts.Int(e.P.MaxDesignRevisions) + " revisions");
        }
    }

    /// <summary>Check 4, 第十二条 「截至8月底…通过技术评审」: a passed version within the revision limit, reviewed by 31 August of the selection year (R7) and not after the selection.</summary>
    private static void Eligibility(Evaluation e, IReadOnlyList<DesignVersion> versions)
    {
        const string Step = "technical review passed by the cut-off";
        var r = e.Project;
        if (r.SelectedOn is not { } selected)
        {
            e.Step(4, Step, null, null, null, StepStatus.NotTriggered, "not selected");
            return;
        }

        if (!e.InForce(selected))
        {
            e.Step(4, Step, selected, null, null, StepStatus.NotChecked, "selected on " + Texts.Date(selected) + ", before " + Texts.Date(e.P.InForceFrom) + " (R15)");
            return;
        }

        var cutoff = new LocalDate(selected.Year, e.P.DesignReviewCutoffMonth, e.P.DesignReviewCutoffDay);
        var d = e.FixedDate(FixedRule(e, "smartHaidian.designReviewCutoff", e.P.DesignReviewCutoffMonth, e.P.DesignReviewCutoffDay), selected.Year, cutoff);
        var allowed = e.P.MaxDesignRevisions + 1;
        DesignVersion? pass = null;
        var passNumber = 0;
        for (var i = 0; i < versions.Count; i++)
        {
            if (versions[i].Result == ReviewResult.Passed)
            {
                pass = versions[i];
                passNumber = i + 1;
            }
        }

        if (pass is null || passNumber > allowed)
        {
            var why = pass is null ? "no design version passed the technical review" : "version " + Texts.Int(passNumber) + "'s pass is void: the design was closed after version " + Texts.Int(allowed) + " failed (R6)";
            var arithmetic = "selected " + Texts.Date(selected) + "; passed versions within the limit of " + Texts.Int(allowed) + ": none";
            e.Step(4, Step, selected, cutoff, null, StepStatus.OutOfOrder, arithmetic, deadline: d);
            e.Add(4, Party.Office, "selected into the draft list on " + Texts.Date(selected) + " but " + why, arithmetic);
            return;
        }

        var passed = pass.ReviewedOn!.Value;
        if (passed > cutoff)
        {
            var late = Period.Between(cutoff, passed, PeriodUnits.Days).Days;
            var arithmetic = "passed " + Texts.Date(passed) + " > cut-off " + Texts.Date(cutoff) + " (截至8月底 of the selection year, R7): " + Texts.Days(late) + " late";
            e.Step(4, Step, selected, cutoff, passed, StepStatus.Late, arithmetic, daysLate: late, deadline: d);
            e.Add(4, Party.Office, "selected on " + Texts.Date(selected) + " although the design passed the technical review only on " + Texts.Date(passed) + ", after the cut-off " + Texts.Date(cutoff), arithmetic);
        }
        else if (passed > selected)
        {
            var arithmetic = "passed " + Texts.Date(passed) + " > selected " + Texts.Date(selected);
            e.Step(4, Step, selected, cutoff, passed, StepStatus.OutOfOrder, arithmetic, deadline: d);
            e.Add(4, Party.Office, "selected on " + Texts.Date(selected) + ", before the design passed the technical review on " + Texts.Date(passed), arithmetic);
        }
        else
        {
            e.Step(4, Step, selected, cutoff, passed, StepStatus.OnTime, "version " + Texts.Int(passNumber) + " passed " + Texts.Date(passed) + " ≤ cut-off " + Texts.Date(cutoff) + " and ≤ selected " + Texts.Date(selected), deadline: d);
        }
    }

    /// <summary>Check 7, 第十四条第一款: who may draft the preliminary design, by the declared budget (R1, R2, R18, R19).</summary>
    private static void DesignDrafter(Evaluation e)
    {
        var r = e.Project;
        var p = e.P;
        var versions = Versions(r);
        if (r.Design is not { } design || versions.Count == 0 || !e.InForce(versions[0].SubmittedOn))
        {
            return;
        }

        var declared = r.Budget.Declared;
        var threshold = p.QualifiedDesignThreshold;
        if (declared >= threshold)
        {
            var arithmetic = "budget.declared " + Texts.Money(declared) + " ≥ " + Texts.Money(threshold) + " (100万元（含）以上)";
            var problems = new List<string>();
            if (design.Drafter == Drafter.Self)
            {
                problems.Add("it was drafted by the unit itself (自行编制 is allowed only below " + Texts.Money(threshold) + ")");
            }
            else if (design.DrafterCertificate is { } c)
            {
                if (!p.DesignerCertificateTypes.Contains(c.Type))
                {
                    problems.Add("the drafter's certificate is " + Texts.CertificateName(c.Type) + ", not " + string.Join(" or ", p.DesignerCertificateTypes.Select(Texts.CertificateName)));
                }

                if (!p.DesignerGrades.Contains(c.Grade))
                {
                    problems.Add("its grade " + Texts.Grade(c.Grade) + " is below 乙级 (accepted: " + Texts.Grades(p.DesignerGrades) + ")");
                }

                if (p.DesignerSpecialtyRequired && !c.TelecomInformationSpecialty)
                {
                    problems.Add("it does not cover the 通信信息 specialty");
                }
            }

            if (problems.Count > 0)
            {
                e.Add(7, Party.Unit, "a design of a project of " + Texts.Money(declared) + " must be drafted by a unit with a 工程咨询 or 工程设计 certificate of 乙级 or above (通信信息专业), but " + string.Join("; ", problems), arithmetic);
            }
        }
        else if (design.Drafter == Drafter.Self && p.SelfDraftingNeedsSimpleContent && !r.ContentSimple)
        {
            e.Add(7, Party.Unit, "drafted by the unit itself although the project's content is not simple: only a project 「100万元以下且项目内容较简单」 may be self-drafted (R2)", "budget.declared " + Texts.Money(declared) + " < " + Texts.Money(threshold) + "; contentSimple: false");
        }
    }

    /// <summary>Check 8, 第十四条第二款: a qualified supervisor, once construction is contracted or (emergency) started (R25), by the budget of R1.</summary>
    private static void SupervisionCheck(Evaluation e)
    {
        var r = e.Project;
        var p = e.P;
        var trigger = Earliest(FirstSigning(r, ContractKind.Construction), r.Emergency ? r.ConstructionStartedOn : null);
        if (trigger is not { } t || !e.InForce(t))
        {
            return;
        }

        var (budget, which) = p.SupervisionBudgetBasis == SupervisionBudgetBasis.Declared || r.Budget.Approved is null
            ? (r.Budget.Declared, "budget.declared")
            : (r.Budget.Approved.Value, "budget.approved");
        if (budget < p.SupervisionThreshold)
        {
            return;
        }

        var arithmetic = which + " " + Texts.Money(budget) + " ≥ " + Texts.Money(p.SupervisionThreshold) + " (100万元（含）以上); construction contracted or started " + Texts.Date(t);
        var problems = new List<string>();
        if (r.Supervision is not { Engaged: true } s)
        {
            problems.Add("no supervisor (监理单位) is engaged");
        }
        else if (s.Certificate is { } c)
        {
            if (c.Type != p.SupervisorCertificateType)
            {
                problems.Add("the supervisor's certificate is not 信息工程监理");
            }

            if (!p.SupervisorGrades.Contains(c.Grade))
            {
                problems.Add("its grade " + Texts.Grade(c.Grade) + " is below 乙级 (accepted: " + Texts.Grades(p.SupervisorGrades) + ")");
            }
        }

        if (problems.Count > 0)
        {
            e.Add(8, Party.Unit, "a project of " + Texts.Money(budget) + " needs a supervisor holding a 信息工程监理 certificate of 乙级 or above, but " + string.Join("; ", problems), arithmetic);
        }
    }

    /// <summary>Check 10, 第十六条: written reasons, then the office's confirmation, then filing with the finance bureau; no time limits (R23).</summary>
    private static void StopProcedure(Evaluation e)
    {
        var r = e.Project;
        if (r.Stop is not { } stop)
        {
            return;
        }

        // Plain null tests and .Value below, not `is not { } x` patterns: a mutant of a condition or a removed `continue`
        // then still compiles (Stryker's safe mode otherwise drops every mutant of this method, CS0165).
        var start = r.Emergency ? r.EmergencyApprovedOn : r.KickOffOn;
        if (start is null || stop.StoppedOn < start.Value)
        {
            e.Step(10, "stop procedure", stop.StoppedOn, null, null, StepStatus.NotTriggered, "stopped " + Texts.Date(stop.StoppedOn) + (start is { } s0 ? " before the start of construction on " + Texts.Date(s0) : " with no kick-off recorded") + ": 第十六条 governs a stop 「项目启动会后」");
            return;
        }

        if (!e.InForce(stop.StoppedOn))
        {
            e.Step(10, "stop procedure", stop.StoppedOn, null, null, StepStatus.NotChecked, "stopped " + Texts.Date(stop.StoppedOn) + ", before " + Texts.Date(e.P.InForceFrom) + " (R15)");
            return;
        }

        var steps = new (string Name, LocalDate? Date, Party Duty)[]
        {
            ("written reasons sent to the office (书面报送)", stop.WrittenReasonsOn, Party.Unit),
            ("confirmed by the office (审核确认)", stop.OfficeConfirmedOn, Party.Office),
            ("filed with the finance bureau (报区财政局备案)", stop.FiledWithFinanceOn, Party.Unit),
        };
        for (var i = 0; i < steps.Length; i++)
        {
            var (name, date, duty) = steps[i];
            if (date is null)
            {
                e.Step(10, name, stop.StoppedOn, null, null, StepStatus.Pending, "outstanding; the text sets no time, so it is never overdue (R23)");
                continue;
            }

            var x = date.Value;
            string? problem = null;
            for (var j = 0; j < i && problem is null; j++)
            {
                var earlier = steps[j].Date;
                if (earlier is null)
                {
                    problem = "recorded on " + Texts.Date(x) + " while the earlier step '" + steps[j].Name + "' is missing";
                }
                else if (earlier.Value > x)
                {
                    problem = "on " + Texts.Date(x) + ", before the earlier step '" + steps[j].Name + "' on " + Texts.Date(earlier.Value);
                }
            }

            if (problem is null)
            {
                e.Step(10, name, stop.StoppedOn, null, x, StepStatus.OnTime, "in order");
            }
            else
            {
                e.Step(10, name, stop.StoppedOn, null, x, StepStatus.OutOfOrder, problem);
                e.Add(10, duty, "stop of construction: '" + name + "' " + problem + " (reasons, then confirmation, then filing)", problem);
            }
        }
    }

    /// <summary>Checks 11 (第十七条 「原则上纳入财政调整预算」: a departure) and 17 (第二十四条 「必须事先…提交调整报告」, same day allowed, R11).</summary>
    private static void Adjustments(Evaluation e)
    {
        var list = e.Project.Adjustments ?? Array.Empty<Adjustment>();
        for (var i = 0; i < list.Count; i++)
        {
            var a = list[i];
            if (!e.InForce(a.ImplementedOn))
            {
                continue;
            }

            var label = "adjustments[" + Texts.Int(i) + "] (" + a.Kind + ") implemented on " + Texts.Date(a.ImplementedOn);
            if (!a.InAdjustedBudget)
            {
                e.Add(11, Party.UnitAndOffice, label + " was not taken into the finance bureau's adjusted budget; 第十七条 「原则上」: a departure needing a specific decision", "inAdjustedBudget: false");
            }

            if (a.ReportedOn is not { } reported)
            {
                e.Add(17, Party.Unit, label + " with no adjustment report to the office and the finance bureau (必须事先…提交调整报告)", "reportedOn: absent");
            }
            else if (reported > a.ImplementedOn)
            {
                var late = Period.Between(a.ImplementedOn, reported, PeriodUnits.Days).Days;
                e.Add(17, Party.Unit, label + " was reported only on " + Texts.Date(reported) + ", " + Texts.Days(late) + " after (事先: on or before, R11)", Texts.Date(reported) + " > " + Texts.Date(a.ImplementedOn));
            }
        }
    }

    /// <summary>Check 12, 第十七条 「在7月底前」: an alternate promoted to a formal project by 31 July of the list's year (a fixed date, calendar days late).</summary>
    private static void AlternatePromotion(Evaluation e)
    {
        const string Step = "alternate promoted to a formal project";
        var r = e.Project;
        if (r.DraftList is not { Category: ListCategory.Alternate } list)
        {
            return;
        }

        if (r.Emergency)
        {
            e.NotApplicableStep(12, Step);
            return;
        }

        if (r.PromotedToFormalOn is not { } promoted)
        {
            e.Step(12, Step, null, null, null, StepStatus.NotTriggered, "not promoted (the text does not require each alternate to be promoted)");
            return;
        }

        if (!e.InForce(promoted))
        {
            e.Step(12, Step, promoted, null, promoted, StepStatus.NotChecked, "promoted " + Texts.Date(promoted) + ", before " + Texts.Date(e.P.InForceFrom) + " (R15)");
            return;
        }

        var cutoff = new LocalDate(list.Year, e.P.AlternatePromotionCutoffMonth, e.P.AlternatePromotionCutoffDay);
        var d = e.FixedDate(FixedRule(e, "smartHaidian.alternatePromotion", e.P.AlternatePromotionCutoffMonth, e.P.AlternatePromotionCutoffDay), list.Year, cutoff);
        if (promoted <= cutoff)
        {
            e.Step(12, Step, promoted, cutoff, promoted, StepStatus.OnTime, Texts.Date(promoted) + " ≤ " + Texts.Date(cutoff), deadline: d);
            return;
        }

        var late = Period.Between(cutoff, promoted, PeriodUnits.Days).Days;
        var arithmetic = Texts.Date(promoted) + " > " + Texts.Date(cutoff) + " (7月底前 of " + Texts.Int(list.Year) + "): " + Texts.Days(late) + " late";
        e.Step(12, Step, promoted, cutoff, promoted, StepStatus.Late, arithmetic, daysLate: late, deadline: d);
        e.Add(12, Party.Office, "the alternate was promoted to a formal project on " + Texts.Date(promoted) + ", due " + Texts.Date(cutoff) + ", " + Texts.Days(late) + " late", arithmetic);
    }

    /// <summary>Check 13, 第十八条: an emergency project's proposal, and construction started on or after the district government's approval.</summary>
    private static void EmergencyPath(Evaluation e)
    {
        const string Step = "construction started after the district government's approval";
        var r = e.Project;
        if (!r.Emergency)
        {
            return;
        }

        var trigger = Earliest(r.EmergencyApprovedOn, r.ConstructionStartedOn);
        if (trigger is not { } t)
        {
            e.Step(13, Step, null, null, null, StepStatus.NotTriggered, "neither approval nor construction start recorded");
            return;
        }

        if (!e.InForce(t))
        {
            e.Step(13, Step, r.EmergencyApprovedOn, null, r.ConstructionStartedOn, StepStatus.NotChecked, "before " + Texts.Date(e.P.InForceFrom) + " (R15)");
            return;
        }

        if (r.ProposalSubmittedOn is null)
        {
            e.Add(13, Party.Unit, "emergency project: no 项目建议书 (project proposal) was sent to 区经信办 and 区财政局 for review", "proposalSubmittedOn: absent");
        }

        if (r.ConstructionStartedOn is not { } started)
        {
            e.Step(13, Step, r.EmergencyApprovedOn, null, null, StepStatus.Pending, "approved " + Texts.Date(t) + "; construction not started");
            return;
        }

        if (r.EmergencyApprovedOn is not { } approved)
        {
            e.Step(13, Step, null, null, started, StepStatus.OutOfOrder, "started " + Texts.Date(started) + "; no approval recorded");
            e.Add(13, Party.Unit, "emergency project: construction started on " + Texts.Date(started) + " with no 区政府 approval recorded (由智慧海淀办公室报区政府批准后，启动项目建设工作)", "emergencyApprovedOn: absent");
        }
        else if (started < approved)
        {
            var early = Period.Between(started, approved, PeriodUnits.Days).Days;
            var arithmetic = "started " + Texts.Date(started) + " < approved " + Texts.Date(approved) + ": " + Texts.Days(early) + " early (calendar days)";
            e.Step(13, Step, approved, null, started, StepStatus.OutOfOrder, arithmetic, daysLate: early);
            e.Add(13, Party.Unit, "emergency project: construction started on " + Texts.Date(started) + ", " + Texts.Days(early) + " before the 区政府 approval on " + Texts.Date(approved), arithmetic);
        }
        else
        {
            e.Step(13, Step, approved, null, started, StepStatus.OnTime, "started " + Texts.Date(started) + " ≥ approved " + Texts.Date(approved));
        }
    }

    /// <summary>Check 14, 第二十二条: the deepened design, with all five components, by the preliminary acceptance (R12).</summary>
    private static void DeepenedDesign(Evaluation e)
    {
        var r = e.Project;
        if (r.Preliminary?.HeldOn is not { } held || !e.InForce(held))
        {
            return;
        }

        if (r.DeepenedDesign is not { } components)
        {
            e.Add(14, Party.Unit, "no 深化设计方案 (deepened design) exists by the preliminary acceptance on " + Texts.Date(held) + " (R12)", "deepenedDesign: absent");
            return;
        }

        var missing = e.P.DeepenedDesignComponents.Where(c => !components.Contains(c)).ToArray();
        if (missing.Length > 0)
        {
            e.Add(14, Party.Unit, "the deepened design lacks " + string.Join(", ", missing), Texts.Int(e.P.DeepenedDesignComponents.Count - missing.Length) + " of " + Texts.Int(e.P.DeepenedDesignComponents.Count) + " components present");
        }
    }

    /// <summary>Check 15, 第二十三条: each contract filed with the office within 7 working days of its own signing (R8).</summary>
    private static void Contracts(Evaluation e)
    {
        var list = e.Project.Contracts ?? Array.Empty<ProjectContract>();
        var rule = Rule(e, "smartHaidian.fileProcurement", e.P.ContractFilingWorkingDays);
        for (var i = 0; i < list.Count; i++)
        {
            var c = list[i];
            e.WorkingDayStep(15, "contracts[" + Texts.Int(i) + "] (" + c.Kind + ") filed with the office", Validator.Field(Validator.Index("contracts", i), "signedOn"), c.SignedOn, c.FiledOn, rule, Party.Unit, Order.Ignore, "filed");
        }
    }

    /// <summary>Check 16, 第二十三条 「按月」: a report for every month from the first signing to the month before a passed final acceptance (or before the month of asOf) (R10).</summary>
    private static void ProgressReports(Evaluation e)
    {
        const string Step = "monthly progress reports";
        var r = e.Project;
        if (FirstSigning(r) is not { } first)
        {
            return;
        }

        if (!e.InForce(first))
        {
            e.Step(16, Step, first, null, null, StepStatus.NotChecked, "first contract signed " + Texts.Date(first) + ", before " + Texts.Date(e.P.InForceFrom) + " (R15)");
            return;
        }

        var start = new YearMonth(first.Year, first.Month);
        var endDay = r.Final is { Passed: true, HeldOn: { } held } ? held : r.AsOf;
        var end = new YearMonth(endDay.Year, endDay.Month);
        var reported = new HashSet<YearMonth>(r.ProgressReports ?? Array.Empty<YearMonth>());
        var missing = new List<YearMonth>();
        var due = 0;
        for (var m = start; m < end; m = m.PlusMonths(1))
        {
            due++;
            if (!reported.Contains(m))
            {
                missing.Add(m);
            }
        }

        var range = due == 0 ? "none yet" : Texts.Month(start) + " … " + Texts.Month(end.PlusMonths(-1));
        var arithmetic = Texts.Int(due) + " month(s) due (" + range + ", up to the month before " + Texts.Month(end) + "), " + Texts.Int(due - missing.Count) + " reported";
        if (missing.Count == 0)
        {
            e.Step(16, Step, first, null, null, StepStatus.OnTime, arithmetic);
            return;
        }

        var shown = string.Join(", ", missing.Take(24).Select(Texts.Month)) + (missing.Count > 24 ? " and " + Texts.Int(missing.Count - 24) + " more" : string.Empty);
        e.Step(16, Step, first, null, null, StepStatus.Overdue, arithmetic + "; missing: " + shown);
        e.Add(16, Party.Unit, "no monthly progress report for " + shown, arithmetic);
    }

    /// <summary>Checks 18–21, 第二十八条: conditions, the 15-working-day deadline from the latest condition (R9), the committee (R3) and the leftover issues.</summary>
    private static void Preliminary(Evaluation e)
    {
        var r = e.Project;
        var p = e.P;
        var pa = r.Preliminary;
        if (pa is null)
        {
            return;
        }

        var conditions = new (string Name, LocalDate? Date)[]
        {
            ("满足合同约定 (contract fulfilled)", pa.ContractFulfilledOn),
            ("通过信息系统使用测试 (usage test passed)", pa.UsageTestPassedOn),
            ("经费使用符合财务规定 (expenditure compliant)", pa.ExpenditureCompliantOn),
        };
        LocalDate? latest = conditions.All(c => c.Date is not null) ? conditions.Max(c => c.Date!.Value) : null;
        if (pa.HeldOn is { } held && e.InForce(held))
        {
            var problems = conditions.Where(c => c.Date is null).Select(c => c.Name + " is not recorded")
                .Concat(conditions.Where(c => c.Date > held).Select(c => c.Name + " only on " + Texts.Date(c.Date!.Value))).ToArray();
            if (problems.Length > 0)
            {
                e.Add(18, Party.Unit, "preliminary acceptance held on " + Texts.Date(held) + " before its conditions held: " + string.Join("; ", problems), "each condition ≤ heldOn " + Texts.Date(held));
            }

            Committee(e, 20, Party.Unit, pa.Experts, "preliminary");
            var members = pa.Members ?? Array.Empty<CommitteeRole>();
            var engaged = r.Supervision is { Engaged: true };
            var missing = p.PreliminaryCommitteeRoles.Where(role => (role != CommitteeRole.Supervisor || engaged) && !members.Contains(role)).ToArray();
            if (missing.Length > 0)
            {
                e.Add(20, Party.Unit, "the preliminary acceptance committee lacks " + string.Join(", ", missing), "members present: " + (members.Count == 0 ? "none" : string.Join(", ", members)) + (engaged ? string.Empty : "; no supervisor engaged, so none is owed"));
            }

            if (pa.Passed == true && pa.OpinionIssued != true)
            {
                e.Add(20, Party.Unit, "the preliminary acceptance passed on " + Texts.Date(held) + " without 《XXXX项目初步验收专家评审意见》 issued", "passed: true; opinionIssued: " + (pa.OpinionIssued is null ? "absent" : "false"));
            }
        }

        e.WorkingDayStep(19, "preliminary acceptance held", LatestConditionPath(pa), latest, pa.HeldOn, Rule(e, "smartHaidian.preliminaryAcceptance", p.PreliminaryAcceptanceWorkingDays), Party.Unit, Order.StatusOnly, "held");
        if (pa.LeftoverIssuesResolvedOn is { } fixedOn && e.InForce(fixedOn))
        {
            const string Step = "leftover issues adjusted before the trial";
            if (r.Trial?.StartedOn is not { } trialStart)
            {
                e.Step(21, Step, pa.HeldOn, null, fixedOn, StepStatus.OnTime, "adjusted " + Texts.Date(fixedOn) + "; the trial has not started");
            }
            else if (fixedOn <= trialStart)
            {
                e.Step(21, Step, pa.HeldOn, trialStart, fixedOn, StepStatus.OnTime, Texts.Date(fixedOn) + " ≤ trial start " + Texts.Date(trialStart) + " (「前」 includes the day)");
            }
            else
            {
                var late = Period.Between(trialStart, fixedOn, PeriodUnits.Days).Days;
                var arithmetic = Texts.Date(fixedOn) + " > trial start " + Texts.Date(trialStart) + ": " + Texts.Days(late) + " late";
                e.Step(21, Step, pa.HeldOn, trialStart, fixedOn, StepStatus.Late, arithmetic, daysLate: late);
                e.Add(21, Party.Contractor, "the issues left by the preliminary acceptance were adjusted on " + Texts.Date(fixedOn) + ", after the trial started on " + Texts.Date(trialStart) + " (在系统试运行前完成系统调整)", arithmetic);
            }
        }
    }

    private static string LatestConditionPath(PreliminaryAcceptance pa)
    {
        var latest = pa.ContractFulfilledOn;
        var path = "preliminary.contractFulfilledOn";
        if (pa.UsageTestPassedOn > latest)
        {
            latest = pa.UsageTestPassedOn;
            path = "preliminary.usageTestPassedOn";
        }

        return pa.ExpenditureCompliantOn > latest ? "preliminary.expenditureCompliantOn" : path;
    }

    /// <summary>The expert count of 第二十八条 and 第三十一条: 「3名及以上单数」 (R3: the experts only).</summary>
    private static void Committee(Evaluation e, int check, Party duty, int? experts, string which)
    {
        var n = experts ?? 0;
        var fewer = n < e.P.MinExperts;
        var even = e.P.ExpertsOdd && n % 2 == 0;
        if (fewer || even)
        {
            var why = fewer ? "fewer than " + Texts.Int(e.P.MinExperts) : "an even number";
            e.Add(check, duty, "the " + which + " acceptance committee has " + Texts.Int(n) + " expert(s), " + why + " (「3名及以上单数的相关专家」)", Texts.Int(n) + (fewer ? " < " + Texts.Int(e.P.MinExperts) : " is even"));
        }
    }

    /// <summary>Checks 22–25, 第二十九条: the trial after a passed preliminary acceptance, at least 60 days, the third-party test and the contractor's documents (R13).</summary>
    private static void Trial(Evaluation e)
    {
        var r = e.Project;
        var p = e.P;
        if (r.Trial is not { } t)
        {
            return;
        }

        if (t.StartedOn is { } started && e.InForce(started))
        {
            const string Step = "trial started after a passed preliminary acceptance";
            var pa = r.Preliminary;
            string? problem = pa?.HeldOn is not { } held ? "no preliminary acceptance is recorded"
                : pa.Passed != true ? "the preliminary acceptance held on " + Texts.Date(held) + " did not pass"
                : held > started ? "it started before the preliminary acceptance on " + Texts.Date(held)
                : null;
            if (problem is null)
            {
                e.Step(22, Step, pa!.HeldOn, null, started, StepStatus.OnTime, "preliminary acceptance passed " + Texts.Date(pa.HeldOn!.Value) + " ≤ trial start " + Texts.Date(started));
            }
            else
            {
                e.Step(22, Step, pa?.HeldOn, null, started, StepStatus.OutOfOrder, problem);
                e.Add(22, Party.Unit, "the trial operation started on " + Texts.Date(started) + " but " + problem + " (项目通过初步验收后进入系统试运行环节)", problem);
            }

            e.MinimumStep(23, "trial operation of at least " + Texts.Days(p.TrialMinimumDays), "trial.startedOn", started, t.PassedOn, Rule(e, "smartHaidian.trialOperation", p.TrialMinimumDays), Party.Unit, "the trial operation passed on");
        }

        if (t.PassedOn is not { } passed || !e.InForce(passed))
        {
            return;
        }

        if (r.HasSoftware)
        {
            var problems = new List<string>();
            if (t.ThirdPartyTest is not { } test)
            {
                problems.Add("no third-party software test was commissioned");
            }
            else
            {
                if (!test.Cma)
                {
                    problems.Add("the testing body lacks the 计量认证 (CMA) qualification");
                }

                if (!test.Cnas)
                {
                    problems.Add("the testing body is not CNAS-accredited");
                }

                if (test.ReportIssuedOn is not { } issued)
                {
                    problems.Add("no test report was issued");
                }
                else if (issued > passed)
                {
                    problems.Add("the test report was issued on " + Texts.Date(issued) + ", after the trial passed (R13)");
                }
            }

            if (problems.Count > 0)
            {
                e.Add(24, Party.Unit, "software testing by the time the trial passed on " + Texts.Date(passed) + ": " + string.Join("; ", problems), "hasSoftware: true; trial passed " + Texts.Date(passed));
            }
        }

        var documents = t.ContractorDocuments ?? Array.Empty<ContractorDocument>();
        var missing = p.ContractorDocuments.Where(d => !documents.Contains(d)).ToArray();
        if (missing.Length > 0)
        {
            e.Add(25, Party.Contractor, "by the time the trial passed on " + Texts.Date(passed) + " the contractor had not prepared " + string.Join(", ", missing), Texts.Int(p.ContractorDocuments.Count - missing.Length) + " of " + Texts.Int(p.ContractorDocuments.Count) + " documents");
        }
    }

    /// <summary>Checks 26–29, 第三十条、第三十一条: the deadline, the organiser of a major project (R5), the deferral request, and the committee (R3, R4, R24).</summary>
    private static void Final(Evaluation e)
    {
        var r = e.Project;
        var p = e.P;
        var f = r.Final;
        var organiser = f?.Organiser switch
        {
            AcceptanceOrganiser.Office => Party.Office,
            AcceptanceOrganiser.Unit => Party.Unit,
            AcceptanceOrganiser.PurchasingUnit => Party.PurchasingUnit,
            _ => r.Major ? Party.Office : Party.Unit,
        };
        if (r.Trial?.PassedOn is not null || f?.HeldOn is not null)
        {
            e.WorkingDayStep(26, "final acceptance held", "trial.passedOn", r.Trial?.PassedOn, f?.HeldOn, Rule(e, "smartHaidian.finalAcceptance", p.FinalAcceptanceWorkingDays), organiser, Order.Finding, "held");
        }

        if (f is null)
        {
            return;
        }

        if (f.HeldOn is { } held && e.InForce(held))
        {
            if (r.Major && f.Organiser != AcceptanceOrganiser.Office)
            {
                e.Add(27, Party.Office, "a major project (重大项目) was accepted by " + (f.Organiser?.ToString() ?? "an unrecorded organiser") + "; the office organises the final acceptance of a major project (R5)", "major: true; organiser: " + (f.Organiser?.ToString() ?? "absent"));
            }

            if (!(r.PurchasedService && !p.PurchasedServiceNeedsExpertCommittee))
            {
                Committee(e, 29, organiser, f.Experts, "final");
                if (r.Supervision is { Engaged: true } && f.SupervisorParticipated != true)
                {
                    e.Add(29, organiser, "the supervisor did not take part in the final acceptance on " + Texts.Date(held) + " (监理单位…应参与验收)", "supervision engaged; supervisorParticipated: " + (f.SupervisorParticipated is null ? "absent" : "false"));
                }

                if (f.Passed == true && f.OpinionIssued != true)
                {
                    e.Add(29, organiser, "the final acceptance passed on " + Texts.Date(held) + " without 《XXXX项目竣工验收专家评审意见》 issued", "passed: true; opinionIssued: " + (f.OpinionIssued is null ? "absent" : "false"));
                }
            }
        }

        if (f.ContractualApplicationDate is { } due && e.InForce(due) && f.DeferralRequestedOn is null)
        {
            if (f.AppliedOn is { } applied && applied > due)
            {
                e.Add(28, Party.Unit, "the final acceptance was applied for on " + Texts.Date(applied) + ", after the contractual date " + Texts.Date(due) + ", with no deferral request to the office", Texts.Date(applied) + " > " + Texts.Date(due));
            }
            else if (f.AppliedOn is null && r.AsOf > due)
            {
                e.Add(28, Party.Unit, "no final acceptance application by the contractual date " + Texts.Date(due) + " (asOf " + Texts.Date(r.AsOf) + ") and no deferral request to the office", "asOf " + Texts.Date(r.AsOf) + " > " + Texts.Date(due) + "; appliedOn: absent");
            }
        }
    }

    /// <summary>Check 30, 第三十二条 「质保期至少两年」: counted per the Deadlines module (art. 202 for 29 February), from the caller's start (R14).</summary>
    private static void WarrantyCheck(Evaluation e)
    {
        if (e.Project.Warranty is not { } w)
        {
            return;
        }

        e.MinimumStep(30, "warranty of at least " + Texts.Int(e.P.WarrantyMinimumYears) + " years", "warranty.runsFrom", w.RunsFrom, w.EndsOn, Rule(e, "smartHaidian.warranty", e.P.WarrantyMinimumYears), Party.Unit, "the warranty ends on");
    }

    /// <summary>Check 31, 第三十五条: the post-evaluator holds a 工程咨询 certificate of 乙级 or above with the 通信信息 specialty.</summary>
    private static void PostEvaluation(Evaluation e)
    {
        if (e.Project.PostEvaluationBody is not { } c)
        {
            return;
        }

        var p = e.P;
        var problems = new List<string>();
        if (!p.PostEvaluationCertificateTypes.Contains(c.Type))
        {
            problems.Add("its certificate is " + Texts.CertificateName(c.Type) + " (accepted: " + string.Join(", ", p.PostEvaluationCertificateTypes.Select(Texts.CertificateName)) + ")");
        }

        if (!p.PostEvaluationGrades.Contains(c.Grade))
        {
            problems.Add("its grade " + Texts.Grade(c.Grade) + " is below 乙级");
        }

        if (p.PostEvaluationSpecialtyRequired && !c.TelecomInformationSpecialty)
        {
            problems.Add("it does not cover the 通信信息 specialty");
        }

        if (problems.Count > 0)
        {
            e.Add(31, Party.Office, "the post-evaluation body must hold a 工程咨询 certificate of 乙级 or above (通信信息专业), but " + string.Join("; ", problems), Texts.CertificateName(c.Type) + " " + Texts.Grade(c.Grade) + (c.TelecomInformationSpecialty ? " with" : " without") + " the specialty");
        }
    }
}
