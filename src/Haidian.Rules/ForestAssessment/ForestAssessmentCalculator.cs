using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;

namespace Haidian.Rules.ForestAssessment;

/// <summary>
/// 保护发展森林资源目标责任制检查考核 — scores a town's or forest farm's year on the 100-point sheet of 海政发〔2017〕24号 附件2,
/// grades it, names the consequences, checks the three-years-of-差 accountability rule, and shows the district's progress
/// against the 2020 targets of the notice.
/// </summary>
/// <remarks>
/// <para>Immutable and thread-safe: one instance can serve every thread. A pure function of (parameters, input).</para>
/// <para>Each row is full points when met (or when nothing was owed) and 0 when not, unless an inspector awards another score
/// with a reason (the sheet's 「得分」 column); the result shows both. Rates use the formulas of 附件2 一（三） and are compared
/// exactly (<c>numerator × 100 ≥ percent × denominator</c>); the percentages shown are rounded to 0.01 for display only.</para>
/// <para>Readings (spec 04): "nothing owed → met" for rows 4a, 5a, 9, 10, 12a and 13 (the text says it only for 12b and 14);
/// row 4a is met when every cubic metre harvested was permitted (harvesting less than approved is not penalised); the grade
/// bands' overlaps at 90 and 60 go to the higher grade and (79, 80) belongs to 中等.</para>
/// <para>The parameter version used for an assessment year is the one in force on 31 December of that year; the gazette's
/// version, issued 2017-07-07, covers the 十三五 assessment years 2016–2020, so 2016 is assessed under it too. Years before
/// the first assessment year and after the last are not in force (<see cref="NotInForceException"/>, spec 07 C6).</para>
/// </remarks>
public sealed class ForestAssessmentCalculator
{
    private const int MaximumCount = 1_000_000;
    private const int QuantityDecimals = 4;
    private const int PointDecimals = 2;

    private readonly Compiled[] versions;

    /// <summary>A calculator with the gazette's scorecard (<see cref="ForestAssessmentParameters.Gazette2017"/>).</summary>
    public ForestAssessmentCalculator()
        : this(ForestAssessmentParameters.Gazette2017)
    {
    }

    /// <summary>A calculator with one parameter version (a what-if copy, say).</summary>
    /// <param name="parameters">One parameter set, used for every period on or after its in-force date; validated here.</param>
    /// <exception cref="ValidationException">The parameters are invalid (each problem with its field path, e.g. <c>versions[0].gradeBands[2]</c>).</exception>
    /// <exception cref="ArgumentNullException"><paramref name="parameters"/> is null.</exception>
    public ForestAssessmentCalculator(ForestAssessmentParameters parameters)
        : this(new ParameterHistory<ForestAssessmentParameters>(new[] { parameters ?? throw new ArgumentNullException(nameof(parameters)) }))
    {
    }

    /// <summary>A calculator with a parameter history: each assessment year uses the version in force on its 31 December.</summary>
    /// <param name="history">Dated parameter versions; each period is computed with the version in force then.</param>
    /// <exception cref="ValidationException">A version is invalid; paths start with <c>versions[i]</c>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    public ForestAssessmentCalculator(ParameterHistory<ForestAssessmentParameters> history)
    {
        History = history ?? throw new ArgumentNullException(nameof(history));
        versions = history.Versions.Select(p => new Compiled(p)).ToArray();
    }

    /// <summary>The parameter versions this calculator uses.</summary>
    public ParameterHistory<ForestAssessmentParameters> History { get; }

    /// <summary>The parameter version used for an assessment year.</summary>
    /// <param name="year">The assessment year.</param>
    /// <returns>The version in force on 31 December of <paramref name="year"/> (the first version when none is yet).</returns>
    /// <exception cref="NotInForceException">The year is before the first assessment year or after the last assessment year of its version (spec 07 C6: 2015 and 2021 for the gazette).</exception>
    /// <exception cref="ValidationException">The year is outside 1–9998.</exception>
    public ForestAssessmentParameters ParametersFor(int year) => Resolve(year, "year").Parameters;

    /// <summary>Scores a unit's year.</summary>
    /// <param name="evidence">The evidence.</param>
    /// <returns>The scorecard: 21 rows, part subtotals, total, grade and consequences.</returns>
    /// <exception cref="ValidationException">The evidence is invalid (every problem with its field path).</exception>
    /// <exception cref="NotInForceException">The year is outside the scorecard's assessment years (before the first or after the last; spec 07 C6).</exception>
    /// <exception cref="ArgumentNullException"><paramref name="evidence"/> is null.</exception>
    public Scorecard Calculate(ForestEvidence evidence) => Calculate(evidence, null);

    /// <summary>
    /// Scores a unit's year and, given its grades of earlier years, checks whether this year completes a run of consecutive
    /// 差 years that starts accountability (附件2 二, towns only). The accountability part is exactly
    /// <see cref="CheckAccountability(UnitKind, IReadOnlyList{YearGrade}, int)"/> as of the evidence's year on the earlier grades
    /// plus this year's grade (spec 07 G-b: the two paths always agree).
    /// </summary>
    /// <param name="evidence">The evidence.</param>
    /// <param name="earlierGrades">The unit's grades of earlier assessment years (each year once, each an assessment year of the
    /// scorecard, all before <see cref="ForestEvidence.Year"/>); null when unknown.</param>
    /// <returns>The scorecard.</returns>
    /// <exception cref="ValidationException">The evidence or the history is invalid (paths <c>…</c> and <c>earlierGrades[i]…</c>; a grade
    /// year that is not an assessment year, e.g. 2015, is <c>outOfRange</c>; one not before the evidence's year is <c>inconsistent</c>).</exception>
    /// <exception cref="NotInForceException">The year is outside the scorecard's assessment years (spec 07 C6).</exception>
    /// <exception cref="ArgumentNullException"><paramref name="evidence"/> is null.</exception>
    public Scorecard Calculate(ForestEvidence evidence, IReadOnlyList<YearGrade>? earlierGrades)
    {
        if (evidence is null)
        {
            throw new ArgumentNullException(nameof(evidence));
        }

        var c = Resolve(evidence.Year, "year");
        var v = new Validator();
        CheckEvidence(v, c.Parameters, evidence);
        if (earlierGrades is not null)
        {
            CheckHistory(v, "earlierGrades", earlierGrades);
            CheckBefore(v, "earlierGrades", earlierGrades, evidence.Year);
        }

        v.ThrowIfAny();
        return Score(c, evidence, earlierGrades);
    }

    /// <summary>The grade of a score under the parameters in force for a year.</summary>
    /// <param name="year">The assessment year.</param>
    /// <param name="score">A score from 0 to the maximum (100), any decimal (e.g. 89.999).</param>
    /// <returns>The grade.</returns>
    /// <exception cref="ValidationException">The score is outside [0, maximum].</exception>
    /// <exception cref="NotInForceException">The year is outside the scorecard's assessment years (spec 07 C6).</exception>
    public Grade GradeOf(int year, decimal score)
    {
        var c = Resolve(year, "year");
        var v = new Validator();
        v.InRange("score", score, 0m, c.Parameters.MaximumScore);
        v.ThrowIfAny();
        return c.Bands.Find(score).Value;
    }

    /// <summary>
    /// 结果运用 — the grade of a bare score and its consequences (spec 07 G-c; 附件2 二): 优秀 → public commendation, 差 → public
    /// criticism and a written rectification report, for towns; a forest farm is graded with no consequence. Any decimal score
    /// from 0 to the maximum is accepted (89.999 is 良好: [80, 90)). The consequences are those a scorecard with this total
    /// gets (<see cref="Calculate(ForestEvidence)"/>), except 通知 三（二）'s unfinished targets, which a score alone does not show.
    /// </summary>
    /// <param name="year">The assessment year (picks the grade bands).</param>
    /// <param name="kind">Town or forest farm.</param>
    /// <param name="score">The total score, 0 to the maximum (100), any decimal.</param>
    /// <returns>The grade, its band and its consequences.</returns>
    /// <exception cref="ValidationException">The score is outside [0, maximum] or <paramref name="kind"/> is not a defined value.</exception>
    /// <exception cref="NotInForceException">The year is outside the scorecard's assessment years (spec 07 C6).</exception>
    public ScoreAssessment AssessScore(int year, UnitKind kind, decimal score) => AssessScore(year, kind, score, null);

    /// <summary>
    /// 结果运用 — the grade of a bare score and its consequences (spec 07 G-c; 附件2 二), and, given the unit's earlier grades,
    /// whether this year starts accountability (three consecutive 差 years, towns only), exactly as
    /// <see cref="CheckAccountability(UnitKind, IReadOnlyList{YearGrade}, int)"/> as of <paramref name="year"/> answers it.
    /// </summary>
    /// <param name="year">The assessment year (picks the grade bands).</param>
    /// <param name="kind">Town or forest farm.</param>
    /// <param name="score">The total score, 0 to the maximum (100), any decimal.</param>
    /// <param name="earlierGrades">The unit's grades of earlier assessment years (each year once, all before <paramref name="year"/>); null when unknown.</param>
    /// <returns>The grade, its band, its consequences and, with a history, the accountability check.</returns>
    /// <exception cref="ValidationException">The score, the kind or the history is invalid (every problem with its path).</exception>
    /// <exception cref="NotInForceException">The year is outside the scorecard's assessment years (spec 07 C6).</exception>
    public ScoreAssessment AssessScore(int year, UnitKind kind, decimal score, IReadOnlyList<YearGrade>? earlierGrades)
    {
        var c = Resolve(year, "year");
        var v = new Validator();
        v.Defined("kind", kind);
        v.InRange("score", score, 0m, c.Parameters.MaximumScore);
        if (earlierGrades is not null)
        {
            CheckHistory(v, "earlierGrades", earlierGrades);
            CheckBefore(v, "earlierGrades", earlierGrades, year);
        }

        v.ThrowIfAny();
        var p = c.Parameters;
        var band = c.Bands.Find(score);
        var consequences = Consequences(p, kind, year, band.Value, earlierGrades, targetTasksNotCompleted: false, out var accountability);
        return new ScoreAssessment(year, kind, score, band.Value, band.ToString(), consequences, accountability, Provenance.Of(p));
    }

    /// <summary>
    /// 连续3年评价为"差" — whether accountability starts as of the latest year graded (附件2 二): the same as
    /// <see cref="CheckAccountability(UnitKind, IReadOnlyList{YearGrade}, int)"/> with that year.
    /// </summary>
    /// <param name="kind">Town or forest farm.</param>
    /// <param name="grades">The unit's grades, each year once, in any order, at least one; every year an assessment year of the scorecard.</param>
    /// <returns>Whether accountability starts in the latest year graded, and every year a run of three completed.</returns>
    /// <exception cref="ValidationException">The list is empty, a year is repeated or not an assessment year (e.g. 2015), or a grade or the kind is undefined.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="grades"/> is null.</exception>
    public AccountabilityResult CheckAccountability(UnitKind kind, IReadOnlyList<YearGrade> grades)
    {
        if (grades is null)
        {
            throw new ArgumentNullException(nameof(grades));
        }

        var v = new Validator();
        v.Defined("kind", kind);
        if (grades.Count == 0)
        {
            v.Add("grades", ErrorCode.Required, "must list at least one grade (accountability is asked as of the latest year graded)");
        }

        CheckHistory(v, "grades", grades);
        v.ThrowIfAny();
        var asOf = grades.Max(g => g.Year);
        return Accountability(Resolve(asOf, "grades").Parameters, kind, grades, asOf);
    }

    /// <summary>
    /// 连续3年评价为"差" — whether the accountability mechanism starts as of an assessment year (附件2 二
    /// 「对连续3年评价为"差"等级的镇，将启动相关问责机制」; spec 07 G-b): it does when <paramref name="asOfYear"/> is graded 差 and
    /// ends a run of consecutive 差 assessment years of the required length (3). A run that ended before, followed by a better
    /// grade or a missing year, no longer triggers it. The result lists every year up to <paramref name="asOfYear"/> in which a
    /// run of three completed (with five 差 years in a row: the third, fourth and fifth). Grades after
    /// <paramref name="asOfYear"/> are ignored: the answer depends only on the grades up to it. A forest farm is never caught (the
    /// clause names towns). This is the check the scorecard runs (<see cref="Calculate(ForestEvidence, IReadOnlyList{YearGrade})"/>).
    /// </summary>
    /// <param name="kind">Town or forest farm.</param>
    /// <param name="grades">The unit's grades, each year once, in any order (may be empty); every year an assessment year of the scorecard (a 2015 grade is an error).</param>
    /// <param name="asOfYear">The assessment year the question is asked for.</param>
    /// <returns>Whether accountability starts in <paramref name="asOfYear"/>, and every year a run of three completed up to it.</returns>
    /// <exception cref="ValidationException">A year is repeated or not an assessment year, or a grade or the kind is undefined (paths <c>grades[i].year</c>, <c>grades[i].grade</c>, <c>kind</c>).</exception>
    /// <exception cref="NotInForceException"><paramref name="asOfYear"/> is outside the scorecard's assessment years (spec 07 C6).</exception>
    /// <exception cref="ArgumentNullException"><paramref name="grades"/> is null.</exception>
    public AccountabilityResult CheckAccountability(UnitKind kind, IReadOnlyList<YearGrade> grades, int asOfYear)
    {
        if (grades is null)
        {
            throw new ArgumentNullException(nameof(grades));
        }

        var c = Resolve(asOfYear, "asOfYear");
        var v = new Validator();
        v.Defined("kind", kind);
        CheckHistory(v, "grades", grades);
        v.ThrowIfAny();
        return Accountability(c.Parameters, kind, grades, asOfYear);
    }

    /// <summary>The district's progress against the 2020 targets of 通知 二 (coverage, stock, forest land, growth over consumption, harvest quota, approval rate, tending).</summary>
    /// <param name="status">The district's figures for a year.</param>
    /// <returns>One line per target.</returns>
    /// <exception cref="ValidationException">The figures are invalid (every problem with its field path).</exception>
    /// <exception cref="NotInForceException">The year is before the period's first year.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="status"/> is null.</exception>
    public TargetProgress Progress(DistrictStatus status)
    {
        if (status is null)
        {
            throw new ArgumentNullException(nameof(status));
        }

        var last = versions[versions.Length - 1].Parameters;
        var p = status.Year > last.LastAssessmentYear ? last : Resolve(status.Year, "year").Parameters;
        var t = p.Targets;
        var v = new Validator();
        if (status.Year < t.PeriodFirstYear || status.Year > 9998)
        {
            v.Add("year", ErrorCode.OutOfRange, $"must be between {t.PeriodFirstYear} (the first year of the period) and 9998");
        }

        Quantity(v, "forestedArea", status.ForestedArea);
        Quantity(v, "specialShrubArea", status.SpecialShrubArea);
        if (Quantity(v, "totalLandArea", status.TotalLandArea))
        {
            v.Positive("totalLandArea", status.TotalLandArea);
        }

        Quantity(v, "growingStock", status.GrowingStock);
        Quantity(v, "forestLandArea", status.ForestLandArea);
        Quantity(v, "annualGrowth", status.AnnualGrowth);
        Quantity(v, "annualConsumption", status.AnnualConsumption);
        Quantity(v, "harvestSincePeriodStart", status.HarvestSincePeriodStart);
        Quantity(v, "tendingSincePeriodStart", status.TendingSincePeriodStart);
        Quantity(v, "occupiedArea", status.OccupiedArea);
        Quantity(v, "approvedOccupiedArea", status.ApprovedOccupiedArea);
        if (!v.HasErrors)
        {
            if (status.ForestedArea + status.SpecialShrubArea > status.TotalLandArea)
            {
                v.Add("forestedArea", ErrorCode.Inconsistent, $"forested {F(status.ForestedArea)} + shrub {F(status.SpecialShrubArea)} ha exceeds the total land area {F(status.TotalLandArea)} ha");
            }

            if (status.ApprovedOccupiedArea > status.OccupiedArea)
            {
                v.Add("approvedOccupiedArea", ErrorCode.Inconsistent, $"the approved occupied area {F(status.ApprovedOccupiedArea)} ha exceeds the area occupied {F(status.OccupiedArea)} ha");
            }
        }

        v.ThrowIfAny();
        var final = status.Year >= t.TargetYear;
        var lines = new List<TargetLine>(7);
        var doc = ForestAssessmentParameters.Document;

        var covNum = status.ForestedArea + status.SpecialShrubArea;
        var covReached = AtLeast(covNum, status.TotalLandArea, t.CoveragePercent);
        var cov = Percent(covNum, status.TotalLandArea);
        lines.Add(new TargetLine(
            DistrictTarget.Coverage, "森林覆盖率达到" + F(t.CoveragePercent) + "%", t.CoveragePercent, cov, "%",
            Status(covReached, final), covReached ? 0m : Math.Max(0m, t.CoveragePercent - cov),
            $"({F(status.ForestedArea)} + {F(status.SpecialShrubArea)}) ÷ {F(status.TotalLandArea)} × 100% = {P(cov)}% {(covReached ? "≥" : "<")} {F(t.CoveragePercent)}%",
            doc.WithArticle("二（一）"), t.OtherCoverageFigure));

        lines.Add(Reach(DistrictTarget.GrowingStock, "森林蓄积量达到" + F(t.GrowingStock) + "立方米", t.GrowingStock, status.GrowingStock, "m³", final, doc.WithArticle("二（一）")));
        lines.Add(Reach(DistrictTarget.ForestLand, "林地保有量增加到" + F(t.ForestLandArea) + "公顷", t.ForestLandArea, status.ForestLandArea, "ha", final, doc.WithArticle("二（一）")));

        var growth = status.AnnualGrowth > status.AnnualConsumption;
        lines.Add(new TargetLine(
            DistrictTarget.GrowthExceedsConsumption, "森林资源生长量大于消耗量", status.AnnualConsumption, status.AnnualGrowth, "m³",
            growth ? TargetStatus.Reached : TargetStatus.Missed, growth ? 0m : status.AnnualConsumption - status.AnnualGrowth,
            $"growth {F(status.AnnualGrowth)} {(growth ? ">" : "≤")} consumption {F(status.AnnualConsumption)} m³ in {status.Year}",
            doc.WithArticle("二（二）"), null));

        var within = status.HarvestSincePeriodStart <= t.HarvestQuota;
        lines.Add(new TargetLine(
            DistrictTarget.HarvestWithinQuota, "森林采伐总消耗量不突破采伐限额指标" + F(t.HarvestQuota) + "立方米", t.HarvestQuota, status.HarvestSincePeriodStart, "m³",
            within ? TargetStatus.Reached : TargetStatus.Missed, within ? t.HarvestQuota - status.HarvestSincePeriodStart : 0m,
            within
                ? $"{t.PeriodFirstYear}–{status.Year}: {F(status.HarvestSincePeriodStart)} ≤ {F(t.HarvestQuota)} m³, {F(t.HarvestQuota - status.HarvestSincePeriodStart)} m³ left"
                : $"{t.PeriodFirstYear}–{status.Year}: {F(status.HarvestSincePeriodStart)} > {F(t.HarvestQuota)} m³, over by {F(status.HarvestSincePeriodStart - t.HarvestQuota)} m³",
            doc.WithArticle("二（二）"), null));

        if (status.OccupiedArea == 0m)
        {
            lines.Add(new TargetLine(
                DistrictTarget.OccupiedLandApproval, "征占用林地审核率达到" + F(t.OccupiedLandApprovalPercent) + "%", t.OccupiedLandApprovalPercent, t.OccupiedLandApprovalPercent, "%",
                TargetStatus.Reached, 0m, "no forest land occupied: nothing to approve", doc.WithArticle("二（二）"), null));
        }
        else
        {
            var ok = AtLeast(status.ApprovedOccupiedArea, status.OccupiedArea, t.OccupiedLandApprovalPercent);
            var rate = Percent(status.ApprovedOccupiedArea, status.OccupiedArea);
            lines.Add(new TargetLine(
                DistrictTarget.OccupiedLandApproval, "征占用林地审核率达到" + F(t.OccupiedLandApprovalPercent) + "%", t.OccupiedLandApprovalPercent, rate, "%",
                ok ? TargetStatus.Reached : TargetStatus.Missed, ok ? 0m : Math.Max(0m, t.OccupiedLandApprovalPercent - rate),
                $"{F(status.ApprovedOccupiedArea)} ÷ {F(status.OccupiedArea)} × 100% = {P(rate)}% {(ok ? "≥" : "<")} {F(t.OccupiedLandApprovalPercent)}%",
                doc.WithArticle("二（二）"), null));
        }

        lines.Add(Reach(DistrictTarget.Tending, "完成林木抚育" + F(t.TendingArea) + "公顷", t.TendingArea, status.TendingSincePeriodStart, "ha", final, doc.WithArticle("二（三）")));
        return new TargetProgress(status.Year, t.TargetYear, lines, Provenance.Of(p));
    }

    private static TargetLine Reach(DistrictTarget target, string description, decimal goal, decimal actual, string unit, bool final, Citation citation)
    {
        var ok = actual >= goal;
        return new TargetLine(
            target, description, goal, actual, unit, Status(ok, final), ok ? 0m : goal - actual,
            ok ? $"{F(actual)} ≥ {F(goal)} {unit}" : $"{F(actual)} < {F(goal)} {unit}, {F(goal - actual)} {unit} to go",
            citation, null);
    }

    private static TargetStatus Status(bool reached, bool final) =>
        reached ? TargetStatus.Reached : final ? TargetStatus.Missed : TargetStatus.NotYetReached;

    private Compiled Resolve(int year, string path)
    {
        var first = versions[0].Parameters;
        if (year < 1 || year > 9998)
        {
            throw new ValidationException(new[] { new ValidationError(path, ErrorCode.OutOfRange, $"must be a year between 1 and 9998 (got {year})") });
        }

        if (year < first.FirstAssessmentYear)
        {
            throw new NotInForceException(new LocalDate(year, 1, 1), new LocalDate(first.FirstAssessmentYear, 1, 1), first.Source);
        }

        var yearEnd = new LocalDate(year, 12, 31);
        var chosen = versions[0];
        foreach (var c in versions)
        {
            if (c.Parameters.InForceFrom <= yearEnd)
            {
                chosen = c;
            }
        }

        if (year > chosen.Parameters.LastAssessmentYear)
        {
            // Spec 07 C6: after the last assessment year is "not in force", the same exception as before the first.
            throw new NotInForceException(
                new LocalDate(year, 1, 1),
                new LocalDate(first.FirstAssessmentYear, 1, 1),
                new LocalDate(chosen.Parameters.LastAssessmentYear, 12, 31),
                chosen.Parameters.Source,
                $"assessment year {year}");
        }

        return chosen;
    }

    private void CheckHistory(Validator v, string path, IReadOnlyList<YearGrade> grades)
    {
        var seen = new HashSet<int>();
        for (var i = 0; i < grades.Count; i++)
        {
            var g = grades[i];
            var gp = Validator.Index(path, i);
            if (!v.Required(gp, g))
            {
                continue;
            }

            if (g.Year < 1 || g.Year > 9998)
            {
                v.Add(Validator.Field(gp, "year"), ErrorCode.OutOfRange, $"must be a year between 1 and 9998 (got {g.Year})");
            }
            else if (AssessmentYearsAround(g.Year) is { } range)
            {
                // Spec 07 G-b: every grade year is an assessment year of the scorecard (a 2015 grade is an error).
                v.Add(Validator.Field(gp, "year"), ErrorCode.OutOfRange, $"{g.Year} is not an assessment year of the scorecard ({range})");
            }
            else if (!seen.Add(g.Year))
            {
                v.Add(Validator.Field(gp, "year"), ErrorCode.Inconsistent, $"{g.Year} is listed more than once");
            }

            v.Defined(Validator.Field(gp, "grade"), g.Grade);
        }
    }

    private static void CheckBefore(Validator v, string path, IReadOnlyList<YearGrade> grades, int year)
    {
        for (var i = 0; i < grades.Count; i++)
        {
            if (grades[i] is { } g && g.Year >= year)
            {
                v.Add(Validator.Field(Validator.Index(path, i), "year"), ErrorCode.Inconsistent, $"must be before the assessment year {year} (got {g.Year})");
            }
        }
    }

    /// <summary>Null when <paramref name="year"/> (1–9998) is an assessment year of the version used for it; else the assessment years, as text.</summary>
    private string? AssessmentYearsAround(int year)
    {
        var first = versions[0].Parameters;
        var yearEnd = new LocalDate(year, 12, 31);
        var chosen = versions[0].Parameters;
        foreach (var c in versions)
        {
            if (c.Parameters.InForceFrom <= yearEnd)
            {
                chosen = c.Parameters;
            }
        }

        return year < first.FirstAssessmentYear || year > chosen.LastAssessmentYear
            ? $"{first.FirstAssessmentYear.ToString(CultureInfo.InvariantCulture)}–{chosen.LastAssessmentYear.ToString(CultureInfo.InvariantCulture)}"
            : null;
    }

    /// <summary>
    /// The accountability rule as of <paramref name="asOf"/> (spec 07 G-b): the one implementation behind the scorecard,
    /// <see cref="AssessScore(int, UnitKind, decimal, IReadOnlyList{YearGrade})"/> and <see cref="CheckAccountability(UnitKind, IReadOnlyList{YearGrade}, int)"/>.
    /// Only grades up to <paramref name="asOf"/> are read.
    /// </summary>
    private static AccountabilityResult Accountability(ForestAssessmentParameters p, UnitKind kind, IEnumerable<YearGrade> grades, int asOf)
    {
        var citation = p.Source.WithArticle("附件2 二");
        var needed = p.AccountabilityConsecutiveYears;
        if (kind != UnitKind.Town)
        {
            return new AccountabilityResult(asOf, false, null, Array.Empty<int>(), Array.Empty<int>(), "forest farm: 「对连续3年评价为“差”等级的镇，将启动相关问责机制」 names towns (镇) only", citation);
        }

        var completed = new List<int>();
        var run = 0;
        var previous = 0;
        foreach (var g in grades.Where(g => g.Year <= asOf).OrderBy(g => g.Year))
        {
            run = g.Grade != p.CriticisedGrade ? 0 : g.Year == previous + 1 ? run + 1 : 1;
            previous = g.Year;
            if (run >= needed)
            {
                completed.Add(g.Year);
            }
        }

        var triggered = completed.Count > 0 && completed[completed.Count - 1] == asOf;
        var rule = $"{needed} consecutive assessment years graded {p.CriticisedGrade}";
        if (triggered)
        {
            var years = Enumerable.Range(asOf - needed + 1, needed).ToArray();
            return new AccountabilityResult(asOf, true, asOf, years, completed,
                $"graded {p.CriticisedGrade} in {needed} consecutive assessment years ({string.Join(", ", years)}): the accountability mechanism starts in {asOf}", citation);
        }

        var reason = completed.Count == 0
            ? $"{asOf} does not complete a run of {rule} (a missing year breaks a run)"
            : $"{asOf} does not complete a run of {rule} (a missing year breaks a run); runs completed in {string.Join(", ", completed)}, followed by a better grade or a missing year, no longer trigger it";
        return new AccountabilityResult(asOf, false, null, Array.Empty<int>(), completed, reason, citation);
    }

    /// <summary>The consequences of a grade (附件2 二, towns only), the accountability check as of <paramref name="year"/> when a history is given, and 通知 三（二）.</summary>
    private static List<Consequence> Consequences(ForestAssessmentParameters p, UnitKind kind, int year, Grade grade, IReadOnlyList<YearGrade>? earlierGrades, bool targetTasksNotCompleted, out AccountabilityResult? accountability)
    {
        var gradeCitation = p.Source.WithArticle("附件2 二");
        var consequences = new List<Consequence>();
        accountability = null;
        if (kind == UnitKind.Town)
        {
            if (grade == p.CommendedGrade)
            {
                consequences.Add(new Consequence(ConsequenceKind.PublicCommendation, $"通报表扬: the town is graded {GradeName(grade)}", gradeCitation));
            }

            if (grade == p.CriticisedGrade)
            {
                consequences.Add(new Consequence(ConsequenceKind.PublicCriticism, $"通报批评: the town is graded {GradeName(grade)}", gradeCitation));
                consequences.Add(new Consequence(ConsequenceKind.RectificationReport, "被通报批评的镇要认真整改，并提交书面报告: rectify and submit a written report", gradeCitation));
            }
        }

        if (earlierGrades is not null)
        {
            accountability = Accountability(p, kind, earlierGrades.Append(new YearGrade(year, grade)), year);
            if (accountability.Triggered)
            {
                consequences.Add(new Consequence(ConsequenceKind.Accountability, "启动相关问责机制: " + accountability.Reason, gradeCitation));
            }
        }

        if (targetTasksNotCompleted)
        {
            consequences.Add(new Consequence(
                ConsequenceKind.TargetsNotCompleted,
                "通报批评并问责: the unit did not complete its target tasks (whatever its grade)",
                ForestAssessmentParameters.Document.WithArticle("三（二）")));
        }

        return consequences;
    }

    private static void CheckEvidence(Validator v, ForestAssessmentParameters p, ForestEvidence e)
    {
        v.RequiredText("unit", e.Unit);
        v.Defined("kind", e.Kind);

        v.Required("funding", e.Funding);
        v.Required("organisation", e.Organisation);

        if (v.Required("harvest", e.Harvest))
        {
            var h = e.Harvest;
            Quantity(v, "harvest.actualVolume", h.ActualVolume);
            Quantity(v, "harvest.permittedVolume", h.PermittedVolume);
            Quantity(v, "harvest.quotaVolume", h.QuotaVolume);
            Count(v, "harvest.illegalLoggingCases", h.IllegalLoggingCases);
        }

        if (v.Required("forestLand", e.ForestLand))
        {
            var f = e.ForestLand;
            var ok = Quantity(v, "forestLand.occupiedArea", f.OccupiedArea)
                & Quantity(v, "forestLand.approvedByMunicipalOrStateArea", f.ApprovedByMunicipalOrStateArea)
                & Quantity(v, "forestLand.temporaryApprovedByDistrictArea", f.TemporaryApprovedByDistrictArea);
            if (ok && f.ApprovedByMunicipalOrStateArea + f.TemporaryApprovedByDistrictArea > f.OccupiedArea)
            {
                v.Add("forestLand.approvedByMunicipalOrStateArea", ErrorCode.Inconsistent,
                    $"approved areas {F(f.ApprovedByMunicipalOrStateArea)} + {F(f.TemporaryApprovedByDistrictArea)} ha exceed the area actually occupied {F(f.OccupiedArea)} ha");
            }

            if (Count(v, "forestLand.illegalUseCases", f.IllegalUseCases) & Count(v, "forestLand.illegalUseCasesHandled", f.IllegalUseCasesHandled)
                && f.IllegalUseCasesHandled > f.IllegalUseCases)
            {
                v.Add("forestLand.illegalUseCasesHandled", ErrorCode.Inconsistent, $"{f.IllegalUseCasesHandled} cases handled exceeds the {f.IllegalUseCases} cases found");
            }

            Quantity(v, "forestLand.forestLandArea", f.ForestLandArea);
            Quantity(v, "forestLand.forestLandAreaLastYear", f.ForestLandAreaLastYear);
        }

        if (v.Required("resources", e.Resources))
        {
            var r = e.Resources;
            Quantity(v, "resources.growingStock", r.GrowingStock);
            Quantity(v, "resources.growingStockLastYear", r.GrowingStockLastYear);
            CheckCoverage(v, "resources", "forestedArea", "specialShrubArea", "totalLandArea", r.ForestedArea, r.SpecialShrubArea, r.TotalLandArea);
            CheckCoverage(v, "resources", "forestedAreaLastYear", "specialShrubAreaLastYear", "totalLandAreaLastYear", r.ForestedAreaLastYear, r.SpecialShrubAreaLastYear, r.TotalLandAreaLastYear);
        }

        if (v.Required("disputes", e.Disputes))
        {
            var d = e.Disputes;
            if (Count(v, "disputes.backlog", d.Backlog) & Count(v, "disputes.new", d.New) & Count(v, "disputes.resolved", d.Resolved)
                && d.Resolved > d.Backlog + d.New)
            {
                v.Add("disputes.resolved", ErrorCode.Inconsistent, $"{d.Resolved} cases resolved exceeds the backlog {d.Backlog} + new {d.New} = {d.Backlog + d.New} cases");
            }
        }

        if (v.Required("publicWelfareForest", e.PublicWelfareForest))
        {
            var w = e.PublicWelfareForest;
            if (Quantity(v, "publicWelfareForest.retainedArea", w.RetainedArea) & Quantity(v, "publicWelfareForest.managedArea", w.ManagedArea)
                && w.ManagedArea > w.RetainedArea)
            {
                v.Add("publicWelfareForest.managedArea", ErrorCode.Inconsistent, $"the managed area {F(w.ManagedArea)} ha exceeds the retained area {F(w.RetainedArea)} ha");
            }
        }

        if (v.Required("afforestation", e.Afforestation))
        {
            var a = e.Afforestation;
            Quantity(v, "afforestation.taskArea", a.TaskArea);
            if (Quantity(v, "afforestation.completedArea", a.CompletedArea) & Quantity(v, "afforestation.qualifiedArea", a.QualifiedArea)
                && a.QualifiedArea > a.CompletedArea)
            {
                v.Add("afforestation.qualifiedArea", ErrorCode.Inconsistent, $"the qualified area {F(a.QualifiedArea)} ha exceeds the area afforested {F(a.CompletedArea)} ha");
            }
        }

        if (v.Required("regeneration", e.Regeneration))
        {
            var g = e.Regeneration;
            if (Count(v, "regeneration.casesDue", g.CasesDue) & Count(v, "regeneration.casesRegenerated", g.CasesRegenerated)
                && g.CasesRegenerated > g.CasesDue)
            {
                v.Add("regeneration.casesRegenerated", ErrorCode.Inconsistent, $"{g.CasesRegenerated} cases regenerated exceeds the {g.CasesDue} cases due");
            }

            if (Quantity(v, "regeneration.backlogArea", g.BacklogArea) & Quantity(v, "regeneration.backlogVerifiedArea", g.BacklogVerifiedArea)
                && g.BacklogVerifiedArea > g.BacklogArea)
            {
                v.Add("regeneration.backlogVerifiedArea", ErrorCode.Inconsistent, $"the verified area {F(g.BacklogVerifiedArea)} ha exceeds last year's backlog {F(g.BacklogArea)} ha");
            }

            if (Quantity(v, "regeneration.regeneratedArea", g.RegeneratedArea) & Quantity(v, "regeneration.qualifiedArea", g.QualifiedArea)
                && g.QualifiedArea > g.RegeneratedArea)
            {
                v.Add("regeneration.qualifiedArea", ErrorCode.Inconsistent, $"the qualified area {F(g.QualifiedArea)} ha exceeds the area regenerated {F(g.RegeneratedArea)} ha");
            }
        }

        if (v.Required("tending", e.Tending))
        {
            Quantity(v, "tending.taskArea", e.Tending.TaskArea);
            Quantity(v, "tending.qualifiedArea", e.Tending.QualifiedArea);
        }

        if (v.Required("restoration", e.Restoration))
        {
            Quantity(v, "restoration.occupiedArea", e.Restoration.OccupiedArea);
            Quantity(v, "restoration.restoredArea", e.Restoration.RestoredArea);
        }

        if (e.Awards is not null)
        {
            var seen = new HashSet<ScorecardRow>();
            for (var i = 0; i < e.Awards.Count; i++)
            {
                var a = e.Awards[i];
                var ap = Validator.Index("awards", i);
                if (!v.Required(ap, a))
                {
                    continue;
                }

                if (v.Defined(Validator.Field(ap, "row"), a.Row))
                {
                    if (!seen.Add(a.Row))
                    {
                        v.Add(Validator.Field(ap, "row"), ErrorCode.Inconsistent, $"row '{a.Row}' already has an award");
                    }

                    var max = p.DefinitionOf(a.Row).Points;
                    if (v.InRange(Validator.Field(ap, "points"), a.Points, 0m, max) && decimal.Round(a.Points, PointDecimals) != a.Points)
                    {
                        v.Add(Validator.Field(ap, "points"), ErrorCode.OutOfRange, $"must have at most {PointDecimals} decimals (got {F(a.Points)})");
                    }
                }

                v.RequiredText(Validator.Field(ap, "reason"), a.Reason);
            }
        }
    }

    private static void CheckCoverage(Validator v, string parent, string forested, string shrub, string total, decimal f, decimal s, decimal t)
    {
        var ok = Quantity(v, Validator.Field(parent, forested), f) & Quantity(v, Validator.Field(parent, shrub), s);
        if (Quantity(v, Validator.Field(parent, total), t))
        {
            if (!v.Positive(Validator.Field(parent, total), t))
            {
                return;
            }

            if (ok && f + s > t)
            {
                v.Add(Validator.Field(parent, forested), ErrorCode.Inconsistent, $"forested {F(f)} + shrub {F(s)} ha exceeds the total land area {F(t)} ha");
            }
        }
    }

    private static bool Quantity(Validator v, string path, decimal value)
    {
        if (!v.InRange(path, value, 0m, ForestAssessmentParameters.MaximumQuantity))
        {
            return false;
        }

        if (decimal.Round(value, QuantityDecimals) != value)
        {
            v.Add(path, ErrorCode.OutOfRange, $"must have at most {QuantityDecimals} decimals (got {F(value)})");
            return false;
        }

        return true;
    }

    private static bool Count(Validator v, string path, int value)
    {
        if (!v.NotNegative(path, value))
        {
            return false;
        }

        if (value > MaximumCount)
        {
            v.Add(path, ErrorCode.OutOfRange, $"must not exceed {MaximumCount.ToString(CultureInfo.InvariantCulture)}");
            return false;
        }

        return true;
    }

    private static Scorecard Score(Compiled c, ForestEvidence e, IReadOnlyList<YearGrade>? earlierGrades)
    {
        var p = c.Parameters;
        var awards = (e.Awards ?? Array.Empty<InspectorAward>()).ToDictionary(a => a.Row);
        var rows = new List<RowResult>(p.Rows.Count);
        // Stryker disable once Arithmetic : only the list's initial capacity; the sheet always has its 21 rows, so "Count - 2" is never negative and the lines are the same.
        var lines = new List<LineItem>(p.Rows.Count + 2);
        foreach (var def in p.Rows)
        {
            var (verdict, rate, basis, article) = Evaluate(p, def.Row, e);
            var computed = verdict == RowVerdict.NotMet ? 0m : def.Points;
            var given = computed;
            string? reason = null;
            if (awards.TryGetValue(def.Row, out var award))
            {
                given = award.Points;
                reason = award.Reason;
            }

            var citation = p.Source.WithArticle(article);
            rows.Add(new RowResult(def.Row, def.Label, def.Part, def.Item, def.Criterion, def.Points, verdict, computed, given, reason, rate, basis, citation));
            var arithmetic = reason is null
                ? $"{VerdictWord(verdict)} → {F(given)} of {F(def.Points)}"
                : $"{VerdictWord(verdict)} → computed {F(computed)}; inspector awards {F(given)} of {F(def.Points)}: {reason}";
            lines.Add(new LineItem($"({def.Item}) row {def.Label} {def.ItemTitle}", def.Criterion, basis + "; " + arithmetic, given, citation));
        }

        var parts = p.Parts
            .OrderBy(x => x.Number)
            .Select(x => new PartSubtotal(x.Number, x.Title, x.Points, rows.Where(r => r.Part == x.Number).Sum(r => r.PointsGiven)))
            .ToArray();
        var total = rows.Sum(r => r.PointsGiven);
        var computedTotal = rows.Sum(r => r.ComputedPoints);
        var band = c.Bands.Find(total);
        var gradeCitation = p.Source.WithArticle("附件2 二");
        lines.Add(new LineItem(
            "total score 总分",
            "sum of the 21 rows' points given (附件2 一（一）: 3部分14项，总分100分)",
            string.Join(" + ", parts.Select(x => F(x.PointsGiven))) + " = " + F(total) + " of " + F(p.MaximumScore),
            total,
            p.Source.WithArticle("附件2 一（一）")));
        lines.Add(new LineItem(
            "grade 等级",
            "90分以上为优秀；80-90分为良好；60-79分为中等；60分以下为差 (overlaps at 90 and 60 go to the higher band)",
            $"{F(total)} in {band} → {GradeName(band.Value)}",
            total,
            gradeCitation));

        var consequences = Consequences(p, e.Kind, e.Year, band.Value, earlierGrades, e.TargetTasksNotCompleted, out var accountability);

        if (e.Kind == UnitKind.ForestFarm)
        {
            lines.Add(new LineItem(
                "consequences 结果运用",
                "commendation, criticism, rectification and accountability of 附件2 二 name towns (镇)",
                $"forest farm graded {GradeName(band.Value)}: no 附件2 二 consequence",
                0m,
                gradeCitation));
        }

        var selfReportDue = new LocalDate(e.Year + 1, p.SelfReportDueMonth, p.SelfReportDueDay);
        var inspectionMonth = new YearMonth(e.Year + 1, p.InspectionDueMonth);
        var inspectionDue = inspectionMonth.OnDayOfMonth(CalendarSystem.Iso.GetDaysInMonth(inspectionMonth.Year, inspectionMonth.Month));
        return new Scorecard(
            e.Unit, e.Kind, e.Year, rows, parts, total, p.MaximumScore, computedTotal, band.Value, band.ToString(),
            consequences, accountability, selfReportDue, inspectionDue, lines, Provenance.Of(p));
    }

    private static (RowVerdict Verdict, decimal? Rate, string Basis, string Article) Evaluate(ForestAssessmentParameters p, ScorecardRow row, ForestEvidence e)
    {
        switch (row)
        {
            case ScorecardRow.Funding:
            {
                var f = e.Funding;
                if (!f.HasFixedFunding)
                {
                    return (RowVerdict.NotMet, null, "no fixed funding: 「无资金投入为0分」", "附件2 一（二）(1)");
                }

                return f.UsedAsApproved
                    ? (RowVerdict.Met, null, "fixed funding, used as approved", "附件2 一（二）(1)")
                    : (RowVerdict.NotMet, null, "fixed funding, but not used strictly as approved", "附件2 一（二）(1)");
            }

            case ScorecardRow.ManagementBody:
                return YesNo(e.Organisation.ManagementBodyEstablished, "management body established", "附件2 一（二）(2)");
            case ScorecardRow.ManagementResponsibility:
                return YesNo(e.Organisation.ResponsibilityAssigned, "management responsibility assigned", "附件2 一（二）(2)");
            case ScorecardRow.ProtectionTeam:
                return YesNo(e.Organisation.ProtectionTeamEstablished, "protection team established", "附件2 一（二）(3)");
            case ScorecardRow.Equipment:
                return YesNo(e.Organisation.EquipmentWithMaintainer, "professional equipment with a dedicated maintainer", "附件2 一（二）(3)");

            case ScorecardRow.HarvestPermitted:
            {
                var h = e.Harvest;
                const string article = "附件2 一（二）(4)、一（三）4";
                if (h.ActualVolume == 0m)
                {
                    return (RowVerdict.NoTask, null, "nothing harvested: no volume to permit", article);
                }

                return Rate("采伐发证率", h.PermittedVolume, h.ActualVolume, $"{F(h.PermittedVolume)} ÷ {F(h.ActualVolume)}", p.PermitRatePercent, article);
            }

            case ScorecardRow.HarvestWithinQuota:
            {
                var h = e.Harvest;
                var ok = h.ActualVolume <= h.QuotaVolume;
                return (ok ? RowVerdict.Met : RowVerdict.NotMet, null,
                    $"harvested {F(h.ActualVolume)} m³ {(ok ? "≤" : ">")} quota {F(h.QuotaVolume)} m³", "附件2 一（二）(4)");
            }

            case ScorecardRow.NoIllegalLogging:
            {
                var n = e.Harvest.IllegalLoggingCases;
                return (n == 0 ? RowVerdict.Met : RowVerdict.NotMet, null, $"{n} illegal logging cases", "附件2 一（二）(4)");
            }

            case ScorecardRow.OccupiedLandApproval:
            {
                var f = e.ForestLand;
                const string article = "附件2 一（二）(5)、一（三）5";
                if (f.OccupiedArea == 0m)
                {
                    return (RowVerdict.NoTask, null, "no forest land occupied: nothing to approve", article);
                }

                var approved = f.ApprovedByMunicipalOrStateArea + f.TemporaryApprovedByDistrictArea;
                return Rate("占用林地审核率", approved, f.OccupiedArea,
                    $"({F(f.ApprovedByMunicipalOrStateArea)} + {F(f.TemporaryApprovedByDistrictArea)}) ÷ {F(f.OccupiedArea)}", p.OccupiedLandApprovalPercent, article);
            }

            case ScorecardRow.IllegalLandUse:
            {
                var f = e.ForestLand;
                if (f.IllegalUseCases == 0)
                {
                    return (RowVerdict.Met, null, "no illegal forest-land use cases", "附件2 一（二）(5)");
                }

                var ok = f.IllegalUseCasesHandled == f.IllegalUseCases;
                return (ok ? RowVerdict.Met : RowVerdict.NotMet, null,
                    $"{f.IllegalUseCasesHandled} of {f.IllegalUseCases} illegal-use cases handled lawfully", "附件2 一（二）(5)");
            }

            case ScorecardRow.ForestLandGrowth:
                return Grew("forest-land area", e.ForestLand.ForestLandArea, e.ForestLand.ForestLandAreaLastYear, "ha", "附件2 一（二）(5)");
            case ScorecardRow.GrowingStockGrowth:
                return Grew("growing stock", e.Resources.GrowingStock, e.Resources.GrowingStockLastYear, "m³", "附件2 一（二）(6)");

            case ScorecardRow.CoverageGrowth:
            {
                var r = e.Resources;
                var now = r.ForestedArea + r.SpecialShrubArea;
                var before = r.ForestedAreaLastYear + r.SpecialShrubAreaLastYear;

                // (a ÷ b) > (c ÷ d) ⇔ a × d > c × b for positive b, d: exact.
                var ok = now * r.TotalLandAreaLastYear > before * r.TotalLandArea;
                var rateNow = Percent(now, r.TotalLandArea);
                var rateBefore = Percent(before, r.TotalLandAreaLastYear);
                var basis = $"森林覆盖率 = ({F(r.ForestedArea)} + {F(r.SpecialShrubArea)}) ÷ {F(r.TotalLandArea)} × 100% = {P(rateNow)}%; "
                    + $"last year ({F(r.ForestedAreaLastYear)} + {F(r.SpecialShrubAreaLastYear)}) ÷ {F(r.TotalLandAreaLastYear)} × 100% = {P(rateBefore)}%; "
                    + (ok ? "grew" : "did not grow") + (rateNow == rateBefore ? " (compared exactly)" : string.Empty);
                return (ok ? RowVerdict.Met : RowVerdict.NotMet, rateNow, basis, "附件2 一（二）(7)、一（三）1");
            }

            case ScorecardRow.RationalUse:
                return YesNo(e.ForestLand.UseFollowsProtectionPlan, "use follows the forest-land protection and use plan", "附件2 一（二）(8)");

            case ScorecardRow.DisputeResolution:
            {
                var d = e.Disputes;
                const string article = "附件2 一（二）(9)、一（三）7";
                var cases = d.Backlog + d.New;
                if (cases == 0)
                {
                    return (RowVerdict.NoTask, null, "no forest-right disputes (backlog 0, new 0)", article);
                }

                return Rate("林权纠纷调处率", d.Resolved, cases, $"{d.Resolved} ÷ ({d.Backlog} + {d.New})", p.DisputeResolutionPercent, article);
            }

            case ScorecardRow.PublicWelfareForest:
            {
                var w = e.PublicWelfareForest;
                const string article = "附件2 一（二）(10)、一（三）8";
                if (w.RetainedArea == 0m)
                {
                    return (RowVerdict.NoTask, null, "no public-welfare forest retained", article);
                }

                return Rate("生态公益林管护率", w.ManagedArea, w.RetainedArea, $"{F(w.ManagedArea)} ÷ {F(w.RetainedArea)}", p.PublicWelfareManagementPercent, article);
            }

            case ScorecardRow.ManagementPlan:
                return YesNo(e.ManagementPlanCompiled, "forest management plan compiled", "附件2 一（二）(11)");

            case ScorecardRow.Afforestation:
            {
                var a = e.Afforestation;
                const string article = "附件2 一（二）(12)、一（三）2";
                if (a.TaskArea == 0m)
                {
                    return (RowVerdict.NoTask, null, "no afforestation task", article);
                }

                var completedOk = AtLeast(a.CompletedArea, a.TaskArea, p.AfforestationPercent);
                var qualifiedOk = AtLeast(a.QualifiedArea, a.TaskArea, p.AfforestationPercent);
                var completed = Percent(a.CompletedArea, a.TaskArea);
                var qualified = Percent(a.QualifiedArea, a.TaskArea);
                var ok = a.CarriedOutAsPlanned && completedOk && qualifiedOk;
                var basis = $"{(a.CarriedOutAsPlanned ? "carried out as planned" : "not carried out as planned")}; "
                    + $"人工造林完成率 = {F(a.CompletedArea)} ÷ {F(a.TaskArea)} × 100% = {P(completed)}% {(completedOk ? "≥" : "<")} {F(p.AfforestationPercent)}%; "
                    + $"合格率 = {F(a.QualifiedArea)} ÷ {F(a.TaskArea)} × 100% = {P(qualified)}% {(qualifiedOk ? "≥" : "<")} {F(p.AfforestationPercent)}%";
                return (ok ? RowVerdict.Met : RowVerdict.NotMet, Math.Min(completed, qualified), basis, article);
            }

            case ScorecardRow.Regeneration:
                return Regeneration(p, e.Regeneration);

            case ScorecardRow.Tending:
            {
                var t = e.Tending;
                const string article = "附件2 一（二）(13)、一（三）3";
                if (t.TaskArea == 0m)
                {
                    return (RowVerdict.NoTask, null, "no tending task", article);
                }

                return Rate("森林抚育任务完成率", t.QualifiedArea, t.TaskArea, $"{F(t.QualifiedArea)} ÷ {F(t.TaskArea)}", p.TendingPercent, article);
            }

            default:
            {
                var r = e.Restoration;
                const string article = "附件2 一（二）(14)";
                if (r.OccupiedArea == 0m)
                {
                    return (RowVerdict.NoTask, null, "no vegetation-restoration task: 「无植被恢复任务不扣分」", article);
                }

                var owed = p.RestorationRatio * r.OccupiedArea;
                var ok = r.RestoredArea >= owed;
                return (ok ? RowVerdict.Met : RowVerdict.NotMet, null,
                    $"占一还一: restored {F(r.RestoredArea)} ha {(ok ? "≥" : "<")} {F(p.RestorationRatio)} × occupied {F(r.OccupiedArea)} ha", article);
            }
        }
    }

    private static (RowVerdict, decimal?, string, string) Regeneration(ForestAssessmentParameters p, RegenerationEvidence g)
    {
        const string article = "附件2 一（二）(12)、一（三）6";
        // Spec 07 G-d: "no task → met" only when nothing was due and nothing was regenerated; regeneration done without a
        // task still has a qualification rate (更新合格率), which must be 100%.
        if (g.CasesDue == 0 && g.BacklogArea == 0m && g.RegeneratedArea == 0m)
        {
            return (RowVerdict.NoTask, null, "no regeneration task and nothing regenerated: 「无迹地更新任务不扣分」", article);
        }

        var ok = true;
        decimal? lowest = null;
        var parts = new List<string>(3);
        void One(string name, decimal num, decimal den, string text)
        {
            if (den == 0m)
            {
                parts.Add($"{name}: nothing to count ({text}), not applicable");
                return;
            }

            var reached = AtLeast(num, den, p.RegenerationPercent);
            var rate = Percent(num, den);
            lowest = lowest is null ? rate : Math.Min(lowest.Value, rate);
            ok &= reached;
            parts.Add($"{name} = {text} × 100% = {P(rate)}% {(reached ? "≥" : "<")} {F(p.RegenerationPercent)}%");
        }

        One("更新率", g.CasesRegenerated, g.CasesDue, $"{g.CasesRegenerated} ÷ {g.CasesDue}");
        One("更新核实率", g.BacklogVerifiedArea, g.BacklogArea, $"{F(g.BacklogVerifiedArea)} ÷ {F(g.BacklogArea)}");
        One("更新合格率", g.QualifiedArea, g.RegeneratedArea, $"{F(g.QualifiedArea)} ÷ {F(g.RegeneratedArea)}");
        return (ok ? RowVerdict.Met : RowVerdict.NotMet, lowest, string.Join("; ", parts), article);
    }

    private static (RowVerdict, decimal?, string, string) YesNo(bool met, string what, string article) =>
        (met ? RowVerdict.Met : RowVerdict.NotMet, null, met ? what : "not: " + what, article);

    private static (RowVerdict, decimal?, string, string) Grew(string what, decimal now, decimal before, string unit, string article)
    {
        var ok = now > before;
        return (ok ? RowVerdict.Met : RowVerdict.NotMet, null, $"{what} {F(now)} {unit} {(ok ? ">" : "≤")} last year's {F(before)} {unit}", article);
    }

    private static (RowVerdict, decimal?, string, string) Rate(string name, decimal num, decimal den, string text, decimal percent, string article)
    {
        var ok = AtLeast(num, den, percent);
        var rate = Percent(num, den);
        return (ok ? RowVerdict.Met : RowVerdict.NotMet, rate, $"{name} = {text} × 100% = {P(rate)}% {(ok ? "≥" : "<")} {F(percent)}%", article);
    }

    /// <summary>num ÷ den × 100% ≥ percent, exactly: num × 100 ≥ percent × den (den &gt; 0).</summary>
    internal static bool AtLeast(decimal numerator, decimal denominator, decimal percent) => numerator * 100m >= percent * denominator;

    /// <summary>num ÷ den × 100, rounded to 0.01 (四舍五入) for display.</summary>
    internal static decimal Percent(decimal numerator, decimal denominator) =>
        Math.Round(numerator * 100m / denominator, 2, MidpointRounding.AwayFromZero);

    private static string VerdictWord(RowVerdict verdict) => verdict switch
    {
        RowVerdict.Met => "met",
        RowVerdict.NoTask => "no task, met",
        _ => "not met",
    };

    /// <summary>The Chinese name of a grade: 优秀, 良好, 中等, 差.</summary>
    internal static string GradeName(Grade grade) => grade switch
    {
        Grade.Excellent => "优秀",
        Grade.Good => "良好",
        Grade.Fair => "中等",
        _ => "差",
    };

    private static string F(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string P(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private sealed class Compiled
    {
        public Compiled(ForestAssessmentParameters parameters)
        {
            Parameters = parameters;
            Bands = BandTable<Grade>.Create("gradeBands", parameters.GradeBands, 0m, parameters.MaximumScore);
        }

        public ForestAssessmentParameters Parameters { get; }

        public BandTable<Grade> Bands { get; }
    }
}
