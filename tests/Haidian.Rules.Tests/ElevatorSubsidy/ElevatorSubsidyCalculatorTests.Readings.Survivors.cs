using Haidian.Rules.ElevatorSubsidy;

namespace Haidian.Rules.Tests.ElevatorSubsidy;

/// <summary>Mutation survivors of the span run on the 07 E-a/E-b code: roll paths, codes of counts above their whole, texts.</summary>
public sealed partial class ElevatorSubsidyCalculatorTests
{
    [Fact]
    public void E_a_roll_problems_are_reported_under_ownerRoll_and_the_note_names_the_other_checks()
    {
        var bad = new BuildingApplication(InScopeBuilding(), true, OwnerRoll: new OwnerRoll("1单元", Array.Empty<Owner>()));
        var error = Assert.Single(Assert.Throws<ValidationException>(() => Calculator.CheckEligibility(bad, AsOf)).Errors);
        Assert.Equal(("ownerRoll.owners", ErrorCode.Required), (error.Path, error.Code));

        Assert.Equal(
            "四（一）至（四）: eligibility does not fix the amount: the subsidy depends on the ownership (municipal, district or central-unit property) and the audited costs (CalculateSubsidy); the timetable is CheckTimeline.",
            Calculator.CheckEligibility(new BuildingApplication(InScopeBuilding(), true, ConsentTally: ExactlyTwoThirds), AsOf).Notes.Single());
    }

    [Fact]
    public void C3_counts_above_their_whole_are_inconsistent_and_negative_counts_out_of_range()
    {
        (string, ErrorCode)[] Codes(ConsentTally t) => Assert.Throws<ValidationException>(() => Calculator.CheckConsent(t, AsOf)).Errors.Select(e => (e.Path, e.Code)).ToArray();
        Assert.Equal(new[] { ("affectedOwners", ErrorCode.Inconsistent) }, Codes(ExactlyTwoThirds with { AffectedOwners = 25 }));
        Assert.Equal(new[] { ("affectedOwners", ErrorCode.OutOfRange), ("affectedOwnersAgreeing", ErrorCode.Inconsistent) }, Codes(ExactlyTwoThirds with { AffectedOwners = -1 }));
        Assert.Equal(new[] { ("affectedOwnersAgreeing", ErrorCode.OutOfRange) }, Codes(ExactlyTwoThirds with { AffectedOwnersAgreeing = -1 }));
        Assert.Equal(new[] { ("agreeingOwners", ErrorCode.OutOfRange), ("affectedOwnersAgreeing", ErrorCode.Inconsistent) }, Codes(ExactlyTwoThirds with { AgreeingOwners = -1 }));
        Assert.Equal(new[] { ("agreeingOwners", ErrorCode.Inconsistent) }, Codes(ExactlyTwoThirds with { AgreeingOwners = 25 }));
    }

    [Fact]
    public void E_b_the_texts_of_the_works_window_checks()
    {
        var backwards = Assert.Single(Assert.Throws<ValidationException>(() => Calculator.CheckTimeline(new ProjectTimeline(null, new LocalDate(2017, 8, 1), null, null, null, WorksStartedOn: new LocalDate(2017, 8, 2)), AsOf)).Errors);
        Assert.Equal("2017-08-02 is after worksCompletedOn 2017-08-01: works cannot start after they are completed", backwards.Message);
        var future = Assert.Single(Assert.Throws<ValidationException>(() => Calculator.CheckTimeline(new ProjectTimeline(null, null, null, null, null, WorksStartedOn: new LocalDate(2017, 9, 2)), AsOf)).Errors);
        Assert.Equal("worksStartedOn", future.Path);

        var early = Calculator.CheckTimeline(new ProjectTimeline(null, new LocalDate(2017, 5, 31), null, null, null), AsOf);
        Assert.Equal(
            "五: design, approval, agreements and installation complete (完成方案设计与审批、签订协议、施工与安装) on 2017-05-31, before the works window 2017-06-01 – 2017-10-31 (2017年6月—10月底, both days included)",
            early.Checked[0]);
        Assert.Equal(early.Checked[0] + ": 1 day(s) early", Assert.Single(early.Findings).Message);
        Assert.StartsWith("五: works started (方案设计与审批、签订协议、施工与安装 begun) on 2017-07-01, on or before the deadline 2017-10-31", Calculator.CheckTimeline(new ProjectTimeline(null, null, null, null, null, WorksStartedOn: new LocalDate(2017, 7, 1)), AsOf).Checked.Single(), StringComparison.Ordinal);
    }
}
