using System.Collections.Generic;
using NodaTime;

namespace Haidian.Rules.FundFees;

/// <summary>
/// A change of a fee base (managed scale 实际管理规模, paid-in capital 实缴出资额, actual contributions 实际出资额): from
/// <paramref name="EffectiveFrom"/> on, the base is <paramref name="Amount"/>, until the next change.
/// Source: 海行规发〔2017〕8号 第十四条; 海政办发〔2017〕34号 第十六条、第二十一条.
/// </summary>
/// <param name="EffectiveFrom">The first day the amount applies.</param>
/// <param name="Amount">The base, yuan, not negative.</param>
public sealed record BaseChange(LocalDate EffectiveFrom, decimal Amount);

/// <summary>
/// 计费期间 — a fee period: the days a fee cap is computed for, the fee base over them as dated changes (piecewise constant), and optionally a proposed fee to check
/// against the cap and, for the development fund, the period's fund returns it is paid from.
/// Source: 海行规发〔2017〕8号 第十四条; 海政办发〔2017〕34号 第十六条、第二十一条.
/// </summary>
/// <param name="Start">First day of the period (inclusive).</param>
/// <param name="End">Last day of the period (inclusive); not before <paramref name="Start"/>.</param>
/// <param name="Base">The base's changes, in strictly increasing date order; the first on or before <paramref name="Start"/>. Changes after <paramref name="End"/> are ignored.</param>
/// <param name="ProposedFee">A proposed fee for the period, yuan, or null to compute the cap only. Optional; default null.</param>
/// <param name="PeriodReturns">The development fund's returns for the period (基金收益), yuan, or null; only for the development fund's management fee (第十四条 从基金收益中列支). Optional; default null (not checked).</param>
public sealed record FeePeriod(LocalDate Start, LocalDate End, IReadOnlyList<BaseChange> Base, decimal? ProposedFee = null, decimal? PeriodReturns = null);

/// <summary>A decision (决策) that allows a departure from a 原则上/一般 rule; a rule stated outright cannot be allowed this way. Source: the 原则上/一般 rules of 海行规发〔2017〕8号 第七条、第十三条、第十四条、第十六条、第二十四条 and 海政办发〔2017〕34号 第十条、第二十一条、第二十三条.</summary>
/// <param name="Code">The rule's code, as in <see cref="Finding.Code"/> (e.g. <c>dev.term</c>).</param>
/// <param name="Decision">The decision's reference, e.g. <c>区政府常务会议纪要〔2018〕12号</c>.</param>
public sealed record DepartureDecision(string Code, string Decision);

/// <summary>The make-up of the development fund's investment committee (投资决策委员会, 第十三条). Source: 海行规发〔2017〕8号 第十三条.</summary>
/// <param name="FromManager">Members from the fund manager (基金管理公司).</param>
/// <param name="FromStateAssetsCentre">Members from the district state-assets centre (区国投中心).</param>
/// <param name="Experts">Expert members (专家).</param>
/// <param name="Others">Any other members. Optional; default 0.</param>
public sealed record CommitteeComposition(int FromManager, int FromStateAssetsCentre, int Experts, int Others = 0);

/// <summary>A vote of the development fund's investment committee on a project (第二十条). Source: 海行规发〔2017〕8号 第二十条「五分之三以上」 (以上 includes the number).</summary>
/// <param name="Members">Members of the committee (the whole committee, not those present).</param>
/// <param name="InFavour">Members voting in favour.</param>
/// <param name="Composition">The committee's make-up, or null when not known (then only its size is checked). Optional; default null.</param>
public sealed record CommitteeVote(int Members, int InFavour, CommitteeComposition? Composition = null);

/// <summary>A project the development fund proposes to invest in (第十六条). Source: 海行规发〔2017〕8号 第十六条.</summary>
/// <param name="Name">The project\'s name, as given (it labels findings and lines).</param>
/// <param name="ExternalExpertReview">Whether external experts reviewed it (外部专家论证). Required; a violation without it.</param>
/// <param name="Vote">The investment committee's vote on it. Required; a violation when it did not pass.</param>
/// <param name="FitsFundDirection">符合发展基金支持方向, or null when not known (原则上: a departure when false). Optional; default null.</param>
/// <param name="CanObtainFormalities">能够取得合法完备的手续, or null when not known (原则上). Optional; default null.</param>
/// <param name="MeetsReturnRequirement">满足发展基金对投资收益的要求, or null when not known (原则上). Optional; default null.</param>
/// <param name="Decisions">Decisions allowing departures, if any. Optional; default null.</param>
public sealed record ProjectInvestment(
    string Name,
    bool ExternalExpertReview,
    CommitteeVote Vote,
    bool? FitsFundDirection = null,
    bool? CanObtainFormalities = null,
    bool? MeetsReturnRequirement = null,
    IReadOnlyList<DepartureDecision>? Decisions = null);

/// <summary>The terms of the district construction and development fund (海淀区建设发展基金) to check against 海行规发〔2017〕8号.</summary>
/// <param name="Name">The fund's name.</param>
/// <param name="AsOf">The day the terms are checked; on or after the in-force date.</param>
/// <param name="LimitedPartnership">Whether the fund is a limited partnership (有限合伙制, 第二条、第六条).</param>
/// <param name="TermYears">The fund's term (运作期限), years.</param>
/// <param name="ManagerRegisteredCapital">The manager's registered capital (注册资金), yuan.</param>
/// <param name="ManagerMeetsAmacRequirements">Whether the manager meets the Asset Management Association of China filing requirements (自身资质满足中国证券投资基金业协会备案要求).</param>
/// <param name="ManagerFilingCompleted">Whether the manager completed (or can complete as required) the filing (能按规定完成备案), or null when not known. Optional; default null.</param>
/// <param name="Committee">The investment committee's make-up (第十三条), or null when not known. Optional; default null.</param>
/// <param name="AnnualManagementFeeRate">The agreed annual management fee rate (e.g. 0.002 for 2‰), or null when not known. Optional; default null.</param>
/// <param name="CustodianHasCustodyQualification">Whether the custodian bank is qualified for custody business (具备托管业务资格, 第十五条), or null. Optional; default null.</param>
/// <param name="CentreReturnsReinvested">Whether the district centre's share of returns is reinvested in the fund (第二十四条, 原则上), or null. Optional; default null.</param>
/// <param name="Decisions">Decisions allowing departures, if any. Optional; default null.</param>
public sealed record DevelopmentFundTerms(
    string Name,
    LocalDate AsOf,
    bool LimitedPartnership,
    decimal TermYears,
    decimal ManagerRegisteredCapital,
    bool ManagerMeetsAmacRequirements,
    bool? ManagerFilingCompleted = null,
    CommitteeComposition? Committee = null,
    decimal? AnnualManagementFeeRate = null,
    bool? CustodianHasCustodyQualification = null,
    bool? CentreReturnsReinvested = null,
    IReadOnlyList<DepartureDecision>? Decisions = null);

/// <summary>One partner's (合伙人/出资人) stake, for a distribution. Source: 海行规发〔2017〕8号 第二十四条 (实缴出资比例); 海政办发〔2017〕34号 第二十九条 (出资比例).</summary>
/// <param name="Name">The partner\'s name, as given (it labels findings and lines).</param>
/// <param name="Amount">Paid-in capital (实缴出资) for a year-end distribution, or contribution (出资额) for a liquidation, yuan.</param>
/// <param name="IsDistrictCentre">True for the district state-assets centre (区国投中心), whose returns are in principle reinvested (第二十四条). Optional; default false.</param>
public sealed record PartnerStake(string Name, decimal Amount, bool IsDistrictCentre = false);

/// <summary>The development fund's year-end distribution of returns (第二十四条). Source: 海行规发〔2017〕8号 第二十四条.</summary>
/// <param name="Year">The year whose returns are distributed at year end.</param>
/// <param name="Returns">The returns to distribute, yuan (whole fen).</param>
/// <param name="Partners">Each partner with its paid-in capital.</param>
public sealed record YearEndDistribution(int Year, decimal Returns, IReadOnlyList<PartnerStake> Partners);

/// <summary>A contributor (出资人) to a participating fund (参股基金), other than the guide fund itself. Source: 海政办发〔2017〕34号 第七条、第二十三条.</summary>
/// <param name="Name">The contributor\'s name, as given (it labels findings and lines).</param>
/// <param name="Subscribed">Subscribed contribution (认缴), yuan.</param>
/// <param name="Role">Investor, manager (or its controlling shareholder), or another government contributor. Optional; default <see cref="ContributorRole.Investor"/>.</param>
public sealed record Contributor(string Name, decimal Subscribed, ContributorRole Role = ContributorRole.Investor);

/// <summary>
/// One contributor's payment at a capital call (缴款): how much it paid in at that call (not a running total).
/// Source: 海政办发〔2017〕34号 第七条、第二十三条（二）「保证资金按约定及时足额到位」.
/// </summary>
/// <param name="Contributor">The contributor's name, exactly as in the fund's list of contributors.</param>
/// <param name="Amount">Paid in at this call, yuan, not negative.</param>
public sealed record Payment(string Contributor, decimal Amount);

/// <summary>
/// An actual capital call (缴款) of a participating fund: its date, what the guide fund paid in at it, and what each other
/// contributor paid in at it. Running totals are summed over the calls in date order.
/// Source: 海政办发〔2017〕34号 第七条「分5期出资，每期2400万元，所占比例不超过参股基金总额的25%，且不能成为参股基金中出资最多的一方」.
/// </summary>
/// <param name="Date">The day of the call; calls are in strictly increasing date order.</param>
/// <param name="GuidePaid">What the guide fund paid in at this call, yuan, not negative.</param>
/// <param name="Payments">What each other contributor paid in at this call (a contributor at most once; one not listed paid nothing).</param>
public sealed record CapitalCall(LocalDate Date, decimal GuidePaid, IReadOnlyList<Payment> Payments);

/// <summary>
/// 参股基金认缴与实缴记录 — a participating fund's subscriptions and the capital calls made so far, to check the calls against the guide
/// fund's tranche schedule (第七条) and the 25% share and "not the largest contributor" rules on subscribed and on paid-in amounts
/// after each call. Source: 海政办发〔2017〕34号 第七条.
/// </summary>
/// <param name="Name">The participating fund, as given (it labels the report).</param>
/// <param name="AsOf">The day of the check: on or after the in-force date, and not before the last call.</param>
/// <param name="GuideSubscribed">The guide fund's subscribed contribution (认缴), yuan.</param>
/// <param name="Contributors">Every other contributor with its subscribed amount; names are unique.</param>
/// <param name="Calls">The capital calls so far, in strictly increasing date order (may be empty: nothing called yet).</param>
public sealed record CapitalCallHistory(string Name, LocalDate AsOf, decimal GuideSubscribed, IReadOnlyList<Contributor> Contributors, IReadOnlyList<CapitalCall> Calls);

/// <summary>The participating fund's manager (参股基金管理机构, 第九条（二）、第二十二条). Source: 海政办发〔2017〕34号 第九条（二）、第二十二条、第二十三条（三）.</summary>
/// <param name="Name">The manager\'s name, as given (it labels findings and lines).</param>
/// <param name="RegisteredAndTaxedInHaidian">在海淀区进行工商注册和税务登记.</param>
/// <param name="SeniorManagerExperienceYears">Years of venture-capital or fund-management experience of each senior manager (高级管理人员).</param>
/// <param name="HasSuccessfulInvestmentCase">Has a successful investment case in start-ups (成功案例).</param>
/// <param name="HasPenaltyRecord">The manager or its staff have a record of administrative or judicial penalties (不良记录).</param>
public sealed record ManagerProfile(string Name, bool RegisteredAndTaxedInHaidian, IReadOnlyList<decimal> SeniorManagerExperienceYears, bool HasSuccessfulInvestmentCase, bool HasPenaltyRecord);

/// <summary>The guide fund's custodian bank (托管银行, 第二十条). Source: 海政办发〔2017〕34号 第二十条.</summary>
/// <param name="Name">The bank\'s name, as given (it labels findings and lines).</param>
/// <param name="Established">The day the bank was established (成立).</param>
/// <param name="StateOwnedOrControlled">国有或国有控股.</param>
/// <param name="HaidianTreasuryAgent">具备海淀区国库代理资格.</param>
/// <param name="HasVentureFundCustodyExperience">具有创业投资基金托管经验.</param>
/// <param name="HasPenaltyRecord">Has a major fault or a penalty record (重大过失及…处罚的不良记录).</param>
public sealed record CustodianBankProfile(string Name, LocalDate Established, bool StateOwnedOrControlled, bool HaidianTreasuryAgent, bool HasVentureFundCustodyExperience, bool HasPenaltyRecord);

/// <summary>The charter clauses a participating fund must contain (第二十六条, 第三十条). Source: 海政办发〔2017〕34号 第二十六条、第三十条.</summary>
/// <param name="GuideMayExitWhenBuyerExists">在有受让方的情况下，引导基金可以随时退出.</param>
/// <param name="OthersDoNotExitBeforeGuide">其他股东不先于引导基金退出.</param>
/// <param name="GuideFirstInBankruptcy">破产清算…剩余财产首先清偿 (the guide fund first).</param>
/// <param name="ExitWithoutConsentGrounds">The grounds of 第三十条 on which the guide fund exits without consent are agreed.</param>
public sealed record CharterClauses(bool GuideMayExitWhenBuyerExists, bool OthersDoNotExitBeforeGuide, bool GuideFirstInBankruptcy, bool ExitWithoutConsentGrounds);

/// <summary>The terms of a participating fund (参股基金) the guide fund invests in, to check against 海政办发〔2017〕34号.</summary>
/// <param name="Name">The participating fund.</param>
/// <param name="AsOf">The day the terms are checked; on or after the in-force date.</param>
/// <param name="GuideSubscribed">The guide fund's subscribed contribution, yuan.</param>
/// <param name="Contributors">Every other contributor with its subscribed amount.</param>
/// <param name="TermYears">The fund's total term (存续期), years, including any extension.</param>
/// <param name="Extended">Whether the term was extended by the fund's procedure (确需延长…履程序后). Optional; default false (not extended).</param>
/// <param name="RegisteredAndTaxedInHaidian">The fund is registered and taxed in Haidian (第十条, 原则上), or null. Optional; default null.</param>
/// <param name="HaidianCulturalInvestment">The amount committed to cultural-creative enterprises registered and taxed in Haidian (第十一条), yuan, or null. Optional; default null.</param>
/// <param name="Manager">The fund's manager, or null. Optional; default null.</param>
/// <param name="CapitalCalls">The actual capital calls so far (dates and amounts per contributor), or null when none is given: the 25% share and the
/// not-the-largest rule are then checked on subscribed amounts only; when given, also on paid-in amounts after each call and against the tranche
/// schedule (as <see cref="GuideFundCalculator.CheckCapitalCalls"/>). Optional; default null.</param>
/// <param name="AnnualManagerFeeRate">The agreed annual manager fee rate on actual contributions (e.g. 0.02), or null. Optional; default null.</param>
/// <param name="CarryShare">The agreed manager award as a share of value added (e.g. 0.2), or null when none. Optional; default null.</param>
/// <param name="CarryApprovedByDistrictGovernment">Whether the award was approved by 区政府常务会议 or 区长专题会 (第二十七条), or null. Optional; default null.</param>
/// <param name="Charter">The charter clauses, or null. Optional; default null.</param>
/// <param name="ReviewCommitteeMembers">Members of the review committee (评审委员会, 第十九条（二）: an odd number), or null. Optional; default null.</param>
/// <param name="PublicNoticeDays">Days the chosen partners were publicly notified (第十九条（六）), or null. Optional; default null.</param>
/// <param name="Decisions">Decisions allowing departures, if any. Optional; default null.</param>
public sealed record ParticipatingFundTerms(
    string Name,
    LocalDate AsOf,
    decimal GuideSubscribed,
    IReadOnlyList<Contributor> Contributors,
    decimal TermYears,
    bool Extended = false,
    bool? RegisteredAndTaxedInHaidian = null,
    decimal? HaidianCulturalInvestment = null,
    ManagerProfile? Manager = null,
    IReadOnlyList<CapitalCall>? CapitalCalls = null,
    decimal? AnnualManagerFeeRate = null,
    decimal? CarryShare = null,
    bool? CarryApprovedByDistrictGovernment = null,
    CharterClauses? Charter = null,
    int? ReviewCommitteeMembers = null,
    int? PublicNoticeDays = null,
    IReadOnlyList<DepartureDecision>? Decisions = null);

/// <summary>A proposed investment of a participating fund, for the prohibited-business check (第二十四条). Source: 海政办发〔2017〕34号 第二十四条.</summary>
/// <param name="Description">What is proposed.</param>
/// <param name="Kind">What kind of business it is.</param>
/// <param name="FundedFromRecoveredProceeds">Paid for with money recovered from earlier investments during the term (（九）). Optional; default false.</param>
/// <param name="HeldBeforeInvesteeListed">For <see cref="InvestmentKind.ListedEquity"/>: shares the fund bought while the investee was unlisted and still holds (with their placement), the exception of （一）. Optional; default false.</param>
public sealed record ProposedInvestment(string Description, InvestmentKind Kind, bool FundedFromRecoveredProceeds = false, bool HeldBeforeInvesteeListed = false);

/// <summary>The facts behind the guide fund's right to exit without the other investors' consent (第三十条). Source: 海政办发〔2017〕34号 第三十条.</summary>
/// <param name="AsOf">The day asked about.</param>
/// <param name="PlanConfirmed">The day the fund plan was confirmed (基金方案确认), or null. Optional; default null (ground （一） not assessed).</param>
/// <param name="SetupCompleted">The day set-up or capital increase was completed, or null if not yet. Optional; default null.</param>
/// <param name="GuideMoneyDisbursed">The day the guide money reached the fund account (拨付至基金账户), or null. Optional; default null (ground （二） not assessed).</param>
/// <param name="BusinessStarted">The day the fund started business as agreed, or null if not yet. Optional; default null.</param>
/// <param name="NonConformingFieldOrStage">（三） the investment field or stage does not conform. Optional; default false (not stated).</param>
/// <param name="ContributionOrInvestmentNotAsAgreed">（四） the fund did not contribute or invest as agreed. Optional; default false (not stated).</param>
/// <param name="UnlawfulConductDefeatsPurpose">（五） unlawful conduct defeats the guide fund's purpose. Optional; default false (not stated).</param>
public sealed record ExitFacts(
    LocalDate AsOf,
    LocalDate? PlanConfirmed = null,
    LocalDate? SetupCompleted = null,
    LocalDate? GuideMoneyDisbursed = null,
    LocalDate? BusinessStarted = null,
    bool NonConformingFieldOrStage = false,
    bool ContributionOrInvestmentNotAsAgreed = false,
    bool UnlawfulConductDefeatsPurpose = false);

/// <summary>A participating fund's liquidation (第二十六条, 第二十九条). Source: 海政办发〔2017〕34号 第二十六条、第二十九条.</summary>
/// <param name="Kind">Ordinary or bankruptcy liquidation.</param>
/// <param name="Remaining">What remains after creditors are paid (清偿债权人的债权后), yuan (whole fen).</param>
/// <param name="GuideContribution">The guide fund's contribution, yuan.</param>
/// <param name="Others">Every other contributor with its contribution (<see cref="PartnerStake.Amount"/>).</param>
public sealed record Liquidation(LiquidationKind Kind, decimal Remaining, decimal GuideContribution, IReadOnlyList<PartnerStake> Others);

/// <summary>
/// 业绩奖励 — an award of carried interest to the participating fund's manager (第二十七条): capital, what the fund realised, and what has
/// already been awarded, for the cap and the most that may be awarded on the day asked. Source: 海政办发〔2017〕34号 第二十七条.
/// </summary>
/// <param name="ContributedCapital">Capital contributed (本), yuan.</param>
/// <param name="Proceeds">What the fund realised up to the day asked, yuan.</param>
/// <param name="ProposedCarry">A proposed award, yuan, or null to compute the cap only. Optional; default null.</param>
/// <param name="ApprovedOn">The day 区政府常务会议 or 区长专题会 approved awarding value added to the manager (审议通过), or null when not approved. Optional; default null (not approved: nothing may be awarded).</param>
/// <param name="AlreadyAwarded">Carry already awarded to the manager out of this value added, yuan. Optional; default 0.</param>
public sealed record CarryAward(decimal ContributedCapital, decimal Proceeds, decimal? ProposedCarry = null, LocalDate? ApprovedOn = null, decimal AlreadyAwarded = 0m);

/// <summary>
/// 让利 — the guide fund concedes part of the returns on its contribution (出资收益部分) to the participating fund's sponsor shareholders, its
/// trustee or others (第二十八条): only after 区政府常务会议 or 区长专题会 approved it, with the method and ratio agreed in the agreement or
/// cooperation plan, and only out of returns, capital first (第二十七条 先回本后分利). The gazette sets no ratio: it is the caller's input.
/// Source: 海政办发〔2017〕34号 第二十七条、第二十八条.
/// </summary>
/// <param name="AsOf">The day of the concession.</param>
/// <param name="Recipient">Who receives it (发起人股东, 受托管理机构 or another party — 「等」 leaves the list open), as given.</param>
/// <param name="GuideContribution">The guide fund's contribution to the participating fund (出资), yuan.</param>
/// <param name="GuideProceeds">What the guide fund's contribution has realised up to <paramref name="AsOf"/>, yuan; its returns are what exceeds the contribution.</param>
/// <param name="Ratio">The agreed share of the guide fund's returns conceded, 0 to 1 (具体比例在协议或合作方案中进行约定; no number in the gazette).</param>
/// <param name="AgreedInAgreementOrPlan">Whether the method and ratio are agreed in the agreement or the cooperation plan (在协议或合作方案中进行约定).</param>
/// <param name="ApprovedOn">The day 区政府常务会议 or 区长专题会 approved the concession, or null when not approved. Optional; default null (not approved).</param>
/// <param name="ProposedAmount">The amount proposed to be conceded, yuan, or null to compute the most that may be conceded only. Optional; default null.</param>
public sealed record Concession(LocalDate AsOf, string Recipient, decimal GuideContribution, decimal GuideProceeds, decimal Ratio, bool AgreedInAgreementOrPlan, LocalDate? ApprovedOn = null, decimal? ProposedAmount = null);

/// <summary>
/// 回购 — the guide fund requires the party in breach to buy back the participating fund's shares or units it holds (第三十三条): when the
/// participating fund, its trustee or an investor breaches the contribution agreement, the charter or agreement, or the entrustment agreement,
/// at a price not lower than the original price (不低于原始价格). The original price is the caller's input (the gazette gives no number).
/// Source: 海政办发〔2017〕34号 第三十三条.
/// </summary>
/// <param name="AsOf">The day of the buy-back.</param>
/// <param name="BreachBy">Who breached (违约方), or null when no breach is stated. Optional; default null.</param>
/// <param name="BreachOf">Which document was breached; required when <paramref name="BreachBy"/> is given. Optional; default null.</param>
/// <param name="BuyerIsBreachingParty">Whether the buyer is the party in breach (要求违约方…回购).</param>
/// <param name="OriginalPrice">The original price of the shares or units bought back (原始价格), yuan.</param>
/// <param name="Price">The buy-back price, yuan.</param>
public sealed record BuyBack(LocalDate AsOf, bool BuyerIsBreachingParty, decimal OriginalPrice, decimal Price, BreachingParty? BreachBy = null, BreachedDocument? BreachOf = null);
