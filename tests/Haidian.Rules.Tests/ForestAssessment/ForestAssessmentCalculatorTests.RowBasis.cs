using Haidian.Rules.ForestAssessment;

namespace Haidian.Rules.Tests.ForestAssessment;

/// <summary>Each row's basis and citation word for word when met at its threshold, missed by one step, and without a task.</summary>
public sealed partial class ForestAssessmentCalculatorTests
{
    private static readonly string[] Articles =
    {
        "附件2 一（二）(1)", "附件2 一（二）(2)", "附件2 一（二）(2)", "附件2 一（二）(3)", "附件2 一（二）(3)",
        "附件2 一（二）(4)、一（三）4", "附件2 一（二）(4)", "附件2 一（二）(4)",
        "附件2 一（二）(5)、一（三）5", "附件2 一（二）(5)", "附件2 一（二）(5)",
        "附件2 一（二）(6)", "附件2 一（二）(7)、一（三）1", "附件2 一（二）(8)", "附件2 一（二）(9)、一（三）7", "附件2 一（二）(10)、一（三）8",
        "附件2 一（二）(11)", "附件2 一（二）(12)、一（三）2", "附件2 一（二）(12)、一（三）6", "附件2 一（二）(13)、一（三）3", "附件2 一（二）(14)",
    };

    private static void AssertRows(Scorecard card, string[] bases, decimal?[] rates)
    {
        Assert.Equal(bases, card.Rows.Select(r => r.Basis));
        Assert.Equal(Articles, card.Rows.Select(r => r.Citation.Article));
        Assert.All(card.Rows, r => Assert.Equal("海政发〔2017〕24号", r.Citation.DocumentNumber));
        Assert.Equal(rates, card.Rows.Select(r => r.RatePercent));
    }

    [Fact]
    public void Basis_EveryRowMetAtItsThreshold()
    {
        var card = Calculator.Calculate(ForestEvidenceBuilder.AllMet());
        AssertRows(
            card,
            new[]
            {
                "fixed funding, used as approved",
                "management body established",
                "management responsibility assigned",
                "protection team established",
                "professional equipment with a dedicated maintainer",
                "采伐发证率 = 120 ÷ 120 × 100% = 100.00% ≥ 100%",
                "harvested 120 m³ ≤ quota 120 m³",
                "0 illegal logging cases",
                "占用林地审核率 = (7 + 3) ÷ 10 × 100% = 100.00% ≥ 100%",
                "2 of 2 illegal-use cases handled lawfully",
                "forest-land area 1000.0001 ha > last year's 1000 ha",
                "growing stock 50000.0001 m³ > last year's 50000 m³",
                "森林覆盖率 = (12000 + 500) ÷ 43000 × 100% = 29.07%; last year (11999.9999 + 500) ÷ 43000 × 100% = 29.07%; grew (compared exactly)",
                "use follows the forest-land protection and use plan",
                "林权纠纷调处率 = 4 ÷ (2 + 3) × 100% = 80.00% ≥ 80%",
                "生态公益林管护率 = 500 ÷ 500 × 100% = 100.00% ≥ 100%",
                "forest management plan compiled",
                "carried out as planned; 人工造林完成率 = 85 ÷ 100 × 100% = 85.00% ≥ 85%; 合格率 = 85 ÷ 100 × 100% = 85.00% ≥ 85%",
                "更新率 = 3 ÷ 3 × 100% = 100.00% ≥ 100%; 更新核实率 = 20 ÷ 20 × 100% = 100.00% ≥ 100%; 更新合格率 = 30 ÷ 30 × 100% = 100.00% ≥ 100%",
                "森林抚育任务完成率 = 200 ÷ 200 × 100% = 100.00% ≥ 100%",
                "占一还一: restored 5 ha ≥ 1 × occupied 5 ha",
            },
            new decimal?[] { null, null, null, null, null, 100m, null, null, 100m, null, null, null, 29.07m, null, 80m, 100m, null, 85m, 100m, 100m, null });
        Assert.Equal("(1) row 1 森林发展和保护资金投入", card.Lines[0].Subject);
        Assert.Equal("fixed funding, used as approved; met → 10 of 10", card.Lines[0].Arithmetic);
    }

    [Fact]
    public void Basis_EveryRowMissedByOneStep()
    {
        // why: each rate is just under its threshold but shows as 100.00% or 85.00% once rounded for display; the verdict compares exactly
        var card = Calculator.Calculate(ForestEvidenceBuilder.Build(Enumerable.Repeat(RowCase.JustBelow, 21).ToArray()));
        AssertRows(
            card,
            new[]
            {
                "fixed funding, but not used strictly as approved",
                "not: management body established",
                "not: management responsibility assigned",
                "not: protection team established",
                "not: professional equipment with a dedicated maintainer",
                "采伐发证率 = 119.9999 ÷ 120 × 100% = 100.00% < 100%",
                "harvested 120 m³ > quota 119.9999 m³",
                "1 illegal logging cases",
                "占用林地审核率 = (7 + 2.9999) ÷ 10 × 100% = 100.00% < 100%",
                "1 of 2 illegal-use cases handled lawfully",
                "forest-land area 1000 ha ≤ last year's 1000 ha",
                "growing stock 50000 m³ ≤ last year's 50000 m³",
                "森林覆盖率 = (12000 + 500) ÷ 43000 × 100% = 29.07%; last year (24000 + 1000) ÷ 86000 × 100% = 29.07%; did not grow (compared exactly)",
                "not: use follows the forest-land protection and use plan",
                "林权纠纷调处率 = 3 ÷ (2 + 3) × 100% = 60.00% < 80%",
                "生态公益林管护率 = 499.9999 ÷ 500 × 100% = 100.00% < 100%",
                "not: forest management plan compiled",
                "carried out as planned; 人工造林完成率 = 85 ÷ 100 × 100% = 85.00% ≥ 85%; 合格率 = 84.9999 ÷ 100 × 100% = 85.00% < 85%",
                "更新率 = 3 ÷ 3 × 100% = 100.00% ≥ 100%; 更新核实率 = 19.9999 ÷ 20 × 100% = 100.00% < 100%; 更新合格率 = 30 ÷ 30 × 100% = 100.00% ≥ 100%",
                "森林抚育任务完成率 = 199.9999 ÷ 200 × 100% = 100.00% < 100%",
                "占一还一: restored 4.9999 ha < 1 × occupied 5 ha",
            },
            new decimal?[] { null, null, null, null, null, 100m, null, null, 100m, null, null, null, 29.07m, null, 60m, 100m, null, 85m, 100m, 100m, null });
        Assert.All(card.Rows, r => Assert.Equal(RowVerdict.NotMet, r.Verdict));
        Assert.Equal("fixed funding, but not used strictly as approved; not met → 0 of 10", card.Lines[0].Arithmetic);
        Assert.Equal("0 + 0 + 0 = 0 of 100", card.Lines[21].Arithmetic);
        Assert.Equal("0 in [0, 60) → Poor → 差", card.Lines[22].Arithmetic);
        Assert.Equal("[0, 60) → Poor", card.GradeBand);
    }

    [Fact]
    public void Basis_EveryRowWithoutATask_OrClearlyMet()
    {
        var card = Calculator.Calculate(ForestEvidenceBuilder.Build(Enumerable.Repeat(RowCase.NoTaskOrClear, 21).ToArray()));
        AssertRows(
            card,
            new[]
            {
                "fixed funding, used as approved",
                "management body established",
                "management responsibility assigned",
                "protection team established",
                "professional equipment with a dedicated maintainer",
                "采伐发证率 = 150 ÷ 120 × 100% = 125.00% ≥ 100%",
                "harvested 120 m³ ≤ quota 200 m³",
                "0 illegal logging cases",
                "no forest land occupied: nothing to approve",
                "no illegal forest-land use cases",
                "forest-land area 1100 ha > last year's 1000 ha",
                "growing stock 52000 m³ > last year's 50000 m³",
                "森林覆盖率 = (12500 + 500) ÷ 43000 × 100% = 30.23%; last year (12000 + 500) ÷ 43000 × 100% = 29.07%; grew",
                "use follows the forest-land protection and use plan",
                "no forest-right disputes (backlog 0, new 0)",
                "no public-welfare forest retained",
                "forest management plan compiled",
                "no afforestation task",
                "no regeneration task and nothing regenerated: 「无迹地更新任务不扣分」",
                "no tending task",
                "no vegetation-restoration task: 「无植被恢复任务不扣分」",
            },
            new decimal?[] { null, null, null, null, null, 125m, null, null, null, null, null, null, 30.23m, null, null, null, null, null, null, null, null });
        Assert.Equal("(5) row 5a 严格林地保护，不出现违法使用林地情况", card.Lines[8].Subject);
        Assert.Equal("占用林地审核率100%。", card.Lines[8].Rule);
        Assert.Equal("no forest land occupied: nothing to approve; no task, met → 5 of 5", card.Lines[8].Arithmetic);
        Assert.Equal(5m, card.Lines[8].Amount);
    }

    [Fact]
    public void Basis_NothingHarvested_And_NoFixedFunding()
    {
        var card = Calculator.Calculate(ForestEvidenceBuilder.AllMet() with { Harvest = new HarvestEvidence(), Funding = new FundingEvidence() });
        var funding = RowOf(card, ScorecardRow.Funding);
        Assert.Equal("no fixed funding: 「无资金投入为0分」", funding.Basis);
        Assert.Equal("附件2 一（二）(1)", funding.Citation.Article);
        Assert.Equal(RowVerdict.NotMet, funding.Verdict);
        var permitted = RowOf(card, ScorecardRow.HarvestPermitted);
        Assert.Equal("nothing harvested: no volume to permit", permitted.Basis);
        Assert.Equal("附件2 一（二）(4)、一（三）4", permitted.Citation.Article);
        Assert.Equal(RowVerdict.NoTask, permitted.Verdict);
        Assert.Equal("harvested 0 m³ ≤ quota 0 m³", RowOf(card, ScorecardRow.HarvestWithinQuota).Basis);
    }

    [Fact]
    public void Coverage_IsComparedAsRates_NotAsAreas()
    {
        // why: 10 ÷ 100 = 10% this year beats 12 ÷ 200 = 6% last year, though the area shrank and the land doubled last year
        var good = ForestEvidenceBuilder.AllMet();
        var evidence = good with
        {
            Resources = good.Resources with
            {
                ForestedArea = 10m, SpecialShrubArea = 0m, TotalLandArea = 100m,
                ForestedAreaLastYear = 12m, SpecialShrubAreaLastYear = 0m, TotalLandAreaLastYear = 200m,
            },
        };
        var row = RowOf(Calculator.Calculate(evidence), ScorecardRow.CoverageGrowth);
        Assert.Equal(RowVerdict.Met, row.Verdict);
        Assert.Equal("森林覆盖率 = (10 + 0) ÷ 100 × 100% = 10.00%; last year (12 + 0) ÷ 200 × 100% = 6.00%; grew", row.Basis);

        var shrank = evidence with { Resources = evidence.Resources with { TotalLandArea = 200m, TotalLandAreaLastYear = 100m } };
        var lost = RowOf(Calculator.Calculate(shrank), ScorecardRow.CoverageGrowth);
        Assert.Equal(RowVerdict.NotMet, lost.Verdict);
        Assert.Equal("森林覆盖率 = (10 + 0) ÷ 200 × 100% = 5.00%; last year (12 + 0) ÷ 100 × 100% = 12.00%; did not grow", lost.Basis);
        Assert.Equal(5m, lost.RatePercent);
    }

    [Fact]
    public void Coverage_CountsTheDesignatedShrubLand()
    {
        // why: 森林覆盖率 = (有林地 + 灌木林) ÷ 土地总面积; 40 + 10 this year beats 45 + 0 last year
        var good = ForestEvidenceBuilder.AllMet();
        var evidence = good with
        {
            Resources = good.Resources with
            {
                ForestedArea = 40m, SpecialShrubArea = 10m, TotalLandArea = 100m,
                ForestedAreaLastYear = 45m, SpecialShrubAreaLastYear = 0m, TotalLandAreaLastYear = 100m,
            },
        };
        var row = RowOf(Calculator.Calculate(evidence), ScorecardRow.CoverageGrowth);
        Assert.Equal(RowVerdict.Met, row.Verdict);
        Assert.Equal(50m, row.RatePercent);

        var lastYearShrub = evidence with { Resources = evidence.Resources with { ForestedAreaLastYear = 40m, SpecialShrubAreaLastYear = 10.0001m } };
        Assert.Equal(RowVerdict.NotMet, RowOf(Calculator.Calculate(lastYearShrub), ScorecardRow.CoverageGrowth).Verdict);
    }

    [Fact]
    public void Regeneration_TheLowestOfItsRatesIsShown_AndAnyMissedRateLosesTheRow()
    {
        var evidence = ForestEvidenceBuilder.AllMet() with
        {
            Regeneration = new RegenerationEvidence { CasesDue = 4, CasesRegenerated = 4, BacklogArea = 20m, BacklogVerifiedArea = 20m, RegeneratedArea = 40m, QualifiedArea = 30m },
        };
        var row = RowOf(Calculator.Calculate(evidence), ScorecardRow.Regeneration);
        Assert.Equal(RowVerdict.NotMet, row.Verdict);
        Assert.Equal(75m, row.RatePercent);
        Assert.Equal("更新率 = 4 ÷ 4 × 100% = 100.00% ≥ 100%; 更新核实率 = 20 ÷ 20 × 100% = 100.00% ≥ 100%; 更新合格率 = 30 ÷ 40 × 100% = 75.00% < 100%", row.Basis);

        var first = evidence with { Regeneration = evidence.Regeneration with { CasesRegenerated = 3, QualifiedArea = 40m } };
        var firstRow = RowOf(Calculator.Calculate(first), ScorecardRow.Regeneration);
        Assert.Equal(RowVerdict.NotMet, firstRow.Verdict);
        Assert.Equal(75m, firstRow.RatePercent);
    }

    [Fact]
    public void Regeneration_CasesDueWithoutBacklogOrRegeneratedArea_IsDecidedByTheCasesAlone()
    {
        var evidence = ForestEvidenceBuilder.AllMet() with { Regeneration = new RegenerationEvidence { CasesDue = 2, CasesRegenerated = 1 } };
        var row = RowOf(Calculator.Calculate(evidence), ScorecardRow.Regeneration);
        Assert.Equal(RowVerdict.NotMet, row.Verdict);
        Assert.Equal(50m, row.RatePercent);
        Assert.Equal(
            "更新率 = 1 ÷ 2 × 100% = 50.00% < 100%; 更新核实率: nothing to count (0 ÷ 0), not applicable; 更新合格率: nothing to count (0 ÷ 0), not applicable",
            row.Basis);
    }

    [Fact]
    public void Restoration_AWhatIfRatioOfTwo_OwesTwiceTheOccupiedArea()
    {
        var calc = new ForestAssessmentCalculator(ForestAssessmentParameters.Gazette2017 with { Version = "what-if-ratio-2", RestorationRatio = 2m });
        var good = ForestEvidenceBuilder.AllMet();
        var exactly = RowOf(calc.Calculate(good with { Restoration = new RestorationEvidence { OccupiedArea = 5m, RestoredArea = 10m } }), ScorecardRow.VegetationRestoration);
        Assert.Equal(RowVerdict.Met, exactly.Verdict);
        Assert.Equal("占一还一: restored 10 ha ≥ 2 × occupied 5 ha", exactly.Basis);
        var short1 = RowOf(calc.Calculate(good with { Restoration = new RestorationEvidence { OccupiedArea = 5m, RestoredArea = 9.9999m } }), ScorecardRow.VegetationRestoration);
        Assert.Equal(RowVerdict.NotMet, short1.Verdict);
        Assert.Equal("占一还一: restored 9.9999 ha < 2 × occupied 5 ha", short1.Basis);
    }

    [Fact]
    public void Afforestation_NotCarriedOutAsPlanned_SaysSo()
    {
        var good = ForestEvidenceBuilder.AllMet();
        var row = RowOf(Calculator.Calculate(good with { Afforestation = good.Afforestation with { CarriedOutAsPlanned = false } }), ScorecardRow.Afforestation);
        Assert.Equal("not carried out as planned; 人工造林完成率 = 85 ÷ 100 × 100% = 85.00% ≥ 85%; 合格率 = 85 ÷ 100 × 100% = 85.00% ≥ 85%", row.Basis);
    }
}
