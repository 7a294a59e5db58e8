using System.Text.Json.Serialization;

namespace Haidian.Rules.CultivatedLand;

/// <summary>
/// 考核对象 — the kind of unit held to a cultivated-land responsibility letter (二 「各相关镇、村、国有农场」).
/// Source: 海政办发〔2017〕38号 二、三.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<AssessedUnitType>))]
public enum AssessedUnitType
{
    /// <summary>镇 — a town government; self-checks (三（一）), is inspected (三（二）), may be commended (五（二）) and sanctioned (五（一）（三）).</summary>
    Town = 0,

    /// <summary>村 — a village (村委会, 一 「镇政府与村委会也应签订相应的年度责任书」); assessed in assessment years (R16), commendable (五（二）), never sanctioned.</summary>
    Village = 1,

    /// <summary>国有农场 — a state farm; self-checks, is inspected and sanctioned, but 五（二） names only 镇、村 (R13).</summary>
    StateFarm = 2,
}

/// <summary>
/// The area unit of an assessment: the text names none (neither 亩 nor 公顷 occurs in the measure), so it is the
/// responsibility letter's and a required caller input. The library never converts units.
/// Source: 海政办发〔2017〕38号 一 (《责任书》).
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<AreaUnit>))]
public enum AreaUnit
{
    /// <summary>亩 — mu.</summary>
    Mu = 0,

    /// <summary>公顷 — hectare.</summary>
    Hectare = 1,
}

/// <summary>The land an illegal construction occupied (二（四） 「违法占用耕地和基本农田」). Source: 海政办发〔2017〕38号 二（四）.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<IllegalLandType>))]
public enum IllegalLandType
{
    /// <summary>耕地 — cultivated land (not 基本农田).</summary>
    Cultivated = 0,

    /// <summary>基本农田 — basic farmland.</summary>
    BasicFarmland = 1,
}

/// <summary>The six indicators of 二 (four pass indicators and two reference indicators, L3734). Source: 海政办发〔2017〕38号 二.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<LandIndicator>))]
public enum LandIndicator
{
    /// <summary>1 耕地保有量 — cultivated land retained ≥ the letter's target (二（一）).</summary>
    CultivatedLandRetention = 1,

    /// <summary>2 基本农田保护面积 — basic farmland protected ≥ the letter's target (二（二）).</summary>
    BasicFarmlandProtection = 2,

    /// <summary>3 耕地占补平衡 — supplemented 耕地 not less than occupied, in area and quality (二（三）).</summary>
    OccupationBalance = 3,

    /// <summary>4 基本农田补划 — redesignated 基本农田 not less than the 基本农田 occupied, in area and quality (二（三）).</summary>
    BasicFarmlandRedesignation = 4,

    /// <summary>5 违法用地查处情况 — handling of illegal occupations (二（四）); a reference indicator by default.</summary>
    IllegalCaseHandling = 5,

    /// <summary>6 变更调查数据 — the annual land-use change survey figures (二 L3734); always a reference indicator.</summary>
    SurveyData = 6,
}

/// <summary>达标指标 or 参照指标 (二 L3734). Source: 海政办发〔2017〕38号 二.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<IndicatorKind>))]
public enum IndicatorKind
{
    /// <summary>考核达标指标 — decides the verdict.</summary>
    Pass = 0,

    /// <summary>考核参照指标 — reported, never changes the verdict.</summary>
    Reference = 1,
}

/// <summary>The outcome of one line of an indicator. Source: 海政办发〔2017〕38号 二.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<LineOutcome>))]
public enum LineOutcome
{
    /// <summary>The standard is met (不得低于: equal is met).</summary>
    Met = 0,

    /// <summary>The standard is not met (area short, or a worse grade, or an open illegal case).</summary>
    NotMet = 1,

    /// <summary>Nothing was owed (no occupation, no 基本农田 occupied): met by R7; or a redesignation recorded where none was owed.</summary>
    NotRequired = 2,

    /// <summary>Quality not assessed: a record with no supplemented (or redesignated) area under <see cref="BalanceBasis.AggregateArea"/> (R5).</summary>
    NotAssessed = 3,

    /// <summary>A reference figure, reported only.</summary>
    Reported = 4,
}

/// <summary>What kind of assessment a performance year gets (三). Source: 海政办发〔2017〕38号 三.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AssessmentKind>))]
public enum AssessmentKind
{
    /// <summary>期中/期末考核 — the period assessment of an assessment year: a verdict and consequences (三, 五).</summary>
    PeriodAssessment = 0,

    /// <summary>年度检查 — the annual inspection of a town or state farm in another year: warnings, no verdict (三（二）, R3).</summary>
    AnnualInspection = 1,

    /// <summary>A village outside an assessment year: indicators only (三（一）（二） name towns and state farms).</summary>
    IndicatorsOnly = 2,
}

/// <summary>A performance year's role in its five-year period (三 「在每个考核期的期中和期末」). Source: 海政办发〔2017〕38号 三.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AssessmentRole>))]
public enum AssessmentRole
{
    /// <summary>期中 — the period's mid-term year (its third year by default, R2).</summary>
    MidTerm = 0,

    /// <summary>期末 — the period's last year.</summary>
    EndOfTerm = 1,

    /// <summary>Any other year: annual self-check and inspection only.</summary>
    Annual = 2,
}

/// <summary>
/// The verdict of a period assessment. The text names only the failing one, 「考核认定不合格」 (五（三）); 合格 is the library's
/// name for its complement. Source: 海政办发〔2017〕38号 五（三）.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<AssessmentVerdict>))]
public enum AssessmentVerdict
{
    /// <summary>合格 — every pass indicator met.</summary>
    Qualified = 0,

    /// <summary>不合格 — a pass indicator not met.</summary>
    Unqualified = 1,
}

/// <summary>How the area test of indicators 3 and 4 is applied (R5). Source: 海政办发〔2017〕38号 二（三）.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<BalanceBasis>))]
public enum BalanceBasis
{
    /// <summary>Each approved occupation is matched by its own supplement (default).</summary>
    PerOccupation = 0,

    /// <summary>The year's total supplemented area against the total occupied area; quality stays per occupation.</summary>
    AggregateArea = 1,
}

/// <summary>A project's infrastructure category for the exemption of 五（三） (「能源、交通、水利等基础设施建设项目」). Source: 海政办发〔2017〕38号 五（三）.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<InfrastructureCategory>))]
public enum InfrastructureCategory
{
    /// <summary>能源 — energy.</summary>
    Energy = 0,

    /// <summary>交通 — transport.</summary>
    Transport = 1,

    /// <summary>水利 — water conservancy.</summary>
    WaterConservancy = 2,

    /// <summary>Other infrastructure (「等」 read as an open list, R10), e.g. a telecom backbone; the caller classifies.</summary>
    OtherInfrastructure = 3,

    /// <summary>Not infrastructure (a commercial complex, housing…).</summary>
    None = 4,
}

/// <summary>Who approved a project (五（三） 「国务院、国务院有关部门和市有关部门」). Source: 海政办发〔2017〕38号 五（三）.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ApprovalAuthority>))]
public enum ApprovalAuthority
{
    /// <summary>国务院 — the State Council.</summary>
    StateCouncil = 0,

    /// <summary>国务院有关部门 — a State Council department.</summary>
    StateCouncilDepartment = 1,

    /// <summary>市有关部门 — a Beijing municipal department (the municipal government itself counts here, R11).</summary>
    MunicipalDepartment = 2,

    /// <summary>A district authority: never exempt.</summary>
    District = 3,

    /// <summary>Anyone else: never exempt.</summary>
    Other = 4,
}

/// <summary>The act by which a project was authorised (五（三） 「审批、核准」). Source: 海政办发〔2017〕38号 五（三）.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ApprovalAct>))]
public enum ApprovalAct
{
    /// <summary>审批 — approved.</summary>
    Approved = 0,

    /// <summary>核准 — ratified.</summary>
    Ratified = 1,

    /// <summary>备案 — filed only: not exempt (R11).</summary>
    Filed = 2,

    /// <summary>No approval act.</summary>
    None = 3,
}

/// <summary>What follows from a period assessment (五). Source: 海政办发〔2017〕38号 五.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<LandConsequenceKind>))]
public enum LandConsequenceKind
{
    /// <summary>五（一）: the result enters the 经济社会实绩考核评价 and the 领导干部离任审计 (towns and state farms).</summary>
    ResultRecorded = 0,

    /// <summary>五（二）: eligible for 表彰 and priority, subject to the district's finding of 成绩突出 (not given).</summary>
    CommendationEligible = 1,

    /// <summary>五（二）: 表彰 — commendation (the district found 成绩突出).</summary>
    Commendation = 2,

    /// <summary>五（二）: priority in the 年度利用计划指标 and the 土地供应计划指标.</summary>
    QuotaPriority = 3,

    /// <summary>五（三）: 责令限期整改 — rectification within a time limit the district sets.</summary>
    Rectification = 4,

    /// <summary>五（三）: during rectification, 农用地转用 and 土地征收 approvals of non-exempt projects are suspended.</summary>
    ApprovalSuspension = 5,

    /// <summary>五（三）: the supervisory authority (监察部门) deals with the persons responsible (listed, not computed).</summary>
    DisciplinaryAction = 6,
}
