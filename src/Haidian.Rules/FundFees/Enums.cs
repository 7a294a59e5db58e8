using System.Text.Json.Serialization;

namespace Haidian.Rules.FundFees;

/// <summary>The overall verdict of a compliance report, worst first. Source: 海行规发〔2017〕8号 and 海政办发〔2017〕34号 (each finding cites its own clause); severities per conventions §7 (原则上/一般 = departure).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ComplianceVerdict>))]
public enum ComplianceVerdict
{
    /// <summary>At least one rule stated outright is broken.</summary>
    NonCompliant = 0,

    /// <summary>No violation, but at least one 原则上/一般 rule is departed from without a specific decision recorded.</summary>
    DeparturesAwaitingDecision = 1,

    /// <summary>No violation or undecided departure, but some rules could not be checked for want of facts.</summary>
    Incomplete = 2,

    /// <summary>Every rule checked; every departure is covered by a specific decision (still listed, never called compliant).</summary>
    CompliantWithApprovedDepartures = 3,

    /// <summary>Every rule checked and met; no departure stands.</summary>
    Compliant = 4,
}

/// <summary>Which fee cap a <see cref="FeeCapResult"/> is about. Source: 海行规发〔2017〕8号 第十四条; 海政办发〔2017〕34号 第十六条、第二十一条.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FundFee>))]
public enum FundFee
{
    /// <summary>发展基金管理机构年度管理费 — the development fund manager's annual fee, at most 2‰ of actual managed scale (海行规发〔2017〕8号 第十四条, 原则上).</summary>
    DevelopmentFundManagementFee = 0,

    /// <summary>引导基金受托管理机构年度管理费 — the guide fund trustee's annual fee, at most 0.5% of paid-in capital (海政办发〔2017〕34号 第十六条, stated outright).</summary>
    GuideFundTrusteeFee = 1,

    /// <summary>参股基金管理机构年度管理费 — the participating fund manager's annual fee, at most 2% of actual contributions (海政办发〔2017〕34号 第二十一条, 原则上).</summary>
    ParticipatingFundManagerFee = 2,
}

/// <summary>The role of a contributor (出资人) to a participating fund (参股基金). Source: 海政办发〔2017〕34号 第七条、第二十三条.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ContributorRole>))]
public enum ContributorRole
{
    /// <summary>社会出资人 — a non-government investor other than the manager.</summary>
    Investor = 0,

    /// <summary>参股基金管理机构或其控股股东 — the manager or its controlling shareholder (第二十三条（三）: must subscribe).</summary>
    ManagerOrControllingShareholder = 1,

    /// <summary>政府出资人 — another government contributor (not counted among the 3–15 investors of 第二十三条（一）).</summary>
    Government = 2,
}

/// <summary>How a participating fund is wound up (第二十六条, 第二十九条). Source: 海政办发〔2017〕34号 第二十六条、第二十九条.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<LiquidationKind>))]
public enum LiquidationKind
{
    /// <summary>清算 — ordinary liquidation: the remainder after creditors by contribution ratio (第二十九条).</summary>
    Ordinary = 0,

    /// <summary>破产清算 — bankruptcy liquidation: after creditors, the guide fund first (第二十六条).</summary>
    Bankruptcy = 1,
}

/// <summary>
/// What a proposed investment of a participating fund is, for the prohibited-business check (第二十四条). The
/// caller classifies the investment; the parameters map each kind to the category of 第二十四条 it falls in.
/// Source: 海政办发〔2017〕34号 第二十四条.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<InvestmentKind>))]
public enum InvestmentKind
{
    /// <summary>未上市企业股权 — equity of an unlisted enterprise (the fund's ordinary business).</summary>
    UnlistedEquity = 0,

    /// <summary>已上市企业 — equity of a listed enterprise bought as such (（一）; see <see cref="ProposedInvestment.HeldBeforeInvesteeListed"/> for the exception).</summary>
    ListedEquity = 1,

    /// <summary>担保 — guarantee (（二）).</summary>
    Guarantee = 2,

    /// <summary>抵押 — mortgage (（二）).</summary>
    Mortgage = 3,

    /// <summary>委托贷款 — entrusted loan (（二）).</summary>
    EntrustedLoan = 4,

    /// <summary>房地产（包括购买自用房地产） — real estate, including for own use (（二）).</summary>
    RealEstate = 5,

    /// <summary>其他创业投资基金或投资性企业 — another venture fund or investment company (（三）).</summary>
    OtherVentureFundOrInvestmentCompany = 6,

    /// <summary>股票 — stocks (（四）).</summary>
    Stocks = 7,

    /// <summary>期货 — futures (（四）).</summary>
    Futures = 8,

    /// <summary>企业债券 — corporate bonds (（四）).</summary>
    CorporateBonds = 9,

    /// <summary>信托产品 — trust products (（四）).</summary>
    TrustProducts = 10,

    /// <summary>理财产品 — wealth-management products (（四）).</summary>
    WealthManagementProducts = 11,

    /// <summary>保险计划 — insurance plans (（四）).</summary>
    InsurancePlans = 12,

    /// <summary>其他金融衍生品 — other financial derivatives (（四）).</summary>
    Derivatives = 13,

    /// <summary>赞助、捐赠 — sponsorship or donation to a third party (（五）).</summary>
    SponsorshipOrDonation = 14,

    /// <summary>吸收或变相吸收存款 — taking deposits, openly or disguised (（六）).</summary>
    DepositTaking = 15,

    /// <summary>贷款和资金拆借 — loans or interbank-style lending to a third party (（六）).</summary>
    LendingToThirdParty = 16,

    /// <summary>承担无限连带责任的对外投资 — an investment with unlimited joint liability (（七）).</summary>
    UnlimitedLiabilityInvestment = 17,

    /// <summary>以发行信托或集合理财产品的形式募集资金 — raising money through trust or collective wealth products (（八）).</summary>
    FundraisingThroughTrustOrCollectiveProducts = 18,

    /// <summary>其他国家法律法规禁止从事的业务 — any other business the law prohibits (（十）).</summary>
    OtherUnlawfulBusiness = 19,
}

/// <summary>Which custody report a deadline is for (海行规发〔2017〕8号 第十五条（四）).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CustodyReportKind>))]
public enum CustodyReportKind
{
    /// <summary>上一季度资金托管报告 — the previous quarter's report, within the first 10 working days of the quarter.</summary>
    Quarterly = 0,

    /// <summary>上一年度资金托管报告 — the previous year's report, within the first month of the accounting year.</summary>
    Annual = 1,
}

/// <summary>The grounds on which the guide fund may exit without the other investors' consent (第三十条). Source: 海政办发〔2017〕34号 第三十条.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ExitGround>))]
public enum ExitGround
{
    /// <summary>（一） more than 1 year after the fund plan was confirmed, set-up or capital increase not completed.</summary>
    SetupOverdue = 1,

    /// <summary>（二） the guide money has been in the fund account 1 year or more and business has not started as agreed.</summary>
    MoneyIdle = 2,

    /// <summary>（三） the fund's investment field or stage does not conform to the measures.</summary>
    NonConformingFieldOrStage = 3,

    /// <summary>（四） the fund did not contribute or invest as agreed.</summary>
    ContributionOrInvestmentNotAsAgreed = 4,

    /// <summary>（五） the fund or its manager broke laws, regulations or policies so the guide fund's purpose cannot be achieved.</summary>
    UnlawfulConductDefeatsPurpose = 5,
}

/// <summary>Who breached the agreements behind a buy-back (第三十三条 违约方). Source: 海政办发〔2017〕34号 第三十三条.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<BreachingParty>))]
public enum BreachingParty
{
    /// <summary>参股基金 — the participating fund.</summary>
    ParticipatingFund = 0,

    /// <summary>受托管理机构 — the participating fund's trustee (its manager).</summary>
    Trustee = 1,

    /// <summary>参股基金投资人 — an investor of the participating fund.</summary>
    Investor = 2,
}

/// <summary>Which document a breach behind a buy-back is of (第三十三条). Source: 海政办发〔2017〕34号 第三十三条.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<BreachedDocument>))]
public enum BreachedDocument
{
    /// <summary>参股基金出资协议 — the contribution agreement.</summary>
    ContributionAgreement = 0,

    /// <summary>章程或协议 — the charter or the partnership agreement.</summary>
    CharterOrAgreement = 1,

    /// <summary>委托管理协议 — the entrustment (management) agreement.</summary>
    EntrustmentAgreement = 2,
}
