using System.Collections.Generic;
using NodaTime;

namespace Haidian.Rules.CultivatedLand;

/// <summary>
/// One line of an indicator, readable as a clerk's check: the figures with their unit, the comparison, the outcome, the exact
/// area shortfall and the clause. Source: 海政办发〔2017〕38号 二.
/// </summary>
/// <remarks>Immutable.</remarks>
/// <param name="Subject">What the line is about, e.g. <c>耕地保有量</c> or <c>O1</c>.</param>
/// <param name="Outcome">Met, not met, not required, not assessed or reported.</param>
/// <param name="Shortfall">The exact area shortfall, <c>max(0, required − given)</c>; 0 when the area suffices, even where the line fails on quality.</param>
/// <param name="Arithmetic">The figures and comparison, e.g. <c>1,249.99 亩 ≥ 1,250.00 亩? no → not met, short 0.01 亩</c>.</param>
/// <param name="Citation">The clause.</param>
public sealed record IndicatorLine(string Subject, LineOutcome Outcome, decimal Shortfall, string Arithmetic, Citation Citation);

/// <summary>One indicator of 二: its kind, whether it is met, its total shortfall and its lines. Source: 海政办发〔2017〕38号 二.</summary>
/// <remarks>Immutable.</remarks>
/// <param name="Number">1–6 as in the spec's table.</param>
/// <param name="Indicator">Which indicator.</param>
/// <param name="Name">Its name as printed, e.g. <c>耕地保有量</c>.</param>
/// <param name="Kind">达标指标 (pass) or 参照指标 (reference).</param>
/// <param name="Met">Whether it is met (no line not met); null for the survey data, which has no standard.</param>
/// <param name="Shortfall">The sum of the lines' area shortfalls (the aggregate shortfall under <see cref="BalanceBasis.AggregateArea"/>).</param>
/// <param name="Lines">The lines.</param>
/// <param name="Citation">The clause that states the standard.</param>
public sealed record IndicatorResult(int Number, LandIndicator Indicator, string Name, IndicatorKind Kind, bool? Met, decimal Shortfall, IReadOnlyList<IndicatorLine> Lines, Citation Citation);

/// <summary>
/// The illegal cases in figures (reference indicator 5): number of cases, area by land type, cases handled (all four steps) and open.
/// Source: 海政办发〔2017〕38号 二（四）.
/// </summary>
/// <remarks>Immutable.</remarks>
/// <param name="Cases">Number of cases.</param>
/// <param name="Area">Their total area.</param>
/// <param name="CultivatedArea">Of it, 耕地.</param>
/// <param name="BasicFarmlandArea">Of it, 基本农田.</param>
/// <param name="Handled">Cases with all four steps done.</param>
/// <param name="Open">Cases with a step missing.</param>
public sealed record IllegalCaseSummary(int Cases, decimal Area, decimal CultivatedArea, decimal BasicFarmlandArea, int Handled, int Open);

/// <summary>The change-survey figures beside the verified 耕地保有量 (reference indicator 6). Source: 海政办发〔2017〕38号 二.</summary>
/// <remarks>Immutable.</remarks>
/// <param name="SurveyCultivatedArea">The survey's 耕地面积, or null when not given.</param>
/// <param name="VerifiedCultivatedArea">The verified 耕地保有量 of the record.</param>
/// <param name="Difference">Survey minus verified (signed), or null when the survey figure is not given.</param>
/// <param name="EcologicalRetirementArea">生态退耕面积, or null when not given.</param>
public sealed record SurveyComparison(decimal? SurveyCultivatedArea, decimal VerifiedCultivatedArea, decimal? Difference, decimal? EcologicalRetirementArea);

/// <summary>
/// 预警 — an unmet pass indicator in an annual inspection (三（二） 「作出预警分析」). Not a finding and has no severity (R3); the
/// warning analysis itself is the district's. Source: 海政办发〔2017〕38号 三（二）.
/// </summary>
/// <remarks>Immutable.</remarks>
/// <param name="Indicator">The unmet indicator.</param>
/// <param name="Message">What is short, e.g. <c>耕地保有量 short 0.01 亩</c>.</param>
/// <param name="Shortfall">The indicator's area shortfall.</param>
/// <param name="Citation">三（二）.</param>
public sealed record IndicatorWarning(LandIndicator Indicator, string Message, decimal Shortfall, Citation Citation);

/// <summary>A consequence of a period assessment (五), with its clause. Source: 海政办发〔2017〕38号 五.</summary>
/// <remarks>Immutable.</remarks>
/// <param name="Kind">What follows.</param>
/// <param name="Description">In words, with the quoted clause.</param>
/// <param name="Citation">The clause of 五.</param>
public sealed record LandConsequence(LandConsequenceKind Kind, string Description, Citation Citation);

/// <summary>
/// A due date of 三（一）（二) for a performance year, computed by the Deadlines module's rules. Source: 海政办发〔2017〕38号 三（一）（二）.
/// </summary>
/// <remarks>Immutable.</remarks>
/// <param name="Duty">What is due, e.g. <c>self-check reported to the district (三（一）)</c>.</param>
/// <param name="Date">The date the text gives (15 February or 10 April of the next year).</param>
/// <param name="LastDay">The last day to act: <paramref name="Date"/>, or the moved day where the Deadlines parameters move fixed dates off rest days.</param>
/// <param name="BeforeIssue">True when the date is before the measure was issued (2017-08-17): shown as the text would give it, not a due date; no lateness can arise from it.</param>
/// <param name="FallsOnRestDay">Whether <paramref name="LastDay"/> is a rest day; null when unknown (no holiday schedule for that year).</param>
/// <param name="Note">The day as the calendar describes it, e.g. <c>2021-02-15 Mon, 春节 day off (国办发明电〔2020〕27号 …)</c>.</param>
/// <param name="Citation">The clause.</param>
public sealed record LandDueDate(string Duty, LocalDate Date, LocalDate LastDay, bool BeforeIssue, bool? FallsOnRestDay, string Note, Citation Citation);

/// <summary>A performance year's five-year period (三 「自2016年起，每5年为一个考核期」). Source: 海政办发〔2017〕38号 三.</summary>
/// <remarks>Immutable.</remarks>
/// <param name="Index">k = 0, 1, 2, … (2016–2020 is 0).</param>
/// <param name="FirstYear">Its first performance year.</param>
/// <param name="LastYear">Its last performance year.</param>
/// <param name="MidTermYear">Its 期中 year.</param>
/// <param name="EndOfTermYear">Its 期末 year.</param>
public sealed record AssessmentPeriod(int Index, int FirstYear, int LastYear, int MidTermYear, int EndOfTermYear);

/// <summary>Something listed with its clause: a duty not checked, or an item the text leaves to the district. Source: 海政办发〔2017〕38号.</summary>
/// <remarks>Immutable.</remarks>
/// <param name="Text">What it is, in words.</param>
/// <param name="Citation">The clause.</param>
public sealed record ListedItem(string Text, Citation Citation);

/// <summary>The calendar of one performance year: its period, its role, and the due dates of 三（一）（二）. Source: 海政办发〔2017〕38号 三.</summary>
/// <remarks>Immutable.</remarks>
/// <param name="Year">The performance year.</param>
/// <param name="Period">Its period.</param>
/// <param name="Role">期中, 期末 or annual.</param>
/// <param name="DueDates">Self-check and inspection due dates (in the next year).</param>
/// <param name="Obligations">Duties of the year that have no date (四 monitoring data in an assessment year; the full assessment of 三（三）).</param>
/// <param name="Provenance">Parameter and package versions.</param>
public sealed record LandCalendarYear(int Year, AssessmentPeriod Period, AssessmentRole Role, IReadOnlyList<LandDueDate> DueDates, IReadOnlyList<ListedItem> Obligations, Provenance Provenance);

/// <summary>
/// 耕地保护责任目标考核 — the result for one unit and performance year: the six indicators, the kind of assessment and its verdict
/// (period assessments only), warnings (annual inspections), findings, consequences, due dates and what is not computed.
/// Source: 海政办发〔2017〕38号 二、三、五.
/// </summary>
/// <remarks>Immutable.</remarks>
/// <param name="Unit">The unit's name.</param>
/// <param name="UnitType">Town, village or state farm.</param>
/// <param name="Year">The performance year.</param>
/// <param name="AreaUnit">The unit of every area.</param>
/// <param name="Kind">Period assessment, annual inspection or indicators only.</param>
/// <param name="Role">期中, 期末 or annual.</param>
/// <param name="Period">The year's five-year period.</param>
/// <param name="Verdict">合格 or 不合格 for a period assessment; null otherwise.</param>
/// <param name="VerdictText">The verdict in Chinese (<c>合格</c> / <c>不合格</c>), or null.</param>
/// <param name="Indicators">The six indicators, 1–6.</param>
/// <param name="IllegalCases">Reference indicator 5 in figures, or null when no cases were given.</param>
/// <param name="Survey">Reference indicator 6 in figures, or null when no survey was given.</param>
/// <param name="Warnings">Unmet pass indicators of an annual inspection (预警); empty otherwise.</param>
/// <param name="Findings">Violations: open illegal cases (<c>illegalCaseOpen</c>, 二（四）) and a late self-check (<c>selfCheckLate</c>, 三（一）).</param>
/// <param name="Consequences">What follows from a period assessment (五); empty otherwise.</param>
/// <param name="DueDates">The due dates of 三（一）（二） for the year that apply to the unit type.</param>
/// <param name="Obligations">Duties listed without a date.</param>
/// <param name="NotComputed">What the text leaves to the district and the library does not compute.</param>
/// <param name="Provenance">Parameter and package versions.</param>
public sealed record CultivatedLandResult(
    string Unit,
    AssessedUnitType UnitType,
    int Year,
    AreaUnit AreaUnit,
    AssessmentKind Kind,
    AssessmentRole Role,
    AssessmentPeriod Period,
    AssessmentVerdict? Verdict,
    string? VerdictText,
    IReadOnlyList<IndicatorResult> Indicators,
    IllegalCaseSummary? IllegalCases,
    SurveyComparison? Survey,
    IReadOnlyList<IndicatorWarning> Warnings,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<LandConsequence> Consequences,
    IReadOnlyList<LandDueDate> DueDates,
    IReadOnlyList<ListedItem> Obligations,
    IReadOnlyList<ListedItem> NotComputed,
    Provenance Provenance);

/// <summary>Whether a project's 农用地转用 / 土地征收 approval is suspended on a day, with the reason and clause. Source: 海政办发〔2017〕38号 五（三）.</summary>
/// <remarks>Immutable.</remarks>
/// <param name="ProjectId">The project.</param>
/// <param name="Day">The day asked about.</param>
/// <param name="Suspended">True when suspended on <paramref name="Day"/>.</param>
/// <param name="UnderRectification">True when the unit is subject to rectification (a 不合格 period assessment of a sanctioned unit type) and <paramref name="Day"/> lies in [ordered, completed].</param>
/// <param name="Exempt">True when the project is exempt (category, approver and act all qualify).</param>
/// <param name="DaysOverdue">Calendar days past the rectification deadline while still not complete, or null.</param>
/// <param name="Reasons">The steps of the answer, one line each, with the figures and the clause.</param>
/// <param name="Citation">五（三）.</param>
/// <param name="Provenance">Parameter and package versions.</param>
public sealed record SuspensionAnswer(string ProjectId, LocalDate Day, bool Suspended, bool UnderRectification, bool Exempt, int? DaysOverdue, IReadOnlyList<ListedItem> Reasons, Citation Citation, Provenance Provenance);
