using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Haidian.Rules.WaterCompensation;

namespace Haidian.Rules.Tests.WaterCompensation;

/// <summary>
/// The data-oriented batch path (<see cref="SectionMonthBatch"/>, SIMD kernel, parallel entry point) against the exact
/// decimal reference (<c>ReferenceAmount</c>: validation, then decimal arithmetic only — <c>Amount</c> itself now shares the
/// integer kernel): bit-identical on edge-heavy inputs.
/// </summary>
public sealed partial class SectionMonthBatchTests
{
    private static readonly WaterCompensationCalculator Gazette = new();

    /// <summary>A history: the gazette, then a what-if with other limits and rates, then one with rounding, then one with a non-integer rate.</summary>
    private static readonly WaterCompensationCalculator History = new(new ParameterHistory<WaterCompensationParameters>(new[]
    {
        WaterCompensationParameters.Gazette2017,
        WaterCompensationParameters.Gazette2017 with
        {
            Version = "what-if-2019",
            InForceFrom = new LocalDate(2019, 1, 1),
            AmmoniaNitrogenLimits = new ClassLimits(0.1m, 0.45m, 0.9m, 1.4m, 1.8m),
            PerClassCase1 = 40_000m,
            TotalPhosphorusSurcharge = new SurchargeRule(0.45m, 0.3m, 25_000m, 12_000m),
        },
        WaterCompensationParameters.Gazette2017 with { Version = "rounded-2020", InForceFrom = new LocalDate(2020, 1, 1), ConcentrationRounding = new ConcentrationRounding(2, 2, 2, 2) },
        WaterCompensationParameters.Gazette2017 with { Version = "fen-2021", InForceFrom = new LocalDate(2021, 1, 1), PerClassCase2 = 15_000.50m },
        WaterCompensationParameters.Gazette2017 with { Version = "fine-2022", InForceFrom = new LocalDate(2022, 1, 1), TotalPhosphorusRiverLimits = new ClassLimits(0.02m, 0.1m, 0.2m, 0.3m, 0.4000000001m) },
    }));

    private static readonly decimal[] Anchors =
    {
        0m, 0.01m, 0.02m, 0.025m, 0.05m, 0.1m, 0.15m, 0.2m, 0.3m, 0.4m, 0.45m, 0.5m, 0.9m, 1m, 1.4m, 1.5m, 1.8m, 2m, 3m,
        4m, 5m, 6m, 10m, 15m, 20m, 25m, 30m, 40m, 50m, 60m, 0.75m, 0.8m, 1.0000001m, 1_000_000m,
    };

    private static readonly decimal[] Nudges = { 0m, 0m, 0m, 0.0000001m, -0.0000001m, 0.000000001m, -0.000000001m, 0.0000000001m, 0.37m, 0.005m };

    private static Gen<decimal> Concentration =>
        Gen.OneOf(
            from a in Gen.Elements(Anchors)
            from n in Gen.Elements(Nudges)
            select Math.Min(WaterCompensationParameters.MaximumConcentration, Math.Max(0m, a + n)),
            from k in Gen.Choose(0, 400_000)
            from d in Gen.Elements(1m, 10m, 100m, 1000m)
            select k / d);

    private static Gen<SectionMonth> Item(int firstYear, int lastYear) =>
        from year in Gen.Choose(firstYear, lastYear)
        from month in Gen.Choose(1, 12)
        from functional in Gen.Choose(1, 5)
        from target in Gen.Choose(1, 5)
        from lake in Gen.Elements(false, true)
        from dry in Gen.Frequency((1, Gen.Constant(true)), (9, Gen.Constant(false)))
        from inflow in Gen.Elements(false, true)
        from o in Gen.ArrayOf(Concentration, 4)
        from i in Gen.ArrayOf(Concentration, 4)
        let outflow = new Concentrations(o[0], o[1], o[2], o[3])
        let inflowC = new Concentrations(i[0], i[1], i[2], i[3])
        select new SectionMonth(new YearMonth(year, month), (WaterClass)functional, (WaterClass)target,
            lake ? WaterBodyType.LakeOrReservoir : WaterBodyType.River, dry, inflow, outflow, inflow ? inflowC : null);

    public static Arbitrary<SectionMonth[]> GazetteItems() => Gen.ArrayOf(Item(2018, 2018)).ToArbitrary();

    public static Arbitrary<SectionMonth[]> HistoryItems() => Gen.ArrayOf(Item(2018, 2023)).ToArbitrary();

    [Property(MaxTest = 300)]
    public Property FastBatch_GazetteEdgeHeavyInputs_BitIdenticalToDecimalReference() =>
        Prop.ForAll(GazetteItems(), items => AgreesWithReference(Gazette, items));

    [Property(MaxTest = 300)]
    public Property FastBatch_AcrossParameterVersionsAndFallbacks_BitIdenticalToDecimalReference() =>
        Prop.ForAll(HistoryItems(), items => AgreesWithReference(History, items));

    [Property(MaxTest = 100)]
    public Property ScalarIntegerKernel_EdgeHeavyInputs_EqualsDecimalReference() =>
        Prop.ForAll(GazetteItems(), items =>
        {
            var batch = SectionMonthBatch.From(items);
            var scaled = Gazette.Resolve(new YearMonth(2018, 1)).Scaled!;
            var exact = new HashSet<int>(batch.ExactIndices);
            for (var i = 0; i < items.Length; i++)
            {
                if (!exact.Contains(i) && (decimal)scaled.Amount(batch, i) != Gazette.ReferenceAmount(items[i]))
                {
                    return false;
                }
            }

            return true;
        });

    [Fact]
    public void GazetteParameters_HaveScaledTables_AndTheDecimalLayoutShortcutHoldsHere()
    {
        Assert.NotNull(Gazette.Resolve(new YearMonth(2018, 1)).Scaled);
        Assert.True(ScaledRules.DecimalLayoutMatches);
        Assert.Null(History.Resolve(new YearMonth(2020, 1)).Scaled);   // rounding: decimal reference
        Assert.Null(History.Resolve(new YearMonth(2021, 1)).Scaled);   // 15,000.50: decimal reference keeps its scale
        Assert.Null(History.Resolve(new YearMonth(2022, 1)).Scaled);   // a limit with ten decimals
        Assert.NotNull(History.Resolve(new YearMonth(2019, 1)).Scaled);
    }

    [Fact]
    public void WorkedExamples_ThroughTheBatch_GiveTheSpecAmounts()
    {
        var m = new YearMonth(2018, 3);
        var items = new[]
        {
            WaterCompensationCalculatorTests.W1,
            WaterCompensationCalculatorTests.W2,
            new SectionMonth(m, WaterClass.III, WaterClass.III, WaterBodyType.River, false, false, new Concentrations(null, 15m, 1.0m, 1.0m), null),
            new SectionMonth(m, WaterClass.III, WaterClass.III, WaterBodyType.River, false, false, new Concentrations(null, 15m, 1.0m, 1.0000001m), null),
            new SectionMonth(m, WaterClass.V, WaterClass.V, WaterBodyType.River, false, false, new Concentrations(40m, null, 2.01m, 0.4m), null),
            new SectionMonth(m, WaterClass.III, WaterClass.III, WaterBodyType.LakeOrReservoir, false, false, new Concentrations(null, 5m, 0.8m, 0.45m), null),
            new SectionMonth(m, WaterClass.I, WaterClass.I, WaterBodyType.River, false, false, new Concentrations(15.0000001m, null, 0.1m, 0.01m), null),
        };
        var amounts = new decimal[items.Length];
        Gazette.Amounts(SectionMonthBatch.From(items), amounts);
        Assert.Equal(new[] { 230_000m, 100_000m, 170_000m, 190_000m, 40_000m, 90_000m, 60_000m }, amounts);
    }

    [Fact]
    public void AmountsParallel_LargeBatch_EqualsSingleCoreAndReference()
    {
        var items = Gen.ArrayOf(Item(2018, 2023), 100_000).Sample(1, 1).Single();
        var batch = SectionMonthBatch.From(items);
        var single = new decimal[items.Length];
        var parallel = new decimal[items.Length];
        History.Amounts(batch, single);
        History.AmountsParallel(batch, parallel);
        Assert.Equal(single, parallel);
        for (var i = 0; i < items.Length; i += 97)
        {
            Assert.Equal(decimal.GetBits(History.ReferenceAmount(items[i])), decimal.GetBits(parallel[i]));
        }
    }

    [Fact]
    public void From_InvalidItems_ReportsEveryProblemWithItsIndexedPath()
    {
        var m = new YearMonth(2018, 3);
        var good = WaterCompensationCalculatorTests.W1;
        var items = new[]
        {
            good,
            good with { Outflow = new Concentrations(52m, null, null, -1m) },
            good with { HasInflow = true },
        };
        var ex = Assert.Throws<ValidationException>(() => SectionMonthBatch.From(items));
        Assert.Equal(new[] { "[1].outflow.ammoniaNitrogen", "[1].outflow.totalPhosphorus", "[2].inflow" }, ex.Errors.Select(e => e.Path).ToArray());
        Assert.Equal(m, good.Month);
    }

    [Fact]
    public void Add_InvalidItem_ReportsTheIndexItWouldHaveHad_AndAddsNothing()
    {
        var batch = new SectionMonthBatch(1);
        batch.Add(WaterCompensationCalculatorTests.W1);
        var ex = Assert.Throws<ValidationException>(() => batch.Add(WaterCompensationCalculatorTests.W1 with { FunctionalClass = (WaterClass)9 }));
        Assert.Equal("[1].functionalClass", ex.Errors[0].Path);
        Assert.Equal(1, batch.Count);
    }

    [Fact]
    public void Amounts_MonthsBeforeThePolicy_AreReportedAsIndexedMonths_AndNothingIsWritten()
    {
        var batch = SectionMonthBatch.From(new[]
        {
            WaterCompensationCalculatorTests.W1,
            WaterCompensationCalculatorTests.W1 with { Month = new YearMonth(2017, 2) },
        });
        var amounts = new decimal[3];
        var ex = Assert.Throws<ValidationException>(() => Gazette.Amounts(batch, amounts));
        Assert.Equal("[1].month", Assert.Single(ex.Errors).Path);
        Assert.All(amounts, a => Assert.Equal(0m, a));
        var tooShort = Assert.Throws<ValidationException>(() => Gazette.Amounts(SectionMonthBatch.From(new[] { WaterCompensationCalculatorTests.W1 }), Span<decimal>.Empty));
        Assert.Equal("amounts", Assert.Single(tooShort.Errors).Path);
    }

    [Fact]
    public void Clear_KeepsCapacity_AndTheBatchCanBeRefilled()
    {
        var batch = new SectionMonthBatch(2);
        batch.Add(WaterCompensationCalculatorTests.W1);
        batch.Add(WaterCompensationCalculatorTests.W2);
        batch.Clear();
        batch.Add(WaterCompensationCalculatorTests.W2);
        var amounts = new decimal[1];
        Gazette.Amounts(batch, amounts);
        Assert.Equal(100_000m, amounts[0]);
        Assert.Equal(2, batch.Capacity);
    }

    private static bool AgreesWithReference(WaterCompensationCalculator calculator, SectionMonth[] items)
    {
        var batch = SectionMonthBatch.From(items);
        var amounts = new decimal[items.Length];
        calculator.Amounts(batch, amounts);
        for (var i = 0; i < items.Length; i++)
        {
            var expected = decimal.GetBits(calculator.ReferenceAmount(items[i]));
            var actual = decimal.GetBits(amounts[i]);
            if (!expected.SequenceEqual(actual))
            {
                return false;
            }
        }

        return true;
    }
}
