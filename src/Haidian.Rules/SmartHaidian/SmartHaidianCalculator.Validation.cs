using System;
using System.Collections.Generic;
using NodaTime;

namespace Haidian.Rules.SmartHaidian;

/// <summary>Input checks: every problem at once, with its JSON path and code (spec 07 C3); nothing is computed until the input is sound.</summary>
public sealed partial class SmartHaidianCalculator
{
    private static void ValidateProject(ProjectRecord r)
    {
        var v = new Validator();
        var asOf = r.AsOf;
        void Event(string path, LocalDate? date)
        {
            if (date is { } d && d > asOf)
            {
                v.Inconsistent(path, "is after asOf (" + Texts.Date(d) + " > " + Texts.Date(asOf) + "): an event cannot be after the day of the check");
            }
        }

        void Order(string path, LocalDate? later, LocalDate? earlier, string earlierName)
        {
            if (later is { } l && earlier is { } e && l < e)
            {
                v.Inconsistent(path, "must not be before " + earlierName + " (" + Texts.Date(l) + " < " + Texts.Date(e) + ")");
            }
        }

        v.Defined("projectType", r.ProjectType);
        if (v.Required("budget", r.Budget))
        {
            Amount(v, "budget.declared", r.Budget.Declared);
            if (r.Budget.Approved is { } approved)
            {
                Amount(v, "budget.approved", approved);
            }
        }

        Event("proposalSubmittedOn", r.ProposalSubmittedOn);
        Event("reservePoolNotifiedOn", r.ReservePoolNotifiedOn);
        Event("selectedOn", r.SelectedOn);
        Event("fundsReviewLetterIssuedOn", r.FundsReviewLetterIssuedOn);
        Event("fundsReviewLetterReceivedOn", r.FundsReviewLetterReceivedOn);
        Event("sentToFinanceOn", r.SentToFinanceOn);
        Event("listApprovedOn", r.ListApprovedOn);
        Event("kickOffOn", r.KickOffOn);
        Event("promotedToFormalOn", r.PromotedToFormalOn);
        Event("emergencyApprovedOn", r.EmergencyApprovedOn);
        Event("constructionStartedOn", r.ConstructionStartedOn);
        Order("fundsReviewLetterReceivedOn", r.FundsReviewLetterReceivedOn, r.FundsReviewLetterIssuedOn, "fundsReviewLetterIssuedOn (a letter is received after it is issued)");
        Order("sentToFinanceOn", r.SentToFinanceOn, r.FundsReviewLetterReceivedOn, "fundsReviewLetterReceivedOn");
        if (!r.Emergency)
        {
            if (r.EmergencyApprovedOn is not null)
            {
                v.Inconsistent("emergencyApprovedOn", "is given but emergency is false (the district government's approval is the emergency path of 第十八条)");
            }

            if (r.ConstructionStartedOn is not null)
            {
                v.Inconsistent("constructionStartedOn", "is given but emergency is false (a normal project's construction is recorded by its contracts)");
            }
        }

        ValidateDesign(v, r.Design, Event);
        if (r.DraftList is { } list)
        {
            if (list.Year < 1 || list.Year > 9999)
            {
                v.OutOfRange("draftList.year", "must be between 1 and 9999 (got " + Texts.Int(list.Year) + ")");
            }

            v.Defined("draftList.category", list.Category);
        }

        if (r.PromotedToFormalOn is not null && r.DraftList is not { Category: ListCategory.Alternate })
        {
            v.Inconsistent("promotedToFormalOn", r.DraftList is null ? "needs draftList with category Alternate (only an alternate is promoted, 第十七条)" : "is given for a " + r.DraftList.Category + " project; only an alternate is promoted (第十七条)");
        }

        if (r.Stop is { } stop)
        {
            Event("stop.stoppedOn", stop.StoppedOn);
            Event("stop.writtenReasonsOn", stop.WrittenReasonsOn);
            Event("stop.officeConfirmedOn", stop.OfficeConfirmedOn);
            Event("stop.filedWithFinanceOn", stop.FiledWithFinanceOn);
        }

        Each(v, "adjustments", r.Adjustments, (path, a) =>
        {
            v.Defined(Validator.Field(path, "kind"), a.Kind);
            Event(Validator.Field(path, "implementedOn"), a.ImplementedOn);
            Event(Validator.Field(path, "reportedOn"), a.ReportedOn);
        });
        if (r.Supervision is { } s)
        {
            if (s.Engaged && s.Certificate is null)
            {
                v.Add("supervision.certificate", ErrorCode.Required, "is required when a supervisor is engaged");
            }
            else if (!s.Engaged && s.Certificate is not null)
            {
                v.Inconsistent("supervision.certificate", "is given but engaged is false");
            }

            if (s.Certificate is { } c)
            {
                v.Defined("supervision.certificate.type", c.Type);
                v.Defined("supervision.certificate.grade", c.Grade);
            }
        }

        Each(v, "contracts", r.Contracts, (path, c) =>
        {
            v.Defined(Validator.Field(path, "kind"), c.Kind);
            Event(Validator.Field(path, "signedOn"), c.SignedOn);
            Event(Validator.Field(path, "filedOn"), c.FiledOn);
            Order(Validator.Field(path, "filedOn"), c.FiledOn, c.SignedOn, "signedOn (a contract is filed after it is signed)");
        });
        if (r.ProgressReports is { } reports)
        {
            var seen = new HashSet<YearMonth>();
            var month = new YearMonth(asOf.Year, asOf.Month);
            for (var i = 0; i < reports.Count; i++)
            {
                var path = Validator.Index("progressReports", i);
                if (reports[i] > month)
                {
                    v.Inconsistent(path, "is after the month of asOf (" + Texts.Month(reports[i]) + " > " + Texts.Month(month) + ")");
                }
                else if (!seen.Add(reports[i]))
                {
                    v.Inconsistent(path, "repeats " + Texts.Month(reports[i]));
                }
            }
        }

        Distinct(v, "deepenedDesign", r.DeepenedDesign);
        ValidatePreliminary(v, r.Preliminary, Event);
        if (r.Trial is { } t)
        {
            Event("trial.startedOn", t.StartedOn);
            Event("trial.passedOn", t.PassedOn);
            Order("trial.passedOn", t.PassedOn, t.StartedOn, "trial.startedOn (a trial passes after it starts)");
            if (t.PassedOn is not null && t.StartedOn is null)
            {
                v.Add("trial.startedOn", ErrorCode.Required, "is required when trial.passedOn is given");
            }

            if (t.ThirdPartyTest is { } test)
            {
                Event("trial.thirdPartyTest.reportIssuedOn", test.ReportIssuedOn);
            }

            Distinct(v, "trial.contractorDocuments", t.ContractorDocuments);
        }

        if (r.Final is { } f)
        {
            Event("final.appliedOn", f.AppliedOn);
            Event("final.deferralRequestedOn", f.DeferralRequestedOn);
            Event("final.heldOn", f.HeldOn);
            if (f.Organiser is { } o)
            {
                v.Defined("final.organiser", o);
                if (o == AcceptanceOrganiser.PurchasingUnit && !r.PurchasedService)
                {
                    v.Inconsistent("final.organiser", "is PurchasingUnit but purchasedService is false (only a purchased service is accepted by the purchasing unit, 第三十一条)");
                }
            }
            else if (f.HeldOn is not null)
            {
                v.Add("final.organiser", ErrorCode.Required, "is required when final.heldOn is given");
            }

            if (f.Experts is { } n && n < 0)
            {
                v.OutOfRange("final.experts", "must not be negative (got " + Texts.Int(n) + ")");
            }

            if (f.HeldOn is null)
            {
                CommitteeWithoutMeeting(v, "final", ("organiser", f.Organiser is not null), ("experts", f.Experts is not null), ("supervisorParticipated", f.SupervisorParticipated is not null), ("passed", f.Passed is not null), ("opinionIssued", f.OpinionIssued is not null));
            }
        }

        if (r.Warranty is { } w)
        {
            Event("warranty.runsFrom", w.RunsFrom);
            Order("warranty.endsOn", w.EndsOn, w.RunsFrom, "warranty.runsFrom");
        }

        if (r.PostEvaluationBody is { } body)
        {
            v.Defined("postEvaluationBody.type", body.Type);
            v.Defined("postEvaluationBody.grade", body.Grade);
        }

        v.ThrowIfAny();
    }

    private static void ValidateDesign(Validator v, PreliminaryDesign? design, Action<string, LocalDate?> @event)
    {
        if (design is null)
        {
            return;
        }

        v.Defined("design.drafter", design.Drafter);
        if (design.Drafter == Drafter.ThirdParty && design.DrafterCertificate is null)
        {
            v.Add("design.drafterCertificate", ErrorCode.Required, "is required for a third-party drafter");
        }
        else if (design.Drafter == Drafter.Self && design.DrafterCertificate is not null)
        {
            v.Inconsistent("design.drafterCertificate", "is given but the design was drafted by the unit itself (Self)");
        }

        if (design.DrafterCertificate is { } c)
        {
            v.Defined("design.drafterCertificate.type", c.Type);
            v.Defined("design.drafterCertificate.grade", c.Grade);
        }

        if (!v.Required("design.versions", design.Versions))
        {
            return;
        }

        DesignVersion? previous = null;
        var passedBefore = false;
        for (var i = 0; i < design.Versions.Count; i++)
        {
            var path = Validator.Index("design.versions", i);
            var x = design.Versions[i];
            if (!v.Required(path, x))
            {
                previous = null;
                continue;
            }

            v.Defined(Validator.Field(path, "result"), x.Result);
            @event(Validator.Field(path, "submittedOn"), x.SubmittedOn);
            @event(Validator.Field(path, "reviewedOn"), x.ReviewedOn);
            if (x.Result is ReviewResult.Passed or ReviewResult.Failed && x.ReviewedOn is null)
            {
                v.Add(Validator.Field(path, "reviewedOn"), ErrorCode.Required, "is required when the result is " + x.Result);
            }
            else if (x.Result == ReviewResult.Pending && x.ReviewedOn is not null)
            {
                v.Inconsistent(Validator.Field(path, "reviewedOn"), "is given but the result is Pending");
            }

            if (x.ReviewedOn is { } reviewed && reviewed < x.SubmittedOn)
            {
                v.Inconsistent(Validator.Field(path, "reviewedOn"), "must not be before submittedOn (" + Texts.Date(reviewed) + " < " + Texts.Date(x.SubmittedOn) + ")");
            }

            if (passedBefore)
            {
                v.Inconsistent(path, "follows a version that passed (no revision follows a pass)");
            }
            else if (previous is not null && (previous.ReviewedOn is not { } prior || x.SubmittedOn < prior))
            {
                v.Inconsistent(Validator.Field(path, "submittedOn"), previous.ReviewedOn is { } p
                    ? "must not be before the previous version's review (" + Texts.Date(x.SubmittedOn) + " < " + Texts.Date(p) + ")"
                    : "a revision needs the previous version reviewed (it is still pending)");
            }

            passedBefore |= x.Result == ReviewResult.Passed;
            previous = x;
        }
    }

    private static void ValidatePreliminary(Validator v, PreliminaryAcceptance? pa, Action<string, LocalDate?> @event)
    {
        if (pa is null)
        {
            return;
        }

        @event("preliminary.contractFulfilledOn", pa.ContractFulfilledOn);
        @event("preliminary.usageTestPassedOn", pa.UsageTestPassedOn);
        @event("preliminary.expenditureCompliantOn", pa.ExpenditureCompliantOn);
        @event("preliminary.heldOn", pa.HeldOn);
        @event("preliminary.leftoverIssuesResolvedOn", pa.LeftoverIssuesResolvedOn);
        if (pa.Experts is { } n && n < 0)
        {
            v.OutOfRange("preliminary.experts", "must not be negative (got " + Texts.Int(n) + ")");
        }

        Distinct(v, "preliminary.members", pa.Members);
        if (pa.HeldOn is null)
        {
            CommitteeWithoutMeeting(v, "preliminary", ("experts", pa.Experts is not null), ("members", pa.Members is not null), ("passed", pa.Passed is not null), ("opinionIssued", pa.OpinionIssued is not null), ("leftoverIssuesResolvedOn", pa.LeftoverIssuesResolvedOn is not null));
        }
    }

    private static void CommitteeWithoutMeeting(Validator v, string prefix, params (string Name, bool Given)[] fields)
    {
        foreach (var (name, given) in fields)
        {
            if (given)
            {
                v.Inconsistent(prefix + "." + name, "is given but " + prefix + ".heldOn is not (committee data needs the meeting)");
            }
        }
    }

    private static void ValidateDraftList(DraftList list)
    {
        var v = new Validator();
        YearInRange(v, "year", list.Year);
        Amount(v, "specialFundSize", list.SpecialFundSize);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        Each(v, "entries", list.Entries, (path, x) =>
        {
            if (v.RequiredText(Validator.Field(path, "projectId"), x.ProjectId) && !ids.Add(x.ProjectId))
            {
                v.Inconsistent(Validator.Field(path, "projectId"), "repeats " + x.ProjectId + " (each project appears once)");
            }

            v.Defined(Validator.Field(path, "category"), x.Category);
            v.Defined(Validator.Field(path, "fundingSource"), x.FundingSource);
            Amount(v, Validator.Field(path, "budget"), x.Budget);
        }, required: true);
        v.ThrowIfAny();
    }

    private static void Amount(Validator v, string path, decimal value) => v.InRange(path, value, 0m, MaximumAmount);

    private static void Each<T>(Validator v, string path, IReadOnlyList<T>? list, Action<string, T> check, bool required = false)
        where T : class
    {
        if (list is null)
        {
            if (required)
            {
                v.Required(path, list);
            }

            return;
        }

        for (var i = 0; i < list.Count; i++)
        {
            var item = Validator.Index(path, i);
            if (v.Required(item, list[i]))
            {
                check(item, list[i]);
            }
        }
    }

    private static void Distinct<T>(Validator v, string path, IReadOnlyList<T>? list)
        where T : struct, Enum
    {
        if (list is null)
        {
            return;
        }

        var seen = new HashSet<T>();
        for (var i = 0; i < list.Count; i++)
        {
            var item = Validator.Index(path, i);
            if (v.Defined(item, list[i]) && !seen.Add(list[i]))
            {
                v.Inconsistent(item, "repeats " + list[i]);
            }
        }
    }
}
