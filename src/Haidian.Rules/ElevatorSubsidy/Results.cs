using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Haidian.Rules.ElevatorSubsidy;

/// <summary>One criterion of the pilot scope (一) applied to a building. Source: 海行规发〔2017〕6号 一、试点范围.</summary>
/// <param name="Criterion">The criterion.</param>
/// <param name="Met">Whether the building meets it.</param>
/// <param name="Waived">Whether the old-community clause waived it (then it does not count against the building even when not met).</param>
/// <param name="Requirement">What the text requires, e.g. <c>4 floors or more (4层以上)</c>.</param>
/// <param name="Actual">The building's figure, e.g. <c>3 floors</c>.</param>
/// <param name="Citation">The clause it comes from (document number, title and article).</param>
public sealed record CriterionResult(ScopeCriterion Criterion, bool Met, bool Waived, string Requirement, string Actual, Citation Citation);

/// <summary>Whether a building is in the pilot scope (一), with every criterion and its figures. Source: 海行规发〔2017〕6号 一、试点范围.</summary>
/// <param name="BuildingId">The building's id, as given in the input.</param>
/// <param name="InScope">True when every criterion is met or waived.</param>
/// <param name="OldCommunityClauseApplied">True when the building is in the 2017 old-community renovation programme, so the clause's waivers applied.</param>
/// <param name="CountsAgainstStreetQuota">Whether the building takes its street's quota of one (false for old-community buildings when the quota is waived).</param>
/// <param name="Criteria">Every criterion, in the order of the text.</param>
/// <param name="Unmet">Each unmet, unwaived criterion in words with its figures (empty when in scope).</param>
/// <param name="Provenance">Which parameter and package versions produced it.</param>
public sealed record ScopeResult(
    string BuildingId,
    bool InScope,
    bool OldCommunityClauseApplied,
    bool CountsAgainstStreetQuota,
    IReadOnlyList<CriterionResult> Criteria,
    IReadOnlyList<string> Unmet,
    Provenance Provenance);

/// <summary>The three conditions of owner consent (二, 三（二）). Source: 海行规发〔2017〕6号 二「业主自愿」、三（二）.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ConsentRequirement>))]
public enum ConsentRequirement
{
    /// <summary>专有部分占建筑物总面积三分之二以上的业主 — agreeing owners hold at least two-thirds of the exclusive area.</summary>
    AreaShare = 0,

    /// <summary>占总人数三分之二以上业主 — at least two-thirds of the owners agree.</summary>
    OwnerShare = 1,

    /// <summary>受到采光、通风和噪声直接影响的所在单元业主的同意 — every directly affected owner of the unit agrees.</summary>
    DirectlyAffectedOwners = 2,
}

/// <summary>One of the three consent conditions (area share, head count, affected owners of the unit) with the figures compared and its exact comparison (以上 includes the number). Source: 海行规发〔2017〕6号 二、三（二）.</summary>
/// <param name="Requirement">The condition.</param>
/// <param name="Met">Whether it is met.</param>
/// <param name="Rule">The rule in words, e.g. <c>agreeing area ≥ 2/3 of the total exclusive area (以上 includes 2/3)</c>.</param>
/// <param name="Arithmetic">The exact comparison, e.g. <c>3 × 2,000 = 6,000 ≥ 2 × 3,000 = 6,000</c>.</param>
/// <param name="Shortfall">When unmet, what is missing in words with the numbers (e.g. <c>0.01 m² more agreeing area needed</c>); null when met.</param>
/// <param name="Citation">The clause it comes from (document number, title and article).</param>
public sealed record ConsentCondition(ConsentRequirement Requirement, bool Met, string Rule, string Arithmetic, string? Shortfall, Citation Citation);

/// <summary>Whether the owners consent to an elevator (二, 三（二）). Source: 海行规发〔2017〕6号 二「业主自愿」、三（二）.</summary>
/// <param name="UnitEntrance">The unit entrance of the elevator.</param>
/// <param name="Scope">Over whose owners consent was measured.</param>
/// <param name="TotalArea">Total exclusive area in scope, m².</param>
/// <param name="AgreeingArea">Exclusive area of the agreeing owners, m².</param>
/// <param name="TotalOwners">Owners in scope (each counted once).</param>
/// <param name="AgreeingOwners">Owners in scope who agree (each counted once).</param>
/// <param name="AffectedOwners">Directly affected owners of the unit.</param>
/// <param name="AffectedOwnersAgreeing">Directly affected owners who agree.</param>
/// <param name="Met">True when all three conditions are met.</param>
/// <param name="Conditions">The three conditions, each with its arithmetic.</param>
/// <param name="Shortfalls">Each unmet condition in words with the figures (empty when met).</param>
/// <param name="Provenance">Which parameter and package versions produced it.</param>
public sealed record ConsentResult(
    string UnitEntrance,
    ConsentScope Scope,
    decimal TotalArea,
    decimal AgreeingArea,
    int TotalOwners,
    int AgreeingOwners,
    int AffectedOwners,
    int AffectedOwnersAgreeing,
    bool Met,
    IReadOnlyList<ConsentCondition> Conditions,
    IReadOnlyList<string> Shortfalls,
    Provenance Provenance);

/// <summary>
/// One item of one elevator's claim: the cost, the uncapped amount, the cap and whether it bit, the amount, who pays
/// it and whether it is a government subsidy.
/// Source: 海行规发〔2017〕6号 四（二）至四（四）.
/// </summary>
/// <param name="ElevatorId">The elevator's id, as given in the claim.</param>
/// <param name="Item">The item.</param>
/// <param name="Cost">The audited actual cost of the item, yuan (0 for the new-technology allowance, which is not cost-based).</param>
/// <param name="Rate">The share of the cost (0.5 for 50%), or null when the actual cost is covered or nothing is.</param>
/// <param name="Uncapped">The amount before the cap, yuan (a share is rounded to the fen here, once).</param>
/// <param name="Cap">The per-elevator cap, yuan, or null when there is none.</param>
/// <param name="CapApplied">Whether the cap bit (uncapped amount above the cap).</param>
/// <param name="Amount">The amount <paramref name="Payer"/> pays for this item, yuan: min(uncapped, cap).</param>
/// <param name="Payer">Who pays <paramref name="Amount"/>.</param>
/// <param name="IsSubsidy">True when <paramref name="Amount"/> is a government subsidy; false when it is borne by the property unit or the implementing body.</param>
/// <param name="RemainderForImplementingBody">The part of the cost nobody else pays, left to the implementing body (四（一）), yuan.</param>
/// <param name="Rule">The rule in words.</param>
/// <param name="Arithmetic">The arithmetic.</param>
/// <param name="Citation">The clause it comes from (document number, title and article).</param>
public sealed record SubsidyLine(
    string ElevatorId,
    SubsidyItem Item,
    decimal Cost,
    decimal? Rate,
    decimal Uncapped,
    decimal? Cap,
    bool CapApplied,
    decimal Amount,
    Payer Payer,
    bool IsSubsidy,
    decimal RemainderForImplementingBody,
    string Rule,
    string Arithmetic,
    Citation Citation);

/// <summary>The government subsidy of one added elevator (台): one line per subsidy item, each capped per elevator, and the total in yuan. Source: 海行规发〔2017〕6号 四（二）、四（三）、四（四）.</summary>
/// <param name="ElevatorId">The elevator's id, as given in the claim.</param>
/// <param name="Items">Its four items, in the order purchase, utilities, power capacity, new technology.</param>
/// <param name="TotalSubsidy">Σ government subsidy, yuan.</param>
/// <param name="BorneByPropertyUnit">Σ borne by the property unit (not a subsidy), yuan.</param>
/// <param name="BorneByImplementingBody">Σ of the costs left to the implementing body, yuan.</param>
/// <param name="Lines">The bill: one line per item and the elevator's total.</param>
public sealed record ElevatorSubsidyResult(
    string ElevatorId,
    IReadOnlyList<SubsidyLine> Items,
    decimal TotalSubsidy,
    decimal BorneByPropertyUnit,
    decimal BorneByImplementingBody,
    IReadOnlyList<LineItem> Lines);

/// <summary>The subsidy total of one payer over a building's elevators, in yuan. Source: 海行规发〔2017〕6号 四（二）、四（三）.</summary>
/// <param name="Payer">A finance payer.</param>
/// <param name="Amount">What it pays for the building, yuan.</param>
public sealed record PayerTotal(Payer Payer, decimal Amount);

/// <summary>补贴结果 — the government subsidy of the elevators added to one building: each elevator, the total and the total per payer, in yuan. Source: 海行规发〔2017〕6号 四（二）、四（三）、四（四）.</summary>
/// <param name="BuildingId">The building's id, as given in the input.</param>
/// <param name="Ownership">Its ownership category.</param>
/// <param name="HasLegalFormalities">Whether it has legal formalities (四（二）/（三）).</param>
/// <param name="Elevators">Each elevator's result, in claim order.</param>
/// <param name="TotalSubsidy">Σ over the elevators, yuan.</param>
/// <param name="ByPayer">Subsidy per finance payer (only payers with an amount above 0, in <see cref="Payer"/> order).</param>
/// <param name="BorneByPropertyUnit">Σ borne by the property unit, yuan.</param>
/// <param name="BorneByImplementingBody">Σ left to the implementing body, yuan.</param>
/// <param name="Notes">What the officer should know: conditions not met, funding sources, an allowance the text does not fix.</param>
/// <param name="Lines">The bill: every elevator's lines, then the building's total and each payer's total.</param>
/// <param name="Provenance">Which parameter and package versions produced it.</param>
public sealed record BuildingSubsidyResult(
    string BuildingId,
    PropertyOwnership Ownership,
    bool HasLegalFormalities,
    IReadOnlyList<ElevatorSubsidyResult> Elevators,
    decimal TotalSubsidy,
    IReadOnlyList<PayerTotal> ByPayer,
    decimal BorneByPropertyUnit,
    decimal BorneByImplementingBody,
    IReadOnlyList<string> Notes,
    IReadOnlyList<LineItem> Lines,
    Provenance Provenance);

/// <summary>A street's use of its quota of pilot buildings (一 「每个街镇选取1栋」). Source: 海行规发〔2017〕6号 一、试点范围.</summary>
/// <param name="Street">The street or town.</param>
/// <param name="QuotaBuildings">Buildings counted against the quota.</param>
/// <param name="OutsideQuotaBuildings">Old-community buildings outside the quota.</param>
/// <param name="Met">Whether the quota is respected.</param>
public sealed record StreetQuota(string Street, int QuotaBuildings, int OutsideQuotaBuildings, bool Met);

/// <summary>The result of a compliance check of one project (operating right, timetable and payment order): every rule found broken, with severity and citation. Source: 海行规发〔2017〕6号 三（一）、三（七）、五.</summary>
/// <param name="Compliant">True when no violation was found (departures alone leave it true but are listed).</param>
/// <param name="Findings">Each violation or departure.</param>
/// <param name="Checked">What was checked, in words with the figures (one line per rule applied).</param>
/// <param name="Provenance">Which parameter and package versions produced it.</param>
public sealed record ComplianceReport(bool Compliant, IReadOnlyList<Finding> Findings, IReadOnlyList<string> Checked, Provenance Provenance);

/// <summary>
/// The criteria of the eligibility verdict (spec 07 E-a): the pilot scope (一), the legal formalities of 四（二）（三） and the three
/// consent conditions (二、三（二）).
/// Source: 海行规发〔2017〕6号 一、二、三（二）、四（二）、四（三）.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<EligibilityCriterion>))]
public enum EligibilityCriterion
{
    /// <summary>一: 城镇住宅楼房 — an urban residential building.</summary>
    UrbanResidential = 0,

    /// <summary>一: 未设电梯 — no elevator yet.</summary>
    NoExistingElevator = 1,

    /// <summary>一: 4层以上 — the minimum number of floors.</summary>
    MinimumFloors = 2,

    /// <summary>一: 总数不少于3个单元门 — the minimum number of unit entrances.</summary>
    MinimumUnitEntrances = 3,

    /// <summary>一: 1998年底前建成投入使用 — the completion date.</summary>
    CompletionDate = 4,

    /// <summary>一: 未列入棚户区改造、房屋征收范围和计划.</summary>
    NotInShantyTownOrExpropriation = 5,

    /// <summary>一: 军产房不在此范围.</summary>
    NotMilitaryProperty = 6,

    /// <summary>四（二）（三）: 具有合法手续 — complete legal formalities.</summary>
    LegalFormalities = 7,

    /// <summary>二、三（二）: agreeing owners hold at least two-thirds of the exclusive area.</summary>
    ConsentAreaShare = 8,

    /// <summary>二、三（二）: at least two-thirds of the owners agree.</summary>
    ConsentOwnerShare = 9,

    /// <summary>二: every directly affected owner of the unit agrees.</summary>
    ConsentDirectlyAffectedOwners = 10,
}

/// <summary>
/// 能否资助 — one verdict for "can this building be funded" (spec 07 E-a): the pilot scope (一), the legal-formalities condition
/// of 四（二）（三） and, when owner data was given, the owners' consent (二、三（二）); each unmet criterion is listed by name.
/// Source: 海行规发〔2017〕6号 一、二、三（二）、四（二）、四（三）.
/// </summary>
/// <param name="BuildingId">The building's id, as given.</param>
/// <param name="Eligible">True when no criterion checked is unmet (consent counts only when owner data was given: see <paramref name="ConsentChecked"/>).</param>
/// <param name="ConsentChecked">Whether owner data was given, so that consent was part of the verdict.</param>
/// <param name="Unmet">Each unmet criterion by name, in the order scope, legal formalities, consent.</param>
/// <param name="Reasons">One line per unmet criterion, <c>Name: what is wrong; required: what the text requires</c>, in the same order.</param>
/// <param name="Scope">The scope check (一) with every criterion.</param>
/// <param name="HasLegalFormalities">Whether the building has legal formalities (四（二）（三）).</param>
/// <param name="Consent">The consent check when owner data was given, else null.</param>
/// <param name="Notes">What the verdict leaves to other checks (consent without owner data, ownership and costs for the subsidy, the timetable).</param>
/// <param name="Provenance">Which parameter and package versions produced it.</param>
public sealed record EligibilityResult(
    string BuildingId,
    bool Eligible,
    bool ConsentChecked,
    IReadOnlyList<EligibilityCriterion> Unmet,
    IReadOnlyList<string> Reasons,
    ScopeResult Scope,
    bool HasLegalFormalities,
    ConsentResult? Consent,
    IReadOnlyList<string> Notes,
    Provenance Provenance);

/// <summary>The pilot portfolio check: scope of each building, the per-street quota, implementing bodies. Source: 海行规发〔2017〕6号 一「每个街镇选取1栋」、三（一）「原则上全区不超过5家」.</summary>
/// <param name="Buildings">Each building's scope result, in input order.</param>
/// <param name="Streets">Each street's quota use, ordered by name (ordinal).</param>
/// <param name="TenderedImplementingBodies">Tendered implementing bodies (those needing no tender not counted).</param>
/// <param name="Compliant">True when no violation was found (departures are listed but allowed with a decision).</param>
/// <param name="Findings">Each violation or departure.</param>
/// <param name="Provenance">Which parameter and package versions produced it.</param>
public sealed record PortfolioReport(
    IReadOnlyList<ScopeResult> Buildings,
    IReadOnlyList<StreetQuota> Streets,
    int TenderedImplementingBodies,
    bool Compliant,
    IReadOnlyList<Finding> Findings,
    Provenance Provenance);
