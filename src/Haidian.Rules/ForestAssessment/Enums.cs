using System.Text.Json.Serialization;

namespace Haidian.Rules.ForestAssessment;

/// <summary>被检查单位 — the kind of unit assessed (附件2 序言: 「各镇及辖区林场」). Source: 海政发〔2017〕24号 附件2 序言.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<UnitKind>))]
public enum UnitKind
{
    /// <summary>镇 — a town; the consequences of 附件2 二 (commendation, criticism, rectification, accountability) name towns.</summary>
    Town = 0,

    /// <summary>林场 — a forest farm within the district; graded, but the consequences of 附件2 二 name towns only.</summary>
    ForestFarm = 1,
}

/// <summary>
/// 评分结果等级 — the grade of a score (附件2 二). The numeric order is the order of merit
/// (<see cref="Poor"/> lowest), so "a higher score never gives a lower grade" can be stated as <c>≥</c>.
/// Source: 海政发〔2017〕24号 附件2 二.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<Grade>))]
public enum Grade
{
    /// <summary>差 — poor: below 60 points (gazette default).</summary>
    Poor = 0,

    /// <summary>中等 — fair: 60 up to (not including) 80 points.</summary>
    Fair = 1,

    /// <summary>良好 — good: 80 up to (not including) 90 points.</summary>
    Good = 2,

    /// <summary>优秀 — excellent: 90 points or more.</summary>
    Excellent = 3,
}

/// <summary>
/// The 21 rows of the scoring sheet (附件2 一（二）), in the sheet's order. Each row carries its points and
/// criterion in <see cref="ForestAssessmentParameters.Rows"/>; the spec labels are given in brackets.
/// Source: 海政发〔2017〕24号 附件2 一（二）.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<ScorecardRow>))]
public enum ScorecardRow
{
    /// <summary>[1] 森林发展和保护资金投入 — fixed funding, used as approved (no funding → 0).</summary>
    Funding = 0,

    /// <summary>[2a] 成立了森林资源保护管理机构 — a forest-protection management body is established.</summary>
    ManagementBody = 1,

    /// <summary>[2b] 森林管护责任得到落实 — management responsibility is assigned.</summary>
    ManagementResponsibility = 2,

    /// <summary>[3a] 建立了森林资源管护队伍 — a protection team exists.</summary>
    ProtectionTeam = 3,

    /// <summary>[3b] 配备专业的森林资源管理设备，并有专人维护 — professional equipment with a dedicated maintainer.</summary>
    Equipment = 4,

    /// <summary>[4a] 林木采伐量与审核批准量一致 — every cubic metre harvested was permitted (采伐发证率 100%).</summary>
    HarvestPermitted = 5,

    /// <summary>[4b] 无超限额采伐现象 — no harvest over the quota.</summary>
    HarvestWithinQuota = 6,

    /// <summary>[4c] 无乱砍滥伐现象 — no illegal logging.</summary>
    NoIllegalLogging = 7,

    /// <summary>[5a] 占用林地审核率 100% — every occupied hectare approved.</summary>
    OccupiedLandApproval = 8,

    /// <summary>[5b] 无违法使用林地案件发生，或依法处理违法使用林地案件 — no illegal forest-land use, or every case handled lawfully.</summary>
    IllegalLandUse = 9,

    /// <summary>[5c] 辖区内林地面积稳定增加 — forest-land area grew.</summary>
    ForestLandGrowth = 10,

    /// <summary>[6] 森林蓄积总量稳定增长 — growing stock grew.</summary>
    GrowingStockGrowth = 11,

    /// <summary>[7] 森林覆盖率稳定增长 — forest coverage grew.</summary>
    CoverageGrowth = 12,

    /// <summary>[8] 按照林地保护利用规划对森林资源进行科学合理利用 — use follows the forest-land protection plan.</summary>
    RationalUse = 13,

    /// <summary>[9] 林权纠纷调处率达80%以上 — dispute resolution rate at least 80%.</summary>
    DisputeResolution = 14,

    /// <summary>[10] 生态公益林管护率达100% — public-welfare forest management rate 100%.</summary>
    PublicWelfareForest = 15,

    /// <summary>[11] 完成森林经营方案编制 — forest management plan compiled.</summary>
    ManagementPlan = 16,

    /// <summary>[12a] 新造林按照计划实施，人工造林完成率、合格率均达85%以上 — afforestation as planned, both rates at least 85%.</summary>
    Afforestation = 17,

    /// <summary>[12b] 迹地更新率、更新核实率和更新合格率均达到100% — regeneration, verification and qualification rates all 100%.</summary>
    Regeneration = 18,

    /// <summary>[13] 抚育任务完成率100%以上 — tending completion rate at least 100%.</summary>
    Tending = 19,

    /// <summary>[14] 植被恢复达到占一还一的要求 — vegetation restored at least as much as was occupied.</summary>
    VegetationRestoration = 20,
}

/// <summary>The computed verdict of a scoring row, before any inspector's award. Source: 海政发〔2017〕24号 附件2 一（二）.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RowVerdict>))]
public enum RowVerdict
{
    /// <summary>达标 — the evidence meets the row's criterion: full points.</summary>
    Met = 0,

    /// <summary>未达标 — the evidence does not meet the criterion: 0 points.</summary>
    NotMet = 1,

    /// <summary>
    /// 无任务 — nothing was owed (no task, no disputes, nothing occupied or harvested…): full points. The text says so
    /// for rows 12b and 14 (「无…任务不扣分」); for the other rate rows it is this library's reading.
    /// </summary>
    NoTask = 2,
}

/// <summary>A consequence of an assessment (附件2 二; 通知 三（二）). Source: 海政发〔2017〕24号 附件2 二；通知 三（二）.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ConsequenceKind>))]
public enum ConsequenceKind
{
    /// <summary>通报表扬 — public commendation of a town graded 优秀.</summary>
    PublicCommendation = 0,

    /// <summary>通报批评 — public criticism of a town graded 差.</summary>
    PublicCriticism = 1,

    /// <summary>认真整改，并提交书面报告 — the criticised town rectifies and submits a written report.</summary>
    RectificationReport = 2,

    /// <summary>启动相关问责机制 — accountability starts: the town was graded 差 in three consecutive assessment years.</summary>
    Accountability = 3,

    /// <summary>
    /// 通报批评并问责 — criticism and accountability of any unit (town or forest farm) that did not complete its target
    /// tasks, whatever its grade (通知 三（二）).
    /// </summary>
    TargetsNotCompleted = 4,
}

/// <summary>The district's targets for the end of the 十三五 period (通知 二). Source: 海政发〔2017〕24号 通知 二（一）至（三）.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DistrictTarget>))]
public enum DistrictTarget
{
    /// <summary>森林覆盖率达到35.78% — forest coverage.</summary>
    Coverage = 0,

    /// <summary>森林蓄积量达到74.89万立方米 — growing stock.</summary>
    GrowingStock = 1,

    /// <summary>林地保有量增加到17200公顷 — forest land retained.</summary>
    ForestLand = 2,

    /// <summary>森林资源生长量大于消耗量 — growth greater than consumption.</summary>
    GrowthExceedsConsumption = 3,

    /// <summary>森林采伐总消耗量不突破采伐限额指标15400立方米 — total harvest 2016–2020 within the quota.</summary>
    HarvestWithinQuota = 4,

    /// <summary>征占用林地审核率达到100% — occupied-land approval rate.</summary>
    OccupiedLandApproval = 5,

    /// <summary>完成林木抚育1000公顷 — tending completed.</summary>
    Tending = 6,
}

/// <summary>Where the district stands against one target of the end of the 十三五 period: reached, not yet reached, or missed. Source: 海政发〔2017〕24号 通知 二.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TargetStatus>))]
public enum TargetStatus
{
    /// <summary>Reached (or, for a cap, still within it).</summary>
    Reached = 0,

    /// <summary>Not reached yet, and the target year has not ended.</summary>
    NotYetReached = 1,

    /// <summary>Missed: not reached in the target year, or a cap already exceeded, or a yearly condition broken.</summary>
    Missed = 2,
}
