using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Haidian.Rules.WaterCompensation;

namespace Haidian.Rules.Tests.WaterCompensation;

/// <summary>
/// Spec 07 §W (spec v3): W-a … W-f, each by a worked example whose name names the item; "keep" items pin the current
/// behaviour so that nobody changes it by accident.
/// </summary>
public sealed partial class WaterCompensationCalculatorTests
{
    private static readonly TransferFundAllocation[] NoFund = Array.Empty<TransferFundAllocation>();
    private static readonly MisuseDeduction[] NoCuts = Array.Empty<MisuseDeduction>();

    // ---- W-a -------------------------------------------------------------------------------------------------------

    [Fact]
    public void W_a_one_town_section_whose_downstream_is_itself_is_rejected()
    {
        var ex = Assert.Throws<ValidationException>(() => new SectionRegistry(new[] { "A", "B" }, new[]
        {
            new Section("S1", "A→B", WaterClass.IV, null, WaterBodyType.River, new[] { "A" }, "B", new YearMonth(2018, 1)),
            new Section("S2", "A→A", WaterClass.IV, null, WaterBodyType.River, new[] { "A" }, "A", new YearMonth(2018, 1)),
        }));
        var e = Assert.Single(ex.Errors);
        Assert.Equal("sections[1].downstream", e.Path);
        Assert.Equal(ErrorCode.Inconsistent, e.Code);
        Assert.Equal(
            "'A' is the section's only responsible town: the downstream recipient must be another town, or null for another district (第十二条); only a border river (界河, 第九条（二）) has a town on both sides",
            e.Message);
    }

    [Fact]
    public void W_a_border_river_town_may_be_its_own_downstream_keep()
    {
        // 第九条（二）: on a border river B pays its half to itself (the ledger shows the line and it nets to zero).
        var registry = new SectionRegistry(new[] { "B", "C" }, new[]
        {
            new Section("S2", "border B|C → B", WaterClass.III, null, WaterBodyType.River, new[] { "B", "C" }, "B", new YearMonth(2018, 1)),
        });
        var ledger = Calculator.Settle(March2018, registry, new[] { new MonthlyMonitoring("S2", March2018, false, true, W2.Outflow, W2.Inflow) });
        var b = ledger.Towns.Single(t => t.Town == "B");
        Assert.Equal((50_000m, 100_000m, 50_000m), (b.Paid, b.Received, b.Net));
        Assert.Contains(ledger.Lines, l => l.Payer == "B" && l.Recipient == "B" && l.Amount == 50_000m);
    }

    // ---- W-b (keep) ------------------------------------------------------------------------------------------------

    [Fact]
    public void W_b_deductions_never_exceed_what_is_deducted_from_keep()
    {
        // W6 for all of 2018: A receives nothing (S3 C→A is dry), B receives 12 × 230,000.
        var statement = Calculator.SettleYear(2018, W6Registry, W6Year(2018), NoFund, new[]
        {
            new MisuseDeduction("A", 70_000m, "挪用 2017"),
            new MisuseDeduction("B", 100_000m, "截留 2017"),
        });
        var a = statement.Towns.Single(t => t.Town == "A");
        var b = statement.Towns.Single(t => t.Town == "B");
        Assert.Equal((0m, 0m, 70_000m, 0m), (a.CompensationReceived, a.DeductionsApplied, a.DeductionsNotApplied, a.ReceivedAfterDeductions));
        Assert.Equal((2_760_000m, 100_000m, 0m, 2_660_000m), (b.CompensationReceived, b.DeductionsApplied, b.DeductionsNotApplied, b.ReceivedAfterDeductions));
        var carried = Assert.Single(statement.Lines, l => l.Subject.StartsWith("A: deductions exceed", StringComparison.Ordinal));
        Assert.Equal("70,000 − 0 = 70,000 not applied", carried.Arithmetic);
    }

    [Property(MaxTest = 200)]
    public void W_b_allocation_after_deductions_is_never_negative_and_nothing_is_lost(PositiveInt cutA, PositiveInt cutB)
    {
        var cuts = new[] { new MisuseDeduction("A", cutA.Get, "a"), new MisuseDeduction("B", cutB.Get * 100m, "b") };
        var statement = Calculator.SettleYear(2018, W6Registry, W6Year(2018), NoFund, cuts);
        foreach (var t in statement.Towns)
        {
            var asked = cuts.Where(c => c.Town == t.Town).Sum(c => c.Amount);
            Assert.True(t.ReceivedAfterDeductions >= 0m);
            Assert.Equal(asked, t.DeductionsApplied + t.DeductionsNotApplied);
            Assert.Equal(Math.Min(asked, t.CompensationReceived), t.DeductionsApplied);
        }
    }

    // ---- W-c -------------------------------------------------------------------------------------------------------

    private static readonly WaterCompensationParameters AsReported = WaterCompensationParameters.Gazette2017 with
    {
        Version = "修约-as-reported",
        ConcentrationRounding = new ConcentrationRounding(ChemicalOxygenDemand: 0, PermanganateIndex: 1, AmmoniaNitrogen: 2, TotalPhosphorus: 2),
    };

    /// <summary>Functional class and target IV (COD), river, no inflow: COD 30.4, NH3-N 1.504, TP 0.3049 — each just above a class IV limit.</summary>
    private static SectionMonth JustAboveIv => new(March2018, WaterClass.IV, WaterClass.IV, WaterBodyType.River, Dry: false, HasInflow: false,
        new Concentrations(30.4m, null, 1.504m, 0.3049m), null);

    [Fact]
    public void W_c_concentrations_are_rounded_per_pollutant_before_classification()
    {
        var calc = new WaterCompensationCalculator(AsReported);
        // COD 30.4 → 30 (0 decimals) → IV; NH3-N 1.504 → 1.50 (2) → IV; TP 0.3049 → 0.30 (2) → IV: nothing owed.
        var result = calc.Calculate(JustAboveIv);
        Assert.Equal(0m, result.Amount);
        Assert.Equal(new[] { 30m, 1.50m, 0.30m }, result.Pollutants.Select(p => p.Outflow));
        Assert.All(result.Pollutants, p => Assert.Equal(WaterClass.IV, p.Class));
        Assert.Equal(0m, calc.Amount(JustAboveIv));

        // As given (the default, off): each is class V, one class worse: 3 × 30,000.
        Assert.Null(WaterCompensationParameters.Gazette2017.ConcentrationRounding);
        Assert.Equal(90_000m, Calculator.Amount(JustAboveIv));

        // One count for every pollutant cannot give the reports' reading: 0 decimals lift NH3-N to 2 (V), 1 or 2 keep COD at 30.4 (V).
        foreach (var d in new[] { 0, 1, 2 })
        {
            var uniform = new WaterCompensationCalculator(WaterCompensationParameters.Gazette2017 with { Version = "uniform", ConcentrationRounding = new ConcentrationRounding(d, d, d, d) });
            Assert.Equal(30_000m, uniform.Amount(JustAboveIv));
        }
    }

    [Theory]
    [InlineData(ConcentrationRoundingMode.HalfEven, 0, 1.50)]   // 1.505 → 1.50 (四舍六入五成双: the kept digit 0 is even) → IV
    [InlineData(ConcentrationRoundingMode.HalfUp, 30_000, 1.51)] // 1.505 → 1.51 (四舍五入) → V, one class worse
    public void W_c_rounding_mode_half_even_or_half_up(ConcentrationRoundingMode mode, int expected, double roundedNh3)
    {
        var calc = new WaterCompensationCalculator(AsReported with { ConcentrationRounding = AsReported.ConcentrationRounding! with { Mode = mode } });
        var x = JustAboveIv with { Outflow = new Concentrations(30m, null, 1.505m, 0.3m) };
        var result = calc.Calculate(x);
        Assert.Equal((decimal)expected, result.Amount);
        Assert.Equal((decimal)roundedNh3, result.Pollutants[1].Outflow);
        Assert.Equal((decimal)expected, calc.Amount(x));
    }

    [Fact]
    public void W_c_mode_defaults_to_half_even_and_inflow_is_rounded_too()
    {
        Assert.Equal(ConcentrationRoundingMode.HalfEven, new ConcentrationRounding(0, 1, 2, 2).Mode);
        var read = HaidianJson.Deserialize<ConcentrationRounding>("""{"chemicalOxygenDemand":0,"permanganateIndex":1,"ammoniaNitrogen":2,"totalPhosphorus":2}""");
        Assert.Equal(new ConcentrationRounding(0, 1, 2, 2, ConcentrationRoundingMode.HalfEven), read);

        // Inflow NH3-N 1.5049 rounds to 1.50 = the rounded outflow 1.50: case (二) (outflow ≤ inflow), 15,000 instead of 30,000.
        var calc = new WaterCompensationCalculator(AsReported);
        var x = new SectionMonth(March2018, WaterClass.IV, WaterClass.III, WaterBodyType.River, false, true,
            new Concentrations(20m, null, 1.4999m, 0.2m), new Concentrations(20m, null, 1.4951m, 0.2m));
        var nh3 = calc.Calculate(x).Pollutants[1];
        Assert.Equal((1.50m, 1.50m, CompensationCase.NotAboveInflow, 15_000m), (nh3.Outflow, nh3.Inflow!.Value, nh3.Case, nh3.Amount));
        Assert.Equal(30_000m, Calculator.Calculate(x).Pollutants[1].Amount);
    }

    [Fact]
    public void W_c_rounding_checks_every_pollutant_and_the_mode()
    {
        var bad = WaterCompensationParameters.Gazette2017 with { ConcentrationRounding = new ConcentrationRounding(-1, 11, 0, 10, (ConcentrationRoundingMode)7) };
        var errors = bad.Validate();
        Assert.Equal(
            new[]
            {
                "concentrationRounding.chemicalOxygenDemand: must be between 0 and 10 (got -1)",
                "concentrationRounding.permanganateIndex: must be between 0 and 10 (got 11)",
                "concentrationRounding.mode: is not one of HalfEven, HalfUp (got the undefined value 7)",
            },
            errors.Select(e => e.ToString()));
        Assert.Equal(new[] { ErrorCode.OutOfRange, ErrorCode.OutOfRange, ErrorCode.InvalidValue }, errors.Select(e => e.Code));
        Assert.Equal(4, new ConcentrationRounding(1, 2, 3, 4).DecimalsOf(Pollutant.TotalPhosphorus));
        Assert.Equal(0.1234m, new ConcentrationRounding(1, 2, 3, 4, ConcentrationRoundingMode.HalfEven).Round(Pollutant.TotalPhosphorus, 0.12345m));
        Assert.Equal(0.1235m, new ConcentrationRounding(1, 2, 3, 4, ConcentrationRoundingMode.HalfUp).Round(Pollutant.TotalPhosphorus, 0.12345m));
        Assert.Equal("totalPhosphorus", Assert.Single(Assert.Throws<ValidationException>(() => new ConcentrationRounding(1, 2, 3, 11).Round(Pollutant.TotalPhosphorus, 1m)).Errors).Path);
        Assert.Equal("mode", Assert.Single(Assert.Throws<ValidationException>(() => new ConcentrationRounding(1, 2, 3, 4, (ConcentrationRoundingMode)7).Round(Pollutant.TotalPhosphorus, 1m)).Errors).Path);
    }

    [Property(Arbitrary = new[] { typeof(WaterArbitraries) }, MaxTest = 1000)]
    public void W_c_every_path_agrees_under_per_pollutant_rounding(SectionMonth x, byte cod, byte mn, byte nh3, byte tp, bool halfUp)
    {
        var rounding = new ConcentrationRounding(cod % 4, mn % 4, nh3 % 4, tp % 4, halfUp ? ConcentrationRoundingMode.HalfUp : ConcentrationRoundingMode.HalfEven);
        var calc = new WaterCompensationCalculator(WaterCompensationParameters.Gazette2017 with { Version = "rounded", ConcentrationRounding = rounding });
        var amount = calc.Amount(x);
        Assert.Equal(amount, calc.Calculate(x).Amount);
        Assert.Equal(amount, calc.Amounts(new[] { x, x })[1]);
        var batch = SectionMonthBatch.From(new[] { x });
        var fromBatch = new decimal[1];
        calc.Amounts(batch, fromBatch);
        Assert.Equal(amount, fromBatch[0]);

        // The reference: the same input with every concentration rounded beforehand, priced without rounding.
        Concentrations Round(Concentrations c) => new(
            c.ChemicalOxygenDemand is { } a ? rounding.Round(Pollutant.ChemicalOxygenDemand, a) : null,
            c.PermanganateIndex is { } b ? rounding.Round(Pollutant.PermanganateIndex, b) : null,
            c.AmmoniaNitrogen is { } n ? rounding.Round(Pollutant.AmmoniaNitrogen, n) : null,
            c.TotalPhosphorus is { } p ? rounding.Round(Pollutant.TotalPhosphorus, p) : null);
        var preRounded = x with { Outflow = Round(x.Outflow), Inflow = x.Inflow is { } i ? Round(i) : null };
        Assert.Equal(Calculator.Amount(preRounded), amount);
    }

    // ---- W-d -------------------------------------------------------------------------------------------------------

    [Fact]
    public void W_d_transfer_fund_is_checked_per_section_and_a_short_one_is_a_finding()
    {
        var fund = new[]
        {
            new TransferFundAllocation("S1", "A", 600_000m),
            new TransferFundAllocation("S1", "B", 400_000m),
            new TransferFundAllocation("S2", "B", 250_000m),
            new TransferFundAllocation("S2", "C", 250_000m),
        };
        var statement = Calculator.SettleYear(2018, W6Registry, W6Year(2018), fund, NoCuts);
        Assert.Equal(
            new[]
            {
                new SectionTransferFund("S1", 1_000_000m, 1_000_000m, true),
                new SectionTransferFund("S2", 500_000m, 1_000_000m, false),
                new SectionTransferFund("S3", 0m, 1_000_000m, false),
            },
            statement.TransferFundBySection);
        Assert.Equal(
            new[]
            {
                new Finding("transferFund.sectionShort", Severity.Violation, "section 'S2' is allocated 500,000 yuan of its special transfer fund for 2018, 500,000 short of the 1,000,000 yuan per section per year", WaterCompensationParameters.Document.WithArticle("第三条")),
                new Finding("transferFund.sectionShort", Severity.Violation, "section 'S3' is allocated 0 yuan of its special transfer fund for 2018, 1,000,000 short of the 1,000,000 yuan per section per year", WaterCompensationParameters.Document.WithArticle("第三条")),
            },
            statement.Findings);
        Assert.Equal(1_500_000m, statement.TransferFundTotal);
    }

    [Fact]
    public void W_d_every_section_matching_the_standard_gives_no_finding()
    {
        var fund = new[] { "S1", "S2", "S3" }.Select(s => new TransferFundAllocation(s, "A", 1_000_000m)).ToArray();
        var statement = Calculator.SettleYear(2018, W6Registry, W6Year(2018), fund, NoCuts);
        Assert.All(statement.TransferFundBySection, s => Assert.True(s.MatchesStandard));
        Assert.Empty(statement.Findings);
    }

    [Fact]
    public void W_d_an_excess_stays_an_error()
    {
        var fund = new[] { new TransferFundAllocation("S1", "A", 600_000m), new TransferFundAllocation("S1", "B", 400_000.01m) };
        var e = Assert.Single(Assert.Throws<ValidationException>(() => Calculator.SettleYear(2018, W6Registry, W6Year(2018), fund, NoCuts)).Errors);
        Assert.Equal(("transferFund[1].amount", ErrorCode.Inconsistent), (e.Path, e.Code));
        Assert.Equal("section 'S1' is allocated 1,000,000.01 yuan in all, more than the 1,000,000 yuan per section per year of 第三条", e.Message);
    }

    [Fact]
    public void W_d_only_sections_assessed_in_the_year_are_listed_once_each()
    {
        var registry = new SectionRegistry(new[] { "A", "B" }, new[]
        {
            new Section("S1", "until June", WaterClass.IV, null, WaterBodyType.River, new[] { "A" }, "B", new YearMonth(2018, 1), new YearMonth(2018, 6)),
            new Section("S1", "from July, new target", WaterClass.IV, WaterClass.III, WaterBodyType.River, new[] { "A" }, "B", new YearMonth(2018, 7)),
            new Section("OLD", "ended 2017", WaterClass.IV, null, WaterBodyType.River, new[] { "A" }, "B", new YearMonth(2017, 1), new YearMonth(2017, 12)),
            new Section("NEW", "from December", WaterClass.IV, null, WaterBodyType.River, new[] { "A" }, "B", new YearMonth(2018, 12)),
        });
        var statement = Calculator.SettleYear(2018, registry, Array.Empty<MonthlyMonitoring>(), NoFund, NoCuts);
        Assert.Equal(new[] { "S1", "NEW" }, statement.TransferFundBySection.Select(s => s.SectionId));
    }

    // ---- W-e -------------------------------------------------------------------------------------------------------

    [Fact]
    public void W_e_missing_months_are_listed_not_priced()
    {
        // January to March 2018 of W6, with S2's February record missing; April to December not reported yet.
        var records = Enumerable.Range(1, 3).SelectMany(m => W6Monitoring(new YearMonth(2018, m)))
            .Where(r => !(r.SectionId == "S2" && r.Month == new YearMonth(2018, 2)))
            .ToArray();
        var statement = Calculator.SettleYear(2018, W6Registry, records, NoFund, NoCuts);

        var expectedMissing = new[] { new MissingSectionMonth("S2", new YearMonth(2018, 2)) }
            .Concat(Enumerable.Range(4, 9).SelectMany(m => new[] { "S1", "S2", "S3" }.Select(s => new MissingSectionMonth(s, new YearMonth(2018, m)))))
            .ToArray();
        Assert.Equal(expectedMissing, statement.MissingMonths);
        Assert.Equal(12, statement.Months.Count);
        Assert.Equal(new[] { "S1", "S3" }, statement.Months[1].Sections.Select(s => s.SectionId));
        Assert.All(statement.Months.Skip(3), m => Assert.Empty(m.Sections));

        // Priced: S1 three times (230,000), S2 twice (100,000); S3 is dry (0), not missing.
        var a = statement.Towns.Single(t => t.Town == "A");
        var b = statement.Towns.Single(t => t.Town == "B");
        Assert.Equal(690_000m, a.CompensationPaid);
        Assert.Equal((100_000m, 690_000m), (b.CompensationPaid, b.CompensationReceived));
        Assert.Equal(200_000m, statement.PoolTotal);
    }

    [Fact]
    public void W_e_a_missing_month_is_never_confused_with_a_dry_month()
    {
        var dry = Calculator.SettleYear(2018, W6Registry, W6Year(2018), NoFund, NoCuts);
        var withoutS3InMay = W6Year(2018).Where(r => !(r.SectionId == "S3" && r.Month == new YearMonth(2018, 5))).ToArray();
        var missing = Calculator.SettleYear(2018, W6Registry, withoutS3InMay, NoFund, NoCuts);

        var s3DryInMay = Assert.Single(dry.Months[4].Sections, s => s.SectionId == "S3");
        Assert.True(s3DryInMay.Dry);
        Assert.Equal(0m, s3DryInMay.Amount);
        Assert.Empty(dry.MissingMonths);

        Assert.DoesNotContain(missing.Months[4].Sections, s => s.SectionId == "S3");
        Assert.Equal(new[] { new MissingSectionMonth("S3", new YearMonth(2018, 5)) }, missing.MissingMonths);
        Assert.Equal(dry.Towns, missing.Towns);
    }

    [Fact]
    public void W_e_a_single_month_settlement_still_needs_every_record()
    {
        var e = Assert.Single(Assert.Throws<ValidationException>(() => Calculator.Settle(March2018, W6Registry, W6Monitoring(March2018).Take(2))).Errors);
        Assert.Equal(("monitoring", ErrorCode.Required), (e.Path, e.Code));
        Assert.Equal("no monitoring record for section 'S3' in 2018-03 (a dry month must be recorded as dry)", e.Message);
    }

    [Property(Arbitrary = new[] { typeof(WaterArbitraries) }, MaxTest = 150)]
    public void W_e_a_missing_month_never_changes_another_months_amount(WaterArbitraries.District d, int seed)
    {
        // The district's section-months, with each month's data shifted so the months differ.
        var full = Enumerable.Range(1, 12).SelectMany(m => d.Monitoring.Select(r => r with { Month = new YearMonth(2019, m), Dry = r.Dry || (m + r.SectionId.Length) % 5 == 0 })).ToArray();
        var rng = new Random(seed);
        var kept = full.Where(_ => rng.Next(4) != 0).ToArray();
        var all = Calculator.SettleYear(2019, d.Registry, full, NoFund, NoCuts);
        var some = Calculator.SettleYear(2019, d.Registry, kept, NoFund, NoCuts);

        var keptKeys = kept.Select(r => (r.SectionId, r.Month)).ToHashSet();
        Assert.Equal(
            full.Where(r => !keptKeys.Contains((r.SectionId, r.Month))).Select(r => new MissingSectionMonth(r.SectionId, r.Month)).OrderBy(m => m.Month).ThenBy(m => int.Parse(m.SectionId[1..], System.Globalization.CultureInfo.InvariantCulture)),
            some.MissingMonths);
        for (var m = 0; m < 12; m++)
        {
            var priced = some.Months[m].Sections.ToDictionary(s => s.SectionId);
            foreach (var s in all.Months[m].Sections)
            {
                if (keptKeys.Contains((s.SectionId, s.Month)))
                {
                    Assert.Equal(s.Amount, priced[s.SectionId].Amount);
                    Assert.Equal(s.Dry, priced[s.SectionId].Dry);
                }
                else
                {
                    Assert.False(priced.ContainsKey(s.SectionId));
                }
            }

            Assert.True(some.Months[m].IsBalanced);
        }
    }

    // ---- W-f (keep) ------------------------------------------------------------------------------------------------

    [Fact]
    public void W_f_a_dry_month_is_priced_zero_whatever_else_it_carries_keep()
    {
        var dry = W2 with { Dry = true, Outflow = new Concentrations(999m, 999m, 999m, 999m) };
        Assert.Equal(0m, Calculator.Amount(dry));
        var result = Calculator.Calculate(dry);
        Assert.True(result.Dry);
        Assert.Empty(result.Pollutants);
        Assert.Equal("第九条（一）: 若跨界断面全月断流，则当月不计算该断面补偿金 — a section dry all month owes nothing", Assert.Single(result.Lines).Rule);
    }

    [Fact]
    public void W_f_inflow_given_with_hasInflow_false_is_inconsistent_even_when_dry_keep()
    {
        var contradictory = W2 with { Dry = true, HasInflow = false };
        var e = Assert.Single(Assert.Throws<ValidationException>(() => Calculator.Amount(contradictory)).Errors);
        Assert.Equal(("inflow", ErrorCode.Inconsistent), (e.Path, e.Code));
        Assert.Equal("must be omitted when hasInflow is false (no inflow: case (一) applies)", e.Message);
        Assert.Equal(ErrorCode.Inconsistent, Assert.Single(Assert.Throws<ValidationException>(() => Calculator.Calculate(contradictory)).Errors).Code);
    }
}
