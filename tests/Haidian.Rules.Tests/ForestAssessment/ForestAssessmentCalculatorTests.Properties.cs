using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Haidian.Rules.ForestAssessment;

namespace Haidian.Rules.Tests.ForestAssessment;

/// <summary>Spec 04 properties: the score is the sum of the rows and lies in [0, 100]; one more row met never lowers score or grade; the grade is monotone in the score.</summary>
public sealed partial class ForestAssessmentCalculatorTests
{
    /// <summary>Each row independently: met exactly at its threshold, missed by the smallest step, or without a task.</summary>
    private static Arbitrary<RowCase[]> RowCases() =>
        Arb.From(Gen.ArrayOf(Gen.Elements(RowCase.MetAtBoundary, RowCase.JustBelow, RowCase.NoTaskOrClear), ForestEvidenceBuilder.RowCount));

    /// <summary>Scores on and around every band edge, plus any two-decimal score in [0, 100].</summary>
    private static Gen<decimal> Scores() =>
        Gen.OneOf(
            Gen.Elements(0m, 0.01m, 59m, 59.99m, 60m, 60.01m, 79m, 79.5m, 79.99m, 80m, 80.01m, 89.99m, 90m, 90.01m, 99.99m, 100m),
            Gen.Choose(0, 10_000).Select(i => i / 100m));

    private static Gen<InspectorAward[]> Awards() =>
        Gen.ArrayOf(Gen.Choose(0, ForestEvidenceBuilder.RowCount - 1)
            .SelectMany(i =>
            {
                var max = ForestAssessmentParameters.Gazette2017.DefinitionOf((ScorecardRow)i).Points;
                return Gen.OneOf(Gen.Constant(0m), Gen.Constant(max), Gen.Choose(0, (int)(max * 100m)).Select(x => x / 100m))
                    .Select(p => new InspectorAward((ScorecardRow)i, p, "inspector's reading"));
            }))
            .Select(a => a.GroupBy(x => x.Row).Select(g => g.First()).ToArray());

    private static RowVerdict Expected(ScorecardRow row, RowCase c) => c switch
    {
        RowCase.JustBelow => RowVerdict.NotMet,
        RowCase.NoTaskOrClear when ForestEvidenceBuilder.RowsWithTasks.Contains(row) => RowVerdict.NoTask,
        _ => RowVerdict.Met,
    };

    [Property]
    public Property Score_IsInRange_AndEqualsTheSumOfThe21Rows() =>
        Prop.ForAll(RowCases(), Arb.From(Awards()), (cases, awards) =>
        {
            var card = Calculator.Calculate(ForestEvidenceBuilder.Build(cases) with { Awards = awards });
            return card.Rows.Count == 21
                && card.Total >= 0m && card.Total <= 100m
                && card.Total == card.Rows.Sum(r => r.PointsGiven)
                && card.Total == card.Parts.Sum(p => p.PointsGiven)
                && card.Rows.All(r => r.PointsGiven >= 0m && r.PointsGiven <= r.PointsAvailable);
        });

    [Property]
    public Property EachRowVerdict_FollowsItsThreshold_Exactly() =>
        Prop.ForAll(RowCases(), cases =>
        {
            var card = Calculator.Calculate(ForestEvidenceBuilder.Build(cases));
            return card.Rows.All(r => r.Verdict == Expected(r.Row, cases[(int)r.Row])
                && r.ComputedPoints == (r.Verdict == RowVerdict.NotMet ? 0m : r.PointsAvailable));
        });

    [Property]
    public Property MeetingOneMoreRow_NeverLowersScoreOrGrade() =>
        Prop.ForAll(RowCases(), Arb.From(Gen.Choose(0, ForestEvidenceBuilder.RowCount - 1)), (cases, flip) =>
        {
            var worse = (RowCase[])cases.Clone();
            worse[flip] = RowCase.JustBelow;
            var better = (RowCase[])cases.Clone();
            better[flip] = RowCase.MetAtBoundary;
            var a = Calculator.Calculate(ForestEvidenceBuilder.Build(worse));
            var b = Calculator.Calculate(ForestEvidenceBuilder.Build(better));
            var points = ForestAssessmentParameters.Gazette2017.DefinitionOf((ScorecardRow)flip).Points;
            return b.Total == a.Total + points && b.Grade >= a.Grade;
        });

    [Property]
    public Property Grade_IsMonotoneInTheScore() =>
        Prop.ForAll(Arb.From(Scores()), Arb.From(Scores()), (x, y) =>
        {
            var (lo, hi) = x <= y ? (x, y) : (y, x);
            return Calculator.GradeOf(2018, lo) <= Calculator.GradeOf(2018, hi);
        });

    [Property]
    public Property Grade_MatchesTheBandReading() =>
        Prop.ForAll(Arb.From(Scores()), s =>
            Calculator.GradeOf(2018, s) == (s >= 90m ? Grade.Excellent : s >= 80m ? Grade.Good : s >= 60m ? Grade.Fair : Grade.Poor));
}
