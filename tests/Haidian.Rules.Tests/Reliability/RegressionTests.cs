using Haidian.Rules.Deadlines;
using Haidian.Rules.WaterCompensation;

namespace Haidian.Rules.Tests.Reliability;

/// <summary>One test per bug the hostile runs found, named after the failing case.</summary>
public sealed class RegressionTests
{
    [Theory]
    [InlineData("79228162514264337593543950335", true)]
    [InlineData("-79228162514264337593543950335", true)]
    [InlineData("7922816251426433759354395033.5", true)]
    [InlineData("792281625142643375935439503.35", true)]
    [InlineData("0.001", false)]
    [InlineData("0.0000000000000000000000000001", false)]
    [InlineData("12.34", true)]
    public void IsWholeFen_DecimalMaxValueAndFriends_AnswersInsteadOfOverflowing(string text, bool expected) =>
        Assert.Equal(expected, Money.IsWholeFen(decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void SettleYear_TransferFundOfDecimalMaxValue_IsAValidationErrorNotAnOverflow()
    {
        var monitoring = Enumerable.Range(1, 12).SelectMany(m => Haidian.Rules.Tests.WaterCompensation.WaterCompensationCalculatorTests.W6Monitoring(new YearMonth(2018, m))).ToArray();
        var ex = Assert.Throws<ValidationException>(() => new WaterCompensationCalculator().SettleYear(
            2018,
            Haidian.Rules.Tests.WaterCompensation.WaterCompensationCalculatorTests.W6Registry,
            monitoring,
            new[] { new TransferFundAllocation("S1", "A", decimal.MaxValue) },
            Array.Empty<MisuseDeduction>()));
        Assert.Contains(ex.Errors, e => e.Path == "transferFund[0].amount");
    }

    [Fact]
    public void MinimumDuration_287MonthsFrom9999_12_31_IsAValidationErrorNotAnOverflow()
    {
        var ex = Assert.Throws<ValidationException>(() => new DeadlineCalculator().MinimumDuration(new LocalDate(9999, 12, 31), 287, PeriodUnit.Months));
        Assert.Contains(ex.Errors, e => e.Path == "start");
    }

    [Fact]
    public void Period_FromLocalDateMaxIsoValue_IsAValidationErrorNotAnOverflow() =>
        Assert.Contains(Assert.Throws<ValidationException>(() => new DeadlineCalculator().Period(LocalDate.MaxIsoValue, 1, PeriodUnit.Days)).Errors, e => e.Path == "eventDate");

    [Fact]
    public void WorkingDaysInAdvance_FromLocalDateMinIsoValue_IsAValidationErrorNotAnOverflow() =>
        Assert.Contains(Assert.Throws<ValidationException>(() => new DeadlineCalculator().WorkingDaysInAdvance(LocalDate.MinIsoValue, 5)).Errors, e => e.Path == "eventDate");

    [Fact]
    public void NthWorkingDayOfQuarter_YearIntMaxValue_IsAValidationErrorNotArgumentOutOfRange() =>
        Assert.Contains(Assert.Throws<ValidationException>(() => new DeadlineCalculator().NthWorkingDayOfQuarter(int.MaxValue, 1, 13)).Errors, e => e.Path == "year");

    [Fact]
    public void NthWorkingDayOfMonth_December9999_IsAValidationErrorNotAnOverflow() =>
        Assert.Contains(Assert.Throws<ValidationException>(() => new DeadlineCalculator().NthWorkingDayOfMonth(new YearMonth(9999, 12), 1)).Errors, e => e.Path == "month");
}
