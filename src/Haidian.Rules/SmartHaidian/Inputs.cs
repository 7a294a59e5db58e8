using System.Collections.Generic;
using NodaTime;

namespace Haidian.Rules.SmartHaidian;

/// <summary>The project's budget, yuan (预算资金). Source: 海政发〔2017〕21号 第十三条、第十四条.</summary>
/// <param name="Declared">预算资金 in the preliminary design, yuan, not negative. Required. The designer rule reads it (R1).</param>
/// <param name="Approved">The budget after the finance bureau's funds review (第十三条), yuan, not negative; null when not yet reviewed. The supervision rule reads it when given (R1).</param>
public sealed record ProjectBudget(decimal Declared, decimal? Approved = null);

/// <summary>A designer's or post-evaluator's qualification certificate. Source: 海政发〔2017〕21号 第十四条第一款、第三十五条.</summary>
/// <param name="Type">工程咨询, 工程设计 or another certificate.</param>
/// <param name="Grade">The grade (甲级 … 丁级, or none).</param>
/// <param name="TelecomInformationSpecialty">Whether the certificate covers the 通信信息专业 specialty.</param>
public sealed record Certificate(CertificateType Type, QualificationGrade Grade, bool TelecomInformationSpecialty);

/// <summary>One version of the preliminary design submitted to the office's technical review (第十二条). Source: 海政发〔2017〕21号 第十二条.</summary>
/// <param name="SubmittedOn">The day it was submitted (报送).</param>
/// <param name="ReviewedOn">The day of the review's outcome; required when <paramref name="Result"/> is passed or failed, absent while pending.</param>
/// <param name="Result">Passed, failed or pending.</param>
public sealed record DesignVersion(LocalDate SubmittedOn, LocalDate? ReviewedOn, ReviewResult Result);

/// <summary>The preliminary design (项目初步设计方案) and its versions. Source: 海政发〔2017〕21号 第十二条、第十四条第一款.</summary>
/// <param name="Drafter">Who drafted it.</param>
/// <param name="DrafterCertificate">The third-party drafter's certificate; required for <see cref="Drafter.ThirdParty"/>, absent for <see cref="Drafter.Self"/>.</param>
/// <param name="Versions">The versions in order: version 1 is the original, versions 2 and 3 the first and second revisions. May be empty.</param>
public sealed record PreliminaryDesign(Drafter Drafter, Certificate? DrafterCertificate, IReadOnlyList<DesignVersion> Versions);

/// <summary>Where the project sits in 《XXXX年度智慧海淀项目建设库》. Source: 海政发〔2017〕21号 第十二条、第十四条第三款、第十七条.</summary>
/// <param name="Year">The list's year XXXX.</param>
/// <param name="Category">Planned or alternate.</param>
public sealed record DraftListPlacement(int Year, ListCategory Category);

/// <summary>The stopping of construction (第十六条). Source: 海政发〔2017〕21号 第十六条.</summary>
/// <param name="StoppedOn">The day construction stopped (or the stop was decided).</param>
/// <param name="WrittenReasonsOn">The day the unit sent the written reasons to the office, or null.</param>
/// <param name="OfficeConfirmedOn">The day the office confirmed (审核确认), or null.</param>
/// <param name="FiledWithFinanceOn">The day it was filed with the finance bureau (报区财政局备案), or null.</param>
public sealed record ConstructionStop(LocalDate StoppedOn, LocalDate? WrittenReasonsOn = null, LocalDate? OfficeConfirmedOn = null, LocalDate? FiledWithFinanceOn = null);

/// <summary>An adjustment of the construction content or budget (第十七条、第二十四条). Source: 海政发〔2017〕21号 第十七条、第二十四条.</summary>
/// <param name="Kind">Content or budget.</param>
/// <param name="ImplementedOn">The day the adjustment was put into effect.</param>
/// <param name="ReportedOn">The day the adjustment report went to the office and the finance bureau (调整报告), or null when none was sent.</param>
/// <param name="InAdjustedBudget">Whether it was taken into the finance bureau's adjusted budget (纳入财政调整预算). Required.</param>
public sealed record Adjustment(AdjustmentKind Kind, LocalDate ImplementedOn, LocalDate? ReportedOn, bool InAdjustedBudget);

/// <summary>A supervisor's certificate (第十四条第二款). Source: 海政发〔2017〕21号 第十四条第二款.</summary>
/// <param name="Type">信息工程监理 or another certificate.</param>
/// <param name="Grade">The grade.</param>
public sealed record SupervisorCertificate(SupervisorCertificateType Type, QualificationGrade Grade);

/// <summary>Project supervision (项目监理, 第十四条第二款). Source: 海政发〔2017〕21号 第十四条第二款.</summary>
/// <param name="Engaged">Whether a supervisor (监理单位) is engaged. Required.</param>
/// <param name="Certificate">The supervisor's certificate; required when engaged, absent otherwise.</param>
public sealed record Supervision(bool Engaged, SupervisorCertificate? Certificate = null);

/// <summary>A project contract and its filing with the office (第二十三条). Source: 海政发〔2017〕21号 第二十三条.</summary>
/// <param name="Kind">Design, construction, supervision, third-party testing or other.</param>
/// <param name="SignedOn">The day it was signed.</param>
/// <param name="FiledOn">The day it was filed with the office together with the procurement result (备案), or null.</param>
public sealed record ProjectContract(ContractKind Kind, LocalDate SignedOn, LocalDate? FiledOn = null);

/// <summary>The preliminary acceptance (初步验收, 第二十八条). Every member is optional; committee data needs <paramref name="HeldOn"/>. Source: 海政发〔2017〕21号 第二十八条.</summary>
/// <param name="ContractFulfilledOn">The day the project met the contract (满足合同约定), or null.</param>
/// <param name="UsageTestPassedOn">The day it passed the information system usage test (通过信息系统使用测试), or null.</param>
/// <param name="ExpenditureCompliantOn">The day its expenditure was found to comply with the financial rules (经费使用符合财务规定), or null.</param>
/// <param name="HeldOn">The day the review meeting was held (召开项目初验评审会), or null.</param>
/// <param name="Experts">The number of experts on the committee (「3名及以上单数的相关专家」), or null (counted as none).</param>
/// <param name="Members">The other members present (技术主管, 使用者代表, 财务人员, 承建单位, 监理单位), or null (none).</param>
/// <param name="Passed">Whether it passed (通过初验), or null (not recorded: not passed).</param>
/// <param name="OpinionIssued">Whether the experts' opinion 《XXXX项目初步验收专家评审意见》 was issued, or null (not issued).</param>
/// <param name="LeftoverIssuesResolvedOn">The day the contractor finished adjusting the issues left by the acceptance, only when issues were left; else null.</param>
public sealed record PreliminaryAcceptance(
    LocalDate? ContractFulfilledOn = null,
    LocalDate? UsageTestPassedOn = null,
    LocalDate? ExpenditureCompliantOn = null,
    LocalDate? HeldOn = null,
    int? Experts = null,
    IReadOnlyList<CommitteeRole>? Members = null,
    bool? Passed = null,
    bool? OpinionIssued = null,
    LocalDate? LeftoverIssuesResolvedOn = null);

/// <summary>The third-party software test (第二十九条). Source: 海政发〔2017〕21号 第二十九条.</summary>
/// <param name="Cma">The testing body holds the CNCA metrology certification (国家认证认可监督管理委员会计量认证资质). Required.</param>
/// <param name="Cnas">The testing body is CNAS-accredited (中国合格评定国家认可委员会实验室认可). Required.</param>
/// <param name="ReportIssuedOn">The day the test report was issued, or null.</param>
public sealed record ThirdPartyTest(bool Cma, bool Cnas, LocalDate? ReportIssuedOn = null);

/// <summary>The trial operation (系统试运行, 第二十九条). Source: 海政发〔2017〕21号 第二十九条.</summary>
/// <param name="StartedOn">The day it started, or null.</param>
/// <param name="PassedOn">The day it was found satisfactory (试运行合格), or null.</param>
/// <param name="ThirdPartyTest">The third-party software test, or null when none was commissioned.</param>
/// <param name="ContractorDocuments">The documents the contractor prepared, or null (none).</param>
public sealed record TrialOperation(LocalDate? StartedOn = null, LocalDate? PassedOn = null, ThirdPartyTest? ThirdPartyTest = null, IReadOnlyList<ContractorDocument>? ContractorDocuments = null);

/// <summary>The final acceptance (竣工验收, 第三十条、第三十一条). Every member is optional; committee data needs <paramref name="HeldOn"/>. Source: 海政发〔2017〕21号 第二十七条、第三十条、第三十一条.</summary>
/// <param name="ContractualApplicationDate">The day the contract sets for applying for final acceptance (合同约定的时间; a term, may be after the check day), or null.</param>
/// <param name="AppliedOn">The day the application was made, or null.</param>
/// <param name="DeferralRequestedOn">The day a deferral was requested from the office (延期验收申请), or null.</param>
/// <param name="HeldOn">The day the acceptance was held, or null.</param>
/// <param name="Organiser">Who organised it; required when held.</param>
/// <param name="Experts">The number of experts on the committee, or null (none).</param>
/// <param name="SupervisorParticipated">Whether the supervisor took part (监理单位…应参与验收), or null (did not).</param>
/// <param name="Passed">Whether it passed (验收合格), or null (not recorded: not passed).</param>
/// <param name="OpinionIssued">Whether 《XXXX项目竣工验收专家评审意见》 was issued, or null (not issued).</param>
public sealed record FinalAcceptance(
    LocalDate? ContractualApplicationDate = null,
    LocalDate? AppliedOn = null,
    LocalDate? DeferralRequestedOn = null,
    LocalDate? HeldOn = null,
    AcceptanceOrganiser? Organiser = null,
    int? Experts = null,
    bool? SupervisorParticipated = null,
    bool? Passed = null,
    bool? OpinionIssued = null);

/// <summary>The warranty (质保期, 第三十二条). Source: 海政发〔2017〕21号 第三十二条.</summary>
/// <param name="RunsFrom">The event the warranty runs from (a caller input, R14; usually the final acceptance); the day after it is day 1.</param>
/// <param name="EndsOn">The warranty's last day (a term, may be after the check day).</param>
public sealed record Warranty(LocalDate RunsFrom, LocalDate EndsOn);

/// <summary>
/// A smart-Haidian construction project's record (智慧海淀建设项目) as of a day, to check against 海政发〔2017〕21号. An absent date means
/// the step is not (yet) done. Flags are required; the classifications the text leaves to judgment (「重大项目」, 「较简单」,
/// 「购买服务类」) are the caller's and are never inferred.
/// </summary>
/// <param name="AsOf">The day of the check; on or after 2017-06-21. Every event of the record is on or before it.</param>
/// <param name="ProjectType">Informatisation, or office hardware purchase (out of scope, 第三条).</param>
/// <param name="SmartEducation">纳入智慧教育管理范畴 (第四十一条): checked by reference. Required.</param>
/// <param name="Emergency">需要紧急建设的项目 (第十八条): the emergency path. Required.</param>
/// <param name="PurchasedService">购买服务类项目 (第三十条、第三十一条). Required.</param>
/// <param name="Major">重大项目 (第三十条: 「重要信息资源、基础设施、跨部门业务协同、公众利益为主要内容」). Required.</param>
/// <param name="ContentSimple">项目内容较简单 (第十四条). Required.</param>
/// <param name="HasSoftware">The project has a software part (项目软件部分, 第二十九条). Required.</param>
/// <param name="Budget">The budget. Required.</param>
/// <param name="ProposalSubmittedOn">项目建议书 submitted (第十条), or null.</param>
/// <param name="ReservePoolNotifiedOn">Entered the reserve pool and told to prepare the design (第十一条, R22), or null.</param>
/// <param name="Design">The preliminary design, or null when none is recorded.</param>
/// <param name="DraftList">The draft construction list the project is on, or null.</param>
/// <param name="SelectedOn">Selected into the draft list (第十二条), or null.</param>
/// <param name="FundsReviewLetterIssuedOn">《同意XXXX项目进行资金评审的函》 issued by the office, or null.</param>
/// <param name="FundsReviewLetterReceivedOn">The letter received by the unit, or null.</param>
/// <param name="SentToFinanceOn">The letter and design sent to the finance bureau (第十三条), or null.</param>
/// <param name="ListApprovedOn">The list approved by the leading group (领导小组, 第十五条), or null.</param>
/// <param name="KickOffOn">The kick-off meeting (项目启动会, 第十五条), or null.</param>
/// <param name="PromotedToFormalOn">An alternate promoted to a formal project (第十七条), or null; only for an alternate.</param>
/// <param name="EmergencyApprovedOn">The district government's approval of an emergency project (第十八条), or null; only for an emergency project.</param>
/// <param name="ConstructionStartedOn">An emergency project's construction start (启动项目建设工作), or null; only for an emergency project.</param>
/// <param name="Stop">The stopping of construction (第十六条), or null.</param>
/// <param name="Adjustments">Adjustments of content or budget (第十七条、第二十四条), or null (none).</param>
/// <param name="Supervision">Supervision (第十四条第二款), or null (none engaged).</param>
/// <param name="Contracts">The contracts (第二十三条), or null (none).</param>
/// <param name="ProgressReports">The months for which a progress report was sent (按月, 第二十三条), or null (none).</param>
/// <param name="DeepenedDesign">The components of the deepened design (第二十二条), or null when none exists.</param>
/// <param name="Preliminary">The preliminary acceptance (第二十八条), or null.</param>
/// <param name="Trial">The trial operation (第二十九条), or null.</param>
/// <param name="Final">The final acceptance (第三十条、第三十一条), or null.</param>
/// <param name="Warranty">The warranty (第三十二条), or null.</param>
/// <param name="PostEvaluationBody">The certificate of the body entrusted with the post-evaluation (第三十五条), or null when none was entrusted.</param>
public sealed record ProjectRecord(
    LocalDate AsOf,
    ProjectType ProjectType,
    bool SmartEducation,
    bool Emergency,
    bool PurchasedService,
    bool Major,
    bool ContentSimple,
    bool HasSoftware,
    ProjectBudget Budget,
    LocalDate? ProposalSubmittedOn = null,
    LocalDate? ReservePoolNotifiedOn = null,
    PreliminaryDesign? Design = null,
    DraftListPlacement? DraftList = null,
    LocalDate? SelectedOn = null,
    LocalDate? FundsReviewLetterIssuedOn = null,
    LocalDate? FundsReviewLetterReceivedOn = null,
    LocalDate? SentToFinanceOn = null,
    LocalDate? ListApprovedOn = null,
    LocalDate? KickOffOn = null,
    LocalDate? PromotedToFormalOn = null,
    LocalDate? EmergencyApprovedOn = null,
    LocalDate? ConstructionStartedOn = null,
    ConstructionStop? Stop = null,
    IReadOnlyList<Adjustment>? Adjustments = null,
    Supervision? Supervision = null,
    IReadOnlyList<ProjectContract>? Contracts = null,
    IReadOnlyList<YearMonth>? ProgressReports = null,
    IReadOnlyList<DeepenedDesignComponent>? DeepenedDesign = null,
    PreliminaryAcceptance? Preliminary = null,
    TrialOperation? Trial = null,
    FinalAcceptance? Final = null,
    Warranty? Warranty = null,
    Certificate? PostEvaluationBody = null);

/// <summary>One entry of a draft construction list (第十四条第三款). Source: 海政发〔2017〕21号 第十四条第三款.</summary>
/// <param name="ProjectId">The project's identifier, unique in the list.</param>
/// <param name="Category">Planned or alternate.</param>
/// <param name="FundingSource">The special fund or other funds.</param>
/// <param name="Budget">The entry's budget, yuan, not negative.</param>
public sealed record DraftListEntry(string ProjectId, ListCategory Category, FundingSource FundingSource, decimal Budget);

/// <summary>
/// 《XXXX年度智慧海淀项目建设库（草案）》 — a year's draft construction list. Source: 海政发〔2017〕21号 第十二条、第十四条第三款.
/// </summary>
/// <param name="Year">The list's year XXXX (2017 or later).</param>
/// <param name="SpecialFundSize">专项资金规模, yuan, not negative: a caller input (the text gives no figure).</param>
/// <param name="Entries">The entries.</param>
public sealed record DraftList(int Year, decimal SpecialFundSize, IReadOnlyList<DraftListEntry> Entries);

/// <summary>A unit's top-level design (信息化顶层设计, 第七条), by the calendar years it covers. Source: 海政发〔2017〕21号 第七条.</summary>
/// <param name="FirstYear">The first year covered.</param>
/// <param name="LastYear">The last year covered, not before <paramref name="FirstYear"/>.</param>
public sealed record TopLevelDesign(int FirstYear, int LastYear);
