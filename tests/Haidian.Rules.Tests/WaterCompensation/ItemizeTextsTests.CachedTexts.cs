using System.Globalization;
using Haidian.Rules.WaterCompensation;

namespace Haidian.Rules.Tests.WaterCompensation;

/// <summary>
/// The texts a parameter version caches for the itemized path, read straight from the cache for every limit table,
/// class, target, case and pollutant (each built by a calculator created inside the test).
/// </summary>
public sealed partial class ItemizeTextsTests
{
    private static CompiledRules FreshGazetteRules() => new WaterCompensationCalculator(WaterCompensationParameters.Gazette2017).Resolve(new YearMonth(2018, 1));

    [Fact]
    public void Texts_AreBuiltOnceAndReused()
    {
        var rules = FreshGazetteRules();
        Assert.Same(rules.Texts, rules.Texts);
    }

    [Theory]
    [InlineData(0, 1, 1, " → I (1) (≤ class I limit 15, GB 3838-2002); target I")]             // first table, best class, first target
    [InlineData(0, 5, 5, " → V (5) (≤ class V limit 40, GB 3838-2002); target V")]             // class V is still "≤ limit"
    [InlineData(0, 6, 5, " → 劣V (6) (> class V limit 40, GB 3838-2002); target V")]           // 劣V: above the class V limit
    [InlineData(1, 2, 3, " → II (2) (≤ class II limit 4, GB 3838-2002); target III")]          // CODMn table
    [InlineData(2, 4, 1, " → IV (4) (≤ class IV limit 1.5, GB 3838-2002); target I")]          // NH3-N table
    [InlineData(3, 6, 2, " → 劣V (6) (> class V limit 0.4, river); target II")]                // TP river
    [InlineData(3, 3, 4, " → III (3) (≤ class III limit 0.2, river); target IV")]
    [InlineData(4, 1, 5, " → I (1) (≤ class I limit 0.01, lake/reservoir); target V")]         // TP lake, last table
    [InlineData(4, 5, 4, " → V (5) (≤ class V limit 0.2, lake/reservoir); target IV")]
    [InlineData(4, 6, 1, " → 劣V (6) (> class V limit 0.2, lake/reservoir); target I")]
    public void SubjectTail_NamesClassLimitTableAndTarget(int table, int cls, int target, string expected)
    {
        Assert.Equal(expected, FreshGazetteRules().Texts.SubjectTail(table, cls, target));
    }

    [Theory]
    [InlineData(true, 6, 1, "(6 − 1) × 30,000 = 150,000")]
    [InlineData(true, 5, 4, "(5 − 4) × 30,000 = 30,000")]
    [InlineData(false, 6, 5, "(6 − 5) × 15,000 = 15,000")]
    [InlineData(false, 2, 1, "(2 − 1) × 15,000 = 15,000")]
    [InlineData(false, 6, 1, "(6 − 1) × 15,000 = 75,000")]
    [InlineData(true, 3, 3, "")]    // not worse: nothing to multiply
    [InlineData(false, 1, 5, "")]   // better than the target
    public void BaseArithmetic_ClassesWorseTimesTheCaseRate(bool case1, int cls, int target, string expected)
    {
        Assert.Equal(expected, FreshGazetteRules().Texts.BaseArithmetic(case1, cls, target));
    }

    [Fact]
    public void RuleTexts_CarryTheArticleOfEachCase()
    {
        var texts = FreshGazetteRules().Texts;
        Assert.Equal("第八条（一） (no inflow): 30,000 yuan per class worse per month", texts.NoInflowRule(true));
        Assert.Equal("第八条（二） (no inflow): 15,000 yuan per class worse per month", texts.NoInflowRule(false));
        Assert.Equal("): 30,000 yuan per class worse per month", texts.RateRuleTail(true));
        Assert.Equal("): 15,000 yuan per class worse per month", texts.RateRuleTail(false));
    }

    [Theory]
    [InlineData(Pollutant.ChemicalOxygenDemand, "40", "10", "30,000", "15,000")]
    [InlineData(Pollutant.PermanganateIndex, "15", "5", "30,000", "15,000")]
    [InlineData(Pollutant.AmmoniaNitrogen, "2", "1", "10,000", "5,000")]
    [InlineData(Pollutant.TotalPhosphorus, "0.5", "0.5", "20,000", "10,000")]
    public void SurchargeTexts_ForEachPollutantAndCase(Pollutant p, string threshold, string step, string perStep1, string perStep2)
    {
        var texts = FreshGazetteRules().Texts;
        Assert.Equal(threshold, texts.Threshold(p));
        Assert.Equal(step, texts.Step(p));
        Assert.Equal(perStep1, texts.PerStep(p, true));
        Assert.Equal(perStep2, texts.PerStep(p, false));
        Assert.Equal($"第八条（一） 追加补偿金: {perStep1} yuan per {step} mg/L or part (以内（含）) above {threshold} (大于)", texts.SurchargeRule(p, true));
        Assert.Equal($"第八条（二） 追加补偿金: {perStep2} yuan per {step} mg/L or part (以内（含）) above {threshold} (大于)", texts.SurchargeRule(p, false));
        Assert.Equal($"第八条（一） 追加补偿金 applies only above {threshold} mg/L (大于, strict)", texts.NotAboveRule(p, true));
        Assert.Equal($"第八条（二） 追加补偿金 applies only above {threshold} mg/L (大于, strict)", texts.NotAboveRule(p, false));
    }

    [Fact]
    public void Texts_OfAWhatIf_FollowItsNumbers()
    {
        var whatIf = WaterCompensationParameters.Gazette2017 with
        {
            Version = "what-if",
            PerClassCase1 = 40_000m,
            PerClassCase2 = 12_500.50m,
            TotalPhosphorusLakeLimits = new ClassLimits(0.015m, 0.03m, 0.06m, 0.12m, 0.25m),
        };
        var texts = new WaterCompensationCalculator(whatIf).Resolve(new YearMonth(2018, 1)).Texts;
        Assert.Equal("(4 − 2) × 40,000 = 80,000", texts.BaseArithmetic(true, 4, 2));
        Assert.Equal("(4 − 2) × 12,500.5 = 25,001", texts.BaseArithmetic(false, 4, 2));
        Assert.Equal("第八条（二） (no inflow): 12,500.5 yuan per class worse per month", texts.NoInflowRule(false));
        Assert.Equal(" → 劣V (6) (> class V limit 0.25, lake/reservoir); target III", texts.SubjectTail(4, 6, 3));
        Assert.Equal(" → II (2) (≤ class II limit 0.03, lake/reservoir); target I", texts.SubjectTail(4, 2, 1));
    }

    [Theory]
    [InlineData(1, "I (1)")]
    [InlineData(4, "IV (4)")]
    [InlineData(5, "V (5)")]
    [InlineData(6, "劣V (6)")]
    public void ClassName_PrintsRomanAndNumber(int cls, string expected)
    {
        Assert.Equal(expected, ItemizeTexts.ClassName(cls));
    }

    [Theory]
    [InlineData(0, 1)]     // year 0: NodaTime's pattern engine prints it
    [InlineData(-1, 12)]   // a negative year: the pattern engine, never the four-digit shortcut
    [InlineData(1, 1)]
    [InlineData(9999, 12)]
    public void Month_OutsideTheUsualYears_PrintsAsNodaTime(int year, int month)
    {
        var m = new YearMonth(year, month);
        Assert.Equal(m.ToString("yyyy-MM", CultureInfo.InvariantCulture), ItemizeTexts.Month(m));
    }

    [Fact]
    public void Amount_JustPastTheLargestCachedMultiple_IsFormattedNotIndexedOutOfTheCache()
    {
        Assert.Equal("1,280,000", ItemizeTexts.Amount(1_280_000m));   // the last cached multiple of 5,000 (256 × 5,000)
        Assert.Equal("1,285,000", ItemizeTexts.Amount(1_285_000m));   // 257 × 5,000: one past the cache
        Assert.Equal("1,285,000", ItemizeTexts.Amount(1_285_000.00m));
    }
}
