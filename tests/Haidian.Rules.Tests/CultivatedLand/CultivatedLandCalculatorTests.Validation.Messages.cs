using Haidian.Rules.CultivatedLand;

namespace Haidian.Rules.Tests.CultivatedLand;

/// <summary>
/// Bad input word for word (the other validation tests assert paths and codes only): every record, query and parameter check
/// with its exact <c>path: message</c> line, each bound at the limit (accepted) and one step past it (rejected).
/// </summary>
public sealed partial class CultivatedLandCalculatorTests
{
    private static string[] Messages(Action act) => Assert.Throws<ValidationException>(act).Errors.Select(e => e.ToString()).ToArray();

    private static string[] ParameterMessages(CultivatedLandParameters p) => p.Validate().Select(e => e.ToString()).ToArray();

    private const string AreaBounds = "must be between 0 and 1000000000000 inclusive";

    [Fact]
    public void Assess_UnitAreaUnitAndTargets_Messages()
    {
        Assert.Equal(
            new[] { "unit: is required", "cultivatedLand: is required", "basicFarmland.actual: " + AreaBounds + " (got -0.01)" },
            Messages(() => Calculator.Assess(B with { Unit = null!, CultivatedLand = null!, BasicFarmland = new AreaTarget(0m, -0.01m) })));
        Assert.Equal(
            new[]
            {
                "unit.name: is required and must not be blank",
                "unit.type: is not one of Town, Village, StateFarm (got the undefined value 99)",
                "areaUnit: is not one of Mu, Hectare (got the undefined value 7)",
                "cultivatedLand.target: " + AreaBounds + " (got 1000000000000.01)",
            },
            Messages(() => Calculator.Assess(B with { Unit = new AssessedUnit("", (AssessedUnitType)99), AreaUnit = (AreaUnit)7, CultivatedLand = new AreaTarget(1_000_000_000_000.01m, 0m) })));

        // why: the largest area and 0 are accepted (二: 不得低于 — equal is met)
        var r = Calculator.Assess(B with { CultivatedLand = new AreaTarget(CultivatedLandCalculator.MaximumArea, CultivatedLandCalculator.MaximumArea), BasicFarmland = new AreaTarget(0m, 0m) });
        Assert.Equal(AssessmentVerdict.Qualified, r.Verdict);
    }

    [Fact]
    public void Assess_YearAfterTheLast_IsReportedWithTheRecordsOtherProblems_TheLastYearIsAccepted()
    {
        // why: a year past 9997 is reported beside the record's other problems (no version is resolved for it), and the
        // checks that need a sound year (approvedOn, selfCheckReportedOn, outstanding) are left out.
        Assert.Equal(
            new[] { "year: must be at most 9997 (got 9998)", "unit.name: is required and must not be blank" },
            Messages(() => Calculator.Assess(B with
            {
                Year = 9998,
                Unit = new AssessedUnit(" ", AssessedUnitType.Town),
                Occupations = new[] { O1 with { ApprovedOn = new LocalDate(9999, 1, 1) } },
                SelfCheckReportedOn = new LocalDate(9998, 1, 1),
                Outstanding = true,
            })));

        // why: 9997 is accepted, so its dates are checked against it
        Assert.Equal(
            new[]
            {
                "occupations[0].approvedOn: must be on or before 9997-12-31, the end of the year assessed (got 9998-01-01)",
                "selfCheckReportedOn: must be after the year 9997: the self-check looks back at 「上一年度」 (got 9997-06-01)",
                "outstanding: 9997 is not an assessment year: 成绩突出 follows a period assessment (三, R3)",
            },
            Messages(() => Calculator.Assess(B with
            {
                Year = 9997,
                Occupations = new[] { O1 with { ApprovedOn = new LocalDate(9998, 1, 1) } },
                SelfCheckReportedOn = new LocalDate(9997, 6, 1),
                Outstanding = true,
            })));
        Assert.Equal(
            "year: must be at most 9997 (got 9998)",
            Assert.Single(Messages(() => Calculator.CalendarFor(9998))));
        Assert.Equal(
            "year: must be at most 9997 (got 9998)",
            Assert.Single(Messages(() => Calculator.ParametersFor(9998))));
        Assert.Equal(AssessmentRole.Annual, Calculator.CalendarFor(9997).Role);
    }

    [Fact]
    public void Assess_ScaleAndGrades_Messages_TheScaleEndsAreOnIt()
    {
        Assert.Equal(
            new[] { "qualityScale: is required when occupations are listed: the text names no grading scale (R6)" },
            Messages(() => Calculator.Assess(B with { QualityScale = null })));
        Assert.Equal(
            new[] { "qualityScale.worstGrade: must differ from bestGrade (both 3)" },
            Messages(() => Calculator.Assess(B with { QualityScale = new QualityScale(3, 3) })));
        Assert.Equal(
            new[]
            {
                "occupations[0].occupiedGrade: must be on the scale 1 (best) to 15 (worst) (got 0)",
                "occupations[0].supplementedGrade: must be on the scale 1 (best) to 15 (worst) (got 16)",
                "occupations[0].occupiedBasicFarmlandGrade: is required when its area is greater than 0",
                "occupations[0].redesignatedGrade: is required when its area is greater than 0",
            },
            Messages(() => Calculator.Assess(B with { Occupations = new[] { O1 with { OccupiedGrade = 0, SupplementedGrade = 16, OccupiedBasicFarmlandArea = 1m, RedesignatedArea = 0.01m } } })));
        Assert.Equal(
            new[] { "occupations[0].occupiedGrade: must be on the scale 15 (best) to 1 (worst) (got 16)" },
            Messages(() => Calculator.Assess(B with { QualityScale = new QualityScale(15, 1), Occupations = new[] { O1 with { OccupiedGrade = 16 } } })));

        // why: both ends of either scale are on it
        foreach (var scale in new[] { new QualityScale(1, 15), new QualityScale(15, 1) })
        {
            var ends = O1 with { OccupiedGrade = 1, SupplementedGrade = 15, OccupiedBasicFarmlandArea = 2m, OccupiedBasicFarmlandGrade = 15, RedesignatedArea = 2m, RedesignatedGrade = 1 };
            Assert.Equal(AssessmentKind.PeriodAssessment, Calculator.Assess(B with { QualityScale = scale, Occupations = new[] { ends } }).Kind);
        }
    }

    [Fact]
    public void Assess_Occupations_Messages_AtAndPastTheirBounds()
    {
        Assert.Equal(
            new[] { "occupations: is required (an empty list means no occupation in the year)" },
            Messages(() => Calculator.Assess(B with { Occupations = null! })));
        Assert.Equal(
            new[]
            {
                "occupations[0]: is required",
                "occupations[1].id: is required and must not be blank",
                "occupations[2].approvedOn: must be on or before 2018-12-31, the end of the year assessed (got 2019-01-01)",
                "occupations[2].occupiedArea: must be greater than 0 (got 0)",
                "occupations[2].supplementedArea: " + AreaBounds + " (got -1)",
                "occupations[2].redesignatedArea: " + AreaBounds + " (got 1000000000000.01)",
                "occupations[3].id: 'O1' is listed more than once",
                "occupations[3].occupiedArea: " + AreaBounds + " (got 1000000000000.01)",
                "occupations[3].occupiedBasicFarmlandArea: " + AreaBounds + " (got 1000000000000.02)",
                "occupations[4].occupiedBasicFarmlandArea: the 基本农田 part 3.01 exceeds the occupied area 3: a part never exceeds its whole",
            },
            Messages(() => Calculator.Assess(B with
            {
                Occupations = new[]
                {
                    null!,
                    O1 with { Id = " " },
                    O1 with { Id = "O1", ApprovedOn = new LocalDate(2019, 1, 1), OccupiedArea = 0m, SupplementedArea = -1m, SupplementedGrade = null, OccupiedBasicFarmlandArea = 1m, OccupiedBasicFarmlandGrade = 5, RedesignatedArea = 1_000_000_000_000.01m, RedesignatedGrade = 5 },   // why: no part-exceeds-whole error beside an invalid whole
                    O1 with { OccupiedArea = 1_000_000_000_000.01m, OccupiedBasicFarmlandArea = 1_000_000_000_000.02m, OccupiedBasicFarmlandGrade = 5, RedesignatedArea = 0m },
                    O1 with { Id = "O3", OccupiedArea = 3m, SupplementedArea = 3m, OccupiedBasicFarmlandArea = 3.01m, OccupiedBasicFarmlandGrade = 5, RedesignatedArea = 3.01m, RedesignatedGrade = 5 },
                },
            })));

        // why: approved on the year's last day, the largest area, and a 基本农田 part equal to its whole are accepted
        var edge = O1 with { ApprovedOn = new LocalDate(2018, 12, 31), OccupiedArea = CultivatedLandCalculator.MaximumArea, SupplementedArea = CultivatedLandCalculator.MaximumArea, OccupiedBasicFarmlandArea = CultivatedLandCalculator.MaximumArea, OccupiedBasicFarmlandGrade = 6, RedesignatedArea = CultivatedLandCalculator.MaximumArea, RedesignatedGrade = 6 };
        Assert.Equal(AssessmentVerdict.Qualified, Calculator.Assess(B with { Occupations = new[] { edge } }).Verdict);
        Assert.Equal(AssessmentVerdict.Qualified, Calculator.Assess(B with { Occupations = new[] { O1 with { OccupiedArea = 0.01m, SupplementedArea = 0.01m } } }).Verdict);
    }

    [Fact]
    public void Assess_IllegalCasesAndSurvey_Messages()
    {
        Assert.Equal(
            new[]
            {
                "illegalCases[0]: is required",
                "illegalCases[1].id: is required and must not be blank",
                "illegalCases[1].landType: is not one of Cultivated, BasicFarmland (got the undefined value 5)",
                "illegalCases[1].area: must be greater than 0 (got -0.5)",
                "illegalCases[2].area: " + AreaBounds + " (got 1000000000000.01)",
                "illegalCases[3].id: 'K' is listed more than once",
                "survey.cultivatedArea: " + AreaBounds + " (got 1000000000000.01)",
                "survey.ecologicalRetirementArea: " + AreaBounds + " (got -1)",
            },
            Messages(() => Calculator.Assess(B with
            {
                IllegalCases = new[]
                {
                    null!,
                    new IllegalCase("", (IllegalLandType)5, -0.5m, true, true, true, true),
                    new IllegalCase("K", IllegalLandType.Cultivated, 1_000_000_000_000.01m, true, true, true, true),
                    new IllegalCase("K", IllegalLandType.BasicFarmland, 0.01m, true, true, true, true),
                },
                Survey = new LandSurvey(1_000_000_000_000.01m, -1m),
            })));
        var r = Calculator.Assess(B with { IllegalCases = new[] { new IllegalCase("K", IllegalLandType.Cultivated, CultivatedLandCalculator.MaximumArea, true, true, true, true) }, Survey = new LandSurvey(0m, CultivatedLandCalculator.MaximumArea) });
        Assert.Equal(1, r.IllegalCases!.Handled);
    }

    [Fact]
    public void Assess_SelfCheckAndOutstanding_Messages()
    {
        Assert.Equal(
            new[]
            {
                "selfCheckReportedOn: a Village has no self-check duty: 三（一） names Town, StateFarm",
                "selfCheckReportedOn: must be after the year 2018: the self-check looks back at 「上一年度」 (got 2018-12-31)",
            },
            Messages(() => Calculator.Assess(B with { Unit = new AssessedUnit("B村", AssessedUnitType.Village), SelfCheckReportedOn = new LocalDate(2018, 12, 31) })));
        Assert.Equal(
            new[]
            {
                "outstanding: 2019 is not an assessment year: 成绩突出 follows a period assessment (三, R3)",
                "outstanding: a StateFarm cannot be commended: 五（二） names Town, Village",
            },
            Messages(() => Calculator.Assess(B with { Year = 2019, Unit = new AssessedUnit("C农场", AssessedUnitType.StateFarm), Occupations = Array.Empty<Occupation>(), Outstanding = true })));
        Assert.Equal(
            new[] { "outstanding: 成绩突出 cannot be found for a unit assessed 不合格 (五（二） commends units that completed their targets)" },
            Messages(() => Calculator.Assess(B with { CultivatedLand = new AreaTarget(1m, 0m), Outstanding = true })));
        Assert.Equal(
            new[] { "unit.type: is not one of Town, Village, StateFarm (got the undefined value 9)" },
            Messages(() => Calculator.Assess(B with { Unit = new AssessedUnit("X", (AssessedUnitType)9), SelfCheckReportedOn = new LocalDate(2019, 1, 1), Outstanding = true })));

        // why: the first day of the next year is after the year; a village in an assessment year can be found outstanding
        Assert.Empty(Calculator.Assess(B with { SelfCheckReportedOn = new LocalDate(2019, 1, 1) }).Findings);
        Assert.Equal(
            new[] { LandConsequenceKind.Commendation, LandConsequenceKind.QuotaPriority },
            Calculator.Assess(B with { Unit = new AssessedUnit("B村", AssessedUnitType.Village), Outstanding = true }).Consequences.Select(c => c.Kind));
    }

    [Fact]
    public void CheckSuspension_Messages_AtAndPastTheirBounds()
    {
        var b = new LandProject("b", InfrastructureCategory.Transport, ApprovalAuthority.District, ApprovalAct.Approved);
        Assert.Equal(
            new[]
            {
                "rectification.deadline: must not be before orderedOn 2020-12-01 (got 2020-11-30)",
                "rectification.completedOn: must not be before orderedOn 2020-12-01 (got 2020-11-30)",
                "rectification.orderedOn: must be after the year assessed, 2020: the assessment follows the year (R1) (got 2020-12-01)",
            },
            Messages(() => Calculator.CheckSuspension(CL10(b, new LocalDate(2021, 6, 1)) with { Rectification = new Rectification(new LocalDate(2020, 12, 1), new LocalDate(2020, 11, 30), new LocalDate(2020, 11, 30)) })));
        Assert.Equal(
            new[] { "result.verdict: 2019 is not an assessment year, so there is no verdict (三: only the mid-term and end-of-term years are assessed)" },
            Messages(() => Calculator.CheckSuspension(CL10(b, new LocalDate(2021, 6, 1)) with { Result = new AssessmentOutcome(AssessedUnitType.Town, 2019, AssessmentVerdict.Qualified) })));
        Assert.Equal(
            new[] { "result: is required", "project: is required" },
            Messages(() => Calculator.CheckSuspension(new SuspensionQuery(null!, CL10Rectification, null!, new LocalDate(2021, 6, 1)))));
        Assert.Equal(
            new[]
            {
                "project.id: is required and must not be blank",
                "project.infrastructureCategory: is not one of Energy, Transport, WaterConservancy, OtherInfrastructure, None (got the undefined value 9)",
                "project.approvalAuthority: is not one of StateCouncil, StateCouncilDepartment, MunicipalDepartment, District, Other (got the undefined value 9)",
                "project.approvalAct: is not one of Approved, Ratified, Filed, None (got the undefined value 9)",
            },
            Messages(() => Calculator.CheckSuspension(CL10(new LandProject(" ", (InfrastructureCategory)9, (ApprovalAuthority)9, (ApprovalAct)9), new LocalDate(2021, 6, 1)))));

        // why: a year past 9997 is reported once; its verdict and the order date are not checked against it
        Assert.Equal(
            new[] { "result.year: must be at most 9997 (got 9998)" },
            Messages(() => Calculator.CheckSuspension(CL10(b, new LocalDate(2021, 6, 1)) with { Result = new AssessmentOutcome(AssessedUnitType.Town, 9998, AssessmentVerdict.Unqualified) })));

        // why: 9997 is accepted, so an order dated before it is reported
        Assert.Equal(
            new[] { "rectification.orderedOn: must be after the year assessed, 9997: the assessment follows the year (R1) (got 2021-05-10)" },
            Messages(() => Calculator.CheckSuspension(CL10(b, new LocalDate(2021, 6, 1)) with { Result = new AssessmentOutcome(AssessedUnitType.Town, 9997, null) })));

        // why: deadline and completion on the order day, and an order on 1 January after the year, are accepted
        var sameDay = Calculator.CheckSuspension(CL10(b, new LocalDate(2021, 1, 1)) with { Rectification = new Rectification(new LocalDate(2021, 1, 1), new LocalDate(2021, 1, 1), new LocalDate(2021, 1, 1)) });
        Assert.True(sameDay.Suspended);
        Assert.Null(sameDay.DaysOverdue);
    }

    [Fact]
    public void Parameters_EveryCheck_WordForWord()
    {
        Assert.Equal(
            new[]
            {
                "version: is required and must not be blank",
                "source: is required",
                "firstPeriodStartYear: must be between 1 and 9997 (got 0)",
                "periodLengthYears: must be between 1 and 100 (got 101)",
                "lastAssessedYear: must be between the first period's start 0 and 9997 (got 9998)",
                "selfCheckUnitTypes: is required",
                "inspectedUnitTypes[1]: 'Town' is listed more than once",
                "commendationUnitTypes[0]: is not one of Town, Village, StateFarm (got the undefined value 3)",
                "sanctionUnitTypes: is required",
                "exemptApprovers: is required",
                "exemptApprovalActs: is required",
                "exemptCategories: is required",
                "balanceBasis: is not one of PerOccupation, AggregateArea (got the undefined value 2)",
                "passIndicators: is required",
            },
            ParameterMessages(CultivatedLandParameters.Gazette2017 with
            {
                Version = " ",
                Source = null!,
                FirstPeriodStartYear = 0,
                PeriodLengthYears = 101,
                LastAssessedYear = 9998,
                SelfCheckUnitTypes = null!,
                InspectedUnitTypes = new[] { AssessedUnitType.Town, AssessedUnitType.Town },
                CommendationUnitTypes = new[] { (AssessedUnitType)3 },
                SanctionUnitTypes = null!,
                ExemptApprovers = null!,
                ExemptApprovalActs = null!,
                ExemptCategories = null!,
                BalanceBasis = (BalanceBasis)2,
                PassIndicators = null!,
            }));
        Assert.Equal(
            new[]
            {
                "firstPeriodStartYear: must be between 1 and 9997 (got 9998)",
                "periodLengthYears: must be between 1 and 100 (got 0)",
                "lastAssessedYear: must be between the first period's start 9998 and 9997 (got 9997)",
                "referenceIndicators: is required",
            },
            ParameterMessages(CultivatedLandParameters.Gazette2017 with { FirstPeriodStartYear = 9998, PeriodLengthYears = 0, LastAssessedYear = 9997, ReferenceIndicators = null! }));
        Assert.Equal(
            new[] { "lastAssessedYear: must be between the first period's start 2016 and 9997 (got 2015)" },
            ParameterMessages(CultivatedLandParameters.Gazette2017 with { LastAssessedYear = 2015 }));

        // why: the bounds themselves are accepted; empty unit lists are allowed (no unit owes the duty)
        Assert.Empty(ParameterMessages(CultivatedLandParameters.Gazette2017 with { FirstPeriodStartYear = 1, LastAssessedYear = 1 }));
        Assert.Empty(ParameterMessages(CultivatedLandParameters.Gazette2017 with { FirstPeriodStartYear = 9997, LastAssessedYear = 9997, PeriodLengthYears = 100, MidTermYearIndex = 0, EndOfTermYearIndex = 99 }));
        Assert.Empty(ParameterMessages(CultivatedLandParameters.Gazette2017 with { LastAssessedYear = 2016, SelfCheckUnitTypes = Array.Empty<AssessedUnitType>(), InspectedUnitTypes = Array.Empty<AssessedUnitType>(), CommendationUnitTypes = Array.Empty<AssessedUnitType>(), SanctionUnitTypes = Array.Empty<AssessedUnitType>(), ExemptApprovers = Array.Empty<ApprovalAuthority>(), ExemptApprovalActs = Array.Empty<ApprovalAct>(), ExemptCategories = Array.Empty<InfrastructureCategory>() }));
    }

    [Fact]
    public void Parameters_PeriodIndices_WordForWord_AtAndPastTheirBounds()
    {
        Assert.Equal(
            new[]
            {
                "midTermYearIndex: must be between 0 and 4, a year of the period (got -1)",
                "endOfTermYearIndex: must be between 0 and 4, a year of the period (got 5)",
            },
            ParameterMessages(CultivatedLandParameters.Gazette2017 with { MidTermYearIndex = -1, EndOfTermYearIndex = 5 }));
        Assert.Equal(
            new[]
            {
                "midTermYearIndex: must be between 0 and 4, a year of the period (got 5)",
                "endOfTermYearIndex: must be between 0 and 4, a year of the period (got -1)",
            },
            ParameterMessages(CultivatedLandParameters.Gazette2017 with { MidTermYearIndex = 5, EndOfTermYearIndex = -1 }));

        // why: an index out of range is reported once, not also as coming after the end-of-term year
        Assert.Equal(
            new[] { "midTermYearIndex: must be between 0 and 4, a year of the period (got 5)" },
            ParameterMessages(CultivatedLandParameters.Gazette2017 with { MidTermYearIndex = 5, EndOfTermYearIndex = 4 }));
        Assert.Equal(
            new[] { "midTermYearIndex: the mid-term year (4) must come before the end-of-term year (4): a period has two assessments" },
            ParameterMessages(CultivatedLandParameters.Gazette2017 with { MidTermYearIndex = 4, EndOfTermYearIndex = 4 }));
        Assert.Equal(
            new[] { "midTermYearIndex: the mid-term year (3) must come before the end-of-term year (2): a period has two assessments" },
            ParameterMessages(CultivatedLandParameters.Gazette2017 with { MidTermYearIndex = 3, EndOfTermYearIndex = 2 }));

        // why: a period of one year cannot hold two assessments; the length itself is accepted
        Assert.Equal(
            new[] { "midTermYearIndex: the mid-term year (0) must come before the end-of-term year (0): a period has two assessments" },
            ParameterMessages(CultivatedLandParameters.Gazette2017 with { PeriodLengthYears = 1, MidTermYearIndex = 0, EndOfTermYearIndex = 0 }));
        Assert.Empty(ParameterMessages(CultivatedLandParameters.Gazette2017 with { PeriodLengthYears = 2, MidTermYearIndex = 0, EndOfTermYearIndex = 1 }));
    }

    [Fact]
    public void Parameters_Indicators_WordForWord()
    {
        Assert.Equal(
            new[]
            {
                "passIndicators: must list at least one value",
                "passIndicators: 'CultivatedLandRetention' must be a pass or a reference indicator (二 L3734 names all six)",
                "passIndicators: 'BasicFarmlandProtection' must be a pass or a reference indicator (二 L3734 names all six)",
                "passIndicators: 'OccupationBalance' must be a pass or a reference indicator (二 L3734 names all six)",
                "passIndicators: 'BasicFarmlandRedesignation' must be a pass or a reference indicator (二 L3734 names all six)",
            },
            ParameterMessages(CultivatedLandParameters.Gazette2017 with { PassIndicators = Array.Empty<LandIndicator>() }));
        Assert.Equal(
            new[] { "passIndicators: 'SurveyData' must be a pass or a reference indicator (二 L3734 names all six)" },
            ParameterMessages(CultivatedLandParameters.Gazette2017 with { ReferenceIndicators = new[] { LandIndicator.IllegalCaseHandling } }));
        Assert.Equal(
            new[]
            {
                "passIndicators[1]: 'OccupationBalance' is listed more than once",
                "referenceIndicators: 'SurveyData' is both a pass and a reference indicator",
                "passIndicators: 'SurveyData' has no standard to meet: it can only be a reference indicator (二 L3734)",
            },
            ParameterMessages(CultivatedLandParameters.Gazette2017 with
            {
                PassIndicators = new[] { LandIndicator.OccupationBalance, LandIndicator.OccupationBalance, LandIndicator.CultivatedLandRetention, LandIndicator.BasicFarmlandProtection, LandIndicator.BasicFarmlandRedesignation, LandIndicator.SurveyData },
                ReferenceIndicators = new[] { LandIndicator.IllegalCaseHandling, LandIndicator.SurveyData },
            }));

        // why: the illegal-case indicator may be made a pass indicator (R4's alternative), and then an open case fails the verdict
        var strict = CultivatedLandParameters.Gazette2017 with
        {
            PassIndicators = new[] { LandIndicator.CultivatedLandRetention, LandIndicator.BasicFarmlandProtection, LandIndicator.OccupationBalance, LandIndicator.BasicFarmlandRedesignation, LandIndicator.IllegalCaseHandling },
            ReferenceIndicators = new[] { LandIndicator.SurveyData },
        };
        Assert.Empty(strict.Validate());
        var r = new CultivatedLandCalculator(strict).Assess(B with { IllegalCases = new[] { new IllegalCase("K2", IllegalLandType.BasicFarmland, 0.35m, true, true, false, false) } });
        Assert.Equal(AssessmentVerdict.Unqualified, r.Verdict);
        Assert.Equal("K2 (基本农田, 0.35 亩): missing 拆除违法建筑物和其他设施, 恢复原种植条件; a pass indicator under these parameters: the verdict fails", Assert.Single(r.Findings).Message);
    }

    [Fact]
    public void Resolve_AVersionWithALaterFirstPeriod_AndAHistory_PickTheVersionOfTheYearsLastDay()
    {
        var later = CultivatedLandParameters.Gazette2017 with { Version = "later", InForceFrom = new LocalDate(2019, 1, 1), FirstPeriodStartYear = 2020 };
        var calc = new CultivatedLandCalculator(new ParameterHistory<CultivatedLandParameters>(new[] { CultivatedLandParameters.Gazette2017, later }));
        Assert.Equal("gazette-2017", calc.ParametersFor(2016).Version);   // why: 2016-12-31 is before every version: the first applies
        Assert.Equal("gazette-2017", calc.ParametersFor(2017).Version);
        Assert.Equal("later", calc.ParametersFor(2020).Version);
        var ex = Assert.Throws<NotInForceException>(() => calc.ParametersFor(2019));   // why: the version of 2019-12-31 starts its periods in 2020
        Assert.Equal(new LocalDate(2019, 1, 1), ex.Requested);
        Assert.Equal(new LocalDate(2020, 1, 1), ex.InForceFrom);
        Assert.Contains("三 (performance years from 2020; first period 2020–2024)", ex.Message, StringComparison.Ordinal);

        var closed = new CultivatedLandCalculator(CultivatedLandParameters.Gazette2017 with { LastAssessedYear = 2020 });
        var after = Assert.Throws<NotInForceException>(() => closed.CalendarFor(2021));
        Assert.Equal(new LocalDate(2021, 1, 1), after.Requested);
        Assert.Equal(new LocalDate(2017, 8, 17), after.InForceFrom);
        Assert.Contains("does not cover performance year 2021 (the last assessed year is 2020)", after.Message, StringComparison.Ordinal);
        var before = Assert.Throws<NotInForceException>(() => Calculator.CalendarFor(-20_000));
        Assert.Equal(new LocalDate(-9998, 1, 1), before.Requested);
        Assert.Equal(new LocalDate(2016, 1, 1), before.InForceFrom);
    }
}
