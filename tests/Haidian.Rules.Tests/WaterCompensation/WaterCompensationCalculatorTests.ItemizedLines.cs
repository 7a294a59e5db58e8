using Haidian.Rules.WaterCompensation;

namespace Haidian.Rules.Tests.WaterCompensation;

/// <summary>
/// The itemized path's bill lines, text for text: subject, rule, arithmetic, amount and article of every line, for each
/// kind of line (owed, surcharge, 劣V not above the threshold, standard met, indicator ignored, dry, total).
/// </summary>
public sealed partial class WaterCompensationCalculatorTests
{
    /// <summary>
    /// A calculator built inside the test: its compiled rules and cached texts are created while the test runs, so a
    /// change to how they are built shows here (the shared <see cref="Calculator"/> built them once, before).
    /// </summary>
    private static WaterCompensationCalculator Fresh() => new(WaterCompensationParameters.Gazette2017);

    /// <summary>A line as one comparable text: "subject | rule | arithmetic | amount | article".</summary>
    private static string[] Render(SectionMonthResult result) =>
        result.Lines.Select(l => $"{l.Subject} | {l.Rule} | {l.Arithmetic} | {ItemizeTexts.Amount(l.Amount)} | {l.Citation.Article}").ToArray();

    [Fact]
    public void Calculate_W1WithSectionId_PrintsEveryLineWithTheIdFirst()
    {
        Assert.Equal(
            new[]
            {
                "S1 COD 化学需氧量 outflow 52 mg/L, no inflow → 劣V (6) (> class V limit 40, GB 3838-2002); target IV | 第八条（一） (no inflow): 30,000 yuan per class worse per month | (6 − 4) × 30,000 = 60,000 | 60,000 | 第八条（一）",
                "S1 COD 化学需氧量 52 mg/L is 劣V and above 40 | 第八条（一） 追加补偿金: 30,000 yuan per 10 mg/L or part (以内（含）) above 40 (大于) | ceil((52 − 40) ÷ 10) = 2 step(s) × 30,000 = 60,000 | 60,000 | 第八条（一）",
                "S1 NH3-N 氨氮 outflow 3.2 mg/L, no inflow → 劣V (6) (> class V limit 2.0, GB 3838-2002); target IV | 第八条（一） (no inflow): 30,000 yuan per class worse per month | (6 − 4) × 30,000 = 60,000 | 60,000 | 第八条（一）",
                "S1 NH3-N 氨氮 3.2 mg/L is 劣V and above 2 | 第八条（一） 追加补偿金: 10,000 yuan per 1 mg/L or part (以内（含）) above 2 (大于) | ceil((3.2 − 2) ÷ 1) = 2 step(s) × 10,000 = 20,000 | 20,000 | 第八条（一）",
                "S1 TP 总磷 outflow 0.35 mg/L, no inflow → V (5) (≤ class V limit 0.4, river); target IV | 第八条（一） (no inflow): 30,000 yuan per class worse per month | (5 − 4) × 30,000 = 30,000 | 30,000 | 第八条（一）",
                "S1 section total 2018-03 | 第九条: the three indicators of a section are added | 120,000 + 80,000 + 30,000 = 230,000 | 230,000 | 第九条",
            },
            Render(Fresh().Calculate(W1, "S1")));
    }

    [Fact]
    public void Calculate_W2WithInflow_PrintsTheComparisonWithTheInflowInEachRule()
    {
        Assert.Equal(
            new[]
            {
                "S2 CODMn 高锰酸盐指数 outflow 8 mg/L, inflow 9 mg/L → IV (4) (≤ class IV limit 10, GB 3838-2002); target III | 第八条（二） (outflow 8 ≤ inflow 9): 15,000 yuan per class worse per month | (4 − 3) × 15,000 = 15,000 | 15,000 | 第八条（二）",
                "S2 NH3-N 氨氮 outflow 1.2 mg/L, inflow 1.0 mg/L → IV (4) (≤ class IV limit 1.5, GB 3838-2002); target III | 第八条（一） (outflow 1.2 > inflow 1.0): 30,000 yuan per class worse per month | (4 − 3) × 30,000 = 30,000 | 30,000 | 第八条（一）",
                "S2 TP 总磷 outflow 0.6 mg/L, inflow 0.7 mg/L → 劣V (6) (> class V limit 0.4, river); target III | 第八条（二） (outflow 0.6 ≤ inflow 0.7): 15,000 yuan per class worse per month | (6 − 3) × 15,000 = 45,000 | 45,000 | 第八条（二）",
                "S2 TP 总磷 0.6 mg/L is 劣V and above 0.5 | 第八条（二） 追加补偿金: 10,000 yuan per 0.5 mg/L or part (以内（含）) above 0.5 (大于) | ceil((0.6 − 0.5) ÷ 0.5) = 1 step(s) × 10,000 = 10,000 | 10,000 | 第八条（二）",
                "S2 section total 2018-03 | 第九条: the three indicators of a section are added | 15,000 + 30,000 + 55,000 = 100,000 | 100,000 | 第九条",
            },
            Render(Fresh().Calculate(W2, "S2")));
    }

    [Fact]
    public void Calculate_WithoutSectionId_PrintsNoLabelAndNoLeadingSpace()
    {
        var noId = Fresh().Calculate(W1);
        var nullId = Fresh().Calculate(W1, null!);
        var emptyId = Fresh().Calculate(W1, string.Empty);
        Assert.Equal(string.Empty, noId.SectionId);
        Assert.Equal(string.Empty, nullId.SectionId);
        Assert.Equal("COD 化学需氧量 outflow 52 mg/L, no inflow → 劣V (6) (> class V limit 40, GB 3838-2002); target IV", noId.Lines[0].Subject);
        Assert.Equal("section total 2018-03", noId.Lines[^1].Subject);
        Assert.Equal(Render(noId), Render(nullId));
        Assert.Equal(Render(noId), Render(emptyId));
    }

    [Fact]
    public void Calculate_LakeWithStandardsMetAndTotalPhosphorusWorseThanVButNotAboveTheThreshold_PrintsZeroLines()
    {
        // W5: CODMn 5 and NH3-N 0.8 meet class III; lake TP 0.45 is 劣V (> 0.2) but not above the 0.5 threshold.
        var result = Fresh().Calculate(NoInflow(WaterClass.III, WaterClass.III, WaterBodyType.LakeOrReservoir, null, 5m, 0.8m, 0.45m), "L1");
        Assert.Equal(
            new[]
            {
                "L1 CODMn 高锰酸盐指数 outflow 5 mg/L, no inflow → III (3) (≤ class III limit 6, GB 3838-2002); target III | 第八条: the standard is met — nothing owed | max(0, 3 − 3) = 0 | 0 | 第八条",
                "L1 NH3-N 氨氮 outflow 0.8 mg/L, no inflow → III (3) (≤ class III limit 1.0, GB 3838-2002); target III | 第八条: the standard is met — nothing owed | max(0, 3 − 3) = 0 | 0 | 第八条",
                "L1 TP 总磷 outflow 0.45 mg/L, no inflow → 劣V (6) (> class V limit 0.2, lake/reservoir); target III | 第八条（一） (no inflow): 30,000 yuan per class worse per month | (6 − 3) × 30,000 = 90,000 | 90,000 | 第八条（一）",
                "L1 TP 总磷 0.45 mg/L is 劣V but not above 0.5 | 第八条（一） 追加补偿金 applies only above 0.5 mg/L (大于, strict) | 0.45 ≤ 0.5 → 0 | 0 | 第八条（一）",
                "L1 section total 2018-03 | 第九条: the three indicators of a section are added | 0 + 0 + 90,000 = 90,000 | 90,000 | 第九条",
            },
            Render(result));
        Assert.Equal(CompensationCase.NotOwed, result.Pollutants[0].Case);
        Assert.Equal(0, result.Pollutants[2].SurchargeSteps);
        Assert.Equal(0m, result.Pollutants[2].SurchargeAmount);
    }

    [Fact]
    public void Calculate_OutflowEqualToInflowAndWorseThanVBelowTheThreshold_IsCaseTwoWithoutSurcharge()
    {
        // Class II better than V, measured better: I/II met. TP river 0.45 = inflow 0.45: case (二) (≤); 劣V, not above 0.5.
        var x = new SectionMonth(March2018, WaterClass.II, WaterClass.II, WaterBodyType.River, Dry: false, HasInflow: true,
            new Concentrations(null, 1m, 0.1m, 0.45m), new Concentrations(null, 1m, 0.1m, 0.45m));
        var result = Fresh().Calculate(x);
        Assert.Equal(
            new[]
            {
                "CODMn 高锰酸盐指数 outflow 1 mg/L, inflow 1 mg/L → I (1) (≤ class I limit 2, GB 3838-2002); target II | 第八条: the standard is met — nothing owed | max(0, 1 − 2) = 0 | 0 | 第八条",
                "NH3-N 氨氮 outflow 0.1 mg/L, inflow 0.1 mg/L → I (1) (≤ class I limit 0.15, GB 3838-2002); target II | 第八条: the standard is met — nothing owed | max(0, 1 − 2) = 0 | 0 | 第八条",
                "TP 总磷 outflow 0.45 mg/L, inflow 0.45 mg/L → 劣V (6) (> class V limit 0.4, river); target II | 第八条（二） (outflow 0.45 ≤ inflow 0.45): 15,000 yuan per class worse per month | (6 − 2) × 15,000 = 60,000 | 60,000 | 第八条（二）",
                "TP 总磷 0.45 mg/L is 劣V but not above 0.5 | 第八条（二） 追加补偿金 applies only above 0.5 mg/L (大于, strict) | 0.45 ≤ 0.5 → 0 | 0 | 第八条（二）",
                "section total 2018-03 | 第九条: the three indicators of a section are added | 0 + 0 + 60,000 = 60,000 | 60,000 | 第九条",
            },
            Render(result));
        Assert.Equal(CompensationCase.NotAboveInflow, result.Pollutants[2].Case);
        Assert.Equal(60_000m, Fresh().Amount(x));
    }

    [Fact]
    public void Calculate_CaseTwoSurchargeOnCod_UsesTheCaseTwoStepRate()
    {
        // Class IV target IV, COD 45 ≤ inflow 50: 劣V, one class worse at 15,000, one surcharge step at 15,000.
        var x = new SectionMonth(March2018, WaterClass.IV, WaterClass.IV, WaterBodyType.River, Dry: false, HasInflow: true,
            new Concentrations(45m, null, 1m, 0.1m), new Concentrations(50m, null, 1m, 0.1m));
        var lines = Render(Fresh().Calculate(x, "X"));
        Assert.Equal("X COD 化学需氧量 outflow 45 mg/L, inflow 50 mg/L → 劣V (6) (> class V limit 40, GB 3838-2002); target IV | 第八条（二） (outflow 45 ≤ inflow 50): 15,000 yuan per class worse per month | (6 − 4) × 15,000 = 30,000 | 30,000 | 第八条（二）", lines[0]);
        Assert.Equal("X COD 化学需氧量 45 mg/L is 劣V and above 40 | 第八条（二） 追加补偿金: 15,000 yuan per 10 mg/L or part (以内（含）) above 40 (大于) | ceil((45 − 40) ÷ 10) = 1 step(s) × 15,000 = 15,000 | 15,000 | 第八条（二）", lines[1]);
        Assert.Equal("X NH3-N 氨氮 outflow 1 mg/L, inflow 1 mg/L → III (3) (≤ class III limit 1.0, GB 3838-2002); target IV | 第八条: the standard is met — nothing owed | max(0, 3 − 4) = 0 | 0 | 第八条", lines[2]);
        Assert.Equal("X TP 总磷 outflow 0.1 mg/L, inflow 0.1 mg/L → II (2) (≤ class II limit 0.1, river); target IV | 第八条: the standard is met — nothing owed | max(0, 2 − 4) = 0 | 0 | 第八条", lines[3]);
        Assert.Equal(5, lines.Length);
        Assert.Equal(45_000m, Fresh().Amount(x));
    }

    [Fact]
    public void Calculate_OxygenDemandIndicatorNotAssessed_IsListedAsIgnoredWithArticleFour()
    {
        var classIii = Fresh().Calculate(NoInflow(WaterClass.III, WaterClass.IV, WaterBodyType.River, 35m, 8m, 1.2m, 0.35m), "S9");
        Assert.Equal("S9 COD 化学需氧量 35 mg/L supplied and ignored | 第四条: functional class III is assessed on CODMn 高锰酸盐指数 | 0 | 0 | 第四条", Render(classIii)[0]);
        Assert.Equal(5, classIii.Lines.Count);

        var classV = Fresh().Calculate(NoInflow(WaterClass.V, WaterClass.V, WaterBodyType.River, 10m, 7.5m, 0.1m, 0.1m));
        Assert.Equal(
            new[]
            {
                "CODMn 高锰酸盐指数 7.5 mg/L supplied and ignored | 第四条: functional class V is assessed on COD 化学需氧量 | 0 | 0 | 第四条",
                "COD 化学需氧量 outflow 10 mg/L, no inflow → I (1) (≤ class I limit 15, GB 3838-2002); target V | 第八条: the standard is met — nothing owed | max(0, 1 − 5) = 0 | 0 | 第八条",
                "NH3-N 氨氮 outflow 0.1 mg/L, no inflow → I (1) (≤ class I limit 0.15, GB 3838-2002); target V | 第八条: the standard is met — nothing owed | max(0, 1 − 5) = 0 | 0 | 第八条",
                "TP 总磷 outflow 0.1 mg/L, no inflow → II (2) (≤ class II limit 0.1, river); target V | 第八条: the standard is met — nothing owed | max(0, 2 − 5) = 0 | 0 | 第八条",
                "section total 2018-03 | 第九条: the three indicators of a section are added | 0 + 0 + 0 = 0 | 0 | 第九条",
            },
            Render(classV));
    }

    [Fact]
    public void Calculate_DryMonth_PrintsOneZeroLineCitingArticleNineOne()
    {
        var dry = new SectionMonth(new YearMonth(2019, 11), WaterClass.IV, WaterClass.IV, WaterBodyType.River, Dry: true, HasInflow: false, default, null);
        var result = Fresh().Calculate(dry, "S3");
        Assert.Equal(
            new[] { "S3 dry all month (2019-11) | 第九条（一）: 若跨界断面全月断流，则当月不计算该断面补偿金 — a section dry all month owes nothing | 0 | 0 | 第九条（一）" },
            Render(result));
        Assert.True(result.Dry);
        Assert.Empty(result.Pollutants);
        Assert.Equal(0m, result.Amount);
    }

    [Fact]
    public void Calculate_ThresholdItself_IsNotAboveIt_AndOneStepPastIsOneStep()
    {
        // NH3-N 2.0 is class V (not 劣V); the first 劣V value 2.0000001 is above the threshold 2 by a part of a step.
        var atLimit = Fresh().Calculate(NoInflow(WaterClass.IV, WaterClass.IV, WaterBodyType.River, 10m, null, 2.0m, 0.1m));
        Assert.Equal(WaterClass.V, atLimit.Pollutants[1].Class);
        Assert.Equal(30_000m, atLimit.Pollutants[1].Amount);
        var past = Fresh().Calculate(NoInflow(WaterClass.IV, WaterClass.IV, WaterBodyType.River, 10m, null, 2.0000001m, 0.1m));
        Assert.Equal(1, past.Pollutants[1].SurchargeSteps);
        Assert.Equal(70_000m, past.Pollutants[1].Amount);

        // A what-if whose NH3-N threshold (3) lies above the class V limit (2): 3 itself is 劣V but not above the threshold.
        var calc = new WaterCompensationCalculator(WaterCompensationParameters.Gazette2017 with
        {
            Version = "threshold-3",
            AmmoniaNitrogenSurcharge = new SurchargeRule(3m, 1m, 10_000m, 5_000m),
        });
        var atThreshold = NoInflow(WaterClass.IV, WaterClass.IV, WaterBodyType.River, 10m, null, 3m, 0.1m);
        var result = calc.Calculate(atThreshold);
        Assert.Equal(0, result.Pollutants[1].SurchargeSteps);
        Assert.Equal(60_000m, result.Amount);
        Assert.Equal(60_000m, calc.Amount(atThreshold));
        Assert.Equal("NH3-N 氨氮 3 mg/L is 劣V but not above 3 | 第八条（一） 追加补偿金 applies only above 3 mg/L (大于, strict) | 3 ≤ 3 → 0 | 0 | 第八条（一）", Render(result)[2]);
        var justAbove = NoInflow(WaterClass.IV, WaterClass.IV, WaterBodyType.River, 10m, null, 3.000001m, 0.1m);
        Assert.Equal(70_000m, calc.Amount(justAbove));
        Assert.Equal(70_000m, calc.Calculate(justAbove).Amount);
    }
}
