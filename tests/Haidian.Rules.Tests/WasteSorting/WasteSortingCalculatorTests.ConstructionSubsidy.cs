using Haidian.Rules.WasteSorting;

namespace Haidian.Rules.Tests.WasteSorting;

/// <summary>The one-time construction subsidy's bill: one line per claim, naming what was built, the claimed cost and why the amount is what it is.</summary>
public sealed partial class WasteSortingCalculatorTests
{
    private static ConstructionSubsidyClaim StationClaim(decimal? audited, bool accepted = true) =>
        new("万寿路甲15号院", "华清物业", CollectionMode.CentralizedStation, accepted, new LocalDate(2017, 11, 20), 86_500m, audited);

    private const string StationSubject = "万寿路甲15号院: one-time construction subsidy (厨余垃圾集中投放站建设和120升厨余垃圾收集桶购置), claimed 86,500.00";

    [Fact]
    public void ConstructionSubsidy_AuditedBelowTheClaim_PaysTheAudit_WithoutANote()
    {
        var r = Calculator.ConstructionSubsidy(StationClaim(83_212.40m));
        var line = Assert.Single(r.Lines);
        Assert.Equal(StationSubject, line.Subject);
        Assert.Equal("二（二）3: 由政府给予一次性补贴，补贴资金以审计结果为准 — the audited amount, no cap in the text", line.Rule);
        Assert.Equal("audited 83,212.40 = 83,212.40", line.Arithmetic);
        Assert.Equal(83_212.40m, line.Amount);
        Assert.Equal(WasteSortingParameters.Document.WithArticle("二（二）3"), line.Citation);
        Assert.Equal(83_212.40m, r.Subsidy);
        Assert.Equal("万寿路甲15号院", r.Estate);
        Assert.Equal("华清物业", r.Operator);
        Assert.Equal(CollectionMode.CentralizedStation, r.Mode);
    }

    [Fact]
    public void ConstructionSubsidy_AuditedEqualToTheClaim_HasNoNote()
    {
        // why: the note is for an audit above the claim; an audit equal to it is the ordinary case.
        var line = Assert.Single(Calculator.ConstructionSubsidy(StationClaim(86_500m)).Lines);
        Assert.Equal("二（二）3: 由政府给予一次性补贴，补贴资金以审计结果为准 — the audited amount, no cap in the text", line.Rule);
        Assert.Equal("audited 86,500.00 = 86,500.00", line.Arithmetic);
    }

    [Fact]
    public void ConstructionSubsidy_AuditedAboveTheClaim_PaysTheAudit_AndSaysSo()
    {
        var r = Calculator.ConstructionSubsidy(StationClaim(86_500.01m));
        var line = Assert.Single(r.Lines);
        Assert.Equal(
            "二（二）3: 由政府给予一次性补贴，补贴资金以审计结果为准 — the audited amount, no cap in the text (audit above the claimed cost; the text makes the audit govern)",
            line.Rule);
        Assert.Equal(86_500.01m, line.Amount);
        Assert.Equal(86_500.01m, r.Subsidy);
    }

    [Fact]
    public void ConstructionSubsidy_AwaitingAudit_OneZeroLine_SaysNothingIsPayableYet()
    {
        var r = Calculator.ConstructionSubsidy(StationClaim(null));
        Assert.Equal(ConstructionStatus.AwaitingAudit, r.Status);
        var line = Assert.Single(r.Lines);
        Assert.Equal(StationSubject, line.Subject);
        Assert.Equal("二（二）3: 补贴资金以审计结果为准（由街镇委托审计） — nothing is payable before the audit reports", line.Rule);
        Assert.Equal("awaiting audit → 0", line.Arithmetic);
        Assert.Equal(0m, line.Amount);
        Assert.Equal("二（二）3", line.Citation.Article);
    }

    [Fact]
    public void ConstructionSubsidy_NotAccepted_OneZeroLine_EvenWithAnAudit()
    {
        var r = Calculator.ConstructionSubsidy(StationClaim(83_212.40m, accepted: false));
        Assert.Equal(ConstructionStatus.NotAccepted, r.Status);
        Assert.Equal(0m, r.Subsidy);
        var line = Assert.Single(r.Lines);
        Assert.Equal(StationSubject, line.Subject);
        Assert.Equal(
            "二（二）3: the subsidy follows acceptance as a sorting-standard estate (经属地街镇验收合格后列为垃圾分类达标小区); this estate is not accepted",
            line.Rule);
        Assert.Equal("0", line.Arithmetic);
        Assert.Equal(0m, line.Amount);
        Assert.Equal("二（二）3", line.Citation.Article);
    }

    [Fact]
    public void ConstructionSubsidy_DispersedBinStations_NamesTheBinsBought()
    {
        var r = Calculator.ConstructionSubsidy(StationClaim(5_000m) with { Mode = CollectionMode.DispersedBinStations, ClaimedCost = 5_000m });
        Assert.Equal(
            "万寿路甲15号院: one-time construction subsidy (120升厨余垃圾收集桶购置（分散收集桶站）), claimed 5,000.00",
            Assert.Single(r.Lines).Subject);
        Assert.Equal(CollectionMode.DispersedBinStations, r.Mode);
    }

    [Fact]
    public void ConstructionSubsidy_BinSizeComesFromTheParameters()
    {
        // why: the 120 L of the text is a parameter; a what-if with 240 L names 240 L bins.
        var calc = new WasteSortingCalculator(WasteSortingParameters.Gazette2017 with { KitchenBinLitres = 240 });
        Assert.Equal(
            "万寿路甲15号院: one-time construction subsidy (厨余垃圾集中投放站建设和240升厨余垃圾收集桶购置), claimed 86,500.00",
            Assert.Single(calc.ConstructionSubsidy(StationClaim(null)).Lines).Subject);
    }
}
