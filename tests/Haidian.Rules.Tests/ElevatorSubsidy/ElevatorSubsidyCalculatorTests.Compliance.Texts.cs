using Haidian.Rules.ElevatorSubsidy;

namespace Haidian.Rules.Tests.ElevatorSubsidy;

/// <summary>
/// The compliance checks word for word: operating right (三（一）), the timetable and payment order (五, 三（七）) and the
/// portfolio (一, 三（一）) — every checked line, finding code, message and citation.
/// </summary>
public sealed partial class ElevatorSubsidyCalculatorTests
{
    private const string PlanWhat = "plan, implementing body, site and builder fixed (制定工作方案，确定实施主体、增设电梯点位和施工单位)";
    private const string WorksWhat = "design, approval, agreements and installation complete (完成方案设计与审批、签订协议、施工与安装)";
    private const string InUseWhat = "accepted and in use (完成验收，电梯投入使用)";
    private const string DisbursedWhat = "subsidy disbursed (完成政府补贴款项拨付)";

    [Fact]
    public void CheckOperatingRight_WithinTheRange_SaysSo_AndHasNoFinding()
    {
        var r = Calculator.CheckOperatingRight(15, AsOf);
        Assert.True(r.Compliant);
        Assert.Empty(r.Findings);
        Assert.Equal(new[] { "operating-right term 15 years is within 10–20 years (享有10—20年的经营权, both ends included)" }, r.Checked);
        Assert.Equal("gazette-2017", r.Provenance.ParametersVersion);
    }

    [Fact]
    public void CheckOperatingRight_OutsideTheRange_IsAViolationCodedOperatingRight()
    {
        var r = Calculator.CheckOperatingRight(21, AsOf);
        const string Text = "operating-right term 21 years is outside 10–20 years (享有10—20年的经营权, both ends included)";
        Assert.False(r.Compliant);
        Assert.Equal(new[] { Text }, r.Checked);
        Assert.Equal(new Finding("operatingRight", Severity.Violation, Text, ElevatorSubsidyParameters.Document.WithArticle("三（一）")), Assert.Single(r.Findings));
    }

    [Fact]
    public void CheckTimeline_EveryDateLate_GivesEveryLineAndFindingWithTheDaysLate()
    {
        var t = new ProjectTimeline(new LocalDate(2017, 6, 1), new LocalDate(2017, 11, 2), new LocalDate(2018, 1, 3), new LocalDate(2018, 5, 10), new LocalDate(2018, 5, 4));
        var r = Calculator.CheckTimeline(t, new LocalDate(2018, 6, 1));

        var lines = new[]
        {
            $"五: {PlanWhat} on 2017-06-01, after the deadline 2017-05-31 (底前, the day included)",
            $"五: {WorksWhat} on 2017-11-02, after the deadline 2017-10-31 (底前, the day included)",
            $"五: {InUseWhat} on 2018-01-03, after the deadline 2017-12-31 (底前, the day included)",
            $"五: {DisbursedWhat} on 2018-05-04, after the deadline 2018-04-30 (底前, the day included)",
            "三（七）: disbursed 2018-05-04 after in use (2018-01-03) and audit (2018-05-10)",
        };
        Assert.Equal(lines, r.Checked);

        var five = ElevatorSubsidyParameters.Document.WithArticle("五");
        Assert.Equal(
            new[]
            {
                new Finding("timeline.planFixedOn", Severity.Violation, lines[0] + ": 1 day(s) late", five),
                new Finding("timeline.worksCompletedOn", Severity.Violation, lines[1] + ": 2 day(s) late", five),
                new Finding("timeline.inUseOn", Severity.Violation, lines[2] + ": 3 day(s) late", five),
                new Finding("timeline.disbursedOn", Severity.Violation, lines[3] + ": 4 day(s) late", five),
                new Finding(
                    "timeline.disbursedBeforeAudit",
                    Severity.Violation,
                    "disbursed 2018-05-04 before the audit (2018-05-10); the subsidy is paid only after the audit (经审计部门审计后)",
                    ElevatorSubsidyParameters.Document.WithArticle("三（七）")),
            },
            r.Findings);
        Assert.False(r.Compliant);
    }

    [Fact]
    public void CheckTimeline_DisbursedTheDayBeforeUse_BreaksThePaymentOrder_DeadlinesMetSaySoOnOrBefore()
    {
        var t = new ProjectTimeline(null, null, new LocalDate(2017, 12, 20), new LocalDate(2017, 12, 18), new LocalDate(2017, 12, 19));
        var r = Calculator.CheckTimeline(t, new LocalDate(2018, 1, 10));
        Assert.Equal(
            new[]
            {
                $"五: {InUseWhat} on 2017-12-20, on or before the deadline 2017-12-31 (底前, the day included)",
                $"五: {DisbursedWhat} on 2017-12-19, on or before the deadline 2018-04-30 (底前, the day included)",
                "三（七）: disbursed 2017-12-19 after in use (2017-12-20) and audit (2017-12-18)",
            },
            r.Checked);
        Assert.Equal(
            new Finding(
                "timeline.disbursedBeforeInUse",
                Severity.Violation,
                "disbursed 2017-12-19 before the elevator was in use (2017-12-20); the subsidy is paid only after the elevator is in use (投入使用…后)",
                ElevatorSubsidyParameters.Document.WithArticle("三（七）")),
            Assert.Single(r.Findings));
        Assert.False(r.Compliant);
    }

    [Fact]
    public void CheckTimeline_DisbursedWithNoUseOrAuditDate_BreaksThePaymentOrderTwice()
    {
        var r = Calculator.CheckTimeline(new ProjectTimeline(null, null, null, null, new LocalDate(2018, 1, 5)), new LocalDate(2018, 2, 1));
        Assert.Equal(
            new[]
            {
                $"五: {DisbursedWhat} on 2018-01-05, on or before the deadline 2018-04-30 (底前, the day included)",
                "三（七）: disbursed 2018-01-05 after in use (none) and audit (none)",
            },
            r.Checked);
        Assert.Equal(
            new[]
            {
                "timeline.disbursedBeforeInUse: disbursed 2018-01-05 with no in-use date; the subsidy is paid only after the elevator is in use (投入使用…后)",
                "timeline.disbursedBeforeAudit: disbursed 2018-01-05 with no audit date; the subsidy is paid only after the audit (经审计部门审计后)",
            },
            r.Findings.Select(f => $"{f.Code}: {f.Message}"));
        Assert.All(r.Findings, f => Assert.Equal("三（七）", f.Citation.Article));
        Assert.False(r.Compliant);
    }

    [Fact]
    public void CheckTimeline_DisbursedOnTheDayOfUseAndAudit_KeepsThePaymentOrder_EachDeadlineDayIsOnTime()
    {
        var t = new ProjectTimeline(new LocalDate(2017, 5, 31), new LocalDate(2017, 10, 31), new LocalDate(2017, 12, 31), new LocalDate(2017, 12, 31), new LocalDate(2017, 12, 31));
        var r = Calculator.CheckTimeline(t, new LocalDate(2018, 1, 1));
        Assert.True(r.Compliant);
        Assert.Empty(r.Findings);
        Assert.Equal(
            new[]
            {
                $"五: {PlanWhat} on 2017-05-31, on or before the deadline 2017-05-31 (底前, the day included)",
                $"五: {WorksWhat} on 2017-10-31, on or before the deadline 2017-10-31 (底前, the day included)",
                $"五: {InUseWhat} on 2017-12-31, on or before the deadline 2017-12-31 (底前, the day included)",
                $"五: {DisbursedWhat} on 2017-12-31, on or before the deadline 2018-04-30 (底前, the day included)",
                "三（七）: disbursed 2017-12-31 after in use (2017-12-31) and audit (2017-12-31)",
            },
            r.Checked);
    }

    [Fact]
    public void CheckTimeline_NoDates_ChecksNothing_AndIsCompliant()
    {
        var r = Calculator.CheckTimeline(new ProjectTimeline(null, null, null, null, null), AsOf);
        Assert.True(r.Compliant);
        Assert.Empty(r.Findings);
        Assert.Empty(r.Checked);
    }

    [Fact]
    public void CheckPortfolio_OutOfScopeBuilding_ListsEveryUnmetCriterionInTheFinding()
    {
        var r = Calculator.CheckPortfolio(
            new PilotPortfolio(new[] { InScopeBuilding() with { HasElevator = true, IsMilitaryProperty = true } }, Array.Empty<ImplementingBody>()),
            AsOf);
        Assert.Equal(
            new Finding(
                "portfolio.buildingOutOfScope",
                Severity.Violation,
                "building B-1 is not in the pilot scope: NoExistingElevator: already has an elevator; required: no elevator yet (未设电梯); NotMilitaryProperty: military property; required: not military property (军产房不在此范围)",
                ElevatorSubsidyParameters.Document.WithArticle("一")),
            Assert.Single(r.Findings));
        Assert.False(r.Compliant);
    }

    [Fact]
    public void CheckPortfolio_StreetOverItsQuota_NamesTheStreetTheCountsAndTheOldCommunityBuildings()
    {
        var old = InScopeBuilding("B-3") with { CompletionDate = new LocalDate(2003, 1, 1), InOldCommunityRenovation2017 = true };
        var r = Calculator.CheckPortfolio(new PilotPortfolio(new[] { InScopeBuilding("B-1"), InScopeBuilding("B-2"), old }, Array.Empty<ImplementingBody>()), AsOf);
        Assert.Equal(new[] { new StreetQuota("学院路街道", 2, 1, false) }, r.Streets);
        Assert.Equal(
            new Finding(
                "portfolio.perStreetQuota",
                Severity.Violation,
                "street 学院路街道 has 2 pilot buildings counted against its quota > 1 (每个街镇选取1栋; old-community buildings outside the quota: 1)",
                ElevatorSubsidyParameters.Document.WithArticle("一")),
            Assert.Single(r.Findings));
    }

    [Fact]
    public void CheckPortfolio_TooManyTenderedBodies_IsADepartureWordForWord()
    {
        var bodies = Enumerable.Range(1, 6).Select(i => new ImplementingBody($"T{i}", ImplementingBodySelection.Tendered, 10)).ToArray();
        var r = Calculator.CheckPortfolio(new PilotPortfolio(new[] { InScopeBuilding() }, bodies), AsOf);
        Assert.Equal(
            new Finding(
                "portfolio.tenderedImplementingBodies",
                Severity.Departure,
                "6 tendered implementing bodies > 5 (原则上全区不超过5家: allowed only with a specific decision; bodies invested in or authorised by the property unit are not counted)",
                ElevatorSubsidyParameters.Document.WithArticle("三（一）")),
            Assert.Single(r.Findings));
    }

    [Fact]
    public void CheckPortfolio_BodyOutsideTheOperatingRightRange_IsNamedInTheFinding()
    {
        var r = Calculator.CheckPortfolio(
            new PilotPortfolio(new[] { InScopeBuilding() }, new[] { new ImplementingBody("甲公司", ImplementingBodySelection.InvestedByPropertyUnit, 8), new ImplementingBody("乙公司", ImplementingBodySelection.Tendered, 20) }),
            AsOf);
        Assert.Equal(
            new Finding(
                "portfolio.operatingRight",
                Severity.Violation,
                "implementing body 甲公司: operating-right term 8 years is outside 10–20 years (享有10—20年的经营权, both ends included)",
                ElevatorSubsidyParameters.Document.WithArticle("三（一）")),
            Assert.Single(r.Findings));
        Assert.Equal(1, r.TenderedImplementingBodies);
        Assert.False(r.Compliant);
    }
}
