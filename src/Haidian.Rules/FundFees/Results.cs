using System.Collections.Generic;
using System.Text.Json.Serialization;
using NodaTime;

namespace Haidian.Rules.FundFees;

/// <summary>
/// A compliance report: every rule checked, each finding with severity and citation, counts, and the overall verdict. A report is
/// <see cref="ComplianceVerdict.Compliant"/> only when no violation and no departure (even an approved one) stands and every rule was checked.
/// Source: 海行规发〔2017〕8号 and 海政办发〔2017〕34号 (each finding cites its own clause).
/// </summary>
/// <param name="Subject">What was checked (the fund's or project's name).</param>
/// <param name="AsOf">The day the terms were checked.</param>
/// <param name="Verdict">The overall verdict.</param>
/// <param name="Violations">Breached rules stated outright.</param>
/// <param name="Departures">Breached 原则上/一般 rules without a decision.</param>
/// <param name="ApprovedDepartures">Breached 原则上/一般 rules allowed by a decision.</param>
/// <param name="NotAssessed">Rules not checked for want of facts.</param>
/// <param name="Findings">Every finding, in the order of the document's articles.</param>
/// <param name="Provenance">The parameter and package versions used.</param>
public sealed record ComplianceReport(
    string Subject,
    LocalDate AsOf,
    ComplianceVerdict Verdict,
    int Violations,
    int Departures,
    int ApprovedDepartures,
    int NotAssessed,
    IReadOnlyList<Finding> Findings,
    Provenance Provenance);

/// <summary>One stretch of a fee-cap period with a constant base, rate and year length. Source: 海行规发〔2017〕8号 第十四条; 海政办发〔2017〕34号 第十六条、第二十一条.</summary>
/// <param name="From">First day of the stretch (inclusive).</param>
/// <param name="To">Last day (inclusive).</param>
/// <param name="Days">Days in the stretch.</param>
/// <param name="DaysInYear">365 or 366: the length of the stretch's calendar year (Actual/Actual).</param>
/// <param name="Base">The base, yuan.</param>
/// <param name="AnnualRate">The annual rate in force.</param>
public sealed record FeeCapSegment(LocalDate From, LocalDate To, int Days, int DaysInYear, decimal Base, decimal AnnualRate);

/// <summary>
/// A fee cap for a period: <c>Σ rate × base × days / daysInYear</c> over the stretches (each day weighs 1/365 or 1/366 by its own
/// year), rounded to the fen once; and, when a fee was proposed, whether it fits.
/// Source: 海行规发〔2017〕8号 第十四条; 海政办发〔2017〕34号 第十六条、第二十一条.
/// </summary>
/// <param name="Fee">Which fee.</param>
/// <param name="Start">First day of the period.</param>
/// <param name="End">Last day of the period.</param>
/// <param name="Days">Days in the period.</param>
/// <param name="Segments">The stretches, in date order.</param>
/// <param name="Cap">The cap, yuan, rounded once to the fen.</param>
/// <param name="ProposedFee">The proposed fee, or null.</param>
/// <param name="WithinCap">Whether the proposed fee is at most the cap (不高于/不超过 include the cap), or null without a proposal.</param>
/// <param name="Excess">How much the proposed fee exceeds the cap, yuan (0 when within), or null.</param>
/// <param name="PeriodReturns">The development fund's returns for the period, or null.</param>
/// <param name="WithinReturns">Whether the proposed fee can be paid out of the period's returns, or null.</param>
/// <param name="Findings">The fee-vs-cap and fee-vs-returns findings.</param>
/// <param name="Lines">The bill: one line per stretch and the rounded total.</param>
/// <param name="Provenance">The parameter version in force on <paramref name="Start"/> and the package version.</param>
public sealed record FeeCapResult(
    FundFee Fee,
    LocalDate Start,
    LocalDate End,
    int Days,
    IReadOnlyList<FeeCapSegment> Segments,
    decimal Cap,
    decimal? ProposedFee,
    bool? WithinCap,
    decimal? Excess,
    decimal? PeriodReturns,
    bool? WithinReturns,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<LineItem> Lines,
    Provenance Provenance);

/// <summary>The outcome of an investment committee vote (第二十条) and the committee's make-up (第十三条). Source: 海行规发〔2017〕8号 第十三条、第二十条.</summary>
/// <param name="Members">Members of the committee who vote (the denominator of 五分之三).</param>
/// <param name="InFavour">Votes in favour.</param>
/// <param name="RequiredInFavour">The fewest votes in favour that pass: the smallest <c>y</c> with <c>5 × y ≥ 3 × members</c>.</param>
/// <param name="Passes">Whether the project passes (五分之三以上, inclusive).</param>
/// <param name="Findings">The committee-size and composition findings (departures when off).</param>
/// <param name="Lines">The vote's arithmetic.</param>
public sealed record CommitteeVoteResult(int Members, int InFavour, int RequiredInFavour, bool Passes, IReadOnlyList<Finding> Findings, IReadOnlyList<LineItem> Lines);

/// <summary>One share of a distribution. Source: 海行规发〔2017〕8号 第二十四条; 海政办发〔2017〕34号 第二十六条、第二十九条.</summary>
/// <param name="Name">The partner\'s name, as given (it labels findings and lines).</param>
/// <param name="Weight">Its paid-in capital or contribution, yuan.</param>
/// <param name="Amount">Its share, yuan (whole fen).</param>
/// <param name="Note">A note (e.g. the district centre's share is in principle reinvested), or null.</param>
public sealed record DistributionShare(string Name, decimal Weight, decimal Amount, string? Note);

/// <summary>A distribution of returns or liquidation proceeds; the shares add up to the total exactly (conservative fen split). Source: 海行规发〔2017〕8号 第二十四条; 海政办发〔2017〕34号 第二十六条、第二十九条.</summary>
/// <param name="Total">The amount distributed, yuan.</param>
/// <param name="Shares">The shares, in the caller's order (the guide fund first in a liquidation).</param>
/// <param name="Notes">Readings and flags the result depends on.</param>
/// <param name="Lines">The bill, one line per share and step.</param>
/// <param name="Provenance">The parameter and package versions used.</param>
public sealed record DistributionResult(decimal Total, IReadOnlyList<DistributionShare> Shares, IReadOnlyList<string> Notes, IReadOnlyList<LineItem> Lines, Provenance Provenance);

/// <summary>The manager's carried interest cap (第二十七条 先回本后分利). Source: 海政办发〔2017〕34号 第二十七条.</summary>
/// <param name="ContributedCapital">Capital returned first, yuan.</param>
/// <param name="Proceeds">What the participating fund realised, yuan.</param>
/// <param name="ValueAdded">增值收益 = max(0, proceeds − capital), yuan.</param>
/// <param name="MaximumCarry">At most 70% of the value added, rounded to the fen, yuan: the cap on everything awarded out of this value added.</param>
/// <param name="AlreadyAwarded">What was already awarded out of this value added, yuan (0 when none).</param>
/// <param name="MaxAwardNow">
/// The most that may be awarded on the day asked (spec 07 F-d), yuan: <c>max(0, MaximumCarry − AlreadyAwarded)</c> once 区政府常务会议 or
/// 区长专题会 has approved the award on or before that day (「经…审议通过后」), otherwise 0.
/// </param>
/// <param name="ProposedCarry">The proposed award, yuan, or null when none was proposed (then only the cap is computed).</param>
/// <param name="Findings">Ratio and approval findings (violations when broken).</param>
/// <param name="Lines">The bill lines: value added, the 70% cap and the most that may be awarded now, each with its arithmetic and citation.</param>
/// <param name="Provenance">The parameter and package versions used.</param>
public sealed record CarryResult(decimal ContributedCapital, decimal Proceeds, decimal ValueAdded, decimal MaximumCarry, decimal AlreadyAwarded, decimal MaxAwardNow, decimal? ProposedCarry, IReadOnlyList<Finding> Findings, IReadOnlyList<LineItem> Lines, Provenance Provenance);

/// <summary>The verdict on a proposed investment (第二十四条). Source: 海政办发〔2017〕34号 第二十四条.</summary>
/// <param name="Description">The proposed investment.</param>
/// <param name="Prohibited">Whether it falls in a prohibited category.</param>
/// <param name="Categories">The categories it falls in (empty when allowed).</param>
/// <param name="Reason">Why, in words.</param>
/// <param name="Citation">第二十四条 and its clause(s).</param>
public sealed record InvestmentVerdict(string Description, bool Prohibited, IReadOnlyList<ProhibitedCategory> Categories, string Reason, Citation Citation);

/// <summary>One ground of 第三十条 evaluated on a day. Source: 海政办发〔2017〕34号 第三十条.</summary>
/// <param name="Ground">The ground.</param>
/// <param name="Applies">Whether the guide fund may exit on this ground on the day asked about.</param>
/// <param name="ArisesOn">For the dated grounds (一)(二), the first day the ground can hold; otherwise null.</param>
/// <param name="Explanation">The computation in words (period start, end, inclusive or strict).</param>
/// <param name="Citation">The clause it comes from (document number, title and article).</param>
public sealed record ExitGroundResult(ExitGround Ground, bool Applies, LocalDate? ArisesOn, string Explanation, Citation Citation);

/// <summary>Whether the guide fund may exit without the other investors' consent (第三十条), ground by ground. Source: 海政办发〔2017〕34号 第三十条.</summary>
/// <param name="AsOf">The day asked about.</param>
/// <param name="MayExit">True when any ground applies.</param>
/// <param name="Grounds">Each ground evaluated.</param>
/// <param name="Provenance">The parameter and package versions used.</param>
public sealed record ExitAssessment(LocalDate AsOf, bool MayExit, IReadOnlyList<ExitGroundResult> Grounds, Provenance Provenance);

/// <summary>A custody-report deadline (第十五条（四）). Source: 海行规发〔2017〕8号 第十五条（四）.</summary>
/// <param name="Kind">Quarterly or annual.</param>
/// <param name="Covers">The quarter or year the report covers, e.g. <c>2018-Q3</c> or <c>2018</c>.</param>
/// <param name="LastDay">The last day to send the report.</param>
/// <param name="FallsOnRestDay">For the annual report's fixed date: whether 31 January is a rest day (then the result says whether it was moved).</param>
/// <param name="Calendar">The working-day calendar used (its name).</param>
/// <param name="Arithmetic">How the day was found (the working days counted, or the fixed date).</param>
/// <param name="Citation">第十五条（四）.</param>
public sealed record CustodyReportDeadline(CustodyReportKind Kind, string Covers, LocalDate LastDay, bool FallsOnRestDay, string Calendar, string Arithmetic, Citation Citation);

/// <summary>One tranche of the guide fund's initial size (第七条 「2016年到2020年分5期出资，每期2400万元」). Source: 海政办发〔2017〕34号 第七条.</summary>
/// <param name="Number">1 to 5.</param>
/// <param name="Year">The year of the tranche.</param>
/// <param name="Amount">The tranche amount, yuan (每期2400万元 = 24,000,000).</param>
/// <param name="BeforeInForce">True when the whole year is before the document was in force (the 2016 tranche): the schedule is reported, not governed, by it.</param>
/// <param name="Note">What the in-force date means for this tranche, or null.</param>
/// <param name="Citation">第七条.</param>
public sealed record GuideFundTranche(int Number, int Year, decimal Amount, bool BeforeInForce, string? Note, Citation Citation);
