using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;

namespace Haidian.Rules.WasteSorting;

/// <summary>
/// 厨余垃圾按量补贴 — the monthly kitchen-waste subsidy of 海政办发〔2017〕46号 二（二）3 (1,700 yuan per tonne separated), per
/// estate, as a street/town monthly statement and as a year statement; and the one-time construction subsidy at the audited amount.
/// </summary>
/// <remarks>
/// <para>Immutable and thread-safe: one instance can serve every thread. A pure function of (parameters, input).</para>
/// <para>A month uses the parameter version in force on its first day (a reform starting mid-month applies from the next
/// month); August 2017, the month the policy was issued, uses the first version, and its tickets dated before 2017-08-31
/// are listed as excluded and not paid (spec 07 K-b). Months entirely before the policy: <see cref="NotInForceException"/>,
/// never a zero (spec 07 C6). The plan sets no end date, so there is no month after the period in force.</para>
/// <para>Readings (module README): the base is a finding, not a payment condition, unless the agreement opts in
/// (<see cref="ServiceAgreement.WithholdBelowBase"/>); an agreed base tonnage is the primary test, else the separation rate
/// kitchen ÷ (kitchen + other) against 5% (以上 includes 5%); village claims and payees the text does not name are flagged,
/// not paid, and flagged whatever the status (spec 07 K-d); the amount is rounded once, to the fen, on the month's total;
/// the base shortfalls are given exactly beside their rounded-up display values (spec 07 K-a).</para>
/// </remarks>
public sealed class WasteSortingCalculator
{
    private const int ReportDecimals = 2;

    /// <summary>Kitchen tickets written out one by one in the arithmetic of a month; beyond them the text gives the count.</summary>
    internal const int ListedTickets = 100;

    private readonly record struct TicketRef(string Tickets, int Index);

    /// <summary>A calculator with the gazette's parameters (<see cref="WasteSortingParameters.Gazette2017"/>).</summary>
    public WasteSortingCalculator()
        : this(WasteSortingParameters.Gazette2017)
    {
    }

    /// <summary>A calculator with one parameter version (a what-if copy, say).</summary>
    /// <param name="parameters">One parameter set, used for every period on or after its in-force date; validated here.</param>
    /// <exception cref="ValidationException">The parameters are invalid (each problem with its field path).</exception>
    /// <exception cref="ArgumentNullException"><paramref name="parameters"/> is null.</exception>
    public WasteSortingCalculator(WasteSortingParameters parameters)
        : this(new ParameterHistory<WasteSortingParameters>(new[] { parameters ?? throw new ArgumentNullException(nameof(parameters)) }))
    {
    }

    /// <summary>A calculator with a parameter history: each month uses the version in force on its first day.</summary>
    /// <param name="history">Dated parameter versions; each period is computed with the version in force then.</param>
    /// <exception cref="ValidationException">A version is invalid; paths start with <c>versions[i]</c>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    public WasteSortingCalculator(ParameterHistory<WasteSortingParameters> history)
    {
        History = history ?? throw new ArgumentNullException(nameof(history));
    }

    /// <summary>The parameter versions this calculator uses.</summary>
    public ParameterHistory<WasteSortingParameters> History { get; }

    /// <summary>The parameter version used for a month: the one in force on its first day, or the first version when it starts within the month.</summary>
    /// <param name="month">The month.</param>
    /// <returns>The parameters.</returns>
    /// <exception cref="NotInForceException">The whole month is before the policy applies.</exception>
    public WasteSortingParameters ParametersFor(YearMonth month) =>
        TryResolve(month) ?? throw new NotInForceException(month.OnDayOfMonth(1), History.InForceFrom, History.Versions[0].Source);

    /// <summary>Whether the policy is in force for at least part of a month.</summary>
    /// <param name="month">The month.</param>
    /// <returns>True when a parameter version covers some day of it.</returns>
    public bool IsInForce(YearMonth month) => TryResolve(month) is not null;

    /// <summary>The monthly subsidy of one estate, itemized, with the collection-base finding.</summary>
    /// <param name="input">The estate-month and its weighing tickets.</param>
    /// <returns>The result; nothing is computed when any ticket is bad.</returns>
    /// <exception cref="ValidationException">The input or a ticket is invalid, or an enum member is undefined; every problem is reported with its field path (<c>tickets[2].tonnes</c>).</exception>
    /// <exception cref="NotInForceException">The month is before the policy applies.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    public EstateMonthResult Calculate(EstateMonth input)
    {
        if (input is null)
        {
            throw new ArgumentNullException(nameof(input));
        }

        var p = ParametersFor(input.Month);
        var v = new Validator();
        CheckEstate(v, input, string.Empty, input.Month, new Dictionary<string, TicketRef>(input.Tickets?.Count ?? 0, StringComparer.Ordinal));
        v.ThrowIfAny();
        return Compute(p, input);
    }

    /// <summary>
    /// 街镇月度结算 — a street/town's monthly statement: every estate's subsidy, per-payee transfers, and totals equal to the sums
    /// of the estates. Ticket numbers must be unique across the whole statement and each estate may appear once.
    /// </summary>
    /// <param name="street">The street or town.</param>
    /// <param name="month">The month.</param>
    /// <param name="estates">The estate-months (each of <paramref name="month"/>).</param>
    /// <returns>The statement.</returns>
    /// <exception cref="ValidationException">Any estate or ticket is invalid (paths <c>estates[i].tickets[j].date</c>); nothing is computed.</exception>
    /// <exception cref="NotInForceException">The month is before the policy applies.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public StreetMonthStatement Statement(string street, YearMonth month, IEnumerable<EstateMonth> estates)
    {
        if (street is null)
        {
            throw new ArgumentNullException(nameof(street));
        }

        if (estates is null)
        {
            throw new ArgumentNullException(nameof(estates));
        }

        var p = ParametersFor(month);
        var list = estates.ToArray();
        var v = new Validator();
        v.RequiredText("street", street);
        CheckEstates(v, list, "estates", _ => month);
        v.ThrowIfAny();
        return BuildMonth(p, street, month, list.Select(e => Compute(p, e)).ToArray());
    }

    /// <summary>
    /// 年度结算 — a street/town's year: one monthly statement per month present in the input, each estate's and each payee's
    /// year, and totals equal to the sums of the months.
    /// </summary>
    /// <param name="street">The street or town.</param>
    /// <param name="year">The calendar year.</param>
    /// <param name="estateMonths">The estate-months of the year, any order; one per estate per month.</param>
    /// <returns>The year statement.</returns>
    /// <exception cref="ValidationException">Any estate-month or ticket is invalid (paths <c>estateMonths[i]…</c>), or a month is outside the year or before the policy.</exception>
    /// <exception cref="NotInForceException">The whole year is before the policy applies.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public StreetYearStatement YearStatement(string street, int year, IEnumerable<EstateMonth> estateMonths)
    {
        if (street is null)
        {
            throw new ArgumentNullException(nameof(street));
        }

        if (estateMonths is null)
        {
            throw new ArgumentNullException(nameof(estateMonths));
        }

        var v = new Validator();
        if (year < 1 || year > 9998)
        {
            v.Add("year", ErrorCode.OutOfRange, "must be between 1 and 9998");
            v.ThrowIfAny();
        }

        ParametersFor(new YearMonth(year, 12));
        var list = estateMonths.ToArray();
        v.RequiredText("street", street);
        CheckEstates(v, list, "estateMonths", e => e.Month.Year == year ? e.Month : null, year);
        v.ThrowIfAny();

        var months = list
            .GroupBy(e => e.Month)
            .OrderBy(g => g.Key)
            .Select(g =>
            {
                var p = ParametersFor(g.Key);
                return BuildMonth(p, street, g.Key, g.Select(e => Compute(p, e)).ToArray());
            })
            .ToArray();
        var all = months.SelectMany(m => m.Estates).ToArray();
        var estates = all
            .GroupBy(r => r.Estate, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new EstateYearTotal(
                g.Key,
                g.Count(),
                g.Sum(r => r.KitchenTonnes),
                g.Sum(r => r.OtherTonnes),
                g.Sum(r => r.Gross),
                g.Sum(r => r.Payable),
                g.Count(r => r.Base.Verdict == BaseVerdict.Below)))
            .ToArray();
        var payees = months
            .SelectMany(m => m.Payees)
            .GroupBy(t => t.Operator, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new PayeeTotal(g.Key, g.Sum(t => t.Estates), g.Sum(t => t.KitchenTonnes), g.Sum(t => t.Payable)))
            .ToArray();
        return new StreetYearStatement(
            street,
            year,
            months,
            estates,
            payees,
            months.Sum(m => m.KitchenTonnes),
            months.Sum(m => m.OtherTonnes),
            months.Sum(m => m.Gross),
            months.Sum(m => m.Payable),
            months.Sum(m => m.NotAccepted),
            months.Sum(m => m.Flagged),
            months.Sum(m => m.WithheldBelowBase),
            months.Select(m => m.Provenance).Distinct().ToArray());
    }

    /// <summary>
    /// The one-time construction subsidy (二（二）3): the audited amount (补贴资金以审计结果为准, audit commissioned by the
    /// street/town). The text sets no cap, so none is applied; an audit above the claimed cost is paid as audited and noted.
    /// </summary>
    /// <param name="claim">The claim.</param>
    /// <returns>The subsidy, itemized.</returns>
    /// <exception cref="ValidationException">The claim is invalid (every problem with its field path).</exception>
    /// <exception cref="NotInForceException">The claim date is before the policy applies.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="claim"/> is null.</exception>
    public ConstructionSubsidyResult ConstructionSubsidy(ConstructionSubsidyClaim claim)
    {
        if (claim is null)
        {
            throw new ArgumentNullException(nameof(claim));
        }

        var p = History.InForceOn(claim.ClaimDate);
        var v = new Validator();
        v.RequiredText("estate", claim.Estate);
        v.RequiredText("operator", claim.Operator);
        v.Defined("mode", claim.Mode);

        CheckAmount(v, "claimedCost", claim.ClaimedCost);
        if (claim.AuditedAmount is { } audited)
        {
            CheckAmount(v, "auditedAmount", audited);
        }

        v.ThrowIfAny();
        var cite = WasteSortingParameters.Document.WithArticle("二（二）3");
        var lines = new List<LineItem>();
        var what = claim.Mode == CollectionMode.CentralizedStation
            ? "厨余垃圾集中投放站建设和" + p.KitchenBinLitres.ToString(CultureInfo.InvariantCulture) + "升厨余垃圾收集桶购置"
            : p.KitchenBinLitres.ToString(CultureInfo.InvariantCulture) + "升厨余垃圾收集桶购置（分散收集桶站）";
        ConstructionStatus status;
        decimal subsidy;
        if (!claim.Accepted)
        {
            status = ConstructionStatus.NotAccepted;
            subsidy = 0m;
            lines.Add(new LineItem(
                $"{claim.Estate}: one-time construction subsidy ({what}), claimed {Yuan(claim.ClaimedCost)}",
                "二（二）3: the subsidy follows acceptance as a sorting-standard estate (经属地街镇验收合格后列为垃圾分类达标小区); this estate is not accepted",
                "0",
                0m,
                cite));
        }
        else if (claim.AuditedAmount is null)
        {
            status = ConstructionStatus.AwaitingAudit;
            subsidy = 0m;
            lines.Add(new LineItem(
                $"{claim.Estate}: one-time construction subsidy ({what}), claimed {Yuan(claim.ClaimedCost)}",
                "二（二）3: 补贴资金以审计结果为准（由街镇委托审计） — nothing is payable before the audit reports",
                "awaiting audit → 0",
                0m,
                cite));
        }
        else
        {
            status = ConstructionStatus.Payable;
            subsidy = claim.AuditedAmount.Value;
            var note = subsidy > claim.ClaimedCost ? " (audit above the claimed cost; the text makes the audit govern)" : string.Empty;
            lines.Add(new LineItem(
                $"{claim.Estate}: one-time construction subsidy ({what}), claimed {Yuan(claim.ClaimedCost)}",
                "二（二）3: 由政府给予一次性补贴，补贴资金以审计结果为准 — the audited amount, no cap in the text" + note,
                $"audited {Yuan(subsidy)} = {Yuan(subsidy)}",
                subsidy,
                cite));
        }

        return new ConstructionSubsidyResult(claim.Estate, claim.Operator, claim.Mode, status, claim.ClaimedCost, claim.AuditedAmount, subsidy, lines, Provenance.Of(p));
    }

    private WasteSortingParameters? TryResolve(YearMonth month)
    {
        if (History.TryGetInForceOn(month.OnDayOfMonth(1), out var p))
        {
            return p;
        }

        var first = History.Versions[0];
        var last = month.OnDayOfMonth(month.Calendar.GetDaysInMonth(month.Year, month.Month));
        return first.InForceFrom <= last ? first : null;
    }

    private void CheckEstates(Validator v, EstateMonth[] list, string path, Func<EstateMonth, YearMonth?> expectedMonth, int? year = null)
    {
        var numbers = new Dictionary<string, TicketRef>(StringComparer.Ordinal);
        var seen = new Dictionary<(string, YearMonth), int>();
        for (var i = 0; i < list.Length; i++)
        {
            var e = list[i];
            var ep = Validator.Index(path, i);
            if (!v.Required(ep, e))
            {
                continue;
            }

            var expected = expectedMonth(e!);
            if (expected is null)
            {
                v.Add(Validator.Field(ep, "month"), ErrorCode.Inconsistent, $"{Ym(e!.Month)} is not in {year?.ToString(CultureInfo.InvariantCulture)}");
                continue;
            }

            if (e!.Month != expected.Value)
            {
                v.Add(Validator.Field(ep, "month"), ErrorCode.Inconsistent, $"{Ym(e.Month)} is not the month of the statement ({Ym(expected.Value)})");
                continue;
            }

            if (!IsInForce(e.Month))
            {
                v.Add(Validator.Field(ep, "month"), ErrorCode.NotInForce, $"{Ym(e.Month)} is before the policy is in force (from {History.InForceFrom:yyyy-MM-dd})");
                continue;
            }

            if (!string.IsNullOrWhiteSpace(e.Estate))
            {
                if (seen.TryGetValue((e.Estate, e.Month), out var j))
                {
                    v.Add(Validator.Field(ep, "estate"), ErrorCode.Inconsistent, $"'{e.Estate}' already has {Ym(e.Month)} in {Validator.Index(path, j)}");
                }
                else
                {
                    seen.Add((e.Estate, e.Month), i);
                }
            }

            CheckEstate(v, e, ep, e.Month, numbers);
        }
    }

    private void CheckEstate(Validator v, EstateMonth e, string path, YearMonth month, Dictionary<string, TicketRef> numbers)
    {
        v.RequiredText(Validator.Field(path, "estate"), e.Estate);
        v.RequiredText(Validator.Field(path, "operator"), e.Operator);
        v.Defined(Validator.Field(path, "operatorKind"), e.OperatorKind);
        v.Defined(Validator.Field(path, "site"), e.Site);

        var p = ParametersFor(month);
        if (e.Agreement?.BaseTonnes is { } baseTonnes)
        {
            var bp = Validator.Field(Validator.Field(path, "agreement"), "baseTonnes");
            if (TonnesProblem(baseTonnes, p) is { } problem)
            {
                v.Add(bp, problem.Code, problem.Message);
            }
        }

        var tp = Validator.Field(path, "tickets");
        if (!v.Required(tp, e.Tickets))
        {
            return;
        }

        var first = month.OnDayOfMonth(1);
        var last = month.OnDayOfMonth(month.Calendar.GetDaysInMonth(month.Year, month.Month));
        // A month may hold millions of tickets: the path of a ticket is built only when it has a problem.
        for (var i = 0; i < e.Tickets.Count; i++)
        {
            var t = e.Tickets[i];
            if (t is null)
            {
                v.Add(Validator.Index(tp, i), ErrorCode.Required, "is required");
                continue;
            }

            if (string.IsNullOrWhiteSpace(t.Number))
            {
                v.Add(TicketField(tp, i, "number"), ErrorCode.Required, "is required and must not be blank");
            }
            else
            {
                var key = t.Number.Trim();
                if (numbers.TryGetValue(key, out var earlier))
                {
                    v.Add(TicketField(tp, i, "number"), ErrorCode.Inconsistent, $"ticket number '{key}' is already used by {Validator.Index(earlier.Tickets, earlier.Index)}: a ticket is counted once");
                }
                else
                {
                    numbers.Add(key, new TicketRef(tp, i));
                }
            }

            // A ticket dated before the policy is in force (only possible in its first month) is not an error: it is listed as
            // excluded and not paid (spec 07 K-b). Its other fields are still checked: it is a ticket of the statement.
            if (t.Date < first || t.Date > last)
            {
                v.Add(TicketField(tp, i, "date"), ErrorCode.Inconsistent, $"{Day(t.Date)} is outside the month claimed ({Ym(month)})");
            }

            if (TonnesProblem(t.Tonnes, p) is { } problem)
            {
                v.Add(TicketField(tp, i, "tonnes"), problem.Code, problem.Message);
            }

            if (!EnumWords<WasteStream>.IsDefined(t.Stream))
            {
                v.Defined(TicketField(tp, i, "stream"), t.Stream);
            }
        }
    }

    private static string TicketField(string tickets, int index, string field) => Validator.Field(Validator.Index(tickets, index), field);

    /// <summary>What is wrong with a tonnage (a ticket's or an agreed base), with its code, or null; the caller builds the path only then.</summary>
    private static (ErrorCode Code, string Message)? TonnesProblem(decimal tonnes, WasteSortingParameters p)
    {
        if (tonnes <= 0m)
        {
            return (ErrorCode.OutOfRange, "must be greater than 0 t (got " + Validator.Format(tonnes) + ")");
        }

        if (decimal.Round(tonnes, p.TicketTonnageDecimals) != tonnes)
        {
            return (ErrorCode.InvalidValue, $"must be in whole kilograms (at most {p.TicketTonnageDecimals.ToString(CultureInfo.InvariantCulture)} decimals of a tonne), got {Validator.Format(tonnes)}");
        }

        return tonnes > WasteSortingParameters.MaximumTicketTonnes
            ? (ErrorCode.OutOfRange, "must not exceed " + Validator.Format(WasteSortingParameters.MaximumTicketTonnes) + " t (got " + Validator.Format(tonnes) + ")")
            : null;
    }

    private static void CheckAmount(Validator v, string path, decimal amount)
    {
        if (v.NotNegative(path, amount))
        {
            if (!Money.IsWholeFen(amount))
            {
                v.Add(path, ErrorCode.InvalidValue, "must be a whole number of fen");
            }
            else if (amount > 1_000_000_000m)
            {
                v.Add(path, ErrorCode.OutOfRange, "must not exceed 1,000,000,000 yuan");
            }
        }
    }

    private EstateMonthResult Compute(WasteSortingParameters p, EstateMonth e)
    {
        var cite = WasteSortingParameters.Document.WithArticle("二（二）3");
        var agreement = e.Agreement ?? ServiceAgreement.Default;
        var inForceFrom = History.InForceFrom;
        var month = Ym(e.Month);
        // One pass over the tickets (a month may hold millions); only the first ListedTickets kitchen tickets are kept
        // for the arithmetic text. A ticket dated before the policy is in force is listed as excluded (spec 07 K-b).
        var listed = new List<decimal>();
        List<ExcludedTicket>? excluded = null;
        decimal kitchen = 0m, other = 0m, excludedKitchen = 0m, excludedOther = 0m;
        int kitchenCount = 0, otherCount = 0;
        foreach (var t in e.Tickets)
        {
            if (t.Date < inForceFrom)
            {
                (excluded ??= new List<ExcludedTicket>()).Add(new ExcludedTicket(
                    t.Number,
                    t.Date,
                    t.Tonnes,
                    t.Stream,
                    $"dated {Day(t.Date)}, before the policy is in force (from {Day(inForceFrom)}): not counted, not paid",
                    History.Versions[0].Source));
                if (t.Stream == WasteStream.Kitchen)
                {
                    excludedKitchen += t.Tonnes;
                }
                else
                {
                    excludedOther += t.Tonnes;
                }

                continue;
            }

            if (t.Stream == WasteStream.Kitchen)
            {
                kitchen += t.Tonnes;
                if (kitchenCount++ < ListedTickets)
                {
                    listed.Add(t.Tonnes);
                }
            }
            else
            {
                other += t.Tonnes;
                otherCount++;
            }
        }

        var gross = Money.RoundToFen(p.SubsidyPerTonne * kitchen);
        var finding = Assess(p, agreement, kitchen, other, cite);
        var lines = new List<LineItem>();
        var counted = kitchenCount + otherCount;
        var sum = kitchenCount == 0 ? "0" : string.Join(" + ", listed.Select(Tonnes));
        if (kitchenCount > ListedTickets)
        {
            sum += $" + … ({Count(kitchenCount, "kitchen ticket")} in all)";
        }

        var kitchenSum = kitchenCount > 1 ? $"({sum}) = {Yuan(p.SubsidyPerTonne)} × {Tonnes(kitchen)}" : sum;
        lines.Add(new LineItem(
            $"{e.Estate} {month}: kitchen waste 厨余垃圾 {Tonnes(kitchen)} t on {Count(kitchenCount, "ticket")} (other waste {Tonnes(other)} t on {Count(otherCount, "ticket")})",
            $"二（二）3: 对物业单位或专业公司分出的厨余垃圾按量予以补贴（{Rate(p.SubsidyPerTonne)}元/吨）, weighed by 区环卫中心, rounded to the fen",
            $"{Yuan(p.SubsidyPerTonne)} × {kitchenSum} = {Yuan(gross)}",
            gross,
            cite));
        if (excluded is not null)
        {
            lines.Add(new LineItem(
                $"{e.Estate} {month}: {Count(excluded.Count, "ticket")} dated before {Day(inForceFrom)} excluded",
                $"in force from {Day(inForceFrom)}: a ticket weighed before it is listed, not counted and not paid",
                $"kitchen {Tonnes(excludedKitchen)} t, other {Tonnes(excludedOther)} t not counted → 0",
                0m,
                History.Versions[0].Source));
        }

        lines.Add(new LineItem(
            $"{e.Estate} {month}: collection base 厨余垃圾收集基量 — {finding.Verdict}",
            finding.Basis == BaseBasis.AgreedTonnage
                ? "二（二）3: the agreement's 收集基量 (agreed base tonnage, the primary test); a term of the agreement, "
                  + (agreement.WithholdBelowBase ? "made a payment condition by its 支付方式" : "not a payment condition")
                : $"二（二）3: 厨余垃圾分出率{Pct(p.MinimumSeparationRatePercent)}%以上 (kitchen ÷ (kitchen + other); recyclables and hazardous waste excluded); a term of the agreement, "
                  + (agreement.WithholdBelowBase ? "made a payment condition by its 支付方式" : "not a payment condition"),
            finding.Text,
            0m,
            cite));

        SubsidyStatus status;
        string reason;
        if (!e.Accepted)
        {
            status = SubsidyStatus.NotAccepted;
            reason = $"not an accepted sorting-standard estate (垃圾分类达标小区, accepted by the street/town and filed) in {month}: nothing is paid whatever the tonnage";
        }
        else if (kitchen == 0m)
        {
            status = SubsidyStatus.NoKitchenWaste;
            reason = counted > 0
                ? $"no kitchen waste weighed in {month} (only other waste): nothing to pay"
                : excluded is null
                    ? $"no weighing tickets in {month}: nothing to pay"
                    : $"no weighing tickets counted in {month} ({Count(excluded.Count, "ticket")} dated before {Day(inForceFrom)} excluded): nothing to pay";
        }
        else if (e.Site == SiteKind.Village || e.OperatorKind == OperatorKind.VillageCommittee)
        {
            status = SubsidyStatus.FlaggedForDecision;
            reason = (e.Site == SiteKind.Village ? "a village claim (达标村庄)" : "a payee that is neither a property company nor a professional company")
                + ": the per-tonne subsidy names only 物业单位 and 专业公司 (二（二）3; villages follow the estate model by 二（二）4), so "
                + Yuan(gross) + " yuan is flagged for a decision, not paid";
        }
        else if (finding.Verdict == BaseVerdict.Below && agreement.WithholdBelowBase)
        {
            status = SubsidyStatus.WithheldBelowBase;
            reason = "below the collection base and the agreement's 支付方式 makes the base a payment condition: " + Yuan(gross) + " yuan withheld this month";
        }
        else
        {
            status = SubsidyStatus.Payable;
            reason = finding.Verdict == BaseVerdict.Below
                ? "payable; below the collection base, reported as a finding (the base is not a payment condition in the text)"
                : "payable: an accepted sorting-standard estate run by a payee the text names";
        }

        var payable = status == SubsidyStatus.Payable ? gross : 0m;
        var held = gross - payable;
        if (held != 0m)
        {
            lines.Add(new LineItem(
                $"{e.Estate} {month}: not paid — {status}",
                reason,
                $"−{Yuan(held)}",
                -held,
                status == SubsidyStatus.FlaggedForDecision ? WasteSortingParameters.Document.WithArticle("二（二）4") : cite));
        }

        lines.Add(new LineItem(
            $"{e.Estate} {month}: payable to {e.Operator}",
            reason,
            held != 0m ? $"{Yuan(gross)} − {Yuan(held)} = {Yuan(payable)}" : Yuan(payable),
            payable,
            cite));

        return new EstateMonthResult(
            e.Estate,
            e.Operator,
            e.OperatorKind,
            e.Site,
            e.Month,
            status,
            counted,
            kitchen,
            other,
            p.SubsidyPerTonne,
            gross,
            payable,
            held,
            finding,
            reason,
            Flags(e),
            excluded ?? (IReadOnlyList<ExcludedTicket>)Array.Empty<ExcludedTicket>(),
            lines,
            Provenance.Of(p));
    }

    /// <summary>
    /// The flags of an estate-month, whatever its status, "not accepted" included (spec 07 K-d): a village claim and an operator
    /// the per-tonne clause does not name. Departures: paid only on a specific decision, never silently.
    /// </summary>
    private static IReadOnlyList<Finding> Flags(EstateMonth e)
    {
        const string payeeRule = "the payee of the per-tonne subsidy is a 物业单位 or a 专业公司 (二（二）3: 对物业单位或专业公司分出的厨余垃圾按量予以补贴)";
        var flags = new List<Finding>();
        if (e.Site == SiteKind.Village)
        {
            flags.Add(new Finding(
                "payee.villageClaim",
                Severity.Departure,
                $"{e.Estate} is a village (达标村庄): villages follow the estate model (二（二）4), but the per-tonne subsidy names only 物业单位 and 专业公司, so any amount needs a decision before it is paid",
                WasteSortingParameters.Document.WithArticle("二（二）4"))
            {
                Requirement = payeeRule,
            });
        }

        if (e.OperatorKind == OperatorKind.VillageCommittee)
        {
            flags.Add(new Finding(
                "payee.notNamed",
                Severity.Departure,
                $"the operator {e.Operator} is a village committee (村委会), neither a property company nor a professional company, so any amount needs a decision before it is paid",
                WasteSortingParameters.Document.WithArticle("二（二）3"))
            {
                Requirement = payeeRule,
            });
        }

        return flags;
    }

    private static BaseAssessment Assess(WasteSortingParameters p, ServiceAgreement agreement, decimal kitchen, decimal other, Citation cite)
    {
        var required = p.MinimumSeparationRatePercent;
        var total = kitchen + other;
        var weighed = total > 0m;
        var met = weighed && kitchen * 100m >= required * total;
        decimal? shown = null;
        if (weighed)
        {
            var exact = kitchen * 100m / total;
            shown = met ? Math.Round(exact, ReportDecimals, MidpointRounding.AwayFromZero) : Truncate(exact, ReportDecimals);
        }

        var rateText = shown is { } s ? $"rate {Pct(s)}%" : "rate not computable (nothing weighed)";
        if (agreement.BaseTonnes is { } baseTonnes)
        {
            if (kitchen >= baseTonnes)
            {
                return new BaseAssessment(BaseBasis.AgreedTonnage, BaseVerdict.Met, shown, required, baseTonnes, baseTonnes, null, null, Exact(baseTonnes), null, null,
                    $"kitchen {Tonnes(kitchen)} t ≥ agreed base {Tonnes(baseTonnes)} t: met ({rateText}, for information)", cite);
            }

            var shortT = baseTonnes - kitchen;
            return new BaseAssessment(BaseBasis.AgreedTonnage, BaseVerdict.Below, shown, required, baseTonnes, baseTonnes, null, shortT, Exact(baseTonnes), null, Exact(shortT),
                $"kitchen {Tonnes(kitchen)} t < agreed base {Tonnes(baseTonnes)} t: {Tonnes(shortT)} t short ({rateText}, for information)", cite);
        }

        if (total == 0m)
        {
            return new BaseAssessment(BaseBasis.SeparationRate, BaseVerdict.NotAssessable, null, required, null, null, null, null, null, null, null,
                $"nothing weighed: the separation rate cannot be computed against {Pct(required)}%", cite);
        }

        // Spec 07 K-a: the exact figures as fractions of integers; the display figures are the exact ones rounded up.
        var rate = ExactQuotient.Of(required);
        var hundred = ExactQuotient.Of(100m);
        var exactNeeded = ExactQuotient.Of(other) * rate / (hundred - rate);
        var needed = exactNeeded.CeilingTo(ReportDecimals);
        if (met)
        {
            return new BaseAssessment(BaseBasis.SeparationRate, BaseVerdict.Met, shown, required, null, needed, null, null, exactNeeded.ToString(), null, null,
                $"{rateText} ≥ {Pct(required)}%: met", cite);
        }

        var exactKitchen = ExactQuotient.Of(kitchen);
        var exactPoints = rate - (hundred * exactKitchen / ExactQuotient.Of(total));
        var points = exactPoints.CeilingTo(ReportDecimals);
        var tonnes = needed - kitchen;
        return new BaseAssessment(BaseBasis.SeparationRate, BaseVerdict.Below, shown, required, null, needed, points, tonnes,
            exactNeeded.ToString(), exactPoints.ToString(), (exactNeeded - exactKitchen).ToString(),
            $"{rateText} < {Pct(required)}%: {Pct(points)} points, {Tonnes2(tonnes)} t short ({Tonnes2(needed)} t needed)", cite);
    }

    private static StreetMonthStatement BuildMonth(WasteSortingParameters p, string street, YearMonth month, EstateMonthResult[] results)
    {
        var payees = results
            .GroupBy(r => r.Operator, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new PayeeTotal(g.Key, g.Count(), g.Sum(r => r.KitchenTonnes), g.Sum(r => r.Payable)))
            .ToArray();
        decimal HeldBy(SubsidyStatus s) => results.Where(r => r.Status == s).Sum(r => r.Held);
        return new StreetMonthStatement(
            street,
            month,
            results,
            payees,
            results.Sum(r => r.KitchenTonnes),
            results.Sum(r => r.OtherTonnes),
            results.Sum(r => r.Gross),
            results.Sum(r => r.Payable),
            HeldBy(SubsidyStatus.NotAccepted),
            HeldBy(SubsidyStatus.FlaggedForDecision),
            HeldBy(SubsidyStatus.WithheldBelowBase),
            results.Count(r => r.Base.Verdict == BaseVerdict.Below),
            Provenance.Of(p));
    }

    private static decimal Truncate(decimal x, int decimals)
    {
        var scale = Pow10(decimals);
        return decimal.Floor(x * scale) / scale;
    }

    private static decimal Pow10(int decimals)
    {
        var scale = 1m;
        for (var i = 0; i < decimals; i++)
        {
            scale *= 10m;
        }

        return scale;
    }

    private static string Exact(decimal x) => ExactQuotient.Of(x).ToString();

    private static string Day(LocalDate d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Count(int n, string noun) => n.ToString(CultureInfo.InvariantCulture) + " " + noun + (n == 1 ? string.Empty : "s");

    // Stryker disable once String : NodaTime formats a YearMonth with an empty pattern by its default pattern "uuuu'-'MM", the same text as "yyyy-MM" for every year from 1 to 9999.
    private static string Ym(YearMonth m) => m.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    internal static string Yuan(decimal amount) => amount.ToString("#,##0.00", CultureInfo.InvariantCulture);

    internal static string Tonnes(decimal t) => t.ToString("#,##0.000", CultureInfo.InvariantCulture);

    private static string Tonnes2(decimal t) => t.ToString("#,##0.00#", CultureInfo.InvariantCulture);

    private static string Rate(decimal x) => x.ToString("#,##0.##", CultureInfo.InvariantCulture);

    private static string Pct(decimal x) => x.ToString("0.##", CultureInfo.InvariantCulture);
}
