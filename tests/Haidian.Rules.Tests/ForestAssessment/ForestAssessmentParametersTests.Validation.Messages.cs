using Haidian.Rules.ForestAssessment;

namespace Haidian.Rules.Tests.ForestAssessment;

/// <summary>
/// <see cref="ForestAssessmentParameters.Validate"/>: every problem of a broken what-if copy, word for word with its path, and
/// every limit checked exactly at the bound and one step past it.
/// </summary>
public sealed class ForestAssessmentParametersTests
{
    private static ForestAssessmentParameters Gazette => ForestAssessmentParameters.Gazette2017;

    private static string[] Problems(ForestAssessmentParameters p) => p.Validate().Select(e => e.ToString()).ToArray();

    private static RowDefinition[] RowsWhere(Func<RowDefinition, RowDefinition> change) => Gazette.Rows.Select(change).ToArray();

    [Fact]
    public void Validate_TheGazette_HasNoProblem()
    {
        Assert.Empty(Gazette.Validate());
        Assert.Equal(100m, Gazette.MaximumScore);
    }

    [Fact]
    public void Validate_BlankVersionAndNoSource_AreReported()
    {
        Assert.Equal(
            new[] { "version: is required and must not be blank", "source: is required" },
            Problems(Gazette with { Version = " ", Source = null! }));
    }

    [Theory]
    [InlineData(1, 2020, true)]       // why: year 1 is the first year allowed
    [InlineData(0, 2020, false)]      // one step below
    [InlineData(2016, 9998, true)]    // why: 9998 is the last year allowed
    [InlineData(2016, 9999, false)]   // one step past
    [InlineData(2018, 2018, true)]    // why: a one-year scorecard runs forwards
    [InlineData(2019, 2018, false)]   // backwards
    public void Validate_AssessmentYears_MustRunForwardsWithin1To9998(int first, int last, bool sound)
    {
        var problems = Problems(Gazette with { FirstAssessmentYear = first, LastAssessmentYear = last });
        if (sound)
        {
            Assert.Empty(problems);
        }
        else
        {
            Assert.Equal(new[] { $"lastAssessmentYear: the assessment years must run forwards within 1–9998 (got {first}–{last})" }, problems);
        }
    }

    [Fact]
    public void Validate_NoParts_IsReported_AndStopsThePartChecks()
    {
        // why: null parts: only the one problem; the rows' part numbers are not checked against a missing list
        Assert.Equal(new[] { "parts: must list at least one part" }, Problems(Gazette with { Parts = null! }));

        var empty = Problems(Gazette with { Parts = Array.Empty<PartDefinition>() });
        Assert.Equal("parts: must list at least one part", empty[0]);
        Assert.Equal("rows[0].part: part 1 is not defined in parts", empty[1]);
        Assert.Equal("rows[20].part: part 3 is not defined in parts", empty[^1]);
        Assert.Equal(22, empty.Length);
    }

    [Fact]
    public void Validate_ANullPart_IsRequired_AndIsNotTakenForADuplicate()
    {
        var parts = new[] { null!, Gazette.Parts[0], Gazette.Parts[1], Gazette.Parts[2] };
        Assert.Equal(new[] { "parts[0]: is required" }, Problems(Gazette with { Parts = parts }));
    }

    [Fact]
    public void Validate_BadPart_ReportsTitlePointsDuplicateAndSum()
    {
        var parts = new[]
        {
            Gazette.Parts[0] with { Title = "" },
            Gazette.Parts[1] with { Points = -1m },
            Gazette.Parts[2],
            Gazette.Parts[0],
        };
        Assert.Equal(
            new[]
            {
                "parts[0].title: is required and must not be blank",
                "parts[1].points: must be between 0 and 10000 inclusive (got -1)",
                "parts[1].points: part 2 has -1 points but its rows add up to 50",
                "parts[3].number: part 1 is listed more than once",
            },
            Problems(Gazette with { Parts = parts }));
    }

    [Fact]
    public void Validate_NoRows_IsRequired_AndNothingElseIsComputedFromThem()
    {
        Assert.Equal(new[] { "rows: is required" }, Problems(Gazette with { Rows = null! }));
    }

    [Fact]
    public void Validate_EmptyRows_NamesEveryMissingRow_ButNotTheZeroTotal()
    {
        var problems = Problems(Gazette with { Rows = Array.Empty<RowDefinition>() });
        Assert.Contains("rows: row 'Funding' is missing: the sheet has 21 rows", problems);
        Assert.Contains("rows: row 'VegetationRestoration' is missing: the sheet has 21 rows", problems);
        Assert.Equal(21, problems.Count(p => p.StartsWith("rows: row '", StringComparison.Ordinal)));
        Assert.DoesNotContain("rows: the rows' points must add up to more than 0", problems);
    }

    [Fact]
    public void Validate_ANullRow_IsRequired_AndItsRowIsMissing()
    {
        var rows = Gazette.Rows.Select(r => r.Row == ScorecardRow.ProtectionTeam ? null! : r).ToArray();
        Assert.Equal(97m, (Gazette with { Rows = rows }).MaximumScore);   // why: a null row counts 0
        Assert.Equal(
            new[]
            {
                "parts[0].points: part 1 has 25 points but its rows add up to 22",
                "rows[3]: is required",
                "rows: row 'ProtectionTeam' is missing: the sheet has 21 rows",
                "gradeBands[3]: must end at 97 inclusive, ends at [90, 100] → Excellent",
            },
            Problems(Gazette with { Rows = rows }));
    }

    [Fact]
    public void Validate_TheLastRowMissing_IsNamed()
    {
        var rows = Gazette.Rows.Where(r => r.Row != ScorecardRow.VegetationRestoration).ToArray();
        var problems = Problems(Gazette with { Rows = rows, Parts = new[] { Gazette.Parts[0], Gazette.Parts[1], Gazette.Parts[2] with { Points = 20m } } });
        Assert.Equal(new[] { "rows: row 'VegetationRestoration' is missing: the sheet has 21 rows", "gradeBands[3]: must end at 95 inclusive, ends at [90, 100] → Excellent" }, problems);
    }

    [Fact]
    public void Validate_BadRows_ReportRowLabelCriterionPointsAndPart()
    {
        var rows = Gazette.Rows.ToArray();
        rows[0] = rows[0] with { Row = (ScorecardRow)99 };
        rows[1] = rows[1] with { Row = ScorecardRow.ManagementResponsibility, Label = "", Criterion = " " };
        rows[3] = rows[3] with { Points = -1m };
        rows[4] = rows[4] with { Part = 4 };
        var problems = Problems(Gazette with { Rows = rows });
        Assert.Equal(
            new[]
            {
                "rows[0].row: is not a scoring row",
                "rows[1].label: is required and must not be blank",
                "rows[1].criterion: is required and must not be blank",
                "rows[2].row: row 'ManagementResponsibility' is listed more than once",
                "rows[3].points: must be between 0 and 1000 inclusive (got -1)",
                "rows[4].part: part 4 is not defined in parts",
                "rows: row 'Funding' is missing: the sheet has 21 rows",
                "rows: row 'ManagementBody' is missing: the sheet has 21 rows",
            },
            problems.Where(p => p.StartsWith("rows", StringComparison.Ordinal)));
        Assert.Contains("parts[0].points: part 1 has 25 points but its rows add up to 19", problems);
    }

    [Fact]
    public void Validate_AllRowsWorthNothing_IsReported()
    {
        var rows = RowsWhere(r => r with { Points = 0m });
        var problems = Problems(Gazette with { Rows = rows });
        Assert.Contains("rows: the rows' points must add up to more than 0", problems);
        Assert.Contains("parts[0].points: part 1 has 25 points but its rows add up to 0", problems);
    }

    [Fact]
    public void Validate_EveryThresholdOutOfRange_IsNamed()
    {
        var broken = Gazette with
        {
            PermitRatePercent = -1m,
            OccupiedLandApprovalPercent = 1000.01m,
            DisputeResolutionPercent = -1m,
            PublicWelfareManagementPercent = -1m,
            AfforestationPercent = -1m,
            RegenerationPercent = -1m,
            TendingPercent = -1m,
            RestorationRatio = -0.5m,
        };
        Assert.Equal(
            new[]
            {
                "permitRatePercent: must be between 0 and 1000 inclusive (got -1)",
                "occupiedLandApprovalPercent: must be between 0 and 1000 inclusive (got 1000.01)",
                "disputeResolutionPercent: must be between 0 and 1000 inclusive (got -1)",
                "publicWelfareManagementPercent: must be between 0 and 1000 inclusive (got -1)",
                "afforestationPercent: must be between 0 and 1000 inclusive (got -1)",
                "regenerationPercent: must be between 0 and 1000 inclusive (got -1)",
                "tendingPercent: must be between 0 and 1000 inclusive (got -1)",
                "restorationRatio: must be between 0 and 1000 inclusive (got -0.5)",
            },
            Problems(broken));
    }

    [Theory]
    [InlineData(1, 31, null)]
    [InlineData(12, 31, null)]
    [InlineData(0, 1, "selfReportDueMonth: must be between 1 and 12")]
    [InlineData(13, 40, "selfReportDueMonth: must be between 1 and 12")]   // why: the day is not checked against a month that does not exist
    [InlineData(3, 0, "selfReportDueDay: must be a day of the month that exists in every year")]
    [InlineData(2, 28, null)]                                               // why: 28 February exists in every year
    [InlineData(2, 29, "selfReportDueDay: must be a day of the month that exists in every year")]
    [InlineData(4, 30, null)]
    [InlineData(4, 31, "selfReportDueDay: must be a day of the month that exists in every year")]
    [InlineData(6, 31, "selfReportDueDay: must be a day of the month that exists in every year")]
    [InlineData(9, 31, "selfReportDueDay: must be a day of the month that exists in every year")]
    [InlineData(11, 31, "selfReportDueDay: must be a day of the month that exists in every year")]
    [InlineData(3, 31, null)]
    [InlineData(3, 32, "selfReportDueDay: must be a day of the month that exists in every year")]
    public void Validate_SelfReportDueDate_MustExistInEveryYear(int month, int day, string? problem)
    {
        var problems = Problems(Gazette with { SelfReportDueMonth = month, SelfReportDueDay = day });
        Assert.Equal(problem is null ? Array.Empty<string>() : new[] { problem }, problems);
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(12, true)]
    [InlineData(0, false)]
    [InlineData(13, false)]
    public void Validate_InspectionDueMonth_MustBe1To12(int month, bool sound)
    {
        var problems = Problems(Gazette with { InspectionDueMonth = month });
        Assert.Equal(sound ? Array.Empty<string>() : new[] { "inspectionDueMonth: must be between 1 and 12" }, problems);
    }

    [Fact]
    public void Validate_NoGradeBands_IsRequired()
    {
        Assert.Equal(new[] { "gradeBands: is required" }, Problems(Gazette with { GradeBands = null! }));
    }

    [Fact]
    public void Validate_ANullGradeBand_IsRequired_AndNotGrouped()
    {
        var bands = Gazette.GradeBands.ToArray();
        bands[1] = null!;
        Assert.Equal(new[] { "gradeBands[1]: is required" }, Problems(Gazette with { GradeBands = bands }));
    }

    [Fact]
    public void Validate_AnUndefinedGrade_IsNotAGrade()
    {
        var bands = Gazette.GradeBands.ToArray();
        bands[3] = bands[3] with { Value = (Grade)9 };
        Assert.Equal(new[] { "gradeBands[3].value: is not a grade" }, Problems(Gazette with { GradeBands = bands }));
    }

    [Fact]
    public void Validate_AGradeWithTwoBands_IsReportedOnce()
    {
        var bands = Gazette.GradeBands.ToArray();
        bands[1] = bands[1] with { Value = Grade.Poor };
        Assert.Equal(new[] { "gradeBands: grade 'Poor' has more than one band" }, Problems(Gazette with { GradeBands = bands }));
    }

    [Fact]
    public void Validate_ALowerGradeAboveAHigherOne_IsReported()
    {
        var bands = Gazette.GradeBands.ToArray();
        bands[0] = bands[0] with { Value = Grade.Fair };
        bands[1] = bands[1] with { Value = Grade.Poor };
        Assert.Equal(
            new[] { "gradeBands[1]: grade 'Poor' is below 'Fair' of the band under it: a higher score must never give a lower grade" },
            Problems(Gazette with { GradeBands = bands }));
    }

    [Fact]
    public void Validate_GradeBandsWithoutRows_AreNotCheckedAgainstAMissingTotal()
    {
        Assert.Equal(new[] { "rows: is required" }, Problems(Gazette with { Rows = null!, GradeBands = new[] { new Band<Grade>(5m, false, 1m, false, (Grade)7) } }));
    }

    [Fact]
    public void Validate_UndefinedCommendedAndCriticisedGrades_AreNamed()
    {
        Assert.Equal(
            new[] { "commendedGrade: is not a grade", "criticisedGrade: is not a grade" },
            Problems(Gazette with { CommendedGrade = (Grade)4, CriticisedGrade = (Grade)(-1) }));
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(100, true)]
    [InlineData(0, false)]
    [InlineData(101, false)]
    public void Validate_AccountabilityConsecutiveYears_MustBe1To100(int years, bool sound)
    {
        var problems = Problems(Gazette with { AccountabilityConsecutiveYears = years });
        Assert.Equal(sound ? Array.Empty<string>() : new[] { "accountabilityConsecutiveYears: must be between 1 and 100" }, problems);
    }

    [Fact]
    public void Validate_NoTargets_IsRequired()
    {
        Assert.Equal(new[] { "targets: is required" }, Problems(Gazette with { Targets = null! }));
    }

    [Theory]
    [InlineData(1, 2020, true)]
    [InlineData(0, 2020, false)]
    [InlineData(2016, 9998, true)]
    [InlineData(2016, 9999, false)]
    [InlineData(2020, 2020, true)]
    [InlineData(2021, 2020, false)]
    public void Validate_TargetPeriod_MustRunForwardsWithin1To9998(int first, int target, bool sound)
    {
        var problems = Problems(Gazette with { Targets = Gazette.Targets with { PeriodFirstYear = first, TargetYear = target } });
        Assert.Equal(sound ? Array.Empty<string>() : new[] { $"targets.targetYear: the target period must run forwards within 1–9998 (got {first}–{target})" }, problems);
    }

    [Fact]
    public void Validate_EveryTargetFigureOutOfRange_IsNamed()
    {
        var targets = Gazette.Targets with
        {
            CoveragePercent = 100.01m,
            GrowingStock = -1m,
            ForestLandArea = -1m,
            HarvestQuota = ForestAssessmentParameters.MaximumQuantity + 1m,
            OccupiedLandApprovalPercent = -1m,
            TendingArea = -1m,
        };
        Assert.Equal(
            new[]
            {
                "targets.coveragePercent: must be between 0 and 100 inclusive (got 100.01)",
                "targets.growingStock: must be between 0 and 1000000000000 inclusive (got -1)",
                "targets.forestLandArea: must be between 0 and 1000000000000 inclusive (got -1)",
                "targets.harvestQuota: must be between 0 and 1000000000000 inclusive (got 1000000000001)",
                "targets.occupiedLandApprovalPercent: must be between 0 and 1000 inclusive (got -1)",
                "targets.tendingArea: must be between 0 and 1000000000000 inclusive (got -1)",
            },
            Problems(Gazette with { Targets = targets }));
    }

    [Fact]
    public void DefinitionOf_ARowOfTheSheet_IsFound_PastANullRow()
    {
        var rows = Gazette.Rows.ToArray();
        rows[0] = null!;
        var tending = (Gazette with { Rows = rows }).DefinitionOf(ScorecardRow.Tending);
        Assert.Equal("13", tending.Label);
        Assert.Equal(5m, tending.Points);
        Assert.Equal("2a", Gazette.DefinitionOf(ScorecardRow.ManagementBody).Label);
    }

    [Fact]
    public void DefinitionOf_ARowNotListed_IsAValidationError()
    {
        var without = Gazette with { Rows = Gazette.Rows.Where(r => r.Row != ScorecardRow.Tending).ToArray() };
        var error = Assert.Single(Assert.Throws<ValidationException>(() => without.DefinitionOf(ScorecardRow.Tending)).Errors);
        Assert.Equal("rows: row 'Tending' is not defined", error.ToString());
    }
}
