using Haidian.Rules.Deadlines;
using Haidian.Rules.FundFees;
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

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void CalculateForYear_RuleWithoutGazetteText_NamesTheFixedDateInsteadOfThrowingNullReference(string? text)
    {
        var rule = DeadlineParameters.Gazette2017.ForestSelfInspectionReport with { Text = text! };
        var result = new DeadlineCalculator().CalculateForYear(rule, 2017);
        Assert.Equal(new LocalDate(2018, 3, 31), result.LastDay);
        Assert.Contains(result.Steps, s => s.Rule.Contains("the fixed date 03-31", StringComparison.Ordinal) || s.Arithmetic.Contains("the fixed date 03-31", StringComparison.Ordinal));
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

    [Fact]
    public void Vote_CompositionOthersNearIntMaxValue_IsAValidationErrorNotAnOverflow()
    {
        var vote = new CommitteeVote(35, 30, new CommitteeComposition(5, 2, 6, int.MaxValue - 1));
        var ex = Assert.Throws<ValidationException>(() => new DevelopmentFundCalculator().Vote(vote, new LocalDate(2020, 7, 9)));
        Assert.Contains(ex.Errors, e => e.Path == "composition.others");
        Assert.Contains(ex.Errors, e => e.Path == "composition" && e.Message.Contains("2147483659", StringComparison.Ordinal));
    }

    [Fact]
    public void CheckTerms_CommitteeOfIntMinValueMembers_IsAValidationErrorNotAnOverflow()
    {
        var terms = new DevelopmentFundTerms("F", new LocalDate(2023, 5, 14), true, 5m, 30_000_000m, true, Committee: new CommitteeComposition(int.MinValue, int.MinValue, 3, 24));
        var ex = Assert.Throws<ValidationException>(() => new DevelopmentFundCalculator().CheckTerms(terms));
        Assert.Contains(ex.Errors, e => e.Path == "committee.fromManager");
        Assert.Contains(ex.Errors, e => e.Path == "committee.fromStateAssetsCentre");
    }

    [Fact]
    public void DevelopmentFundParameters_CommitteeCountsNearIntMaxValue_AreValidationErrorsNotAnOverflow() =>
        Assert.Contains((DevelopmentFundParameters.Gazette2017 with { CommitteeFromManager = int.MaxValue, CommitteeFromStateAssetsCentre = int.MaxValue }).Validate(), e => e.Path == "committeeMembers");

    [Fact]
    public void DistributeYearEnd_Returns10e15AmongPartnersOf10e15_AddsUpInsteadOfOverflowing()
    {
        var partners = new[] { new PartnerStake("A", 1e15m), new PartnerStake("B", 1e15m), new PartnerStake("C", 1e15m) };
        var result = new DevelopmentFundCalculator().DistributeYearEnd(new YearEndDistribution(2020, 1e15m, partners));
        Assert.Equal(1e15m, result.Shares.Sum(s => s.Amount));
        Assert.Equal(new[] { 333_333_333_333_333.34m, 333_333_333_333_333.33m, 333_333_333_333_333.33m }, result.Shares.Select(s => s.Amount));
    }

    [Theory]
    [InlineData("1000000000000000", "1000000000000000", "999999999999999.99")]
    [InlineData("1000000000000000", "0.01", "999999999999999.99")]
    [InlineData("0.01", "1000000000000000", "1")]
    public void SplitProRata_TotalTimesWeightBeyondDecimal_ConservesTheTotalWithoutOverflowing(string total, string w1, string w2)
    {
        decimal D(string x) => decimal.Parse(x, System.Globalization.CultureInfo.InvariantCulture);
        var shares = Money.SplitProRata(D(total), new[] { D(w1), D(w2), D(w1) });
        Assert.Equal(D(total), shares.Sum());
        Assert.All(shares, s => Assert.True(s >= 0m && Money.IsWholeFen(s)));
    }

    [Fact]
    public void SplitProRata_WeightsAddingUpBeyondDecimal_IsAValidationErrorNotAnOverflow() =>
        Assert.Contains(Assert.Throws<ValidationException>(() => Money.SplitProRata(100m, new[] { decimal.MaxValue, decimal.MaxValue })).Errors, e => e.Path == "weights");

    [Fact]
    public void SplitProRata_TotalWhoseFenLeaveDecimal_IsAValidationErrorNotAnOverflow() =>
        Assert.Contains(Assert.Throws<ValidationException>(() => Money.SplitProRata(decimal.MaxValue, new[] { 1m })).Errors, e => e.Path == "total");

    [Fact]
    public void QuarterlyCustodyReportDeadline_2027WithoutASchedule_IsReportedOnYear() =>
        Assert.Contains(Assert.Throws<ValidationException>(() => new DevelopmentFundCalculator().QuarterlyCustodyReportDeadline(2027, 1)).Errors, e => e.Path == "year");

    [Fact]
    public void CheckCustodianBank_Established9999_12_31_IsNotYetFiveYearsOldNotAnArgumentOutOfRange()
    {
        var bank = new CustodianBankProfile("B", new LocalDate(9999, 12, 31), true, true, true, false);
        var report = new GuideFundCalculator().CheckCustodianBank(bank, new LocalDate(9999, 12, 31));
        var age = Assert.Single(report.Findings, f => f.Code == "guide.custodianAge");
        Assert.Equal(FindingStatus.Breached, age.Status);
        Assert.Equal(ComplianceVerdict.NonCompliant, report.Verdict);
    }

    [Fact]
    public void AssessExit_PlanConfirmedAndMoneyDisbursed9999_12_31_CannotAriseNotAnArgumentOutOfRange()
    {
        var day = new LocalDate(9999, 12, 31);
        var assessment = new GuideFundCalculator().AssessExit(new ExitFacts(day, PlanConfirmed: day, GuideMoneyDisbursed: day));
        Assert.False(assessment.MayExit);
        Assert.All(assessment.Grounds.Take(2), g => Assert.Null(g.ArisesOn));
    }
}
