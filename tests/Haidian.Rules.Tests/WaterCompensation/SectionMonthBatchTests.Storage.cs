using Haidian.Rules.WaterCompensation;

namespace Haidian.Rules.Tests.WaterCompensation;

/// <summary>
/// How the batch stores section-months (columns, growth, the exact fallback, the "no inflow" sentinel), which parameter
/// versions get scaled integer tables, and the argument checks of the batch entry points.
/// </summary>
public sealed partial class SectionMonthBatchTests
{
    private static readonly YearMonth Mar2018 = new(2018, 3);

    private static SectionMonth ClassIii(bool dry = false, bool inflow = false) =>
        new(Mar2018, WaterClass.III, WaterClass.II, WaterBodyType.LakeOrReservoir, dry, inflow,
            dry ? default : new Concentrations(null, 7m, 1.2m, 0.06m), inflow ? new Concentrations(null, 8m, 1.1m, 0.05m) : null);

    [Fact]
    public void Constructor_NegativeCapacity_IsRejected_ZeroIsAllowed()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new SectionMonthBatch(-1));
        Assert.Equal("capacity", ex.ParamName);
        Assert.StartsWith("Capacity must not be negative.", ex.Message, StringComparison.Ordinal);
        Assert.Equal(0, new SectionMonthBatch(0).Capacity);
    }

    [Fact]
    public void NewBatch_EarliestAndLatestMonth_AreThoseAdded()
    {
        var batch = new SectionMonthBatch(4);
        batch.Add(WaterCompensationCalculatorTests.W1 with { Month = new YearMonth(2019, 5) });
        batch.Add(WaterCompensationCalculatorTests.W1 with { Month = new YearMonth(2018, 11) });
        Assert.Equal(new YearMonth(2018, 11), batch.EarliestMonth);
        Assert.Equal(new YearMonth(2019, 5), batch.LatestMonth);
    }

    [Fact]
    public void Add_BeyondCapacity_GrowsToSixteenThenDoubles_AndKeepsEveryItem()
    {
        var batch = new SectionMonthBatch(0);
        var items = Enumerable.Range(0, 17).Select(k => WaterCompensationCalculatorTests.W1 with { Outflow = WaterCompensationCalculatorTests.W1.Outflow with { ChemicalOxygenDemand = 10m + k } }).ToArray();
        batch.Add(items[0]);
        Assert.Equal(16, batch.Capacity);
        foreach (var x in items.Skip(1))
        {
            batch.Add(x);
        }

        Assert.Equal(32, batch.Capacity);
        Assert.Equal(17, batch.Count);
        var amounts = new decimal[17];
        Gazette.Amounts(batch, amounts);
        Assert.Equal(items.Select(x => Gazette.ReferenceAmount(x)), amounts);
        Assert.Equal(items, Enumerable.Range(0, 17).Select(batch.Reconstruct));
    }

    [Fact]
    public void Reconstruct_GivesBackEachShapeOfSectionMonth()
    {
        var items = new[]
        {
            ClassIii(),
            ClassIii(inflow: true),
            WaterCompensationCalculatorTests.W1,
            WaterCompensationCalculatorTests.W1 with { HasInflow = true, Inflow = new Concentrations(60m, null, 3m, 0.2m) },
        };
        var batch = SectionMonthBatch.From(items);
        Assert.Equal(items, Enumerable.Range(0, items.Length).Select(batch.Reconstruct));

        var dry = SectionMonthBatch.From(new[] { ClassIii(dry: true) }).Reconstruct(0);
        Assert.True(dry.Dry);
        Assert.False(dry.HasInflow);
        Assert.Null(dry.Inflow);
        Assert.Equal((WaterClass.III, WaterClass.II, WaterBodyType.LakeOrReservoir), (dry.FunctionalClass, dry.AssessmentTarget, dry.BodyType));
    }

    [Fact]
    public void Clear_ForgetsTheItemsKeptForTheExactPath()
    {
        var batch = new SectionMonthBatch(2);
        batch.Add(WaterCompensationCalculatorTests.W1 with { Outflow = WaterCompensationCalculatorTests.W1.Outflow with { TotalPhosphorus = 0.3500000001m } });
        Assert.Equal(1, batch.ExactFallbackCount);
        batch.Clear();
        Assert.Equal(0, batch.ExactFallbackCount);
        batch.Add(WaterCompensationCalculatorTests.W2);
        var amounts = new decimal[1];
        Gazette.Amounts(batch, amounts);
        Assert.Equal(100_000m, amounts[0]);
        Assert.Equal(0, batch.ExactFallbackCount);

        // A new fallback item after Clear is computed from itself, not from the one cleared away.
        batch.Clear();
        var fine = WaterCompensationCalculatorTests.W2 with { Outflow = WaterCompensationCalculatorTests.W2.Outflow with { TotalPhosphorus = 0.0100000001m } };
        batch.Add(fine);
        Assert.Equal(1, batch.ExactFallbackCount);
        Gazette.Amounts(batch, amounts);
        Assert.Equal(Gazette.ReferenceAmount(fine), amounts[0]);
        Assert.Equal(45_000m, amounts[0]);
    }

    [Theory]
    [InlineData("0", true, 0L)]                                  // zero is stored
    [InlineData("0.000000001", true, 1L)]                        // nine decimals: one unit
    [InlineData("1000000000", true, 1_000_000_000_000_000_000L)] // the largest storable value
    [InlineData("-0.000000001", false, 0L)]                      // negative
    [InlineData("1000000000.000000001", false, 0L)]              // one unit above the largest
    [InlineData("0.0000000001", false, 0L)]                      // ten decimals
    public void TryScale_StoresValuesWithNineDecimalsFromZeroToOneBillion(string value, bool ok, long scaled)
    {
        Assert.Equal(ok, SectionMonthBatch.TryScale(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), out var s));
        Assert.Equal(scaled, s);
    }

    [Fact]
    public void NoInflow_IsCaseOne_EvenForTheSmallestStoredConcentration()
    {
        // Class I limits of 0: one unit (10⁻⁹ mg/L) is class II, one class worse than target I. Without inflow that is
        // case (一) (30,000), never case (二), for each of the three pollutants.
        var calc = new WaterCompensationCalculator(WaterCompensationParameters.Gazette2017 with
        {
            Version = "zero-class-one",
            ChemicalOxygenDemandLimits = new ClassLimits(0m, 15m, 20m, 30m, 40m),
            AmmoniaNitrogenLimits = new ClassLimits(0m, 0.5m, 1.0m, 1.5m, 2.0m),
            TotalPhosphorusRiverLimits = new ClassLimits(0m, 0.1m, 0.2m, 0.3m, 0.4m),
        });
        Assert.NotNull(calc.Resolve(Mar2018).Scaled);
        var tiny = new SectionMonth(Mar2018, WaterClass.I, WaterClass.I, WaterBodyType.River, false, false, new Concentrations(0.000000001m, null, 0.000000001m, 0.000000001m), null);
        var amounts = new decimal[1];
        calc.Amounts(SectionMonthBatch.From(new[] { tiny }), amounts);
        Assert.Equal(90_000m, calc.Amount(tiny));
        Assert.Equal(90_000m, amounts[0]);
    }

    [Fact]
    public void ScaledTables_AreBuiltForTheGazette_WhenTheCalculatorIsCreated()
    {
        var rules = new WaterCompensationCalculator(WaterCompensationParameters.Gazette2017).Resolve(Mar2018);
        Assert.NotNull(rules.Scaled);
        Assert.NotNull(new WaterCompensationCalculator(WaterCompensationParameters.Gazette2017 with { Version = "free", PerClassCase2 = 0m }).Resolve(Mar2018).Scaled);
    }

    [Fact]
    public void ScaledTables_AreNotBuilt_ForNumbersTheIntegerKernelCannotHoldExactly()
    {
        var g = WaterCompensationParameters.Gazette2017;
        WaterCompensationParameters[] decimalOnly =
        {
            g with { Version = "a", PerClassCase1 = 30_000.50m },
            g with { Version = "b", PerClassCase1 = 30_000.00m },
            g with { Version = "c", TotalPhosphorusSurcharge = g.TotalPhosphorusSurcharge with { Threshold = 0.5000000001m } },
            g with { Version = "d", AmmoniaNitrogenSurcharge = g.AmmoniaNitrogenSurcharge with { PerStepCase1 = 10_000.50m } },
            g with { Version = "e", AmmoniaNitrogenSurcharge = g.AmmoniaNitrogenSurcharge with { PerStepCase2 = 5_000.50m } },
            g with { Version = "f", AmmoniaNitrogenLimits = new ClassLimits(0.15m, 0.5m, 1.0m, 1.5m, 2.0000000001m) },
        };
        foreach (var p in decimalOnly)
        {
            Assert.Null(new WaterCompensationCalculator(p).Resolve(Mar2018).Scaled);
        }
    }

    [Fact]
    public void ScaledTables_AreNotBuilt_WhenTheLargestAmountCouldComeNearTheLongRange()
    {
        // Steps of 0.003 mg/L: 333,333,334 steps over the whole range; at 999,999,998 yuan a step, three pollutants come to
        // 10^18 − 4 yuan, and the class amounts (5 × 30,000 each) take the bound past 10^18: decimal path.
        var g = WaterCompensationParameters.Gazette2017;
        var nearTheBound = g with { Version = "near", AmmoniaNitrogenSurcharge = new SurchargeRule(2m, 0.003m, 999_999_998m, 0m) };
        Assert.Empty(nearTheBound.Validate());
        Assert.Null(new WaterCompensationCalculator(nearTheBound).Resolve(Mar2018).Scaled);

        var huge = g with { Version = "huge", TotalPhosphorusSurcharge = new SurchargeRule(0.5m, 0.000001m, 1_000_000_000m, 0m) };
        Assert.Null(new WaterCompensationCalculator(huge).Resolve(Mar2018).Scaled);

        var below = g with { Version = "below", AmmoniaNitrogenSurcharge = new SurchargeRule(2m, 0.003m, 999_999_990m, 0m) };
        Assert.NotNull(new WaterCompensationCalculator(below).Resolve(Mar2018).Scaled);
    }

    [Fact]
    public void AmountsParallel_ArgumentChecks()
    {
        var batch = SectionMonthBatch.From(new[] { WaterCompensationCalculatorTests.W1, WaterCompensationCalculatorTests.W2 });
        foreach (var bad in new[] { 0, -2 })
        {
            var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Gazette.AmountsParallel(batch, new decimal[2], bad));
            Assert.Equal("maxDegreeOfParallelism", ex.ParamName);
            Assert.StartsWith("Use -1 for all cores, or a positive number.", ex.Message, StringComparison.Ordinal);
        }

        Assert.Equal("batch", Assert.Throws<ArgumentNullException>(() => Gazette.AmountsParallel((SectionMonthBatch)null!, new decimal[2])).ParamName);
        Assert.Equal("batch", Assert.Throws<ArgumentNullException>(() => Gazette.Amounts((SectionMonthBatch)null!, new decimal[2])).ParamName);
        var tooShort = Assert.Throws<ValidationException>(() => Gazette.AmountsParallel(batch, new decimal[1]));
        Assert.Equal("amounts: has room for 1 amounts, 2 needed", Assert.Single(tooShort.Errors).ToString());
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(1)]
    [InlineData(2)]
    public void AmountsParallel_SmallBatch_WritesEveryAmount(int cores)
    {
        var batch = SectionMonthBatch.From(new[] { WaterCompensationCalculatorTests.W1, WaterCompensationCalculatorTests.W2 });
        var amounts = new decimal[] { -7m, -7m, -7m };
        Gazette.AmountsParallel(batch, amounts, cores);
        Assert.Equal(new[] { 230_000m, 100_000m, -7m }, amounts);
    }

    [Theory]
    [InlineData(32_767)]   // one item short of a full chunk: computed in one piece
    [InlineData(32_769)]   // one item past a chunk: two chunks, the last item (a fallback item) in the second
    public void AmountsParallel_AroundTheChunkSize_EqualsTheSingleCoreAmounts(int count)
    {
        var fallback = WaterCompensationCalculatorTests.W1 with { Outflow = WaterCompensationCalculatorTests.W1.Outflow with { TotalPhosphorus = 0.4000000001m } };
        var items = Enumerable.Repeat(WaterCompensationCalculatorTests.W2, count - 1).Append(fallback).ToArray();
        var batch = SectionMonthBatch.From(items);
        Assert.Equal(1, batch.ExactFallbackCount);
        var single = new decimal[count];
        var parallel = new decimal[count];
        Gazette.Amounts(batch, single);
        Gazette.AmountsParallel(batch, parallel, 2);
        Assert.Equal(single, parallel);
        Assert.Equal(Gazette.ReferenceAmount(fallback), parallel[^1]);
        Assert.Equal(100_000m, parallel[^2]);
    }

    [Fact]
    public void Amounts_TooShortAndMonthsBeforeThePolicy_AreBothReported_TheFirstMonthInForceIsNot()
    {
        var batch = SectionMonthBatch.From(new[]
        {
            WaterCompensationCalculatorTests.W1 with { Month = new YearMonth(2018, 1) },
            WaterCompensationCalculatorTests.W1 with { Month = new YearMonth(2017, 12) },
        });
        var ex = Assert.Throws<ValidationException>(() => Gazette.Amounts(batch, new decimal[1]));
        Assert.Equal(
            new[]
            {
                "amounts: has room for 1 amounts, 2 needed",
                "[1].month: 2017-12 is before the policy is in force (海行规发〔2017〕7号《海淀区水环境区域补偿办法（试行）》第十五条: from 2018-01)",
            },
            ex.Errors.Select(e => e.ToString()));

        var january = SectionMonthBatch.From(new[] { WaterCompensationCalculatorTests.W1 with { Month = new YearMonth(2018, 1) } });
        var amounts = new decimal[1];
        Gazette.Amounts(january, amounts);
        Assert.Equal(230_000m, amounts[0]);
    }
}
