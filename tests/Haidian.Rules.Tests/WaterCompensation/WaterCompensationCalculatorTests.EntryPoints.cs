using Haidian.Rules.WaterCompensation;

namespace Haidian.Rules.Tests.WaterCompensation;

/// <summary>
/// The entry points' own checks: null arguments by name, the registered-section overload, list and span batches,
/// the exact message of every input check, and the parameter version a history starts with.
/// </summary>
public sealed partial class WaterCompensationCalculatorTests
{
    private static readonly Section S1Section = new("S1", "S1 A→B", WaterClass.IV, WaterClass.IV, WaterBodyType.River, new[] { "A" }, "B", new YearMonth(2018, 1));

    private static string[] MessagesOf(Action act) => Assert.Throws<ValidationException>(act).Errors.Select(e => e.ToString()).ToArray();

    [Fact]
    public void Constructors_NullArguments_AreNamed()
    {
        Assert.Equal("parameters", Assert.Throws<ArgumentNullException>(() => new WaterCompensationCalculator((WaterCompensationParameters)null!)).ParamName);
        Assert.Equal("history", Assert.Throws<ArgumentNullException>(() => new WaterCompensationCalculator((ParameterHistory<WaterCompensationParameters>)null!)).ParamName);
    }

    [Fact]
    public void Calculate_RegisteredSection_ItemizesWithTheSectionsIdAndClasses()
    {
        var monitoring = new MonthlyMonitoring("S1", March2018, false, false, W1.Outflow);
        var result = Calculator.Calculate(S1Section, monitoring);
        Assert.Equal("S1", result.SectionId);
        Assert.Equal(230_000m, result.Amount);
        Assert.Equal(
            Calculator.Calculate(W1, "S1").Lines.Select(l => l.Subject + " | " + l.Arithmetic),
            result.Lines.Select(l => l.Subject + " | " + l.Arithmetic));
    }

    [Fact]
    public void Calculate_RegisteredSection_NullArgumentsAreNamed()
    {
        var monitoring = new MonthlyMonitoring("S1", March2018, false, false, W1.Outflow);
        Assert.Equal("section", Assert.Throws<ArgumentNullException>(() => Calculator.Calculate(null!, monitoring)).ParamName);
        Assert.Equal("monitoring", Assert.Throws<ArgumentNullException>(() => Calculator.Calculate(S1Section, null!)).ParamName);
    }

    [Fact]
    public void Calculate_RegisteredSection_BadClassesOtherIdAndUnregisteredMonth_AreAllReported()
    {
        var section = S1Section with { FunctionalClass = (WaterClass)0, AssessmentTarget = WaterClass.WorseThanV, ValidFrom = new YearMonth(2019, 1) };
        var monitoring = new MonthlyMonitoring("S2", March2018, false, false, W1.Outflow);
        Assert.Equal(
            new[]
            {
                "section.functionalClass: is not one of I, II, III, IV, V, WorseThanV (got the undefined value 0)",
                "section.assessmentTarget: must be a class from I to V",
                "monitoring.sectionId: 'S2' does not match section 'S1'",
                "monitoring.month: section 'S1' is not registered for 2018-03",
            },
            MessagesOf(() => Calculator.Calculate(section, monitoring)));
    }

    [Fact]
    public void Calculate_RegisteredSection_BadMeasurementsArePrefixedWithMonitoring()
    {
        var monitoring = new MonthlyMonitoring("S1", March2018, false, false, W1.Outflow with { AmmoniaNitrogen = -1m });
        Assert.Equal(
            new[] { "monitoring.outflow.ammoniaNitrogen: must not be negative (got -1 mg/L)" },
            MessagesOf(() => Calculator.Calculate(S1Section, monitoring)));
    }

    [Fact]
    public void Calculate_BadInput_IsRejectedBeforeItemizing()
    {
        Assert.Equal(
            new[] { "outflow.totalPhosphorus: is required (TP)" },
            MessagesOf(() => Calculator.Calculate(W1 with { Outflow = W1.Outflow with { TotalPhosphorus = null } }, "S1")));
    }

    [Fact]
    public void Amounts_ListOfSectionMonths_NullIsNamed_AndAnyListWorks()
    {
        Assert.Equal("inputs", Assert.Throws<ArgumentNullException>(() => Calculator.Amounts((IReadOnlyList<SectionMonth>)null!)).ParamName);
        Assert.Equal(new[] { 230_000m, 100_000m }, Calculator.Amounts(new List<SectionMonth> { W1, W2 }));
        Assert.Empty(Calculator.Amounts(Array.Empty<SectionMonth>()));
    }

    [Fact]
    public void Amounts_SpanTooShort_IsReportedAndNothingIsWritten_ALongerSpanKeepsItsTail()
    {
        var two = new[] { W1, W2 };
        var one = new[] { -7m };
        Assert.Equal(new[] { "amounts: has room for 1 amounts, 2 needed" }, MessagesOf(() => Calculator.Amounts(two, one)));
        Assert.Equal(-7m, one[0]);

        var three = new[] { -7m, -7m, -7m };
        Calculator.Amounts(two, three);
        Assert.Equal(new[] { 230_000m, 100_000m, -7m }, three);
    }

    [Fact]
    public void Amounts_ProblemOfTheFirstItem_IsReportedWithIndexZero()
    {
        Assert.Equal(
            new[] { "[0].outflow.ammoniaNitrogen: is required (NH3-N)" },
            MessagesOf(() => Calculator.Amounts(new[] { W1 with { Outflow = W1.Outflow with { AmmoniaNitrogen = null } }, W2 }, new decimal[2])));
    }

    [Fact]
    public void CheckInput_EveryMessage_IsExact()
    {
        Assert.Equal(
            new[] { "assessmentTarget: is not one of I, II, III, IV, V, WorseThanV (got the undefined value 0)" },
            MessagesOf(() => Calculator.Amount(W1 with { AssessmentTarget = (WaterClass)0 })));
        Assert.Equal(
            new[] { "assessmentTarget: must be a class from I to V" },
            MessagesOf(() => Calculator.Amount(W1 with { AssessmentTarget = WaterClass.WorseThanV })));
        Assert.Equal(
            new[] { "bodyType: is not one of River, LakeOrReservoir (got the undefined value 2)" },
            MessagesOf(() => Calculator.Amount(W1 with { BodyType = (WaterBodyType)2 })));
        Assert.Equal(
            new[] { "inflow: must be omitted when hasInflow is false (no inflow: case (一) applies)" },
            MessagesOf(() => Calculator.Amount(W2 with { HasInflow = false })));
        Assert.Equal(
            new[] { "inflow: is required when hasInflow is true" },
            MessagesOf(() => Calculator.Amount(W2 with { Inflow = null })));
        Assert.Equal(
            new[]
            {
                "outflow.chemicalOxygenDemand: is required (COD, required for functional class I, IV or V)",
                "outflow.ammoniaNitrogen: is required (NH3-N)",
                "outflow.totalPhosphorus: is required (TP)",
            },
            MessagesOf(() => Calculator.Amount(W1 with { Outflow = default })));
        Assert.Equal(
            new[] { "inflow.permanganateIndex: is required (CODMn, required for functional class II or III)" },
            MessagesOf(() => Calculator.Amount(W2 with { Inflow = W2.Inflow!.Value with { PermanganateIndex = null } })));
        Assert.Equal(
            new[] { "outflow.chemicalOxygenDemand: must not exceed 1000000 mg/L (got 1000000.1)" },
            MessagesOf(() => Calculator.Amount(W1 with { Outflow = W1.Outflow with { ChemicalOxygenDemand = 1_000_000.1m } })));
    }

    [Fact]
    public void History_VersionWithNoFullMonthOfItsOwn_IsSkipped_AndTheNextOneStarts()
    {
        // Both versions first apply in 2019-02: the first never covers a month, so the policy starts with the second.
        var early = WaterCompensationParameters.Gazette2017 with { Version = "early", InForceFrom = new LocalDate(2019, 1, 15), Source = new Citation("(early)", "early", "") };
        var late = WaterCompensationParameters.Gazette2017 with { Version = "late", InForceFrom = new LocalDate(2019, 1, 20), Source = new Citation("(late)", "late", "") };
        var calc = new WaterCompensationCalculator(new ParameterHistory<WaterCompensationParameters>(new[] { early, late }));
        Assert.Equal(new YearMonth(2019, 2), calc.FirstMonthInForce);
        Assert.Equal("late", calc.ParametersFor(new YearMonth(2019, 2)).Version);
        var ex = Assert.Throws<NotInForceException>(() => calc.Amount(W1 with { Month = new YearMonth(2019, 1) }));
        Assert.Equal(new LocalDate(2019, 1, 20), ex.InForceFrom);
        Assert.Equal("(late)", ex.Policy.DocumentNumber);
        Assert.Equal(
            new[] { "[0].month: 2019-01 is before the policy is in force ((late)《late》: from 2019-02)" },
            MessagesOf(() => calc.Amounts(new[] { W1 with { Month = new YearMonth(2019, 1) } }, new decimal[1])));
    }

    [Fact]
    public void Settle_NullArguments_AreNamed()
    {
        Assert.Equal("registry", Assert.Throws<ArgumentNullException>(() => Calculator.Settle(March2018, null!, W6Monitoring(March2018))).ParamName);
        Assert.Equal("monitoring", Assert.Throws<ArgumentNullException>(() => Calculator.Settle(March2018, W6Registry, null!)).ParamName);
    }

    [Fact]
    public void Settle_NullBlankUnknownTwiceAndInvalidRecords_AreEachReportedOnce()
    {
        var records = new MonthlyMonitoring[]
        {
            null!,
            new(" ", March2018, false, false, W1.Outflow),
            new("S9", March2018, false, false, W1.Outflow),
            new("S9", March2018, false, false, W1.Outflow),
            new("S1", March2018, false, false, W1.Outflow with { AmmoniaNitrogen = -1m }),
            new("S2", March2018, false, true, W2.Outflow, W2.Inflow),
            new("S3", March2018, true, false, default),
        };
        Assert.Equal(
            new[]
            {
                "monitoring[0]: is required",
                "monitoring[1].sectionId: is required and must not be blank",
                "monitoring[2].sectionId: unknown section 'S9': not registered for 2018-03",
                "monitoring[3].sectionId: unknown section 'S9': not registered for 2018-03",
                "monitoring[4].outflow.ammoniaNitrogen: must not be negative (got -1 mg/L)",
            },
            MessagesOf(() => Calculator.Settle(March2018, W6Registry, records)));
    }
}
