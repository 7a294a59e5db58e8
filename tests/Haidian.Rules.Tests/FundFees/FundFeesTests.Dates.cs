using Haidian.Rules.FundFees;

namespace Haidian.Rules.Tests.FundFees;

/// <summary>In-force dates, the exit grounds of 第三十条 and the custody-report deadlines (a caller-supplied calendar).</summary>
public sealed partial class FundFeesTests
{
    [Fact]
    public void ManagementFeeCap_PeriodBeforeSeptember8_2017_IsNotInForce_AndNamesTheRepealedInterimMeasures()
    {
        var ex = Assert.Throws<NotInForceException>(() => Development.ManagementFeeCap(new FeePeriod(new LocalDate(2017, 9, 7), new LocalDate(2017, 12, 31),
            new[] { new BaseChange(new LocalDate(2017, 1, 1), 1m) })));
        Assert.Equal(new LocalDate(2017, 9, 8), ex.InForceFrom);
        Assert.Contains("海行规发〔2016〕6号", ex.Message, StringComparison.Ordinal);
        var first = Development.ManagementFeeCap(new FeePeriod(new LocalDate(2017, 9, 8), new LocalDate(2017, 12, 31), new[] { new BaseChange(new LocalDate(2017, 1, 1), 365_000_000m) }));
        Assert.Equal(115, first.Days);
        Assert.Equal(230_000m, first.Cap);
    }

    [Fact]
    public void GuideFund_BeforeSeptember17_2017_IsNotInForce()
    {
        Assert.Throws<NotInForceException>(() => GuideFund.CheckTerm(8m, false, new LocalDate(2017, 9, 16)));
        Assert.Equal(ComplianceVerdict.Compliant, GuideFund.CheckTerm(8m, false, new LocalDate(2017, 9, 17)).Verdict);
    }

    [Theory]
    [InlineData("2019-03-15", false)]   // the year ends on the corresponding day: not yet 超过
    [InlineData("2019-03-16", true)]    // the day after: more than one year
    public void AssessExit_SetupOverdue_IsStrict(string asOf, bool applies)
    {
        var facts = new ExitFacts(LocalDatePattern(asOf), PlanConfirmed: new LocalDate(2018, 3, 15));
        var ground = GuideFund.AssessExit(facts).Grounds.Single(g => g.Ground == ExitGround.SetupOverdue);
        Assert.Equal(applies, ground.Applies);
        Assert.Equal(new LocalDate(2019, 3, 16), ground.ArisesOn);
    }

    [Theory]
    [InlineData("2019-03-14", false)]
    [InlineData("2019-03-15", true)]    // 1年以上 includes one full year: from the corresponding day
    public void AssessExit_MoneyIdle_IsInclusive(string asOf, bool applies)
    {
        var facts = new ExitFacts(LocalDatePattern(asOf), GuideMoneyDisbursed: new LocalDate(2018, 3, 15));
        var result = GuideFund.AssessExit(facts);
        Assert.Equal(applies, result.Grounds.Single(g => g.Ground == ExitGround.MoneyIdle).Applies);
        Assert.Equal(applies, result.MayExit);
    }

    [Fact]
    public void AssessExit_LeapDayConfirmation_YearEndsOnFebruary28()
    {
        var result = GuideFund.AssessExit(new ExitFacts(new LocalDate(2021, 3, 1), PlanConfirmed: new LocalDate(2020, 2, 29)));
        Assert.Equal(new LocalDate(2021, 3, 1), result.Grounds[0].ArisesOn);   // art. 202: no 02-29 in 2021, the year ends 02-28
        Assert.True(result.MayExit);
    }

    [Fact]
    public void AssessExit_SetupCompletedInTime_OrBusinessStarted_DefeatsTheDatedGrounds_AndBooleanGroundsStand()
    {
        var result = GuideFund.AssessExit(new ExitFacts(new LocalDate(2020, 1, 1), new LocalDate(2018, 3, 15), new LocalDate(2019, 3, 15),
            new LocalDate(2018, 4, 1), new LocalDate(2019, 3, 31), ContributionOrInvestmentNotAsAgreed: true));
        Assert.False(result.Grounds[0].Applies);
        Assert.False(result.Grounds[1].Applies);
        Assert.True(result.Grounds.Single(g => g.Ground == ExitGround.ContributionOrInvestmentNotAsAgreed).Applies);
        Assert.True(result.MayExit);
    }

    [Fact]
    public void QuarterlyCustodyReport_TenthWorkingDayOfTheQuarter_FromTheCallersCalendar()
    {
        var q4 = Development.QuarterlyCustodyReportDeadline(2018, 4, TestWorkingDayCalendar.Year2018);
        Assert.Equal(new LocalDate(2018, 10, 19), q4.LastDay);   // 10-01..07 off
        Assert.Equal("2018-Q3", q4.Covers);
        Assert.Equal(TestWorkingDayCalendar.Year2018.Name, q4.Calendar);
        Assert.Equal(new LocalDate(2018, 1, 15), Development.QuarterlyCustodyReportDeadline(2018, 1, TestWorkingDayCalendar.Year2018).LastDay);
    }

    [Fact]
    public void AnnualCustodyReport_IsJanuary31_NotMovedByDefault_MovedWhenTheParameterSaysSo()
    {
        var calendar = TestWorkingDayCalendar.Year2018;
        var d2019 = Development.AnnualCustodyReportDeadline(2019, calendar);
        Assert.Equal((new LocalDate(2019, 1, 31), false, "2018"), (d2019.LastDay, d2019.FallsOnRestDay, d2019.Covers));
        var weekend = new TestWorkingDayCalendar(Array.Empty<LocalDate>(), Array.Empty<LocalDate>(), 2018);
        Assert.True(new LocalDate(2018, 1, 31).DayOfWeek == IsoDayOfWeek.Wednesday);
        var sat = new TestWorkingDayCalendar(new[] { new LocalDate(2018, 1, 31) }, Array.Empty<LocalDate>(), 2018);
        var fixedDay = Development.AnnualCustodyReportDeadline(2018, sat);
        Assert.Equal((new LocalDate(2018, 1, 31), true), (fixedDay.LastDay, fixedDay.FallsOnRestDay));
        var moving = new DevelopmentFundCalculator(DevelopmentFundParameters.Gazette2017 with { InForceFrom = new LocalDate(2017, 1, 1), MoveAnnualReportDeadlineOffRestDay = true });
        Assert.Equal(new LocalDate(2018, 2, 1), moving.AnnualCustodyReportDeadline(2018, sat).LastDay);
        Assert.Equal(new LocalDate(2018, 1, 31), moving.AnnualCustodyReportDeadline(2018, weekend).LastDay);
    }

    [Fact]
    public void CustodyReport_YearTheCalendarDoesNotKnow_FailsLoudly_AndBeforeInForce_IsNotInForce()
    {
        Assert.Throws<ValidationException>(() => Development.QuarterlyCustodyReportDeadline(2027, 1, TestWorkingDayCalendar.Year2018));
        Assert.Throws<NotInForceException>(() => Development.QuarterlyCustodyReportDeadline(2017, 3, TestWorkingDayCalendar.Year2018));
    }

    [Fact]
    public void Tranches_FiveOf24MillionFrom2016_TheFirstBeforeTheDocumentWasInForce()
    {
        var tranches = GuideFund.Tranches();
        Assert.Equal(new[] { 2016, 2017, 2018, 2019, 2020 }, tranches.Select(t => t.Year));
        Assert.All(tranches, t => Assert.Equal(24_000_000m, t.Amount));
        Assert.Equal(120_000_000m, tranches.Sum(t => t.Amount));
        Assert.Equal(new[] { true, false, false, false, false }, tranches.Select(t => t.BeforeInForce));
        Assert.NotNull(tranches[1].Note);   // 2017: a payment before 2017-09-17 predates the document
        Assert.Null(tranches[2].Note);
    }

    [Fact]
    public void ManagementFeeCap_AReformFromMidPeriod_AppliesItsRateFromItsOwnDay()
    {
        var reform = DevelopmentFundParameters.Gazette2017 with { Version = "what-if-3permille", InForceFrom = new LocalDate(2019, 1, 1), ManagementFeeAnnualRate = 0.003m };
        var calculator = new DevelopmentFundCalculator(new ParameterHistory<DevelopmentFundParameters>(new[] { DevelopmentFundParameters.Gazette2017, reform }));
        var result = calculator.ManagementFeeCap(new FeePeriod(new LocalDate(2018, 7, 1), new LocalDate(2019, 6, 30),
            new[] { new BaseChange(new LocalDate(2018, 1, 1), 365_000_000m) }));
        Assert.Equal(new[] { 0.002m, 0.003m }, result.Segments.Select(s => s.AnnualRate));
        Assert.Equal(184m * 2_000m + (181m * 3_000m), result.Cap);   // 365M × 2‰ / 365 = 2,000 a day, then 3,000 a day
        Assert.Equal("gazette-2017", result.Provenance.ParametersVersion);
    }

    private static LocalDate LocalDatePattern(string text) => NodaTime.Text.LocalDatePattern.Iso.Parse(text).Value;
}
