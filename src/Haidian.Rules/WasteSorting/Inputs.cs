using System.Collections.Generic;
using NodaTime;

namespace Haidian.Rules.WasteSorting;

/// <summary>
/// 计量称重单 — one weighing ticket of the district sanitation centre (区环卫中心), which collects and weighs what an estate
/// separated (二（二）3: 上门对接收运并计量称重).
/// Source: 海政办发〔2017〕46号.
/// </summary>
/// <param name="Number">The ticket number as printed; unique across every ticket of a statement.</param>
/// <param name="Date">The day the load was weighed; must fall in the month claimed. A ticket dated before the policy is in force
/// (2017-08-31) is listed as excluded and not paid (spec 07 K-b).</param>
/// <param name="Tonnes">Net weight in tonnes: greater than 0, in whole kilograms (at most 3 decimals), at most 1,000.</param>
/// <param name="Stream">Kitchen waste (厨余垃圾) or other waste (其他垃圾).</param>
public sealed record WeighingTicket(string Number, LocalDate Date, decimal Tonnes, WasteStream Stream);

/// <summary>
/// 《海淀区垃圾分类运行管理服务协议》 — the terms of the service agreement between the street/town and the operator that
/// matter for payment (二（二）3: 作业标准、厨余垃圾收集基量、日常考核、支付方式).
/// Source: 海政办发〔2017〕46号.
/// </summary>
/// <param name="BaseTonnes">收集基量 — the agreed monthly base tonnage of kitchen waste, when the agreement fixes one (the primary test);
/// positive, whole kilograms. Optional; default null (no base tonnage: the separation rate is tested against 5%).</param>
/// <param name="WithholdBelowBase">支付方式 — opt-in: true when the agreement makes the base a payment condition, so a month below
/// base pays 0. Optional; default false (the text does not make the base a condition of payment).</param>
public sealed record ServiceAgreement(decimal? BaseTonnes = null, bool WithholdBelowBase = false)
{
    /// <summary>An agreement with neither a base tonnage nor withholding: the rate finding is reported, payment is unconditional.</summary>
    public static ServiceAgreement Default { get; } = new();
}

/// <summary>
/// One estate's month as a street/town office receives it: the estate, its operator, whether it is an accepted
/// sorting-standard estate, the agreement terms, and every weighing ticket of the month.
/// Source: 海政办发〔2017〕46号 二（二）3.
/// </summary>
/// <param name="Estate">The estate's name (unique within a statement), e.g. <c>万寿路甲15号院</c>.</param>
/// <param name="Operator">The payee: the property company or the professional company, by name.</param>
/// <param name="OperatorKind">物业单位, 专业公司, or 村委会.</param>
/// <param name="Site">Residential estate or village.</param>
/// <param name="Accepted">垃圾分类达标小区 — accepted by the street/town and filed with 区市政市容委 for this month.</param>
/// <param name="Month">The month claimed.</param>
/// <param name="Tickets">Every weighing ticket of the month (may be empty: an empty month pays 0 with the reason).</param>
/// <param name="Agreement">The agreement's payment terms. Optional; default null, read as <see cref="ServiceAgreement.Default"/>
/// (no base tonnage, no withholding).</param>
public sealed record EstateMonth(
    string Estate,
    string Operator,
    OperatorKind OperatorKind,
    SiteKind Site,
    bool Accepted,
    YearMonth Month,
    IReadOnlyList<WeighingTicket> Tickets,
    ServiceAgreement? Agreement = null);

/// <summary>
/// A claim for the one-time construction subsidy (二（二）3: 厨余垃圾集中投放站建设和厨余垃圾收集桶购置的费用由政府给予一次性补贴,
/// including replacing non-standard bins in estates already sorting).
/// Source: 海政办发〔2017〕46号 二（二）3.
/// </summary>
/// <param name="Estate">The estate's name, as given in the input.</param>
/// <param name="Operator">The operator that built the station or bought the bins.</param>
/// <param name="Mode">The model built: centralized station or dispersed bin stations.</param>
/// <param name="Accepted">Whether the estate is an accepted sorting-standard estate.</param>
/// <param name="ClaimDate">The day of the claim (the policy must be in force).</param>
/// <param name="ClaimedCost">The cost claimed, yuan (whole fen, not negative).</param>
/// <param name="AuditedAmount">The audit's result (由街镇委托审计), yuan. Optional; default null (the audit has not reported: nothing is
/// payable yet, status <see cref="ConstructionStatus.AwaitingAudit"/>).</param>
public sealed record ConstructionSubsidyClaim(
    string Estate,
    string Operator,
    CollectionMode Mode,
    bool Accepted,
    LocalDate ClaimDate,
    decimal ClaimedCost,
    decimal? AuditedAmount = null);
