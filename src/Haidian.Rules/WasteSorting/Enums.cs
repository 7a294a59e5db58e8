using System.Text.Json.Serialization;

namespace Haidian.Rules.WasteSorting;

/// <summary>The waste stream a weighing ticket of the district sanitation centre (区环卫中心) records. Source: 海政办发〔2017〕46号 二（二）3.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<WasteStream>))]
public enum WasteStream
{
    /// <summary>厨余垃圾 — household kitchen waste (附件1: 居民家庭中产生的易腐食物垃圾); the stream paid per tonne.</summary>
    Kitchen = 0,

    /// <summary>其他垃圾 — other waste (附件1: everything but recyclables, kitchen waste, restaurant food waste and hazardous waste).</summary>
    Other = 1,
}

/// <summary>Where the sorting is run: a residential estate (居住小区) or a village (村庄). Source: 海政办发〔2017〕46号 二（二）3、二（二）4.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SiteKind>))]
public enum SiteKind
{
    /// <summary>居住小区 — a residential estate; an accepted one is a 垃圾分类达标小区 (二（二）3).</summary>
    ResidentialEstate = 0,

    /// <summary>村庄 — a village; an accepted one is a 垃圾分类达标村庄 (二（二）4 and 附件3 一 4.2). Its claims are flagged, never paid silently.</summary>
    Village = 1,
}

/// <summary>Who runs the sorting and signs the service agreement (《海淀区垃圾分类运行管理服务协议》). Source: 海政办发〔2017〕46号 二（二）3.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<OperatorKind>))]
public enum OperatorKind
{
    /// <summary>物业单位 — the estate's property-management company; a payee named by 二（二）3.</summary>
    PropertyCompany = 0,

    /// <summary>专业公司 — the professional company a street/town hires for an old estate without a property company; a payee named by 二（二）3.</summary>
    ProfessionalCompany = 1,

    /// <summary>村委会 — a village committee (二（二）4); not a payee the text names, so its claims are flagged.</summary>
    VillageCommittee = 2,
}

/// <summary>Which test of the collection base (厨余垃圾收集基量) applied. Source: 海政办发〔2017〕46号 二（二）3「厨余垃圾收集基量（厨余垃圾分出率5%以上）」.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<BaseBasis>))]
public enum BaseBasis
{
    /// <summary>The agreement fixes a base tonnage (the primary test: a 收集基量 is a quantity).</summary>
    AgreedTonnage = 0,

    /// <summary>No base tonnage agreed: the separation rate 分出率 against 5% (厨余垃圾分出率5%以上).</summary>
    SeparationRate = 1,
}

/// <summary>The verdict of a month's collection-base assessment (<see cref="BaseAssessment"/>). Source: 海政办发〔2017〕46号 二（二）3.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<BaseVerdict>))]
public enum BaseVerdict
{
    /// <summary>The base is met (以上: the base itself counts as met).</summary>
    Met = 0,

    /// <summary>Below the base; the assessment states the shortfall.</summary>
    Below = 1,

    /// <summary>Nothing was weighed, so the separation rate cannot be computed.</summary>
    NotAssessable = 2,
}

/// <summary>Why an estate-month is paid what it is paid. Source: 海政办发〔2017〕46号 二（二）3、二（二）4.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SubsidyStatus>))]
public enum SubsidyStatus
{
    /// <summary>Paid: 1,700 yuan × kitchen tonnes.</summary>
    Payable = 0,

    /// <summary>Not an accepted sorting-standard estate (达标小区): nothing is paid whatever the tonnage.</summary>
    NotAccepted = 1,

    /// <summary>No kitchen waste was weighed in the month (no tickets counted, or only other waste): 0 with the reason (spec 07 K-d, kept).</summary>
    NoKitchenWaste = 2,

    /// <summary>A village claim, or a payee the text does not name, in an accepted estate with kitchen waste: the amount is flagged for a decision, not paid (<see cref="EstateMonthResult.Flags"/> lists the flags whatever the status).</summary>
    FlaggedForDecision = 3,

    /// <summary>Below the collection base and the agreement opts in to withholding (its 支付方式): nothing is paid this month.</summary>
    WithheldBelowBase = 4,
}

/// <summary>厨余垃圾分类模式 — the kitchen-waste sorting model an estate chose (二（二）3). Source: 海政办发〔2017〕46号 二（二）3.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CollectionMode>))]
public enum CollectionMode
{
    /// <summary>厨余垃圾集中投放 — a centralized drop-off station per 400 households, staffed at fixed hours.</summary>
    CentralizedStation = 0,

    /// <summary>厨余垃圾分散收集 — dispersed bin stations, one per 80 to 100 households.</summary>
    DispersedBinStations = 1,
}

/// <summary>The state of a one-time construction subsidy claim: audited (payable), awaiting the audit, or not an accepted sorting-standard estate. Source: 海政办发〔2017〕46号 二（二）3「补贴资金以审计结果为准」.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ConstructionStatus>))]
public enum ConstructionStatus
{
    /// <summary>Audited: the subsidy is the audited amount (补贴资金以审计结果为准).</summary>
    Payable = 0,

    /// <summary>No audit result yet: nothing is payable until the street/town's audit reports.</summary>
    AwaitingAudit = 1,

    /// <summary>The estate is not an accepted sorting-standard estate: no subsidy.</summary>
    NotAccepted = 2,
}
