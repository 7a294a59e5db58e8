using System.Collections.Generic;
using NodaTime;

namespace Haidian.Rules.CultivatedLand;

/// <summary>The unit held to a responsibility letter (考核对象). Source: 海政办发〔2017〕38号 二.</summary>
/// <remarks>Immutable.</remarks>
/// <param name="Name">The unit's name, e.g. <c>上庄镇</c>; required.</param>
/// <param name="Type">Town, village or state farm; required.</param>
public sealed record AssessedUnit(string Name, AssessedUnitType Type);

/// <summary>A target of the year's 《责任书》 and the verified figure (二（一）（二）, 三（三）). Areas in the assessment's <see cref="AreaUnit"/>. Source: 海政办发〔2017〕38号 二（一）（二）.</summary>
/// <remarks>Immutable.</remarks>
/// <param name="Target">The 考核指标 of the year's 《责任书》; ≥ 0; required.</param>
/// <param name="Actual">The unit's figure for the year as verified by 国土海淀分局 (三（三）); ≥ 0; required.</param>
public sealed record AreaTarget(decimal Target, decimal Actual);

/// <summary>
/// The grade scale of the quality data (「等级」, 三（三）): the text names no standard, so the caller gives the scale (R6).
/// Two different integers in either order: <c>{best 1, worst 15}</c> or <c>{best 10, worst 1}</c>.
/// Source: 海政办发〔2017〕38号 三（三）.
/// </summary>
/// <remarks>Immutable.</remarks>
/// <param name="BestGrade">The best grade of the scale; required.</param>
/// <param name="WorstGrade">The worst grade; required; differs from <paramref name="BestGrade"/>.</param>
public sealed record QualityScale(int BestGrade, int WorstGrade);

/// <summary>
/// One approved occupation of 耕地 by a non-agricultural construction project and what was supplemented and redesignated for it
/// (二（三） 「非农建设项目经依法批准占用耕地和基本农田后，补充耕地和基本农田的面积与质量不得低于已占用的面积和质量」). A mixed-grade
/// occupation or supplement is given as several records, one grade each (R6). Areas in the assessment's unit.
/// Source: 海政办发〔2017〕38号 二（三）.
/// </summary>
/// <remarks>Immutable.</remarks>
/// <param name="Id">The project or approval reference; required; unique among the occupations.</param>
/// <param name="ApprovedOn">The approval date; required; on or before 31 December of the year assessed.</param>
/// <param name="OccupiedArea">耕地 occupied, 基本农田 included; &gt; 0; required.</param>
/// <param name="OccupiedGrade">The grade of the occupied 耕地 on the caller's scale; required.</param>
/// <param name="SupplementedArea">补充耕地 area; ≥ 0; required (0 when none).</param>
/// <param name="SupplementedGrade">The grade of the supplement; required when <paramref name="SupplementedArea"/> &gt; 0; may be left out (null) when it is 0.</param>
/// <param name="OccupiedBasicFarmlandArea">The part of <paramref name="OccupiedArea"/> that was 基本农田; 0 ≤ part ≤ occupied; required (0 when none).</param>
/// <param name="OccupiedBasicFarmlandGrade">Its grade; required when the part is &gt; 0; may be left out (null) when it is 0.</param>
/// <param name="RedesignatedArea">补划基本农田 area; ≥ 0; required (0 when none).</param>
/// <param name="RedesignatedGrade">Its grade; required when <paramref name="RedesignatedArea"/> &gt; 0; may be left out (null) when it is 0.</param>
public sealed record Occupation(
    string Id,
    LocalDate ApprovedOn,
    decimal OccupiedArea,
    int OccupiedGrade,
    decimal SupplementedArea,
    int? SupplementedGrade,
    decimal OccupiedBasicFarmlandArea,
    int? OccupiedBasicFarmlandGrade,
    decimal RedesignatedArea,
    int? RedesignatedGrade);

/// <summary>
/// One illegal occupation of 耕地 or 基本农田 for non-agricultural construction in the year, and the four steps of 二（四）
/// (「应立即查处，责令改正，拆除违法建筑物和其他设施，恢复原种植条件」). Every field is required (07 C1).
/// Source: 海政办发〔2017〕38号 二（四）.
/// </summary>
/// <remarks>Immutable.</remarks>
/// <param name="Id">The case reference; unique among the cases.</param>
/// <param name="LandType">耕地 or 基本农田.</param>
/// <param name="Area">The area occupied; &gt; 0, in the assessment's unit.</param>
/// <param name="Investigated">查处 — investigated and dealt with.</param>
/// <param name="CorrectionOrdered">责令改正 — correction ordered.</param>
/// <param name="StructuresRemoved">拆除违法建筑物和其他设施 — the illegal structures removed (true also when there were none).</param>
/// <param name="PlantingRestored">恢复原种植条件 — the original planting conditions restored.</param>
public sealed record IllegalCase(
    string Id,
    IllegalLandType LandType,
    decimal Area,
    bool Investigated,
    bool CorrectionOrdered,
    bool StructuresRemoved,
    bool PlantingRestored);

/// <summary>
/// 年度土地利用变更调查 — the annual land-use change survey figures for the unit (a reference indicator, 二 L3734). Each field is optional.
/// Source: 海政办发〔2017〕38号 二.
/// </summary>
/// <remarks>Immutable.</remarks>
/// <param name="CultivatedArea">The survey's 耕地面积; ≥ 0. Optional; null when not given (nothing is compared).</param>
/// <param name="EcologicalRetirementArea">生态退耕面积; ≥ 0. Optional; null when not given. Reported only: targets are never adjusted (R9).</param>
public sealed record LandSurvey(decimal? CultivatedArea = null, decimal? EcologicalRetirementArea = null);

/// <summary>
/// 耕地保护责任目标履行情况 — a unit's record for one performance year: the targets of its 《责任书》 and the verified figures, the approved
/// occupations the assessment verifies, and the reference data. Every area is in <paramref name="AreaUnit"/>.
/// Source: 海政办发〔2017〕38号 一、二、三.
/// </summary>
/// <remarks>Immutable.</remarks>
/// <param name="Unit">The unit assessed; required.</param>
/// <param name="Year">The performance year assessed (考核年度); 2016 or later (earlier: not in force), at most 9997.</param>
/// <param name="AreaUnit">亩 or 公顷, the unit of the 《责任书》; required, no default (the text names none).</param>
/// <param name="CultivatedLand">耕地保有量: target and verified actual; required.</param>
/// <param name="BasicFarmland">基本农田保护面积: target and verified actual; required.</param>
/// <param name="QualityScale">The grade scale; required when <paramref name="Occupations"/> is not empty (no default, R6); may be left out (null) when it is empty.</param>
/// <param name="Occupations">The approved occupations the assessment verifies (R8); required; an empty list means none in the year.</param>
/// <param name="IllegalCases">The year's illegal occupations (reference indicator). Optional; null when not given (the indicator says "not given").</param>
/// <param name="Survey">The change-survey figures (reference indicator). Optional; null when not given.</param>
/// <param name="SelfCheckReportedOn">The day a town or state farm reported its self-check of <paramref name="Year"/> to the district (三（一）). Optional; null: timeliness not checked.</param>
/// <param name="Outstanding">The district's finding of 成绩突出 (五（二）): a decision, never inferred. Optional; null: not given (a 合格 town or village is then "eligible, subject to the finding").</param>
public sealed record CultivatedLandRecord(
    AssessedUnit Unit,
    int Year,
    AreaUnit AreaUnit,
    AreaTarget CultivatedLand,
    AreaTarget BasicFarmland,
    QualityScale? QualityScale,
    IReadOnlyList<Occupation> Occupations,
    IReadOnlyList<IllegalCase>? IllegalCases = null,
    LandSurvey? Survey = null,
    LocalDate? SelfCheckReportedOn = null,
    bool? Outstanding = null);

/// <summary>The unit's assessment result for a performance year, as the suspension query takes it. Source: 海政办发〔2017〕38号 五（三）.</summary>
/// <remarks>Immutable.</remarks>
/// <param name="UnitType">Town, village or state farm; required.</param>
/// <param name="Year">The performance year assessed; whether it is an assessment year is worked out from the calendar.</param>
/// <param name="Verdict">The verdict of the period assessment. Optional; null when the year had no verdict (an annual inspection). A verdict for a year that is not an assessment year is inconsistent.</param>
public sealed record AssessmentOutcome(AssessedUnitType UnitType, int Year, AssessmentVerdict? Verdict = null);

/// <summary>责令限期整改 — the rectification ordered after a failed assessment (五（三）). Source: 海政办发〔2017〕38号 五（三）.</summary>
/// <remarks>Immutable.</remarks>
/// <param name="OrderedOn">The day rectification was ordered; required; after the assessed year (R1).</param>
/// <param name="Deadline">The time limit the district set (「限期」, no default). Optional; null when not given (no overdue check).</param>
/// <param name="CompletedOn">The day rectification was confirmed complete. Optional; null while it is still running (R12).</param>
public sealed record Rectification(LocalDate OrderedOn, LocalDate? Deadline = null, LocalDate? CompletedOn = null);

/// <summary>A non-agricultural construction project whose 农用地转用 / 土地征收 approval is asked about (五（三）). Source: 海政办发〔2017〕38号 五（三）.</summary>
/// <remarks>Immutable.</remarks>
/// <param name="Id">The project reference; required.</param>
/// <param name="InfrastructureCategory">Energy, transport, water conservancy, other infrastructure, or none (the caller's classification); required.</param>
/// <param name="ApprovalAuthority">Who approved it; required.</param>
/// <param name="ApprovalAct">审批, 核准, 备案 or none; required.</param>
public sealed record LandProject(string Id, InfrastructureCategory InfrastructureCategory, ApprovalAuthority ApprovalAuthority, ApprovalAct ApprovalAct);

/// <summary>
/// Is a project's 农用地转用 / 土地征收 approval suspended on a day (五（三） 「整改期间…暂停其他非农建设项目的农用地转用和土地征收审批」)?
/// Source: 海政办发〔2017〕38号 五（三）.
/// </summary>
/// <remarks>Immutable.</remarks>
/// <param name="Result">The unit's assessment result; required.</param>
/// <param name="Rectification">The rectification ordered. Optional; null when no order is recorded (then nothing is suspended).</param>
/// <param name="Project">The project; required.</param>
/// <param name="Day">The day D asked about; required.</param>
public sealed record SuspensionQuery(AssessmentOutcome Result, Rectification? Rectification, LandProject Project, LocalDate Day);
