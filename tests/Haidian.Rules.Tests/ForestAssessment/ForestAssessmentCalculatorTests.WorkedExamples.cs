using Haidian.Rules.ForestAssessment;

namespace Haidian.Rules.Tests.ForestAssessment;

/// <summary>Spec 04 worked examples G1–G10, each a named sentence with the exact scores and grades.</summary>
public sealed partial class ForestAssessmentCalculatorTests
{
    private static readonly ForestAssessmentCalculator Calculator = new();

    private static RowResult RowOf(Scorecard card, ScorecardRow row) => card.Rows.Single(r => r.Row == row);

    [Fact]
    public void G1_AllRowsMet_Scores100_Excellent_AndTheTownIsCommended()
    {
        var card = Calculator.Calculate(ForestEvidenceBuilder.AllMet());
        Assert.Equal(100m, card.Total);
        Assert.Equal(Grade.Excellent, card.Grade);
        Assert.Equal(21, card.Rows.Count);
        Assert.All(card.Rows, r => Assert.Equal(RowVerdict.Met, r.Verdict));
        Assert.Equal(new[] { 25m, 50m, 25m }, card.Parts.Select(p => p.PointsGiven));
        Assert.Equal(new[] { 25m, 50m, 25m }, card.Parts.Select(p => p.PointsAvailable));
        Assert.Equal(ConsequenceKind.PublicCommendation, Assert.Single(card.Consequences).Kind);
    }

    [Fact]
    public void G2_FundingAndStockNotMet_Scores80_Good()
    {
        var card = Calculator.Calculate(ForestEvidenceBuilder.AllMetExcept(ScorecardRow.Funding, ScorecardRow.GrowingStockGrowth));
        Assert.Equal(80m, card.Total);
        Assert.Equal(Grade.Good, card.Grade);
        Assert.Equal(15m, card.Parts[0].PointsGiven);
        Assert.Equal(40m, card.Parts[1].PointsGiven);
        Assert.Empty(card.Consequences);
    }

    [Fact]
    public void G3_FundingStockAndCoverageNotMet_Scores75_Fair()
    {
        var card = Calculator.Calculate(ForestEvidenceBuilder.AllMetExcept(ScorecardRow.Funding, ScorecardRow.GrowingStockGrowth, ScorecardRow.CoverageGrowth));
        Assert.Equal(75m, card.Total);
        Assert.Equal(Grade.Fair, card.Grade);
        Assert.Equal(RowVerdict.NotMet, RowOf(card, ScorecardRow.CoverageGrowth).Verdict);
    }

    [Fact]
    public void G4_OnlyFundingNotMet_Scores90_WhichIsExcellent()
    {
        var card = Calculator.Calculate(ForestEvidenceBuilder.AllMetExcept(ScorecardRow.Funding));
        Assert.Equal(90m, card.Total);
        Assert.Equal(Grade.Excellent, card.Grade);   // 90 is in both 「90分以上」 and 「80-90分」: the higher band wins
        Assert.Equal("[90, 100] → Excellent", card.GradeBand);
    }

    [Theory]
    [InlineData(4, RowVerdict.Met, 5, 80)]     // 4 ÷ (2 + 3) = 80%: 「80%以上」 includes 80
    [InlineData(3, RowVerdict.NotMet, 0, 60)]  // 3 ÷ 5 = 60%: row 9 lost
    public void G5_DisputesBacklog2New3_ResolvedDecidesRow9(int resolved, RowVerdict verdict, int points, int rate)
    {
        var evidence = ForestEvidenceBuilder.AllMet() with { Disputes = new DisputeEvidence { Backlog = 2, New = 3, Resolved = resolved } };
        var card = Calculator.Calculate(evidence);
        var row = RowOf(card, ScorecardRow.DisputeResolution);
        Assert.Equal(verdict, row.Verdict);
        Assert.Equal(points, row.PointsGiven);
        Assert.Equal(rate, row.RatePercent);
        Assert.Equal(95m + points, card.Total);
    }

    [Fact]
    public void G6_AfforestationTask100_Completed85Qualified84_LosesRow12a()
    {
        var evidence = ForestEvidenceBuilder.AllMet() with
        {
            Afforestation = new AfforestationEvidence { CarriedOutAsPlanned = true, TaskArea = 100m, CompletedArea = 85m, QualifiedArea = 84m },
        };
        var card = Calculator.Calculate(evidence);
        var row = RowOf(card, ScorecardRow.Afforestation);
        Assert.Equal(RowVerdict.NotMet, row.Verdict);
        Assert.Equal(0m, row.PointsGiven);
        Assert.Equal(84m, row.RatePercent);
        Assert.Contains("85.00% ≥ 85%", row.Basis, StringComparison.Ordinal);
        Assert.Contains("84.00% < 85%", row.Basis, StringComparison.Ordinal);
        Assert.Equal(95m, card.Total);
    }

    [Fact]
    public void G7_TownPoorIn2016_2017_2018_StartsAccountability()
    {
        var result = Calculator.CheckAccountability(UnitKind.Town, new[] { new YearGrade(2016, Grade.Poor), new YearGrade(2017, Grade.Poor), new YearGrade(2018, Grade.Poor) });
        Assert.True(result.Triggered);
        Assert.Equal(2018, result.TriggerYear);
        Assert.Equal(new[] { 2016, 2017, 2018 }, result.ConsecutivePoorYears);
    }

    [Fact]
    public void G7_TownPoorFairPoorPoor_DoesNotStartAccountability()
    {
        var result = Calculator.CheckAccountability(UnitKind.Town, new[]
        {
            new YearGrade(2016, Grade.Poor), new YearGrade(2017, Grade.Fair), new YearGrade(2018, Grade.Poor), new YearGrade(2019, Grade.Poor),
        });
        Assert.False(result.Triggered);
        Assert.Empty(result.ConsecutivePoorYears);
    }

    [Fact]
    public void G7_TownPoorWith2017Missing_DoesNotStartAccountability()
    {
        // why: a missing assessment year breaks the run (「连续3年」 counts consecutive assessment years)
        var result = Calculator.CheckAccountability(UnitKind.Town, new[] { new YearGrade(2019, Grade.Poor), new YearGrade(2016, Grade.Poor), new YearGrade(2018, Grade.Poor) });
        Assert.False(result.Triggered);
    }

    [Fact]
    public void G7_ForestFarmPoorThreeYears_IsGradedButNoTownAccountability()
    {
        var history = new[] { new YearGrade(2016, Grade.Poor), new YearGrade(2017, Grade.Poor), new YearGrade(2018, Grade.Poor) };
        Assert.False(Calculator.CheckAccountability(UnitKind.ForestFarm, history).Triggered);

        var poor = ForestEvidenceBuilder.Build(Enumerable.Repeat(RowCase.JustBelow, 21).ToArray(), 2019, "西山林场", UnitKind.ForestFarm);
        var card = Calculator.Calculate(poor, history);
        Assert.Equal(0m, card.Total);
        Assert.Equal(Grade.Poor, card.Grade);
        Assert.Empty(card.Consequences);
        Assert.False(card.Accountability!.Triggered);
    }

    [Fact]
    public void G7_TownThirdPoorYearInTheScorecard_AddsAccountabilityToCriticism()
    {
        var poor = ForestEvidenceBuilder.Build(Enumerable.Repeat(RowCase.JustBelow, 21).ToArray(), 2018);
        var card = Calculator.Calculate(poor, new[] { new YearGrade(2016, Grade.Poor), new YearGrade(2017, Grade.Poor) });
        Assert.Equal(
            new[] { ConsequenceKind.PublicCriticism, ConsequenceKind.RectificationReport, ConsequenceKind.Accountability },
            card.Consequences.Select(c => c.Kind));
        Assert.Equal(new[] { 2016, 2017, 2018 }, card.Accountability!.ConsecutivePoorYears);
    }

    [Fact]
    public void G8_59IsPoor_60IsFair()
    {
        Assert.Equal(Grade.Poor, Calculator.GradeOf(2018, 59m));
        Assert.Equal(Grade.Fair, Calculator.GradeOf(2018, 60m));
        Assert.Equal(Grade.Poor, Calculator.GradeOf(2018, 59.99m));
        Assert.Equal(Grade.Fair, Calculator.GradeOf(2018, 79.5m));   // why: the text leaves (79, 80) open; it belongs to 中等
        Assert.Equal(Grade.Good, Calculator.GradeOf(2018, 80m));
        Assert.Equal(Grade.Good, Calculator.GradeOf(2018, 89.99m));
    }

    [Fact]
    public void G8_AScorecardOf60IsFair_And59IsPoorWithCriticismAndRectification()
    {
        var lost40 = new[]
        {
            ScorecardRow.Funding, ScorecardRow.GrowingStockGrowth, ScorecardRow.HarvestPermitted,
            ScorecardRow.OccupiedLandApproval, ScorecardRow.CoverageGrowth, ScorecardRow.RationalUse,
        };
        var sixty = Calculator.Calculate(ForestEvidenceBuilder.AllMetExcept(lost40));
        Assert.Equal(60m, sixty.Total);
        Assert.Equal(Grade.Fair, sixty.Grade);
        Assert.Empty(sixty.Consequences);

        var fiftyNine = Calculator.Calculate(ForestEvidenceBuilder.AllMetExcept(lost40) with
        {
            Awards = new[] { new InspectorAward(ScorecardRow.ProtectionTeam, 2m, "team exists but is understaffed") },
        });
        Assert.Equal(59m, fiftyNine.Total);
        Assert.Equal(Grade.Poor, fiftyNine.Grade);
        Assert.Equal(new[] { ConsequenceKind.PublicCriticism, ConsequenceKind.RectificationReport }, fiftyNine.Consequences.Select(c => c.Kind));
    }

    [Fact]
    public void G9_Coverage_12000Plus500Over43000_Is29_07Percent()
    {
        var card = Calculator.Calculate(ForestEvidenceBuilder.AllMet());
        var row = RowOf(card, ScorecardRow.CoverageGrowth);
        Assert.Equal(29.07m, row.RatePercent);
        Assert.Contains("(12000 + 500) ÷ 43000 × 100% = 29.07%", row.Basis, StringComparison.Ordinal);
        Assert.Equal(RowVerdict.Met, row.Verdict);   // why: last year was 0.0001 ha less; both show 29.07%, compared exactly
        Assert.Contains("compared exactly", row.Basis, StringComparison.Ordinal);
    }

    [Fact]
    public void G10_InspectorAwardsFunding6Of10_Scores96_Excellent_ShowingComputedNotMet()
    {
        var evidence = ForestEvidenceBuilder.AllMetExcept(ScorecardRow.Funding) with
        {
            Awards = new[] { new InspectorAward(ScorecardRow.Funding, 6m, "funding exists but part was used outside the approval") },
        };
        var card = Calculator.Calculate(evidence);
        var row = RowOf(card, ScorecardRow.Funding);
        Assert.Equal(RowVerdict.NotMet, row.Verdict);
        Assert.Equal(0m, row.ComputedPoints);
        Assert.Equal(6m, row.PointsGiven);
        Assert.Equal("funding exists but part was used outside the approval", row.AwardReason);
        Assert.Equal(96m, card.Total);
        Assert.Equal(90m, card.ComputedTotal);
        Assert.Equal(Grade.Excellent, card.Grade);
    }
}
