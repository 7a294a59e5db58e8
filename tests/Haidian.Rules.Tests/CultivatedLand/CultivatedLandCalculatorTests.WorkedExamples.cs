using Haidian.Rules.CultivatedLand;

namespace Haidian.Rules.Tests.CultivatedLand;

/// <summary>Spec 08 worked examples CL1–CL10, each with the exact figures of the spec.</summary>
public sealed partial class CultivatedLandCalculatorTests
{
    internal static readonly CultivatedLandCalculator Calculator = new();

    /// <summary>O1 of base record B: approved 2018-06-12, occupied 12.00 at grade 6, supplemented 12.00 at grade 6, no 基本农田.</summary>
    internal static Occupation O1 => new("O1", new LocalDate(2018, 6, 12), 12.00m, 6, 12.00m, 6, 0m, null, 0m, null);

    /// <summary>Base record B: town A, 2018, mu; 耕地保有量 1,250.00/1,250.00; 基本农田 900.00/915.40; scale 1 best, 15 worst; O1.</summary>
    internal static CultivatedLandRecord B => new(
        new AssessedUnit("A镇", AssessedUnitType.Town),
        2018,
        AreaUnit.Mu,
        new AreaTarget(1_250.00m, 1_250.00m),
        new AreaTarget(900.00m, 915.40m),
        new QualityScale(1, 15),
        new[] { O1 });

    private static IndicatorResult Ind(CultivatedLandResult r, LandIndicator i) => r.Indicators.Single(x => x.Indicator == i);

    [Fact]
    public void CL1_BaseRecord_AllFourPassIndicatorsMet_MidTermQualified()
    {
        var r = Calculator.Assess(B);
        Assert.Equal(AssessmentKind.PeriodAssessment, r.Kind);
        Assert.Equal(AssessmentRole.MidTerm, r.Role);
        Assert.Equal(new AssessmentPeriod(0, 2016, 2020, 2018, 2020), r.Period);
        Assert.Equal(AssessmentVerdict.Qualified, r.Verdict);
        Assert.Equal("合格", r.VerdictText);
        var i1 = Ind(r, LandIndicator.CultivatedLandRetention);
        Assert.True(i1.Met);
        Assert.Equal(0m, i1.Shortfall);
        Assert.Equal("1,250.00 亩 ≥ 1,250.00 亩 → met, shortfall 0.00 亩 (「耕地保有量不得低于《责任书》确定的耕地保有量考核指标」)", i1.Lines.Single().Arithmetic);
        Assert.Equal("海政办发〔2017〕38号《海淀区镇政府及国有农场耕地保护责任目标考核办法》二（一）", i1.Citation.ToString());
        Assert.True(Ind(r, LandIndicator.BasicFarmlandProtection).Met);
        Assert.StartsWith("915.40 亩 ≥ 900.00 亩 → met", Ind(r, LandIndicator.BasicFarmlandProtection).Lines[0].Arithmetic, StringComparison.Ordinal);
        var i3 = Ind(r, LandIndicator.OccupationBalance);
        Assert.True(i3.Met);
        Assert.StartsWith("supplemented 12.00 亩 ≥ occupied 12.00 亩, shortfall 0.00 亩; grade 6 not worse than 6 (scale 1 best … 15 worst) → met", i3.Lines.Single().Arithmetic, StringComparison.Ordinal);
        var i4 = Ind(r, LandIndicator.BasicFarmlandRedesignation);
        Assert.True(i4.Met);
        Assert.Equal(LineOutcome.NotRequired, i4.Lines.Single().Outcome);
        Assert.Equal(new[] { LandConsequenceKind.ResultRecorded, LandConsequenceKind.CommendationEligible }, r.Consequences.Select(c => c.Kind));
        Assert.Contains("subject to the district's finding of 成绩突出", r.Consequences[1].Description, StringComparison.Ordinal);
        Assert.Empty(r.Warnings);
        Assert.Empty(r.Findings);

        var outstanding = Calculator.Assess(B with { Outstanding = true });
        Assert.Equal(new[] { LandConsequenceKind.ResultRecorded, LandConsequenceKind.Commendation, LandConsequenceKind.QuotaPriority }, outstanding.Consequences.Select(c => c.Kind));
        Assert.Contains("年度利用计划指标 and the 土地供应计划指标", outstanding.Consequences[2].Description, StringComparison.Ordinal);
    }

    [Fact]
    public void CL2_CultivatedLandShortByOneHundredth_Unqualified_WithRectificationSuspensionAndSupervision()
    {
        var r = Calculator.Assess(B with { CultivatedLand = new AreaTarget(1_250.00m, 1_249.99m) });
        var i1 = Ind(r, LandIndicator.CultivatedLandRetention);
        Assert.False(i1.Met);
        Assert.Equal(0.01m, i1.Shortfall);
        Assert.Contains("1,249.99 亩 < 1,250.00 亩 → not met, short 1,250.00 亩 − 1,249.99 亩 = 0.01 亩", i1.Lines[0].Arithmetic, StringComparison.Ordinal);
        Assert.Equal(AssessmentVerdict.Unqualified, r.Verdict);
        Assert.Equal("不合格", r.VerdictText);
        Assert.Equal(
            new[] { LandConsequenceKind.ResultRecorded, LandConsequenceKind.Rectification, LandConsequenceKind.ApprovalSuspension, LandConsequenceKind.DisciplinaryAction },
            r.Consequences.Select(c => c.Kind));
        Assert.Contains("time limit: not given", r.Consequences[1].Description, StringComparison.Ordinal);
        Assert.All(r.Consequences.Skip(1), c => Assert.Equal("五（三）", c.Citation.Article));
    }

    [Fact]
    public void CL3_SupplementOfWorseGrade_FailsOnQuality_UnlessTheScaleRunsTheOtherWay()
    {
        var o = O1 with { SupplementedArea = 12.50m, SupplementedGrade = 7 };
        var r = Calculator.Assess(B with { Occupations = new[] { o } });
        var i3 = Ind(r, LandIndicator.OccupationBalance);
        Assert.False(i3.Met);
        Assert.Equal(0m, i3.Shortfall);   // why: the area suffices; the line fails on quality
        Assert.Contains("grade 7 worse than 6", i3.Lines[0].Arithmetic, StringComparison.Ordinal);
        Assert.Equal(AssessmentVerdict.Unqualified, r.Verdict);

        var reversed = Calculator.Assess(B with { Occupations = new[] { o }, QualityScale = new QualityScale(10, 1) });
        Assert.True(Ind(reversed, LandIndicator.OccupationBalance).Met);
        Assert.Equal(AssessmentVerdict.Qualified, reversed.Verdict);
    }

    [Fact]
    public void CL4_RedesignationShortByOneHundredth_Unqualified_AlthoughBasicFarmlandTargetMet()
    {
        var o = O1 with { OccupiedBasicFarmlandArea = 4.00m, OccupiedBasicFarmlandGrade = 5, RedesignatedArea = 3.99m, RedesignatedGrade = 5 };
        var r = Calculator.Assess(B with { Occupations = new[] { o } });
        Assert.True(Ind(r, LandIndicator.BasicFarmlandProtection).Met);
        var i4 = Ind(r, LandIndicator.BasicFarmlandRedesignation);
        Assert.False(i4.Met);
        Assert.Equal(0.01m, i4.Shortfall);
        Assert.StartsWith("redesignated 3.99 亩 < 基本农田 occupied 4.00 亩, short 0.01 亩; grade 5 not worse than 5", i4.Lines.Single().Arithmetic, StringComparison.Ordinal);
        Assert.Equal(AssessmentVerdict.Unqualified, r.Verdict);

        var better = Calculator.Assess(B with { Occupations = new[] { o with { RedesignatedArea = 4.00m, RedesignatedGrade = 4 } } });
        Assert.True(Ind(better, LandIndicator.BasicFarmlandRedesignation).Met);
        Assert.Equal(AssessmentVerdict.Qualified, better.Verdict);
    }

    [Fact]
    public void CL5_CL2FiguresIn2019_AnnualInspection_WarningNoVerdict_DueDatesFromDeadlines()
    {
        var r = Calculator.Assess(B with { Year = 2019, CultivatedLand = new AreaTarget(1_250.00m, 1_249.99m), Occupations = new[] { O1 with { ApprovedOn = new LocalDate(2019, 3, 1) } } });
        Assert.Equal(AssessmentKind.AnnualInspection, r.Kind);
        Assert.Equal(AssessmentRole.Annual, r.Role);
        Assert.Null(r.Verdict);
        Assert.Null(r.VerdictText);
        Assert.Empty(r.Consequences);
        var w = Assert.Single(r.Warnings);
        Assert.Equal(LandIndicator.CultivatedLandRetention, w.Indicator);
        Assert.StartsWith("耕地保有量 short 0.01 亩", w.Message, StringComparison.Ordinal);
        Assert.Equal(0.01m, w.Shortfall);
        Assert.Equal("三（二）", w.Citation.Article);
        Assert.Equal(new LocalDate(2020, 2, 15), r.DueDates[0].LastDay);
        Assert.True(r.DueDates[0].FallsOnRestDay);   // why: a Saturday, flagged, not moved
        Assert.Contains("rest day (weekend), not moved", r.DueDates[0].Note, StringComparison.Ordinal);
        Assert.Equal(new LocalDate(2020, 4, 10), r.DueDates[1].LastDay);
        Assert.False(r.DueDates[1].FallsOnRestDay);
    }

    [Fact]
    public void CL6_TwoOccupations_PerOccupationFails_AggregateAreaPasses()
    {
        var o1 = new Occupation("O1", new LocalDate(2018, 6, 12), 5.00m, 6, 6.00m, 6, 0m, null, 0m, null);
        var o2 = new Occupation("O2", new LocalDate(2018, 7, 1), 5.00m, 6, 4.50m, 6, 0m, null, 0m, null);
        var record = B with { Occupations = new[] { o1, o2 } };
        var per = Calculator.Assess(record);
        var i3 = Ind(per, LandIndicator.OccupationBalance);
        Assert.False(i3.Met);
        Assert.Equal(0.50m, i3.Shortfall);
        Assert.Equal(LineOutcome.NotMet, i3.Lines.Single(l => l.Subject == "O2").Outcome);
        Assert.Equal(0.50m, i3.Lines.Single(l => l.Subject == "O2").Shortfall);
        Assert.Equal(AssessmentVerdict.Unqualified, per.Verdict);

        var aggregate = new CultivatedLandCalculator(CultivatedLandParameters.Gazette2017 with { BalanceBasis = BalanceBasis.AggregateArea }).Assess(record);
        var a3 = Ind(aggregate, LandIndicator.OccupationBalance);
        Assert.True(a3.Met);
        Assert.StartsWith("supplemented 6.00 + 4.50 = 10.50 亩 ≥ occupied 5.00 + 5.00 = 10.00 亩 → met", a3.Lines[0].Arithmetic, StringComparison.Ordinal);
        Assert.Equal(AssessmentVerdict.Qualified, aggregate.Verdict);
    }

    [Fact]
    public void CL7_IllegalCasesAndSurvey_ReferenceOnly_VerdictUnchanged_OneViolationForTheOpenCase()
    {
        var r = Calculator.Assess(B with
        {
            IllegalCases = new[]
            {
                new IllegalCase("K1", IllegalLandType.Cultivated, 0.80m, true, true, true, true),
                new IllegalCase("K2", IllegalLandType.BasicFarmland, 0.35m, true, true, false, false),
            },
            Survey = new LandSurvey(1_248.30m, 6.20m),
        });
        Assert.Equal(AssessmentVerdict.Qualified, r.Verdict);
        Assert.Equal(new IllegalCaseSummary(2, 1.15m, 0.80m, 0.35m, 1, 1), r.IllegalCases);
        Assert.Equal("2 case(s), 1.15 亩 (0.80 亩 耕地 + 0.35 亩 基本农田); 1 handled, 1 open", Ind(r, LandIndicator.IllegalCaseHandling).Lines[0].Arithmetic);
        Assert.Equal(IndicatorKind.Reference, Ind(r, LandIndicator.IllegalCaseHandling).Kind);
        var f = Assert.Single(r.Findings);
        Assert.Equal("illegalCaseOpen", f.Code);
        Assert.Equal(Severity.Violation, f.Severity);
        Assert.Equal("K2 (基本农田, 0.35 亩): missing 拆除违法建筑物和其他设施, 恢复原种植条件; reference indicator, verdict unaffected (R4)", f.Message);
        Assert.Equal("二（四）", f.Citation.Article);
        Assert.Equal(new SurveyComparison(1_248.30m, 1_250.00m, -1.70m, 6.20m), r.Survey);
        Assert.StartsWith("survey 1,248.30 亩 − verified 耕地保有量 1,250.00 亩 = -1.70 亩", Ind(r, LandIndicator.SurveyData).Lines[0].Arithmetic, StringComparison.Ordinal);
        Assert.Null(Ind(r, LandIndicator.SurveyData).Met);
    }

    [Theory]
    [InlineData(2016, AssessmentRole.Annual, 2016, "2017-02-15 (Wed)", true, false, "2017-04-10 (Mon)", true, false)]
    [InlineData(2017, AssessmentRole.Annual, 2016, "2018-02-15 (Thu), 春节 day off", false, true, "2018-04-10 (Tue)", false, false)]
    [InlineData(2018, AssessmentRole.MidTerm, 2016, "2019-02-15 (Fri)", false, false, "2019-04-10 (Wed)", false, false)]
    [InlineData(2020, AssessmentRole.EndOfTerm, 2016, "2021-02-15 (Mon), 春节 day off", false, true, "2021-04-10 (Sat), rest day", false, true)]
    [InlineData(2023, AssessmentRole.MidTerm, 2021, "2024-02-15 (Thu), 春节 day off", false, true, "2024-04-10 (Wed)", false, false)]
    [InlineData(2025, AssessmentRole.EndOfTerm, 2021, "2026-02-15 (Sun), 春节 day off", false, true, "2026-04-10 (Fri)", false, false)]
    public void CL8_Calendar_PeriodRoleAndDueDates(int year, AssessmentRole role, int periodStart, string selfCheck, bool selfBeforeIssue, bool selfRest, string inspection, bool inspBeforeIssue, bool inspRest)
    {
        var c = Calculator.CalendarFor(year);
        Assert.Equal(role, c.Role);
        Assert.Equal(periodStart, c.Period.FirstYear);
        Assert.Equal(periodStart + 4, c.Period.LastYear);
        Assert.StartsWith(selfCheck, c.DueDates[0].Note, StringComparison.Ordinal);
        Assert.Equal(selfBeforeIssue, c.DueDates[0].BeforeIssue);
        Assert.Equal(selfRest, c.DueDates[0].FallsOnRestDay);
        Assert.Equal(new LocalDate(year + 1, 2, 15), c.DueDates[0].LastDay);
        Assert.StartsWith(inspection, c.DueDates[1].Note, StringComparison.Ordinal);
        Assert.Equal(inspBeforeIssue, c.DueDates[1].BeforeIssue);
        Assert.Equal(inspRest, c.DueDates[1].FallsOnRestDay);
        Assert.Equal(new LocalDate(year + 1, 4, 10), c.DueDates[1].LastDay);
        Assert.Equal(role != AssessmentRole.Annual, c.Obligations.Any(o => o.Citation.Article == "四"));
    }

    [Fact]
    public void CL8_Calendar_HolidayNoticesNamed_2026Unknown_2015NotInForce()
    {
        Assert.Contains("国办发明电〔2017〕12号", Calculator.CalendarFor(2017).DueDates[0].Note, StringComparison.Ordinal);
        Assert.Contains("国办发明电〔2020〕27号", Calculator.CalendarFor(2020).DueDates[0].Note, StringComparison.Ordinal);
        Assert.Contains("国办发明电〔2023〕7号", Calculator.CalendarFor(2023).DueDates[0].Note, StringComparison.Ordinal);
        Assert.Contains("国办发明电〔2025〕7号", Calculator.CalendarFor(2025).DueDates[0].Note, StringComparison.Ordinal);
        Assert.Contains("beforeIssue", Calculator.CalendarFor(2016).DueDates[0].Note, StringComparison.Ordinal);
        var y2026 = Calculator.CalendarFor(2026);
        Assert.Equal(AssessmentRole.Annual, y2026.Role);
        Assert.Equal(2026, y2026.Period.FirstYear);
        Assert.Equal(2030, y2026.Period.LastYear);
        Assert.Null(y2026.DueDates[0].FallsOnRestDay);
        Assert.Null(y2026.DueDates[1].FallsOnRestDay);
        Assert.Contains("rest-day flag unknown", y2026.DueDates[0].Note, StringComparison.Ordinal);
        var ex = Assert.Throws<NotInForceException>(() => Calculator.CalendarFor(2015));
        Assert.Contains("2016–2020", ex.Message, StringComparison.Ordinal);
        Assert.Throws<NotInForceException>(() => Calculator.Assess(B with { Year = 2015 }));
    }

    [Fact]
    public void CL9a_VillageWithCL2Figures_Unqualified_NoConsequences()
    {
        var r = Calculator.Assess(B with { Unit = new AssessedUnit("B村", AssessedUnitType.Village), Year = 2020, CultivatedLand = new AreaTarget(1_250.00m, 1_249.99m) });
        Assert.Equal(AssessmentVerdict.Unqualified, r.Verdict);
        Assert.Empty(r.Consequences);
        Assert.Empty(r.DueDates);   // why: 三（一）（二） name towns and state farms
    }

    [Fact]
    public void CL9b_StateFarmWithBFigures_Qualified_RecordOnly_NoCommendation()
    {
        var r = Calculator.Assess(B with { Unit = new AssessedUnit("C农场", AssessedUnitType.StateFarm), Year = 2020 });
        Assert.Equal(AssessmentVerdict.Qualified, r.Verdict);
        Assert.Equal(new[] { LandConsequenceKind.ResultRecorded }, r.Consequences.Select(c => c.Kind));
    }

    [Fact]
    public void CL9c_SelfCheckOnTheDueDate_NoFinding_ThreeDaysLate_Violation()
    {
        Assert.Empty(Calculator.Assess(B with { SelfCheckReportedOn = new LocalDate(2019, 2, 15) }).Findings);
        var late = Assert.Single(Calculator.Assess(B with { SelfCheckReportedOn = new LocalDate(2019, 2, 18) }).Findings);
        Assert.Equal("selfCheckLate", late.Code);
        Assert.Equal(Severity.Violation, late.Severity);
        Assert.Equal("三（一）", late.Citation.Article);
        Assert.StartsWith("self-check of 2018 reported on 2019-02-18, 3 day(s) after the due date 2019-02-15", late.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CL9d_VillageWithSelfCheckReported_IsInconsistent()
    {
        var ex = Assert.Throws<ValidationException>(() => Calculator.Assess(B with { Unit = new AssessedUnit("B村", AssessedUnitType.Village), SelfCheckReportedOn = new LocalDate(2019, 2, 1) }));
        var e = Assert.Single(ex.Errors);
        Assert.Equal("selfCheckReportedOn", e.Path);
        Assert.Equal(ErrorCode.Inconsistent, e.Code);
    }

    internal static readonly Rectification CL10Rectification = new(new LocalDate(2021, 5, 10), new LocalDate(2021, 10, 31), new LocalDate(2021, 11, 30));

    internal static SuspensionQuery CL10(LandProject project, LocalDate day, AssessmentVerdict verdict = AssessmentVerdict.Unqualified) =>
        new(new AssessmentOutcome(AssessedUnitType.Town, 2020, verdict), CL10Rectification, project, day);

    [Theory]
    [InlineData("a", InfrastructureCategory.Transport, ApprovalAuthority.MunicipalDepartment, ApprovalAct.Ratified, false)]
    [InlineData("b", InfrastructureCategory.Transport, ApprovalAuthority.District, ApprovalAct.Approved, true)]
    [InlineData("c", InfrastructureCategory.OtherInfrastructure, ApprovalAuthority.StateCouncilDepartment, ApprovalAct.Approved, false)]
    [InlineData("d", InfrastructureCategory.None, ApprovalAuthority.MunicipalDepartment, ApprovalAct.Approved, true)]
    [InlineData("e", InfrastructureCategory.Transport, ApprovalAuthority.MunicipalDepartment, ApprovalAct.Filed, true)]
    public void CL10_SuspensionOn20210601(string id, InfrastructureCategory category, ApprovalAuthority authority, ApprovalAct act, bool suspended)
    {
        var a = Calculator.CheckSuspension(CL10(new LandProject(id, category, authority, act), new LocalDate(2021, 6, 1)));
        Assert.Equal(suspended, a.Suspended);
        Assert.True(a.UnderRectification);
        Assert.Equal(!suspended, a.Exempt);
        Assert.Null(a.DaysOverdue);
        Assert.Equal("五（三）", a.Citation.Article);
    }

    [Fact]
    public void CL10c_TelecomBackbone_SuspendedWhenOtherInfrastructureIsLeftOutOfTheExemptCategories()
    {
        var closed = new CultivatedLandCalculator(CultivatedLandParameters.Gazette2017 with
        {
            ExemptCategories = new[] { InfrastructureCategory.Energy, InfrastructureCategory.Transport, InfrastructureCategory.WaterConservancy },
        });
        var a = closed.CheckSuspension(CL10(new LandProject("c", InfrastructureCategory.OtherInfrastructure, ApprovalAuthority.StateCouncilDepartment, ApprovalAct.Approved), new LocalDate(2021, 6, 1)));
        Assert.True(a.Suspended);
    }

    [Fact]
    public void CL10b_OnCompletionDayOverdue30Days_DayAfterResumes_DayBeforeOrderFree_QualifiedNeverSuspended()
    {
        var b = new LandProject("b", InfrastructureCategory.Transport, ApprovalAuthority.District, ApprovalAct.Approved);
        var last = Calculator.CheckSuspension(CL10(b, new LocalDate(2021, 11, 30)));
        Assert.True(last.Suspended);
        Assert.Equal(30, last.DaysOverdue);
        Assert.Contains(last.Reasons, x => x.Text.StartsWith("rectification overdue by 30 days", StringComparison.Ordinal));
        var after = Calculator.CheckSuspension(CL10(b, new LocalDate(2021, 12, 1)));
        Assert.False(after.Suspended);
        Assert.Null(after.DaysOverdue);
        Assert.False(Calculator.CheckSuspension(CL10(b, new LocalDate(2021, 5, 9))).Suspended);
        Assert.True(Calculator.CheckSuspension(CL10(b, new LocalDate(2021, 5, 10))).Suspended);   // why: the order day itself is included (R12)
        Assert.False(Calculator.CheckSuspension(CL10(b, new LocalDate(2021, 6, 1), AssessmentVerdict.Qualified)).Suspended);
    }
}
