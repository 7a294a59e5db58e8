using Haidian.Rules.WaterCompensation;

namespace Haidian.Rules.Tests.WaterCompensation;

/// <summary>Validate(): every check with its exact "path: message", each bound exactly at the limit and one step past it.</summary>
public sealed class WaterCompensationParametersValidationMessagesTests
{
    private static readonly WaterCompensationParameters Gazette = WaterCompensationParameters.Gazette2017;

    private static string[] Errors(WaterCompensationParameters p) => p.Validate().Select(e => e.ToString()).ToArray();

    [Fact]
    public void Validate_EmptyParameters_NameEveryMissingTableAndRule()
    {
        var empty = new WaterCompensationParameters();
        Assert.Equal(string.Empty, empty.Version);
        Assert.Equal(
            new[]
            {
                "version: is required and must not be blank",
                "chemicalOxygenDemandLimits: is required",
                "permanganateIndexLimits: is required",
                "ammoniaNitrogenLimits: is required",
                "totalPhosphorusRiverLimits: is required",
                "totalPhosphorusLakeLimits: is required",
                "chemicalOxygenDemandSurcharge: is required",
                "permanganateIndexSurcharge: is required",
                "ammoniaNitrogenSurcharge: is required",
                "totalPhosphorusSurcharge: is required",
            },
            Errors(empty));
    }

    [Fact]
    public void Validate_MissingSourceAndBlankVersion_AreReported()
    {
        Assert.Equal(
            new[] { "version: is required and must not be blank", "source: is required" },
            Errors(Gazette with { Version = "  ", Source = null! }));
    }

    [Fact]
    public void Validate_BrokenLimitTables_NameTheTableAndRow()
    {
        var broken = Gazette with
        {
            ChemicalOxygenDemandLimits = new ClassLimits(15m, 20m, 20m, 30m, 40m),
            TotalPhosphorusRiverLimits = new ClassLimits(0.02m, 0.1m, 0.2m, 0.3m, 1_000_000.1m),
            TotalPhosphorusLakeLimits = new ClassLimits(0.01m, 0.025m, 0.02m, 0.1m, 0.2m),
        };
        Assert.Equal(
            new[]
            {
                "chemicalOxygenDemandLimits[2]: band (20, 20] → III is empty: no value can reach 'III' (declare why with an unreachable reason if the source text makes it so)",
                "totalPhosphorusRiverLimits.classV: must not exceed 1000000 mg/L",
                "totalPhosphorusLakeLimits[2]: lower end 0.025 is above upper end 0.02",
            },
            Errors(broken));
    }

    [Fact]
    public void Validate_ClassVLimitExactlyAtTheMaximumConcentration_IsAccepted()
    {
        Assert.Empty(Errors(Gazette with { AmmoniaNitrogenLimits = new ClassLimits(0.15m, 0.5m, 1.0m, 1.5m, WaterCompensationParameters.MaximumConcentration) }));
    }

    [Fact]
    public void Validate_NegativeRates_AndCaseTwoDearerThanCaseOne_AreReported()
    {
        Assert.Equal(
            new[]
            {
                "perClassCase1: must not be negative (got -1)",
                "perClassCase2: must not exceed perClassCase1: case (二) never costs more than case (一)",
            },
            Errors(Gazette with { PerClassCase1 = -1m }));
        Assert.Equal(new[] { "perClassCase2: must not be negative (got -1)" }, Errors(Gazette with { PerClassCase2 = -1m }));
        Assert.Equal(
            new[] { "specialTransferFundPerSectionYear: must not be negative (got -1)" },
            Errors(Gazette with { SpecialTransferFundPerSectionYear = -1m }));
    }

    [Fact]
    public void Validate_EqualCaseRates_AreAccepted()
    {
        Assert.Empty(Errors(Gazette with { PerClassCase2 = Gazette.PerClassCase1 }));
        Assert.Empty(Errors(Gazette with { AmmoniaNitrogenSurcharge = new SurchargeRule(2m, 1m, 10_000m, 10_000m) }));
    }

    [Fact]
    public void Validate_AmountsNotInWholeFenOrAboveOneBillion_AreReportedPerField()
    {
        Assert.Equal(new[] { "perClassCase1: must be a whole number of fen" }, Errors(Gazette with { PerClassCase1 = 30_000.001m }));
        Assert.Equal(new[] { "perClassCase2: must be a whole number of fen" }, Errors(Gazette with { PerClassCase2 = 15_000.005m }));
        Assert.Equal(
            new[] { "specialTransferFundPerSectionYear: must be a whole number of fen" },
            Errors(Gazette with { SpecialTransferFundPerSectionYear = 1_000_000.001m }));
        Assert.Equal(
            new[] { "perClassCase1: must not exceed 1,000,000,000 yuan" },
            Errors(Gazette with { PerClassCase1 = 1_000_000_000.01m }));
        Assert.Equal(
            new[] { "specialTransferFundPerSectionYear: must not exceed 1,000,000,000 yuan" },
            Errors(Gazette with { SpecialTransferFundPerSectionYear = 1_000_000_001m }));
        Assert.Empty(Errors(Gazette with { PerClassCase1 = 1_000_000_000m, SpecialTransferFundPerSectionYear = 1_000_000_000m }));
    }

    [Theory]
    [InlineData(-1, "concentrationRounding.ammoniaNitrogen: must be between 0 and 10 (got -1)")]
    [InlineData(11, "concentrationRounding.ammoniaNitrogen: must be between 0 and 10 (got 11)")]
    [InlineData(0, null)]    // the lower bound itself
    [InlineData(10, null)]   // the upper bound itself
    public void Validate_ConcentrationRoundingDecimals_FromZeroToTen(int decimals, string? expected)
    {
        var errors = Errors(Gazette with { ConcentrationRounding = new ConcentrationRounding(0, 10, decimals, 2) });
        if (expected is null)
        {
            Assert.Empty(errors);
        }
        else
        {
            Assert.Equal(new[] { expected }, errors);
        }
    }

    [Fact]
    public void Validate_SurchargeRules_EachBoundWithItsPath()
    {
        var broken = Gazette with
        {
            ChemicalOxygenDemandSurcharge = new SurchargeRule(-1m, 10m, 30_000m, 15_000m),
            PermanganateIndexSurcharge = new SurchargeRule(1_000_000.5m, 0.0000009m, 30_000m, 15_000m),
            AmmoniaNitrogenSurcharge = new SurchargeRule(2m, 0m, 1_000_000_001m, -1m),
            TotalPhosphorusSurcharge = new SurchargeRule(0.5m, 0.5m, 20_000m, 20_000.001m),
        };
        Assert.Equal(
            new[]
            {
                "chemicalOxygenDemandSurcharge.threshold: must be between 0 and 1000000 inclusive (got -1)",
                "permanganateIndexSurcharge.threshold: must be between 0 and 1000000 inclusive (got 1000000.5)",
                "permanganateIndexSurcharge.step: must be at least 0.000001 mg/L",
                "ammoniaNitrogenSurcharge.step: must be greater than 0 (got 0)",
                "ammoniaNitrogenSurcharge.perStepCase1: must be between 0 and 1000000000 inclusive (got 1000000001)",
                "ammoniaNitrogenSurcharge.perStepCase2: must be between 0 and 1000000000 inclusive (got -1)",
                "totalPhosphorusSurcharge.perStepCase2: must not exceed perStepCase1: case (二) never costs more than case (一)",
                "totalPhosphorusSurcharge: per-step amounts must be whole numbers of fen",
            },
            Errors(broken));
    }

    [Fact]
    public void Validate_SurchargeBoundsExactlyAtTheirLimits_AreAccepted()
    {
        Assert.Empty(Errors(Gazette with
        {
            ChemicalOxygenDemandSurcharge = new SurchargeRule(0m, 0.000001m, 1_000_000_000m, 0m),
            PermanganateIndexSurcharge = new SurchargeRule(WaterCompensationParameters.MaximumConcentration, 5m, 30_000m, 15_000m),
        }));
    }

    [Fact]
    public void Validate_OnlyOnePerStepAmountOutsideWholeFen_IsStillReported()
    {
        Assert.Equal(
            new[] { "ammoniaNitrogenSurcharge: per-step amounts must be whole numbers of fen" },
            Errors(Gazette with { AmmoniaNitrogenSurcharge = new SurchargeRule(2m, 1m, 10_000.001m, 5_000m) }));
    }

    [Fact]
    public void ToBandTable_NegativeClassOneLimit_ReportsItBesideTheTablesOwnErrors()
    {
        var ex = Assert.Throws<ValidationException>(() => new ClassLimits(-1m, 1m, 2m, 3m, 4m).ToBandTable("nh3"));
        Assert.Equal(
            new[]
            {
                "nh3.classI: must not be negative",
                "nh3[0]: lower end 0 is above upper end -1",
            },
            ex.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void ToBandTable_ClassOneLimitZeroWithAReason_IsAValidTableWhereZeroIsClassOne()
    {
        // The reason explains equal neighbouring limits only: class I's own band [0, 0] still holds the value 0.
        var table = new ClassLimits(0m, 1m, 2m, 3m, 4m, "unused reason").ToBandTable("x");
        Assert.Equal(WaterClass.I, table.Find(0m).Value);
        Assert.Equal(WaterClass.II, table.Find(0.5m).Value);
        Assert.All(table.Bands, b => Assert.Null(b.UnreachableReason));
    }

    [Fact]
    public void LimitOf_WorseThanV_HasNoLimit()
    {
        // Spec 07 C4: the library's one exception for a bad argument value, with its path (was ArgumentOutOfRangeException).
        var e = Assert.Single(Assert.Throws<ValidationException>(() => Gazette.AmmoniaNitrogenLimits.LimitOf(WaterClass.WorseThanV)).Errors);
        Assert.Equal(("waterClass", ErrorCode.InvalidValue, "must be a class from I to V: 劣V has no upper limit"), (e.Path, e.Code, e.Message));
        Assert.Equal(2.0m, Gazette.AmmoniaNitrogenLimits.LimitOf(WaterClass.V));
    }

    [Fact]
    public void LimitsFor_TotalPhosphorus_DependsOnTheBody()
    {
        Assert.Same(Gazette.TotalPhosphorusRiverLimits, Gazette.LimitsFor(Pollutant.TotalPhosphorus, WaterBodyType.River));
        Assert.Same(Gazette.TotalPhosphorusLakeLimits, Gazette.LimitsFor(Pollutant.TotalPhosphorus, WaterBodyType.LakeOrReservoir));
        Assert.Same(Gazette.AmmoniaNitrogenLimits, Gazette.LimitsFor(Pollutant.AmmoniaNitrogen, WaterBodyType.LakeOrReservoir));
    }
}
