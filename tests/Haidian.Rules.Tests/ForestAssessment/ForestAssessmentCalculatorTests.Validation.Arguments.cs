using Haidian.Rules.ForestAssessment;

namespace Haidian.Rules.Tests.ForestAssessment;

/// <summary>Null arguments, assessment years at the edges of the scorecard's period, and the history of earlier grades.</summary>
public sealed partial class ForestAssessmentCalculatorTests
{
    private static string[] MessagesOf(Action act) =>
        Assert.Throws<ValidationException>(act).Errors.Select(e => e.ToString()).ToArray();

    /// <summary>The gazette, then a what-if version from 2019 that needs only two years of 差 and ends in 2025.</summary>
    private static ForestAssessmentCalculator WithReform2019(LocalDate inForceFrom) =>
        new(new ParameterHistory<ForestAssessmentParameters>(new[]
        {
            ForestAssessmentParameters.Gazette2017,
            ForestAssessmentParameters.Gazette2017 with
            {
                Version = "what-if-2019", InForceFrom = inForceFrom, LastAssessmentYear = 2025, AccountabilityConsecutiveYears = 2,
            },
        }));

    [Fact]
    public void NullArguments_AreRejectedWithTheirNames()
    {
        Assert.Equal("parameters", Assert.Throws<ArgumentNullException>(() => new ForestAssessmentCalculator((ForestAssessmentParameters)null!)).ParamName);
        Assert.Equal("history", Assert.Throws<ArgumentNullException>(() => new ForestAssessmentCalculator((ParameterHistory<ForestAssessmentParameters>)null!)).ParamName);
        Assert.Equal("evidence", Assert.Throws<ArgumentNullException>(() => Calculator.Calculate(null!)).ParamName);
        Assert.Equal("evidence", Assert.Throws<ArgumentNullException>(() => Calculator.Calculate(null!, Array.Empty<YearGrade>())).ParamName);
        Assert.Equal("grades", Assert.Throws<ArgumentNullException>(() => Calculator.CheckAccountability(UnitKind.Town, null!)).ParamName);
        Assert.Equal("status", Assert.Throws<ArgumentNullException>(() => Calculator.Progress(null!)).ParamName);
    }

    [Fact]
    public void DefaultConstructor_UsesTheGazetteScorecard()
    {
        var calc = new ForestAssessmentCalculator();
        Assert.Same(ForestAssessmentParameters.Gazette2017, Assert.Single(calc.History.Versions));
        Assert.Same(ForestAssessmentParameters.Gazette2017, calc.ParametersFor(2016));
        Assert.Same(ForestAssessmentParameters.Gazette2017, calc.ParametersFor(2020));   // why: the last assessment year is still covered
    }

    [Theory]
    [InlineData(0)]
    [InlineData(9999)]
    [InlineData(-5)]
    public void ParametersFor_AYearOutside1To9998_IsRejected(int year)
    {
        Assert.Equal(new[] { $"year: must be a year between 1 and 9998 (got {year})" }, MessagesOf(() => Calculator.ParametersFor(year)));
    }

    [Theory]
    [InlineData(1)]      // why: the first valid year is still before the period
    [InlineData(2015)]   // one step before 2016
    public void ParametersFor_AYearBeforeThePeriod_IsNotInForce(int year)
    {
        var ex = Assert.Throws<NotInForceException>(() => Calculator.ParametersFor(year));
        Assert.Equal(new LocalDate(year, 1, 1), ex.Requested);
        Assert.Equal(new LocalDate(2016, 1, 1), ex.InForceFrom);
        Assert.Equal(ForestAssessmentParameters.Gazette2017.Source, ex.Policy);
    }

    [Theory]
    [InlineData(2021)]
    [InlineData(9998)]
    public void ParametersFor_AYearAfterThePeriod_IsNotInForce_NamingThePeriodThatApplies(int year)
    {
        // why: spec 07 C6 — after the last assessment year is the same exception as before the first, with the period that applies
        var ex = Assert.Throws<NotInForceException>(() => Calculator.ParametersFor(year));
        Assert.Equal(new LocalDate(year, 1, 1), ex.Requested);
        Assert.Equal(new LocalDate(2016, 1, 1), ex.InForceFrom);
        Assert.Equal(new LocalDate(2020, 12, 31), ex.InForceUntil);
        Assert.Equal(ForestAssessmentParameters.Gazette2017.Source, ex.Policy);
        Assert.Equal($"{ForestAssessmentParameters.Gazette2017.Source} does not cover assessment year {year}: it applies from 2016-01-01 to 2020-12-31.", ex.Message);
    }

    [Fact]
    public void ParametersFor_TakesTheVersionInForceOn31December()
    {
        var from2019 = WithReform2019(new LocalDate(2019, 1, 1));
        Assert.Equal("gazette-2017", from2019.ParametersFor(2018).Version);
        Assert.Equal("what-if-2019", from2019.ParametersFor(2019).Version);
        Assert.Equal("what-if-2019", from2019.ParametersFor(2025).Version);

        // why: a version in force on 31 December already governs that whole assessment year
        var fromNewYearsEve = WithReform2019(new LocalDate(2018, 12, 31));
        Assert.Equal("what-if-2019", fromNewYearsEve.ParametersFor(2018).Version);
        Assert.Equal("gazette-2017", fromNewYearsEve.ParametersFor(2017).Version);
    }

    [Fact]
    public void Calculate_AYearOutside1To9998_IsRejectedUnderThePathYear()
    {
        Assert.Equal(new[] { "year: must be a year between 1 and 9998 (got 0)" }, MessagesOf(() => Calculator.Calculate(ForestEvidenceBuilder.AllMet(year: 0))));
        Assert.Equal(new LocalDate(2020, 12, 31), Assert.Throws<NotInForceException>(() => Calculator.Calculate(ForestEvidenceBuilder.AllMet(year: 2021))).InForceUntil);
    }

    [Fact]
    public void Calculate_BadEarlierGrades_AreEachReported()
    {
        var history = new[] { null!, new YearGrade(0, Grade.Poor), new YearGrade(9999, Grade.Fair), new YearGrade(2017, (Grade)8) };
        Assert.Equal(
            new[]
            {
                "earlierGrades[0]: is required",
                "earlierGrades[1].year: must be a year between 1 and 9998 (got 0)",
                "earlierGrades[2].year: must be a year between 1 and 9998 (got 9999)",
                "earlierGrades[3].grade: is not one of Poor, Fair, Good, Excellent (got the undefined value 8)",
                "earlierGrades[2].year: must be before the assessment year 2018 (got 9999)",
            },
            MessagesOf(() => Calculator.Calculate(ForestEvidenceBuilder.AllMet(year: 2018), history)));
    }

    [Fact]
    public void Calculate_TheYearBeforeTheAssessmentYear_IsAnAcceptedEarlierGrade()
    {
        var card = Calculator.Calculate(ForestEvidenceBuilder.AllMet(year: 2018), new[] { new YearGrade(2017, Grade.Good) });
        Assert.False(card.Accountability!.Triggered);
        Assert.Null(Calculator.Calculate(ForestEvidenceBuilder.AllMet(year: 2018)).Accountability);   // why: no history given, no check
    }

    [Fact]
    public void Calculate_EvidenceAndHistoryProblems_AreReportedTogether()
    {
        var bad = ForestEvidenceBuilder.AllMet(year: 2018) with { Unit = " " };
        Assert.Equal(
            new[] { "unit: is required and must not be blank", "earlierGrades[0].year: must be before the assessment year 2018 (got 2019)" },
            MessagesOf(() => Calculator.Calculate(bad, new[] { new YearGrade(2019, Grade.Poor) })));
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(100.01)]
    public void GradeOf_AScoreOutside0To100_IsRejected(double score)
    {
        var s = (decimal)score;
        Assert.Equal(new[] { $"score: must be between 0 and 100 inclusive (got {s.ToString(System.Globalization.CultureInfo.InvariantCulture)})" }, MessagesOf(() => Calculator.GradeOf(2018, s)));
    }

    [Fact]
    public void GradeOf_TheEndsOfTheScale_AreGraded()
    {
        Assert.Equal(Grade.Poor, Calculator.GradeOf(2018, 0m));
        Assert.Equal(Grade.Excellent, Calculator.GradeOf(2018, 100m));
        Assert.Equal(Grade.Excellent, Calculator.GradeOf(2018, 90m));
        Assert.Equal(new[] { "year: must be a year between 1 and 9998 (got 0)" }, MessagesOf(() => Calculator.GradeOf(0, 50m)));
        Assert.Throws<NotInForceException>(() => Calculator.GradeOf(2015, 50m));
    }

    [Fact]
    public void CheckAccountability_AnUndefinedKindAndRepeatedYears_AreReported()
    {
        var grades = new[] { new YearGrade(2016, Grade.Poor), new YearGrade(2016, Grade.Poor), new YearGrade(0, Grade.Poor), null!, new YearGrade(2018, (Grade)5) };
        Assert.Equal(
            new[]
            {
                "kind: is not one of Town, ForestFarm (got the undefined value 2)",
                "grades[1].year: 2016 is listed more than once",
                "grades[2].year: must be a year between 1 and 9998 (got 0)",
                "grades[3]: is required",
                "grades[4].grade: is not one of Poor, Fair, Good, Excellent (got the undefined value 5)",
            },
            MessagesOf(() => Calculator.CheckAccountability((UnitKind)2, grades)));
    }

    [Fact]
    public void CheckAccountability_AGradeYearAfterThePeriod_IsOutOfRangeAtItsPath()
    {
        var ex = Assert.Throws<ValidationException>(() => Calculator.CheckAccountability(UnitKind.Town, new[] { new YearGrade(2021, Grade.Poor), new YearGrade(2016, Grade.Poor) }));
        var error = Assert.Single(ex.Errors);
        Assert.Equal("grades[0].year: 2021 is not an assessment year of the scorecard (2016–2020)", error.ToString());
        Assert.Equal(ErrorCode.OutOfRange, error.Code);
    }

    [Fact]
    public void CheckAccountability_NoGrades_NeedsAnAsOfYear_AndWithOneIsNotTriggered()
    {
        // why: without a year the question is asked as of the latest year graded, so an empty list has no year (spec 07 G-b)
        var ex = Assert.Throws<ValidationException>(() => Calculator.CheckAccountability(UnitKind.Town, Array.Empty<YearGrade>()));
        var error = Assert.Single(ex.Errors);
        Assert.Equal("grades: must list at least one grade (accountability is asked as of the latest year graded)", error.ToString());
        Assert.Equal(ErrorCode.Required, error.Code);

        var result = WithReform2019(new LocalDate(2019, 1, 1)).CheckAccountability(UnitKind.Town, Array.Empty<YearGrade>(), 2019);
        Assert.Equal(2019, result.AsOfYear);
        Assert.False(result.Triggered);
        Assert.Null(result.TriggerYear);
        Assert.Empty(result.ConsecutivePoorYears);
        Assert.Empty(result.RunCompletedYears);
        Assert.Equal("2019 does not complete a run of 2 consecutive assessment years graded Poor (a missing year breaks a run)", result.Reason);
        Assert.Equal("附件2 二", result.Citation.Article);
        Assert.Equal("海政发〔2017〕24号", result.Citation.DocumentNumber);
    }

    [Fact]
    public void CheckAccountability_UsesTheVersionOfTheLatestYear()
    {
        var calc = WithReform2019(new LocalDate(2019, 1, 1));
        var under2017 = calc.CheckAccountability(UnitKind.Town, new[] { new YearGrade(2018, Grade.Poor), new YearGrade(2017, Grade.Poor) });
        Assert.False(under2017.Triggered);   // why: the gazette needs three years

        var under2019 = calc.CheckAccountability(UnitKind.Town, new[] { new YearGrade(2019, Grade.Poor), new YearGrade(2018, Grade.Poor) });
        Assert.True(under2019.Triggered);
        Assert.Equal(2019, under2019.TriggerYear);
        Assert.Equal(new[] { 2018, 2019 }, under2019.ConsecutivePoorYears);
        Assert.Equal("graded Poor in 2 consecutive assessment years (2018, 2019): the accountability mechanism starts in 2019", under2019.Reason);
    }

    [Fact]
    public void Constructor_GradeBandsBrokenAfterTheHistoryWasChecked_AreRejectedWhenCompiled()
    {
        // why: the history checks its versions once; an array changed afterwards is caught when the calculator compiles its bands
        var bands = ForestAssessmentParameters.Gazette2017.GradeBands.ToArray();
        var history = new ParameterHistory<ForestAssessmentParameters>(new[] { ForestAssessmentParameters.Gazette2017 with { Version = "mutable", GradeBands = bands } });
        bands[3] = bands[3] with { Upper = 99m };
        Assert.Equal(
            new[] { "gradeBands[3]: must end at 100 inclusive, ends at [90, 99] → Excellent" },
            MessagesOf(() => new ForestAssessmentCalculator(history)));
    }

    [Fact]
    public void CheckAccountability_Years1And9998_AreValidYearsButNotAssessmentYears()
    {
        // why: spec 07 G-b — every grade year is checked against the assessment years; 1 and 9998 pass the 1–9998 check first
        Assert.Equal(
            new[]
            {
                "grades[0].year: 1 is not an assessment year of the scorecard (2016–2020)",
                "grades[1].year: 9998 is not an assessment year of the scorecard (2016–2020)",
            },
            MessagesOf(() => Calculator.CheckAccountability(UnitKind.Town, new[] { new YearGrade(1, Grade.Poor), new YearGrade(9998, Grade.Poor), new YearGrade(2016, Grade.Poor) })));
    }

    [Fact]
    public void Defaults_AnEmptyEvidenceAndAnEmptyParameterSet_AreIncomplete()
    {
        Assert.Equal(string.Empty, new ForestEvidence().Unit);
        Assert.Equal(
            new[]
            {
                "unit: is required and must not be blank",
                "resources.totalLandArea: must be greater than 0 (got 0)",
                "resources.totalLandAreaLastYear: must be greater than 0 (got 0)",
            },
            MessagesOf(() => Calculator.Calculate(new ForestEvidence { Year = 2018 })));

        var problems = new ForestAssessmentParameters().Validate().Select(e => e.ToString()).ToArray();
        Assert.Equal(string.Empty, new ForestAssessmentParameters().Version);
        Assert.Equal("version: is required and must not be blank", problems[0]);
        Assert.Contains("parts: must list at least one part", problems);
        Assert.Contains("targets: is required", problems);
    }
}
