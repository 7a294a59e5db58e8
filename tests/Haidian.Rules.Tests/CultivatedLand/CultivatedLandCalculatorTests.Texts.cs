using Haidian.Rules.CultivatedLand;
using Haidian.Rules.Deadlines;

namespace Haidian.Rules.Tests.CultivatedLand;

/// <summary>
/// The itemized texts the worked examples and snapshots do not reach, word for word: records without illegal cases or survey
/// figures, every missing handling step, the aggregate-area lines, the warning of a line that fails on quality only, every
/// consequence, every suspension reason, the assessment-year obligations and a due date moved off rest days.
/// </summary>
public sealed partial class CultivatedLandCalculatorTests
{
    private const string BalanceQuoted = " (「补充耕地和基本农田的面积与质量不得低于已占用的面积和质量」)";
    private const string IllegalQuoted = " (「应立即查处，责令改正，拆除违法建筑物和其他设施，恢复原种植条件」)";
    private const string CommendationQuoted = "(「对积极采取措施完成耕地保护责任目标成绩突出的镇、村给予表彰，并优先安排年度利用计划指标，土地供应计划指标」)";
    private const string SuspensionQuoted = "(「整改期间，除国务院、国务院有关部门和市有关部门审批、核准的能源、交通、水利等基础设施建设项目外，暂停其他非农建设项目的农用地转用和土地征收审批」)";

    [Fact]
    public void Indicators_NumbersNamesKinds_AndTheLinesOfARecordWithoutCasesOrSurvey()
    {
        var r = Calculator.Assess(B);
        Assert.Equal(new[] { 1, 2, 3, 4, 5, 6 }, r.Indicators.Select(i => i.Number));
        Assert.Equal(new[] { "耕地保有量", "基本农田保护面积", "耕地占补平衡", "基本农田补划", "违法违规建设项目查处情况", "年度土地利用变更调查数据" }, r.Indicators.Select(i => i.Name));
        Assert.Equal(
            new[] { IndicatorKind.Pass, IndicatorKind.Pass, IndicatorKind.Pass, IndicatorKind.Pass, IndicatorKind.Reference, IndicatorKind.Reference },
            r.Indicators.Select(i => i.Kind));
        Assert.Equal(new[] { "二（一）", "二（二）", "二（三）", "二（三）", "二（四）", "二 末段" }, r.Indicators.Select(i => i.Citation.Article));
        var redesignation = Ind(r, LandIndicator.BasicFarmlandRedesignation).Lines.Single();
        Assert.Equal(("基本农田补划", "no 基本农田 occupied: nothing owed → met (R7)", 0m), (redesignation.Subject, redesignation.Arithmetic, redesignation.Shortfall));

        var illegal = Ind(r, LandIndicator.IllegalCaseHandling);
        Assert.True(illegal.Met);
        var none = illegal.Lines.Single();
        Assert.Equal(("违法违规建设项目查处情况", LineOutcome.Reported, "no illegal cases given", "二（四）"), (none.Subject, none.Outcome, none.Arithmetic, none.Citation.Article));
        Assert.Null(r.IllegalCases);

        var survey = Ind(r, LandIndicator.SurveyData);
        Assert.Null(survey.Met);
        var noSurvey = survey.Lines.Single();
        Assert.Equal(("年度土地利用变更调查数据", LineOutcome.Reported, "no survey figures given", "二 末段"), (noSurvey.Subject, noSurvey.Outcome, noSurvey.Arithmetic, noSurvey.Citation.Article));
        Assert.Null(r.Survey);

        var empty = Calculator.Assess(B with { Occupations = Array.Empty<Occupation>() });
        var balance = Ind(empty, LandIndicator.OccupationBalance).Lines.Single();
        Assert.Equal(("耕地占补平衡", LineOutcome.NotRequired, "no occupation listed: nothing owed → met (R7)"), (balance.Subject, balance.Outcome, balance.Arithmetic));
    }

    [Fact]
    public void Survey_PartialFigures_AndHectares()
    {
        var r = Calculator.Assess(B with { Survey = new LandSurvey() });
        Assert.Equal(new[] { ("耕地面积 (survey)", "survey cultivated area not given"), ("生态退耕面积", "not given") }, Ind(r, LandIndicator.SurveyData).Lines.Select(l => (l.Subject, l.Arithmetic)));
        Assert.Equal(new SurveyComparison(null, 1_250.00m, null, null), r.Survey);

        var ha = Calculator.Assess(B with { AreaUnit = AreaUnit.Hectare, Survey = new LandSurvey(1_251.5m, 0.25m) });
        Assert.Equal(
            new[] { "survey 1,251.5 公顷 − verified 耕地保有量 1,250.00 公顷 = 1.50 公顷; no effect (参照指标)", "0.25 公顷; targets are never adjusted (R9)" },
            Ind(ha, LandIndicator.SurveyData).Lines.Select(l => l.Arithmetic));
        Assert.Equal(new SurveyComparison(1_251.5m, 1_250.00m, 1.50m, 0.25m), ha.Survey);
        Assert.Equal("1,250.00 公顷 ≥ 1,250.00 公顷 → met, shortfall 0.00 公顷 (「耕地保有量不得低于《责任书》确定的耕地保有量考核指标」)", Ind(ha, LandIndicator.CultivatedLandRetention).Lines[0].Arithmetic);
    }

    [Fact]
    public void IllegalCases_EveryMissingStep_IsNamed_AndOnlyAllFourMakeACaseHandled()
    {
        var cases = new[]
        {
            new IllegalCase("K1", IllegalLandType.Cultivated, 2.5m, false, false, false, false),
            new IllegalCase("K2", IllegalLandType.Cultivated, 1m, false, true, true, true),
            new IllegalCase("K3", IllegalLandType.BasicFarmland, 1m, true, false, true, true),
            new IllegalCase("K4", IllegalLandType.BasicFarmland, 1m, true, true, false, true),
            new IllegalCase("K5", IllegalLandType.Cultivated, 1m, true, true, true, false),
            new IllegalCase("K6", IllegalLandType.BasicFarmland, 1.00m, true, true, true, true),
        };
        var r = Calculator.Assess(B with { IllegalCases = cases });
        var ind = Ind(r, LandIndicator.IllegalCaseHandling);
        Assert.False(ind.Met);
        Assert.Equal(AssessmentVerdict.Qualified, r.Verdict);   // why: a reference indicator (R4)
        Assert.Equal(
            new[]
            {
                "6 case(s), 7.50 亩 (4.5 亩 耕地 + 3.00 亩 基本农田); 1 handled, 5 open",
                "耕地 2.5 亩: missing 查处, 责令改正, 拆除违法建筑物和其他设施, 恢复原种植条件 → open" + IllegalQuoted,
                "耕地 1 亩: missing 查处 → open" + IllegalQuoted,
                "基本农田 1 亩: missing 责令改正 → open" + IllegalQuoted,
                "基本农田 1 亩: missing 拆除违法建筑物和其他设施 → open" + IllegalQuoted,
                "耕地 1 亩: missing 恢复原种植条件 → open" + IllegalQuoted,
                "基本农田 1.00 亩: 查处, 责令改正, 拆除, 恢复 all done → handled",
            },
            ind.Lines.Select(l => l.Arithmetic));
        Assert.Equal(new[] { "cases", "K1", "K2", "K3", "K4", "K5", "K6" }, ind.Lines.Select(l => l.Subject));
        Assert.Equal(
            new[] { LineOutcome.Reported, LineOutcome.NotMet, LineOutcome.NotMet, LineOutcome.NotMet, LineOutcome.NotMet, LineOutcome.NotMet, LineOutcome.Met },
            ind.Lines.Select(l => l.Outcome));
        Assert.Equal(new IllegalCaseSummary(6, 7.50m, 4.5m, 3.00m, 1, 5), r.IllegalCases);
        Assert.Equal(
            new[]
            {
                "K1 (耕地, 2.5 亩): missing 查处, 责令改正, 拆除违法建筑物和其他设施, 恢复原种植条件; reference indicator, verdict unaffected (R4)",
                "K2 (耕地, 1 亩): missing 查处; reference indicator, verdict unaffected (R4)",
                "K3 (基本农田, 1 亩): missing 责令改正; reference indicator, verdict unaffected (R4)",
                "K4 (基本农田, 1 亩): missing 拆除违法建筑物和其他设施; reference indicator, verdict unaffected (R4)",
                "K5 (耕地, 1 亩): missing 恢复原种植条件; reference indicator, verdict unaffected (R4)",
            },
            r.Findings.Select(f => f.Message));
        Assert.All(r.Findings, f => Assert.Equal(("illegalCaseOpen", Severity.Violation, "二（四）"), (f.Code, f.Severity, f.Citation.Article)));

        var handled = Calculator.Assess(B with { IllegalCases = new[] { cases[5] } });
        Assert.True(Ind(handled, LandIndicator.IllegalCaseHandling).Met);
        Assert.Empty(handled.Findings);
        var noCases = Calculator.Assess(B with { IllegalCases = Array.Empty<IllegalCase>() });
        Assert.Equal("0 case(s), 0 亩 (0 亩 耕地 + 0 亩 基本农田); 0 handled, 0 open", Ind(noCases, LandIndicator.IllegalCaseHandling).Lines.Single().Arithmetic);
        Assert.Equal(new IllegalCaseSummary(0, 0m, 0m, 0m, 0, 0), noCases.IllegalCases);
    }

    [Fact]
    public void Balance_PerOccupation_AreaShortAndGradeWorse_AndNothingSuppliedWithAGrade()
    {
        var r = Calculator.Assess(B with
        {
            Occupations = new[]
            {
                O1 with { SupplementedArea = 11.99m, SupplementedGrade = 5 },
                O1 with { Id = "O2", SupplementedArea = 0m, SupplementedGrade = 6 },
                O1 with { Id = "O3", SupplementedArea = 12.00m, SupplementedGrade = 7 },
            },
        });
        var i3 = Ind(r, LandIndicator.OccupationBalance);
        Assert.Equal(
            new[]
            {
                "supplemented 11.99 亩 < occupied 12.00 亩, short 0.01 亩; grade 5 not worse than 6 (scale 1 best … 15 worst) → not met" + BalanceQuoted,
                "supplemented 0 亩 < occupied 12.00 亩, short 12.00 亩; quality not assessed (nothing supplemented) → not met" + BalanceQuoted,
                "supplemented 12.00 亩 ≥ occupied 12.00 亩, shortfall 0.00 亩; grade 7 worse than 6 (scale 1 best … 15 worst) → not met" + BalanceQuoted,
            },
            i3.Lines.Select(l => l.Arithmetic));
        Assert.Equal(new[] { 0.01m, 12.00m, 0.00m }, i3.Lines.Select(l => l.Shortfall));
        Assert.Equal(12.01m, i3.Shortfall);
        Assert.All(i3.Lines, l => Assert.Equal(LineOutcome.NotMet, l.Outcome));
    }

    [Fact]
    public void Balance_Aggregate_NotMetArea_PerOccupationQuality_NothingSupplied()
    {
        var o1 = new Occupation("O1", new LocalDate(2018, 6, 12), 5.00m, 6, 4.00m, 6, 0m, null, 0m, null);
        var o2 = new Occupation("O2", new LocalDate(2018, 7, 1), 5.00m, 6, 0m, null, 0m, null, 0m, null);
        var o3 = new Occupation("O3", new LocalDate(2018, 7, 1), 1.00m, 6, 1.00m, 7, 0m, null, 0m, null);
        var r = Aggregate.Assess(B with { Occupations = new[] { o1, o2, o3 } });
        var i3 = Ind(r, LandIndicator.OccupationBalance);
        Assert.False(i3.Met);
        Assert.Equal(6.00m, i3.Shortfall);
        Assert.Equal(
            new[]
            {
                ("all occupations (aggregate area, R5)", LineOutcome.NotMet, 6.00m, "supplemented 4.00 + 0 + 1.00 = 5.00 亩 < occupied 5.00 + 5.00 + 1.00 = 11.00 亩 → not met, short 6.00 亩" + BalanceQuoted),
                ("O1", LineOutcome.Met, 0m, "grade 6 not worse than 6 (scale 1 best … 15 worst) → met (quality stays per occupation, R5)"),
                ("O2", LineOutcome.NotAssessed, 0m, "nothing supplemented: quality not assessed, no grade (R5)"),
                ("O3", LineOutcome.NotMet, 0m, "grade 7 worse than 6 (scale 1 best … 15 worst) → not met (quality stays per occupation, R5)"),
            },
            i3.Lines.Select(l => (l.Subject, l.Outcome, l.Shortfall, l.Arithmetic)));

        // why: the aggregate met line says "shortfall", and a supplement with a grade but no area is not assessed
        var gradeNoArea = Aggregate.Assess(B with { Occupations = new[] { o1 with { SupplementedArea = 5.00m }, o2 with { SupplementedArea = 0m, SupplementedGrade = 6 } } });
        var m3 = Ind(gradeNoArea, LandIndicator.OccupationBalance);
        Assert.Equal("supplemented 5.00 + 0 = 5.00 亩 < occupied 5.00 + 5.00 = 10.00 亩 → not met, short 5.00 亩" + BalanceQuoted, m3.Lines[0].Arithmetic);
        Assert.Equal(LineOutcome.NotAssessed, m3.Lines[2].Outcome);
        var enough = Aggregate.Assess(B with { Occupations = new[] { o1 with { SupplementedArea = 10.00m }, o2 } });
        Assert.Equal("supplemented 10.00 + 0 = 10.00 亩 ≥ occupied 5.00 + 5.00 = 10.00 亩 → met, shortfall 0.00 亩" + BalanceQuoted, Ind(enough, LandIndicator.OccupationBalance).Lines[0].Arithmetic);
        Assert.True(Ind(enough, LandIndicator.OccupationBalance).Met);
        Assert.Equal(0.00m, Ind(enough, LandIndicator.OccupationBalance).Shortfall);

        // why: under the aggregate basis the redesignation is summed the same way
        var bf = Aggregate.Assess(B with { Occupations = new[] { O1 with { OccupiedBasicFarmlandArea = 4.00m, OccupiedBasicFarmlandGrade = 5, RedesignatedArea = 3.99m, RedesignatedGrade = 5 } } });
        Assert.Equal("redesignated 3.99 = 3.99 亩 < 基本农田 occupied 4.00 = 4.00 亩 → not met, short 0.01 亩" + BalanceQuoted, Ind(bf, LandIndicator.BasicFarmlandRedesignation).Lines[0].Arithmetic);
    }

    [Fact]
    public void Warnings_ALineFailingOnQualityOnly_IsQuotedWhole_AVillageGetsNone()
    {
        var o = O1 with { ApprovedOn = new LocalDate(2019, 3, 1), SupplementedArea = 12.50m, SupplementedGrade = 7 };
        var r = Calculator.Assess(B with { Year = 2019, Occupations = new[] { o } });
        var w = Assert.Single(r.Warnings);
        Assert.Equal(LandIndicator.OccupationBalance, w.Indicator);
        Assert.Equal(0m, w.Shortfall);
        Assert.Equal(
            "耕地占补平衡 not met: supplemented 12.50 亩 ≥ occupied 12.00 亩, shortfall 0.00 亩; grade 7 worse than 6 (scale 1 best … 15 worst) → not met" + BalanceQuoted
            + " (预警, 「于每年4月10前对各相关镇、国有农场上一年度耕地保护责任目标履行情况进行检查并通报结果，作出预警分析」)",
            w.Message);

        var village = Calculator.Assess(B with { Unit = new AssessedUnit("B村", AssessedUnitType.Village), Year = 2019, Occupations = new[] { o } });
        Assert.Equal(AssessmentKind.IndicatorsOnly, village.Kind);
        Assert.Empty(village.Warnings);
        Assert.Empty(village.DueDates);
        Assert.Null(village.Verdict);
        var farm = Calculator.Assess(B with { Unit = new AssessedUnit("C农场", AssessedUnitType.StateFarm), Year = 2019, Occupations = new[] { o } });
        Assert.Equal(AssessmentKind.AnnualInspection, farm.Kind);
        Assert.Single(farm.Warnings);
        Assert.Equal(2, farm.DueDates.Count);
    }

    [Fact]
    public void Consequences_EveryText_WithItsClause()
    {
        var eligible = Calculator.Assess(B);
        Assert.Equal(
            new[]
            {
                ("the result (合格) enters the 经济社会实绩考核评价 and the 领导干部离任审计 as an important basis (「将各相关镇政府及国有农场耕地保护责任目标考核结果纳入镇政府及国有农场经济社会实绩考核评价和领导干部离任审计范围，并作为考核重要依据」)", "五（一）"),
                ("eligible for 表彰 and priority in the 年度利用计划指标 and 土地供应计划指标, subject to the district's finding of 成绩突出 " + CommendationQuoted, "五（二）"),
            },
            eligible.Consequences.Select(c => (c.Description, c.Citation.Article)));
        var outstanding = Calculator.Assess(B with { Outstanding = true });
        Assert.Equal(
            new[]
            {
                ("表彰: the district found 成绩突出 " + CommendationQuoted, "五（二）"),
                ("priority in the 年度利用计划指标 and the 土地供应计划指标 (the size of any allocation is the district's)", "五（二）"),
            },
            outstanding.Consequences.Skip(1).Select(c => (c.Description, c.Citation.Article)));
        var failed = Calculator.Assess(B with { CultivatedLand = new AreaTarget(1m, 0m) });
        Assert.Equal(
            new[]
            {
                ("the result (不合格) enters the 经济社会实绩考核评价 and the 领导干部离任审计 as an important basis (「将各相关镇政府及国有农场耕地保护责任目标考核结果纳入镇政府及国有农场经济社会实绩考核评价和领导干部离任审计范围，并作为考核重要依据」)", "五（一）"),
                ("责令限期整改: rectification within a time limit the district sets (time limit: not given) (「对考核认定不合格的镇政府及国有农场责令限期整改」)", "五（三）"),
                ("during rectification, 农用地转用 and 土地征收 approvals of non-exempt projects are suspended " + SuspensionQuoted + "; ask CheckSuspension for a project and a day", "五（三）"),
                ("the supervisory authority (监察部门) deals with the persons responsible (「由监察部门按程序依纪依法严肃处理直接责任人，并追究有关人员的领导责任」); listed, not computed", "五（三）"),
            },
            failed.Consequences.Select(c => (c.Description, c.Citation.Article)));

        // why: a what-if that records but never commends towns, and one that sanctions villages
        var noCommendation = new CultivatedLandCalculator(CultivatedLandParameters.Gazette2017 with { CommendationUnitTypes = new[] { AssessedUnitType.Village } });
        Assert.Equal(new[] { LandConsequenceKind.ResultRecorded }, noCommendation.Assess(B).Consequences.Select(c => c.Kind));
        var villagesSanctioned = new CultivatedLandCalculator(CultivatedLandParameters.Gazette2017 with { SanctionUnitTypes = new[] { AssessedUnitType.Village } });
        Assert.Equal(
            new[] { LandConsequenceKind.ResultRecorded, LandConsequenceKind.Rectification, LandConsequenceKind.ApprovalSuspension, LandConsequenceKind.DisciplinaryAction },
            villagesSanctioned.Assess(B with { Unit = new AssessedUnit("B村", AssessedUnitType.Village), CultivatedLand = new AreaTarget(1m, 0m) }).Consequences.Select(c => c.Kind));
        Assert.Empty(villagesSanctioned.Assess(B with { CultivatedLand = new AreaTarget(1m, 0m) }).Consequences);
    }

    [Fact]
    public void SelfCheck_LateMessageWhole_And2016sDateBeforeIssueIsNotDue()
    {
        var late = Assert.Single(Calculator.Assess(B with { SelfCheckReportedOn = new LocalDate(2019, 2, 16) }).Findings);
        Assert.Equal("self-check of 2018 reported on 2019-02-16, 1 day(s) after the due date 2019-02-15 (「各镇、国有农场每年2月15日前对上一年度耕地保护责任目标履行情况进行自查，并将自查结果报区政府」)", late.Message);
        var y2016 = Calculator.Assess(B with { Year = 2016, Occupations = new[] { O1 with { ApprovedOn = new LocalDate(2016, 6, 1) } }, SelfCheckReportedOn = new LocalDate(2017, 9, 1) });
        Assert.Empty(y2016.Findings);   // why: 2017-02-15 came before the measure was issued (2017-08-17): not a due date
        Assert.True(y2016.DueDates[0].BeforeIssue);
    }

    [Fact]
    public void Calendar_AssessmentYearObligations_AndDutiesWordForWord()
    {
        var c = Calculator.CalendarFor(2018);
        Assert.Equal(
            new[]
            {
                ("四: submit monitoring data on the area and grade of 耕地 and 基本农田 to 国土海淀分局 and 区农委 in the assessment year (「在耕地保护责任目标考核年向国土海淀分局、区农委提交耕地、基本农田的面积和等级情况的监测调查资料」); no date is given, so it is not checked", "四"),
                ("三（三）: the district's full assessment (全面考核) of the year, held after the year ends (R1); the text gives no date, so none is computed", "三（三）"),
            },
            c.Obligations.Select(o => (o.Text, o.Citation.Article)));
        Assert.Equal(
            new[] { "self-check of the year reported to the district (三（一）)", "district inspection of the year, results notified (三（二）, 「4月10前」 read as 4月10日前)" },
            c.DueDates.Select(d => d.Duty));
        Assert.Equal(new[] { "三（一）", "三（二）" }, c.DueDates.Select(d => d.Citation.Article));
        Assert.Equal(new[] { "2019-02-15 (Fri)", "2019-04-10 (Wed)" }, c.DueDates.Select(d => d.Note));
        Assert.Empty(Calculator.CalendarFor(2019).Obligations);
        Assert.Equal(2, Calculator.CalendarFor(2020).Obligations.Count);
    }

    [Fact]
    public void DueDates_MovedOffRestDays_WhenTheDeadlinesParameterSaysSo()
    {
        var moving = new CultivatedLandCalculator(
            new ParameterHistory<CultivatedLandParameters>(new[] { CultivatedLandParameters.Gazette2017 }),
            new DeadlineCalculator(WorkingDayCalendar.Official, DeadlineParameters.Gazette2017 with { MoveFixedDatesOffRestDays = true }));
        var c = moving.CalendarFor(2020);
        var self = c.DueDates[0];
        Assert.Equal(new LocalDate(2021, 2, 15), self.Date);
        Assert.True(self.LastDay > self.Date);
        Assert.False(self.FallsOnRestDay);
        Assert.EndsWith("; moved from 2021-02-15 (Mon) off rest days (Deadlines parameter)", self.Note, StringComparison.Ordinal);
        Assert.StartsWith(WorkingDayCalendar.Label(self.LastDay), self.Note, StringComparison.Ordinal);
        var inspection = c.DueDates[1];
        Assert.Equal(new LocalDate(2021, 4, 12), inspection.LastDay);   // why: 2021-04-10 is a Saturday, moved to Monday
        Assert.Equal("2021-04-12 (Mon); moved from 2021-04-10 (Sat) off rest days (Deadlines parameter)", inspection.Note);
        Assert.Equal(new LocalDate(2021, 4, 10), Calculator.CalendarFor(2020).DueDates[1].LastDay);
    }

    [Fact]
    public void Suspension_EveryReason_WordForWord()
    {
        const string Exempting = "(exempt: category in Energy, Transport, WaterConservancy, OtherInfrastructure, approver in StateCouncil, StateCouncilDepartment, MunicipalDepartment, act in Approved, Ratified)";
        var b = new LandProject("b", InfrastructureCategory.Transport, ApprovalAuthority.District, ApprovalAct.Approved);
        var a = new LandProject("a", InfrastructureCategory.Transport, ApprovalAuthority.MunicipalDepartment, ApprovalAct.Ratified);

        var suspended = Calculator.CheckSuspension(CL10(b, new LocalDate(2021, 6, 1)));
        Assert.Equal(
            new[]
            {
                "project b: Transport / District / Approved → not exempt " + Exempting,
                "2021-06-01 lies in the rectification period [2021-05-10, 2021-11-30] (both days included, R12)",
                "→ suspended: 农用地转用 and 土地征收 approvals of b " + SuspensionQuoted,
            },
            suspended.Reasons.Select(x => x.Text));
        Assert.All(suspended.Reasons, x => Assert.Equal("五（三）", x.Citation.Article));
        Assert.Equal(("b", new LocalDate(2021, 6, 1)), (suspended.ProjectId, suspended.Day));

        var exempt = Calculator.CheckSuspension(CL10(a, new LocalDate(2021, 6, 1)));
        Assert.Equal(
            new[]
            {
                "project a: Transport / MunicipalDepartment / Ratified → exempt " + Exempting,
                "2021-06-01 lies in the rectification period [2021-05-10, 2021-11-30] (both days included, R12)",
                "→ not suspended: the project is exempt",
            },
            exempt.Reasons.Select(x => x.Text));

        var outside = Calculator.CheckSuspension(CL10(b, new LocalDate(2021, 12, 1)));
        Assert.Equal(
            new[] { "2021-12-01 lies outside the rectification period [2021-05-10, 2021-11-30] (R12)", "→ not suspended: outside the rectification period" },
            outside.Reasons.Skip(1).Select(x => x.Text));
        Assert.False(outside.UnderRectification);

        var open = Calculator.CheckSuspension(CL10(b, new LocalDate(2022, 1, 10)) with { Rectification = new Rectification(new LocalDate(2021, 5, 10), new LocalDate(2021, 10, 31)) });
        Assert.Equal(
            new[]
            {
                "2022-01-10 lies in the rectification period [2021-05-10, not complete] (both days included, R12)",
                "rectification overdue by 71 days (deadline 2021-10-31); the suspension still runs (R12)",
                "→ suspended: 农用地转用 and 土地征收 approvals of b " + SuspensionQuoted,
            },
            open.Reasons.Skip(1).Select(x => x.Text));
        Assert.Equal(71, open.DaysOverdue);
        Assert.True(open.Suspended);

        // why: the deadline day itself is not overdue; the day after is one day overdue
        Assert.Null(Calculator.CheckSuspension(CL10(b, new LocalDate(2021, 10, 31))).DaysOverdue);
        Assert.Equal(1, Calculator.CheckSuspension(CL10(b, new LocalDate(2021, 11, 1))).DaysOverdue);
        var exemptOverdue = Calculator.CheckSuspension(CL10(a, new LocalDate(2021, 11, 1)));
        Assert.Equal((false, true, true, 1), (exemptOverdue.Suspended, exemptOverdue.UnderRectification, exemptOverdue.Exempt, exemptOverdue.DaysOverdue));
    }

    [Fact]
    public void Suspension_NotSubject_EveryReason_WordForWord()
    {
        var a = new LandProject("a", InfrastructureCategory.Transport, ApprovalAuthority.MunicipalDepartment, ApprovalAct.Ratified);
        var b = new LandProject("b", InfrastructureCategory.Transport, ApprovalAuthority.District, ApprovalAct.Approved);
        var cases = new (SuspensionQuery Query, string Reason)[]
        {
            (CL10(b, new LocalDate(2021, 6, 1)) with { Result = new AssessmentOutcome(AssessedUnitType.Town, 2019) }, "2019 is not an assessment year: no 考核认定, no rectification (R3) → not suspended"),
            (CL10(b, new LocalDate(2021, 6, 1), AssessmentVerdict.Qualified), "the 2020 assessment is not 不合格: no rectification → not suspended"),
            (CL10(b, new LocalDate(2021, 6, 1)) with { Result = new AssessmentOutcome(AssessedUnitType.Town, 2020) }, "the 2020 assessment is not 不合格: no rectification → not suspended"),
            (CL10(b, new LocalDate(2021, 6, 1)) with { Result = new AssessmentOutcome(AssessedUnitType.Village, 2020, AssessmentVerdict.Unqualified) }, "a Village is not sanctioned: 五（三） names Town, StateFarm (R13) → not suspended"),
            (CL10(b, new LocalDate(2021, 6, 1)) with { Rectification = null }, "the 2020 assessment is 不合格, but no rectification order is recorded → not suspended"),
        };
        foreach (var (query, reason) in cases)
        {
            var answer = Calculator.CheckSuspension(query);
            Assert.Equal(2, answer.Reasons.Count);
            Assert.Equal(reason, answer.Reasons[1].Text);
            Assert.Equal((false, false, false, (int?)null), (answer.Suspended, answer.UnderRectification, answer.Exempt, answer.DaysOverdue));
            Assert.True(Calculator.CheckSuspension(query with { Project = a }).Exempt);
        }

        // why: a state farm is sanctioned like a town
        Assert.True(Calculator.CheckSuspension(CL10(b, new LocalDate(2021, 6, 1)) with { Result = new AssessmentOutcome(AssessedUnitType.StateFarm, 2020, AssessmentVerdict.Unqualified) }).Suspended);
    }
}
