using System.Globalization;
using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Haidian.Rules.WasteSorting;

namespace Haidian.Rules.Tests.WasteSorting;

/// <summary>
/// Spec 07 §K, each item by name: K-a exact shortfalls beside the rounded ones, K-b tickets before the in-force day
/// excluded and listed, K-d flags whatever the status (change) and the kept readings on months without kitchen waste.
/// K-c is <see cref="WasteSortingStandardsTests.K_c_staffed_hours_and_sizing_answers_carry_their_citation"/>.
/// </summary>
public sealed partial class WasteSortingCalculatorTests
{
    private static readonly YearMonth August2017 = new(2017, 8);

    private static WeighingTicket Aug(string number, int day, decimal tonnes, WasteStream stream) => new(number, new LocalDate(2017, 8, day), tonnes, stream);

    // ---- K-a: exact shortfalls -------------------------------------------------------------------------------------

    [Fact]
    public void K_a_K2_gives_the_exact_shortfalls_as_reduced_fractions_beside_the_rounded_up_ones()
    {
        // why: 600 × 5 ÷ 95 = 600/19 t needed (31.578…), 5 − 3000/630 = 5/21 points (0.238…), 600/19 − 30 = 30/19 t short (1.578…).
        var b = Calculator.Calculate(K2()).Base;
        Assert.Equal(BaseVerdict.Below, b.Verdict);
        Assert.Equal(("600/19", "5/21", "30/19"), (b.ExactRequiredKitchenTonnes, b.ExactShortfallPoints, b.ExactShortfallTonnes));
        Assert.Equal((31.58m, 0.24m, 1.58m), (b.RequiredKitchenTonnes, b.ShortfallPoints, b.ShortfallTonnes));
        Assert.Equal("rate 4.76% < 5%: 0.24 points, 1.58 t short (31.58 t needed)", b.Text);
    }

    [Fact]
    public void K_a_terminating_exact_shortfalls_are_decimals_and_the_others_fractions()
    {
        // why: kitchen 4 t, other 96 t: the rate is exactly 4%, so 1 point short; 96 × 5 ÷ 95 = 96/19 t needed; 96/19 − 4 = 20/19 t short.
        var a = Calculator.Calculate(Estate("A", new[] { Kitchen("A-1", 1, 4m), Other("A-2", 2, 96m) })).Base;
        Assert.Equal(("96/19", "1", "20/19"), (a.ExactRequiredKitchenTonnes, a.ExactShortfallPoints, a.ExactShortfallTonnes));
        Assert.Equal((5.06m, 1m, 1.06m), (a.RequiredKitchenTonnes, a.ShortfallPoints, a.ShortfallTonnes));

        // why: kitchen 0.9 t, other 19 t: 19 × 5 ÷ 95 = 1 t needed exactly, 0.1 t short exactly; 5 − 90/19.9 = 95/199 points.
        var b = Calculator.Calculate(Estate("B", new[] { Kitchen("B-1", 1, 0.9m), Other("B-2", 2, 19m) })).Base;
        Assert.Equal(("1", "95/199", "0.1"), (b.ExactRequiredKitchenTonnes, b.ExactShortfallPoints, b.ExactShortfallTonnes));
        Assert.Equal((1m, 0.48m, 0.1m), (b.RequiredKitchenTonnes, b.ShortfallPoints, b.ShortfallTonnes));

        // why: 4.999 t against 95 t: 5 t needed, 0.001 t short, 95/99999 points (0.00095…, shown as 0.01).
        var c = Calculator.Calculate(Estate("C", new[] { Kitchen("C-1", 1, 4.999m), Other("C-2", 2, 95m) })).Base;
        Assert.Equal(("5", "95/99999", "0.001"), (c.ExactRequiredKitchenTonnes, c.ExactShortfallPoints, c.ExactShortfallTonnes));
        Assert.Equal((5m, 0.01m, 0.001m), (c.RequiredKitchenTonnes, c.ShortfallPoints, c.ShortfallTonnes));
    }

    [Fact]
    public void K_a_a_met_rate_gives_the_exact_tonnes_needed_and_no_shortfall()
    {
        // why: K1, other 420 t: 420 × 5 ÷ 95 = 420/19 t (22.105…, shown 22.11) needed; met, so nothing is short.
        var b = Calculator.Calculate(K1).Base;
        Assert.Equal(BaseVerdict.Met, b.Verdict);
        Assert.Equal(22.11m, b.RequiredKitchenTonnes);
        Assert.Equal("420/19", b.ExactRequiredKitchenTonnes);
        Assert.Null(b.ExactShortfallPoints);
        Assert.Null(b.ExactShortfallTonnes);
    }

    [Fact]
    public void K_a_an_agreed_base_tonnage_gives_exact_decimals_and_no_rate_points()
    {
        var below = Calculator.Calculate(K2(new ServiceAgreement(BaseTonnes: 32.5m))).Base;
        Assert.Equal(("32.5", (string?)null, "2.5"), (below.ExactRequiredKitchenTonnes, below.ExactShortfallPoints, below.ExactShortfallTonnes));
        var met = Calculator.Calculate(K2(new ServiceAgreement(BaseTonnes: 25m))).Base;
        Assert.Equal(("25", (string?)null, (string?)null), (met.ExactRequiredKitchenTonnes, met.ExactShortfallPoints, met.ExactShortfallTonnes));
        var empty = Calculator.Calculate(Estate("空置小区", Array.Empty<WeighingTicket>())).Base;
        Assert.Equal(BaseVerdict.NotAssessable, empty.Verdict);
        Assert.Equal(((string?)null, (string?)null, (string?)null), (empty.ExactRequiredKitchenTonnes, empty.ExactShortfallPoints, empty.ExactShortfallTonnes));
    }

    [Fact]
    public void K_a_a_what_if_rate_is_exact_too()
    {
        // why: 5.5% = 11/2: 600 × 11/2 ÷ (100 − 11/2) = 6600/189 = 2200/63 t needed; 11/2 − 100/21 = 31/42 points; 2200/63 − 30 = 310/63 t short.
        var calc = new WasteSortingCalculator(WasteSortingParameters.Gazette2017 with { MinimumSeparationRatePercent = 5.50m });
        var b = calc.Calculate(K2()).Base;
        Assert.Equal(("2200/63", "31/42", "310/63"), (b.ExactRequiredKitchenTonnes, b.ExactShortfallPoints, b.ExactShortfallTonnes));
        Assert.Equal((34.93m, 0.74m, 4.93m), (b.RequiredKitchenTonnes, b.ShortfallPoints, b.ShortfallTonnes));
    }

    [Fact]
    public void K_a_the_exact_figures_are_in_the_json_and_round_trip()
    {
        var r = Calculator.Calculate(K2());
        var json = HaidianJson.Serialize(r);
        Assert.Contains("\"exactRequiredKitchenTonnes\": \"600/19\"", json, StringComparison.Ordinal);
        Assert.Contains("\"exactShortfallPoints\": \"5/21\"", json, StringComparison.Ordinal);
        Assert.Contains("\"exactShortfallTonnes\": \"30/19\"", json, StringComparison.Ordinal);
        Assert.Equal(json, HaidianJson.Serialize(HaidianJson.Deserialize<EstateMonthResult>(json)));
    }

    /// <summary>
    /// K-a property: each exact figure, read back as numerator/denominator, reconstructs the inputs exactly (tonnes needed ×
    /// (100 − rate) = other × rate; (rate − points) × (kitchen + other) = 100 × kitchen; short + kitchen = needed), is reduced,
    /// is a decimal exactly when it terminates, and its display value is the exact one rounded up to 0.01 (tonnes short: the
    /// tonnes needed rounded up, less the kitchen tonnes — never below the exact figure, less than 0.01 above it).
    /// </summary>
    [Property(MaxTest = 400)]
    public Property K_a_exact_shortfalls_reconstruct_the_inputs_and_round_up_to_the_display_values() =>
        Prop.ForAll(
            Gen.Choose(0, 1_000_000).ToArbitrary(),
            Gen.Choose(0, 1_000_000).ToArbitrary(),
            Gen.Elements(5m, 5.5m, 0.1m, 12.345m, 33.3m, 99.9m, 50m).ToArbitrary(),
            (kitchenKg, otherKg, rate) =>
            {
                if (kitchenKg + otherKg == 0)
                {
                    return true;
                }

                var tickets = new List<WeighingTicket>();
                if (kitchenKg > 0)
                {
                    tickets.Add(Kitchen("K", 1, kitchenKg / 1000m));
                }

                if (otherKg > 0)
                {
                    tickets.Add(Other("O", 2, otherKg / 1000m));
                }

                var k = kitchenKg / 1000m;
                var o = otherKg / 1000m;
                var b = new WasteSortingCalculator(WasteSortingParameters.Gazette2017 with { MinimumSeparationRatePercent = rate }).Calculate(Estate("E", tickets)).Base;
                var r = Q(rate);
                var needed = Parse(b.ExactRequiredKitchenTonnes!);
                var ok = Same(Mul(needed, Sub(Q(100m), r)), Mul(Q(o), r))
                    && b.RequiredKitchenTonnes == Ceiling2(needed)
                    && WellFormed(b.ExactRequiredKitchenTonnes!);
                if (b.Verdict == BaseVerdict.Met)
                {
                    return ok && b.ExactShortfallPoints is null && b.ExactShortfallTonnes is null && Compare(needed, Q(k)) <= 0;
                }

                var points = Parse(b.ExactShortfallPoints!);
                var tonnesShort = Parse(b.ExactShortfallTonnes!);
                return ok
                    && Same(Mul(Sub(r, points), Q(k + o)), Mul(Q(100m), Q(k)))
                    && Same(Add(tonnesShort, Q(k)), needed)
                    && b.ShortfallPoints == Ceiling2(points)
                    && b.ShortfallTonnes == b.RequiredKitchenTonnes - k
                    && Compare(Q(b.ShortfallTonnes!.Value), tonnesShort) >= 0
                    && Compare(Sub(Q(b.ShortfallTonnes.Value), tonnesShort), Q(0.01m)) < 0
                    && WellFormed(b.ExactShortfallPoints!) && WellFormed(b.ExactShortfallTonnes!);
            });

    // ---- K-b: tickets before the in-force day --------------------------------------------------------------------------

    [Fact]
    public void K_b_tickets_before_the_in_force_day_are_excluded_listed_and_not_paid()
    {
        var aug = K1 with
        {
            Month = August2017,
            Tickets = new[]
            {
                Aug("A-29", 29, 2m, WasteStream.Kitchen),
                Aug("A-30", 30, 5m, WasteStream.Other),
                Aug("A-31", 31, 1m, WasteStream.Kitchen),
                Aug("A-31b", 31, 19m, WasteStream.Other),
            },
        };
        var r = Calculator.Calculate(aug);
        Assert.Equal((1m, 19m, 2), (r.KitchenTonnes, r.OtherTonnes, r.TicketCount));
        Assert.Equal((1_700m, 1_700m, SubsidyStatus.Payable), (r.Gross, r.Payable, r.Status));
        Assert.Equal(BaseVerdict.Met, r.Base.Verdict);   // 1 ÷ 20 = 5%: the excluded tickets do not count in the rate either
        var source = WasteSortingParameters.Gazette2017.Source;
        Assert.Equal(
            new[]
            {
                new ExcludedTicket("A-29", new LocalDate(2017, 8, 29), 2m, WasteStream.Kitchen, "dated 2017-08-29, before the policy is in force (from 2017-08-31): not counted, not paid", source),
                new ExcludedTicket("A-30", new LocalDate(2017, 8, 30), 5m, WasteStream.Other, "dated 2017-08-30, before the policy is in force (from 2017-08-31): not counted, not paid", source),
            },
            r.Excluded);
        Assert.Equal("印发通知（2017年8月31日）", source.Article);
        var line = r.Lines[1];
        Assert.Equal("万寿路甲15号院 2017-08: 2 tickets dated before 2017-08-31 excluded", line.Subject);
        Assert.Equal("in force from 2017-08-31: a ticket weighed before it is listed, not counted and not paid", line.Rule);
        Assert.Equal("kitchen 2.000 t, other 5.000 t not counted → 0", line.Arithmetic);
        Assert.Equal(0m, line.Amount);
        Assert.Equal(source, line.Citation);
        Assert.Equal("1,700.00 × 1.000 = 1,700.00", r.Lines[0].Arithmetic);
        Assert.Equal(4, r.Lines.Count);
        Assert.Equal("payable: an accepted sorting-standard estate run by a payee the text names", r.Reason);
    }

    [Fact]
    public void K_b_a_month_whose_tickets_are_all_excluded_pays_0_with_the_reason()
    {
        var r = Calculator.Calculate(K1 with { Month = August2017, Tickets = new[] { Aug("A-30", 30, 1m, WasteStream.Kitchen) } });
        Assert.Equal((0m, 0m, 0, SubsidyStatus.NoKitchenWaste), (r.Gross, r.Payable, r.TicketCount, r.Status));
        Assert.Equal("no weighing tickets counted in 2017-08 (1 ticket dated before 2017-08-31 excluded): nothing to pay", r.Reason);
        Assert.Equal(BaseVerdict.NotAssessable, r.Base.Verdict);
        Assert.Equal("万寿路甲15号院 2017-08: 1 ticket dated before 2017-08-31 excluded", r.Lines[1].Subject);
        Assert.Equal("kitchen 1.000 t, other 0.000 t not counted → 0", r.Lines[1].Arithmetic);
        Assert.Equal("A-30", Assert.Single(r.Excluded).Number);
    }

    [Fact]
    public void K_b_months_without_excluded_tickets_list_none_and_have_no_excluded_line()
    {
        var r = Calculator.Calculate(K1);
        Assert.Empty(r.Excluded);
        Assert.Equal(4, r.TicketCount);
        Assert.Equal(3, r.Lines.Count);
        Assert.DoesNotContain(r.Lines, l => l.Subject.Contains("excluded", StringComparison.Ordinal));
    }

    [Fact]
    public void K_b_an_excluded_ticket_is_still_a_ticket_of_the_statement_and_is_checked()
    {
        // why: only its date stops it being paid; a bad tonnage, an unknown stream or a reused number is still an error.
        var bad = K1 with
        {
            Month = August2017,
            Tickets = new[] { Aug("A-1", 30, 0.0005m, WasteStream.Kitchen), Aug("A-1", 31, 1m, WasteStream.Kitchen), Aug("A-3", 29, 1m, (WasteStream)9) },
        };
        var ex = Assert.Throws<ValidationException>(() => Calculator.Calculate(bad));
        Assert.Equal(
            new[]
            {
                "tickets[0].tonnes: must be in whole kilograms (at most 3 decimals of a tonne), got 0.0005",
                "tickets[1].number: ticket number 'A-1' is already used by tickets[0]: a ticket is counted once",
                "tickets[2].stream: is not one of Kitchen, Other (got the undefined value 9)",
            },
            ex.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void K_b_the_street_and_year_statements_of_august_2017_list_the_excluded_tickets()
    {
        var aug = K1 with { Month = August2017, Tickets = new[] { Aug("A-30", 30, 3m, WasteStream.Kitchen), Aug("A-31", 31, 1m, WasteStream.Kitchen) } };
        var s = Calculator.Statement("万寿路街道", August2017, new[] { aug });
        Assert.Equal(1_700m, s.Payable);
        Assert.Equal("A-30", Assert.Single(Assert.Single(s.Estates).Excluded).Number);
        var y = Calculator.YearStatement("万寿路街道", 2017, new[] { aug });
        Assert.Equal(1_700m, y.Payable);
        Assert.Equal(1m, y.KitchenTonnes);
    }

    /// <summary>K-b property: adding tickets dated before the in-force day to a month of August 2017 never changes the amount, the tonnes, the base or the status; each is listed.</summary>
    [Property(MaxTest = 200)]
    public Property K_b_adding_pre_in_force_tickets_never_changes_the_amount() =>
        Prop.ForAll(
            EstateGen.ToArbitrary(),
            Gen.Choose(0, 8).SelectMany(n => Gen.ListOf(TonnesGen.SelectMany(t => Gen.Elements(WasteStream.Kitchen, WasteStream.Other).SelectMany(s => Gen.Choose(1, 30).Select(d => (t, s, d)))), n)).ToArbitrary(),
            (e, early) =>
            {
                var month = e with { Month = August2017, Tickets = e.Tickets.Select(t => t with { Date = new LocalDate(2017, 8, 31) }).ToArray() };
                var extra = early.Select((p, i) => new WeighingTicket("EARLY-" + i, new LocalDate(2017, 8, p.d), p.t, p.s)).ToArray();
                var before = Calculator.Calculate(month);
                var after = Calculator.Calculate(month with { Tickets = month.Tickets.Concat(extra).Reverse().ToArray() });
                return after.Payable == before.Payable && after.Gross == before.Gross && after.Held == before.Held
                    && after.Status == before.Status && after.Base == before.Base
                    && after.KitchenTonnes == before.KitchenTonnes && after.OtherTonnes == before.OtherTonnes
                    && after.TicketCount == before.TicketCount && before.Excluded.Count == 0
                    && after.Excluded.Select(x => x.Number).OrderBy(n => n, StringComparer.Ordinal).SequenceEqual(extra.Select(x => x.Number).OrderBy(n => n, StringComparer.Ordinal));
            });

    // ---- K-d: flags whatever the status (change); months without kitchen waste (keep) -----------------------------------

    private const string NotNamedMessage =
        "the operator 西北旺村委会 is a village committee (村委会), neither a property company nor a professional company, so any amount needs a decision before it is paid";

    private const string VillageMessage =
        "西北旺村 is a village (达标村庄): villages follow the estate model (二（二）4), but the per-tonne subsidy names only 物业单位 and 专业公司, so any amount needs a decision before it is paid";

    private const string PayeeRule = "the payee of the per-tonne subsidy is a 物业单位 or a 专业公司 (二（二）3: 对物业单位或专业公司分出的厨余垃圾按量予以补贴)";

    [Fact]
    public void K_d_change_a_village_committee_operator_is_flagged_even_when_not_accepted()
    {
        var r = Calculator.Calculate(K1 with { Operator = "西北旺村委会", OperatorKind = OperatorKind.VillageCommittee, Accepted = false });
        Assert.Equal(SubsidyStatus.NotAccepted, r.Status);
        Assert.Equal(0m, r.Payable);
        var flag = Assert.Single(r.Flags);
        Assert.Equal(("payee.notNamed", Severity.Departure, NotNamedMessage), (flag.Code, flag.Severity, flag.Message));
        Assert.Equal(PayeeRule, flag.Requirement);
        Assert.Equal(WasteSortingParameters.Document.WithArticle("二（二）3"), flag.Citation);
        Assert.Null(flag.Status);
        Assert.True(flag.IsDeparture);
    }

    [Fact]
    public void K_d_change_a_village_run_by_its_committee_has_both_flags_whatever_the_status()
    {
        var village = K1 with { Estate = "西北旺村", Site = SiteKind.Village, Operator = "西北旺村委会", OperatorKind = OperatorKind.VillageCommittee };
        var expected = new[]
        {
            ("payee.villageClaim", VillageMessage, "二（二）4"),
            ("payee.notNamed", NotNamedMessage, "二（二）3"),
        };
        foreach (var e in new[]
        {
            village,                                                                   // FlaggedForDecision
            village with { Accepted = false },                                         // NotAccepted
            village with { Tickets = new[] { Other("O-1", 2, 10m) } },                 // NoKitchenWaste
        })
        {
            var r = Calculator.Calculate(e);
            Assert.Equal(expected, r.Flags.Select(f => (f.Code, f.Message, f.Citation.Article)));
            Assert.All(r.Flags, f => Assert.Equal(Severity.Departure, f.Severity));
            Assert.All(r.Flags, f => Assert.Equal(PayeeRule, f.Requirement));
        }

        Assert.Equal(SubsidyStatus.FlaggedForDecision, Calculator.Calculate(village).Status);
        Assert.Equal(SubsidyStatus.NotAccepted, Calculator.Calculate(village with { Accepted = false }).Status);
        Assert.Equal(SubsidyStatus.NoKitchenWaste, Calculator.Calculate(village with { Tickets = new[] { Other("O-1", 2, 10m) } }).Status);
    }

    [Fact]
    public void K_d_change_a_village_site_alone_is_flagged_and_payees_the_text_names_are_not()
    {
        var r = Calculator.Calculate(K1 with { Estate = "西北旺村", Site = SiteKind.Village, Accepted = false });
        Assert.Equal(("payee.villageClaim", VillageMessage), (Assert.Single(r.Flags).Code, r.Flags[0].Message));
        Assert.Empty(Calculator.Calculate(K1).Flags);
        Assert.Empty(Calculator.Calculate(K1 with { Accepted = false }).Flags);
        Assert.Empty(Calculator.Calculate(K1 with { OperatorKind = OperatorKind.ProfessionalCompany }).Flags);
    }

    [Fact]
    public void K_d_keep_an_accepted_estate_with_only_other_waste_is_no_kitchen_waste_and_pays_0()
    {
        var r = Calculator.Calculate(Estate("只有其他垃圾", new[] { Other("O-1", 5, 12m), Other("O-2", 6, 8m) }));
        Assert.Equal(SubsidyStatus.NoKitchenWaste, r.Status);
        Assert.Equal((0m, 0m, 0m), (r.Gross, r.Payable, r.Held));
        Assert.Equal("no kitchen waste weighed in 2018-03 (only other waste): nothing to pay", r.Reason);
        Assert.Equal(BaseVerdict.Below, r.Base.Verdict);   // rate 0% < 5%: 20 × 5 ÷ 95 = 20/19 t needed
        Assert.Equal(("20/19", "5", "20/19"), (r.Base.ExactRequiredKitchenTonnes, r.Base.ExactShortfallPoints, r.Base.ExactShortfallTonnes));
    }

    [Fact]
    public void K_d_keep_an_agreed_base_with_no_kitchen_tickets_is_below_by_the_whole_base()
    {
        var r = Calculator.Calculate(Estate("只有其他垃圾", new[] { Other("O-1", 5, 100m) }, agreement: new ServiceAgreement(BaseTonnes: 25m)));
        Assert.Equal(BaseBasis.AgreedTonnage, r.Base.Basis);
        Assert.Equal(BaseVerdict.Below, r.Base.Verdict);
        Assert.Equal((25m, 25m), (r.Base.ShortfallTonnes, r.Base.RequiredKitchenTonnes));
        Assert.Equal(("25", "25"), (r.Base.ExactShortfallTonnes, r.Base.ExactRequiredKitchenTonnes));
        Assert.Equal("kitchen 0.000 t < agreed base 25.000 t: 25.000 t short (rate 0%, for information)", r.Base.Text);
        Assert.Equal(SubsidyStatus.NoKitchenWaste, r.Status);
        Assert.Equal(0m, r.Payable);
    }

    // ---- exact arithmetic of the K-a property, test side (independent of the library's): numerator/denominator pairs ----

    private static (BigInteger N, BigInteger D) Q(decimal value) => Parse(value.ToString(CultureInfo.InvariantCulture));

    private static (BigInteger N, BigInteger D) Parse(string text)
    {
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash >= 0)
        {
            return (BigInteger.Parse(text[..slash], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture), BigInteger.Parse(text[(slash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture));
        }

        var dot = text.IndexOf('.', StringComparison.Ordinal);
        return dot < 0
            ? (BigInteger.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture), BigInteger.One)
            : (BigInteger.Parse(text.Remove(dot, 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture), BigInteger.Pow(10, text.Length - dot - 1));
    }

    /// <summary>A fraction is reduced with a denominator above 1 that does not terminate; a decimal has no trailing zero.</summary>
    private static bool WellFormed(string text)
    {
        var (n, d) = Parse(text);
        if (text.Contains('/', StringComparison.Ordinal))
        {
            var rest = d;
            while (rest % 2 == 0)
            {
                rest /= 2;
            }

            while (rest % 5 == 0)
            {
                rest /= 5;
            }

            return BigInteger.GreatestCommonDivisor(n, d).IsOne && !rest.IsOne;
        }

        return !text.Contains('.', StringComparison.Ordinal) || !text.EndsWith('0');
    }

    private static (BigInteger N, BigInteger D) Add((BigInteger N, BigInteger D) a, (BigInteger N, BigInteger D) b) => ((a.N * b.D) + (b.N * a.D), a.D * b.D);

    private static (BigInteger N, BigInteger D) Sub((BigInteger N, BigInteger D) a, (BigInteger N, BigInteger D) b) => ((a.N * b.D) - (b.N * a.D), a.D * b.D);

    private static (BigInteger N, BigInteger D) Mul((BigInteger N, BigInteger D) a, (BigInteger N, BigInteger D) b) => (a.N * b.N, a.D * b.D);

    private static bool Same((BigInteger N, BigInteger D) a, (BigInteger N, BigInteger D) b) => a.N * b.D == b.N * a.D;

    private static int Compare((BigInteger N, BigInteger D) a, (BigInteger N, BigInteger D) b) => (a.N * b.D).CompareTo(b.N * a.D);

    private static decimal Ceiling2((BigInteger N, BigInteger D) a)
    {
        var q = BigInteger.DivRem(a.N * 100, a.D, out var rem);
        return (decimal)(rem.Sign > 0 ? q + 1 : q) / 100m;
    }
}
