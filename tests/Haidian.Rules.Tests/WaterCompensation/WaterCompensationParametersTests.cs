using Haidian.Rules.WaterCompensation;

namespace Haidian.Rules.Tests.WaterCompensation;

/// <summary>Parameters as data: defaults cited, what-ifs without code, broken tables rejected with rows named, dated versions.</summary>
public sealed class WaterCompensationParametersTests
{
    private static readonly WaterCompensationParameters Gazette = WaterCompensationParameters.Gazette2017;

    [Fact]
    public void Gazette2017_IsValid_AndCitesTheDocument()
    {
        Assert.Empty(Gazette.Validate());
        Assert.Equal("海行规发〔2017〕7号", Gazette.Source.DocumentNumber);
        Assert.Equal(new LocalDate(2018, 1, 1), Gazette.InForceFrom);
        Assert.Equal(30_000m, Gazette.PerClassCase1);
        Assert.Equal(15_000m, Gazette.PerClassCase2);
        Assert.Equal(1_000_000m, Gazette.SpecialTransferFundPerSectionYear);
    }

    [Fact]
    public void WhatIf_DoubledCaseOneRate_ChangesTheAmountWithoutCodeChanges()
    {
        var reform = Gazette with { Version = "what-if", PerClassCase1 = 60_000m };
        var amount = new WaterCompensationCalculator(reform).Amount(WaterCompensationCalculatorTests.W1);
        Assert.Equal(230_000m + (2 + 2 + 1) * 30_000m, amount);
        Assert.Equal("what-if", new WaterCompensationCalculator(reform).Calculate(WaterCompensationCalculatorTests.W1).Provenance.ParametersVersion);
    }

    [Fact]
    public void WhatIf_DecreasingClassLimits_IsRejectedWithTheRowsNamed()
    {
        var broken = Gazette with { AmmoniaNitrogenLimits = new ClassLimits(0.15m, 0.5m, 1.6m, 1.5m, 2.0m) };
        var ex = Assert.Throws<ValidationException>(() => new WaterCompensationCalculator(broken));
        var error = Assert.Single(ex.Errors);
        Assert.Equal("versions[0].ammoniaNitrogenLimits[3]", error.Path);
        Assert.Contains("above upper end", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WhatIf_EqualLimitsWithoutAReason_IsRejectedAsUnreachable()
    {
        var broken = Gazette with { PermanganateIndexLimits = new ClassLimits(2m, 4m, 4m, 10m, 15m) };
        var error = Assert.Single(broken.Validate());
        Assert.Equal("permanganateIndexLimits[2]", error.Path);
        Assert.Contains("no value can reach 'III'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Gazette2017_DeclaresCodClassIiUnreachable_AsGb3838Does()
    {
        var table = Gazette.ChemicalOxygenDemandLimits.ToBandTable("cod");
        Assert.True(table.Bands[1].IsEmpty);
        Assert.NotNull(table.Bands[1].UnreachableReason);
        Assert.Equal(WaterClass.I, table.Find(15m).Value);
        Assert.Equal(WaterClass.III, table.Find(15.0000001m).Value);
        Assert.Equal(WaterClass.WorseThanV, table.Find(40.0000001m).Value);
    }

    [Fact]
    public void WhatIf_CaseTwoDearerThanCaseOneAndZeroStep_AreRejected()
    {
        var broken = Gazette with
        {
            PerClassCase2 = 40_000m,
            TotalPhosphorusSurcharge = Gazette.TotalPhosphorusSurcharge with { Step = 0m },
        };
        var paths = broken.Validate().Select(e => e.Path).ToArray();
        Assert.Equal(new[] { "perClassCase2", "totalPhosphorusSurcharge.step" }, paths);
    }

    [Fact]
    public void History_LaterReform_AppliesFromItsFirstMonthOnly()
    {
        var reform = Gazette with { Version = "reform-2019", InForceFrom = new LocalDate(2019, 1, 1), PerClassCase1 = 40_000m, Source = new Citation("(hypothetical)", "2019 reform", "") };
        var calc = new WaterCompensationCalculator(new ParameterHistory<WaterCompensationParameters>(new[] { reform, Gazette }));
        var dec2018 = WaterCompensationCalculatorTests.W1 with { Month = new YearMonth(2018, 12) };
        var jan2019 = WaterCompensationCalculatorTests.W1 with { Month = new YearMonth(2019, 1) };
        Assert.Equal(230_000m, calc.Amount(dec2018));
        Assert.Equal(230_000m + (5 * 10_000m), calc.Amount(jan2019));
        Assert.Equal("gazette-2017", calc.Calculate(dec2018).Provenance.ParametersVersion);
        Assert.Equal("reform-2019", calc.Calculate(jan2019).Provenance.ParametersVersion);
        Assert.Equal(PackageInfo.Version, calc.Calculate(jan2019).Provenance.PackageVersion);
        Assert.Equal(new[] { 230_000m, 280_000m }, calc.Amounts(new[] { dec2018, jan2019 }));
    }

    [Fact]
    public void History_VersionStartingMidMonth_AppliesFromTheNextMonth()
    {
        var reform = Gazette with { Version = "mid-month", InForceFrom = new LocalDate(2019, 1, 15), PerClassCase1 = 40_000m };
        var calc = new WaterCompensationCalculator(new ParameterHistory<WaterCompensationParameters>(new[] { Gazette, reform }));
        Assert.Equal("gazette-2017", calc.ParametersFor(new YearMonth(2019, 1)).Version);
        Assert.Equal("mid-month", calc.ParametersFor(new YearMonth(2019, 2)).Version);
    }

    [Fact]
    public void History_TwoVersionsOnOneDay_IsRejected()
    {
        var twin = Gazette with { Version = "twin" };
        var ex = Assert.Throws<ValidationException>(() => new ParameterHistory<WaterCompensationParameters>(new[] { Gazette, twin }));
        Assert.Equal("versions[1]", Assert.Single(ex.Errors).Path);
    }

    [Fact]
    public void ConcentrationRounding_WhenSet_RoundsHalfToEvenBeforeClassifying()
    {
        var rounded = Gazette with { Version = "修约", ConcentrationRounding = new ConcentrationRounding(1, 1, 1, 1) };
        var calc = new WaterCompensationCalculator(rounded);
        // NH3-N 1.05 rounds half-to-even to 1.0 → class III: nothing owed; unrounded it is class IV.
        var x = WaterCompensationCalculatorTests.W2 with { HasInflow = false, Inflow = null, Outflow = new Concentrations(null, 5m, 1.05m, 0.2m) };
        Assert.Equal(0m, calc.Amount(x));
        Assert.Equal(30_000m, new WaterCompensationCalculator().Amount(x));
    }
}
