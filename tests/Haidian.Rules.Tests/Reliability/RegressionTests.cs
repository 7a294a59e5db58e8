using Haidian.Rules.WaterCompensation;

namespace Haidian.Rules.Tests.Reliability;

/// <summary>One test per bug the hostile runs found, named after the failing case.</summary>
public sealed class RegressionTests
{
    [Theory]
    [InlineData("79228162514264337593543950335", true)]
    [InlineData("-79228162514264337593543950335", true)]
    [InlineData("7922816251426433759354395033.5", false)]
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
}
