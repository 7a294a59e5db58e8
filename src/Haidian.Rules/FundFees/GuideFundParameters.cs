using System.Collections.Generic;
using System.Text.Json.Serialization;
using NodaTime;

namespace Haidian.Rules.FundFees;

/// <summary>One category of business a participating fund must not engage in (第二十四条), with the investment kinds that fall in it. Source: 海政办发〔2017〕34号 第二十四条.</summary>
/// <param name="Clause">The clause, e.g. <c>（二）</c>.</param>
/// <param name="Text">The clause's text as printed, in Chinese.</param>
/// <param name="Kinds">The investment kinds that fall in this category (empty for （九）, which turns on where the money comes from).</param>
public sealed record ProhibitedCategory(string Clause, string Text, IReadOnlyList<InvestmentKind> Kinds);

/// <summary>
/// Every number of 海政办发〔2017〕34号《海淀区文化创意产业投资引导基金实施办法》 as data: one dated version of the cultural and
/// creative industry guide fund (海淀区文化创意产业投资引导基金) rules. <see cref="Gazette2017"/> is the gazette's.
/// </summary>
/// <remarks>Immutable and thread-safe. Checked by <see cref="Validate"/> when a <see cref="GuideFundCalculator"/> is built.</remarks>
public sealed record GuideFundParameters : IVersionedParameters
{
    /// <summary>
    /// The document: 海政办发〔2017〕34号《海淀区文化创意产业投资引导基金实施办法》 (title as in the gazette's table of contents; the
    /// body's title lost its first character 「海」 to OCR).
    /// </summary>
    public static Citation Document { get; } = new("海政办发〔2017〕34号", "海淀区文化创意产业投资引导基金实施办法", string.Empty);

    /// <summary>
    /// The gazette's parameters. 第三十六条 「自发布之日起30日后施行」, but the gazette prints no date for this notice; its neighbours
    /// 33号 and 35号 are dated 2017-08-04 and 2017-08-17, so the latest plausible in-force date, <b>2017-09-17</b>, is used (never
    /// retroactive). Replace <see cref="InForceFrom"/> with the official date when known.
    /// </summary>
    public static GuideFundParameters Gazette2017 { get; } = new()
    {
        Version = "gazette-2017",
        InForceFrom = new LocalDate(2017, 9, 17),
        Source = Document.WithArticle("第三十六条"),
        InitialSize = 120_000_000m,
        TrancheCount = 5,
        TrancheAmount = 24_000_000m,
        FirstTrancheYear = 2016,
        LastTrancheYear = 2020,
        MaximumGuideShare = 0.25m,
        StandardMaximumTermYears = 8m,
        ExtendedMaximumTermYears = 10m,
        MinimumHaidianInvestmentShare = 0.5m,
        TrusteeFeeAnnualRate = 0.005m,
        ManagerFeeAnnualRate = 0.02m,
        MaximumCarryShare = 0.7m,
        MinimumInvestorContribution = 10_000_000m,
        MinimumInvestorCount = 3,
        MaximumInvestorCount = 15,
        MinimumSeniorManagers = 3,
        MinimumSeniorManagerExperienceYears = 3m,
        MinimumCustodianBankAgeYears = 5,
        PublicNoticeDays = 7,
        SetupOverdueYears = 1,
        MoneyIdleYears = 1,
        ProhibitedCategories = new[]
        {
            new ProhibitedCategory("（一）", "投资于已上市企业（所投资的未上市企业上市后，基金所持股份未转让及其配售部分除外）", new[] { InvestmentKind.ListedEquity }),
            new ProhibitedCategory("（二）", "从事担保、抵押、委托贷款、房地产（包括购买自用房地产）等业务", new[] { InvestmentKind.Guarantee, InvestmentKind.Mortgage, InvestmentKind.EntrustedLoan, InvestmentKind.RealEstate }),
            new ProhibitedCategory("（三）", "投资于其他创业投资基金或投资性企业", new[] { InvestmentKind.OtherVentureFundOrInvestmentCompany }),
            new ProhibitedCategory("（四）", "投资于股票、期货、企业债券、信托产品、理财产品、保险计划及其他金融衍生品", new[] { InvestmentKind.Stocks, InvestmentKind.Futures, InvestmentKind.CorporateBonds, InvestmentKind.TrustProducts, InvestmentKind.WealthManagementProducts, InvestmentKind.InsurancePlans, InvestmentKind.Derivatives }),
            new ProhibitedCategory("（五）", "向任何第三人提供赞助、捐赠等", new[] { InvestmentKind.SponsorshipOrDonation }),
            new ProhibitedCategory("（六）", "吸收或变相吸收存款，或向任何第三人提供贷款和资金拆借", new[] { InvestmentKind.DepositTaking, InvestmentKind.LendingToThirdParty }),
            new ProhibitedCategory("（七）", "从事承担无限连带责任的对外投资", new[] { InvestmentKind.UnlimitedLiabilityInvestment }),
            new ProhibitedCategory("（八）", "以发行信托或集合理财产品的形式募集资金", new[] { InvestmentKind.FundraisingThroughTrustOrCollectiveProducts }),
            new ProhibitedCategory("（九）", "存续期内，投资回收资金再用于对外投资", System.Array.Empty<InvestmentKind>()),
            new ProhibitedCategory("（十）", "其他国家法律法规禁止从事的业务", new[] { InvestmentKind.OtherUnlawfulBusiness }),
        },
    };

    /// <inheritdoc/>
    [JsonRequired]
    public string Version { get; init; } = string.Empty;

    /// <inheritdoc/>
    [JsonRequired]
    public LocalDate InForceFrom { get; init; }

    /// <summary>The clause this parameter version comes from. <see cref="Document"/> (the document without an article) when a copy made in C# does not set
    /// it. Required in JSON: System.Text.Json's generated reader sets every init-only member it binds, so a <c>source</c> left
    /// out would read as null, not as this default.</summary>
    [JsonRequired]
    public Citation Source { get; init; } = Document;

    /// <summary>第七条: initial size of the guide fund, yuan — 1.2亿元.</summary>
    [JsonRequired]
    public decimal InitialSize { get; init; }

    /// <summary>第七条: number of tranches — 5 (分5期出资).</summary>
    [JsonRequired]
    public int TrancheCount { get; init; }

    /// <summary>第七条: yuan per tranche — 2400万元.</summary>
    [JsonRequired]
    public decimal TrancheAmount { get; init; }

    /// <summary>第七条: year of the first tranche (one tranche a year) — 2016 (before the document was in force: reported as such).</summary>
    [JsonRequired]
    public int FirstTrancheYear { get; init; }

    /// <summary>第七条: year of the last tranche — 2020.</summary>
    [JsonRequired]
    public int LastTrancheYear { get; init; }

    /// <summary>第七条: the guide fund's share of the participating fund's total is at most this — 25% (不超过, inclusive). A violation above it.</summary>
    [JsonRequired]
    public decimal MaximumGuideShare { get; init; }

    /// <summary>第十条: the participating fund's term is 一般原则上 at most this many years — 8. Over it without an extension is a departure.</summary>
    [JsonRequired]
    public decimal StandardMaximumTermYears { get; init; }

    /// <summary>第十条: with an extension, the total term must not exceed this many years — 10 (不得超过). A violation above it.</summary>
    [JsonRequired]
    public decimal ExtendedMaximumTermYears { get; init; }

    /// <summary>第十一条: at least this share of the fund total goes to cultural-creative enterprises registered and taxed in Haidian — 50% (不低于, inclusive).</summary>
    [JsonRequired]
    public decimal MinimumHaidianInvestmentShare { get; init; }

    /// <summary>第十六条: the trustee's (受托管理机构) annual fee is at most this share of the guide fund's paid-in capital — 0.5%. Stated outright: a violation above it.</summary>
    [JsonRequired]
    public decimal TrusteeFeeAnnualRate { get; init; }

    /// <summary>第二十一条: the participating fund manager's annual fee is in principle at most this share of actual contributions — 2%. A departure above it.</summary>
    [JsonRequired]
    public decimal ManagerFeeAnnualRate { get; init; }

    /// <summary>第二十七条: the manager's award is at most this share of the value added (增值收益) — 70% (最高不超过, inclusive).</summary>
    [JsonRequired]
    public decimal MaximumCarryShare { get; init; }

    /// <summary>第二十三条（一）: each investor other than the manager contributes at least this, yuan — 1000万元 (不低于, inclusive).</summary>
    [JsonRequired]
    public decimal MinimumInvestorContribution { get; init; }

    /// <summary>第二十三条（一）: investors other than government generally number at least this — 3 (「多于3个（含）」 includes 3).</summary>
    [JsonRequired]
    public int MinimumInvestorCount { get; init; }

    /// <summary>第二十三条（一）: investors other than government generally number at most this — 15 (「不超过15个（含）」).</summary>
    [JsonRequired]
    public int MaximumInvestorCount { get; init; }

    /// <summary>第二十二条（二）: the manager has at least this many senior managers with enough experience — 3.</summary>
    [JsonRequired]
    public int MinimumSeniorManagers { get; init; }

    /// <summary>第二十二条（二）: years of venture-capital or fund-management experience each of them needs — 3 (以上, inclusive).</summary>
    [JsonRequired]
    public decimal MinimumSeniorManagerExperienceYears { get; init; }

    /// <summary>第二十条（一）: the custodian bank has existed at least this many years — 5 (以上, inclusive: complete on the corresponding day).</summary>
    [JsonRequired]
    public int MinimumCustodianBankAgeYears { get; init; }

    /// <summary>第十九条（六）: the public notice of chosen partners lasts this many days — 7 (公示期为7天). Shorter is a violation.</summary>
    [JsonRequired]
    public int PublicNoticeDays { get; init; }

    /// <summary>第三十条（一）: years after the plan's confirmation beyond which (超过, strict) an unfinished set-up lets the guide fund exit — 1.</summary>
    [JsonRequired]
    public int SetupOverdueYears { get; init; }

    /// <summary>第三十条（二）: years the guide money sits in the fund account (以上, inclusive) without business before the guide fund may exit — 1.</summary>
    [JsonRequired]
    public int MoneyIdleYears { get; init; }

    /// <summary>第二十四条: the ten prohibited categories, each with the investment kinds falling in it.</summary>
    [JsonRequired]
    public IReadOnlyList<ProhibitedCategory> ProhibitedCategories { get; init; } = System.Array.Empty<ProhibitedCategory>();

    /// <summary>Checks every number; returns every problem with its field path (empty when sound).</summary>
    /// <returns>The problems found.</returns>
    public IReadOnlyList<ValidationError> Validate()
    {
        var v = new Validator();
        v.RequiredText("version", Version);
        v.Required("source", Source);
        v.InRange("initialSize", InitialSize, 0m, FundLimits.MaximumAmount);
        v.InRange("trancheAmount", TrancheAmount, 0m, FundLimits.MaximumAmount);
        if (TrancheCount < 1)
        {
            v.Add("trancheCount", ErrorCode.OutOfRange, "must be at least 1");
        }
        else if (TrancheAmount * TrancheCount != InitialSize)
        {
            v.Add("trancheAmount", ErrorCode.Inconsistent, "times trancheCount must equal initialSize (第七条: 5 × 2400万元 = 1.2亿元)");
        }

        if (LastTrancheYear < FirstTrancheYear)
        {
            v.Add("lastTrancheYear", ErrorCode.Inconsistent, "must not be before firstTrancheYear");
        }
        else if (TrancheCount >= 1 && LastTrancheYear - FirstTrancheYear + 1 != TrancheCount)
        {
            v.Add("lastTrancheYear", ErrorCode.Inconsistent, "must make one tranche a year: lastTrancheYear − firstTrancheYear + 1 must equal trancheCount");
        }

        v.InRange("maximumGuideShare", MaximumGuideShare, 0m, 1m);
        if (v.InRange("standardMaximumTermYears", StandardMaximumTermYears, 0m, 100m) && v.InRange("extendedMaximumTermYears", ExtendedMaximumTermYears, 0m, 100m)
            && ExtendedMaximumTermYears < StandardMaximumTermYears)
        {
            v.Add("extendedMaximumTermYears", ErrorCode.Inconsistent, "must not be below standardMaximumTermYears");
        }

        v.InRange("minimumHaidianInvestmentShare", MinimumHaidianInvestmentShare, 0m, 1m);
        v.InRange("trusteeFeeAnnualRate", TrusteeFeeAnnualRate, 0m, 1m);
        v.InRange("managerFeeAnnualRate", ManagerFeeAnnualRate, 0m, 1m);
        v.InRange("maximumCarryShare", MaximumCarryShare, 0m, 1m);
        v.InRange("minimumInvestorContribution", MinimumInvestorContribution, 0m, FundLimits.MaximumAmount);
        v.NotNegative("minimumInvestorCount", MinimumInvestorCount);
        if (MaximumInvestorCount < MinimumInvestorCount)
        {
            v.Add("maximumInvestorCount", ErrorCode.Inconsistent, "must not be below minimumInvestorCount");
        }

        v.NotNegative("minimumSeniorManagers", MinimumSeniorManagers);
        v.InRange("minimumSeniorManagerExperienceYears", MinimumSeniorManagerExperienceYears, 0m, 100m);
        v.NotNegative("minimumCustodianBankAgeYears", MinimumCustodianBankAgeYears);
        v.NotNegative("publicNoticeDays", PublicNoticeDays);
        v.NotNegative("setupOverdueYears", SetupOverdueYears);
        v.NotNegative("moneyIdleYears", MoneyIdleYears);
        if (v.Required("prohibitedCategories", ProhibitedCategories))
        {
            var seen = new HashSet<InvestmentKind>();
            for (var i = 0; i < ProhibitedCategories.Count; i++)
            {
                var c = ProhibitedCategories[i];
                var p = Validator.Index("prohibitedCategories", i);
                if (!v.Required(p, c))
                {
                    continue;
                }

                v.RequiredText(Validator.Field(p, "clause"), c.Clause);
                if (v.Required(Validator.Field(p, "kinds"), c.Kinds))
                {
                    for (var j = 0; j < c.Kinds.Count; j++)
                    {
                        var k = c.Kinds[j];
                        var kp = Validator.Index(Validator.Field(p, "kinds"), j);
                        if (!v.Defined(kp, k))
                        {
                            continue;
                        }

                        if (k == InvestmentKind.UnlistedEquity)
                        {
                            v.Add(kp, ErrorCode.InvalidValue, "must not list UnlistedEquity, the fund's ordinary business");
                        }
                        else if (!seen.Add(k))
                        {
                            v.Add(kp, ErrorCode.Inconsistent, "lists " + k + " which another category already lists");
                        }
                    }
                }
            }
        }

        return v.Errors;
    }
}

/// <summary>Sanity bounds of the fund module's inputs (the largest amount accepted), so that no input can overflow decimal arithmetic. Not policy-specific: these are not policy numbers and cite no clause.</summary>
public static class FundLimits
{
    /// <summary>The largest amount accepted anywhere in the module, yuan: 10^15 (1,000 trillion), far above any fund in the gazette.</summary>
    public const decimal MaximumAmount = 1_000_000_000_000_000m;
}
