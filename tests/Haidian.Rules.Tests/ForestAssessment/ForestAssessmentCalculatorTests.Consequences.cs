using Haidian.Rules.ForestAssessment;

namespace Haidian.Rules.Tests.ForestAssessment;

/// <summary>What follows from a grade (附件2 二, 通知 三（二）) word for word, the three-years-of-差 run, and the due dates.</summary>
public sealed partial class ForestAssessmentCalculatorTests
{
    private static readonly Citation GradeClause = ForestAssessmentParameters.Document.WithArticle("附件2 二");

    private static ForestEvidence PoorTown(int year) => ForestEvidenceBuilder.Build(Enumerable.Repeat(RowCase.JustBelow, 21).ToArray(), year);

    [Fact]
    public void Consequences_AnExcellentTown_IsCommended()
    {
        var card = Calculator.Calculate(ForestEvidenceBuilder.AllMet());
        Assert.Equal(new[] { new Consequence(ConsequenceKind.PublicCommendation, "通报表扬: the town is graded 优秀", GradeClause) }, card.Consequences);
        Assert.Equal(23, card.Lines.Count);
        Assert.Equal(new LineItem("grade 等级", "90分以上为优秀；80-90分为良好；60-79分为中等；60分以下为差 (overlaps at 90 and 60 go to the higher band)", "100 in [90, 100] → Excellent → 优秀", 100m, GradeClause), card.Lines[22]);
        Assert.Equal(
            new LineItem("total score 总分", "sum of the 21 rows' points given (附件2 一（一）: 3部分14项，总分100分)", "25 + 50 + 25 = 100 of 100", 100m, ForestAssessmentParameters.Document.WithArticle("附件2 一（一）")),
            card.Lines[21]);
    }

    [Fact]
    public void Consequences_APoorTownWithUnfinishedTargets_IsCriticisedRectifiesAndIsHeldAccountable()
    {
        var card = Calculator.Calculate(PoorTown(2018) with { TargetTasksNotCompleted = true }, new[] { new YearGrade(2017, Grade.Poor), new YearGrade(2016, Grade.Poor) });
        Assert.Equal(
            new[]
            {
                new Consequence(ConsequenceKind.PublicCriticism, "通报批评: the town is graded 差", GradeClause),
                new Consequence(ConsequenceKind.RectificationReport, "被通报批评的镇要认真整改，并提交书面报告: rectify and submit a written report", GradeClause),
                new Consequence(
                    ConsequenceKind.Accountability,
                    "启动相关问责机制: graded Poor in 3 consecutive assessment years (2016, 2017, 2018): the accountability mechanism starts in 2018",
                    GradeClause),
                new Consequence(
                    ConsequenceKind.TargetsNotCompleted,
                    "通报批评并问责: the unit did not complete its target tasks (whatever its grade)",
                    ForestAssessmentParameters.Document.WithArticle("三（二）")),
            },
            card.Consequences);
        Assert.Equal(2018, card.Accountability!.TriggerYear);
        Assert.Equal(GradeClause, card.Accountability.Citation);
    }

    [Fact]
    public void Consequences_AForestFarm_GetsALineSayingTheClauseNamesTowns()
    {
        var card = Calculator.Calculate(ForestEvidenceBuilder.AllMet(unit: "西山林场", kind: UnitKind.ForestFarm));
        Assert.Empty(card.Consequences);
        Assert.Equal(24, card.Lines.Count);
        Assert.Equal(
            new LineItem(
                "consequences 结果运用",
                "commendation, criticism, rectification and accountability of 附件2 二 name towns (镇)",
                "forest farm graded 优秀: no 附件2 二 consequence",
                0m,
                GradeClause),
            card.Lines[23]);
        Assert.Equal("西山林场", card.Unit);
        Assert.Equal(UnitKind.ForestFarm, card.Kind);
    }

    [Fact]
    public void Accountability_AForestFarm_IsNeverCaught_AndTheReasonSaysWhy()
    {
        var result = Calculator.CheckAccountability(UnitKind.ForestFarm, new[] { new YearGrade(2016, Grade.Poor), new YearGrade(2017, Grade.Poor), new YearGrade(2018, Grade.Poor) });
        Assert.False(result.Triggered);
        Assert.Null(result.TriggerYear);
        Assert.Empty(result.ConsecutivePoorYears);
        Assert.Equal("forest farm: 「对连续3年评价为“差”等级的镇，将启动相关问责机制」 names towns (镇) only", result.Reason);
        Assert.Equal(GradeClause, result.Citation);
    }

    [Fact]
    public void Accountability_AFourthPoorYear_ReportsTheLastThreeYears()
    {
        var card = Calculator.Calculate(PoorTown(2019), new[] { new YearGrade(2016, Grade.Poor), new YearGrade(2018, Grade.Poor), new YearGrade(2017, Grade.Poor) });
        Assert.True(card.Accountability!.Triggered);
        Assert.Equal(2019, card.Accountability.TriggerYear);
        Assert.Equal(new[] { 2017, 2018, 2019 }, card.Accountability.ConsecutivePoorYears);
        Assert.Equal("graded Poor in 3 consecutive assessment years (2017, 2018, 2019): the accountability mechanism starts in 2019", card.Accountability.Reason);
        Assert.Equal(new[] { 2018, 2019 }, card.Accountability.RunCompletedYears);   // why: 2016–2018 completed a run, and 2017–2019 another
    }

    [Fact]
    public void Accountability_ARunThatEndedBeforeTheYear_DoesNotStartItAgain()
    {
        // why: the scorecard's year must complete the run; 2016–2018 were already dealt with in 2018
        var card = Calculator.Calculate(ForestEvidenceBuilder.AllMet(year: 2019), new[] { new YearGrade(2016, Grade.Poor), new YearGrade(2017, Grade.Poor), new YearGrade(2018, Grade.Poor) });
        Assert.False(card.Accountability!.Triggered);
        Assert.Null(card.Accountability.TriggerYear);
        Assert.Empty(card.Accountability.ConsecutivePoorYears);
        Assert.Equal("2019 does not complete a run of 3 consecutive assessment years graded Poor (a missing year breaks a run); runs completed in 2018, followed by a better grade or a missing year, no longer trigger it", card.Accountability.Reason);
        Assert.Equal(new[] { 2018 }, card.Accountability.RunCompletedYears);
        Assert.Equal(2019, card.Accountability.AsOfYear);
        Assert.Equal(new[] { ConsequenceKind.PublicCommendation }, card.Consequences.Select(c => c.Kind));
    }

    [Fact]
    public void Accountability_WithoutAYear_IsAskedAsOfTheLatestYearGraded_ListingEveryCompletedRun()
    {
        // why: spec 07 G-b — the overload without a year answers as of the latest year graded (as the scorecard of that year would)
        var result = Calculator.CheckAccountability(UnitKind.Town, new[]
        {
            new YearGrade(2020, Grade.Poor), new YearGrade(2019, Grade.Poor), new YearGrade(2018, Grade.Poor), new YearGrade(2017, Grade.Poor), new YearGrade(2016, Grade.Good),
        });
        Assert.Equal(2020, result.AsOfYear);
        Assert.True(result.Triggered);
        Assert.Equal(2020, result.TriggerYear);
        Assert.Equal(new[] { 2018, 2019, 2020 }, result.ConsecutivePoorYears);
        Assert.Equal(new[] { 2019, 2020 }, result.RunCompletedYears);
        Assert.Equal("graded Poor in 3 consecutive assessment years (2018, 2019, 2020): the accountability mechanism starts in 2020", result.Reason);
    }

    [Fact]
    public void Accountability_PoorYearsAfterAGap_StartANewRun()
    {
        var broken = Calculator.CheckAccountability(UnitKind.Town, new[] { new YearGrade(2016, Grade.Poor), new YearGrade(2018, Grade.Poor), new YearGrade(2019, Grade.Poor) });
        Assert.False(broken.Triggered);
        Assert.Equal("2019 does not complete a run of 3 consecutive assessment years graded Poor (a missing year breaks a run)", broken.Reason);

        var restarted = Calculator.CheckAccountability(UnitKind.Town, new[] { new YearGrade(2016, Grade.Poor), new YearGrade(2018, Grade.Poor), new YearGrade(2019, Grade.Poor), new YearGrade(2020, Grade.Poor) });
        Assert.Equal(new[] { 2018, 2019, 2020 }, restarted.ConsecutivePoorYears);
    }

    [Fact]
    public void DueDates_FollowTheParameters_AndTheInspectionIsDueOnTheLastDayOfItsMonth()
    {
        var calc = new ForestAssessmentCalculator(ForestAssessmentParameters.Gazette2017 with
        {
            Version = "what-if-february", SelfReportDueMonth = 2, SelfReportDueDay = 28, InspectionDueMonth = 2,
        });
        var card2019 = calc.Calculate(ForestEvidenceBuilder.AllMet(year: 2019));
        Assert.Equal(new LocalDate(2020, 2, 28), card2019.SelfReportDue);
        Assert.Equal(new LocalDate(2020, 2, 29), card2019.InspectionDue);   // why: 2020 is a leap year
        Assert.Equal(new LocalDate(2019, 2, 28), calc.Calculate(ForestEvidenceBuilder.AllMet(year: 2018)).InspectionDue);

        var gazette = Calculator.Calculate(ForestEvidenceBuilder.AllMet(year: 2020));
        Assert.Equal(new LocalDate(2021, 3, 31), gazette.SelfReportDue);
        Assert.Equal(new LocalDate(2021, 5, 31), gazette.InspectionDue);
        Assert.Equal(2020, gazette.Year);
        Assert.Equal(100m, gazette.MaximumScore);
        Assert.Equal("gazette-2017", gazette.Provenance.ParametersVersion);
        Assert.Equal(new LocalDate(2017, 7, 7), gazette.Provenance.ParametersInForceFrom);
    }

    [Fact]
    public void Parts_AreListedInNumberOrder_WhateverTheParametersOrder()
    {
        var p = ForestAssessmentParameters.Gazette2017;
        var calc = new ForestAssessmentCalculator(p with { Version = "parts-reversed", Parts = p.Parts.Reverse().ToArray() });
        var card = calc.Calculate(ForestEvidenceBuilder.AllMetExcept(ScorecardRow.Tending));
        Assert.Equal(
            new[]
            {
                new PartSubtotal(1, "资金投入和队伍建设", 25m, 25m),
                new PartSubtotal(2, "森林资源保护管理和利用", 50m, 50m),
                new PartSubtotal(3, "森林经营与抚育管理", 25m, 20m),
            },
            card.Parts);
    }

    [Fact]
    public void GradeLine_NamesEachGradeInChinese()
    {
        var fair = Calculator.Calculate(ForestEvidenceBuilder.AllMetExcept(ScorecardRow.Funding, ScorecardRow.GrowingStockGrowth, ScorecardRow.CoverageGrowth));
        Assert.Equal("75 in [60, 80) → Fair → 中等", fair.Lines[22].Arithmetic);
        Assert.Empty(fair.Consequences);
        var good = Calculator.Calculate(ForestEvidenceBuilder.AllMetExcept(ScorecardRow.Funding, ScorecardRow.GrowingStockGrowth));
        Assert.Equal("80 in [80, 90) → Good → 良好", good.Lines[22].Arithmetic);
        var farm = Calculator.Calculate(PoorTown(2018) with { Kind = UnitKind.ForestFarm });
        Assert.Equal("forest farm graded 差: no 附件2 二 consequence", farm.Lines[23].Arithmetic);
    }
}
