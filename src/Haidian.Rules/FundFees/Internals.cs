using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;

namespace Haidian.Rules.FundFees;

/// <summary>Number and date formats used in the module's lines and findings (invariant culture).</summary>
internal static class Fmt
{
    public static string Yuan(decimal amount) => amount.ToString("#,0.00", CultureInfo.InvariantCulture);

    public static string Exact(decimal amount) => decimal.Round(amount, 6, MidpointRounding.AwayFromZero).ToString("#,0.000000", CultureInfo.InvariantCulture);

    public static string Num(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Percent(decimal share) => (share * 100m).ToString("0.####", CultureInfo.InvariantCulture) + "%";

    public static string Date(LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>Date arithmetic that stays inside NodaTime's calendar (years −9998 to 9999) for any caller's dates and parameters.</summary>
internal static class DateMath
{
    /// <summary>The day <paramref name="years"/> years (and <paramref name="days"/> days) after <paramref name="date"/>, or null when it is outside the calendar.</summary>
    public static LocalDate? PlusYears(LocalDate date, int years, int days = 0)
    {
        try
        {
            return date.PlusYears(years).PlusDays(days);
        }
        catch (Exception ex) when (ex is ArgumentOutOfRangeException or OverflowException)
        {
            return null;
        }
    }
}

/// <summary>The rules a report can contain, with the severity a breach carries; decisions are checked against it.</summary>
internal static class RuleCatalog
{
    public static readonly IReadOnlyDictionary<string, Severity> Development = new Dictionary<string, Severity>(StringComparer.Ordinal)
    {
        ["dev.limitedPartnership"] = Severity.Violation,
        ["dev.term"] = Severity.Departure,
        ["dev.managerCapital"] = Severity.Violation,
        ["dev.managerAmacRequirements"] = Severity.Violation,
        ["dev.managerFiling"] = Severity.Violation,
        ["dev.committeeSize"] = Severity.Departure,
        ["dev.committeeComposition"] = Severity.Departure,
        ["dev.managementFeeRate"] = Severity.Departure,
        ["dev.feeFromReturns"] = Severity.Departure,
        ["dev.custodianQualified"] = Severity.Violation,
        ["dev.centreReturnsReinvested"] = Severity.Departure,
        ["dev.investment.expertReview"] = Severity.Violation,
        ["dev.investment.committeeApproval"] = Severity.Violation,
        ["dev.investment.direction"] = Severity.Departure,
        ["dev.investment.formalities"] = Severity.Departure,
        ["dev.investment.returnRequirement"] = Severity.Departure,
    };

    public static readonly IReadOnlyDictionary<string, Severity> Guide = new Dictionary<string, Severity>(StringComparer.Ordinal)
    {
        ["guide.share"] = Severity.Violation,
        ["guide.notLargest"] = Severity.Violation,
        ["guide.registeredInHaidian"] = Severity.Departure,
        ["guide.termStandard"] = Severity.Departure,
        ["guide.termMaximum"] = Severity.Violation,
        ["guide.haidianInvestment"] = Severity.Violation,
        ["guide.reviewCommitteeOdd"] = Severity.Violation,
        ["guide.publicNotice"] = Severity.Violation,
        ["guide.managerFeeRate"] = Severity.Departure,
        ["guide.trusteeFee"] = Severity.Violation,
        ["guide.managerRegistered"] = Severity.Violation,
        ["guide.managerSeniorStaff"] = Severity.Violation,
        ["guide.managerSuccessCase"] = Severity.Violation,
        ["guide.managerNoPenalty"] = Severity.Violation,
        ["guide.investorMinimum"] = Severity.Violation,
        ["guide.investorCount"] = Severity.Departure,
        ["guide.managerSubscribes"] = Severity.Violation,
        ["guide.charterExitWhenBuyer"] = Severity.Violation,
        ["guide.charterOthersNotBefore"] = Severity.Violation,
        ["guide.charterBankruptcyPriority"] = Severity.Violation,
        ["guide.carryRatio"] = Severity.Violation,
        ["guide.carryApproval"] = Severity.Violation,
        ["guide.charterExitGrounds"] = Severity.Violation,
        ["guide.custodianAge"] = Severity.Violation,
        ["guide.custodianStateOwned"] = Severity.Violation,
        ["guide.custodianTreasuryAgent"] = Severity.Violation,
        ["guide.custodianExperience"] = Severity.Violation,
        ["guide.custodianNoPenalty"] = Severity.Violation,
        ["guide.paidInShare"] = Severity.Violation,
        ["guide.paidInNotLargest"] = Severity.Violation,
        ["guide.trancheSchedule"] = Severity.Violation,
        ["guide.concessionApproval"] = Severity.Violation,
        ["guide.concessionAgreed"] = Severity.Violation,
        ["guide.concessionFromReturns"] = Severity.Violation,
        ["guide.buyBackGrounds"] = Severity.Violation,
        ["guide.buyBackByBreachingParty"] = Severity.Violation,
        ["guide.buyBackPrice"] = Severity.Violation,
    };

    /// <summary>Checks decisions: each names a known 原则上/一般 rule and gives its reference.</summary>
    public static void CheckDecisions(Validator v, string path, IReadOnlyList<DepartureDecision>? decisions, IReadOnlyDictionary<string, Severity> catalog)
    {
        if (decisions is null)
        {
            return;
        }

        for (var i = 0; i < decisions.Count; i++)
        {
            var p = Validator.Index(path, i);
            var d = decisions[i];
            if (!v.Required(p, d))
            {
                continue;
            }

            v.RequiredText(Validator.Field(p, "decision"), d.Decision);
            if (!v.RequiredText(Validator.Field(p, "code"), d.Code))
            {
                continue;
            }

            if (!catalog.TryGetValue(d.Code, out var severity))
            {
                v.Add(Validator.Field(p, "code"), ErrorCode.InvalidValue, "'" + d.Code + "' is not a rule of this check");
            }
            else if (severity == Severity.Violation)
            {
                v.Add(Validator.Field(p, "code"), ErrorCode.InvalidValue, "'" + d.Code + "' is stated outright (a violation when broken); no decision can allow it");
            }
        }
    }
}

/// <summary>Collects findings for one report; a breached departure is marked approved when a decision names its rule.</summary>
internal sealed class FindingList
{
    private readonly List<Finding> findings = new();
    private readonly IReadOnlyDictionary<string, Severity> catalog;
    private readonly IReadOnlyList<DepartureDecision> decisions;

    public FindingList(IReadOnlyDictionary<string, Severity> catalog, IReadOnlyList<DepartureDecision>? decisions = null)
    {
        this.catalog = catalog;
        this.decisions = decisions ?? Array.Empty<DepartureDecision>();
    }

    public IReadOnlyList<Finding> Items => findings;

    /// <summary>Adds a finding; <paramref name="met"/> null means not assessed.</summary>
    public Finding Add(string ruleId, Citation citation, string requirement, string observed, bool? met)
    {
        var severity = catalog[ruleId];
        var status = met is null ? FindingStatus.NotAssessed : met.Value ? FindingStatus.Met : FindingStatus.Breached;
        string? approved = null;
        if (status == FindingStatus.Breached && severity == Severity.Departure)
        {
            approved = decisions.FirstOrDefault(d => string.Equals(d.Code, ruleId, StringComparison.Ordinal))?.Decision;
        }

        var f = new Finding(ruleId, severity, observed, citation) { Status = status, Requirement = requirement, ApprovedBy = approved };
        findings.Add(f);
        return f;
    }

    public ComplianceReport Report(string subject, LocalDate asOf, Provenance provenance) => Build(subject, asOf, findings.ToArray(), provenance);

    public static ComplianceReport Build(string subject, LocalDate asOf, IReadOnlyList<Finding> items, Provenance provenance)
    {
        var violations = items.Count(f => f.IsViolation);
        var departures = items.Count(f => f.IsDeparture && f.ApprovedBy is null);
        var approved = items.Count(f => f.IsDeparture && f.ApprovedBy is not null);
        var notAssessed = items.Count(f => f.Status == FindingStatus.NotAssessed);
        var verdict = violations > 0 ? ComplianceVerdict.NonCompliant
            : departures > 0 ? ComplianceVerdict.DeparturesAwaitingDecision
            : notAssessed > 0 ? ComplianceVerdict.Incomplete
            : approved > 0 ? ComplianceVerdict.CompliantWithApprovedDepartures
            : ComplianceVerdict.Compliant;
        return new ComplianceReport(subject, asOf, verdict, violations, departures, approved, notAssessed, items, provenance);
    }
}

/// <summary>The day-weighted (Actual/Actual) fee-cap computation shared by the three fees.</summary>
internal static class FeeCapEngine
{
    public static void Validate(Validator v, FeePeriod period, bool returnsAllowed)
    {
        if (period.End < period.Start)
        {
            v.Add("end", ErrorCode.Inconsistent, "must not be before start (" + Fmt.Date(period.Start) + "), got " + Fmt.Date(period.End));
        }

        if (v.Required("base", period.Base))
        {
            if (period.Base.Count == 0)
            {
                v.Add("base", ErrorCode.Required, "must contain at least one change (the base on the period's first day)");
            }

            for (var i = 0; i < period.Base.Count; i++)
            {
                var p = Validator.Index("base", i);
                var c = period.Base[i];
                if (!v.Required(p, c))
                {
                    continue;
                }

                if (v.NotNegative(Validator.Field(p, "amount"), c.Amount) && c.Amount > FundLimits.MaximumAmount)
                {
                    v.Add(Validator.Field(p, "amount"), ErrorCode.OutOfRange, "must not exceed " + Fmt.Yuan(FundLimits.MaximumAmount) + " yuan");
                }

                var prev = i > 0 ? period.Base[i - 1] : null;
                if (prev is not null)
                {
                    if (c.EffectiveFrom == prev.EffectiveFrom)
                    {
                        v.Add(Validator.Field(p, "effectiveFrom"), ErrorCode.Inconsistent, "overlaps base[" + Fmt.Int(i - 1) + "]: two amounts from " + Fmt.Date(c.EffectiveFrom));
                    }
                    else if (c.EffectiveFrom < prev.EffectiveFrom)
                    {
                        v.Add(Validator.Field(p, "effectiveFrom"), ErrorCode.Inconsistent, "is before base[" + Fmt.Int(i - 1) + "] (" + Fmt.Date(prev.EffectiveFrom) + "): changes must be in increasing date order");
                    }
                }
            }

            if (period.Base.Count > 0 && period.Base[0] is { } first && first.EffectiveFrom > period.Start)
            {
                v.Add("base[0].effectiveFrom", ErrorCode.Inconsistent, "must be on or before start (" + Fmt.Date(period.Start) + "): the base on the period's first day is unknown");
            }
        }

        if (period.ProposedFee is { } fee)
        {
            v.InRange("proposedFee", fee, 0m, FundLimits.MaximumAmount);
        }

        if (period.PeriodReturns is { } r)
        {
            if (!returnsAllowed)
            {
                v.Add("periodReturns", ErrorCode.Inconsistent, "applies only to the development fund's management fee, which is paid out of fund returns (海行规发〔2017〕8号 第十四条)");
            }
            else
            {
                v.InRange("periodReturns", r, -FundLimits.MaximumAmount, FundLimits.MaximumAmount);
            }
        }
    }

    /// <summary>Splits the period at base changes, year ends and parameter versions, and sums the exact cap.</summary>
    public static (List<FeeCapSegment> Segments, decimal Exact) Compute<T>(FeePeriod period, ParameterHistory<T> history, Func<T, decimal> rate)
        where T : class, IVersionedParameters
    {
        var bounds = new SortedSet<LocalDate> { period.Start };
        foreach (var c in period.Base)
        {
            if (c.EffectiveFrom > period.Start && c.EffectiveFrom <= period.End)
            {
                bounds.Add(c.EffectiveFrom);
            }
        }

        for (var y = period.Start.Year + 1; y <= period.End.Year; y++)
        {
            bounds.Add(new LocalDate(y, 1, 1));
        }

        foreach (var p in history.Versions)
        {
            if (p.InForceFrom > period.Start && p.InForceFrom <= period.End)
            {
                bounds.Add(p.InForceFrom);
            }
        }

        var starts = bounds.ToArray();
        var segments = new List<FeeCapSegment>(starts.Length);
        var exact = 0m;
        for (var i = 0; i < starts.Length; i++)
        {
            var from = starts[i];
            var to = i + 1 < starts.Length ? starts[i + 1].PlusDays(-1) : period.End;
            var days = Period.DaysBetween(from, to) + 1;
            var daysInYear = CalendarSystem.Iso.GetDaysInYear(from.Year);
            var amount = BaseOn(period.Base, from);
            var r = rate(history.InForceOn(from));
            segments.Add(new FeeCapSegment(from, to, days, daysInYear, amount, r));
            exact += r * amount * days / daysInYear;
        }

        return (segments, exact);
    }

    private static decimal BaseOn(IReadOnlyList<BaseChange> changes, LocalDate day)
    {
        var amount = 0m;
        foreach (var c in changes)
        {
            if (c.EffectiveFrom <= day)
            {
                amount = c.Amount;
            }
        }

        return amount;
    }

    public static List<LineItem> Lines(List<FeeCapSegment> segments, decimal exact, decimal cap, string baseName, string rule, Citation citation)
    {
        // Stryker disable once Arithmetic : only the list's initial capacity; there is always a segment, so "segments.Count - 1" is never negative and the lines are the same.
        var lines = new List<LineItem>(segments.Count + 1);
        foreach (var s in segments)
        {
            var part = s.AnnualRate * s.Base * s.Days / s.DaysInYear;
            lines.Add(new LineItem(
                Fmt.Date(s.From) + ".." + Fmt.Date(s.To) + ": " + baseName + " " + Fmt.Yuan(s.Base) + ", " + Fmt.Int(s.Days) + " of " + Fmt.Int(s.DaysInYear) + " days of " + Fmt.Int(s.From.Year),
                rule,
                Fmt.Num(s.AnnualRate) + " × " + Fmt.Yuan(s.Base) + " × " + Fmt.Int(s.Days) + " / " + Fmt.Int(s.DaysInYear) + " = " + Fmt.Exact(part) + " (shown to the fen: not rounded until the total)",
                Money.RoundToFen(part),
                citation));
        }

        lines.Add(new LineItem(
            "cap for the period",
            "Actual/Actual day weighting, rounded once to the fen (四舍五入)",
            "Σ = " + Fmt.Exact(exact) + " → " + Fmt.Yuan(cap),
            cap,
            citation));
        return lines;
    }
}
