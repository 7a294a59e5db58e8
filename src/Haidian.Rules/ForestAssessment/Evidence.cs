using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Haidian.Rules.ForestAssessment;

/// <summary>Item (1) 森林发展和保护资金投入 — funding. Source: 海政发〔2017〕24号 附件2 一（二）.</summary>
public sealed record FundingEvidence
{
    /// <summary>有固定的投入 — the unit has fixed funding for forest development and protection. Without it the row scores 0 (「无资金投入为0分」).</summary>
    [JsonRequired]
    public bool HasFixedFunding { get; init; }

    /// <summary>严格按照批复使用资金 — the funds were used strictly as approved.</summary>
    [JsonRequired]
    public bool UsedAsApproved { get; init; }
}

/// <summary>Items (2) and (3) — organisation, team and equipment. Source: 海政发〔2017〕24号 附件2 一（二）.</summary>
public sealed record OrganisationEvidence
{
    /// <summary>Row 2a: 成立了森林资源保护管理机构 — a forest-protection management body is established.</summary>
    [JsonRequired]
    public bool ManagementBodyEstablished { get; init; }

    /// <summary>Row 2b: 森林管护责任得到落实 — management responsibility is assigned.</summary>
    [JsonRequired]
    public bool ResponsibilityAssigned { get; init; }

    /// <summary>Row 3a: 建立了森林资源管护队伍 — a protection team exists.</summary>
    [JsonRequired]
    public bool ProtectionTeamEstablished { get; init; }

    /// <summary>Row 3b: 配备专业的森林资源管理设备，并有专人维护 — professional equipment with a dedicated maintainer.</summary>
    [JsonRequired]
    public bool EquipmentWithMaintainer { get; init; }
}

/// <summary>Item (4) 严格执行森林采伐管理制度 — harvest control. Volumes in cubic metres (立方米). Source: 海政发〔2017〕24号 附件2 一（二）.</summary>
public sealed record HarvestEvidence
{
    /// <summary>实际林木采伐量 — the volume actually harvested this year, m³.</summary>
    [JsonRequired]
    public decimal ActualVolume { get; init; }

    /// <summary>发证林木采伐量 — the volume covered by harvest permits, m³ (the numerator of 采伐发证率, 附件2 一（三）4).</summary>
    [JsonRequired]
    public decimal PermittedVolume { get; init; }

    /// <summary>采伐限额 — the unit's harvest quota for the year, m³.</summary>
    [JsonRequired]
    public decimal QuotaVolume { get; init; }

    /// <summary>乱砍滥伐 — cases of illegal logging found this year.</summary>
    [JsonRequired]
    public int IllegalLoggingCases { get; init; }
}

/// <summary>Item (5) 严格林地保护 and item (8) — forest land. Areas in hectares (公顷). Source: 海政发〔2017〕24号 附件2 一（二）.</summary>
public sealed record ForestLandEvidence
{
    /// <summary>实际占用林地总面积 — forest land actually occupied this year (temporary occupation included), ha.</summary>
    [JsonRequired]
    public decimal OccupiedArea { get; init; }

    /// <summary>
    /// Of <see cref="OccupiedArea"/>, the area examined or approved by 市园林绿化局 or 国家林业局 (temporary occupation included), ha
    /// (附件2 一（三）5 注).
    /// </summary>
    [JsonRequired]
    public decimal ApprovedByMunicipalOrStateArea { get; init; }

    /// <summary>Of <see cref="OccupiedArea"/>, temporary occupation approved by 区园林绿化局, ha (附件2 一（三）5 注). Other district approvals do not count.</summary>
    [JsonRequired]
    public decimal TemporaryApprovedByDistrictArea { get; init; }

    /// <summary>违法使用林地案件 — cases of illegal forest-land use this year.</summary>
    [JsonRequired]
    public int IllegalUseCases { get; init; }

    /// <summary>Of <see cref="IllegalUseCases"/>, the cases handled lawfully (依法处理).</summary>
    [JsonRequired]
    public int IllegalUseCasesHandled { get; init; }

    /// <summary>林地面积 — the forest-land area within the unit this year, ha (all 林地, not only 有林地).</summary>
    [JsonRequired]
    public decimal ForestLandArea { get; init; }

    /// <summary>林地面积 — the forest-land area last year, ha.</summary>
    [JsonRequired]
    public decimal ForestLandAreaLastYear { get; init; }

    /// <summary>Row 8: 按照林地保护利用规划对森林资源进行科学合理利用 — use follows the forest-land protection and use plan.</summary>
    [JsonRequired]
    public bool UseFollowsProtectionPlan { get; init; }
}

/// <summary>
/// Items (6) and (7) — the forest-resource monitoring figures (森林资源动态监测) of this year and last year. Areas in hectares,
/// stock in cubic metres.
/// Source: 海政发〔2017〕24号 附件2 一（二）.
/// </summary>
public sealed record ResourceEvidence
{
    /// <summary>森林蓄积量 — growing stock this year, m³.</summary>
    [JsonRequired]
    public decimal GrowingStock { get; init; }

    /// <summary>森林蓄积量 — growing stock last year, m³.</summary>
    [JsonRequired]
    public decimal GrowingStockLastYear { get; init; }

    /// <summary>有林地面积 — forested land this year, ha, including contiguous forest of 1 亩 or more on non-forest land (附件2 一（三）1 注).</summary>
    [JsonRequired]
    public decimal ForestedArea { get; init; }

    /// <summary>国家特别规定灌木林面积 — shrub land designated by the state this year, ha.</summary>
    [JsonRequired]
    public decimal SpecialShrubArea { get; init; }

    /// <summary>土地总面积 — the unit's total land area this year, ha; must be above 0.</summary>
    [JsonRequired]
    public decimal TotalLandArea { get; init; }

    /// <summary>有林地面积 — forested land last year, ha.</summary>
    [JsonRequired]
    public decimal ForestedAreaLastYear { get; init; }

    /// <summary>国家特别规定灌木林面积 — designated shrub land last year, ha.</summary>
    [JsonRequired]
    public decimal SpecialShrubAreaLastYear { get; init; }

    /// <summary>土地总面积 — total land area last year, ha; must be above 0.</summary>
    [JsonRequired]
    public decimal TotalLandAreaLastYear { get; init; }
}

/// <summary>Item (9) 林权纠纷调处 — forest-right disputes, counted in cases (宗). Source: 海政发〔2017〕24号 附件2 一（二）.</summary>
public sealed record DisputeEvidence
{
    /// <summary>上年度积案宗数 — cases left over from last year.</summary>
    [JsonRequired]
    public int Backlog { get; init; }

    /// <summary>本年度新发生案件宗数 — new cases this year.</summary>
    [JsonRequired]
    public int New { get; init; }

    /// <summary>年度林权争议纠纷调处宗数 — cases resolved this year (协商解决、政府裁决、法院判决); at most backlog + new.</summary>
    [JsonRequired]
    public int Resolved { get; init; }
}

/// <summary>Item (10) 生态公益林管护 — public-welfare (ecological) forest. Areas in hectares. Source: 海政发〔2017〕24号 附件2 一（二）.</summary>
public sealed record PublicWelfareForestEvidence
{
    /// <summary>生态公益林保有面积 — the public-welfare forest retained, ha (0: the unit has none).</summary>
    [JsonRequired]
    public decimal RetainedArea { get; init; }

    /// <summary>生态公益林管护面积 — the public-welfare forest under management, ha; at most the retained area.</summary>
    [JsonRequired]
    public decimal ManagedArea { get; init; }
}

/// <summary>Item (12) row 12a — new afforestation (人工造林). Areas in hectares. Source: 海政发〔2017〕24号 附件2 一（二）.</summary>
public sealed record AfforestationEvidence
{
    /// <summary>新造林按照计划实施 — new afforestation was carried out as planned.</summary>
    [JsonRequired]
    public bool CarriedOutAsPlanned { get; init; }

    /// <summary>人工造林任务量 — the afforestation task, ha (0: no task).</summary>
    [JsonRequired]
    public decimal TaskArea { get; init; }

    /// <summary>完成人工造林面积 — the area afforested, ha.</summary>
    [JsonRequired]
    public decimal CompletedArea { get; init; }

    /// <summary>人工造林合格面积 — the afforested area that passed inspection, ha; at most the completed area.</summary>
    [JsonRequired]
    public decimal QualifiedArea { get; init; }
}

/// <summary>Item (12) row 12b — regeneration of cut-over land (迹地更新). Areas in hectares. Source: 海政发〔2017〕24号 附件2 一（二）.</summary>
public sealed record RegenerationEvidence
{
    /// <summary>应当更新的总件数 — the regeneration cases (件) due.</summary>
    [JsonRequired]
    public int CasesDue { get; init; }

    /// <summary>实际更新件数 — the cases actually regenerated.</summary>
    [JsonRequired]
    public int CasesRegenerated { get; init; }

    /// <summary>上年度积存迹地总面积 — cut-over land left over from last year, ha.</summary>
    [JsonRequired]
    public decimal BacklogArea { get; init; }

    /// <summary>
    /// 上年度积存迹地更新核实完成面积 — of <see cref="BacklogArea"/>, the area verified as regenerated, ha: artificial, natural and
    /// assisted natural regeneration count only where survival is 85% or more, and this year's regeneration is excluded
    /// (附件2 一（三）6 注). The surveyor applies that rule; the figure entered is the qualifying area.
    /// </summary>
    [JsonRequired]
    public decimal BacklogVerifiedArea { get; init; }

    /// <summary>更新总面积 — the area regenerated, ha.</summary>
    [JsonRequired]
    public decimal RegeneratedArea { get; init; }

    /// <summary>更新合格面积 — the regenerated area that passed inspection, ha; at most the regenerated area.</summary>
    [JsonRequired]
    public decimal QualifiedArea { get; init; }
}

/// <summary>Item (13) 森林抚育 — tending. Areas in hectares. Source: 海政发〔2017〕24号 附件2 一（二）.</summary>
public sealed record TendingEvidence
{
    /// <summary>森林抚育任务量 — the tending task, ha (0: no task).</summary>
    [JsonRequired]
    public decimal TaskArea { get; init; }

    /// <summary>完成森林抚育合格面积 — the tended area that passed inspection, ha.</summary>
    [JsonRequired]
    public decimal QualifiedArea { get; init; }
}

/// <summary>Item (14) 植被恢复 — vegetation restoration (占一还一: restore at least as much as was occupied). Areas in hectares. Source: 海政发〔2017〕24号 附件2 一（二）.</summary>
public sealed record RestorationEvidence
{
    /// <summary>The occupied area that must be restored, ha (0: no restoration task, 「无植被恢复任务不扣分」).</summary>
    [JsonRequired]
    public decimal OccupiedArea { get; init; }

    /// <summary>The area restored, ha.</summary>
    [JsonRequired]
    public decimal RestoredArea { get; init; }
}

/// <summary>
/// An inspector's score for one row in place of the computed full-or-nothing score (the sheet's 「得分」 column): any value
/// from 0 to the row's points, with the written reason. The result shows both the computed verdict and this award.
/// Source: 海政发〔2017〕24号 附件2 一（二）.
/// </summary>
/// <param name="Row">The row.</param>
/// <param name="Points">The points awarded, 0 to the row's points, at most two decimals.</param>
/// <param name="Reason">Why the inspector departs from the computed score (required).</param>
public sealed record InspectorAward(ScorecardRow Row, decimal Points, string Reason);

/// <summary>
/// 检查考核证据 — a town's or forest farm's evidence for one assessment year, grouped as the scoring sheet's items
/// (附件2 一（二）). Booleans are the inspectors' findings; areas are hectares, volumes cubic metres, counts cases.
/// Source: 海政发〔2017〕24号 附件2 一（一）、一（二）.
/// </summary>
/// <remarks>Immutable. Build with an object initializer; unset findings are false and unset figures 0. In JSON every finding and
/// figure is required (spec 07 C1: a sheet with an item left out is unfinished, never read as "not met" or 0): an omitted group or
/// field is reported as <c>required</c> at its path. Only <see cref="TargetTasksNotCompleted"/> (default false) and
/// <see cref="Awards"/> (default none) are optional.</remarks>
public sealed record ForestEvidence
{
    /// <summary>The unit's name, e.g. <c>苏家坨镇</c> or <c>西山试验林场</c>.</summary>
    [JsonRequired]
    public string Unit { get; init; } = string.Empty;

    /// <summary>Town (镇) or forest farm (林场).</summary>
    [JsonRequired]
    public UnitKind Kind { get; init; }

    /// <summary>The assessment year (the year the evidence describes), 2016–2020 for the gazette.</summary>
    [JsonRequired]
    public int Year { get; init; }

    /// <summary>Item (1) 森林发展和保护资金投入 — funding evidence (row 1).</summary>
    [JsonRequired]
    public FundingEvidence Funding { get; init; } = new();

    /// <summary>Items (2) 森林资源保护管理机构建立和责任落实 and (3) 森林资源保护管理队伍建设和设备配备 — organisation, team and equipment evidence.</summary>
    [JsonRequired]
    public OrganisationEvidence Organisation { get; init; } = new();

    /// <summary>Item (4) 严格执行森林采伐管理制度 — harvest-control evidence, cubic metres.</summary>
    [JsonRequired]
    public HarvestEvidence Harvest { get; init; } = new();

    /// <summary>Items (5) 严格林地保护 and (8) — forest-land evidence, hectares.</summary>
    [JsonRequired]
    public ForestLandEvidence ForestLand { get; init; } = new();

    /// <summary>Items (6) and (7) — forest-resource monitoring figures (森林资源动态监测) of this and last year.</summary>
    [JsonRequired]
    public ResourceEvidence Resources { get; init; } = new();

    /// <summary>Item (9) 林权纠纷调处 — forest-right dispute evidence, in cases (宗).</summary>
    [JsonRequired]
    public DisputeEvidence Disputes { get; init; } = new();

    /// <summary>Item (10) 生态公益林管护 — public-welfare forest evidence, hectares.</summary>
    [JsonRequired]
    public PublicWelfareForestEvidence PublicWelfareForest { get; init; } = new();

    /// <summary>Item (11): 完成森林经营方案编制 — the forest management plan is compiled.</summary>
    [JsonRequired]
    public bool ManagementPlanCompiled { get; init; }

    /// <summary>Item (12) row 12a 人工造林 — afforestation evidence, hectares.</summary>
    [JsonRequired]
    public AfforestationEvidence Afforestation { get; init; } = new();

    /// <summary>Item (12) row 12b 迹地更新 — regeneration evidence, hectares.</summary>
    [JsonRequired]
    public RegenerationEvidence Regeneration { get; init; } = new();

    /// <summary>Item (13) 森林抚育 — tending evidence, hectares.</summary>
    [JsonRequired]
    public TendingEvidence Tending { get; init; } = new();

    /// <summary>Item (14) 植被恢复 — vegetation-restoration evidence (占一还一), hectares.</summary>
    [JsonRequired]
    public RestorationEvidence Restoration { get; init; } = new();

    /// <summary>
    /// 未完成目标任务 — the unit did not complete the target tasks of its responsibility letter (目标管理责任书). Whatever its
    /// grade it is then criticised and held accountable (通知 三（二）「对工作落实不力、未完成目标任务的单位，予以通报批评并问责」).
    /// Optional; default false (the targets were completed: no 三（二） consequence).
    /// </summary>
    public bool TargetTasksNotCompleted { get; init; }

    /// <summary>Inspectors' awards that replace computed row scores, at most one per row. Optional; default none (null is read as none).</summary>
    public IReadOnlyList<InspectorAward> Awards { get; init; } = Array.Empty<InspectorAward>();
}

/// <summary>A unit's grade in one assessment year, for the three-years-in-a-row accountability rule (附件2 二). Source: 海政发〔2017〕24号 附件2 二.</summary>
/// <param name="Year">The assessment year.</param>
/// <param name="Grade">The grade of that year.</param>
public sealed record YearGrade(int Year, Grade Grade);

/// <summary>
/// The district's position for the target view (通知 二): this year's monitoring figures and the totals accumulated since the
/// start of the period. Areas in hectares, volumes in cubic metres.
/// Source: 海政发〔2017〕24号 通知 二.
/// </summary>
public sealed record DistrictStatus
{
    /// <summary>The year the figures describe (2016–2020 for the gazette's period; later years are read against the 2020 targets).</summary>
    [JsonRequired]
    public int Year { get; init; }

    /// <summary>有林地面积 — forested land, ha (contiguous forest of 1 亩 or more on non-forest land included).</summary>
    [JsonRequired]
    public decimal ForestedArea { get; init; }

    /// <summary>国家特别规定灌木林面积 — designated shrub land, ha.</summary>
    [JsonRequired]
    public decimal SpecialShrubArea { get; init; }

    /// <summary>土地总面积 — the district's total land area, ha; must be above 0.</summary>
    [JsonRequired]
    public decimal TotalLandArea { get; init; }

    /// <summary>森林蓄积量 — growing stock, m³.</summary>
    [JsonRequired]
    public decimal GrowingStock { get; init; }

    /// <summary>林地保有量 — forest land retained, ha.</summary>
    [JsonRequired]
    public decimal ForestLandArea { get; init; }

    /// <summary>森林资源生长量 — this year's growth of the growing stock, m³.</summary>
    [JsonRequired]
    public decimal AnnualGrowth { get; init; }

    /// <summary>森林资源消耗量 — this year's consumption of the growing stock, m³.</summary>
    [JsonRequired]
    public decimal AnnualConsumption { get; init; }

    /// <summary>森林采伐总消耗量 — harvest accumulated from the period's first year through <see cref="Year"/>, m³.</summary>
    [JsonRequired]
    public decimal HarvestSincePeriodStart { get; init; }

    /// <summary>林木抚育 — tending accumulated from the period's first year through <see cref="Year"/>, ha.</summary>
    [JsonRequired]
    public decimal TendingSincePeriodStart { get; init; }

    /// <summary>征占用林地 — forest land occupied in the period, ha.</summary>
    [JsonRequired]
    public decimal OccupiedArea { get; init; }

    /// <summary>Of <see cref="OccupiedArea"/>, the area lawfully examined or approved, ha.</summary>
    [JsonRequired]
    public decimal ApprovedOccupiedArea { get; init; }
}
