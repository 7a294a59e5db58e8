using Haidian.Rules.FundFees;

namespace Haidian.Rules.Tests.FundFees;

/// <summary>
/// The parameters' own checks, word for word: each broken number alone gives exactly its <c>path: message</c>, and each limit is
/// accepted exactly at its bound and rejected one step past it.
/// </summary>
public sealed partial class FundFeesTests
{
    private static readonly DevelopmentFundParameters Dev = DevelopmentFundParameters.Gazette2017;
    private static readonly GuideFundParameters Gp = GuideFundParameters.Gazette2017;

    /// <summary>Every problem as <c>path: message</c>.</summary>
    private static string[] Problems(IReadOnlyList<ValidationError> errors) => errors.Select(e => e.ToString()).ToArray();

    /// <summary>Every problem of the <see cref="ValidationException"/> the action throws, as <c>path: message</c>.</summary>
    private static string[] Errors(Action act) => Problems(Assert.Throws<ValidationException>(act).Errors);

    [Fact]
    public void GazetteParameters_AreSound()
    {
        Assert.Empty(Dev.Validate());
        Assert.Empty(Gp.Validate());
    }

    [Fact]
    public void DevelopmentParameters_EachBrokenNumber_HasItsOwnMessage()
    {
        Assert.Equal(new[] { "version: is required and must not be blank" }, Problems((Dev with { Version = " " }).Validate()));
        Assert.Equal(new[] { "source: is required" }, Problems((Dev with { Source = null! }).Validate()));
        Assert.Equal(new[] { "managementFeeAnnualRate: must be between 0 and 1 inclusive (got 1.001)" }, Problems((Dev with { ManagementFeeAnnualRate = 1.001m }).Validate()));
        Assert.Equal(new[] { "minimumTermYears: must be between 0 and 100 inclusive (got -1)" }, Problems((Dev with { MinimumTermYears = -1m }).Validate()));
        Assert.Equal(new[] { "minimumManagerRegisteredCapital: must be between 0 and 1000000000000000 inclusive (got -0.01)" },
            Problems((Dev with { MinimumManagerRegisteredCapital = -0.01m }).Validate()));
        Assert.Equal(new[] { "committeeFromManager: must not be negative (got -1)" },
            Problems((Dev with { CommitteeFromManager = -1, CommitteeFromStateAssetsCentre = 5 }).Validate()));   // -1 + 5 + 1 = 5: only the sign is wrong
        Assert.Equal(new[] { "committeeFromStateAssetsCentre: must not be negative (got -1)" },
            Problems((Dev with { CommitteeFromManager = 5, CommitteeFromStateAssetsCentre = -1 }).Validate()));
        Assert.Equal(new[] { "committeeExperts: must not be negative (got -1)" },
            Problems((Dev with { CommitteeFromManager = 4, CommitteeExperts = -1 }).Validate()));
        Assert.Equal(new[] { "committeeMembers: must equal committeeFromManager + committeeFromStateAssetsCentre + committeeExperts" },
            Problems((Dev with { CommitteeExperts = 2 }).Validate()));
    }

    [Theory]
    [InlineData(1, 0, 0)]   // why: each of the three groups alone can make up the committee (the sum is a sum, not a difference)
    [InlineData(0, 1, 0)]
    [InlineData(0, 0, 1)]
    [InlineData(2, 2, 1)]
    public void DevelopmentParameters_CommitteeGroupsAddingUpToTheMembers_AreSound(int manager, int centre, int experts)
    {
        var p = Dev with { CommitteeMembers = manager + centre + experts, CommitteeFromManager = manager, CommitteeFromStateAssetsCentre = centre, CommitteeExperts = experts };
        Assert.Empty(p.Validate());
    }

    [Fact]
    public void DevelopmentParameters_ACommitteeOfNoMembers_IsRejected_OneMemberIsAccepted()
    {
        var none = Dev with { CommitteeMembers = 0, CommitteeFromManager = 0, CommitteeFromStateAssetsCentre = 0, CommitteeExperts = 0 };
        Assert.Equal(new[] { "committeeMembers: must be at least 1" }, Problems(none.Validate()));
        Assert.Empty((none with { CommitteeMembers = 1, CommitteeExperts = 1 }).Validate());
    }

    [Theory]
    [InlineData(0, 1, "committeePassDenominator: must be between 1 and 1000")]
    [InlineData(1, 1, null)]          // why: the smallest denominator, numerator equal to it
    [InlineData(1000, 3, null)]       // why: the largest denominator
    [InlineData(1001, 3, "committeePassDenominator: must be between 1 and 1000")]
    [InlineData(5, 0, "committeePassNumerator: must be between 1 and committeePassDenominator")]
    [InlineData(5, 1, null)]
    [InlineData(5, 5, null)]          // why: unanimity is a fraction too
    [InlineData(5, 6, "committeePassNumerator: must be between 1 and committeePassDenominator")]
    [InlineData(0, 0, "committeePassDenominator: must be between 1 and 1000")]   // why: the numerator is checked only against a sound denominator
    public void DevelopmentParameters_PassFraction_Bounds(int denominator, int numerator, string? expected)
    {
        var errors = Problems((Dev with { CommitteePassDenominator = denominator, CommitteePassNumerator = numerator }).Validate());
        Assert.Equal(expected is null ? Array.Empty<string>() : new[] { expected }, errors);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(60, true)]
    [InlineData(61, false)]
    public void DevelopmentParameters_QuarterlyReportWorkingDays_Bounds(int days, bool sound)
    {
        var errors = Problems((Dev with { QuarterlyReportWorkingDays = days }).Validate());
        Assert.Equal(sound ? Array.Empty<string>() : new[] { "quarterlyReportWorkingDays: must be between 1 and 60" }, errors);
    }

    [Fact]
    public void GuideParameters_EachBrokenNumber_HasItsOwnMessage()
    {
        Assert.Equal(new[] { "version: is required and must not be blank" }, Problems((Gp with { Version = "" }).Validate()));
        Assert.Equal(new[] { "source: is required" }, Problems((Gp with { Source = null! }).Validate()));
        Assert.Equal(new[] { "initialSize: must be between 0 and 1000000000000000 inclusive (got -1)", "trancheAmount: times trancheCount must equal initialSize (第七条: 5 × 2400万元 = 1.2亿元)" },
            Problems((Gp with { InitialSize = -1m }).Validate()));
        Assert.Equal(new[] { "trancheAmount: must be between 0 and 1000000000000000 inclusive (got -1)", "trancheAmount: times trancheCount must equal initialSize (第七条: 5 × 2400万元 = 1.2亿元)" },
            Problems((Gp with { TrancheAmount = -1m }).Validate()));
        Assert.Equal(new[] { "maximumGuideShare: must be between 0 and 1 inclusive (got 1.5)" }, Problems((Gp with { MaximumGuideShare = 1.5m }).Validate()));
        Assert.Equal(new[] { "minimumHaidianInvestmentShare: must be between 0 and 1 inclusive (got -0.1)" }, Problems((Gp with { MinimumHaidianInvestmentShare = -0.1m }).Validate()));
        Assert.Equal(new[] { "trusteeFeeAnnualRate: must be between 0 and 1 inclusive (got 2)" }, Problems((Gp with { TrusteeFeeAnnualRate = 2m }).Validate()));
        Assert.Equal(new[] { "managerFeeAnnualRate: must be between 0 and 1 inclusive (got 2)" }, Problems((Gp with { ManagerFeeAnnualRate = 2m }).Validate()));
        Assert.Equal(new[] { "maximumCarryShare: must be between 0 and 1 inclusive (got 2)" }, Problems((Gp with { MaximumCarryShare = 2m }).Validate()));
        Assert.Equal(new[] { "minimumInvestorContribution: must be between 0 and 1000000000000000 inclusive (got -1)" }, Problems((Gp with { MinimumInvestorContribution = -1m }).Validate()));
        Assert.Equal(new[] { "minimumInvestorCount: must not be negative (got -1)" }, Problems((Gp with { MinimumInvestorCount = -1 }).Validate()));
        Assert.Equal(new[] { "minimumSeniorManagers: must not be negative (got -1)" }, Problems((Gp with { MinimumSeniorManagers = -1 }).Validate()));
        Assert.Equal(new[] { "minimumSeniorManagerExperienceYears: must be between 0 and 100 inclusive (got 101)" }, Problems((Gp with { MinimumSeniorManagerExperienceYears = 101m }).Validate()));
        Assert.Equal(new[] { "minimumCustodianBankAgeYears: must not be negative (got -1)" }, Problems((Gp with { MinimumCustodianBankAgeYears = -1 }).Validate()));
        Assert.Equal(new[] { "publicNoticeDays: must not be negative (got -1)" }, Problems((Gp with { PublicNoticeDays = -1 }).Validate()));
        Assert.Equal(new[] { "setupOverdueYears: must not be negative (got -1)" }, Problems((Gp with { SetupOverdueYears = -1 }).Validate()));
        Assert.Equal(new[] { "moneyIdleYears: must not be negative (got -1)" }, Problems((Gp with { MoneyIdleYears = -1 }).Validate()));
    }

    [Fact]
    public void GuideParameters_Tranches_CountAndYears()
    {
        Assert.Equal(new[] { "trancheCount: must be at least 1" }, Problems((Gp with { TrancheCount = 0 }).Validate()));
        Assert.Equal(new[] { "trancheAmount: times trancheCount must equal initialSize (第七条: 5 × 2400万元 = 1.2亿元)" }, Problems((Gp with { TrancheCount = 4 , LastTrancheYear = 2019 }).Validate()));
        Assert.Equal(new[] { "lastTrancheYear: must not be before firstTrancheYear" }, Problems((Gp with { LastTrancheYear = 2015 }).Validate()));
        Assert.Equal(new[] { "lastTrancheYear: must make one tranche a year: lastTrancheYear − firstTrancheYear + 1 must equal trancheCount" },
            Problems((Gp with { LastTrancheYear = 2021 }).Validate()));

        // why: a single tranche in a single year is sound (the last year may equal the first); a single tranche over two years is not.
        var single = Gp with { TrancheCount = 1, TrancheAmount = 120_000_000m, LastTrancheYear = 2016 };
        Assert.Empty(single.Validate());
        Assert.Equal(new[] { "lastTrancheYear: must make one tranche a year: lastTrancheYear − firstTrancheYear + 1 must equal trancheCount" },
            Problems((single with { LastTrancheYear = 2017 }).Validate()));
    }

    [Fact]
    public void GuideParameters_Terms_TheExtendedMaximumIsNotBelowTheStandard_AndABadTermIsReportedAlone()
    {
        Assert.Empty((Gp with { ExtendedMaximumTermYears = 8m }).Validate());   // why: equal is sound
        Assert.Equal(new[] { "extendedMaximumTermYears: must not be below standardMaximumTermYears" }, Problems((Gp with { ExtendedMaximumTermYears = 7.9m }).Validate()));
        Assert.Equal(new[] { "standardMaximumTermYears: must be between 0 and 100 inclusive (got 101)" }, Problems((Gp with { StandardMaximumTermYears = 101m }).Validate()));
        Assert.Equal(new[] { "extendedMaximumTermYears: must be between 0 and 100 inclusive (got -1)" }, Problems((Gp with { ExtendedMaximumTermYears = -1m }).Validate()));
    }

    [Fact]
    public void GuideParameters_InvestorCounts_TheMaximumIsNotBelowTheMinimum()
    {
        Assert.Empty((Gp with { MaximumInvestorCount = 3 }).Validate());
        Assert.Equal(new[] { "maximumInvestorCount: must not be below minimumInvestorCount" }, Problems((Gp with { MaximumInvestorCount = 2 }).Validate()));
    }

    [Fact]
    public void GuideParameters_ProhibitedCategories_AreChecked()
    {
        Assert.Equal(new[] { "prohibitedCategories: is required" }, Problems((Gp with { ProhibitedCategories = null! }).Validate()));
        var first = Gp.ProhibitedCategories[0];
        Assert.Equal(new[] { "prohibitedCategories[0]: is required" }, Problems((Gp with { ProhibitedCategories = new ProhibitedCategory[] { null!, first } }).Validate()));
        Assert.Equal(new[] { "prohibitedCategories[1].clause: is required and must not be blank" },
            Problems((Gp with { ProhibitedCategories = new[] { first, new ProhibitedCategory(" ", "x", new[] { InvestmentKind.Stocks }) } }).Validate()));
        Assert.Equal(new[] { "prohibitedCategories[0].kinds: is required" },
            Problems((Gp with { ProhibitedCategories = new[] { new ProhibitedCategory("（一）", "x", null!) } }).Validate()));
        Assert.Equal(new[] { "prohibitedCategories[0].kinds[0]: must not list UnlistedEquity, the fund's ordinary business" },
            Problems((Gp with { ProhibitedCategories = new[] { new ProhibitedCategory("（一）", "x", new[] { InvestmentKind.UnlistedEquity }) } }).Validate()));
        Assert.Equal(new[] { "prohibitedCategories[1].kinds[1]: lists ListedEquity which another category already lists" },
            Problems((Gp with { ProhibitedCategories = new[] { first, new ProhibitedCategory("（二）", "x", new[] { InvestmentKind.Stocks, InvestmentKind.ListedEquity }) } }).Validate()));
        Assert.Empty((Gp with { ProhibitedCategories = Array.Empty<ProhibitedCategory>() }).Validate());
    }

    [Fact]
    public void GuideParameters_TheTenCategories_AreTheGazettesText()
    {
        Assert.Equal(new[] { "（一）", "（二）", "（三）", "（四）", "（五）", "（六）", "（七）", "（八）", "（九）", "（十）" }, Gp.ProhibitedCategories.Select(c => c.Clause));
        Assert.Equal(new[]
        {
            "投资于已上市企业（所投资的未上市企业上市后，基金所持股份未转让及其配售部分除外）",
            "从事担保、抵押、委托贷款、房地产（包括购买自用房地产）等业务",
            "投资于其他创业投资基金或投资性企业",
            "投资于股票、期货、企业债券、信托产品、理财产品、保险计划及其他金融衍生品",
            "向任何第三人提供赞助、捐赠等",
            "吸收或变相吸收存款，或向任何第三人提供贷款和资金拆借",
            "从事承担无限连带责任的对外投资",
            "以发行信托或集合理财产品的形式募集资金",
            "存续期内，投资回收资金再用于对外投资",
            "其他国家法律法规禁止从事的业务",
        }, Gp.ProhibitedCategories.Select(c => c.Text));
        Assert.Empty(Gp.ProhibitedCategories[8].Kinds);
        Assert.Equal(("gazette-2017", new LocalDate(2017, 9, 17), "第三十六条"), (Gp.Version, Gp.InForceFrom, Gp.Source.Article));
        Assert.Equal(("gazette-2017", new LocalDate(2017, 9, 8), "第三十六条"), (Dev.Version, Dev.InForceFrom, Dev.Source.Article));
    }

    [Fact]
    public void Parameters_BuiltWithoutValues_HaveNoVersion_CiteTheirDocument_AndAreRejected()
    {
        var dev = new DevelopmentFundParameters();
        Assert.Equal(("", DevelopmentFundParameters.Document), (dev.Version, dev.Source));
        Assert.Equal(new[]
        {
            "version: is required and must not be blank",
            "committeeMembers: must be at least 1",
            "committeePassDenominator: must be between 1 and 1000",
            "quarterlyReportWorkingDays: must be between 1 and 60",
        }, Problems(dev.Validate()));
        var guide = new GuideFundParameters();
        Assert.Equal(("", GuideFundParameters.Document), (guide.Version, guide.Source));
        Assert.Empty(guide.ProhibitedCategories);
        Assert.Equal(new[] { "version: is required and must not be blank", "trancheCount: must be at least 1" }, Problems(guide.Validate()));
    }

    [Fact]
    public void Parameters_CiteTheirDocuments()
    {
        Assert.Equal(new Citation("海行规发〔2017〕8号", "海淀区建设发展基金管理办法（修订）", ""), DevelopmentFundParameters.Document);
        Assert.Equal(new Citation("海行规发〔2016〕6号", "海淀区建设发展基金管理办法（暂行）", ""), DevelopmentFundParameters.Predecessor);
        Assert.Equal(new Citation("海政办发〔2017〕34号", "海淀区文化创意产业投资引导基金实施办法", ""), GuideFundParameters.Document);
    }

    [Fact]
    public void Constructors_NullArguments_NameTheParameter()
    {
        Assert.Equal("parameters", Assert.Throws<ArgumentNullException>(() => new DevelopmentFundCalculator((DevelopmentFundParameters)null!)).ParamName);
        Assert.Equal("history", Assert.Throws<ArgumentNullException>(() => new DevelopmentFundCalculator((ParameterHistory<DevelopmentFundParameters>)null!)).ParamName);
        Assert.Equal("parameters", Assert.Throws<ArgumentNullException>(() => new GuideFundCalculator((GuideFundParameters)null!)).ParamName);
        Assert.Equal("history", Assert.Throws<ArgumentNullException>(() => new GuideFundCalculator((ParameterHistory<GuideFundParameters>)null!)).ParamName);
    }
}
