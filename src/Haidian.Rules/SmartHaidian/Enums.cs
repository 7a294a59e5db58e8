using System.Text.Json.Serialization;

namespace Haidian.Rules.SmartHaidian;

/// <summary>What kind of project it is (第三条). Source: 海政发〔2017〕21号 第三条.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ProjectType>))]
public enum ProjectType
{
    /// <summary>信息化项目 — an informatisation project of the kinds 第三条 lists (infrastructure, data, systems, upgrades, leases).</summary>
    Informatisation = 0,

    /// <summary>办公类硬件设备采购项目 — office hardware purchase: 「不包括办公类硬件设备采购项目」, out of scope.</summary>
    OfficeHardwarePurchase = 1,
}

/// <summary>Who drafted the preliminary design (项目初步设计方案, 第十四条第一款). Source: 海政发〔2017〕21号 第十四条.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Drafter>))]
public enum Drafter
{
    /// <summary>项目建设单位自行编制 — the construction unit itself.</summary>
    Self = 0,

    /// <summary>A third party (a consulting or design unit).</summary>
    ThirdParty = 1,
}

/// <summary>The kind of a designer's or post-evaluator's qualification certificate (资格证书). Source: 海政发〔2017〕21号 第十四条第一款、第三十五条.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CertificateType>))]
public enum CertificateType
{
    /// <summary>工程咨询单位资格证书 — engineering consulting.</summary>
    EngineeringConsulting = 0,

    /// <summary>工程设计单位资格证书 — engineering design.</summary>
    EngineeringDesign = 1,

    /// <summary>Any other certificate.</summary>
    Other = 2,
}

/// <summary>The kind of a supervisor's qualification certificate (资质证书). Source: 海政发〔2017〕21号 第十四条第二款.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SupervisorCertificateType>))]
public enum SupervisorCertificateType
{
    /// <summary>信息工程监理单位资质证书 — information engineering supervision.</summary>
    InformationEngineeringSupervision = 0,

    /// <summary>Any other certificate.</summary>
    Other = 1,
}

/// <summary>
/// A qualification grade. 「乙级及以上」 is <see cref="ClassA"/> or <see cref="ClassB"/> (R18; a comprehensive 综合 qualification is given as
/// <see cref="ClassA"/>). Source: 海政发〔2017〕21号 第十四条、第三十五条.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<QualificationGrade>))]
public enum QualificationGrade
{
    /// <summary>甲级 — grade A (the highest).</summary>
    ClassA = 0,

    /// <summary>乙级 — grade B.</summary>
    ClassB = 1,

    /// <summary>丙级 — grade C.</summary>
    ClassC = 2,

    /// <summary>丁级 — grade D.</summary>
    ClassD = 3,

    /// <summary>No grade.</summary>
    None = 4,
}

/// <summary>The outcome of the office's technical review (技术评审) of a design version. Source: 海政发〔2017〕21号 第十二条.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ReviewResult>))]
public enum ReviewResult
{
    /// <summary>通过技术评审 — passed.</summary>
    Passed = 0,

    /// <summary>不符合要求 — failed (a revision may follow).</summary>
    Failed = 1,

    /// <summary>Not yet reviewed.</summary>
    Pending = 2,
}

/// <summary>The category of a project in the draft construction list (第十四条第三款). Source: 海政发〔2017〕21号 第十四条、第十七条.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ListCategory>))]
public enum ListCategory
{
    /// <summary>计划项目 — a planned project.</summary>
    Planned = 0,

    /// <summary>备选项目 — an alternate project (may be promoted to a formal project by the end of July, 第十七条).</summary>
    Alternate = 1,
}

/// <summary>Where a draft-list entry's money comes from (资金来源, 第十四条第三款). Source: 海政发〔2017〕21号 第十四条第三款.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FundingSource>))]
public enum FundingSource
{
    /// <summary>智慧海淀项目专项资金 — the special fund.</summary>
    SpecialFund = 0,

    /// <summary>其他资金来源 — other funds.</summary>
    Other = 1,
}

/// <summary>What a project adjustment changes (第十七条、第二十四条). Source: 海政发〔2017〕21号 第十七条、第二十四条.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AdjustmentKind>))]
public enum AdjustmentKind
{
    /// <summary>建设内容调整 — the construction content.</summary>
    Content = 0,

    /// <summary>预算调整 — the budget.</summary>
    Budget = 1,
}

/// <summary>The kind of a project contract (第二十三条 「设计合同、建设合同、监理合同、第三方测评合同等」). Source: 海政发〔2017〕21号 第二十三条.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ContractKind>))]
public enum ContractKind
{
    /// <summary>设计合同 — design.</summary>
    Design = 0,

    /// <summary>建设合同 — construction (signing one triggers the supervision rule, R25).</summary>
    Construction = 1,

    /// <summary>监理合同 — supervision.</summary>
    Supervision = 2,

    /// <summary>第三方测评合同 — third-party testing.</summary>
    ThirdPartyTesting = 3,

    /// <summary>Any other contract.</summary>
    Other = 4,
}

/// <summary>A component of the deepened design (深化设计方案, 第二十二条). Source: 海政发〔2017〕21号 第二十二条.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DeepenedDesignComponent>))]
public enum DeepenedDesignComponent
{
    /// <summary>项目实施计划 — implementation plan.</summary>
    ImplementationPlan = 0,

    /// <summary>实施方案 — implementation scheme.</summary>
    ImplementationScheme = 1,

    /// <summary>项目初步设计的变更说明 — statement of changes to the preliminary design.</summary>
    DesignChangeStatement = 2,

    /// <summary>系统测试方案 — system test plan.</summary>
    TestPlan = 3,

    /// <summary>系统验收方案 — system acceptance plan.</summary>
    AcceptancePlan = 4,
}

/// <summary>A member of the preliminary-acceptance committee other than the experts (第二十八条). Source: 海政发〔2017〕21号 第二十八条.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CommitteeRole>))]
public enum CommitteeRole
{
    /// <summary>本单位技术主管 — the unit's technical lead.</summary>
    TechnicalLead = 0,

    /// <summary>系统使用者代表 — representatives of the system's users.</summary>
    UserRepresentatives = 1,

    /// <summary>财务人员 — finance staff.</summary>
    FinanceStaff = 2,

    /// <summary>承建单位 — the contractor.</summary>
    Contractor = 3,

    /// <summary>监理单位 — the supervisor (owed only when one is engaged).</summary>
    Supervisor = 4,
}

/// <summary>A document the contractor must prepare during the trial operation (第二十九条). Source: 海政发〔2017〕21号 第二十九条.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ContractorDocument>))]
public enum ContractorDocument
{
    /// <summary>系统维护方案 — maintenance plan.</summary>
    MaintenancePlan = 0,

    /// <summary>培训计划 — training plan.</summary>
    TrainingPlan = 1,

    /// <summary>培训教材 — training materials.</summary>
    TrainingMaterials = 2,
}

/// <summary>Who organised the final acceptance (竣工验收, 第二十七条、第三十条、第三十一条). Source: 海政发〔2017〕21号 第二十七条、第三十条、第三十一条.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AcceptanceOrganiser>))]
public enum AcceptanceOrganiser
{
    /// <summary>智慧海淀办公室 — the smart-Haidian office.</summary>
    Office = 0,

    /// <summary>项目建设单位 — the construction unit.</summary>
    Unit = 1,

    /// <summary>购买服务单位 — the unit purchasing the service (purchased-service projects only, 第三十一条).</summary>
    PurchasingUnit = 2,
}

/// <summary>Who owes the duty a finding is about. Source: 海政发〔2017〕21号 (each finding names its article).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Party>))]
public enum Party
{
    /// <summary>项目建设单位 — the construction unit.</summary>
    Unit = 0,

    /// <summary>智慧海淀办公室 — the smart-Haidian office (「办公室设在区经信办」, 第五条).</summary>
    Office = 1,

    /// <summary>承建单位 — the contractor.</summary>
    Contractor = 2,

    /// <summary>购买服务单位 — the purchasing unit as organiser of a purchased service's final acceptance.</summary>
    PurchasingUnit = 3,

    /// <summary>The unit and the office together: the text names no one (第十七条 「原则上纳入财政调整预算」).</summary>
    UnitAndOffice = 4,
}

/// <summary>Whether the measure governs the project (第二条、第三条、第四十一条). Source: 海政发〔2017〕21号 第二条、第三条、第四十一条.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ProjectScope>))]
public enum ProjectScope
{
    /// <summary>Governed by the measure.</summary>
    InScope = 0,

    /// <summary>A smart-education project: 「应按照《海淀区智慧教育建设项目管理办法》管理实施，并参照本办法执行」 (第四十一条); checked, each finding also citing 第四十一条.</summary>
    ByReference = 1,

    /// <summary>Office hardware purchase: 「不包括办公类硬件设备采购项目」 (第三条); nothing is checked.</summary>
    OutOfScope = 2,
}

/// <summary>Whether the office still accepts the project's design (第十二条 「经过两次修改仍不符合要求的，智慧海淀办公室将不再受理」). Source: 海政发〔2017〕21号 第十二条.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ProjectStatus>))]
public enum ProjectStatus
{
    /// <summary>Open.</summary>
    Open = 0,

    /// <summary>不再受理 — closed: the last allowed revision failed.</summary>
    Closed = 1,
}

/// <summary>The status of one dated step of the record. Source: 海政发〔2017〕21号 (each step names its article); periods counted per 《中华人民共和国民法典》第二百零一条至第二百零三条.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<StepStatus>))]
public enum StepStatus
{
    /// <summary>Done on or before its last day (or, for a minimum, on or after its earliest day).</summary>
    OnTime = 0,

    /// <summary>Done after its last day: a violation, with the working days or calendar days late.</summary>
    Late = 1,

    /// <summary>Not done; the last day is not yet past (or a minimum not yet run): no finding.</summary>
    Pending = 2,

    /// <summary>Not done; the last day is past: a violation.</summary>
    Overdue = 3,

    /// <summary>The trigger is not recorded.</summary>
    NotTriggered = 4,

    /// <summary>A step the emergency path of 第十八条 replaces (R16).</summary>
    NotApplicable = 5,

    /// <summary>The trigger is before the measure was in force (2017-06-21; R15): 海政发〔2014〕36号 applied.</summary>
    NotChecked = 6,

    /// <summary>A minimum duration that has run but fell short; the step gives the days short.</summary>
    Short = 7,

    /// <summary>Recorded before the step that must precede it (e.g. kick-off before approval).</summary>
    OutOfOrder = 8,
}

/// <summary>Which budget the supervision rule reads (R1). Source: 海政发〔2017〕21号 第十三条、第十四条第二款.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SupervisionBudgetBasis>))]
public enum SupervisionBudgetBasis
{
    /// <summary>The budget approved after the finance bureau's funds review when given, else the declared budget (default).</summary>
    ApprovedElseDeclared = 0,

    /// <summary>Always the declared budget of the preliminary design.</summary>
    Declared = 1,
}
