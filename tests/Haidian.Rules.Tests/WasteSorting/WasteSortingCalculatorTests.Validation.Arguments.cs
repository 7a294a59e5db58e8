using Haidian.Rules.WasteSorting;

namespace Haidian.Rules.Tests.WasteSorting;

/// <summary>Arguments of the entry points: null arguments name their parameter, blank names and out-of-range years are reported with exact messages.</summary>
public sealed partial class WasteSortingCalculatorTests
{
    [Fact]
    public void NullArguments_NameTheParameter()
    {
        Assert.Equal("input", Assert.Throws<ArgumentNullException>(() => Calculator.Calculate(null!)).ParamName);
        Assert.Equal("street", Assert.Throws<ArgumentNullException>(() => Calculator.Statement(null!, March2018, Array.Empty<EstateMonth>())).ParamName);
        Assert.Equal("estates", Assert.Throws<ArgumentNullException>(() => Calculator.Statement("s", March2018, null!)).ParamName);
        Assert.Equal("street", Assert.Throws<ArgumentNullException>(() => Calculator.YearStatement(null!, 2018, Array.Empty<EstateMonth>())).ParamName);
        Assert.Equal("estateMonths", Assert.Throws<ArgumentNullException>(() => Calculator.YearStatement("s", 2018, null!)).ParamName);
        Assert.Equal("claim", Assert.Throws<ArgumentNullException>(() => Calculator.ConstructionSubsidy(null!)).ParamName);
        Assert.Equal("parameters", Assert.Throws<ArgumentNullException>(() => new WasteSortingCalculator((WasteSortingParameters)null!)).ParamName);
        Assert.Equal("history", Assert.Throws<ArgumentNullException>(() => new WasteSortingCalculator((ParameterHistory<WasteSortingParameters>)null!)).ParamName);
    }

    [Fact]
    public void Statement_BlankStreet_IsReported()
    {
        var ex = Assert.Throws<ValidationException>(() => Calculator.Statement(" ", March2018, StreetMarch2018));
        Assert.Equal("street: is required and must not be blank", Assert.Single(ex.Errors).ToString());
    }

    [Fact]
    public void YearStatement_BlankStreet_IsReported()
    {
        var ex = Assert.Throws<ValidationException>(() => Calculator.YearStatement("", 2018, StreetMarch2018));
        Assert.Equal("street: is required and must not be blank", Assert.Single(ex.Errors).ToString());
    }

    [Theory]
    [InlineData(0)]             // why: one below the first year
    [InlineData(-5)]
    [InlineData(9_999)]         // why: one above the last year accepted
    [InlineData(int.MinValue)]
    [InlineData(int.MaxValue)]
    public void YearStatement_YearOutOfRange_IsAValidationError_NotAnotherException(int year)
    {
        var ex = Assert.Throws<ValidationException>(() => Calculator.YearStatement("万寿路街道", year, StreetMarch2018));
        Assert.Equal("year: must be between 1 and 9998", Assert.Single(ex.Errors).ToString());
    }

    [Fact]
    public void YearStatement_Year1_IsInRange_ButBeforeThePolicy()
    {
        // why: 1 is the lowest year accepted, so the answer is "not in force", not a range error.
        Assert.Throws<NotInForceException>(() => Calculator.YearStatement("万寿路街道", 1, Array.Empty<EstateMonth>()));
    }

    [Fact]
    public void YearStatement_Year9998_TheLastYearAccepted_GivesAnEmptyStatement()
    {
        var y = Calculator.YearStatement("万寿路街道", 9_998, Array.Empty<EstateMonth>());
        Assert.Equal(9_998, y.Year);
        Assert.Empty(y.Months);
        Assert.Empty(y.Estates);
        Assert.Equal(0m, y.Payable);
    }

    [Fact]
    public void Statement_EstateOfAnotherMonth_IsReportedOnce_ItsContentIsNotChecked()
    {
        // why: an estate-month of the wrong month is not part of the statement, so its blank operator and bad ticket are not reported.
        var april = Estate("D", new[] { new WeighingTicket("D-1", new LocalDate(2018, 4, 2), 0m, WasteStream.Kitchen) }, op: " ")
            with { Month = new YearMonth(2018, 4) };
        var ex = Assert.Throws<ValidationException>(() => Calculator.Statement("万寿路街道", March2018, new[] { april }));
        Assert.Equal("estates[0].month: 2018-04 is not the month of the statement (2018-03)", Assert.Single(ex.Errors).ToString());
    }

    [Fact]
    public void YearStatement_EstateOfAnotherYearOrBeforeThePolicy_IsReportedOnce_ItsContentIsNotChecked()
    {
        var otherYear = Estate("A", new[] { new WeighingTicket("A-1", new LocalDate(2018, 1, 2), 0m, WasteStream.Kitchen) }, op: " ")
            with { Month = new YearMonth(2018, 1) };
        var early = Estate("B", new[] { new WeighingTicket("B-1", new LocalDate(2017, 7, 2), 0m, WasteStream.Kitchen) }, op: " ")
            with { Month = new YearMonth(2017, 7) };
        var ex = Assert.Throws<ValidationException>(() => Calculator.YearStatement("万寿路街道", 2017, new[] { otherYear, early }));
        Assert.Equal(
            new[]
            {
                "estateMonths[0].month: 2018-01 is not in 2017",
                "estateMonths[1].month: 2017-07 is before the policy is in force (from 2017-08-31)",
            },
            ex.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void ConstructionSubsidy_BlankOperator_IsReported()
    {
        var claim = new ConstructionSubsidyClaim("万寿路甲15号院", "  ", CollectionMode.CentralizedStation, true, new LocalDate(2018, 1, 1), 100m, null);
        var ex = Assert.Throws<ValidationException>(() => Calculator.ConstructionSubsidy(claim));
        Assert.Equal("operator: is required and must not be blank", Assert.Single(ex.Errors).ToString());
    }

    [Fact]
    public void ConstructionSubsidy_AmountsUpToOneBillionYuan_AreAccepted_OneFenMoreIsNot()
    {
        var claim = new ConstructionSubsidyClaim("万寿路甲15号院", "华清物业", CollectionMode.CentralizedStation, true, new LocalDate(2018, 1, 1), 1_000_000_000m, 1_000_000_000m);
        Assert.Equal(1_000_000_000m, Calculator.ConstructionSubsidy(claim).Subsidy);   // why: the bound itself is allowed
        var ex = Assert.Throws<ValidationException>(() => Calculator.ConstructionSubsidy(claim with { ClaimedCost = 1_000_000_000.01m, AuditedAmount = 1_000_000_000.01m }));
        Assert.Equal(
            new[]
            {
                "claimedCost: must not exceed 1,000,000,000 yuan",
                "auditedAmount: must not exceed 1,000,000,000 yuan",
            },
            ex.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void ConstructionSubsidy_AmountNotInWholeFen_IsReportedOnce_EvenAboveTheCap()
    {
        // why: a sub-fen amount is reported as such; the cap is checked only for well-formed amounts.
        var claim = new ConstructionSubsidyClaim("万寿路甲15号院", "华清物业", CollectionMode.CentralizedStation, true, new LocalDate(2018, 1, 1), 2_000_000_000.001m, null);
        var ex = Assert.Throws<ValidationException>(() => Calculator.ConstructionSubsidy(claim));
        Assert.Equal("claimedCost: must be a whole number of fen", Assert.Single(ex.Errors).ToString());
    }
}
