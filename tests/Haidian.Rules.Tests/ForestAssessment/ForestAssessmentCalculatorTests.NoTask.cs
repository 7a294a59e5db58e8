using Haidian.Rules.ForestAssessment;

namespace Haidian.Rules.Tests.ForestAssessment;

/// <summary>The "no task → met" readings and the edges of each formula of 附件2 一（三）.</summary>
public sealed partial class ForestAssessmentCalculatorTests
{
    [Fact]
    public void NoTaskRows_AreMetWithFullPoints_AndSayNoTask()
    {
        var cases = new RowCase[21];
        foreach (var r in ForestEvidenceBuilder.RowsWithTasks)
        {
            cases[(int)r] = RowCase.NoTaskOrClear;
        }

        var card = Calculator.Calculate(ForestEvidenceBuilder.Build(cases));
        Assert.Equal(100m, card.Total);
        Assert.Equal(ForestEvidenceBuilder.RowsWithTasks.OrderBy(r => r), card.Rows.Where(r => r.Verdict == RowVerdict.NoTask).Select(r => r.Row));
        Assert.All(card.Rows.Where(r => r.Verdict == RowVerdict.NoTask), r => Assert.Null(r.RatePercent));
    }

    [Fact]
    public void HarvestPermitted_NothingHarvested_IsNoTask_AndHarvestingLessThanPermittedIsMet()
    {
        var good = ForestEvidenceBuilder.AllMet();
        var none = Calculator.Calculate(good with { Harvest = new HarvestEvidence() });
        Assert.Equal(RowVerdict.NoTask, RowOf(none, ScorecardRow.HarvestPermitted).Verdict);
        Assert.Equal(RowVerdict.Met, RowOf(none, ScorecardRow.HarvestWithinQuota).Verdict);   // why: 0 ≤ quota 0

        var less = Calculator.Calculate(good with { Harvest = good.Harvest with { ActualVolume = 80m, PermittedVolume = 100m } });
        var row = RowOf(less, ScorecardRow.HarvestPermitted);
        Assert.Equal(RowVerdict.Met, row.Verdict);
        Assert.Equal(125m, row.RatePercent);
    }

    [Fact]
    public void OccupiedLandApproval_CountsMunicipalStateAndDistrictTemporaryApprovals()
    {
        var card = Calculator.Calculate(ForestEvidenceBuilder.AllMet());
        var row = RowOf(card, ScorecardRow.OccupiedLandApproval);
        Assert.Equal(100m, row.RatePercent);
        Assert.Equal("占用林地审核率 = (7 + 3) ÷ 10 × 100% = 100.00% ≥ 100%", row.Basis);
        Assert.Equal("海政发〔2017〕24号", row.Citation.DocumentNumber);
        Assert.Equal("附件2 一（二）(5)、一（三）5", row.Citation.Article);
    }

    [Fact]
    public void IllegalLandUse_CasesAllHandledLawfully_IsMet()
    {
        var card = Calculator.Calculate(ForestEvidenceBuilder.AllMet());
        Assert.Equal("2 of 2 illegal-use cases handled lawfully", RowOf(card, ScorecardRow.IllegalLandUse).Basis);
    }

    [Fact]
    public void Regeneration_ARateWithNothingToCount_IsNotApplicable_TheOthersDecide()
    {
        var evidence = ForestEvidenceBuilder.AllMet() with
        {
            Regeneration = new RegenerationEvidence { CasesDue = 0, BacklogArea = 12m, BacklogVerifiedArea = 12m },
        };
        var row = RowOf(Calculator.Calculate(evidence), ScorecardRow.Regeneration);
        Assert.Equal(RowVerdict.Met, row.Verdict);
        Assert.Contains("更新率: nothing to count", row.Basis, StringComparison.Ordinal);
        Assert.Contains("更新核实率 = 12 ÷ 12 × 100% = 100.00% ≥ 100%", row.Basis, StringComparison.Ordinal);
    }

    [Fact]
    public void Afforestation_NotCarriedOutAsPlanned_LosesTheRowEvenWithBothRatesMet()
    {
        var good = ForestEvidenceBuilder.AllMet();
        var card = Calculator.Calculate(good with { Afforestation = good.Afforestation with { CarriedOutAsPlanned = false } });
        Assert.Equal(RowVerdict.NotMet, RowOf(card, ScorecardRow.Afforestation).Verdict);
    }

    [Fact]
    public void Funding_NoFixedFunding_ScoresZero_AndSaysSo()
    {
        var card = Calculator.Calculate(ForestEvidenceBuilder.AllMet() with { Funding = new FundingEvidence { UsedAsApproved = true } });
        var row = RowOf(card, ScorecardRow.Funding);
        Assert.Equal(0m, row.PointsGiven);
        Assert.Contains("无资金投入为0分", row.Basis, StringComparison.Ordinal);
    }

    [Fact]
    public void TargetTasksNotCompleted_CriticisesAndHoldsAccountable_WhateverTheGrade_ForestFarmsToo()
    {
        var card = Calculator.Calculate(ForestEvidenceBuilder.AllMet(unit: "西山林场", kind: UnitKind.ForestFarm) with { TargetTasksNotCompleted = true });
        Assert.Equal(Grade.Excellent, card.Grade);
        var c = Assert.Single(card.Consequences);
        Assert.Equal(ConsequenceKind.TargetsNotCompleted, c.Kind);
        Assert.Equal("三（二）", c.Citation.Article);
    }

    [Fact]
    public void Lines_OnePerRowPlusTotalAndGrade_AddUpToTheTotal()
    {
        var card = Calculator.Calculate(ForestEvidenceBuilder.AllMetExcept(ScorecardRow.Tending));
        Assert.Equal(23, card.Lines.Count);
        Assert.Equal(card.Total, card.Lines.Take(21).Sum(l => l.Amount));
        Assert.Equal("25 + 50 + 20 = 95 of 100", card.Lines[21].Arithmetic);
        Assert.Equal("95 in [90, 100] → Excellent → 优秀", card.Lines[22].Arithmetic);
    }
}
