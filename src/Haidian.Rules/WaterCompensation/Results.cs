using System.Collections.Generic;
using NodaTime;

namespace Haidian.Rules.WaterCompensation;

/// <summary>How one pollutant of one section-month was assessed and priced (第八条). Source: 海行规发〔2017〕7号 第六条、第八条.</summary>
/// <param name="Pollutant">The pollutant.</param>
/// <param name="Outflow">Outflow concentration used, mg/L (after the optional 修约).</param>
/// <param name="Inflow">Inflow comparison concentration, mg/L, or null without inflow.</param>
/// <param name="Class">Class of the outflow concentration (GB 3838-2002 表1).</param>
/// <param name="Target">The assessment target.</param>
/// <param name="ClassesWorse">max(0, class − target), 劣V counting 6.</param>
/// <param name="Case">Which case of 第八条 applied.</param>
/// <param name="BaseAmount">Classes worse × the case's rate, yuan.</param>
/// <param name="SurchargeSteps">Surcharge steps (0 unless 劣V and above the threshold).</param>
/// <param name="SurchargeAmount">Steps × the case's per-step amount, yuan.</param>
/// <param name="Amount">Base + surcharge, yuan.</param>
public sealed record PollutantAssessment(
    Pollutant Pollutant,
    decimal Outflow,
    decimal? Inflow,
    WaterClass Class,
    WaterClass Target,
    int ClassesWorse,
    CompensationCase Case,
    decimal BaseAmount,
    int SurchargeSteps,
    decimal SurchargeAmount,
    decimal Amount);

/// <summary>
/// The itemized result for one section in one month: each pollutant's assessment, the bill lines with
/// their arithmetic and citations, the section amount, and the parameter and package versions used.
/// Source: 海行规发〔2017〕7号 第八条、第九条.
/// </summary>
/// <param name="SectionId">The section's id (empty when computed from a bare <see cref="SectionMonth"/>).</param>
/// <param name="Month">The month.</param>
/// <param name="Dry">Whether the section was dry all month (第九条（一）): then nothing is owed and <paramref name="Pollutants"/> is empty.</param>
/// <param name="OxygenDemandIndicator">COD or CODMn, chosen by the functional class (第四条).</param>
/// <param name="Pollutants">The three assessed pollutants (empty when dry).</param>
/// <param name="Amount">The section's monthly compensation, yuan (第九条: the three added).</param>
/// <param name="Lines">The bill: one line per rule applied, each with arithmetic and citation.</param>
/// <param name="Provenance">Which parameter version and package version produced this result.</param>
public sealed record SectionMonthResult(
    string SectionId,
    YearMonth Month,
    bool Dry,
    Pollutant OxygenDemandIndicator,
    IReadOnlyList<PollutantAssessment> Pollutants,
    decimal Amount,
    IReadOnlyList<LineItem> Lines,
    Provenance Provenance);

/// <summary>One payment of a monthly settlement: a town's share of a section's amount, to the downstream town or the district pool. Source: 海行规发〔2017〕7号 第九条（二）、第十二条.</summary>
/// <param name="SectionId">The cross-boundary section's id, as in the section registry.</param>
/// <param name="Payer">The paying (upstream or bordering) town.</param>
/// <param name="Recipient">The downstream town, or <see cref="MonthlySettlement.DistrictPool"/> when downstream is another district.</param>
/// <param name="ToDistrictPool">True when the money goes to the district pool (第十二条).</param>
/// <param name="Amount">The share, yuan (whole fen).</param>
/// <param name="Arithmetic">How the share was found (e.g. the border-river split).</param>
/// <param name="Citation">第九条（二）for a border-river share, else 第十二条.</param>
public sealed record SettlementLine(
    string SectionId,
    string Payer,
    string Recipient,
    bool ToDistrictPool,
    decimal Amount,
    string Arithmetic,
    Citation Citation);

/// <summary>A town's (街镇) month or year of water-environment compensation: paid, received as downstream town, and net (received − paid), in yuan. Source: 海行规发〔2017〕7号 第九条、第十二条.</summary>
/// <param name="Town">街镇 — the town or street.</param>
/// <param name="Paid">Compensation it pays, yuan.</param>
/// <param name="Received">Compensation it receives as downstream town, yuan.</param>
/// <param name="Net">Received − paid, yuan.</param>
public sealed record TownPosition(string Town, decimal Paid, decimal Received, decimal Net);

/// <summary>
/// 补偿金月度结算 — the monthly settlement ledger of a district: every section's result, every payment, each
/// town's paid/received/net, and the district pool. It always satisfies <c>TotalPaid = TotalReceived + PoolTotal</c>.
/// Source: 海行规发〔2017〕7号 第九条、第十二条.
/// </summary>
/// <param name="Month">The month settled.</param>
/// <param name="Sections">Each registered section's result, in registry order.</param>
/// <param name="Lines">Each payment.</param>
/// <param name="Towns">Each town of the registry, ordered by name (ordinal).</param>
/// <param name="TotalPaid">Σ paid, yuan.</param>
/// <param name="TotalReceived">Σ received by towns, yuan.</param>
/// <param name="PoolTotal">Paid into the district pool (区级统筹, 第十二条), yuan.</param>
/// <param name="Provenance">Which parameter and package versions produced it.</param>
public sealed record MonthlySettlement(
    YearMonth Month,
    IReadOnlyList<SectionMonthResult> Sections,
    IReadOnlyList<SettlementLine> Lines,
    IReadOnlyList<TownPosition> Towns,
    decimal TotalPaid,
    decimal TotalReceived,
    decimal PoolTotal,
    Provenance Provenance)
{
    /// <summary>The recipient name used for the district pool: 区级统筹 (downstream is another district, 第十二条).</summary>
    public const string DistrictPool = "区级统筹";

    /// <summary>Whether money is conserved: Σ paid = Σ received + pool (always true for a ledger the calculator built).</summary>
    public bool IsBalanced => TotalPaid == TotalReceived + PoolTotal;
}

/// <summary>A caller-supplied share of a section's special transfer fund (第三条) for a year: the text does not say which town receives a section's 1,000,000 yuan. Source: 海行规发〔2017〕7号 第三条.</summary>
/// <param name="SectionId">The cross-boundary section's id, as in the section registry.</param>
/// <param name="Town">The town receiving this share.</param>
/// <param name="Amount">Yuan; the shares of one section add up to at most the per-section yearly amount.</param>
public sealed record TransferFundAllocation(string SectionId, string Town, decimal Amount);

/// <summary>A deduction found by inspection (第十三条), deducted when the following year's compensation is allocated. Source: 海行规发〔2017〕7号 第十三条.</summary>
/// <param name="Town">The town whose allocation is reduced.</param>
/// <param name="Amount">The amount to deduct, yuan, greater than zero.</param>
/// <param name="Finding">What the inspection found (截留、挤占、挪用…).</param>
public sealed record MisuseDeduction(string Town, decimal Amount, string Finding);

/// <summary>One town's year of water-environment compensation: paid, received and net over its months, the 第十三条 deductions applied and carried forward, and its share of the special transfer fund (第三条), in yuan. Source: 海行规发〔2017〕7号 第三条、第九条、第十二条、第十三条.</summary>
/// <param name="Town">The town or street (街镇), as named in the section registry.</param>
/// <param name="CompensationPaid">Σ of its monthly payments, yuan.</param>
/// <param name="CompensationReceived">Σ of its monthly receipts, yuan, before deductions.</param>
/// <param name="Net">Received − paid, yuan, before deductions.</param>
/// <param name="DeductionsApplied">第十三条 deductions applied to this year's allocation of compensation (at most what it received), yuan.</param>
/// <param name="DeductionsNotApplied">The part of the deductions larger than what it received, yuan, reported for the next allocation.</param>
/// <param name="ReceivedAfterDeductions">Received − deductions applied, yuan.</param>
/// <param name="TransferFund">Its share of the special transfer fund (第三条), as the caller allocated it, yuan.</param>
public sealed record AnnualTownStatement(
    string Town,
    decimal CompensationPaid,
    decimal CompensationReceived,
    decimal Net,
    decimal DeductionsApplied,
    decimal DeductionsNotApplied,
    decimal ReceivedAfterDeductions,
    decimal TransferFund);

/// <summary>
/// 第三条 per section — the special transfer fund a section is allocated for the year beside the standard of 1,000,000 yuan a
/// section a year (spec 07 W-d). A short allocation is a <see cref="Finding"/> of the statement; an excess is a validation error.
/// Source: 海行规发〔2017〕7号 第三条「设立水污染防治专项转移支付资金（每个考核断面100万元/年）」.
/// </summary>
/// <param name="SectionId">The section's id; every section assessed in at least one month of the year is listed, in registry order.</param>
/// <param name="Allocated">Σ of the caller's allocations of this section's fund to towns, yuan (0 when none).</param>
/// <param name="Standard">第三条's amount per section per year, yuan (<see cref="WaterCompensationParameters.SpecialTransferFundPerSectionYear"/>).</param>
/// <param name="MatchesStandard">True when <paramref name="Allocated"/> equals <paramref name="Standard"/>.</param>
public sealed record SectionTransferFund(string SectionId, decimal Allocated, decimal Standard, bool MatchesStandard);

/// <summary>
/// A section-month with no monitoring record in an annual statement (spec 07 W-e): listed and not priced. It is not a dry month —
/// a dry month (全月断流, 第九条（一）) is a record with <c>dry: true</c> and is priced 0 because the text says so.
/// Source: 海行规发〔2017〕7号 第七条、第九条（一）.
/// </summary>
/// <param name="SectionId">The section registered that month.</param>
/// <param name="Month">The month without a record.</param>
public sealed record MissingSectionMonth(string SectionId, YearMonth Month);

/// <summary>
/// 年度补偿结算 — a year of settlements for a district: the twelve monthly ledgers, each town's year, the pool,
/// the special transfer fund beside the compensation (per town and per section against 第三条's standard), the
/// 第十三条 deductions, and the section-months with no monitoring record.
/// Source: 海行规发〔2017〕7号 第三条、第九条、第十二条、第十三条.
/// </summary>
/// <param name="Year">The calendar year.</param>
/// <param name="Months">The monthly settlements, January first (twelve; a month's ledger holds only the sections with a record).</param>
/// <param name="Towns">Each town's year, ordered by name.</param>
/// <param name="PoolTotal">Σ paid into the district pool, yuan.</param>
/// <param name="TransferFundTotal">Σ of the transfer-fund allocations, yuan.</param>
/// <param name="Lines">Bill lines for the allocations and deductions, with citations.</param>
/// <param name="Provenance">The provenance of each month's parameter version, distinct, in order.</param>
/// <param name="TransferFundBySection">第三条 per section: allocated, the standard, and whether they match (spec 07 W-d).</param>
/// <param name="MissingMonths">Section-months registered but without a monitoring record, by month then registry order; not priced (spec 07 W-e).</param>
/// <param name="Findings">Rules found broken that are not input errors: a section allocated less than 第三条's standard
/// (code <c>transferFund.sectionShort</c>, a violation of 第三条).</param>
public sealed record AnnualStatement(
    int Year,
    IReadOnlyList<MonthlySettlement> Months,
    IReadOnlyList<AnnualTownStatement> Towns,
    decimal PoolTotal,
    decimal TransferFundTotal,
    IReadOnlyList<LineItem> Lines,
    IReadOnlyList<Provenance> Provenance,
    IReadOnlyList<SectionTransferFund> TransferFundBySection,
    IReadOnlyList<MissingSectionMonth> MissingMonths,
    IReadOnlyList<Finding> Findings);
