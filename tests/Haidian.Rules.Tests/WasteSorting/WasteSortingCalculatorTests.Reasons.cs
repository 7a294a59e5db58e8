using Haidian.Rules.WasteSorting;

namespace Haidian.Rules.Tests.WasteSorting;

/// <summary>What an estate-month says: the collection-base line and finding text for each test, and the reason for each status, word for word.</summary>
public sealed partial class WasteSortingCalculatorTests
{
    private const string RateRuleNotCondition =
        "二（二）3: 厨余垃圾分出率5%以上 (kitchen ÷ (kitchen + other); recyclables and hazardous waste excluded); a term of the agreement, not a payment condition";

    private const string FlaggedTail =
        ": the per-tonne subsidy names only 物业单位 and 专业公司 (二（二）3; villages follow the estate model by 二（二）4), so 51,000.00 yuan is flagged for a decision, not paid";

    [Fact]
    public void BaseLine_RateTest_NamesTheRateAndWhetherItIsAPaymentCondition()
    {
        var plain = Calculator.Calculate(K1).Lines[1];
        Assert.Equal("万寿路甲15号院 2018-03: collection base 厨余垃圾收集基量 — Met", plain.Subject);
        Assert.Equal(RateRuleNotCondition, plain.Rule);
        Assert.Equal("rate 6.67% ≥ 5%: met", plain.Arithmetic);
        Assert.Equal(0m, plain.Amount);
        var opted = Calculator.Calculate(K2(new ServiceAgreement(WithholdBelowBase: true))).Lines[1];
        Assert.Equal("万寿路甲15号院 2018-03: collection base 厨余垃圾收集基量 — Below", opted.Subject);
        Assert.Equal(
            "二（二）3: 厨余垃圾分出率5%以上 (kitchen ÷ (kitchen + other); recyclables and hazardous waste excluded); a term of the agreement, made a payment condition by its 支付方式",
            opted.Rule);
    }

    [Fact]
    public void BaseLine_AgreedTonnage_NamesTheAgreementsBase_NotTheRate()
    {
        var plain = Calculator.Calculate(K2(new ServiceAgreement(BaseTonnes: 25m))).Lines[1];
        Assert.Equal(
            "二（二）3: the agreement's 收集基量 (agreed base tonnage, the primary test); a term of the agreement, not a payment condition",
            plain.Rule);
        var opted = Calculator.Calculate(K2(new ServiceAgreement(BaseTonnes: 25m, WithholdBelowBase: true))).Lines[1];
        Assert.Equal(
            "二（二）3: the agreement's 收集基量 (agreed base tonnage, the primary test); a term of the agreement, made a payment condition by its 支付方式",
            opted.Rule);
    }

    [Fact]
    public void AgreedTonnage_ExactlyAtTheBase_IsMet()
    {
        // why: 30.000 t against an agreed 30 t base: reaching the base meets it.
        var r = Calculator.Calculate(K2(new ServiceAgreement(BaseTonnes: 30m, WithholdBelowBase: true)));
        Assert.Equal(BaseVerdict.Met, r.Base.Verdict);
        Assert.Equal("kitchen 30.000 t ≥ agreed base 30.000 t: met (rate 4.76%, for information)", r.Base.Text);
        Assert.Equal(SubsidyStatus.Payable, r.Status);
        Assert.Equal(51_000m, r.Payable);
    }

    [Fact]
    public void AgreedTonnage_OneKilogramShort_IsBelow_WithTheShortfallText()
    {
        var r = Calculator.Calculate(K2(new ServiceAgreement(BaseTonnes: 30.001m)));
        Assert.Equal(BaseVerdict.Below, r.Base.Verdict);
        Assert.Equal(0.001m, r.Base.ShortfallTonnes);
        Assert.Equal("kitchen 30.000 t < agreed base 30.001 t: 0.001 t short (rate 4.76%, for information)", r.Base.Text);
        Assert.Equal("kitchen 30.000 t < agreed base 30.001 t: 0.001 t short (rate 4.76%, for information)", r.Lines[1].Arithmetic);
    }

    [Fact]
    public void AgreedTonnage_NothingWeighed_IsBelow_AndSaysTheRateCannotBeComputed()
    {
        var r = Calculator.Calculate(Estate("空置小区", Array.Empty<WeighingTicket>(), agreement: new ServiceAgreement(BaseTonnes: 1m)));
        Assert.Equal(BaseVerdict.Below, r.Base.Verdict);
        Assert.Null(r.Base.SeparationRatePercent);
        Assert.Equal("kitchen 0.000 t < agreed base 1.000 t: 1.000 t short (rate not computable (nothing weighed), for information)", r.Base.Text);
        Assert.Equal(SubsidyStatus.NoKitchenWaste, r.Status);
        Assert.Equal("no weighing tickets in 2018-03: nothing to pay", r.Reason);
    }

    [Fact]
    public void OnlyOtherWasteWeighed_PaysNothing_AndSaysOnlyOtherWasteWasWeighed()
    {
        var r = Calculator.Calculate(Estate("只有其他垃圾", new[] { Other("O-1", 5, 12m) }));
        Assert.Equal(SubsidyStatus.NoKitchenWaste, r.Status);
        Assert.Equal(0m, r.Payable);
        Assert.Equal("no kitchen waste weighed in 2018-03 (only other waste): nothing to pay", r.Reason);
        Assert.Equal("只有其他垃圾 2018-03: payable to 华清物业", r.Lines[^1].Subject);
        Assert.Equal("no kitchen waste weighed in 2018-03 (only other waste): nothing to pay", r.Lines[^1].Rule);
    }

    [Fact]
    public void VillageRunByAPropertyCompany_IsFlagged_AsAVillageClaim()
    {
        // why: either a village site or a village-committee payee is enough to flag the claim.
        var r = Calculator.Calculate(K1 with { Site = SiteKind.Village });
        Assert.Equal(SubsidyStatus.FlaggedForDecision, r.Status);
        Assert.Equal(0m, r.Payable);
        Assert.Equal("a village claim (达标村庄)" + FlaggedTail, r.Reason);
    }

    [Fact]
    public void EstateRunByAVillageCommittee_IsFlagged_AsAPayeeTheTextDoesNotName()
    {
        var r = Calculator.Calculate(K1 with { OperatorKind = OperatorKind.VillageCommittee });
        Assert.Equal(SubsidyStatus.FlaggedForDecision, r.Status);
        Assert.Equal(51_000m, r.Held);
        Assert.Equal("a payee that is neither a property company nor a professional company" + FlaggedTail, r.Reason);
        var held = r.Lines[2];
        Assert.Equal("万寿路甲15号院 2018-03: not paid — FlaggedForDecision", held.Subject);
        Assert.Equal("−51,000.00", held.Arithmetic);
        Assert.Equal("二（二）4", held.Citation.Article);
        Assert.Equal("51,000.00 − 51,000.00 = 0.00", r.Lines[3].Arithmetic);
    }

    [Fact]
    public void Payable_Reasons_SayWhetherTheBaseWasMissed()
    {
        Assert.Equal("payable: an accepted sorting-standard estate run by a payee the text names", Calculator.Calculate(K1).Reason);
        Assert.Equal(
            "payable; below the collection base, reported as a finding (the base is not a payment condition in the text)",
            Calculator.Calculate(K2()).Reason);
    }

    [Fact]
    public void WithheldBelowBase_Reason_StatesTheAmountWithheld()
    {
        var r = Calculator.Calculate(K2(new ServiceAgreement(WithholdBelowBase: true)));
        Assert.Equal(
            "below the collection base and the agreement's 支付方式 makes the base a payment condition: 51,000.00 yuan withheld this month",
            r.Reason);
    }

    [Fact]
    public void RateTexts_ShowTheRequiredRateWithoutTrailingZeros()
    {
        // why: a what-if rate of 5.50% reads "5.5%", as the gazette would write it, not "5.50%".
        var calc = new WasteSortingCalculator(WasteSortingParameters.Gazette2017 with { MinimumSeparationRatePercent = 5.50m });
        var met = calc.Calculate(K1);
        Assert.Equal("rate 6.67% ≥ 5.5%: met", met.Base.Text);
        Assert.StartsWith("二（二）3: 厨余垃圾分出率5.5%以上 ", met.Lines[1].Rule, StringComparison.Ordinal);
        var below = calc.Calculate(K2());
        Assert.Equal("rate 4.76% < 5.5%: 0.74 points, 4.93 t short (34.93 t needed)", below.Base.Text);
        var empty = calc.Calculate(Estate("空置小区", Array.Empty<WeighingTicket>()));
        Assert.Equal("nothing weighed: the separation rate cannot be computed against 5.5%", empty.Base.Text);
    }
}
