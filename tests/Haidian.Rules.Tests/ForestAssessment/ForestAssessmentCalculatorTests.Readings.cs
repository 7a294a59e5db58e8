using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Haidian.Rules.ForestAssessment;

namespace Haidian.Rules.Tests.ForestAssessment;

/// <summary>Spec 07 §G (G-a … G-d) and the forest part of §C (C4, C6): each reading as a worked example named after its item.</summary>
public sealed partial class ForestAssessmentCalculatorTests
{
    private static YearGrade[] Grades(params (int Year, Grade Grade)[] grades) => grades.Select(g => new YearGrade(g.Year, g.Grade)).ToArray();

    [Fact]
    public void G_a_a_part_above_its_whole_is_inconsistent()
    {
        var e = ForestEvidenceBuilder.AllMet() with
        {
            PublicWelfareForest = new PublicWelfareForestEvidence { RetainedArea = 500m, ManagedArea = 500.0001m },
            ForestLand = ForestEvidenceBuilder.AllMet().ForestLand with { OccupiedArea = 10m, ApprovedByMunicipalOrStateArea = 8m, TemporaryApprovedByDistrictArea = 2.0001m },
            Afforestation = new AfforestationEvidence { CarriedOutAsPlanned = true, TaskArea = 100m, CompletedArea = 85m, QualifiedArea = 85.0001m },
        };
        var errors = Assert.Throws<ValidationException>(() => Calculator.Calculate(e)).Errors;
        Assert.Equal(
            new[]
            {
                ("forestLand.approvedByMunicipalOrStateArea", ErrorCode.Inconsistent),
                ("publicWelfareForest.managedArea", ErrorCode.Inconsistent),
                ("afforestation.qualifiedArea", ErrorCode.Inconsistent),
            },
            errors.Select(x => (x.Path, x.Code)));
        Assert.Equal("the managed area 500.0001 ha exceeds the retained area 500 ha", errors[1].Message);
    }

    [Fact]
    public void G_b_accountability_as_of_a_year_lists_every_completed_run()
    {
        var fivePoor = Grades((2016, Grade.Poor), (2017, Grade.Poor), (2018, Grade.Poor), (2019, Grade.Poor), (2020, Grade.Poor));
        var as2020 = Calculator.CheckAccountability(UnitKind.Town, fivePoor, 2020);
        Assert.True(as2020.Triggered);
        Assert.Equal(2020, as2020.TriggerYear);
        Assert.Equal(new[] { 2018, 2019, 2020 }, as2020.ConsecutivePoorYears);
        Assert.Equal(new[] { 2018, 2019, 2020 }, as2020.RunCompletedYears);

        // why: grades after the as-of year are not read
        var as2018 = Calculator.CheckAccountability(UnitKind.Town, fivePoor, 2018);
        Assert.True(as2018.Triggered);
        Assert.Equal(new[] { 2016, 2017, 2018 }, as2018.ConsecutivePoorYears);
        Assert.Equal(new[] { 2018 }, as2018.RunCompletedYears);
        Assert.False(Calculator.CheckAccountability(UnitKind.Town, fivePoor, 2017).Triggered);

        // why: a run that ended before the year, followed by a better grade, no longer triggers it
        var better = Grades((2016, Grade.Poor), (2017, Grade.Poor), (2018, Grade.Poor), (2019, Grade.Good), (2020, Grade.Poor));
        var after = Calculator.CheckAccountability(UnitKind.Town, better, 2020);
        Assert.False(after.Triggered);
        Assert.Null(after.TriggerYear);
        Assert.Empty(after.ConsecutivePoorYears);
        Assert.Equal(new[] { 2018 }, after.RunCompletedYears);
        Assert.Equal("2020 does not complete a run of 3 consecutive assessment years graded Poor (a missing year breaks a run); runs completed in 2018, followed by a better grade or a missing year, no longer trigger it", after.Reason);

        // why: no grade for the as-of year is not a 差 year
        Assert.False(Calculator.CheckAccountability(UnitKind.Town, Grades((2016, Grade.Poor), (2017, Grade.Poor), (2018, Grade.Poor)), 2019).Triggered);
    }

    [Fact]
    public void G_b_a_grade_year_outside_the_assessment_years_is_an_error()
    {
        var with2015 = Grades((2015, Grade.Poor), (2016, Grade.Poor), (2017, Grade.Poor));
        var error = Assert.Single(Assert.Throws<ValidationException>(() => Calculator.CheckAccountability(UnitKind.Town, with2015, 2017)).Errors);
        Assert.Equal(("grades[0].year", ErrorCode.OutOfRange, "2015 is not an assessment year of the scorecard (2016–2020)"), (error.Path, error.Code, error.Message));

        var scorecard = Assert.Single(Assert.Throws<ValidationException>(() => Calculator.Calculate(PoorTown(2017), Grades((2015, Grade.Poor), (2016, Grade.Poor)))).Errors);
        Assert.Equal("earlierGrades[0].year: 2015 is not an assessment year of the scorecard (2016–2020)", scorecard.ToString());

        var bare = Assert.Single(Assert.Throws<ValidationException>(() => Calculator.AssessScore(2017, UnitKind.Town, 10m, Grades((2015, Grade.Poor)))).Errors);
        Assert.Equal("earlierGrades[0].year", bare.Path);

        // why: the as-of year itself is a period question: outside the assessment years it is not in force (C6)
        Assert.Throws<NotInForceException>(() => Calculator.CheckAccountability(UnitKind.Town, Grades((2016, Grade.Poor)), 2015));
        Assert.Throws<NotInForceException>(() => Calculator.CheckAccountability(UnitKind.Town, Grades((2016, Grade.Poor)), 2021));
    }

    [Fact]
    public void G_b_the_scorecard_path_and_CheckAccountability_agree()
    {
        var earlier = Grades((2016, Grade.Poor), (2017, Grade.Poor), (2018, Grade.Poor), (2019, Grade.Good));
        var card = Calculator.Calculate(PoorTown(2020), earlier);
        var check = Calculator.CheckAccountability(UnitKind.Town, earlier.Append(new YearGrade(2020, card.Grade)).ToArray(), 2020);
        Assert.Equal(HaidianJson.Serialize(check), HaidianJson.Serialize(card.Accountability!));
        Assert.False(check.Triggered);   // why: before this reading CheckAccountability found the 2016–2018 run and said "triggered"
        Assert.Equal(HaidianJson.Serialize(check), HaidianJson.Serialize(Calculator.CheckAccountability(UnitKind.Town, earlier.Append(new YearGrade(2020, card.Grade)).ToArray())));
    }

    /// <summary>Any set of distinct assessment years with any grades, and an as-of year among the assessment years.</summary>
    private static Arbitrary<(YearGrade[] Grades, int AsOf)> GradeHistories() =>
        Arb.From(
            from grades in Gen.ArrayOf(Gen.Elements<Grade?>(Grade.Poor, Grade.Poor, Grade.Poor, Grade.Fair, Grade.Good, Grade.Excellent, null), 5)
            from asOf in Gen.Choose(2016, 2020)
            select (grades.Select((g, i) => g is { } x ? new YearGrade(2016 + i, x) : null).Where(y => y is not null).Select(y => y!).ToArray(), asOf));

    [Property]
    public Property G_b_accountability_as_of_a_year_depends_only_on_grades_up_to_it() =>
        Prop.ForAll(GradeHistories(), Arb.From(Gen.Elements(UnitKind.Town, UnitKind.ForestFarm)), (h, kind) =>
        {
            var all = Calculator.CheckAccountability(kind, h.Grades, h.AsOf);
            var upTo = Calculator.CheckAccountability(kind, h.Grades.Where(g => g.Year <= h.AsOf).ToArray(), h.AsOf);
            var later = h.Grades.Where(g => g.Year > h.AsOf).Select(g => g with { Grade = g.Grade == Grade.Poor ? Grade.Excellent : Grade.Poor });
            var changedLater = Calculator.CheckAccountability(kind, h.Grades.Where(g => g.Year <= h.AsOf).Concat(later).ToArray(), h.AsOf);
            var mine = h.Grades.Where(g => g.Year <= h.AsOf).ToDictionary(g => g.Year, g => g.Grade);
            var expected = kind == UnitKind.Town && Enumerable.Range(h.AsOf - 2, 3).All(y => mine.TryGetValue(y, out var g) && g == Grade.Poor);
            return HaidianJson.Serialize(all) == HaidianJson.Serialize(upTo)
                && HaidianJson.Serialize(all) == HaidianJson.Serialize(changedLater)
                && all.Triggered == expected
                && all.RunCompletedYears.All(y => y <= h.AsOf)
                && all.Triggered == all.RunCompletedYears.Contains(h.AsOf);
        });

    [Property]
    public Property G_b_the_scorecard_and_CheckAccountability_agree_on_every_history() =>
        Prop.ForAll(GradeHistories(), Arb.From(Gen.Elements(true, false)), (h, poorThisYear) =>
        {
            var earlier = h.Grades.Where(g => g.Year < h.AsOf).ToArray();
            var card = Calculator.Calculate(poorThisYear ? PoorTown(h.AsOf) : ForestEvidenceBuilder.AllMet(year: h.AsOf), earlier);
            var check = Calculator.CheckAccountability(UnitKind.Town, earlier.Append(new YearGrade(h.AsOf, card.Grade)).ToArray(), h.AsOf);
            var bare = Calculator.AssessScore(h.AsOf, UnitKind.Town, card.Total, earlier);
            return HaidianJson.Serialize(card.Accountability!) == HaidianJson.Serialize(check)
                && HaidianJson.Serialize(bare.Accountability!) == HaidianJson.Serialize(check)
                && bare.Consequences.SequenceEqual(card.Consequences);
        });

    [Fact]
    public void G_c_the_grade_and_consequences_of_a_bare_score()
    {
        var good = Calculator.AssessScore(2018, UnitKind.Town, 89.999m);
        Assert.Equal((2018, UnitKind.Town, 89.999m, Grade.Good, "[80, 90) → Good"), (good.Year, good.Kind, good.Score, good.Grade, good.GradeBand));
        Assert.Empty(good.Consequences);
        Assert.Null(good.Accountability);
        Assert.Equal("gazette-2017", good.Provenance.ParametersVersion);

        Assert.Equal(new[] { new Consequence(ConsequenceKind.PublicCommendation, "通报表扬: the town is graded 优秀", GradeClause) }, Calculator.AssessScore(2018, UnitKind.Town, 90m).Consequences);
        Assert.Equal(Grade.Fair, Calculator.AssessScore(2018, UnitKind.Town, 79.999m).Grade);

        var poor = Calculator.AssessScore(2018, UnitKind.Town, 59.999m, Grades((2016, Grade.Poor), (2017, Grade.Poor)));
        Assert.Equal(Grade.Poor, poor.Grade);
        Assert.Equal(
            new[] { ConsequenceKind.PublicCriticism, ConsequenceKind.RectificationReport, ConsequenceKind.Accountability },
            poor.Consequences.Select(c => c.Kind));
        Assert.True(poor.Accountability!.Triggered);

        var farm = Calculator.AssessScore(2018, UnitKind.ForestFarm, 0m);
        Assert.Equal(Grade.Poor, farm.Grade);
        Assert.Empty(farm.Consequences);
    }

    [Fact]
    public void G_c_a_bare_score_outside_the_scale_or_the_period_is_refused()
    {
        var error = Assert.Single(Assert.Throws<ValidationException>(() => Calculator.AssessScore(2018, UnitKind.Town, 100.001m)).Errors);
        Assert.Equal(("score", ErrorCode.OutOfRange), (error.Path, error.Code));
        Assert.Throws<NotInForceException>(() => Calculator.AssessScore(2015, UnitKind.Town, 50m));
        Assert.Throws<NotInForceException>(() => Calculator.AssessScore(2021, UnitKind.Town, 50m));
        var grades = Assert.Throws<ValidationException>(() => Calculator.AssessScore(2018, UnitKind.Town, 50m, Grades((2018, Grade.Poor)))).Errors;
        Assert.Equal("earlierGrades[0].year: must be before the assessment year 2018 (got 2018)", Assert.Single(grades).ToString());
        Assert.Equal(ErrorCode.Inconsistent, grades[0].Code);
    }

    [Fact]
    public void G_d_regeneration_done_with_no_task_must_be_fully_qualified()
    {
        var noTask = new RegenerationEvidence { CasesDue = 0, CasesRegenerated = 0, BacklogArea = 0m, BacklogVerifiedArea = 0m };
        var done = Calculator.Calculate(ForestEvidenceBuilder.AllMet() with { Regeneration = noTask with { RegeneratedArea = 10m, QualifiedArea = 10m } });
        var row = RowOf(done, ScorecardRow.Regeneration);
        Assert.Equal((RowVerdict.Met, 100m, 5m), (row.Verdict, row.RatePercent, row.PointsGiven));
        Assert.Contains("更新合格率 = 10 ÷ 10 × 100% = 100.00% ≥ 100%", row.Basis, StringComparison.Ordinal);

        var short1 = Calculator.Calculate(ForestEvidenceBuilder.AllMet() with { Regeneration = noTask with { RegeneratedArea = 10m, QualifiedArea = 9.9999m } });
        var shortRow = RowOf(short1, ScorecardRow.Regeneration);
        Assert.Equal((RowVerdict.NotMet, 0m), (shortRow.Verdict, shortRow.PointsGiven));
        Assert.Equal(95m, short1.Total);

        var nothing = RowOf(Calculator.Calculate(ForestEvidenceBuilder.AllMet() with { Regeneration = noTask }), ScorecardRow.Regeneration);
        Assert.Equal((RowVerdict.NoTask, 5m), (nothing.Verdict, nothing.PointsGiven));
    }

    [Fact]
    public void C6_forest_2014_and_2021_are_both_not_in_force_at_every_entry_point()
    {
        foreach (var year in new[] { 2014, 2021 })
        {
            Assert.Throws<NotInForceException>(() => Calculator.ParametersFor(year));
            Assert.Throws<NotInForceException>(() => Calculator.Calculate(ForestEvidenceBuilder.AllMet(year: year)));
            Assert.Throws<NotInForceException>(() => Calculator.GradeOf(year, 50m));
            Assert.Throws<NotInForceException>(() => Calculator.AssessScore(year, UnitKind.Town, 50m));
            Assert.Throws<NotInForceException>(() => Calculator.CheckAccountability(UnitKind.Town, Array.Empty<YearGrade>(), year));
        }
    }

    [Fact]
    public void C4_undefined_enum_values_are_refused_at_every_forest_entry_point()
    {
        static ValidationError Only(Action act) => Assert.Single(Assert.Throws<ValidationException>(act).Errors);
        Assert.Equal(("kind", ErrorCode.InvalidValue), Pair(Only(() => Calculator.AssessScore(2018, (UnitKind)99, 50m))));
        Assert.Equal(("kind", ErrorCode.InvalidValue), Pair(Only(() => Calculator.CheckAccountability((UnitKind)99, Grades((2016, Grade.Poor))))));
        Assert.Equal(("kind", ErrorCode.InvalidValue), Pair(Only(() => Calculator.CheckAccountability((UnitKind)99, Grades((2016, Grade.Poor)), 2016))));
        Assert.Equal(("grades[0].grade", ErrorCode.InvalidValue), Pair(Only(() => Calculator.CheckAccountability(UnitKind.Town, Grades((2016, (Grade)99)), 2016))));
        Assert.Equal(("earlierGrades[0].grade", ErrorCode.InvalidValue), Pair(Only(() => Calculator.AssessScore(2018, UnitKind.Town, 50m, Grades((2016, (Grade)99))))));
        Assert.Equal(("kind", ErrorCode.InvalidValue), Pair(Only(() => Calculator.Calculate(ForestEvidenceBuilder.AllMet() with { Kind = (UnitKind)99 }))));
        Assert.Equal(("awards[0].row", ErrorCode.InvalidValue), Pair(Only(() => Calculator.Calculate(ForestEvidenceBuilder.AllMet() with { Awards = new[] { new InspectorAward((ScorecardRow)99, 1m, "x") } }))));
        Assert.Equal(("commendedGrade", ErrorCode.InvalidValue), Pair(Only(() => new ForestAssessmentCalculator(ForestAssessmentParameters.Gazette2017 with { CommendedGrade = (Grade)99 }))));

        static (string, ErrorCode) Pair(ValidationError e) => (e.Path.Replace("versions[0].", string.Empty, StringComparison.Ordinal), e.Code);
    }
}
