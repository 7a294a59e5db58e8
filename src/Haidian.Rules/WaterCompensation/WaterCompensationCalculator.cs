using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Threading.Tasks;
using NodaTime;

namespace Haidian.Rules.WaterCompensation;

/// <summary>
/// 水环境区域补偿 — computes the monthly cross-boundary water-environment compensation of 海行规发〔2017〕7号:
/// per section-month (a fast amount-only path and an itemized path that agree on every input), in batches,
/// as a district's monthly settlement ledger, and as an annual statement.
/// </summary>
/// <remarks>
/// <para>Immutable and thread-safe: one instance can serve every thread. A pure function of (parameters, input).</para>
/// <para>The parameter version used for a month is the one in force on the month's first day; months before the
/// first version (2018-01 for the gazette) are not in force: <see cref="NotInForceException"/>, never a zero.</para>
/// <para>Readings (spec 01): the oxygen-demand indicator follows the <b>functional</b> class (第四条), classes worse are
/// counted against the <b>assessment target</b> (第六条); case (二) applies when the outflow is less than or equal to the
/// inflow; surcharge thresholds are strict (大于) and steps inclusive (以内（含）).</para>
/// </remarks>
public sealed partial class WaterCompensationCalculator
{
    private readonly CompiledRules[] versions;

    /// <summary>A calculator with the gazette's parameters (<see cref="WaterCompensationParameters.Gazette2017"/>).</summary>
    public WaterCompensationCalculator()
        : this(WaterCompensationParameters.Gazette2017)
    {
    }

    /// <summary>A calculator with one parameter version (a what-if copy, say).</summary>
    /// <param name="parameters">One parameter set, used for every period on or after its in-force date; validated here.</param>
    /// <exception cref="ValidationException">The parameters are invalid (each problem with its field path).</exception>
    /// <exception cref="ArgumentNullException"><paramref name="parameters"/> is null.</exception>
    public WaterCompensationCalculator(WaterCompensationParameters parameters)
        : this(new ParameterHistory<WaterCompensationParameters>(new[] { parameters ?? throw new ArgumentNullException(nameof(parameters)) }))
    {
    }

    /// <summary>A calculator with a parameter history: each month uses the version in force on its first day.</summary>
    /// <param name="history">Dated parameter versions; each period is computed with the version in force then.</param>
    /// <exception cref="ValidationException">A version is invalid; paths start with <c>versions[i]</c>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    public WaterCompensationCalculator(ParameterHistory<WaterCompensationParameters> history)
    {
        History = history ?? throw new ArgumentNullException(nameof(history));
        var list = new List<CompiledRules>();
        for (var i = 0; i < history.Versions.Count; i++)
        {
            var p = history.Versions[i];
            var first = FirstFullMonth(p.InForceFrom);
            YearMonth? end = i + 1 < history.Versions.Count ? FirstFullMonth(history.Versions[i + 1].InForceFrom) : null;
            if (end is null || end.Value > first)
            {
                list.Add(new CompiledRules(p, first, end));
            }
        }

        versions = list.ToArray();
    }

    /// <summary>The parameter versions this calculator uses.</summary>
    public ParameterHistory<WaterCompensationParameters> History { get; }

    /// <summary>The first month any version applies (2018-01 for the gazette).</summary>
    public YearMonth FirstMonthInForce => versions[0].FirstMonth;

    /// <summary>Whether the policy is in force for a month.</summary>
    /// <param name="month">The month.</param>
    /// <returns>True when a parameter version covers it.</returns>
    public bool IsInForce(YearMonth month) => month >= versions[0].FirstMonth;

    /// <summary>The parameter version used for a month.</summary>
    /// <param name="month">The month.</param>
    /// <returns>The parameters in force on its first day.</returns>
    /// <exception cref="NotInForceException">The month is before the policy applies.</exception>
    public WaterCompensationParameters ParametersFor(YearMonth month) => Resolve(month).Parameters;

    /// <summary>
    /// The fast path: the section-month amount in yuan, with no itemization and no allocation.
    /// Equal to <see cref="Calculate(in SectionMonth, string)"/>'s <see cref="SectionMonthResult.Amount"/> on every input.
    /// </summary>
    /// <param name="input">The section-month.</param>
    /// <returns>The compensation owed for the month, yuan.</returns>
    /// <exception cref="ValidationException">The input is invalid (every problem with its field path).</exception>
    /// <exception cref="NotInForceException">The month is before the policy applies.</exception>
    public decimal Amount(in SectionMonth input)
    {
        var rules = Resolve(input.Month);
        if (rules.Scaled is { } scaled && ScaledInput.TryScale(input, out var item))
        {
            return scaled.Amount(item);
        }

        Validator? v = null;
        if (!CheckInput(input, string.Empty, ref v))
        {
            v!.ThrowIfAny();
        }

        return rules.SectionAmount(input);
    }

    /// <summary>
    /// The decimal reference every fast path must equal bit for bit: validation, then 第八条/第九条 in <c>decimal</c>
    /// arithmetic with no scaled integers (tests and <c>--verify</c> compare against it).
    /// </summary>
    internal decimal ReferenceAmount(in SectionMonth input)
    {
        var rules = Resolve(input.Month);
        Validator? v = null;
        if (!CheckInput(input, string.Empty, ref v))
        {
            v!.ThrowIfAny();
        }

        return rules.SectionAmount(input);
    }

    /// <summary>
    /// The batch fast path: the amount of each section-month, written to <paramref name="amounts"/>. Every input is
    /// validated first; on any problem nothing is written and every problem is reported with its index
    /// (<c>[12].outflow.ammoniaNitrogen</c>; a month before the policy is reported as <c>[i].month</c>).
    /// </summary>
    /// <param name="inputs">The section-months (any months).</param>
    /// <param name="amounts">Destination, at least as long as <paramref name="inputs"/>.</param>
    /// <exception cref="ValidationException">An input is invalid or not in force, or <paramref name="amounts"/> is too short.</exception>
    public void Amounts(ReadOnlySpan<SectionMonth> inputs, Span<decimal> amounts)
    {
        if (amounts.Length < inputs.Length)
        {
            var tooShort = new Validator();
            tooShort.Add("amounts", ErrorCode.Inconsistent, $"has room for {amounts.Length} amounts, {inputs.Length} needed");
            tooShort.ThrowIfAny();
        }

        // One pass, in chunks: each item is checked and converted from its decimals' bits into a per-thread scratch
        // batch (values beyond nine decimals kept for the decimal reference, as SectionMonthBatch.Add does), and each
        // chunk is priced by the same kernel as a prepared batch into a pooled buffer. Nothing reaches the caller's span
        // before every item is known to be valid; anything that may be invalid goes to the full validator.
        var n = inputs.Length;
        var pooled = ArrayPool<decimal>.Shared.Rent(Math.Max(n, 1));
        try
        {
            var scratch = spanScratch ??= new SectionMonthBatch(SpanChunk);
            var first = SectionMonthBatch.ToIndex(versions[0].FirstMonth);
            var suspect = false;
            for (var start = 0; start < n && !suspect; start += SpanChunk)
            {
                var end = Math.Min(n, start + SpanChunk);
                scratch.Clear();
                for (var i = start; i < end; i++)
                {
                    ref readonly var x = ref inputs[i];
                    if (ScaledInput.TryScale(x, out var item))
                    {
                        scratch.AddScaled(x.Month, item);
                    }
                    else
                    {
                        Validator? probe = null;
                        if (!CheckInput(x, string.Empty, ref probe))
                        {
                            suspect = true;
                            break;
                        }

                        scratch.AddValidated(x);
                    }
                }

                if (!suspect && scratch.MinMonthIndex < first)
                {
                    suspect = true;
                }

                if (!suspect)
                {
                    ComputeRange(scratch, 0, scratch.Count, pooled.AsSpan(start, end - start));
                }
            }

            if (suspect)
            {
                ThrowInputProblems(inputs);
            }

            pooled.AsSpan(0, n).CopyTo(amounts);
        }
        finally
        {
            ArrayPool<decimal>.Shared.Return(pooled);
        }
    }

    /// <summary>Section-months per chunk of the span path: the scratch columns (7 × 8 B × 1,024) stay in the L1/L2 cache.</summary>
    private const int SpanChunk = 1024;

    /// <summary>The span path's scratch batch, one per thread (the calculator itself stays immutable and thread-safe).</summary>
    [ThreadStatic]
    private static SectionMonthBatch? spanScratch;

    /// <summary>Every problem of every input, in input order, each month before the item's fields (the failure path only).</summary>
    private void ThrowInputProblems(ReadOnlySpan<SectionMonth> inputs)
    {
        Validator? v = null;
        var first = versions[0].FirstMonth;
        for (var i = 0; i < inputs.Length; i++)
        {
            ref readonly var x = ref inputs[i];
            if (x.Month < first)
            {
                (v ??= new Validator()).Add(Validator.Field(Validator.Index(string.Empty, i), "month"), ErrorCode.NotInForce, NotInForceMessage(x.Month));
            }

            CheckInput(x, string.Empty, i, ref v);
        }

        v?.ThrowIfAny();
        throw new InvalidOperationException("An input was flagged but the validator found no problem: internal error.");
    }

    /// <summary>The batch fast path for a list: the amount of each section-month.</summary>
    /// <param name="inputs">The section-months.</param>
    /// <returns>The amounts, in input order.</returns>
    /// <exception cref="ValidationException">An input is invalid or not in force.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="inputs"/> is null.</exception>
    public decimal[] Amounts(IReadOnlyList<SectionMonth> inputs)
    {
        if (inputs is null)
        {
            throw new ArgumentNullException(nameof(inputs));
        }

        var array = inputs as SectionMonth[] ?? inputs.ToArray();
        var result = new decimal[array.Length];
        Amounts(array, result);
        return result;
    }

    /// <summary>The itemized path: the section-month's assessment, bill lines, amount and provenance.</summary>
    /// <param name="input">The section-month.</param>
    /// <returns>The itemized result.</returns>
    /// <exception cref="ValidationException">The input is invalid.</exception>
    /// <exception cref="NotInForceException">The month is before the policy applies.</exception>
    public SectionMonthResult Calculate(in SectionMonth input) => Calculate(input, string.Empty);

    /// <summary>The itemized path, with the section's id shown in the lines.</summary>
    /// <param name="input">The section-month.</param>
    /// <param name="sectionId">The section's id, shown in the lines.</param>
    /// <returns>The itemized result.</returns>
    /// <exception cref="ValidationException">The input is invalid.</exception>
    /// <exception cref="NotInForceException">The month is before the policy applies.</exception>
    public SectionMonthResult Calculate(in SectionMonth input, string sectionId)
    {
        var rules = Resolve(input.Month);
        Validator? v = null;
        if (!CheckInput(input, string.Empty, ref v))
        {
            v!.ThrowIfAny();
        }

        return Itemize(rules, input, sectionId ?? string.Empty);
    }

    /// <summary>The itemized result of a registered section's monitoring.</summary>
    /// <param name="section">The section (its classes, body type).</param>
    /// <param name="monitoring">Its monitoring for the month.</param>
    /// <returns>The itemized result.</returns>
    /// <exception cref="ValidationException">The input is invalid, or the section is not registered for that month.</exception>
    /// <exception cref="NotInForceException">The month is before the policy applies.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public SectionMonthResult Calculate(Section section, MonthlyMonitoring monitoring)
    {
        if (section is null)
        {
            throw new ArgumentNullException(nameof(section));
        }

        if (monitoring is null)
        {
            throw new ArgumentNullException(nameof(monitoring));
        }

        var rules = Resolve(monitoring.Month);
        var v = new Validator();
        SectionRegistry.CheckClass(v, "section.functionalClass", section.FunctionalClass);
        if (section.AssessmentTarget is { } target)
        {
            SectionRegistry.CheckClass(v, "section.assessmentTarget", target);
        }

        v.Defined("section.bodyType", section.BodyType);
        if (!string.Equals(section.Id, monitoring.SectionId, StringComparison.Ordinal))
        {
            v.Add("monitoring.sectionId", ErrorCode.Inconsistent, $"'{monitoring.SectionId}' does not match section '{section.Id}'");
        }

        if (!section.IsValidIn(monitoring.Month))
        {
            v.Add("monitoring.month", ErrorCode.Inconsistent, $"section '{section.Id}' is not registered for {monitoring.Month:yyyy-MM}");
        }

        v.ThrowIfAny();
        var input = ToSectionMonth(section, monitoring);
        Validator? iv = null;
        if (!CheckInput(input, "monitoring", ref iv))
        {
            iv!.ThrowIfAny();
        }

        return Itemize(rules, input, section.Id);
    }

    /// <summary>
    /// 月度结算 — settles a month for a district: every registered section's amount, border-river splits (第九条（二）),
    /// payments to downstream towns or the district pool (第十二条), each town's paid/received/net, and the pool.
    /// </summary>
    /// <param name="month">The month.</param>
    /// <param name="registry">The district's towns and sections.</param>
    /// <param name="monitoring">Exactly one monitoring record per section registered that month.</param>
    /// <returns>The balanced ledger.</returns>
    /// <exception cref="ValidationException">A record is invalid, missing, duplicated, for another month, or for an unregistered section.</exception>
    /// <exception cref="NotInForceException">The month is before the policy applies.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public MonthlySettlement Settle(YearMonth month, SectionRegistry registry, IEnumerable<MonthlyMonitoring> monitoring)
    {
        if (registry is null)
        {
            throw new ArgumentNullException(nameof(registry));
        }

        if (monitoring is null)
        {
            throw new ArgumentNullException(nameof(monitoring));
        }

        var rules = Resolve(month);
        var records = monitoring.ToArray();
        var sections = registry.SectionsIn(month);
        var matched = Prepare(month, registry, sections, records, "monitoring", null, out _);
        return SettlePrepared(rules, month, registry, sections, matched);
    }

    /// <summary>
    /// 年度结算 — settles each month of a year and adds them up per town, with the caller's allocation of the special
    /// transfer fund (第三条) beside the compensation, and the deductions of 第十三条 applied to the compensation each town receives.
    /// </summary>
    /// <remarks>
    /// <para>Spec 07 W-e: monitoring may cover fewer than twelve months. A registered section-month with no record is listed in
    /// <see cref="AnnualStatement.MissingMonths"/> and not priced; it is never read as dry (a dry month, 全月断流 第九条（一）, is a
    /// record with <c>dry: true</c>, priced 0).</para>
    /// <para>Spec 07 W-d: each section's allocation is set beside 第三条's 1,000,000 yuan a section a year
    /// (<see cref="AnnualStatement.TransferFundBySection"/>); a short allocation is a finding
    /// (<c>transferFund.sectionShort</c>), an excess an <c>inconsistent</c> error.</para>
    /// <para>Spec 07 W-b: a 第十三条 deduction is taken from the compensation the town received in the year; what does not fit is
    /// carried (<see cref="AnnualTownStatement.DeductionsNotApplied"/>), never a negative allocation.</para>
    /// </remarks>
    /// <param name="year">The calendar year (2018 or later for the gazette).</param>
    /// <param name="registry">The district's towns and sections.</param>
    /// <param name="monitoring">The monitoring records of the year: at most one per registered section per month (months may be missing).</param>
    /// <param name="transferFund">Caller-supplied shares of each section's yearly transfer fund (may be empty).</param>
    /// <param name="deductions">Deductions found by inspection the year before, applied to this year's allocation (may be empty).</param>
    /// <returns>The statement; each month's ledger balances, and so does the year.</returns>
    /// <exception cref="ValidationException">Any record, allocation or deduction is invalid; every problem is reported.</exception>
    /// <exception cref="NotInForceException">January of the year is before the policy applies.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public AnnualStatement SettleYear(
        int year,
        SectionRegistry registry,
        IEnumerable<MonthlyMonitoring> monitoring,
        IEnumerable<TransferFundAllocation> transferFund,
        IEnumerable<MisuseDeduction> deductions)
    {
        if (registry is null)
        {
            throw new ArgumentNullException(nameof(registry));
        }

        if (monitoring is null || transferFund is null || deductions is null)
        {
            throw new ArgumentNullException(monitoring is null ? nameof(monitoring) : transferFund is null ? nameof(transferFund) : nameof(deductions));
        }

        var v = new Validator();
        if (year < 1 || year > 9998)
        {
            v.Add("year", ErrorCode.OutOfRange, "must be between 1 and 9998");
            v.ThrowIfAny();
        }

        Resolve(new YearMonth(year, 1));
        var records = monitoring.ToArray();
        var allocations = transferFund.ToArray();
        var cuts = deductions.ToArray();
        var prepared = new (CompiledRules Rules, YearMonth Month, IReadOnlyList<Section> Sections, MonthlyMonitoring[] Matched)[12];
        var missing = new List<MissingSectionMonth>();
        for (var i = 0; i < records.Length; i++)
        {
            if (records[i] is { } r && r.Month.Year != year)
            {
                v.Add(Validator.Field(Validator.Index("monitoring", i), "month"), ErrorCode.Inconsistent, $"{r.Month:yyyy-MM} is not in {year}");
            }
        }

        // Each month's records in input order, in one pass (a null record is in every month's list, where it is reported).
        var byMonth = new List<MonthlyMonitoring>[12];
        var isoMonths = new YearMonth[12];
        for (var m = 0; m < 12; m++)
        {
            byMonth[m] = new List<MonthlyMonitoring>(records.Length / 12);
            isoMonths[m] = new YearMonth(year, m + 1);
        }

        for (var i = 0; i < records.Length; i++)
        {
            var r = records[i];
            if (r is null)
            {
                for (var m = 0; m < 12; m++)
                {
                    byMonth[m].Add(r!);
                }
            }
            else if (r.Month.Year == year && r.Month.Month <= 12 && r.Month == isoMonths[r.Month.Month - 1])
            {
                // (Equal as YearMonth values, calendar included, exactly as a month-by-month filter would select it.)
                byMonth[r.Month.Month - 1].Add(r);
            }
        }

        // The twelve months are independent: checked (and below, settled) on every core; what each finds is merged in
        // month order, so the problems, the missing section-months and the statement are those of a month-by-month run.
        var monthErrors = new IReadOnlyList<ValidationError>?[12];
        var monthMissing = new List<MissingSectionMonth>[12];
        ForEachMonth(m =>
        {
            var month = isoMonths[m];
            var sections = registry.SectionsIn(month);
            monthMissing[m] = new List<MissingSectionMonth>();
            try
            {
                var matched = Prepare(month, registry, sections, byMonth[m].ToArray(), "monitoring(" + month.ToString("yyyy-MM", CultureInfo.InvariantCulture) + ")", monthMissing[m], out var priced);
                prepared[m] = (Resolve(month), month, priced, matched);
            }
            catch (ValidationException ex)
            {
                monthErrors[m] = ex.Errors;
            }
        });
        for (var m = 0; m < 12; m++)
        {
            missing.AddRange(monthMissing[m]);
            if (monthErrors[m] is { } errors)
            {
                v.AddRange(errors);
            }
        }

        var perSectionYear = Resolve(new YearMonth(year, 1)).Parameters.SpecialTransferFundPerSectionYear;
        var townSet = new HashSet<string>(registry.Towns, StringComparer.Ordinal);
        var allocatedBySection = new Dictionary<string, decimal>(StringComparer.Ordinal);
        for (var i = 0; i < allocations.Length; i++)
        {
            var a = allocations[i];
            var p = Validator.Index("transferFund", i);
            if (!v.Required(p, a))
            {
                continue;
            }

            if (v.RequiredText(Validator.Field(p, "sectionId"), a!.SectionId) && !registry.Sections.Any(s => s.Id == a.SectionId && IsAssessedIn(s, year)))
            {
                v.Add(Validator.Field(p, "sectionId"), ErrorCode.Inconsistent, $"section '{a.SectionId}' is not assessed in {year}");
            }

            if (v.RequiredText(Validator.Field(p, "town"), a.Town) && !townSet.Contains(a.Town))
            {
                v.Add(Validator.Field(p, "town"), ErrorCode.Inconsistent, $"unknown town '{a.Town}'");
            }

            if (v.NotNegative(Validator.Field(p, "amount"), a.Amount) && !Money.IsWholeFen(a.Amount))
            {
                v.Add(Validator.Field(p, "amount"), ErrorCode.InvalidValue, "must be a whole number of fen");
            }

            if (a.SectionId is not null && a.Amount >= 0m && a.Amount <= 1_000_000_000_000m)
            {
                allocatedBySection[a.SectionId] = (allocatedBySection.TryGetValue(a.SectionId, out var s) ? s : 0m) + a.Amount;
                if (allocatedBySection[a.SectionId] > perSectionYear)
                {
                    v.Add(Validator.Field(p, "amount"), ErrorCode.Inconsistent, $"section '{a.SectionId}' is allocated {Fmt(allocatedBySection[a.SectionId])} yuan in all, more than the {Fmt(perSectionYear)} yuan per section per year of 第三条");
                }
            }
            else if (a.Amount > 1_000_000_000_000m)
            {
                v.Add(Validator.Field(p, "amount"), ErrorCode.OutOfRange, "is implausibly large");
            }
        }

        for (var i = 0; i < cuts.Length; i++)
        {
            var d = cuts[i];
            var p = Validator.Index("deductions", i);
            if (!v.Required(p, d))
            {
                continue;
            }

            if (v.RequiredText(Validator.Field(p, "town"), d!.Town) && !townSet.Contains(d.Town))
            {
                v.Add(Validator.Field(p, "town"), ErrorCode.Inconsistent, $"unknown town '{d.Town}'");
            }

            if (v.Positive(Validator.Field(p, "amount"), d.Amount) && (!Money.IsWholeFen(d.Amount) || d.Amount > 1_000_000_000_000m))
            {
                v.Add(Validator.Field(p, "amount"), ErrorCode.OutOfRange, "must be a whole number of fen no larger than 1,000,000,000,000");
            }

            v.RequiredText(Validator.Field(p, "finding"), d.Finding);
        }

        v.ThrowIfAny();

        var months = new MonthlySettlement[12];
        ForEachMonth(m => months[m] = SettlePrepared(prepared[m].Rules, prepared[m].Month, registry, prepared[m].Sections, prepared[m].Matched));
        var lines = new List<LineItem>();
        var towns = new List<AnnualTownStatement>();
        var doc = WaterCompensationParameters.Document;
        foreach (var town in registry.Towns.OrderBy(t => t, StringComparer.Ordinal))
        {
            var paid = months.Sum(m => m.Towns.First(t => t.Town == town).Paid);
            var received = months.Sum(m => m.Towns.First(t => t.Town == town).Received);
            var cut = cuts.Where(c => c.Town == town).Sum(c => c.Amount);
            var applied = Math.Min(cut, received);
            var fund = allocations.Where(a => a.Town == town).Sum(a => a.Amount);
            towns.Add(new AnnualTownStatement(town, paid, received, received - paid, applied, cut - applied, received - applied, fund));
        }

        foreach (var a in allocations)
        {
            lines.Add(new LineItem(
                $"{a.Town}: share of section {a.SectionId}'s special transfer fund {year}",
                "第三条: 水污染防治专项转移支付资金, " + Fmt(perSectionYear) + " yuan per assessed section per year; allocation supplied by the caller",
                Fmt(a.Amount),
                a.Amount,
                doc.WithArticle("第三条")));
        }

        foreach (var town in towns.Where(t => t.DeductionsApplied + t.DeductionsNotApplied > 0m))
        {
            foreach (var d in cuts.Where(c => c.Town == town.Town))
            {
                lines.Add(new LineItem(
                    $"{d.Town}: deduction for {d.Finding}",
                    "第十三条: misuse found by inspection is deducted when the next year's compensation is allocated",
                    "−" + Fmt(d.Amount),
                    -d.Amount,
                    doc.WithArticle("第十三条")));
            }

            if (town.DeductionsNotApplied > 0m)
            {
                lines.Add(new LineItem(
                    $"{town.Town}: deductions exceed the compensation received in {year}",
                    "第十三条: only what is allocated can be deducted; the rest is reported for the next allocation",
                    $"{Fmt(town.DeductionsApplied + town.DeductionsNotApplied)} − {Fmt(town.CompensationReceived)} = {Fmt(town.DeductionsNotApplied)} not applied",
                    town.DeductionsNotApplied,
                    doc.WithArticle("第十三条")));
            }
        }

        var bySection = TransferFundBySection(year, registry, allocatedBySection, perSectionYear, out var findings);
        var provenance = months.Select(m => m.Provenance).Distinct().ToArray();
        return new AnnualStatement(year, months, towns, months.Sum(m => m.PoolTotal), allocations.Sum(a => a.Amount), lines, provenance, bySection, missing, findings);
    }

    /// <summary>
    /// Runs the twelve months' work on every core (each month writes only its own slots). An exception other than the
    /// validation problems the work collects itself is rethrown as itself, the earliest month's first, never wrapped.
    /// </summary>
    private static void ForEachMonth(Action<int> work)
    {
        var failures = new Exception?[12];
        Parallel.For(0, 12, m =>
        {
            try
            {
                work(m);
            }
            catch (Exception ex)
            {
                failures[m] = ex;
            }
        });
        foreach (var failure in failures)
        {
            if (failure is not null)
            {
                ExceptionDispatchInfo.Capture(failure).Throw();
            }
        }
    }

    /// <summary>
    /// Spec 07 W-d: each section assessed in the year (registered for at least one of its months) with what the caller allocated
    /// of its 第三条 fund beside the standard; a short allocation is a finding (an excess was already rejected as an error).
    /// The standard is the whole yearly amount even for a section registered for part of the year: 第三条 gives no proration.
    /// </summary>
    private static SectionTransferFund[] TransferFundBySection(int year, SectionRegistry registry, Dictionary<string, decimal> allocatedBySection, decimal standard, out Finding[] findings)
    {
        var citation = WaterCompensationParameters.Document.WithArticle("第三条");
        var result = new List<SectionTransferFund>();
        var shorts = new List<Finding>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in registry.Sections)
        {
            if (!IsAssessedIn(s, year) || !seen.Add(s.Id))
            {
                continue;
            }

            var allocated = allocatedBySection.TryGetValue(s.Id, out var a) ? a : 0m;
            result.Add(new SectionTransferFund(s.Id, allocated, standard, allocated == standard));
            if (allocated < standard)
            {
                shorts.Add(new Finding(
                    "transferFund.sectionShort",
                    Severity.Violation,
                    $"section '{s.Id}' is allocated {Fmt(allocated)} yuan of its special transfer fund for {year}, {Fmt(standard - allocated)} short of the {Fmt(standard)} yuan per section per year",
                    citation));
            }
        }

        findings = shorts.ToArray();
        return result.ToArray();
    }

    private static bool IsAssessedIn(Section s, int year) =>
        s.ValidFrom <= new YearMonth(year, 12) && (s.ValidTo is null || s.ValidTo.Value >= new YearMonth(year, 1));

    internal static SectionMonth ToSectionMonth(Section s, MonthlyMonitoring m) =>
        new(m.Month, s.FunctionalClass, s.TargetClass, s.BodyType, m.Dry, m.HasInflow, m.Outflow, m.Inflow);

    /// <summary>
    /// The version in force for a month. The latest version is tried first and inline (it covers every month from its
    /// first on, and is the only one in the gazette's history); earlier versions and the error are out of line.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal CompiledRules Resolve(YearMonth month)
    {
        var index = SectionMonthBatch.ToIndex(month);
        var latest = versions[versions.Length - 1];
        return latest.Covers(index) ? latest : ResolveEarlier(month, index);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private CompiledRules ResolveEarlier(YearMonth month, int monthIndex) =>
        ResolveCompiled(monthIndex) ?? throw new NotInForceException(month.OnDayOfMonth(1), versions[0].Parameters.InForceFrom, versions[0].Parameters.Source);

    private CompiledRules? ResolveCompiled(YearMonth month) => ResolveCompiled(SectionMonthBatch.ToIndex(month));

    private CompiledRules? ResolveCompiled(int monthIndex)
    {
        for (var i = versions.Length - 1; i >= 0; i--)
        {
            if (versions[i].Covers(monthIndex))
            {
                return versions[i];
            }
        }

        return null;
    }

    private string NotInForceMessage(YearMonth month) =>
        $"{month:yyyy-MM} is before the policy is in force ({versions[0].Parameters.Source}: from {versions[0].FirstMonth:yyyy-MM})";

    private static YearMonth FirstFullMonth(LocalDate d)
    {
        var ym = new YearMonth(d.Year, d.Month);
        return d.Day == 1 ? ym : ym.PlusMonths(1);
    }

    /// <summary>
    /// Validates one section-month without allocating when it is valid: field paths (<c>prefix[index].outflow.ammoniaNitrogen</c>)
    /// are built only for a problem, and go to a lazily created validator.
    /// </summary>
    internal static bool CheckInput(in SectionMonth x, string prefix, ref Validator? v) => CheckInput(x, prefix, -1, ref v);

    internal static bool CheckInput(in SectionMonth x, string prefix, int index, ref Validator? v)
    {
        var ok = true;
        var classesValid = true;
        if (x.FunctionalClass < WaterClass.I || x.FunctionalClass > WaterClass.V)
        {
            ok = classesValid = BadClass(ref v, PathOf(prefix, index, "functionalClass", null), x.FunctionalClass);
        }

        if (x.AssessmentTarget < WaterClass.I || x.AssessmentTarget > WaterClass.V)
        {
            ok = BadClass(ref v, PathOf(prefix, index, "assessmentTarget", null), x.AssessmentTarget);
        }

        if (x.BodyType != WaterBodyType.River && x.BodyType != WaterBodyType.LakeOrReservoir)
        {
            (v ??= new Validator()).Defined(PathOf(prefix, index, "bodyType", null), x.BodyType);
            ok = false;
        }

        // With a functional class outside I–V neither oxygen-demand indicator is known to be required: only their values are checked.
        var oxy = classesValid ? WaterCompensationParameters.OxygenDemandIndicatorFor(x.FunctionalClass) : NoIndicator;
        ok &= CheckConcentrations(x.Outflow, oxy, !x.Dry, prefix, index, "outflow", ref v);
        if (x.HasInflow)
        {
            if (x.Inflow is null)
            {
                if (!x.Dry)
                {
                    ok = Fail(ref v, PathOf(prefix, index, "inflow", null), ErrorCode.Required, "is required when hasInflow is true");
                }
            }
            else
            {
                ok &= CheckConcentrations(x.Inflow.Value, oxy, !x.Dry, prefix, index, "inflow", ref v);
            }
        }
        else if (x.Inflow is not null)
        {
            // Spec 07 W-f: contradictory data is reported even for a dry month (which is otherwise priced 0).
            ok = Fail(ref v, PathOf(prefix, index, "inflow", null), ErrorCode.Inconsistent, "must be omitted when hasInflow is false (no inflow: case (一) applies)");
        }

        return ok;
    }

    /// <summary>No pollutant: used when the functional class is invalid, so neither COD nor CODMn is demanded.</summary>
    private const Pollutant NoIndicator = (Pollutant)(-1);

    /// <summary>A class outside I–V: an undefined value lists the allowed words (spec 07 C4); 劣V is a class but not a target.</summary>
    private static bool BadClass(ref Validator? v, string path, WaterClass value)
    {
        v ??= new Validator();
        if (v.Defined(path, value))
        {
            v.Add(path, ErrorCode.InvalidValue, "must be a class from I to V");
        }

        return false;
    }

    private static string PathOf(string prefix, int index, string field, string? subField)
    {
        var head = index >= 0 ? Validator.Index(prefix, index) : prefix;
        var path = Validator.Field(head, field);
        return subField is null ? path : Validator.Field(path, subField);
    }

    private static bool CheckConcentrations(in Concentrations c, Pollutant oxy, bool required, string prefix, int index, string point, ref Validator? v)
    {
        var ok = true;
        ok &= CheckOne(c.ChemicalOxygenDemand, required && oxy == Pollutant.ChemicalOxygenDemand, prefix, index, point, "chemicalOxygenDemand", "COD, required for functional class I, IV or V", ref v);
        ok &= CheckOne(c.PermanganateIndex, required && oxy == Pollutant.PermanganateIndex, prefix, index, point, "permanganateIndex", "CODMn, required for functional class II or III", ref v);
        ok &= CheckOne(c.AmmoniaNitrogen, required, prefix, index, point, "ammoniaNitrogen", "NH3-N", ref v);
        ok &= CheckOne(c.TotalPhosphorus, required, prefix, index, point, "totalPhosphorus", "TP", ref v);
        return ok;
    }

    private static bool CheckOne(decimal? value, bool required, string prefix, int index, string point, string field, string what, ref Validator? v)
    {
        if (value is null)
        {
            return !required || Fail(ref v, PathOf(prefix, index, point, field), ErrorCode.Required, "is required (" + what + ")");
        }

        if (value.Value < 0m)
        {
            return Fail(ref v, PathOf(prefix, index, point, field), ErrorCode.OutOfRange, "must not be negative (got " + Validator.Format(value.Value) + " mg/L)");
        }

        if (value.Value > WaterCompensationParameters.MaximumConcentration)
        {
            return Fail(ref v, PathOf(prefix, index, point, field), ErrorCode.OutOfRange, "must not exceed " + Validator.Format(WaterCompensationParameters.MaximumConcentration) + " mg/L (got " + Validator.Format(value.Value) + ")");
        }

        return true;
    }

    private static bool Fail(ref Validator? v, string path, ErrorCode code, string message)
    {
        (v ??= new Validator()).Add(path, code, message);
        return false;
    }

    /// <summary>
    /// Checks a month's records against the sections registered then and returns each priced section's record, in registry
    /// order. With <paramref name="missing"/> null every registered section needs a record (<see cref="Settle"/>); otherwise
    /// a section without one is added to it (spec 07 W-e) and left out of <paramref name="priced"/>.
    /// </summary>
    private MonthlyMonitoring[] Prepare(YearMonth month, SectionRegistry registry, IReadOnlyList<Section> sections, MonthlyMonitoring[] records, string path, List<MissingSectionMonth>? missing, out IReadOnlyList<Section> priced)
    {
        var v = new Validator();
        var byId = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < records.Length; i++)
        {
            // The record's path (monitoring[12]) is built only for a problem: a year of 10^6 records would otherwise
            // allocate 10^6 strings that are never read.
            var r = records[i];
            if (r is null)
            {
                v.Required(Validator.Index(path, i), r);
                continue;
            }

            if (r.Month != month)
            {
                v.Add(Validator.Field(Validator.Index(path, i), "month"), ErrorCode.Inconsistent, $"{r.Month:yyyy-MM} is not the month settled ({month:yyyy-MM})");
                continue;
            }

            if (string.IsNullOrWhiteSpace(r.SectionId))
            {
                v.RequiredText(Validator.Field(Validator.Index(path, i), "sectionId"), r.SectionId);
                continue;
            }

            if (registry.Find(r.SectionId, month) is null)
            {
                v.Add(Validator.Field(Validator.Index(path, i), "sectionId"), ErrorCode.Inconsistent, $"unknown section '{r.SectionId}': not registered for {month:yyyy-MM}");
                continue;
            }

            if (byId.TryGetValue(r.SectionId, out var earlier))
            {
                v.Add(Validator.Field(Validator.Index(path, i), "sectionId"), ErrorCode.Inconsistent, $"section '{r.SectionId}' already has a record for {month:yyyy-MM} ({path}[{earlier}])");
                continue;
            }

            byId.Add(r.SectionId, i);
        }

        var matched = new List<MonthlyMonitoring>(sections.Count);
        var present = new List<Section>(sections.Count);
        for (var k = 0; k < sections.Count; k++)
        {
            var s = sections[k];
            if (!byId.TryGetValue(s.Id, out var i))
            {
                if (missing is not null)
                {
                    missing.Add(new MissingSectionMonth(s.Id, month));
                }
                else
                {
                    v.Add(path, ErrorCode.Required, $"no monitoring record for section '{s.Id}' in {month:yyyy-MM} (a dry month must be recorded as dry)");
                }

                continue;
            }

            // The integer conversion succeeds only on a valid input: the full check (field paths, messages) runs when it does not.
            var input = ToSectionMonth(s, records[i]);
            Validator? iv = null;
            if (!ScaledInput.TryScale(input, out _) && !CheckInput(input, path, i, ref iv))
            {
                v.AddRange(iv!.Errors);
            }

            matched.Add(records[i]);
            present.Add(s);
        }

        v.ThrowIfAny();
        priced = present;
        return matched.ToArray();
    }

    private static MonthlySettlement SettlePrepared(CompiledRules rules, YearMonth month, SectionRegistry registry, IReadOnlyList<Section> sections, MonthlyMonitoring[] matched)
    {
        var doc = WaterCompensationParameters.Document;
        var results = new SectionMonthResult[sections.Count];
        var lines = new List<SettlementLine>();
        var paid = registry.Towns.ToDictionary(t => t, _ => 0m, StringComparer.Ordinal);
        var received = registry.Towns.ToDictionary(t => t, _ => 0m, StringComparer.Ordinal);
        var pool = 0m;
        for (var k = 0; k < sections.Count; k++)
        {
            var s = sections[k];
            results[k] = Itemize(rules, ToSectionMonth(s, matched[k]), s.Id, new LazyItemization.OfMonitoring(rules, s, matched[k]));
            var amount = results[k].Amount;
            if (amount == 0m)
            {
                continue;
            }

            var towns = s.ResponsibleTowns;
            var shares = new decimal[towns.Count];
            Money.SplitEquallyUnchecked(amount, shares);
            for (var t = 0; t < towns.Count; t++)
            {
                var toPool = s.Downstream is null;
                var recipient = s.Downstream ?? MonthlySettlement.DistrictPool;
                var arithmetic = towns.Count == 1
                    ? $"{Fmt(amount)} (whole section amount)"
                    : $"{Fmt(amount)} ÷ {towns.Count} border towns, truncated to the fen, leftover fen to the towns listed first = {Fmt(shares[t])}";
                var citation = towns.Count > 1 ? doc.WithArticle("第九条（二）") : doc.WithArticle("第十二条");
                lines.Add(new SettlementLine(s.Id, towns[t], recipient, toPool, shares[t], arithmetic, citation));
                paid[towns[t]] += shares[t];
                if (toPool)
                {
                    pool += shares[t];
                }
                else
                {
                    received[s.Downstream!] += shares[t];
                }
            }
        }

        var positions = registry.Towns.OrderBy(t => t, StringComparer.Ordinal)
            .Select(t => new TownPosition(t, paid[t], received[t], received[t] - paid[t]))
            .ToArray();
        var totalPaid = positions.Sum(p => p.Paid);
        var totalReceived = positions.Sum(p => p.Received);
        if (totalPaid != totalReceived + pool)
        {
            // Cannot happen: every share is added to exactly one payer and one recipient.
            throw new InvalidOperationException("Settlement does not balance: internal error.");
        }

        return new MonthlySettlement(month, results, lines, positions, totalPaid, totalReceived, pool, rules.Provenance);
    }

    /// <summary>
    /// The itemized result: the amount now (the integer kernel when the version and the values allow it), the assessments
    /// and lines when first read (<see cref="LazyItemization"/>). Input already validated.
    /// </summary>
    private static SectionMonthResult Itemize(CompiledRules rules, in SectionMonth x, string sectionId, LazyItemization? lazy = null)
    {
        if (rules.Scaled is { } scaled && ScaledInput.TryScale(x, out var item))
        {
            lazy ??= new LazyItemization.OfInput(rules, x, sectionId);
            return new SectionMonthResult(sectionId, x.Month, x.Dry, x.OxygenDemandIndicator, lazy.Pollutants, scaled.Amount(item), lazy, rules.Provenance);
        }

        // Decimal versions and values beyond nine decimals: itemized at once, the total taken from the bill.
        var done = ItemizeNow(rules, x, sectionId);
        return new SectionMonthResult(sectionId, x.Month, x.Dry, x.OxygenDemandIndicator, done.Pollutants, done.Total, done.Lines, rules.Provenance);
    }

    /// <summary>The one itemizing code path: every assessment and line of a validated section-month.</summary>
    internal static LazyItemization.Itemized ItemizeNow(CompiledRules rules, in SectionMonth x, string sectionId)
    {
        var oxy = x.OxygenDemandIndicator;
        var label = sectionId.Length > 0 ? sectionId + " " : string.Empty;
        var lines = new List<LineItem>(x.Dry ? 1 : 8);
        if (x.Dry)
        {
            lines.Add(new LineItem(
                label + "dry all month (" + ItemizeTexts.Month(x.Month) + ")",
                "第九条（一）: 若跨界断面全月断流，则当月不计算该断面补偿金 — a section dry all month owes nothing",
                "0",
                0m,
                ItemizeTexts.Article9Dry));
            return new LazyItemization.Itemized(Array.Empty<PollutantAssessment>(), lines.ToArray(), 0m);
        }

        var ignored = oxy == Pollutant.PermanganateIndex ? Pollutant.ChemicalOxygenDemand : Pollutant.PermanganateIndex;
        if (x.Outflow.Of(ignored) is { } ignoredValue)
        {
            lines.Add(new LineItem(
                label + Name(ignored) + " " + ItemizeTexts.Conc(ignoredValue) + " mg/L supplied and ignored",
                ItemizeTexts.IgnoredRule[(int)x.FunctionalClass],
                "0",
                0m,
                ItemizeTexts.Article4));
        }

        var texts = rules.Texts;
        var assessments = new PollutantAssessment[3];
        var total = 0m;
        for (var i = 0; i < 3; i++)
        {
            var p = i == 0 ? oxy : i == 1 ? Pollutant.AmmoniaNitrogen : Pollutant.TotalPhosphorus;
            var table = CompiledRules.TableIndex(p, x.BodyType);
            var outC = rules.Prepare(p, x.Outflow.Of(p)!.Value);
            decimal? inC = x.HasInflow ? rules.Prepare(p, x.Inflow!.Value.Of(p)!.Value) : null;
            assessments[i] = AssessPollutant(rules, texts, p, table, x, outC, inC, label, lines);
            total += assessments[i].Amount;
        }

        lines.Add(new LineItem(
            label + "section total " + ItemizeTexts.Month(x.Month),
            "第九条: the three indicators of a section are added",
            $"{ItemizeTexts.Amount(assessments[0].Amount)} + {ItemizeTexts.Amount(assessments[1].Amount)} + {ItemizeTexts.Amount(assessments[2].Amount)} = {ItemizeTexts.Amount(total)}",
            total,
            ItemizeTexts.Article9));
        return new LazyItemization.Itemized(assessments, lines.ToArray(), total);
    }

    private static PollutantAssessment AssessPollutant(CompiledRules rules, ItemizeTexts texts, Pollutant p, int table, in SectionMonth x, decimal outC, decimal? inC, string label, List<LineItem> lines)
    {
        var cls = rules.Classify(table, outC);
        var target = (int)x.AssessmentTarget;
        var worse = Math.Max(0, cls - target);
        var outText = ItemizeTexts.Conc(outC);
        var inText = inC is { } i ? ItemizeTexts.Conc(i) : null;
        var subject = inText is null
            ? $"{label}{Name(p)} outflow {outText} mg/L, no inflow{texts.SubjectTail(table, cls, target)}"
            : $"{label}{Name(p)} outflow {outText} mg/L, inflow {inText} mg/L{texts.SubjectTail(table, cls, target)}";
        if (worse == 0)
        {
            lines.Add(new LineItem(
                subject,
                "第八条: the standard is met — nothing owed",
                ItemizeTexts.NotOwedArithmetic[cls, target],
                0m,
                ItemizeTexts.Article8));
            return new PollutantAssessment(p, outC, inC, (WaterClass)cls, x.AssessmentTarget, 0, CompensationCase.NotOwed, 0m, 0, 0m, 0m);
        }

        var case1 = inC is null || outC > inC.Value;
        var citation = case1 ? ItemizeTexts.Article8Case1 : ItemizeTexts.Article8Case2;
        var article = citation.Article;
        var rate = case1 ? rules.PerClass1 : rules.PerClass2;
        var baseAmount = worse * rate;
        var rule = inC is null
            ? texts.NoInflowRule(case1)
            : case1
                ? $"{article} (outflow {outText} > inflow {inText}{texts.RateRuleTail(case1)}"
                : $"{article} (outflow {outText} ≤ inflow {inText}{texts.RateRuleTail(case1)}";
        lines.Add(new LineItem(subject, rule, texts.BaseArithmetic(case1, cls, target), baseAmount, citation));

        var steps = 0m;
        var surcharge = 0m;
        if (cls == 6)
        {
            var threshold = rules.Threshold(p);
            var thresholdText = texts.Threshold(p);
            if (outC > threshold)
            {
                var perStep = rules.PerStep(p, case1);
                steps = CompiledRules.SurchargeSteps(outC, threshold, rules.Step(p));
                surcharge = steps * perStep;
                lines.Add(new LineItem(
                    $"{label}{Name(p)} {outText} mg/L is 劣V and above {thresholdText}",
                    texts.SurchargeRule(p, case1),
                    $"ceil(({outText} − {thresholdText}) ÷ {texts.Step(p)}) = {ItemizeTexts.Amount(steps)} step(s) × {texts.PerStep(p, case1)} = {ItemizeTexts.Amount(surcharge)}",
                    surcharge,
                    citation));
            }
            else
            {
                lines.Add(new LineItem(
                    $"{label}{Name(p)} {outText} mg/L is 劣V but not above {thresholdText}",
                    texts.NotAboveRule(p, case1),
                    $"{outText} ≤ {thresholdText} → 0",
                    0m,
                    citation));
            }
        }

        return new PollutantAssessment(
            p,
            outC,
            inC,
            (WaterClass)cls,
            x.AssessmentTarget,
            worse,
            case1 ? CompensationCase.NoInflowOrIncreased : CompensationCase.NotAboveInflow,
            baseAmount,
            (int)steps,
            surcharge,
            baseAmount + surcharge);
    }

    internal static string Name(Pollutant p) => p switch
    {
        Pollutant.ChemicalOxygenDemand => "COD 化学需氧量",
        Pollutant.PermanganateIndex => "CODMn 高锰酸盐指数",
        Pollutant.AmmoniaNitrogen => "NH3-N 氨氮",
        _ => "TP 总磷",
    };

    internal static string Fmt(decimal amount) => ItemizeTexts.Amount(amount);
}
