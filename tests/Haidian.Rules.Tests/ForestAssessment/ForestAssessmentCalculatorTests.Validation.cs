using Haidian.Rules.ForestAssessment;

namespace Haidian.Rules.Tests.ForestAssessment;

/// <summary>Bad input: every problem reported with its field path, nothing computed; broken what-if parameters rejected with the rows named.</summary>
public sealed partial class ForestAssessmentCalculatorTests
{
    private static IReadOnlyList<string> PathsOf(Action act) =>
        Assert.Throws<ValidationException>(act).Errors.Select(e => e.Path).ToArray();

    [Fact]
    public void Calculate_NegativeAreasAndVolumes_ReportsEveryFieldPath()
    {
        var good = ForestEvidenceBuilder.AllMet();
        var bad = good with
        {
            Harvest = good.Harvest with { ActualVolume = -1m },
            Afforestation = good.Afforestation with { TaskArea = -100m },
            Tending = good.Tending with { QualifiedArea = -0.5m },
            Restoration = good.Restoration with { RestoredArea = -5m },
        };
        var paths = PathsOf(() => Calculator.Calculate(bad));
        Assert.Equal(
            new[]
            {
                "harvest.actualVolume: must be between 0 and 1000000000000 inclusive (got -1)",
                "afforestation.taskArea: must be between 0 and 1000000000000 inclusive (got -100)",
                "tending.qualifiedArea: must be between 0 and 1000000000000 inclusive (got -0.5)",
                "restoration.restoredArea: must be between 0 and 1000000000000 inclusive (got -5)",
            },
            Assert.Throws<ValidationException>(() => Calculator.Calculate(bad)).Errors.Select(e => e.ToString()));
        Assert.Equal(new[] { "harvest.actualVolume", "afforestation.taskArea", "tending.qualifiedArea", "restoration.restoredArea" }, paths);
    }

    [Fact]
    public void Calculate_ResolvedDisputesAboveTheTotal_IsRejected()
    {
        var bad = ForestEvidenceBuilder.AllMet() with { Disputes = new DisputeEvidence { Backlog = 2, New = 3, Resolved = 6 } };
        var error = Assert.Single(Assert.Throws<ValidationException>(() => Calculator.Calculate(bad)).Errors);
        Assert.Equal("disputes.resolved", error.Path);
        Assert.Contains("backlog 2 + new 3 = 5", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_TotalLandZero_IsRejectedForBothYears()
    {
        var good = ForestEvidenceBuilder.AllMet();
        var bad = good with { Resources = good.Resources with { TotalLandArea = 0m, TotalLandAreaLastYear = 0m } };
        var errors = Assert.Throws<ValidationException>(() => Calculator.Calculate(bad)).Errors;
        Assert.Equal(new[] { "resources.totalLandArea", "resources.totalLandAreaLastYear" }, errors.Select(e => e.Path));
        Assert.All(errors, e => Assert.Contains("greater than 0", e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Calculate_InconsistentSubsets_AreEachReported()
    {
        var good = ForestEvidenceBuilder.AllMet();
        var bad = good with
        {
            ForestLand = good.ForestLand with { OccupiedArea = 10m, ApprovedByMunicipalOrStateArea = 8m, TemporaryApprovedByDistrictArea = 3m, IllegalUseCases = 1, IllegalUseCasesHandled = 2 },
            Resources = good.Resources with { ForestedArea = 43_000m },
            PublicWelfareForest = new PublicWelfareForestEvidence { RetainedArea = 10m, ManagedArea = 11m },
            Afforestation = good.Afforestation with { QualifiedArea = 90m },
            Regeneration = good.Regeneration with { CasesRegenerated = 4, BacklogVerifiedArea = 21m, QualifiedArea = 31m },
        };
        Assert.Equal(
            new[]
            {
                "forestLand.approvedByMunicipalOrStateArea", "forestLand.illegalUseCasesHandled", "resources.forestedArea",
                "publicWelfareForest.managedArea", "afforestation.qualifiedArea", "regeneration.casesRegenerated",
                "regeneration.backlogVerifiedArea", "regeneration.qualifiedArea",
            },
            PathsOf(() => Calculator.Calculate(bad)));
        Assert.Equal(
            new[]
            {
                "forestLand.approvedByMunicipalOrStateArea: approved areas 8 + 3 ha exceed the area actually occupied 10 ha",
                "forestLand.illegalUseCasesHandled: 2 cases handled exceeds the 1 cases found",
                "resources.forestedArea: forested 43000 + shrub 500 ha exceeds the total land area 43000 ha",
                "publicWelfareForest.managedArea: the managed area 11 ha exceeds the retained area 10 ha",
                "afforestation.qualifiedArea: the qualified area 90 ha exceeds the area afforested 85 ha",
                "regeneration.casesRegenerated: 4 cases regenerated exceeds the 3 cases due",
                "regeneration.backlogVerifiedArea: the verified area 21 ha exceeds last year's backlog 20 ha",
                "regeneration.qualifiedArea: the qualified area 31 ha exceeds the area regenerated 30 ha",
            },
            Assert.Throws<ValidationException>(() => Calculator.Calculate(bad)).Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Calculate_BadAwards_AreReportedWithTheirIndex()
    {
        var bad = ForestEvidenceBuilder.AllMet() with
        {
            Awards = new[]
            {
                new InspectorAward(ScorecardRow.Funding, 11m, "too much"),
                new InspectorAward(ScorecardRow.Tending, 2m, " "),
                new InspectorAward(ScorecardRow.Tending, 2.005m, "twice"),
                new InspectorAward((ScorecardRow)99, 1m, "no such row"),
            },
        };
        Assert.Equal(
            new[] { "awards[0].points", "awards[1].reason", "awards[2].row", "awards[2].points", "awards[3].row" },
            PathsOf(() => Calculator.Calculate(bad)));
        Assert.Equal(
            new[]
            {
                "awards[0].points: must be between 0 and 10 inclusive (got 11)",
                "awards[1].reason: is required and must not be blank",
                "awards[2].row: row 'Tending' already has an award",
                "awards[2].points: must have at most 2 decimals (got 2.005)",
                "awards[3].row: is not one of Funding, ManagementBody, ManagementResponsibility, ProtectionTeam, Equipment, HarvestPermitted, HarvestWithinQuota, NoIllegalLogging, OccupiedLandApproval, IllegalLandUse, ForestLandGrowth, GrowingStockGrowth, CoverageGrowth, RationalUse, DisputeResolution, PublicWelfareForest, ManagementPlan, Afforestation, Regeneration, Tending, VegetationRestoration (got the undefined value 99)",
            },
            Assert.Throws<ValidationException>(() => Calculator.Calculate(bad)).Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Calculate_MissingUnitAndNullGroups_AreReported()
    {
        var bad = ForestEvidenceBuilder.AllMet() with { Unit = "", Funding = null!, Disputes = null! };
        Assert.Equal(new[] { "unit", "funding", "disputes" }, PathsOf(() => Calculator.Calculate(bad)));
        Assert.Equal(
            new[]
            {
                "unit: is required and must not be blank",
                "funding: is required",
                "disputes: is required",
            },
            Assert.Throws<ValidationException>(() => Calculator.Calculate(bad)).Errors.Select(e => e.ToString()));

        // why: awards are optional; null (an omitted JSON array) means none
        Assert.Equal(100m, Calculator.Calculate(ForestEvidenceBuilder.AllMet() with { Awards = null! }).Total);
    }

    [Fact]
    public void Calculate_TooManyDecimals_IsRejected()
    {
        var good = ForestEvidenceBuilder.AllMet();
        var bad = good with { Tending = good.Tending with { TaskArea = 200.00001m } };
        Assert.Equal(new[] { "tending.taskArea" }, PathsOf(() => Calculator.Calculate(bad)));
        Assert.Equal(
            new[]
            {
                "tending.taskArea: must have at most 4 decimals (got 200.00001)",
            },
            Assert.Throws<ValidationException>(() => Calculator.Calculate(bad)).Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Calculate_YearBefore2016_IsNotInForce()
    {
        var ex = Assert.Throws<NotInForceException>(() => Calculator.Calculate(ForestEvidenceBuilder.AllMet(year: 2015)));
        Assert.Equal(new LocalDate(2016, 1, 1), ex.InForceFrom);
    }

    [Fact]
    public void Calculate_2016_IsAssessedUnderTheGazetteScorecardIssuedIn2017()
    {
        // why: the notice covers the whole 十三五 period; its 2016 assessment is done after the 2017-07-07 issue date
        var card = Calculator.Calculate(ForestEvidenceBuilder.AllMet(year: 2016));
        Assert.Equal("gazette-2017", card.Provenance.ParametersVersion);
        Assert.Equal(new LocalDate(2017, 3, 31), card.SelfReportDue);
        Assert.Equal(new LocalDate(2017, 5, 31), card.InspectionDue);
    }

    [Fact]
    public void Calculate_YearAfter2020_IsNotInForce()
    {
        // why: spec 07 C6 — 2021 is after the assessment years 2016–2020, the same exception as 2015
        var ex = Assert.Throws<NotInForceException>(() => Calculator.Calculate(ForestEvidenceBuilder.AllMet(year: 2021)));
        Assert.Equal((new LocalDate(2021, 1, 1), new LocalDate(2016, 1, 1), (LocalDate?)new LocalDate(2020, 12, 31)), (ex.Requested, ex.InForceFrom, ex.InForceUntil));
    }

    [Fact]
    public void Calculate_HistoryWithRepeatedOrLaterYears_IsRejected()
    {
        var history = new[] { new YearGrade(2016, Grade.Poor), new YearGrade(2016, Grade.Fair), new YearGrade(2018, Grade.Poor) };
        Assert.Equal(new[] { "earlierGrades[1].year", "earlierGrades[2].year" }, PathsOf(() => Calculator.Calculate(ForestEvidenceBuilder.AllMet(year: 2018), history)));
        Assert.Equal(
            new[]
            {
                "earlierGrades[1].year: 2016 is listed more than once",
                "earlierGrades[2].year: must be before the assessment year 2018 (got 2018)",
            },
            Assert.Throws<ValidationException>(() => Calculator.Calculate(ForestEvidenceBuilder.AllMet(year: 2018), history)).Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void GradeOf_ScoreAbove100_IsRejected()
    {
        Assert.Equal(new[] { "score" }, PathsOf(() => Calculator.GradeOf(2018, 100.01m)));
        Assert.Equal(
            new[]
            {
                "score: must be between 0 and 100 inclusive (got 100.01)",
            },
            Assert.Throws<ValidationException>(() => Calculator.GradeOf(2018, 100.01m)).Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Constructor_BandTableWithAGapAndAnOverlap_IsRejectedWithTheRowsNamed()
    {
        var broken = ForestAssessmentParameters.Gazette2017 with
        {
            Version = "what-if-broken",
            GradeBands = new[]
            {
                new Band<Grade>(0m, true, 60m, false, Grade.Poor),
                new Band<Grade>(60m, true, 79m, true, Grade.Fair),     // gap (79, 80): the text's own 「60-79分」
                new Band<Grade>(80m, true, 90m, true, Grade.Good),
                new Band<Grade>(90m, true, 100m, true, Grade.Excellent), // overlaps at 90
            },
        };
        var errors = Assert.Throws<ValidationException>(() => new ForestAssessmentCalculator(broken)).Errors;
        Assert.Equal(new[] { "versions[0].gradeBands[2]", "versions[0].gradeBands[3]" }, errors.Select(e => e.Path));
        Assert.Contains("gap", errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("overlaps", errors[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_PointsThatNoLongerAddUp_AreRejected()
    {
        var p = ForestAssessmentParameters.Gazette2017;
        var broken = p with { Rows = p.Rows.Select(r => r.Row == ScorecardRow.Funding ? r with { Points = 12m } : r).ToArray() };
        var paths = Assert.Throws<ValidationException>(() => new ForestAssessmentCalculator(broken)).Errors.Select(e => e.Path).ToArray();
        Assert.Contains("versions[0].parts[0].points", paths);
        Assert.Contains("versions[0].gradeBands[3]", paths);   // why: the bands must now end at 102
    }

    [Fact]
    public void Constructor_AWhatIfWithLowerBandsAndThresholds_IsUsed()
    {
        var reform = ForestAssessmentParameters.Gazette2017 with
        {
            Version = "what-if-2019",
            InForceFrom = new LocalDate(2019, 1, 1),
            DisputeResolutionPercent = 60m,
            GradeBands = new[]
            {
                new Band<Grade>(0m, true, 50m, false, Grade.Poor),
                new Band<Grade>(50m, true, 75m, false, Grade.Fair),
                new Band<Grade>(75m, true, 85m, false, Grade.Good),
                new Band<Grade>(85m, true, 100m, true, Grade.Excellent),
            },
        };
        var calc = new ForestAssessmentCalculator(new ParameterHistory<ForestAssessmentParameters>(new[] { ForestAssessmentParameters.Gazette2017, reform }));
        var evidence = ForestEvidenceBuilder.AllMetExcept(ScorecardRow.DisputeResolution);   // 3 of 5 resolved = 60%
        var in2018 = calc.Calculate(evidence with { Year = 2018 });
        var in2019 = calc.Calculate(evidence with { Year = 2019 });
        Assert.Equal(95m, in2018.Total);
        Assert.Equal(100m, in2019.Total);
        Assert.Equal("what-if-2019", in2019.Provenance.ParametersVersion);
        Assert.Equal(Grade.Excellent, calc.GradeOf(2019, 85m));
        Assert.Equal(Grade.Good, calc.GradeOf(2018, 85m));
    }
}
