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
