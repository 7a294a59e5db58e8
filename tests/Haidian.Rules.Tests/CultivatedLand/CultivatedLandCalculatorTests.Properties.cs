using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Haidian.Rules.CultivatedLand;

namespace Haidian.Rules.Tests.CultivatedLand;

/// <summary>Spec 08 properties: the verdict is the conjunction, monotone, exact at the boundary; the calendar; the suspension.</summary>
public sealed partial class CultivatedLandCalculatorTests
{
    private static readonly CultivatedLandCalculator Aggregate = new(CultivatedLandParameters.Gazette2017 with { BalanceBasis = BalanceBasis.AggregateArea });

    /// <summary>Areas at 0, 2 decimals, on and next to each other (t, t ± 0.01).</summary>
    private static Gen<decimal> Areas() => Gen.OneOf(Gen.Elements(0m, 0.01m, 1m, 4.00m, 12.00m, 1_250.00m), Gen.Choose(0, 200_000).Select(i => i / 100m));

    private static Gen<AreaTarget> Targets() =>
        from t in Areas()
        from d in Gen.Elements(-0.01m, 0m, 0m, 0.01m, 1m, -1m)
        select new AreaTarget(t, Math.Max(0m, t + d));

    private static Gen<Occupation> Occupations(int index) =>
        from occupied in Gen.Choose(1, 2_000).Select(i => i / 100m)
        from sd in Gen.Elements(-0.01m, 0m, 0.01m, 1m, -100m)
        from og in Gen.Choose(1, 15)
        from sg in Gen.Choose(1, 15)
        from bfShare in Gen.Elements(0m, 0m, 0.5m, 1m)
        from rd in Gen.Elements(-0.01m, 0m, 0.01m, -100m)
        from bg in Gen.Choose(1, 15)
        from rg in Gen.Choose(1, 15)
        let supplemented = Math.Max(0m, occupied + sd)
        let bf = Math.Round(occupied * bfShare, 2)
        let redesignated = Math.Max(0m, bf + rd)
        select new Occupation("O" + index, new LocalDate(2018, 1, 1), occupied, og, supplemented, supplemented > 0m ? sg : null, bf, bf > 0m ? bg : null, redesignated, redesignated > 0m ? rg : null);

    private static Gen<CultivatedLandRecord> Records() =>
        from year in Gen.Elements(2018, 2020, 2023, 2025)
        from type in Gen.Elements(AssessedUnitType.Town, AssessedUnitType.Village, AssessedUnitType.StateFarm)
        from c in Targets()
        from b in Targets()
        from n in Gen.Choose(0, 3)
        from os in Gen.CollectToArray(Enumerable.Range(0, n).Select(Occupations))
        from reversed in Gen.Elements(false, true)
        select new CultivatedLandRecord(new AssessedUnit("U", type), year, AreaUnit.Mu, c, b, reversed ? new QualityScale(15, 1) : new QualityScale(1, 15), os);

    private static Arbitrary<CultivatedLandRecord> RecordArb() => Arb.From(Records());

    private static bool PassMet(CultivatedLandResult r) => r.Indicators.Where(i => i.Kind == IndicatorKind.Pass).All(i => i.Met == true);

    [Property(MaxTest = 300)]
    public Property Verdict_IsTheConjunctionOfThePassIndicators_AndIgnoresReferenceData() =>
        Prop.ForAll(RecordArb(), Arb.From(Gen.Elements(0m, 0.35m, 1_000m)), (record, area) =>
        {
            var r = Calculator.Assess(record);
            var withRef = Calculator.Assess(record with
            {
                IllegalCases = new[] { new IllegalCase("K", IllegalLandType.BasicFarmland, area + 0.01m, false, true, false, true) },
                Survey = new LandSurvey(area, area),
            });
            return r.Kind == AssessmentKind.PeriodAssessment
                && (r.Verdict == AssessmentVerdict.Qualified) == PassMet(r)
                && withRef.Verdict == r.Verdict
                && withRef.Indicators.Where(i => i.Kind == IndicatorKind.Pass).Select(i => i.Met).SequenceEqual(r.Indicators.Where(i => i.Kind == IndicatorKind.Pass).Select(i => i.Met));
        });

    private static CultivatedLandRecord Improve(CultivatedLandRecord r, int which)
    {
        var best = r.QualityScale!.BestGrade;
        int Towards(int g) => g == best ? g : best < r.QualityScale.WorstGrade ? g - 1 : g + 1;
        return which switch
        {
            0 => r with { CultivatedLand = r.CultivatedLand with { Actual = r.CultivatedLand.Actual + 0.01m } },
            1 => r with { BasicFarmland = r.BasicFarmland with { Actual = r.BasicFarmland.Actual + 1m } },
            2 => r with { Occupations = r.Occupations.Select(o => o.SupplementedArea > 0m ? o with { SupplementedArea = o.SupplementedArea + 0.01m } : o).ToArray() },
            3 => r with { Occupations = r.Occupations.Select(o => o.RedesignatedArea > 0m ? o with { RedesignatedArea = o.RedesignatedArea + 0.01m } : o).ToArray() },
            4 => r with { Occupations = r.Occupations.Select(o => o.SupplementedGrade is { } g ? o with { SupplementedGrade = Towards(g) } : o).ToArray() },
            _ => r with { Occupations = r.Occupations.Select(o => o.RedesignatedGrade is { } g ? o with { RedesignatedGrade = Towards(g) } : o).ToArray() },
        };
    }

    private static CultivatedLandRecord Worsen(CultivatedLandRecord r, int which) => which switch
    {
        0 => r with { CultivatedLand = r.CultivatedLand with { Target = r.CultivatedLand.Target + 0.01m } },
        1 => r with { BasicFarmland = r.BasicFarmland with { Target = r.BasicFarmland.Target + 1m } },
        _ => r with { Occupations = r.Occupations.Select(o => o with { OccupiedArea = o.OccupiedArea + 0.01m }).ToArray() },
    };

    [Property(MaxTest = 300)]
    public Property Monotone_BetterFiguresNeverFail_HigherTargetsNeverPass() =>
        Prop.ForAll(RecordArb(), Arb.From(Gen.Choose(0, 5)), Arb.From(Gen.Elements(false, true)), (record, which, aggregate) =>
        {
            var calc = aggregate ? Aggregate : Calculator;
            var before = calc.Assess(record).Verdict;
            var improved = calc.Assess(Improve(record, which)).Verdict;
            var worsened = calc.Assess(Worsen(record, which % 3)).Verdict;
            return (before != AssessmentVerdict.Qualified || improved == AssessmentVerdict.Qualified)
                && (before != AssessmentVerdict.Unqualified || worsened == AssessmentVerdict.Unqualified);
        });

    [Property(MaxTest = 500)]
    public Property ExactBoundary_ActualEqualToTargetIsMet_AnySmallerIsShortByTheDifference() =>
        Prop.ForAll(
            Arb.From(Gen.OneOf(Gen.Elements(0m, 0.01m, 1_250.00m, 99_999_999.99m), Gen.Choose(0, 10_000_000).Select(i => i / 100m))),
            Arb.From(Gen.OneOf(Gen.Constant(0.01m), Gen.Choose(1, 1_000_000).Select(i => i / 100m))),
            (t, delta) =>
            {
                var at = Calculator.Assess(B with { CultivatedLand = new AreaTarget(t, t) });
                var i1 = at.Indicators[0];
                var okAt = i1.Met == true && i1.Shortfall == 0m;
                if (t - delta < 0m)
                {
                    return okAt;
                }

                var below = Calculator.Assess(B with { CultivatedLand = new AreaTarget(t, t - delta) }).Indicators[0];
                return okAt && below.Met == false && below.Shortfall == delta && below.Shortfall == t - (t - delta);
            });

    [Property(MaxTest = 100)]
    public Property Calendar_PeriodsRolesAndDueDates() =>
        Prop.ForAll(Arb.From(Gen.Choose(2016, 2100)), year =>
        {
            var c = Calculator.CalendarFor(year);
            var start = 2016 + (5 * ((year - 2016) / 5));
            var roles = Enumerable.Range(start, 5).Select(y => Calculator.CalendarFor(y).Role).ToArray();
            return c.Period.FirstYear == start && c.Period.LastYear == start + 4
                && roles.Count(r => r != AssessmentRole.Annual) == 2
                && roles[2] == AssessmentRole.MidTerm && roles[4] == AssessmentRole.EndOfTerm
                && c.DueDates[0].LastDay < c.DueDates[1].LastDay
                && c.DueDates.All(d => d.LastDay.Year == year + 1);
        });

    private static Gen<SuspensionQuery> Queries() =>
        from type in Gen.Elements(AssessedUnitType.Town, AssessedUnitType.Village, AssessedUnitType.StateFarm)
        from year in Gen.Choose(2016, 2030)
        from verdict in Gen.Elements<AssessmentVerdict?>(null, AssessmentVerdict.Qualified, AssessmentVerdict.Unqualified)
        from ordered in Gen.Choose(0, 400).Select(d => new LocalDate(year + 1, 1, 1).PlusDays(d))
        from length in Gen.Choose(0, 300)
        from done in Gen.Elements(false, true)
        from offset in Gen.Choose(-10, 320)
        from category in Gen.Elements(Enum.GetValues<InfrastructureCategory>())
        from authority in Gen.Elements(Enum.GetValues<ApprovalAuthority>())
        from act in Gen.Elements(Enum.GetValues<ApprovalAct>())
        let assessmentYear = (year - 2016) % 5 is 2 or 4
        select new SuspensionQuery(
            new AssessmentOutcome(type, year, assessmentYear ? verdict : null),
            new Rectification(ordered, ordered.PlusDays(length / 2), done ? ordered.PlusDays(length) : null),
            new LandProject("P", category, authority, act),
            ordered.PlusDays(offset));

    [Property(MaxTest = 500)]
    public Property Suspension_NeverWithoutAFailedPeriodAssessmentOfASanctionedUnit_NeverExempt_NeverOutsideTheRectification() =>
        Prop.ForAll(Arb.From(Queries()), q =>
        {
            var a = Calculator.CheckSuspension(q);
            var failedPeriod = q.Result.Verdict == AssessmentVerdict.Unqualified && q.Result.UnitType != AssessedUnitType.Village;
            var exempt = q.Project.InfrastructureCategory != InfrastructureCategory.None
                && q.Project.ApprovalAuthority is ApprovalAuthority.StateCouncil or ApprovalAuthority.StateCouncilDepartment or ApprovalAuthority.MunicipalDepartment
                && q.Project.ApprovalAct is ApprovalAct.Approved or ApprovalAct.Ratified;
            var inside = q.Rectification!.OrderedOn <= q.Day && (q.Rectification.CompletedOn is not { } c || q.Day <= c);
            return a.Suspended == (failedPeriod && !exempt && inside) && a.Exempt == exempt;
        });
}
