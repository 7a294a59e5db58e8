using Haidian.Rules.WasteSorting;

namespace Haidian.Rules.Tests.WasteSorting;

/// <summary>Spec 05 worked examples K1–K5 and K2b, each a named sentence with the exact amounts and findings.</summary>
public sealed partial class WasteSortingCalculatorTests
{
    private static readonly WasteSortingCalculator Calculator = new();
    private static readonly YearMonth March2018 = new(2018, 3);

    internal static WeighingTicket Kitchen(string number, int day, decimal tonnes) => new(number, new LocalDate(2018, 3, day), tonnes, WasteStream.Kitchen);

    internal static WeighingTicket Other(string number, int day, decimal tonnes) => new(number, new LocalDate(2018, 3, day), tonnes, WasteStream.Other);

    internal static EstateMonth Estate(string name, IReadOnlyList<WeighingTicket> tickets, bool accepted = true, ServiceAgreement? agreement = null, string op = "华清物业", SiteKind site = SiteKind.ResidentialEstate, OperatorKind kind = OperatorKind.PropertyCompany) =>
        new(name, op, kind, site, accepted, March2018, tickets, agreement);

    /// <summary>K1's three kitchen tickets (30.000 t) and other waste 420 t.</summary>
    internal static EstateMonth K1 => Estate("万寿路甲15号院", new[]
    {
        Kitchen("HW-0301", 3, 12.345m),
        Kitchen("HW-0302", 12, 10.5m),
        Kitchen("HW-0303", 28, 7.155m),
        Other("HO-0301", 31, 420.000m),
    });

    internal static EstateMonth K2(ServiceAgreement? agreement = null) => Estate("万寿路甲15号院", new[]
    {
        Kitchen("HW-0301", 3, 12.345m),
        Kitchen("HW-0302", 12, 10.5m),
        Kitchen("HW-0303", 28, 7.155m),
        Other("HO-0301", 31, 600m),
    }, agreement: agreement);

    [Fact]
    public void K1_AcceptedEstateAboveFivePercent_Receives51000()
    {
        var r = Calculator.Calculate(K1);
        Assert.Equal(30.000m, r.KitchenTonnes);
        Assert.Equal(420.000m, r.OtherTonnes);
        Assert.Equal(51_000.00m, r.Gross);
        Assert.Equal(51_000.00m, r.Payable);
        Assert.Equal(0m, r.Held);
        Assert.Equal(SubsidyStatus.Payable, r.Status);
        Assert.Equal(BaseBasis.SeparationRate, r.Base.Basis);
        Assert.Equal(BaseVerdict.Met, r.Base.Verdict);
        Assert.Equal(6.67m, r.Base.SeparationRatePercent);     // 30 ÷ 450 = 6.666…% rounded
        Assert.Null(r.Base.ShortfallPoints);
        Assert.Null(r.Base.ShortfallTonnes);
        Assert.Equal("1,700.00 × (12.345 + 10.500 + 7.155) = 1,700.00 × 30.000 = 51,000.00", r.Lines[0].Arithmetic);
        Assert.Equal("海政办发〔2017〕46号", r.Lines[0].Citation.DocumentNumber);
        Assert.Equal("二（二）3", r.Lines[0].Citation.Article);
    }

    [Fact]
    public void K2_BelowFivePercent_StillReceives51000_WithAShortfallFinding()
    {
        var r = Calculator.Calculate(K2());
        Assert.Equal(51_000.00m, r.Payable);
        Assert.Equal(SubsidyStatus.Payable, r.Status);
        Assert.Equal(BaseVerdict.Below, r.Base.Verdict);
        Assert.Equal(4.76m, r.Base.SeparationRatePercent);     // 30 ÷ 630 = 4.7619…%
        Assert.Equal(0.24m, r.Base.ShortfallPoints);           // 5 − 4.7619… = 0.238… → up to 0.24
        Assert.Equal(31.58m, r.Base.RequiredKitchenTonnes);    // 600 × 5 ÷ 95 = 31.5789… → up to 31.58
        Assert.Equal(1.58m, r.Base.ShortfallTonnes);
        Assert.Equal("rate 4.76% < 5%: 0.24 points, 1.58 t short (31.58 t needed)", r.Base.Text);
    }

    [Fact]
    public void K2_WithTheOptInWithholdBelowBase_PaysNothing_WithTheSameFinding()
    {
        var plain = Calculator.Calculate(K2());
        var r = Calculator.Calculate(K2(new ServiceAgreement(WithholdBelowBase: true)));
        Assert.Equal(0m, r.Payable);
        Assert.Equal(51_000.00m, r.Gross);
        Assert.Equal(51_000.00m, r.Held);
        Assert.Equal(SubsidyStatus.WithheldBelowBase, r.Status);
        Assert.Equal(plain.Base, r.Base);
    }

    [Fact]
    public void K2b_AgreedBaseTonnageIsPrimary_MetAt25Tonnes_Receives51000_WithoutFinding()
    {
        var r = Calculator.Calculate(K2(new ServiceAgreement(BaseTonnes: 25m, WithholdBelowBase: true)));
        Assert.Equal(51_000.00m, r.Payable);
        Assert.Equal(SubsidyStatus.Payable, r.Status);
        Assert.Equal(BaseBasis.AgreedTonnage, r.Base.Basis);
        Assert.Equal(BaseVerdict.Met, r.Base.Verdict);
        Assert.Null(r.Base.ShortfallTonnes);
        Assert.Null(r.Base.ShortfallPoints);
        Assert.Equal(4.76m, r.Base.SeparationRatePercent); // shown for information only
    }

    [Fact]
    public void AgreedBaseTonnage_Missed_StatesTheShortfallInTonnes()
    {
        var r = Calculator.Calculate(K2(new ServiceAgreement(BaseTonnes: 32.5m)));
        Assert.Equal(BaseVerdict.Below, r.Base.Verdict);
        Assert.Equal(2.5m, r.Base.ShortfallTonnes);
        Assert.Null(r.Base.ShortfallPoints);
        Assert.Equal(51_000.00m, r.Payable);   // not withheld by default
    }

    [Fact]
    public void K3_ExactlyAtFivePercent_IsMet_Receives8500()
    {
        // why: 以上 includes the number — 5 ÷ 100 = 5% meets 「分出率5%以上」.
        var r = Calculator.Calculate(Estate("K3", new[] { Kitchen("K3-1", 1, 5m), Other("K3-2", 2, 95m) }, agreement: new ServiceAgreement(WithholdBelowBase: true)));
        Assert.Equal(BaseVerdict.Met, r.Base.Verdict);
        Assert.Equal(5m, r.Base.SeparationRatePercent);
        Assert.Equal(8_500.00m, r.Payable);
    }

    [Fact]
    public void JustBelowFivePercent_ReadsBelowFive_NeverFivePointZero()
    {
        // why: 4.9999…% must not display as 5.00% beside a "below" verdict; the shortfall rounds up to 0.01.
        var r = Calculator.Calculate(Estate("edge", new[] { Kitchen("E-1", 1, 4.999m), Other("E-2", 2, 95m) }));
        Assert.Equal(BaseVerdict.Below, r.Base.Verdict);
        Assert.Equal(4.99m, r.Base.SeparationRatePercent);
        Assert.Equal(0.01m, r.Base.ShortfallPoints);
        Assert.Equal(0.001m, r.Base.ShortfallTonnes);   // 5.00 t needed
    }

    [Fact]
    public void K4_NotAcceptedAsStandardEstate_PaysNothingWhateverTheTonnage()
    {
        var r = Calculator.Calculate(K1 with { Accepted = false });
        Assert.Equal(0m, r.Payable);
        Assert.Equal(SubsidyStatus.NotAccepted, r.Status);
        Assert.Equal(51_000.00m, r.Held);
        Assert.Contains("not an accepted sorting-standard estate", r.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void K5_OneKilogramOfKitchenWaste_Receives1Yuan70()
    {
        var r = Calculator.Calculate(Estate("K5", new[] { Kitchen("K5-1", 1, 0.001m), Other("K5-2", 1, 0.010m) }));
        Assert.Equal(9.09m, r.Base.SeparationRatePercent);   // 1 ÷ 11
        Assert.Equal(1.70m, r.Payable);
    }

    [Fact]
    public void K5_HalfAKilogram_IsRejected_NothingComputed()
    {
        var ex = Assert.Throws<ValidationException>(() => Calculator.Calculate(Estate("K5", new[] { Kitchen("K5-1", 1, 0.0005m), Other("K5-2", 1, 0.010m) })));
        var e = Assert.Single(ex.Errors);
        Assert.Equal("tickets[0].tonnes", e.Path);
        Assert.Contains("whole kilograms", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EmptyMonth_PaysZero_WithAReason()
    {
        var r = Calculator.Calculate(Estate("empty", Array.Empty<WeighingTicket>()));
        Assert.Equal(0m, r.Payable);
        Assert.Equal(SubsidyStatus.NoKitchenWaste, r.Status);
        Assert.Equal(BaseVerdict.NotAssessable, r.Base.Verdict);
        Assert.Equal("no weighing tickets in 2018-03: nothing to pay", r.Reason);
    }

    [Fact]
    public void VillageClaim_IsFlaggedForDecision_NotPaid()
    {
        var r = Calculator.Calculate(K1 with { Site = SiteKind.Village, Operator = "西北旺村委会", OperatorKind = OperatorKind.VillageCommittee });
        Assert.Equal(SubsidyStatus.FlaggedForDecision, r.Status);
        Assert.Equal(0m, r.Payable);
        Assert.Equal(51_000.00m, r.Held);
        Assert.Contains(r.Lines, l => l.Citation.Article == "二（二）4" && l.Amount == -51_000m);
    }

    [Fact]
    public void ProfessionalCompanyOfAnOldEstate_IsPaidLikeAPropertyCompany()
    {
        var r = Calculator.Calculate(K1 with { Operator = "环洁专业公司", OperatorKind = OperatorKind.ProfessionalCompany });
        Assert.Equal(51_000.00m, r.Payable);
    }

    [Fact]
    public void MonthBeforeThePolicy_IsNotInForce_NeverZero()
    {
        var july = K1 with { Month = new YearMonth(2017, 7), Tickets = Array.Empty<WeighingTicket>() };
        var ex = Assert.Throws<NotInForceException>(() => Calculator.Calculate(july));
        Assert.Equal(new LocalDate(2017, 8, 31), ex.InForceFrom);
    }

    [Fact]
    public void AReformFromALaterDate_AppliesFromThatMonth()
    {
        var reform = WasteSortingParameters.Gazette2017 with { Version = "what-if-2019", InForceFrom = new LocalDate(2019, 1, 1), SubsidyPerTonne = 2_000m };
        var calc = new WasteSortingCalculator(new ParameterHistory<WasteSortingParameters>(new[] { WasteSortingParameters.Gazette2017, reform }));
        Assert.Equal(51_000m, calc.Calculate(K1).Payable);
        var jan2019 = K1 with
        {
            Month = new YearMonth(2019, 1),
            Tickets = new[] { new WeighingTicket("J-1", new LocalDate(2019, 1, 5), 30m, WasteStream.Kitchen) },
        };
        var r = calc.Calculate(jan2019);
        Assert.Equal(60_000m, r.Payable);
        Assert.Equal("what-if-2019", r.Provenance.ParametersVersion);
    }

    [Fact]
    public void ConstructionSubsidy_IsTheAuditedAmount_WithoutCap()
    {
        var claim = new ConstructionSubsidyClaim("万寿路甲15号院", "华清物业", CollectionMode.CentralizedStation, Accepted: true, new LocalDate(2017, 11, 20), 86_500m, 83_212.40m);
        var r = Calculator.ConstructionSubsidy(claim);
        Assert.Equal(ConstructionStatus.Payable, r.Status);
        Assert.Equal(83_212.40m, r.Subsidy);
        var above = Calculator.ConstructionSubsidy(claim with { AuditedAmount = 90_000m });
        Assert.Equal(90_000m, above.Subsidy);   // the audit governs; the text sets no cap
        Assert.Equal(0m, Calculator.ConstructionSubsidy(claim with { AuditedAmount = null }).Subsidy);
        Assert.Equal(ConstructionStatus.AwaitingAudit, Calculator.ConstructionSubsidy(claim with { AuditedAmount = null }).Status);
        Assert.Equal(ConstructionStatus.NotAccepted, Calculator.ConstructionSubsidy(claim with { Accepted = false }).Status);
        Assert.Equal(0m, Calculator.ConstructionSubsidy(claim with { Accepted = false }).Subsidy);
    }
}
