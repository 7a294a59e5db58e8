using System.Collections.Generic;
using NodaTime;

namespace Haidian.Rules.WasteSorting;

/// <summary>
/// 厨余垃圾收集基量 — the assessment of a month against the collection base, reported beside the payment, never silently.
/// Percentages are shown to two decimals (rounded when met, truncated when below, so a rate just under 5% never reads
/// "5.00%"); the rate shortfall and the tonnes needed are the exact figures rounded up to 0.01, so reaching the stated
/// figure always meets the base; the exact figures stand beside them (spec 07 K-a).
/// Source: 海政办发〔2017〕46号 二（二）3.
/// </summary>
/// <param name="Basis">The agreed base tonnage (primary) or the separation rate.</param>
/// <param name="Verdict">Met, below, or not assessable (nothing weighed).</param>
/// <param name="SeparationRatePercent">分出率 = kitchen ÷ (kitchen + other) × 100, two decimals; null when nothing was weighed.</param>
/// <param name="RequiredRatePercent">The rate of the base, 5 (厨余垃圾分出率5%以上, 以上 includes 5).</param>
/// <param name="AgreedBaseTonnes">The agreed base tonnage, or null.</param>
/// <param name="RequiredKitchenTonnes">Kitchen tonnes needed to meet the base: the agreed base tonnage, or for the rate test
/// other × 5 ÷ 95 (other waste unchanged) rounded up to 0.01 t; null when not assessable.</param>
/// <param name="ShortfallPoints">Below the rate base: 5 − rate, in percentage points, rounded up to 0.01; otherwise null.</param>
/// <param name="ShortfallTonnes">Below base: <paramref name="RequiredKitchenTonnes"/> − kitchen tonnes (for the rate test: the
/// tonnes needed rounded up, less the kitchen tonnes); otherwise null.</param>
/// <param name="ExactRequiredKitchenTonnes">The exact tonnes needed (spec 07 K-a): a decimal where it terminates
/// (<c>5</c>, <c>25.5</c>), otherwise the reduced fraction (<c>600/19</c>); null when <paramref name="RequiredKitchenTonnes"/> is.</param>
/// <param name="ExactShortfallPoints">The exact rate points short, 5 − 100 × kitchen ÷ (kitchen + other), as a terminating decimal
/// or a reduced fraction (<c>5/21</c>); null when <paramref name="ShortfallPoints"/> is.</param>
/// <param name="ExactShortfallTonnes">The exact tonnes short, exact tonnes needed − kitchen tonnes, as a terminating decimal or a
/// reduced fraction (<c>30/19</c>); null when <paramref name="ShortfallTonnes"/> is.</param>
/// <param name="Text">The assessment in words, e.g. <c>rate 4.76% &lt; 5%: 0.24 points, 1.58 t short (31.58 t needed)</c>.</param>
/// <param name="Citation">二（二）3.</param>
public sealed record BaseAssessment(
    BaseBasis Basis,
    BaseVerdict Verdict,
    decimal? SeparationRatePercent,
    decimal RequiredRatePercent,
    decimal? AgreedBaseTonnes,
    decimal? RequiredKitchenTonnes,
    decimal? ShortfallPoints,
    decimal? ShortfallTonnes,
    string? ExactRequiredKitchenTonnes,
    string? ExactShortfallPoints,
    string? ExactShortfallTonnes,
    string Text,
    Citation Citation);

/// <summary>
/// A weighing ticket of the month that is not counted (spec 07 K-b): it is dated before the policy is in force (2017-08-31,
/// the issue date), so it is listed with the reason and not paid, and the rest of the month is computed.
/// Source: 海政办发〔2017〕46号 印发通知（2017年8月31日）.
/// </summary>
/// <param name="Number">The ticket number, as given.</param>
/// <param name="Date">The day the load was weighed.</param>
/// <param name="Tonnes">Its tonnes (not counted).</param>
/// <param name="Stream">Kitchen or other waste.</param>
/// <param name="Reason">Why it is not counted, e.g. <c>dated 2017-08-30, before the policy is in force (from 2017-08-31): not counted, not paid</c>.</param>
/// <param name="Citation">The notice's issue date, from which the plan applies.</param>
public sealed record ExcludedTicket(string Number, LocalDate Date, decimal Tonnes, WasteStream Stream, string Reason, Citation Citation);

/// <summary>The monthly kitchen-waste subsidy of one estate: tonnages, collection-base assessment, flags, excluded tickets, gross amount, what is paid and why, the bill lines. Source: 海政办发〔2017〕46号 二（二）3「1700元/吨」.</summary>
/// <param name="Estate">The estate's name, as given in the input.</param>
/// <param name="Operator">The operator's name (the payee: property or professional company), as given in the input.</param>
/// <param name="OperatorKind">The payee's kind.</param>
/// <param name="Site">Estate or village.</param>
/// <param name="Month">The month.</param>
/// <param name="Status">Why <paramref name="Payable"/> is what it is.</param>
/// <param name="TicketCount">Weighing tickets of the month counted (both streams); <paramref name="Excluded"/> ones are not.</param>
/// <param name="KitchenTonnes">Σ kitchen-waste tickets, tonnes.</param>
/// <param name="OtherTonnes">Σ other-waste tickets, tonnes.</param>
/// <param name="SubsidyPerTonne">The rate used, yuan per tonne (1,700).</param>
/// <param name="Gross">Rate × kitchen tonnes, rounded to the fen — the amount at stake before the conditions.</param>
/// <param name="Payable">What the street/town pays the operator, yuan.</param>
/// <param name="Held">Gross − payable: not accepted, flagged for decision, or withheld below base (see <paramref name="Status"/>).</param>
/// <param name="Base">The collection-base assessment.</param>
/// <param name="Reason">The status in words.</param>
/// <param name="Flags">What needs a decision whatever the status, even "not accepted" (spec 07 K-d): a village claim
/// (<c>payee.villageClaim</c>, 二（二）4) and an operator the per-tonne clause does not name, a village committee
/// (<c>payee.notNamed</c>, 二（二）3); severity <see cref="Severity.Departure"/> (paid only on a specific decision). Empty when none.</param>
/// <param name="Excluded">Tickets dated before the policy is in force, listed with the reason and not counted (spec 07 K-b); empty
/// when none.</param>
/// <param name="Lines">The bill: each rule applied with its arithmetic and citation (amounts in yuan).</param>
/// <param name="Provenance">Which parameter version and package version produced it.</param>
public sealed record EstateMonthResult(
    string Estate,
    string Operator,
    OperatorKind OperatorKind,
    SiteKind Site,
    YearMonth Month,
    SubsidyStatus Status,
    int TicketCount,
    decimal KitchenTonnes,
    decimal OtherTonnes,
    decimal SubsidyPerTonne,
    decimal Gross,
    decimal Payable,
    decimal Held,
    BaseAssessment Base,
    string Reason,
    IReadOnlyList<Finding> Flags,
    IReadOnlyList<ExcludedTicket> Excluded,
    IReadOnlyList<LineItem> Lines,
    Provenance Provenance);

/// <summary>What one payee (property or professional company) is paid over the estates it runs. Source: 海政办发〔2017〕46号 二（二）3.</summary>
/// <param name="Operator">The operator's name (the payee: property or professional company), as given in the input.</param>
/// <param name="Estates">Estate-months of this payee counted.</param>
/// <param name="KitchenTonnes">Σ kitchen tonnes of those estate-months.</param>
/// <param name="Payable">Σ payable, yuan.</param>
public sealed record PayeeTotal(string Operator, int Estates, decimal KitchenTonnes, decimal Payable);

/// <summary>
/// A street/town's monthly statement (街镇月度结算): each estate's result and totals that are exactly the sums of the
/// estates' figures.
/// Source: 海政办发〔2017〕46号 二（二）3.
/// </summary>
/// <param name="Street">The street or town (街道办事处 / 镇政府).</param>
/// <param name="Month">The month.</param>
/// <param name="Estates">Each estate's result, in input order.</param>
/// <param name="Payees">Per payee, ordered by name (ordinal): the transfers to make.</param>
/// <param name="KitchenTonnes">Σ kitchen tonnes.</param>
/// <param name="OtherTonnes">Σ other tonnes.</param>
/// <param name="Gross">Σ gross, yuan.</param>
/// <param name="Payable">Σ payable, yuan.</param>
/// <param name="NotAccepted">Σ gross of estates not accepted, yuan.</param>
/// <param name="Flagged">Σ gross flagged for decision (village claims), yuan.</param>
/// <param name="WithheldBelowBase">Σ gross withheld below base under an opt-in agreement, yuan.</param>
/// <param name="EstatesBelowBase">Estates whose base assessment is below base.</param>
/// <param name="Provenance">The parameter and package versions used.</param>
public sealed record StreetMonthStatement(
    string Street,
    YearMonth Month,
    IReadOnlyList<EstateMonthResult> Estates,
    IReadOnlyList<PayeeTotal> Payees,
    decimal KitchenTonnes,
    decimal OtherTonnes,
    decimal Gross,
    decimal Payable,
    decimal NotAccepted,
    decimal Flagged,
    decimal WithheldBelowBase,
    int EstatesBelowBase,
    Provenance Provenance);

/// <summary>One estate's year of kitchen-waste subsidy: months, kitchen and other tonnes, gross and payable yuan (exact sums of its months), and how many months were below the collection base. Source: 海政办发〔2017〕46号 二（二）3.</summary>
/// <param name="Estate">The estate's name, as given in the input.</param>
/// <param name="Months">Months with a statement line for it.</param>
/// <param name="KitchenTonnes">Σ kitchen tonnes.</param>
/// <param name="OtherTonnes">Σ other tonnes.</param>
/// <param name="Gross">Σ gross, yuan.</param>
/// <param name="Payable">Σ payable, yuan.</param>
/// <param name="MonthsBelowBase">Months whose base assessment was below base.</param>
public sealed record EstateYearTotal(string Estate, int Months, decimal KitchenTonnes, decimal OtherTonnes, decimal Gross, decimal Payable, int MonthsBelowBase);

/// <summary>A street/town's year statement: the monthly statements and totals that are exactly the sums of the months. Source: 海政办发〔2017〕46号 二（二）3.</summary>
/// <param name="Street">The street or town.</param>
/// <param name="Year">The calendar year.</param>
/// <param name="Months">The monthly statements, earliest first (only months with estate data).</param>
/// <param name="Estates">Each estate's year, ordered by name (ordinal).</param>
/// <param name="Payees">Each payee's year, ordered by name (ordinal).</param>
/// <param name="KitchenTonnes">Σ kitchen tonnes.</param>
/// <param name="OtherTonnes">Σ other tonnes.</param>
/// <param name="Gross">Σ gross, yuan.</param>
/// <param name="Payable">Σ payable, yuan.</param>
/// <param name="NotAccepted">Σ not accepted, yuan.</param>
/// <param name="Flagged">Σ flagged for decision, yuan.</param>
/// <param name="WithheldBelowBase">Σ withheld below base, yuan.</param>
/// <param name="Provenance">The distinct provenances of the months, in order.</param>
public sealed record StreetYearStatement(
    string Street,
    int Year,
    IReadOnlyList<StreetMonthStatement> Months,
    IReadOnlyList<EstateYearTotal> Estates,
    IReadOnlyList<PayeeTotal> Payees,
    decimal KitchenTonnes,
    decimal OtherTonnes,
    decimal Gross,
    decimal Payable,
    decimal NotAccepted,
    decimal Flagged,
    decimal WithheldBelowBase,
    IReadOnlyList<Provenance> Provenance);

/// <summary>The one-time construction subsidy of an estate: the audited amount (补贴资金以审计结果为准), no cap. Source: 海政办发〔2017〕46号 二（二）3.</summary>
/// <param name="Estate">The estate's name, as given in the input.</param>
/// <param name="Operator">The operator's name (the payee: property or professional company), as given in the input.</param>
/// <param name="Mode">The model built.</param>
/// <param name="Status">Payable, awaiting audit, or not accepted.</param>
/// <param name="ClaimedCost">The cost claimed, yuan.</param>
/// <param name="AuditedAmount">The audited amount, yuan, or null.</param>
/// <param name="Subsidy">The subsidy, yuan: the audited amount when payable, else 0.</param>
/// <param name="Lines">The bill lines with citations.</param>
/// <param name="Provenance">The parameter and package versions used.</param>
public sealed record ConstructionSubsidyResult(
    string Estate,
    string Operator,
    CollectionMode Mode,
    ConstructionStatus Status,
    decimal ClaimedCost,
    decimal? AuditedAmount,
    decimal Subsidy,
    IReadOnlyList<LineItem> Lines,
    Provenance Provenance);

/// <summary>
/// The sizing standards for a number of households (for planning and acceptance checks). Every count rounds up (a reading:
/// 「每400户1座」 means a part of 400 households still needs a station). The lines' amounts are counts, not yuan.
/// Source: 海政办发〔2017〕46号 二（二）3、二（四）1.
/// </summary>
/// <param name="Households">The households counted.</param>
/// <param name="CentralizedStations">厨余垃圾集中投放站: ceil(households ÷ 400).</param>
/// <param name="DispersedStationsLow">厨余垃圾分散收集桶站, fewest: ceil(households ÷ 100).</param>
/// <param name="DispersedStationsHigh">厨余垃圾分散收集桶站, most: ceil(households ÷ 80).</param>
/// <param name="RecyclingTrucksLow">密闭式再生资源回收车, fewest: ceil(households ÷ 3,000).</param>
/// <param name="RecyclingTrucksHigh">密闭式再生资源回收车, most: ceil(households ÷ 2,500) — a guide; the number is fixed jointly by the industry department and the street/town.</param>
/// <param name="Lines">The arithmetic of each count, with citations (amount = the count).</param>
/// <param name="Citation">The clauses the answer rests on, 海政办发〔2017〕46号 二（二）3、二（四）1 (spec 07 K-c).</param>
public sealed record FacilitySizing(
    int Households,
    int CentralizedStations,
    int DispersedStationsLow,
    int DispersedStationsHigh,
    int RecyclingTrucksLow,
    int RecyclingTrucksHigh,
    IReadOnlyList<LineItem> Lines,
    Citation Citation);

/// <summary>
/// Whether a drop-off time is inside the centralized stations' staffed hours, with the windows and the clause
/// (spec 07 K-c: the staffed-hours answer carries its citation like every other result).
/// Source: 海政办发〔2017〕46号 二（二）3 一是 「上午7:00-9:00；下午17:00-19:00」.
/// </summary>
/// <param name="Time">The time of day asked about.</param>
/// <param name="Staffed">Whether it is inside a window, both ends included.</param>
/// <param name="StaffedHours">The staffed windows.</param>
/// <param name="Citation">二（二）3 一是.</param>
public sealed record StaffedTime(LocalTime Time, bool Staffed, IReadOnlyList<TimeWindow> StaffedHours, Citation Citation);
