using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Haidian.Rules.Deadlines;
using Haidian.Rules.SmartHaidian;
using static Haidian.Rules.Tests.SmartHaidian.SmartHaidianRecords;

namespace Haidian.Rules.Tests.SmartHaidian;

/// <summary>A working-day step of the record, its trigger, and how far from the last day it was done (−k: k working days before; 0: on it; 1: the next working day).</summary>
public sealed record DeadlineEdge(int Check, LocalDate Trigger, int Offset);

/// <summary>Generators that hit the limits exactly: the 100万元（含） threshold, expert counts 0–51, the two revisions, the last working day and the next.</summary>
public static class SmartArbs
{
    private static readonly LocalDate InForce = new(2017, 6, 21);

    public static Gen<decimal> Budget =>
        Gen.OneOf(
            Gen.Elements(999_999.99m, 1_000_000.00m, 1_000_000.01m, 0m, 0.01m, 999_999.98m, 1_000_000.02m),
            Gen.Choose(0, int.MaxValue).Select(c => c / 100m));

    public static Arbitrary<decimal> Budgets() => Budget.ToArbitrary();

    public static Arbitrary<DeadlineEdge> Edges() =>
        (from check in Gen.Elements(2, 5, 6, 9, 15, 19, 26)
         from days in Gen.OneOf(Gen.Choose(0, 3300), Gen.Elements(0, 100, 180, 190, 560, 1200, 2400, 3000))
         from offset in Gen.OneOf(Gen.Elements(0, 1), Gen.Choose(-45, 0))
         select new DeadlineEdge(check, InForce.PlusDays(days), offset))
        .ToArbitrary();

    public static Arbitrary<int> Experts() => Gen.Choose(0, 51).ToArbitrary();
}

public sealed partial class SmartHaidianCalculatorTests
{
    private static readonly WorkingDayCalendar Official = WorkingDayCalendar.Official;

    private static (int Days, string Code) EdgeRule(int check) => check switch
    {
        2 => (45, "designDeadline"),
        5 => (10, "fundsReviewLetterDeadline"),
        6 => (3, "sendToFinanceDeadline"),
        9 => (5, "kickOffDeadline"),
        15 => (7, "contractFiling"),
        19 => (15, "preliminaryDeadline"),
        _ => (20, "finalDeadline"),
    };

    /// <summary>A minimal record whose only dated step is the one under test, triggered on <paramref name="t"/> and done on <paramref name="done"/>.</summary>
    private static ProjectRecord EdgeRecord(int check, LocalDate t, LocalDate done)
    {
        var r = new ProjectRecord(done, ProjectType.Informatisation, false, false, false, false, false, false, new ProjectBudget(10_000m), ProposalSubmittedOn: t);
        return check switch
        {
            2 => r with { ReservePoolNotifiedOn = t, Design = new PreliminaryDesign(Drafter.ThirdParty, QualifiedDesigner, new[] { new DesignVersion(done, null, ReviewResult.Pending) }) },
            5 => r with { SelectedOn = t, FundsReviewLetterIssuedOn = done, Design = new PreliminaryDesign(Drafter.ThirdParty, QualifiedDesigner, new[] { new DesignVersion(t, t, ReviewResult.Passed) }) },
            6 => r with { FundsReviewLetterIssuedOn = t, FundsReviewLetterReceivedOn = t, SentToFinanceOn = done },
            9 => r with { ListApprovedOn = t, KickOffOn = done },
            15 => r with { Contracts = new[] { new ProjectContract(ContractKind.Other, t, done) }, ProgressReports = MonthsBetween(t, done) },
            19 => r with { Preliminary = new PreliminaryAcceptance(t, t, t, done, 3, AllRoles, false) },
            _ => r with { Trial = new TrialOperation(t.PlusDays(-60), t), Final = new FinalAcceptance(HeldOn: done, Organiser: AcceptanceOrganiser.Unit, Experts: 3) },
        };
    }

    private static YearMonth[] MonthsBetween(LocalDate a, LocalDate b)
    {
        var list = new List<YearMonth>();
        for (var m = new YearMonth(a.Year, a.Month); m <= new YearMonth(b.Year, b.Month); m = m.PlusMonths(1))
        {
            list.Add(m);
        }

        return list.ToArray();
    }

    [Property(Arbitrary = new[] { typeof(SmartArbs) }, MaxTest = 300)]
    public bool Property_DeadlineEdge_OnTheLastDayNoFinding_NextWorkingDayOneLate_EarlierNeverAdds(DeadlineEdge edge)
    {
        var (n, code) = EdgeRule(edge.Check);
        var last = Official.AddWorkingDays(edge.Trigger, n);
        var next = Official.AddWorkingDays(last, 1);
        if (next.Year > 2026)
        {
            return true;
        }

        var done = edge.Offset switch
        {
            1 => next,
            0 => last,
            _ => Official.WorkingDaysBefore(last, -edge.Offset) is var d && d >= edge.Trigger ? d : edge.Trigger,
        };
        var findings = Calc.CheckProject(EdgeRecord(edge.Check, edge.Trigger, done)).Of(code);
        return edge.Offset == 1
            ? findings.Length == 1 && findings[0].Finding.Message.Contains("1 working day late", StringComparison.Ordinal)
            : findings.Length == 0;
    }

    [Property(Arbitrary = new[] { typeof(SmartArbs) }, MaxTest = 200)]
    public bool Property_Threshold_Article14FindingsDependOnTheBudgetOnlyThroughTheThreshold(decimal budget, bool self, bool simple, bool supervised)
    {
        IEnumerable<string> Article14(decimal b)
        {
            var r = P() with
            {
                Budget = new ProjectBudget(b),
                ContentSimple = simple,
                Design = self ? P().Design! with { Drafter = Drafter.Self, DrafterCertificate = null } : P().Design,
            };
            return Calc.CheckProject(supervised ? r : r.WithoutSupervisor()).Findings.Where(f => f.Check is 7 or 8).Select(f => f.Check + ":" + f.Finding.Code);
        }

        var representative = budget >= 1_000_000.00m ? 1_000_000.00m : 999_999.99m;
        return Article14(budget).SequenceEqual(Article14(representative));
    }

    [Property(Arbitrary = new[] { typeof(SmartArbs) }, MaxTest = 52)]
    public bool Property_Experts_AFindingExactlyWhenFewerThanThreeOrEven(int n)
    {
        var expected = n < 3 || n % 2 == 0;
        bool Has(ComplianceReport r, string code) => r.Of(code).Any(f => f.Finding.Message.Contains("expert(s)", StringComparison.Ordinal));
        var preliminary = Calc.CheckProject(P() with { Preliminary = P().Preliminary! with { Experts = n } });
        var final = Calc.CheckProject(P() with { Final = P().Final! with { Experts = n } });
        var service = Calc.CheckProject(P() with { Major = false, PurchasedService = true, Final = P().Final! with { Experts = n, Organiser = AcceptanceOrganiser.PurchasingUnit } });
        return Has(preliminary, "preliminaryCommittee") == expected && Has(final, "finalCommittee") == expected && !Has(service, "finalCommittee");
    }

    /// <summary>Variants of P that break various rules, for the severity property.</summary>
    private static Gen<ProjectRecord> Variants =>
        from proposal in Gen.Elements(true, false)
        from kick in Gen.Choose(-3, 12)
        from budgetIn in Gen.Elements(true, false)
        from reported in Gen.Choose(-2, 2)
        from experts in Gen.Choose(0, 8)
        from trialDays in Gen.Choose(40, 70)
        from missing in Gen.Choose(3, 11)
        from warrantyShort in Gen.Choose(0, 3)
        select P() with
        {
            ProposalSubmittedOn = proposal ? D(2018, 1, 10) : null,
            KickOffOn = D(2019, 1, 8).PlusDays(kick),
            Adjustments = new[] { new Adjustment(AdjustmentKind.Content, D(2019, 5, 6), D(2019, 5, 6).PlusDays(reported), budgetIn) },
            Preliminary = P().Preliminary! with { Experts = experts },
            Trial = P().Trial! with { PassedOn = D(2019, 9, 23).PlusDays(trialDays) },
            ProgressReports = P().ProgressReports!.Where(m => m.Month != missing).ToArray(),
            Warranty = new Warranty(D(2019, 12, 10), D(2021, 12, 10).PlusDays(-warrantyShort)),
        };

    [Property(MaxTest = 200)]
    public Property Property_Severity_EveryFindingCitesTheMeasure_DepartureExactlyForTheTwoPrincipleRules() =>
        Prop.ForAll(Variants.ToArbitrary(), r =>
        {
            foreach (var f in Calc.CheckProject(r).Findings)
            {
                Assert.Equal("海政发〔2017〕21号", f.Finding.Citation.DocumentNumber);
                Assert.StartsWith("第", f.Finding.Citation.Article, StringComparison.Ordinal);
                Assert.True(f.GazetteLine is >= 653 and <= 783, f.Finding.Code);
                Assert.Equal(f.Finding.Code is "reportingStages" or "adjustmentInBudget", f.Finding.Severity == Severity.Departure);
            }
        });

    [Property(MaxTest = 200)]
    public Property Property_InForce_AStepTriggeredBeforeTheInForceDateNeverYieldsAFinding() =>
        Prop.ForAll(BeforeInForce.ToArbitrary(), x =>
        {
            var asOf = x.Done < D(2017, 6, 21) ? D(2017, 6, 21) : x.Done;
            var r = new ProjectRecord(asOf, ProjectType.Informatisation, false, false, false, true, false, true, new ProjectBudget(2_000_000m), ProposalSubmittedOn: x.Trigger,
                ReservePoolNotifiedOn: x.Trigger, ListApprovedOn: x.Trigger, KickOffOn: x.Done, FundsReviewLetterIssuedOn: x.Trigger, FundsReviewLetterReceivedOn: x.Trigger, SentToFinanceOn: x.Done,
                Contracts: new[] { new ProjectContract(ContractKind.Design, x.Trigger, x.Done) });
            var report = Calc.CheckProject(r);
            Assert.DoesNotContain(report.Findings, f => f.Check is 2 or 6 or 9 or 15 or 16);
            Assert.All(report.Steps.Where(s => s.Check is 2 or 6 or 9 or 15), s => Assert.Equal(StepStatus.NotChecked, s.Status));
        });

    /// <summary>P cut at a stage (later steps removed), checked on two days on or after its last event.</summary>
    [Property(MaxTest = 200)]
    public Property Property_AsOf_ChangesOnlyWhatIsUnfinished() =>
        Prop.ForAll(Stages.ToArbitrary(), x =>
        {
            var r = Cut(P(), x.stage);
            var lastEvent = LastEvent(r);
            var a = Calc.CheckProject(r with { AsOf = lastEvent.PlusDays(x.extra1) });
            var b = Calc.CheckProject(r with { AsOf = lastEvent.PlusDays(x.extra2) });
            var doneA = a.Steps.Where(s => s.Done is not null).Select(s => (s.Code, s.Step, s.Status, s.WorkingDaysLate, s.DaysLate, s.DaysShort));
            var doneB = b.Steps.Where(s => s.Done is not null).Select(s => (s.Code, s.Step, s.Status, s.WorkingDaysLate, s.DaysLate, s.DaysShort));
            Assert.Equal(doneA, doneB);
            var undone = a.Steps.Concat(b.Steps).Where(s => s.Done is null).Select(s => s.Code).Concat(new[] { "progressReports", "acceptanceDeferral" }).ToHashSet();
            Assert.Equal(a.Findings.Where(f => !undone.Contains(f.Finding.Code)).Select(f => f.Finding.Message), b.Findings.Where(f => !undone.Contains(f.Finding.Code)).Select(f => f.Finding.Message));
        });

    private static Gen<(LocalDate Trigger, LocalDate Done)> BeforeInForce =>
        from before in Gen.Choose(1, 400)
        from after in Gen.Choose(0, 900)
        select (D(2017, 6, 21).PlusDays(-before), D(2017, 6, 21).PlusDays(-before + after));

    private static Gen<(int stage, int extra1, int extra2)> Stages =>
        from stage in Gen.Choose(0, 5)
        from extra1 in Gen.Choose(0, 400)
        from extra2 in Gen.Choose(0, 400)
        select (stage, extra1, extra2);

    private static ProjectRecord Cut(ProjectRecord p, int stage) => stage switch
    {
        0 => p with { SelectedOn = null, FundsReviewLetterIssuedOn = null, FundsReviewLetterReceivedOn = null, SentToFinanceOn = null, ListApprovedOn = null, KickOffOn = null, Contracts = null, ProgressReports = null, Preliminary = null, Trial = null, Final = null, Warranty = null, DeepenedDesign = null, Supervision = null },
        1 => p with { FundsReviewLetterIssuedOn = null, FundsReviewLetterReceivedOn = null, SentToFinanceOn = null, ListApprovedOn = null, KickOffOn = null, Contracts = null, ProgressReports = null, Preliminary = null, Trial = null, Final = null, Warranty = null },
        2 => p with { KickOffOn = null, Contracts = null, ProgressReports = null, Preliminary = null, Trial = null, Final = null, Warranty = null },
        3 => p with { Preliminary = p.Preliminary! with { HeldOn = null, Experts = null, Members = null, Passed = null, OpinionIssued = null, LeftoverIssuesResolvedOn = null }, Trial = null, Final = null, Warranty = null },
        4 => p with { Final = null, Warranty = null },
        _ => p with { Final = new FinalAcceptance(ContractualApplicationDate: D(2019, 12, 1)), Warranty = null },
    };

    private static LocalDate LastEvent(ProjectRecord r)
    {
        var dates = new LocalDate?[]
        {
            r.ProposalSubmittedOn, r.ReservePoolNotifiedOn, r.SelectedOn, r.FundsReviewLetterIssuedOn, r.FundsReviewLetterReceivedOn, r.SentToFinanceOn, r.ListApprovedOn, r.KickOffOn,
            r.Preliminary?.HeldOn, r.Preliminary?.ExpenditureCompliantOn, r.Preliminary?.LeftoverIssuesResolvedOn, r.Trial?.StartedOn, r.Trial?.PassedOn, r.Trial?.ThirdPartyTest?.ReportIssuedOn, r.Final?.HeldOn, r.Warranty?.RunsFrom,
        }.Concat(r.Design?.Versions.SelectMany(v => new[] { (LocalDate?)v.SubmittedOn, v.ReviewedOn }) ?? Array.Empty<LocalDate?>())
         .Concat(r.Contracts?.SelectMany(c => new[] { (LocalDate?)c.SignedOn, c.FiledOn }) ?? Array.Empty<LocalDate?>())
         .Concat(r.ProgressReports?.Select(m => (LocalDate?)m.OnDayOfMonth(1).PlusMonths(1).PlusDays(-1)) ?? Array.Empty<LocalDate?>());
        return dates.Where(d => d is not null).Max()!.Value;
    }
}
