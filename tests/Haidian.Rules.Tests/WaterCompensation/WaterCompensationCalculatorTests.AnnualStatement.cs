using Haidian.Rules.WaterCompensation;

namespace Haidian.Rules.Tests.WaterCompensation;

/// <summary>
/// 年度结算: the year's checks (year range, records of other years, transfer-fund shares, deductions) with their exact
/// messages and bounds, and the statement's towns and lines (第三条, 第十三条) text for text.
/// </summary>
public sealed partial class WaterCompensationCalculatorTests
{
    private static readonly SectionRegistry TownsOnly = new(new[] { "A" }, Array.Empty<Section>());

    private static MonthlyMonitoring[] W6Year(int year) => Enumerable.Range(1, 12).SelectMany(m => W6Monitoring(new YearMonth(year, m))).ToArray();

    [Fact]
    public void SettleYear_NullArguments_AreNamed()
    {
        var none = Array.Empty<MonthlyMonitoring>();
        var noFund = Array.Empty<TransferFundAllocation>();
        var noCuts = Array.Empty<MisuseDeduction>();
        Assert.Equal("registry", Assert.Throws<ArgumentNullException>(() => Calculator.SettleYear(2018, null!, none, noFund, noCuts)).ParamName);
        Assert.Equal("monitoring", Assert.Throws<ArgumentNullException>(() => Calculator.SettleYear(2018, TownsOnly, null!, noFund, noCuts)).ParamName);
        Assert.Equal("transferFund", Assert.Throws<ArgumentNullException>(() => Calculator.SettleYear(2018, TownsOnly, none, null!, noCuts)).ParamName);
        Assert.Equal("deductions", Assert.Throws<ArgumentNullException>(() => Calculator.SettleYear(2018, TownsOnly, none, noFund, null!)).ParamName);
        Assert.Equal("transferFund", Assert.Throws<ArgumentNullException>(() => Calculator.SettleYear(2018, TownsOnly, none, null!, null!)).ParamName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(9999)]
    public void SettleYear_YearOutsideOneTo9998_IsAValidationError(int year)
    {
        var calc = new WaterCompensationCalculator(WaterCompensationParameters.Gazette2017 with { Version = "from-year-1", InForceFrom = new LocalDate(1, 1, 1) });
        Assert.Equal(
            new[] { "year: must be between 1 and 9998" },
            MessagesOf(() => calc.SettleYear(year, TownsOnly, Array.Empty<MonthlyMonitoring>(), Array.Empty<TransferFundAllocation>(), Array.Empty<MisuseDeduction>())));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(9998)]
    public void SettleYear_FirstAndLastYearAccepted_SettleTwelveEmptyMonths(int year)
    {
        var calc = new WaterCompensationCalculator(WaterCompensationParameters.Gazette2017 with { Version = "from-year-1", InForceFrom = new LocalDate(1, 1, 1) });
        var statement = calc.SettleYear(year, TownsOnly, Array.Empty<MonthlyMonitoring>(), Array.Empty<TransferFundAllocation>(), Array.Empty<MisuseDeduction>());
        Assert.Equal(12, statement.Months.Count);
        Assert.Equal(new YearMonth(year, 12), statement.Months[11].Month);
        Assert.Equal(0m, Assert.Single(statement.Towns).CompensationPaid);
    }

    [Fact]
    public void SettleYear_RecordOfAnotherYear_IsReportedWithItsPath_AMissingRecordIsListedNotAnError()
    {
        var records = W6Year(2018).Where(r => !(r.SectionId == "S2" && r.Month == March2018))
            .Append(new MonthlyMonitoring("S1", new YearMonth(2019, 1), false, false, W1.Outflow))
            .ToArray();
        var e = Assert.Single(Assert.Throws<ValidationException>(() => Calculator.SettleYear(2018, W6Registry, records, Array.Empty<TransferFundAllocation>(), Array.Empty<MisuseDeduction>())).Errors);
        Assert.Equal(("monitoring[35].month", ErrorCode.Inconsistent, "2019-01 is not in 2018"), (e.Path, e.Code, e.Message));

        // Spec 07 W-e: without the other year's record the missing one is listed, not an error.
        var statement = Calculator.SettleYear(2018, W6Registry, records.Take(35), Array.Empty<TransferFundAllocation>(), Array.Empty<MisuseDeduction>());
        Assert.Equal(new[] { new MissingSectionMonth("S2", March2018) }, statement.MissingMonths);
    }

    [Fact]
    public void SettleYear_TransferFundShares_EveryCheckWithItsMessage()
    {
        var registry = new SectionRegistry(new[] { "A", "B" }, new[]
        {
            new Section("S1", "S1", WaterClass.IV, null, WaterBodyType.River, new[] { "A" }, "B", new YearMonth(2018, 1)),
            new Section("LATE", "assessed from July", WaterClass.IV, null, WaterBodyType.River, new[] { "A" }, "B", new YearMonth(2018, 7)),
            new Section("NEXT", "assessed from 2019", WaterClass.IV, null, WaterBodyType.River, new[] { "A" }, "B", new YearMonth(2019, 1)),
        });
        var monitoring = Enumerable.Range(1, 12).SelectMany(m => registry.SectionsIn(new YearMonth(2018, m))
            .Select(s => new MonthlyMonitoring(s.Id, new YearMonth(2018, m), true, false, default))).ToArray();
        var fund = new TransferFundAllocation[]
        {
            null!,
            new(null!, "A", -1m),
            new("S9", " ", 0.001m),
            new("NEXT", "A", 2_000_000_000_000m),
            new("S1", "Q", 1_000_000_000_000m),
            new("LATE", "A", 1_000_000m),
            new("LATE", "B", 0m),
            new(null!, "B", 5m),
        };
        Assert.Equal(
            new[]
            {
                "transferFund[0]: is required",
                "transferFund[1].sectionId: is required and must not be blank",
                "transferFund[1].amount: must not be negative (got -1)",
                "transferFund[2].sectionId: section 'S9' is not assessed in 2018",
                "transferFund[2].town: is required and must not be blank",
                "transferFund[2].amount: must be a whole number of fen",
                "transferFund[3].sectionId: section 'NEXT' is not assessed in 2018",
                "transferFund[3].amount: is implausibly large",
                "transferFund[4].town: unknown town 'Q'",
                "transferFund[4].amount: section 'S1' is allocated 1,000,000,000,000 yuan in all, more than the 1,000,000 yuan per section per year of 第三条",
                "transferFund[7].sectionId: is required and must not be blank",
            },
            MessagesOf(() => Calculator.SettleYear(2018, registry, monitoring, fund, Array.Empty<MisuseDeduction>())));
    }

    [Fact]
    public void SettleYear_Deductions_EveryCheckWithItsMessage_AndOneTrillionIsTheLargestAccepted()
    {
        var cuts = new MisuseDeduction[]
        {
            null!,
            new("Q", 1m, "x"),
            new(" ", 0.001m, "x"),
            new("A", 1_000_000_000_000.01m, " "),
            new("B", 1_000_000_000_001m, "x"),
        };
        Assert.Equal(
            new[]
            {
                "deductions[0]: is required",
                "deductions[1].town: unknown town 'Q'",
                "deductions[2].town: is required and must not be blank",
                "deductions[2].amount: must be a whole number of fen no larger than 1,000,000,000,000",
                "deductions[3].amount: must be a whole number of fen no larger than 1,000,000,000,000",
                "deductions[3].finding: is required and must not be blank",
                "deductions[4].amount: must be a whole number of fen no larger than 1,000,000,000,000",
            },
            MessagesOf(() => Calculator.SettleYear(2018, W6Registry, W6Year(2018), Array.Empty<TransferFundAllocation>(), cuts)));

        var statement = Calculator.SettleYear(2018, W6Registry, W6Year(2018), Array.Empty<TransferFundAllocation>(), new[] { new MisuseDeduction("A", 1_000_000_000_000m, "x") });
        Assert.Equal(1_000_000_000_000m, statement.Towns.Single(t => t.Town == "A").DeductionsNotApplied);
    }

    [Fact]
    public void SettleYear_TownsInNameOrder_WithNetAndTheLinesOfArticlesThreeAndThirteen()
    {
        var registry = new SectionRegistry(new[] { "C", "A", "B" }, W6Registry.Sections);
        var fund = new[] { new TransferFundAllocation("S1", "A", 400_000m), new TransferFundAllocation("S2", "C", 250_000.50m) };
        var cuts = new[]
        {
            new MisuseDeduction("B", 2_000_000m, "2017: office costs (挪用)"),
            new MisuseDeduction("B", 760_000m, "2017: vehicles"),
            new MisuseDeduction("C", 50_000m, "2017: banquets"),
        };
        var year = Calculator.SettleYear(2018, registry, W6Year(2018), fund, cuts);

        Assert.Equal(new[] { "A", "B", "C" }, year.Towns.Select(t => t.Town));
        var a = year.Towns[0];
        Assert.Equal((2_760_000m, 0m, -2_760_000m, 400_000m), (a.CompensationPaid, a.CompensationReceived, a.Net, a.TransferFund));
        var b = year.Towns[1];   // receives 2,760,000 and is cut exactly that: all applied, nothing left over
        Assert.Equal((600_000m, 2_760_000m, 2_160_000m), (b.CompensationPaid, b.CompensationReceived, b.Net));
        Assert.Equal((2_760_000m, 0m, 0m), (b.DeductionsApplied, b.DeductionsNotApplied, b.ReceivedAfterDeductions));
        var c = year.Towns[2];   // receives nothing: the whole cut is carried over
        Assert.Equal((0m, 50_000m, 0m), (c.DeductionsApplied, c.DeductionsNotApplied, c.ReceivedAfterDeductions));
        Assert.Equal(650_000.50m, year.TransferFundTotal);

        Assert.Equal(
            new[]
            {
                "A: share of section S1's special transfer fund 2018 | 第三条: 水污染防治专项转移支付资金, 1,000,000 yuan per assessed section per year; allocation supplied by the caller | 400,000 | 400000 | 第三条",
                "C: share of section S2's special transfer fund 2018 | 第三条: 水污染防治专项转移支付资金, 1,000,000 yuan per assessed section per year; allocation supplied by the caller | 250,000.5 | 250000.50 | 第三条",
                "B: deduction for 2017: office costs (挪用) | 第十三条: misuse found by inspection is deducted when the next year's compensation is allocated | −2,000,000 | -2000000 | 第十三条",
                "B: deduction for 2017: vehicles | 第十三条: misuse found by inspection is deducted when the next year's compensation is allocated | −760,000 | -760000 | 第十三条",
                "C: deduction for 2017: banquets | 第十三条: misuse found by inspection is deducted when the next year's compensation is allocated | −50,000 | -50000 | 第十三条",
                "C: deductions exceed the compensation received in 2018 | 第十三条: only what is allocated can be deducted; the rest is reported for the next allocation | 50,000 − 0 = 50,000 not applied | 50000 | 第十三条",
            },
            year.Lines.Select(l => $"{l.Subject} | {l.Rule} | {l.Arithmetic} | {l.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture)} | {l.Citation.Article}"));
    }

    [Fact]
    public void SettleYear_DeductionOfTwiceTheReceipts_IsHalfAppliedAndTheRestReported()
    {
        var year = Calculator.SettleYear(2018, W6Registry, W6Year(2018), Array.Empty<TransferFundAllocation>(), new[] { new MisuseDeduction("B", 5_520_000m, "x") });
        var b = year.Towns.Single(t => t.Town == "B");
        Assert.Equal((2_760_000m, 2_760_000m), (b.DeductionsApplied, b.DeductionsNotApplied));
        Assert.Equal(
            new[] { "B: deduction for x | −5,520,000", "B: deductions exceed the compensation received in 2018 | 5,520,000 − 2,760,000 = 2,760,000 not applied" },
            year.Lines.Select(l => l.Subject + " | " + l.Arithmetic));
    }
}
