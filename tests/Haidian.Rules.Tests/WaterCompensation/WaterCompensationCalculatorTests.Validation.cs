using Haidian.Rules.WaterCompensation;

namespace Haidian.Rules.Tests.WaterCompensation;

/// <summary>Bad input: every problem reported with its field path; nothing computed.</summary>
public sealed partial class WaterCompensationCalculatorTests
{
    private static IReadOnlyList<ValidationError> ErrorsOf(Action act) => Assert.Throws<ValidationException>(act).Errors;

    [Fact]
    public void Amount_NegativeAndMissingConcentrations_ReportsEachFieldAtOnce()
    {
        var x = W1 with { Outflow = new Concentrations(null, null, -0.1m, null) };
        var errors = ErrorsOf(() => Calculator.Amount(x));
        Assert.Equal(
            new[] { "outflow.chemicalOxygenDemand", "outflow.ammoniaNitrogen", "outflow.totalPhosphorus" },
            errors.Select(e => e.Path));
        Assert.Contains("must not be negative", errors[1].Message, StringComparison.Ordinal);
        Assert.Contains("required", errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Amount_ClassIiiSectionWithoutPermanganate_NamesTheIndicatorItNeeds()
    {
        var x = W2 with { Outflow = W2.Outflow with { PermanganateIndex = null, ChemicalOxygenDemand = 30m } };
        var error = Assert.Single(ErrorsOf(() => Calculator.Amount(x)));
        Assert.Equal("outflow.permanganateIndex", error.Path);
        Assert.Contains("functional class II or III", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Amount_InflowFlaggedWithoutInflowValues_IsAnError()
    {
        var error = Assert.Single(ErrorsOf(() => Calculator.Amount(W2 with { Inflow = null })));
        Assert.Equal("inflow", error.Path);
        Assert.Contains("required when hasInflow is true", error.Message, StringComparison.Ordinal);

        var partial = ErrorsOf(() => Calculator.Amount(W2 with { Inflow = new Concentrations(null, 9m, null, 0.7m) }));
        Assert.Equal("inflow.ammoniaNitrogen", Assert.Single(partial).Path);
    }

    [Fact]
    public void Amount_InflowValuesWithoutTheFlag_IsAnError()
    {
        var error = Assert.Single(ErrorsOf(() => Calculator.Amount(W2 with { HasInflow = false })));
        Assert.Equal("inflow", error.Path);
    }

    [Theory]
    [InlineData(0, "is not one of I, II, III, IV, V, WorseThanV (got the undefined value 0)")]   // spec 07 C4
    [InlineData(6, "must be a class from I to V")]   // 劣V is a measured class, never a target
    [InlineData(9, "is not one of I, II, III, IV, V, WorseThanV (got the undefined value 9)")]
    public void Amount_FunctionalClassOrTargetOutsideIToV_IsAnError(int cls, string message)
    {
        var errors = ErrorsOf(() => Calculator.Amount(W1 with { FunctionalClass = (WaterClass)cls, AssessmentTarget = (WaterClass)cls }));
        Assert.Contains(errors, e => e.Path == "functionalClass" && e.Message == message && e.Code == ErrorCode.InvalidValue);
        Assert.Contains(errors, e => e.Path == "assessmentTarget" && e.Message == message && e.Code == ErrorCode.InvalidValue);
    }

    [Fact]
    public void Amount_ConcentrationAboveAMillionMgPerLitre_IsRejectedNotOverflowed()
    {
        var error = Assert.Single(ErrorsOf(() => Calculator.Amount(W1 with { Outflow = W1.Outflow with { ChemicalOxygenDemand = decimal.MaxValue } })));
        Assert.Equal("outflow.chemicalOxygenDemand", error.Path);
        Assert.Equal(
            new decimal[] { (1_000_000m - 40m) / 10m * 30_000m + (6 - 4) * 30_000m + 80_000m + 30_000m },
            new[] { Calculator.Amount(W1 with { Outflow = W1.Outflow with { ChemicalOxygenDemand = 1_000_000m } }) });
    }

    [Fact]
    public void Amount_DryMonthNeedsNoConcentrations()
    {
        var dry = new SectionMonth(March2018, WaterClass.III, WaterClass.III, WaterBodyType.River, Dry: true, HasInflow: false, default, null);
        Assert.Equal(0m, Calculator.Amount(dry));
        Assert.Equal("第九条（一）", Assert.Single(Calculator.Calculate(dry).Lines).Citation.Article);
    }

    [Fact]
    public void Amounts_Batch_ReportsEveryBadItemByIndexAndWritesNothing()
    {
        var inputs = new[] { W1, W1 with { Outflow = W1.Outflow with { TotalPhosphorus = -1m } }, W2, W1 with { Month = new YearMonth(2017, 12) } };
        var amounts = new decimal[] { -7m, -7m, -7m, -7m };
        var ex = Assert.Throws<ValidationException>(() => Calculator.Amounts(inputs, amounts));
        Assert.Equal(new[] { "[1].outflow.totalPhosphorus", "[3].month" }, ex.Errors.Select(e => e.Path));
        Assert.Equal(
            new[]
            {
                "[1].outflow.totalPhosphorus: must not be negative (got -1 mg/L)",
                "[3].month: 2017-12 is before the policy is in force (海行规发〔2017〕7号《海淀区水环境区域补偿办法（试行）》第十五条: from 2018-01)",
            },
            ex.Errors.Select(e => e.ToString()));
        Assert.Contains("before the policy is in force", ex.Errors[1].Message, StringComparison.Ordinal);
        Assert.All(amounts, a => Assert.Equal(-7m, a));
    }

    [Fact]
    public void Settle_UnknownTownInTheRegistry_IsNamed()
    {
        var ex = Assert.Throws<ValidationException>(() => new SectionRegistry(new[] { "A", "B" }, new[]
        {
            new Section("S1", "s", WaterClass.IV, null, WaterBodyType.River, new[] { "A", "Z" }, "Q", new YearMonth(2018, 1)),
        }));
        Assert.Equal(new[] { "sections[0].responsibleTowns[1]", "sections[0].downstream" }, ex.Errors.Select(e => e.Path));
        Assert.Equal(
            new[]
            {
                "sections[0].responsibleTowns[1]: unknown town 'Z': not one of the registry's towns",
                "sections[0].downstream: unknown town 'Q': not one of the registry's towns (use null for another district)",
            },
            ex.Errors.Select(e => e.ToString()));
        Assert.Contains("unknown town 'Z'", ex.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Settle_OverlappingRegistryEntriesForOneSection_AreRejected()
    {
        var ex = Assert.Throws<ValidationException>(() => new SectionRegistry(new[] { "A", "B" }, new[]
        {
            new Section("S1", "s", WaterClass.IV, null, WaterBodyType.River, new[] { "A" }, "B", new YearMonth(2018, 1)),
            new Section("S1", "s again", WaterClass.IV, null, WaterBodyType.River, new[] { "A" }, "B", new YearMonth(2019, 1)),
        }));
        Assert.Equal("sections[1]", Assert.Single(ex.Errors).Path);
    }

    [Fact]
    public void Settle_MissingDuplicateUnknownAndWrongMonthRecords_AreAllReported()
    {
        var records = new[]
        {
            new MonthlyMonitoring("S1", March2018, false, false, W1.Outflow),
            new MonthlyMonitoring("S1", March2018, false, false, W1.Outflow),
            new MonthlyMonitoring("S9", March2018, false, false, W1.Outflow),
            new MonthlyMonitoring("S2", new YearMonth(2018, 4), false, false, W1.Outflow),
        };
        var ex = Assert.Throws<ValidationException>(() => Calculator.Settle(March2018, W6Registry, records));
        var paths = ex.Errors.Select(e => e.Path).ToArray();
        Assert.Equal(
            new[]
            {
                "monitoring[1].sectionId: section 'S1' already has a record for 2018-03 (monitoring[0])",
                "monitoring[2].sectionId: unknown section 'S9': not registered for 2018-03",
                "monitoring[3].month: 2018-04 is not the month settled (2018-03)",
                "monitoring: no monitoring record for section 'S2' in 2018-03 (a dry month must be recorded as dry)",
                "monitoring: no monitoring record for section 'S3' in 2018-03 (a dry month must be recorded as dry)",
            },
            ex.Errors.Select(e => e.ToString()));
        Assert.Equal(new[] { "monitoring[1].sectionId", "monitoring[2].sectionId", "monitoring[3].month", "monitoring", "monitoring" }, paths);
        Assert.Contains("no monitoring record for section 'S2'", ex.Errors[3].Message, StringComparison.Ordinal);
        Assert.Contains("'S3'", ex.Errors[4].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Settle_MonthOutOfForce_ThrowsNotInForce()
    {
        Assert.Throws<NotInForceException>(() => Calculator.Settle(new YearMonth(2017, 12), W6Registry, W6Monitoring(new YearMonth(2017, 12))));
    }

    [Fact]
    public void SettleYear_OverAllocatedTransferFundAndUnknownTown_AreReported()
    {
        var monitoring = Enumerable.Range(1, 12).SelectMany(m => W6Monitoring(new YearMonth(2018, m))).ToArray();
        var ex = Assert.Throws<ValidationException>(() => Calculator.SettleYear(2018, W6Registry, monitoring,
            new[] { new TransferFundAllocation("S1", "A", 600_000m), new TransferFundAllocation("S1", "B", 600_000m), new TransferFundAllocation("S2", "Q", 1m) },
            new[] { new MisuseDeduction("A", -5m, "") }));
        var paths = ex.Errors.Select(e => e.Path).ToArray();
        Assert.Equal(
            new[]
            {
                "transferFund[1].amount: section 'S1' is allocated 1,200,000 yuan in all, more than the 1,000,000 yuan per section per year of 第三条",
                "transferFund[2].town: unknown town 'Q'",
                "deductions[0].amount: must be greater than 0 (got -5)",
                "deductions[0].finding: is required and must not be blank",
            },
            ex.Errors.Select(e => e.ToString()));
        Assert.Contains("transferFund[1].amount", paths);
        Assert.Contains("transferFund[2].town", paths);
        Assert.Contains("deductions[0].amount", paths);
        Assert.Contains("deductions[0].finding", paths);
    }
}
