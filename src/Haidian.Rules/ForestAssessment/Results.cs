using System.Collections.Generic;
using NodaTime;

namespace Haidian.Rules.ForestAssessment;

/// <summary>One row of the scorecard: the points available, the computed verdict, the points given and the figure behind them. Source: 海政发〔2017〕24号 附件2 一（二）.</summary>
/// <param name="Row">The row.</param>
/// <param name="Label">The row's label, e.g. <c>5a</c>.</param>
/// <param name="Part">The part (1–3).</param>
/// <param name="Item">The item (1–14).</param>
/// <param name="Criterion">The criterion as printed (评价方法).</param>
/// <param name="PointsAvailable">The row's points (分数).</param>
/// <param name="Verdict">The verdict computed from the evidence.</param>
/// <param name="ComputedPoints">Full points when met or no task, else 0.</param>
/// <param name="PointsGiven">The score entered in the sheet's 「得分」 column: the inspector's award when there is one, else the computed points.</param>
/// <param name="AwardReason">The inspector's reason when the points were awarded, else null.</param>
/// <param name="RatePercent">The rate behind the verdict (coverage, completion, approval…), percent rounded to 0.01 for display — the verdict
/// compares the exact fraction; null for a yes/no row, a comparison of two figures, or a rate whose denominator is 0.</param>
/// <param name="Basis">The figures and the rule, e.g. <c>调处率 = 4 ÷ (2 + 3) × 100% = 80.00% ≥ 80% → met</c>.</param>
/// <param name="Citation">The row of 附件2 一（二）, with the formula of 一（三） where one applies.</param>
public sealed record RowResult(
    ScorecardRow Row,
    string Label,
    int Part,
    int Item,
    string Criterion,
    decimal PointsAvailable,
    RowVerdict Verdict,
    decimal ComputedPoints,
    decimal PointsGiven,
    string? AwardReason,
    decimal? RatePercent,
    string Basis,
    Citation Citation);

/// <summary>A part's subtotal (一级分类): points available and points given, out of 25, 50 or 25. Source: 海政发〔2017〕24号 附件2 一（一）.</summary>
/// <param name="Number">The part, 1–3.</param>
/// <param name="Title">Its title.</param>
/// <param name="PointsAvailable">Its points (25 / 50 / 25).</param>
/// <param name="PointsGiven">The sum of its rows' points given.</param>
public sealed record PartSubtotal(int Number, string Title, decimal PointsAvailable, decimal PointsGiven);

/// <summary>A consequence of the assessment, with the clause that imposes it. Source: 海政发〔2017〕24号 附件2 二；通知 三（二）.</summary>
/// <param name="Kind">What follows.</param>
/// <param name="Description">In words, e.g. <c>通报批评: graded 差</c>.</param>
/// <param name="Citation">附件2 二, or 通知 三（二）.</param>
public sealed record Consequence(ConsequenceKind Kind, string Description, Citation Citation);

/// <summary>
/// Whether the accountability mechanism starts as of an assessment year (附件2 二 「对连续3年评价为"差"等级的镇，将启动相关问责机制」;
/// spec 07 G-b): it does when that year ends a run of consecutive 差 assessment years of the required length.
/// Source: 海政发〔2017〕24号 附件2 二.
/// </summary>
/// <param name="AsOfYear">The assessment year the question was asked for; grades after it were not read.</param>
/// <param name="Triggered">True when the town's grade of <paramref name="AsOfYear"/> ends a run of the required number of consecutive 差 assessment years.</param>
/// <param name="TriggerYear"><paramref name="AsOfYear"/> when triggered, else null.</param>
/// <param name="ConsecutivePoorYears">The run of consecutive 差 years ending in <paramref name="AsOfYear"/> that triggered it (the required number of years; empty when not triggered).</param>
/// <param name="RunCompletedYears">Every year up to <paramref name="AsOfYear"/> in which a run of the required number of consecutive 差 years
/// completed, in order (five 差 years in a row from 2016: 2018, 2019, 2020); empty for a forest farm.</param>
/// <param name="Reason">Why, in words.</param>
/// <param name="Citation">附件2 二.</param>
public sealed record AccountabilityResult(int AsOfYear, bool Triggered, int? TriggerYear, IReadOnlyList<int> ConsecutivePoorYears, IReadOnlyList<int> RunCompletedYears, string Reason, Citation Citation);

/// <summary>
/// 结果运用 — the grade of a bare score and what follows from it (spec 07 G-c), as a scorecard with that total would show.
/// Source: 海政发〔2017〕24号 附件2 二.
/// </summary>
/// <param name="Year">The assessment year.</param>
/// <param name="Kind">Town or forest farm.</param>
/// <param name="Score">The score, as given.</param>
/// <param name="Grade">Its grade.</param>
/// <param name="GradeBand">The band it fell in, e.g. <c>[80, 90) → Good</c>.</param>
/// <param name="Consequences">What follows from the grade (and, with a history, accountability); empty for a forest farm.</param>
/// <param name="Accountability">The three-years-in-a-row check as of <paramref name="Year"/> when earlier grades were given, else null.</param>
/// <param name="Provenance">Which parameter version and package version produced it.</param>
public sealed record ScoreAssessment(
    int Year,
    UnitKind Kind,
    decimal Score,
    Grade Grade,
    string GradeBand,
    IReadOnlyList<Consequence> Consequences,
    AccountabilityResult? Accountability,
    Provenance Provenance);

/// <summary>
/// 检查考核评分表 — the scorecard of one unit for one assessment year: all 21 rows, the part subtotals, the total, the grade and its
/// consequences, the bill-like lines and the provenance.
/// Source: 海政发〔2017〕24号 附件2 一、二.
/// </summary>
/// <param name="Unit">The unit's name.</param>
/// <param name="Kind">Town or forest farm.</param>
/// <param name="Year">The assessment year.</param>
/// <param name="Rows">The 21 rows in the sheet's order.</param>
/// <param name="Parts">The part subtotals.</param>
/// <param name="Total">The total score, the sum of the rows' points given (0–100).</param>
/// <param name="MaximumScore">The points available (100).</param>
/// <param name="ComputedTotal">The total without the inspectors' awards (every row full or nothing).</param>
/// <param name="Grade">The grade of <paramref name="Total"/>.</param>
/// <param name="GradeBand">The band the total fell in, e.g. <c>[90, 100] → Excellent</c>.</param>
/// <param name="Consequences">What follows from the grade (and the history, and unfinished targets).</param>
/// <param name="Accountability">The three-years-in-a-row check when a history of grades was given, else null.</param>
/// <param name="SelfReportDue">The unit's written self-report is due on or before this day (附件1 七（二）: 次年3月31日前).</param>
/// <param name="InspectionDue">Inspection, report and notification are due on or before this day (附件1 十: 每年5月底前).</param>
/// <param name="Lines">One line per row and one for the grade, each with arithmetic and citation (amounts are points).</param>
/// <param name="Provenance">Which parameter version and package version produced it.</param>
public sealed record Scorecard(
    string Unit,
    UnitKind Kind,
    int Year,
    IReadOnlyList<RowResult> Rows,
    IReadOnlyList<PartSubtotal> Parts,
    decimal Total,
    decimal MaximumScore,
    decimal ComputedTotal,
    Grade Grade,
    string GradeBand,
    IReadOnlyList<Consequence> Consequences,
    AccountabilityResult? Accountability,
    LocalDate SelfReportDue,
    LocalDate InspectionDue,
    IReadOnlyList<LineItem> Lines,
    Provenance Provenance);

/// <summary>Where the district stands against one target of 通知 二. Source: 海政发〔2017〕24号 通知 二.</summary>
/// <param name="Target">Which target.</param>
/// <param name="Description">The target as printed.</param>
/// <param name="TargetValue">The target figure (percent, m³ or ha).</param>
/// <param name="Actual">The district's figure (coverage and approval rate rounded to 0.01 for display; the status compares exactly).</param>
/// <param name="Unit">The unit of both figures: <c>%</c>, <c>m³</c> or <c>ha</c>.</param>
/// <param name="Status">Reached, not yet reached, or missed.</param>
/// <param name="Remaining">How far from the target (what is left of a cap, for the harvest quota); 0 when reached. Exact, except for the percentages.</param>
/// <param name="Arithmetic">The figures and the comparison.</param>
/// <param name="Citation">The clause of 通知 二.</param>
/// <param name="Note">A note (another figure elsewhere in the gazette), or null.</param>
public sealed record TargetLine(
    DistrictTarget Target,
    string Description,
    decimal TargetValue,
    decimal Actual,
    string Unit,
    TargetStatus Status,
    decimal Remaining,
    string Arithmetic,
    Citation Citation,
    string? Note);

/// <summary>The district's progress against the 2020 targets (通知 二). Source: 海政发〔2017〕24号 通知 二.</summary>
/// <param name="Year">The year of the figures.</param>
/// <param name="TargetYear">The year the end-of-period targets fall due (2020).</param>
/// <param name="Targets">One line per target.</param>
/// <param name="Provenance">Which parameter version and package version produced it.</param>
public sealed record TargetProgress(int Year, int TargetYear, IReadOnlyList<TargetLine> Targets, Provenance Provenance);
