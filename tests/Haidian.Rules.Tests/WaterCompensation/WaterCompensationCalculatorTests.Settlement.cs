using Haidian.Rules.WaterCompensation;

namespace Haidian.Rules.Tests.WaterCompensation;

/// <summary>W6: the March 2018 settlement of towns A, B, C; the ledger and its invariant.</summary>
public sealed partial class WaterCompensationCalculatorTests
{
    internal static SectionRegistry W6Registry { get; } = new(new[] { "A", "B", "C" }, new[]
    {
        new Section("S1", "S1 A→B", WaterClass.IV, WaterClass.IV, WaterBodyType.River, new[] { "A" }, "B", new YearMonth(2018, 1)),
        new Section("S2", "S2 border river B|C → other district", WaterClass.III, WaterClass.III, WaterBodyType.River, new[] { "B", "C" }, null, new YearMonth(2018, 1)),
        new Section("S3", "S3 C→A", WaterClass.IV, null, WaterBodyType.River, new[] { "C" }, "A", new YearMonth(2018, 1)),
    });

    internal static MonthlyMonitoring[] W6Monitoring(YearMonth month) => new[]
    {
        new MonthlyMonitoring("S1", month, false, false, W1.Outflow),
        new MonthlyMonitoring("S2", month, false, true, W2.Outflow, W2.Inflow),
        new MonthlyMonitoring("S3", month, true, false, default),
    };

    [Fact]
    public void W6_March2018Settlement_MatchesTheLedgerOfTheSpec()
    {
        var ledger = Calculator.Settle(March2018, W6Registry, W6Monitoring(March2018));
        Assert.Equal(new[] { 230_000m, 100_000m, 0m }, ledger.Sections.Select(s => s.Amount));
        Assert.True(ledger.Sections[2].Dry);

        var a = ledger.Towns.Single(t => t.Town == "A");
        var b = ledger.Towns.Single(t => t.Town == "B");
        var c = ledger.Towns.Single(t => t.Town == "C");
        Assert.Equal((230_000m, 0m, -230_000m), (a.Paid, a.Received, a.Net));
        Assert.Equal((50_000m, 230_000m, 180_000m), (b.Paid, b.Received, b.Net));
        Assert.Equal((50_000m, 0m, -50_000m), (c.Paid, c.Received, c.Net));
        Assert.Equal(100_000m, ledger.PoolTotal);
        Assert.Equal(330_000m, ledger.TotalPaid);
        Assert.Equal(230_000m, ledger.TotalReceived);
        Assert.True(ledger.IsBalanced);

        var s2 = ledger.Lines.Where(l => l.SectionId == "S2").ToArray();
        Assert.All(s2, l => Assert.True(l.ToDistrictPool));
        Assert.All(s2, l => Assert.Equal("第九条（二）", l.Citation.Article));
        Assert.Equal(new[] { 50_000m, 50_000m }, s2.Select(l => l.Amount));
    }

    [Fact]
    public void Settle_TownPayingItselfOnABorderRiver_ShowsBothLinesThatNetToZero()
    {
        var registry = new SectionRegistry(new[] { "A", "B" }, new[]
        {
            new Section("X", "border A|B, downstream A", WaterClass.IV, null, WaterBodyType.River, new[] { "A", "B" }, "A", new YearMonth(2018, 1)),
        });
        var ledger = Calculator.Settle(March2018, registry, new[] { new MonthlyMonitoring("X", March2018, false, false, W1.Outflow) });
        Assert.Equal(2, ledger.Lines.Count);
        var self = ledger.Lines.Single(l => l.Payer == "A");
        Assert.Equal("A", self.Recipient);
        var a = ledger.Towns.Single(t => t.Town == "A");
        Assert.Equal(115_000m, a.Paid);
        Assert.Equal(230_000m, a.Received);
        Assert.Equal(115_000m, a.Net);
        Assert.True(ledger.IsBalanced);
    }

    [Fact]
    public void SettleYear_TwelveMonthsOfW6_AddsUpWithTransferFundAndDeductions()
    {
        var monitoring = Enumerable.Range(1, 12).SelectMany(m => W6Monitoring(new YearMonth(2018, m))).ToArray();
        var fund = new[]
        {
            new TransferFundAllocation("S1", "A", 1_000_000m),
            new TransferFundAllocation("S2", "B", 500_000m),
            new TransferFundAllocation("S2", "C", 500_000m),
        };
        var deductions = new[] { new MisuseDeduction("B", 100_000m, "2017 inspection: compensation used for office costs (挪用)") };
        var year = Calculator.SettleYear(2018, W6Registry, monitoring, fund, deductions);

        Assert.Equal(12, year.Months.Count);
        Assert.All(year.Months, m => Assert.True(m.IsBalanced));
        var b = year.Towns.Single(t => t.Town == "B");
        Assert.Equal(12 * 230_000m, b.CompensationReceived);
        Assert.Equal(12 * 50_000m, b.CompensationPaid);
        Assert.Equal(100_000m, b.DeductionsApplied);
        Assert.Equal(0m, b.DeductionsNotApplied);
        Assert.Equal(12 * 230_000m - 100_000m, b.ReceivedAfterDeductions);
        Assert.Equal(500_000m, b.TransferFund);
        Assert.Equal(12 * 100_000m, year.PoolTotal);
        Assert.Equal(2_000_000m, year.TransferFundTotal);
        Assert.Equal(year.Towns.Sum(t => t.CompensationPaid), year.Towns.Sum(t => t.CompensationReceived) + year.PoolTotal);
        Assert.Contains(year.Lines, l => l.Citation.Article == "第十三条" && l.Amount == -100_000m);
    }

    [Fact]
    public void SettleYear_DeductionLargerThanReceipts_IsReportedNotHidden()
    {
        var monitoring = Enumerable.Range(1, 12).SelectMany(m => W6Monitoring(new YearMonth(2018, m))).ToArray();
        var year = Calculator.SettleYear(2018, W6Registry, monitoring, Array.Empty<TransferFundAllocation>(),
            new[] { new MisuseDeduction("C", 50_000m, "misuse") });
        var c = year.Towns.Single(t => t.Town == "C");
        Assert.Equal(0m, c.DeductionsApplied);          // C receives nothing in 2018
        Assert.Equal(50_000m, c.DeductionsNotApplied);
    }

    [Fact]
    public void Settle_RegistryChangesDuringTheYear_SectionOnlySettledWhileValid()
    {
        var registry = new SectionRegistry(new[] { "A", "B" }, new[]
        {
            new Section("S1", "old", WaterClass.IV, null, WaterBodyType.River, new[] { "A" }, "B", new YearMonth(2018, 1), new YearMonth(2018, 6)),
            new Section("S1", "re-approved with target III", WaterClass.IV, WaterClass.III, WaterBodyType.River, new[] { "A" }, "B", new YearMonth(2018, 7)),
        });
        var june = new YearMonth(2018, 6);
        var july = new YearMonth(2018, 7);
        var mon = new MonthlyMonitoring("S1", june, false, false, new Concentrations(25m, null, 0.5m, 0.1m));
        Assert.Equal(0m, Calculator.Settle(june, registry, new[] { mon }).TotalPaid);      // COD 25 → IV meets IV
        Assert.Equal(30_000m, Calculator.Settle(july, registry, new[] { mon with { Month = july } }).TotalPaid); // IV vs target III
    }
}
