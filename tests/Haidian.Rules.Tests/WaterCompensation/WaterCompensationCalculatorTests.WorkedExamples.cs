using Haidian.Rules.WaterCompensation;

namespace Haidian.Rules.Tests.WaterCompensation;

/// <summary>Spec 01 worked examples W1–W10, each a named sentence with the exact amounts.</summary>
public sealed partial class WaterCompensationCalculatorTests
{
    private static readonly WaterCompensationCalculator Calculator = new();
    private static readonly YearMonth March2018 = new(2018, 3);

    internal static SectionMonth W1 => new(March2018, WaterClass.IV, WaterClass.IV, WaterBodyType.River, Dry: false, HasInflow: false,
        new Concentrations(52m, null, 3.2m, 0.35m), null);

    internal static SectionMonth W2 => new(March2018, WaterClass.III, WaterClass.III, WaterBodyType.River, Dry: false, HasInflow: true,
        new Concentrations(null, 8m, 1.2m, 0.6m), new Concentrations(null, 9m, 1.0m, 0.7m));

    [Fact]
    public void W1_ClassIvRiverWithoutInflow_Owes230000()
    {
        var result = Calculator.Calculate(W1);
        Assert.Equal(230_000m, result.Amount);
        Assert.Equal(230_000m, Calculator.Amount(W1));
        var cod = result.Pollutants[0];
        Assert.Equal(Pollutant.ChemicalOxygenDemand, cod.Pollutant);
        Assert.Equal(WaterClass.WorseThanV, cod.Class);
        Assert.Equal(2, cod.ClassesWorse);
        Assert.Equal(60_000m, cod.BaseAmount);
        Assert.Equal(2, cod.SurchargeSteps);
        Assert.Equal(60_000m, cod.SurchargeAmount);
        Assert.Equal(80_000m, result.Pollutants[1].Amount);   // NH3-N: 60,000 + ceil(1.2/1) × 10,000
        Assert.Equal(30_000m, result.Pollutants[2].Amount);   // TP 0.35 → V, one class worse, no surcharge
        Assert.Equal(WaterClass.V, result.Pollutants[2].Class);
    }

    [Fact]
    public void W2_ClassIiiRiverWithInflow_MixesBothCases_Owes100000()
    {
        var result = Calculator.Calculate(W2);
        Assert.Equal(100_000m, result.Amount);
        Assert.Equal(Pollutant.PermanganateIndex, result.OxygenDemandIndicator);
        Assert.Equal(CompensationCase.NotAboveInflow, result.Pollutants[0].Case);
        Assert.Equal(15_000m, result.Pollutants[0].Amount);
        Assert.Equal(CompensationCase.NoInflowOrIncreased, result.Pollutants[1].Case);
        Assert.Equal(30_000m, result.Pollutants[1].Amount);
        Assert.Equal(45_000m, result.Pollutants[2].BaseAmount);
        Assert.Equal(10_000m, result.Pollutants[2].SurchargeAmount);
    }
}

public sealed partial class WaterCompensationCalculatorTests
{
    private static SectionMonth NoInflow(WaterClass functional, WaterClass target, WaterBodyType body, decimal? cod, decimal? codMn, decimal nh3, decimal tp) =>
        new(March2018, functional, target, body, Dry: false, HasInflow: false, new Concentrations(cod, codMn, nh3, tp), null);

    [Fact]
    public void W3_BoundaryValuesAtClassLimitsAndSurchargeThreshold_Owe170000()
    {
        // CODMn 15 is exactly the class V limit and the surcharge threshold (大于 is strict): 60,000, no surcharge.
        // NH3-N 1.0 is exactly the class III limit: 0. TP 1.0 is 0.5 above the threshold: exactly one step (以内（含）).
        var result = Calculator.Calculate(NoInflow(WaterClass.III, WaterClass.III, WaterBodyType.River, null, 15m, 1.0m, 1.0m));
        Assert.Equal(170_000m, result.Amount);
        Assert.Equal(WaterClass.V, result.Pollutants[0].Class);
        Assert.Equal(60_000m, result.Pollutants[0].Amount);
        Assert.Equal(0m, result.Pollutants[1].Amount);
        Assert.Equal(1, result.Pollutants[2].SurchargeSteps);
        Assert.Equal(110_000m, result.Pollutants[2].Amount);
    }

    [Fact]
    public void W3_TotalPhosphorusOneTenMillionthAboveTheStep_TakesASecondStep_Owes190000()
    {
        var x = NoInflow(WaterClass.III, WaterClass.III, WaterBodyType.River, null, 15m, 1.0m, 1.0000001m);
        Assert.Equal(190_000m, Calculator.Amount(x));
        Assert.Equal(2, Calculator.Calculate(x).Pollutants[2].SurchargeSteps);
    }

    [Fact]
    public void W4_ClassVTargetWithAmmoniaJustAboveTwo_Owes40000()
    {
        var result = Calculator.Calculate(NoInflow(WaterClass.V, WaterClass.V, WaterBodyType.River, 40m, null, 2.01m, 0.4m));
        Assert.Equal(40_000m, result.Amount);
        Assert.Equal(0m, result.Pollutants[0].Amount);     // COD 40 → V meets V
        Assert.Equal(40_000m, result.Pollutants[1].Amount); // 30,000 + one surcharge step of 10,000
        Assert.Equal(0m, result.Pollutants[2].Amount);     // TP 0.4 → V meets V
    }

    [Fact]
    public void W5_LakeTotalPhosphorusIsWorseThanVButBelowSurchargeThreshold_Owes90000()
    {
        var result = Calculator.Calculate(NoInflow(WaterClass.III, WaterClass.III, WaterBodyType.LakeOrReservoir, null, 5m, 0.8m, 0.45m));
        Assert.Equal(90_000m, result.Amount);
        Assert.Equal(WaterClass.WorseThanV, result.Pollutants[2].Class);
        Assert.Equal(0, result.Pollutants[2].SurchargeSteps);
    }

    [Fact]
    public void W7_BorderRiverOfThreeTowns_SplitsTwentyThousandConservatively()
    {
        var x = new SectionMonth(March2018, WaterClass.V, WaterClass.V, WaterBodyType.River, Dry: false, HasInflow: true,
            new Concentrations(30m, null, 2.5m, 0.3m), new Concentrations(35m, null, 3.0m, 0.3m));
        var result = Calculator.Calculate(x);
        Assert.Equal(20_000m, result.Amount);
        Assert.Equal(CompensationCase.NotAboveInflow, result.Pollutants[1].Case);
        Assert.Equal(15_000m, result.Pollutants[1].BaseAmount);
        Assert.Equal(5_000m, result.Pollutants[1].SurchargeAmount);

        var registry = new SectionRegistry(new[] { "T1", "T2", "T3" }, new[]
        {
            new Section("S7", "border river", WaterClass.V, null, WaterBodyType.River, new[] { "T1", "T2", "T3" }, null, new YearMonth(2018, 1)),
        });
        var ledger = Calculator.Settle(March2018, registry, new[] { new MonthlyMonitoring("S7", March2018, false, true, x.Outflow, x.Inflow) });
        Assert.Equal(new[] { 6_666.67m, 6_666.67m, 6_666.66m }, ledger.Lines.Select(l => l.Amount));
        Assert.Equal(new[] { "T1", "T2", "T3" }, ledger.Lines.Select(l => l.Payer));
        Assert.Equal(20_000m, ledger.PoolTotal);
        Assert.True(ledger.IsBalanced);
    }

    [Fact]
    public void W8_February2017_IsNotInForce_NotZero()
    {
        var x = W1 with { Month = new YearMonth(2017, 2) };
        var ex = Assert.Throws<NotInForceException>(() => Calculator.Amount(x));
        Assert.Equal(new LocalDate(2018, 1, 1), ex.InForceFrom);
        Assert.Equal(new LocalDate(2017, 2, 1), ex.Requested);
        Assert.Equal("海行规发〔2017〕7号", ex.Policy.DocumentNumber);
        Assert.Throws<NotInForceException>(() => Calculator.Calculate(x));
        Assert.False(Calculator.IsInForce(new YearMonth(2017, 12)));
        Assert.True(Calculator.IsInForce(new YearMonth(2018, 1)));
    }

    [Fact]
    public void W9_FunctionalClassIiiWithTargetIv_UsesPermanganateAndIgnoresCod_Owes30000()
    {
        var x = NoInflow(WaterClass.III, WaterClass.IV, WaterBodyType.River, 35m, 8m, 1.2m, 0.35m);
        var result = Calculator.Calculate(x);
        Assert.Equal(30_000m, result.Amount);
        Assert.Equal(30_000m, Calculator.Amount(x));
        Assert.Equal(Pollutant.PermanganateIndex, result.OxygenDemandIndicator);
        Assert.DoesNotContain(result.Pollutants, p => p.Pollutant == Pollutant.ChemicalOxygenDemand);
        Assert.Contains(result.Lines, l => l.Subject.Contains("supplied and ignored", StringComparison.Ordinal) && l.Citation.Article == "第四条");
    }

    [Theory]
    [InlineData("15", 0)]              // exactly the shared I/II limit: class I
    [InlineData("15.0000001", 60000)]  // just above: class II is unreachable, so class III, two classes worse
    public void W10_ClassITargetOnCod_LiteralGb3838Behaviour(string cod, int expected)
    {
        var x = NoInflow(WaterClass.I, WaterClass.I, WaterBodyType.River, decimal.Parse(cod, System.Globalization.CultureInfo.InvariantCulture), null, 0.1m, 0.01m);
        Assert.Equal(expected, Calculator.Amount(x));
        Assert.Equal(expected, Calculator.Calculate(x).Amount);
    }
}
