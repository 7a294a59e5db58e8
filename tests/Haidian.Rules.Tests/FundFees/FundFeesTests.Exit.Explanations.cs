using Haidian.Rules.FundFees;

namespace Haidian.Rules.Tests.FundFees;

/// <summary>
/// 第三十条 exit grounds word for word: the dated grounds around the day they arise (a completion on that day is too late), the end of
/// the calendar, events dated before the document was in force, and the grounds the caller states.
/// </summary>
public sealed partial class FundFeesTests
{
    private static readonly LocalDate March15 = new(2018, 3, 15);

    [Fact]
    public void AssessExit_SetupOverdue_Explanation_WordForWord()
    {
        var result = GuideFund.AssessExit(new ExitFacts(new LocalDate(2019, 3, 16), PlanConfirmed: March15));
        Assert.Equal(new ExitGroundResult(ExitGround.SetupOverdue, true, new LocalDate(2019, 3, 16),
            "plan confirmed 2018-03-15; the year runs from 2018-03-16 to 2019-03-15 (art. 202); 超过 is strict, so the ground arises on 2019-03-16; set-up not completed",
            GuideFundParameters.Document.WithArticle("第三十条（一）")), result.Grounds[0]);
        Assert.Equal((new LocalDate(2019, 3, 16), true, "gazette-2017"), (result.AsOf, result.MayExit, result.Provenance.ParametersVersion));
    }

    [Theory]
    [InlineData("2019-03-15", false)]   // why: completed on the year's last day: in time
    [InlineData("2019-03-16", true)]    // why: completed on the day the ground arises: too late, the ground stands
    public void AssessExit_SetupCompleted_MustBeBeforeTheGroundArises(string completed, bool applies)
    {
        var setup = LocalDatePattern(completed);
        var ground = GuideFund.AssessExit(new ExitFacts(new LocalDate(2019, 6, 1), PlanConfirmed: March15, SetupCompleted: setup)).Grounds[0];
        Assert.Equal(applies, ground.Applies);
        Assert.EndsWith("; set-up completed " + completed, ground.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void AssessExit_MoneyIdle_Explanation_WordForWord()
    {
        var result = GuideFund.AssessExit(new ExitFacts(new LocalDate(2019, 3, 15), GuideMoneyDisbursed: March15));
        Assert.Equal(new ExitGroundResult(ExitGround.MoneyIdle, true, new LocalDate(2019, 3, 15),
            "guide money in the fund account from 2018-03-15; 1年以上 includes one full year, reached on the corresponding day 2019-03-15; business not started",
            GuideFundParameters.Document.WithArticle("第三十条（二）")), result.Grounds[1]);
    }

    [Theory]
    [InlineData("2019-03-14", false)]   // why: started before the full year: the money was not idle a year
    [InlineData("2019-03-15", true)]    // why: started on the corresponding day: the year was already full
    public void AssessExit_BusinessStarted_MustBeBeforeTheGroundArises(string started, bool applies)
    {
        var ground = GuideFund.AssessExit(new ExitFacts(new LocalDate(2019, 6, 1), GuideMoneyDisbursed: March15, BusinessStarted: LocalDatePattern(started))).Grounds[1];
        Assert.Equal(applies, ground.Applies);
        Assert.EndsWith("; business started " + started, ground.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void AssessExit_EventsBeforeTheDocumentWasInForce_AreFlagged_OnItsFirstDayTheyAreNot()
    {
        var before = GuideFund.AssessExit(new ExitFacts(Day2018, PlanConfirmed: new LocalDate(2017, 9, 16), GuideMoneyDisbursed: new LocalDate(2017, 9, 16)));
        const string Note = "; note: the event (2017-09-16) is dated before this document was in force (2017-09-17)";
        Assert.EndsWith("; set-up not completed" + Note, before.Grounds[0].Explanation, StringComparison.Ordinal);
        Assert.EndsWith("; business not started" + Note, before.Grounds[1].Explanation, StringComparison.Ordinal);
        var onTheDay = GuideFund.AssessExit(new ExitFacts(Day2018, PlanConfirmed: new LocalDate(2017, 9, 17), GuideMoneyDisbursed: new LocalDate(2017, 9, 17)));
        Assert.EndsWith("; set-up not completed", onTheDay.Grounds[0].Explanation, StringComparison.Ordinal);
        Assert.EndsWith("; business not started", onTheDay.Grounds[1].Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void AssessExit_AYearEndingAfterTheCalendar_CannotArise()
    {
        var setup = GuideFund.AssessExit(new ExitFacts(new LocalDate(9999, 1, 1), PlanConfirmed: new LocalDate(9998, 12, 31))).Grounds[0];
        Assert.Equal((false, (LocalDate?)null), (setup.Applies, setup.ArisesOn));
        Assert.Equal("plan confirmed 9998-12-31; the period ends after the end of the calendar (9999-12-31), so the ground cannot arise; set-up not completed", setup.Explanation);
        var completed = GuideFund.AssessExit(new ExitFacts(new LocalDate(9999, 6, 1), PlanConfirmed: new LocalDate(9999, 1, 1), SetupCompleted: new LocalDate(9999, 5, 1))).Grounds[0];
        Assert.Equal((false, (LocalDate?)null), (completed.Applies, completed.ArisesOn));
        Assert.EndsWith("so the ground cannot arise; set-up completed 9999-05-01", completed.Explanation, StringComparison.Ordinal);

        var money = GuideFund.AssessExit(new ExitFacts(new LocalDate(9999, 6, 1), GuideMoneyDisbursed: new LocalDate(9999, 1, 1), BusinessStarted: new LocalDate(9999, 2, 1))).Grounds[1];
        Assert.Equal((false, (LocalDate?)null), (money.Applies, money.ArisesOn));
        Assert.Equal("guide money in the fund account from 9999-01-01; one full year is reached only after the end of the calendar (9999-12-31), so the ground cannot arise; business started 9999-02-01", money.Explanation);
    }

    [Fact]
    public void AssessExit_NothingGiven_NoGround_EachStatedGroundAloneIsEnough()
    {
        var none = GuideFund.AssessExit(new ExitFacts(Day2018));
        var c = GuideFundParameters.Document;
        Assert.Equal(new[]
        {
            new ExitGroundResult(ExitGround.SetupOverdue, false, null, "plan confirmation date not given", c.WithArticle("第三十条（一）")),
            new ExitGroundResult(ExitGround.MoneyIdle, false, null, "disbursement date not given", c.WithArticle("第三十条（二）")),
            new ExitGroundResult(ExitGround.NonConformingFieldOrStage, false, null, "not stated", c.WithArticle("第三十条（三）")),
            new ExitGroundResult(ExitGround.ContributionOrInvestmentNotAsAgreed, false, null, "not stated", c.WithArticle("第三十条（四）")),
            new ExitGroundResult(ExitGround.UnlawfulConductDefeatsPurpose, false, null, "not stated", c.WithArticle("第三十条（五）")),
        }, none.Grounds);
        Assert.False(none.MayExit);

        var stated = GuideFund.AssessExit(new ExitFacts(Day2018, NonConformingFieldOrStage: true, ContributionOrInvestmentNotAsAgreed: true, UnlawfulConductDefeatsPurpose: true));
        Assert.Equal(new[] { "stated by the caller", "stated by the caller", "stated by the caller" }, stated.Grounds.Skip(2).Select(g => g.Explanation));
        Assert.True(GuideFund.AssessExit(new ExitFacts(Day2018, NonConformingFieldOrStage: true)).MayExit);
        Assert.True(GuideFund.AssessExit(new ExitFacts(Day2018, UnlawfulConductDefeatsPurpose: true)).Grounds[4].Applies);
    }
}
