using Haidian.Rules.CultivatedLand;
using Haidian.Rules.Tests.Core;

namespace Haidian.Rules.Tests.CultivatedLand;

/// <summary>Spec 08 "Bad input": every problem with its path and 07 C3 code, nothing computed; the 1.0 contract (C1, C2, C4, C6).</summary>
public sealed partial class CultivatedLandCalculatorTests
{
    private static IReadOnlyList<(string Path, ErrorCode Code)> ErrorsOf(Action act) =>
        Assert.Throws<ValidationException>(act).Errors.Select(e => (e.Path, e.Code)).ToArray();

    internal const string ValidRecordJson = """
        {
          "unit": { "name": "A镇", "type": "Town" },
          "year": 2018,
          "areaUnit": "Mu",
          "cultivatedLand": { "target": 1250.00, "actual": 1250.00 },
          "basicFarmland": { "target": 900.00, "actual": 915.40 },
          "qualityScale": { "bestGrade": 1, "worstGrade": 15 },
          "occupations": [
            { "id": "O1", "approvedOn": "2018-06-12", "occupiedArea": 12.00, "occupiedGrade": 6, "supplementedArea": 12.00, "supplementedGrade": 6,
              "occupiedBasicFarmlandArea": 4.00, "occupiedBasicFarmlandGrade": 5, "redesignatedArea": 4.00, "redesignatedGrade": 5 }
          ],
          "illegalCases": [
            { "id": "K1", "landType": "Cultivated", "area": 0.80, "investigated": true, "correctionOrdered": true, "structuresRemoved": true, "plantingRestored": true }
          ],
          "survey": { "cultivatedArea": 1248.30, "ecologicalRetirementArea": 6.20 },
          "selfCheckReportedOn": "2019-02-15",
          "outstanding": true
        }
        """;

    internal const string ValidQueryJson = """
        {
          "result": { "unitType": "Town", "year": 2020, "verdict": "Unqualified" },
          "rectification": { "orderedOn": "2021-05-10", "deadline": "2021-10-31", "completedOn": "2021-11-30" },
          "project": { "id": "b", "infrastructureCategory": "Transport", "approvalAuthority": "District", "approvalAct": "Approved" },
          "day": "2021-06-01"
        }
        """;

    [Fact]
    public void Contract_EachRequiredFieldOfTheRecordIsRequired()
    {
        // unit, unit.name, unit.type, year, areaUnit, cultivatedLand/basicFarmland with target and actual, bestGrade, worstGrade,
        // occupations, 7 required occupation fields (the 3 grades of parts that may be 0 are nullable), 7 illegal-case fields.
        var checkedFields = ContractAssert.EachRequiredFieldIsRequired<CultivatedLandRecord>(ValidRecordJson);
        Assert.Equal(28, checkedFields);
    }

    [Fact]
    public void Contract_EachRequiredFieldOfTheSuspensionQueryIsRequired()
    {
        // result, unitType, year, rectification.orderedOn, project, its 4 fields, day
        Assert.Equal(10, ContractAssert.EachRequiredFieldIsRequired<SuspensionQuery>(ValidQueryJson));
    }

    [Fact]
    public void Contract_EachParameterExceptLastAssessedYearIsRequiredInJson()
    {
        var json = HaidianJson.Serialize(CultivatedLandParameters.Gazette2017);
        Assert.Equal(20, ContractAssert.EachRequiredFieldIsRequired<CultivatedLandParameters>(json));   // why: 17 members + the source citation's 3 fields
        var errors = Assert.Throws<ValidationException>(() => HaidianJson.Deserialize<CultivatedLandParameters>("{}")).Errors;
        Assert.Equal(17, errors.Count);
        Assert.All(errors, e => Assert.Equal(ErrorCode.Required, e.Code));
    }

    [Fact]
    public void Contract_ValidJsonReadsAndAssesses()
    {
        var r = Calculator.Assess(HaidianJson.Deserialize<CultivatedLandRecord>(ValidRecordJson));
        Assert.Equal(AssessmentVerdict.Qualified, r.Verdict);
        Assert.Equal(LandConsequenceKind.Commendation, r.Consequences[1].Kind);
        Assert.True(Calculator.CheckSuspension(HaidianJson.Deserialize<SuspensionQuery>(ValidQueryJson)).Suspended);
    }

    [Fact]
    public void Contract_ThreeProblemsInOneDocument_AreAllReportedWithCodes()
    {
        var json = ValidRecordJson
            .Replace("\"areaUnit\": \"Mu\",", "\"areaUnit\": \"acre\",", StringComparison.Ordinal)
            .Replace("\"year\": 2018,", string.Empty, StringComparison.Ordinal)
            .Replace("\"outstanding\": true", "\"outstanding\": true, \"remarks\": \"x\"", StringComparison.Ordinal);
        var errors = Assert.Throws<ValidationException>(() => HaidianJson.Deserialize<CultivatedLandRecord>(json)).Errors;
        Assert.Equal(3, errors.Count);
        Assert.Contains(errors, e => e.Path == "areaUnit" && e.Code == ErrorCode.InvalidValue && e.Message.Contains("Mu, Hectare", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Path == "year" && e.Code == ErrorCode.Required);
        Assert.Contains(errors, e => e.Path == "remarks" && e.Code == ErrorCode.UnknownField);
    }

    [Fact]
    public void Contract_UnknownUnitTypeWord_ListsTheAllowedWords()
    {
        var e = Assert.Single(Assert.Throws<ValidationException>(() => HaidianJson.Deserialize<CultivatedLandRecord>(ValidRecordJson.Replace("\"Town\"", "\"street\"", StringComparison.Ordinal))).Errors);
        Assert.Equal("unit.type", e.Path);
        Assert.Equal(ErrorCode.InvalidValue, e.Code);
        Assert.Contains("Town, Village, StateFarm", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Contract_SchemasExistForRecordQueryAndParameters()
    {
        Assert.Contains("\"areaUnit\"", HaidianJson.SchemaFor<CultivatedLandRecord>(), StringComparison.Ordinal);
        Assert.Contains("\"infrastructureCategory\"", HaidianJson.SchemaFor<SuspensionQuery>(), StringComparison.Ordinal);
        Assert.Contains("\"balanceBasis\"", HaidianJson.SchemaFor<CultivatedLandParameters>(), StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_UndefinedEnumValues_AreInvalidValueAtTheirPaths()
    {
        var bad = B with
        {
            Unit = new AssessedUnit("A镇", (AssessedUnitType)99),
            AreaUnit = (AreaUnit)99,
            IllegalCases = new[] { new IllegalCase("K1", (IllegalLandType)99, 1m, true, true, true, true) },
        };
        Assert.Equal(
            new[] { ("unit.type", ErrorCode.InvalidValue), ("areaUnit", ErrorCode.InvalidValue), ("illegalCases[0].landType", ErrorCode.InvalidValue) },
            ErrorsOf(() => Calculator.Assess(bad)));
    }

    [Fact]
    public void CheckSuspension_UndefinedEnumValues_AreInvalidValueAtTheirPaths()
    {
        var q = new SuspensionQuery(
            new AssessmentOutcome((AssessedUnitType)99, 2020, (AssessmentVerdict)99),
            null,
            new LandProject("p", (InfrastructureCategory)99, (ApprovalAuthority)99, (ApprovalAct)99),
            new LocalDate(2021, 6, 1));
        Assert.Equal(
            new[]
            {
                ("result.unitType", ErrorCode.InvalidValue), ("result.verdict", ErrorCode.InvalidValue), ("project.infrastructureCategory", ErrorCode.InvalidValue),
                ("project.approvalAuthority", ErrorCode.InvalidValue), ("project.approvalAct", ErrorCode.InvalidValue),
            },
            ErrorsOf(() => Calculator.CheckSuspension(q)));
    }

    [Fact]
    public void Assess_AreasAndGrades_OutOfRangeRequiredInvalidAndInconsistent()
    {
        var bad = B with
        {
            CultivatedLand = new AreaTarget(-1m, 5m),
            Occupations = new[]
            {
                new Occupation("O1", new LocalDate(2019, 1, 1), 0m, 16, 2m, null, 0m, null, -1m, null),
                new Occupation("O1", new LocalDate(2018, 1, 1), 3m, 6, 0m, null, 3.01m, null, 0m, null),
            },
            IllegalCases = new[] { new IllegalCase("K", IllegalLandType.Cultivated, 0m, true, true, true, true), new IllegalCase("K", IllegalLandType.Cultivated, 1m, true, true, true, true) },
            Survey = new LandSurvey(-0.01m, null),
        };
        Assert.Equal(
            new[]
            {
                ("cultivatedLand.target", ErrorCode.OutOfRange),
                ("occupations[0].approvedOn", ErrorCode.Inconsistent),           // why: approved after 31 Dec of the year
                ("occupations[0].occupiedArea", ErrorCode.OutOfRange),           // why: 0 is not an occupation
                ("occupations[0].occupiedGrade", ErrorCode.OutOfRange),          // why: 16 is off the 1–15 scale
                ("occupations[0].supplementedGrade", ErrorCode.Required),        // why: area 2 > 0 needs a grade
                ("occupations[0].redesignatedArea", ErrorCode.OutOfRange),
                ("occupations[1].id", ErrorCode.Inconsistent),                   // why: duplicate id
                ("occupations[1].occupiedBasicFarmlandArea", ErrorCode.Inconsistent), // why: part 3.01 > whole 3
                ("occupations[1].occupiedBasicFarmlandGrade", ErrorCode.Required),
                ("illegalCases[0].area", ErrorCode.OutOfRange),
                ("illegalCases[1].id", ErrorCode.Inconsistent),
                ("survey.cultivatedArea", ErrorCode.OutOfRange),
            },
            ErrorsOf(() => Calculator.Assess(bad)));
    }

    [Fact]
    public void Assess_ScaleMissingWithOccupations_Required_EqualEnds_Invalid_MissingOccupations_Required()
    {
        Assert.Equal(new[] { ("qualityScale", ErrorCode.Required) }, ErrorsOf(() => Calculator.Assess(B with { QualityScale = null })));
        Assert.Equal(new[] { ("qualityScale.worstGrade", ErrorCode.InvalidValue) }, ErrorsOf(() => Calculator.Assess(B with { QualityScale = new QualityScale(3, 3) })));
        Assert.Equal(new[] { ("occupations", ErrorCode.Required) }, ErrorsOf(() => Calculator.Assess(B with { Occupations = null! })));
        Assert.Equal(AssessmentVerdict.Qualified, Calculator.Assess(B with { QualityScale = null, Occupations = Array.Empty<Occupation>() }).Verdict);   // why: no occupation, no scale needed (R7)
        Assert.Equal(new[] { ("unit", ErrorCode.Required), ("cultivatedLand", ErrorCode.Required) }, ErrorsOf(() => Calculator.Assess(B with { Unit = null!, CultivatedLand = null! })));
        Assert.Equal(new[] { ("unit.name", ErrorCode.Required) }, ErrorsOf(() => Calculator.Assess(B with { Unit = new AssessedUnit(" ", AssessedUnitType.Town) })));
    }

    [Fact]
    public void Assess_SelfCheckInTheYearAndOutstandingMisplaced_AreInconsistent()
    {
        Assert.Equal(new[] { ("selfCheckReportedOn", ErrorCode.Inconsistent) }, ErrorsOf(() => Calculator.Assess(B with { SelfCheckReportedOn = new LocalDate(2018, 12, 31) })));
        Assert.Equal(new[] { ("outstanding", ErrorCode.Inconsistent) }, ErrorsOf(() => Calculator.Assess(B with { Year = 2019, Outstanding = true })));
        Assert.Equal(new[] { ("outstanding", ErrorCode.Inconsistent) }, ErrorsOf(() => Calculator.Assess(B with { Unit = new AssessedUnit("C农场", AssessedUnitType.StateFarm), Outstanding = true })));
        Assert.Equal(new[] { ("outstanding", ErrorCode.Inconsistent) }, ErrorsOf(() => Calculator.Assess(B with { CultivatedLand = new AreaTarget(1m, 0m), Outstanding = true })));
        Assert.DoesNotContain(Calculator.Assess(B with { CultivatedLand = new AreaTarget(1m, 0m), Outstanding = false }).Consequences, c => c.Kind is LandConsequenceKind.Commendation or LandConsequenceKind.CommendationEligible);
        Assert.DoesNotContain(Calculator.Assess(B with { Outstanding = false }).Consequences, c => c.Kind is LandConsequenceKind.Commendation or LandConsequenceKind.CommendationEligible);   // why: the district decided: not outstanding
    }

    [Fact]
    public void Assess_YearTooLate_OutOfRange_BeforeFirstPeriod_NotInForce_AfterLastAssessedYear_NotInForce()
    {
        Assert.Equal(new[] { ("year", ErrorCode.OutOfRange) }, ErrorsOf(() => Calculator.Assess(B with { Year = 9998 })));
        var before = Assert.Throws<NotInForceException>(() => Calculator.Assess(B with { Year = int.MinValue }));
        Assert.Null(before.InForceUntil);
        var closed = new CultivatedLandCalculator(CultivatedLandParameters.Gazette2017 with { LastAssessedYear = 2020 });
        Assert.Equal(AssessmentRole.EndOfTerm, closed.CalendarFor(2020).Role);
        var after = Assert.Throws<NotInForceException>(() => closed.Assess(B with { Year = 2021 }));
        Assert.Equal(new LocalDate(2020, 12, 31), after.InForceUntil);
        Assert.Throws<NotInForceException>(() => closed.ParametersFor(2021));
        Assert.Throws<NotInForceException>(() => Calculator.CheckSuspension(CL10(new LandProject("b", InfrastructureCategory.None, ApprovalAuthority.District, ApprovalAct.None), new LocalDate(2021, 6, 1)) with { Result = new AssessmentOutcome(AssessedUnitType.Town, 2015, null) }));
    }

    [Fact]
    public void CheckSuspension_DatesAndVerdictContradictions_AreInconsistent_MissingPartsRequired()
    {
        var b = new LandProject("b", InfrastructureCategory.Transport, ApprovalAuthority.District, ApprovalAct.Approved);
        var q = CL10(b, new LocalDate(2021, 6, 1)) with { Rectification = new Rectification(new LocalDate(2020, 12, 1), new LocalDate(2020, 11, 1), new LocalDate(2020, 11, 30)) };
        Assert.Equal(
            new[] { ("rectification.deadline", ErrorCode.Inconsistent), ("rectification.completedOn", ErrorCode.Inconsistent), ("rectification.orderedOn", ErrorCode.Inconsistent) },
            ErrorsOf(() => Calculator.CheckSuspension(q)));
        Assert.Equal(new[] { ("result.verdict", ErrorCode.Inconsistent) }, ErrorsOf(() => Calculator.CheckSuspension(CL10(b, new LocalDate(2021, 6, 1)) with { Result = new AssessmentOutcome(AssessedUnitType.Town, 2019, AssessmentVerdict.Unqualified) })));
        Assert.Equal(new[] { ("result", ErrorCode.Required), ("project", ErrorCode.Required) }, ErrorsOf(() => Calculator.CheckSuspension(new SuspensionQuery(null!, null, null!, new LocalDate(2021, 6, 1)))));
        Assert.Equal(new[] { ("project.id", ErrorCode.Required) }, ErrorsOf(() => Calculator.CheckSuspension(CL10(b with { Id = "" }, new LocalDate(2021, 6, 1)))));
    }

    [Fact]
    public void CheckSuspension_NoOrderRecorded_VillageAndAnnualYear_NotSuspended()
    {
        var b = new LandProject("b", InfrastructureCategory.Transport, ApprovalAuthority.District, ApprovalAct.Approved);
        var noOrder = Calculator.CheckSuspension(CL10(b, new LocalDate(2021, 6, 1)) with { Rectification = null });
        Assert.False(noOrder.Suspended);
        Assert.Contains("no rectification order is recorded", noOrder.Reasons[^1].Text, StringComparison.Ordinal);
        var village = Calculator.CheckSuspension(CL10(b, new LocalDate(2021, 6, 1)) with { Result = new AssessmentOutcome(AssessedUnitType.Village, 2020, AssessmentVerdict.Unqualified) });
        Assert.False(village.Suspended);
        var annual = Calculator.CheckSuspension(CL10(b, new LocalDate(2021, 6, 1)) with { Result = new AssessmentOutcome(AssessedUnitType.Town, 2019, null) });
        Assert.False(annual.Suspended);
        Assert.Contains("2019 is not an assessment year", annual.Reasons[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Arguments_Null_AreArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => Calculator.Assess(null!));
        Assert.Throws<ArgumentNullException>(() => Calculator.CheckSuspension(null!));
        Assert.Throws<ArgumentNullException>(() => new CultivatedLandCalculator((CultivatedLandParameters)null!));
        Assert.Throws<ArgumentNullException>(() => new CultivatedLandCalculator((ParameterHistory<CultivatedLandParameters>)null!));
        Assert.Throws<ArgumentNullException>(() => new CultivatedLandCalculator(new ParameterHistory<CultivatedLandParameters>(new[] { CultivatedLandParameters.Gazette2017 }), null!));
    }

    [Fact]
    public void Parameters_Gazette_IsSound_BrokenCopiesAreRejectedWithPaths()
    {
        Assert.Empty(CultivatedLandParameters.Gazette2017.Validate());
        var bad = CultivatedLandParameters.Gazette2017 with
        {
            Version = "",
            PeriodLengthYears = 5,
            MidTermYearIndex = 4,
            EndOfTermYearIndex = 4,
            LastAssessedYear = 2015,
            ExemptApprovalActs = new[] { ApprovalAct.Approved, ApprovalAct.Approved },
            ExemptCategories = new[] { (InfrastructureCategory)99 },
            PassIndicators = new[] { LandIndicator.CultivatedLandRetention, LandIndicator.SurveyData },
            ReferenceIndicators = new[] { LandIndicator.SurveyData },
        };
        Assert.Equal(
            new[]
            {
                ("version", ErrorCode.Required),
                ("midTermYearIndex", ErrorCode.Inconsistent),
                ("lastAssessedYear", ErrorCode.Inconsistent),
                ("exemptApprovalActs[1]", ErrorCode.Inconsistent),
                ("exemptCategories[0]", ErrorCode.InvalidValue),
                ("referenceIndicators", ErrorCode.Inconsistent),
                ("passIndicators", ErrorCode.Required),
                ("passIndicators", ErrorCode.Required),
                ("passIndicators", ErrorCode.Required),
                ("passIndicators", ErrorCode.Required),
                ("passIndicators", ErrorCode.InvalidValue),
            },
            bad.Validate().Select(e => (e.Path, e.Code)));
        var ex = Assert.Throws<ValidationException>(() => new CultivatedLandCalculator(bad));
        Assert.StartsWith("versions[0].", ex.Errors[0].Path, StringComparison.Ordinal);
        Assert.Equal(
            new[] { ("periodLengthYears", ErrorCode.OutOfRange) },
            (CultivatedLandParameters.Gazette2017 with { PeriodLengthYears = 0 }).Validate().Select(e => (e.Path, e.Code)));
        Assert.Equal(
            new[] { ("midTermYearIndex", ErrorCode.OutOfRange), ("endOfTermYearIndex", ErrorCode.OutOfRange) },
            (CultivatedLandParameters.Gazette2017 with { MidTermYearIndex = -1, EndOfTermYearIndex = 5 }).Validate().Select(e => (e.Path, e.Code)));
    }
}
