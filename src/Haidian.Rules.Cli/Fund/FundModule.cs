using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using System.Text.Json.Nodes;
using Haidian.Rules.Cli.Json;
using Haidian.Rules.Cli.Modules;
using Haidian.Rules.FundFees;

namespace Haidian.Rules.Cli.Fund;

/// <summary>
/// The two funds of the gazette on the command line — the district construction and development fund (海行规发〔2017〕8号) and
/// the cultural and creative industry guide fund (海政办发〔2017〕34号): <c>evaluate fund</c> takes one call as JSON, chosen by
/// <c>"operation"</c>. The parameters are one object per fund, <c>{"development": {...}, "guide": {...}}</c>.
/// </summary>
internal sealed partial class FundModule : IModuleCommands
{
    /// <summary>The development fund's operations (海行规发〔2017〕8号).</summary>
    internal static readonly string[] DevelopmentOperations =
    {
        "managementFeeCap", "terms", "investment", "vote", "yearEndDistribution", "quarterlyCustodyReport", "annualCustodyReport",
    };

    /// <summary>The guide fund's operations (海政办发〔2017〕34号).</summary>
    internal static readonly string[] GuideOperations =
    {
        "trusteeFeeCap", "managerFeeCap", "participatingFund", "share", "term", "manager", "custodianBank", "prohibitedBusiness",
        "exit", "liquidation", "carry", "tranches", "capitalCalls", "concession", "buyBack",
    };

    private static readonly string[] Operations = DevelopmentOperations.Concat(GuideOperations).ToArray();

    public string Name => "fund";

    public string Description => "基金管理费上限与合规 — fund fee caps, compliance, votes, distributions and custody-report deadlines: development fund 海行规发〔2017〕8号, guide fund 海政办发〔2017〕34号";

    public JsonObject DefaultParameters() => new()
    {
        ["development"] = JsonNode.Parse(HaidianJson.Serialize(DevelopmentFundParameters.Gazette2017)),
        ["guide"] = JsonNode.Parse(HaidianJson.Serialize(GuideFundParameters.Gazette2017)),
    };

    public IReadOnlyList<ParameterCitation> ParameterCitations()
    {
        string Dev(string article) => DevelopmentFundParameters.Document.WithArticle(article).ToString();
        string Gd(string article) => GuideFundParameters.Document.WithArticle(article).ToString();
        return new[]
        {
            new ParameterCitation("development.version", "name of this parameter version", Dev("第三十六条")),
            new ParameterCitation("development.inForceFrom", "自印发之日起30日后施行: issued 2017-08-08, in force 2017-09-08; before it the repealed 海行规发〔2016〕6号 applied (not modelled)", Dev("第三十六条")),
            new ParameterCitation("development.source", "the clause this parameter version comes from", Dev("第三十六条")),
            new ParameterCitation("development.managementFeeAnnualRate", "管理费原则上按每年不超过实际管理规模的2‰ — annual cap rate, pro-rated by day (Actual/Actual; a reading); above it is a departure", Dev("第十四条")),
            new ParameterCitation("development.minimumTermYears", "存续期原则上不少于5年 — shortest term, included (shorter is a departure)", Dev("第七条")),
            new ParameterCitation("development.minimumManagerRegisteredCapital", "注册资本不少于3000万元 — manager's registered capital, included", Dev("第十二条")),
            new ParameterCitation("development.committeeMembers", "投资决策委员会原则上由5人组成 — committee size (other sizes are a departure)", Dev("第十三条")),
            new ParameterCitation("development.committeeFromManager", "管理机构2人 — members from the manager", Dev("第十三条")),
            new ParameterCitation("development.committeeFromStateAssetsCentre", "区国投中心2人 — members from the district state-assets centre", Dev("第十三条")),
            new ParameterCitation("development.committeeExperts", "专家1人 — expert members", Dev("第十三条")),
            new ParameterCitation("development.committeePassNumerator", "五分之三以上 — pass share numerator (inclusive: 5 × yes ≥ 3 × members)", Dev("第二十条")),
            new ParameterCitation("development.committeePassDenominator", "五分之三以上 — pass share denominator", Dev("第二十条")),
            new ParameterCitation("development.quarterlyReportWorkingDays", "每季度前10个工作日内 — working days for the quarterly custody report", Dev("第十五条（四）")),
            new ParameterCitation("development.moveAnnualReportDeadlineOffRestDay", "每个会计年度第一个月内 — whether 31 January moves off a rest day (default false: a fixed date, not a period)", Dev("第十五条（四）")),
            new ParameterCitation("guide.version", "name of this parameter version", Gd("第三十六条")),
            new ParameterCitation("guide.inForceFrom", "自发布之日起30日后施行; the gazette prints no date: 2017-09-17 by default (latest plausible), replace with the official date", Gd("第三十六条")),
            new ParameterCitation("guide.source", "the clause this parameter version comes from", Gd("第三十六条")),
            new ParameterCitation("guide.initialSize", "引导基金规模1.2亿元 — initial size", Gd("第七条")),
            new ParameterCitation("guide.trancheCount", "分5年出资 — number of yearly tranches", Gd("第七条")),
            new ParameterCitation("guide.trancheAmount", "每年2400万元 — amount per tranche", Gd("第七条")),
            new ParameterCitation("guide.firstTrancheYear", "2016年至2020年 — first tranche year", Gd("第七条")),
            new ParameterCitation("guide.lastTrancheYear", "2016年至2020年 — last tranche year", Gd("第七条")),
            new ParameterCitation("guide.maximumGuideShare", "出资比例不超过参股基金总额的25% — guide fund's share, included; a tie with the largest other contributor counts as the largest", Gd("第七条")),
            new ParameterCitation("guide.standardMaximumTermYears", "存续期一般原则上不超过8年 — longer without extension is a departure", Gd("第十条")),
            new ParameterCitation("guide.extendedMaximumTermYears", "延长后不得超过10年 — total term, longer is a violation", Gd("第十条")),
            new ParameterCitation("guide.minimumHaidianInvestmentShare", "不低于基金总额的50%投资于在海淀注册纳税的文化创意企业 — share of the fund total, included", Gd("第十一条")),
            new ParameterCitation("guide.trusteeFeeAnnualRate", "受托管理机构管理费每年不超过引导基金实缴出资额的0.5% — trustee fee rate (above it is a violation)", Gd("第十六条")),
            new ParameterCitation("guide.managerFeeAnnualRate", "参股基金管理费原则上每年不超过实际出资额的2% — manager fee rate (above it is a departure)", Gd("第二十一条")),
            new ParameterCitation("guide.maximumCarryShare", "最高不超过增值收益的70% — manager award after capital (先回本后分利), with district government approval", Gd("第二十七条")),
            new ParameterCitation("guide.minimumInvestorContribution", "除管理机构外每个出资人出资不低于1000万元 — per investor, included", Gd("第二十三条（一）")),
            new ParameterCitation("guide.minimumInvestorCount", "除政府外的出资人一般为3—15名 — fewest investors, included", Gd("第二十三条（一）")),
            new ParameterCitation("guide.maximumInvestorCount", "除政府外的出资人一般为3—15名 — most investors, included", Gd("第二十三条（一）")),
            new ParameterCitation("guide.minimumSeniorManagers", "至少3名高级管理人员 — senior managers", Gd("第二十二条（二）")),
            new ParameterCitation("guide.minimumSeniorManagerExperienceYears", "3年以上创业投资或基金管理工作经验 — years of experience each, included", Gd("第二十二条（二）")),
            new ParameterCitation("guide.minimumCustodianBankAgeYears", "托管银行成立期限5年以上 — complete on the corresponding day", Gd("第二十条（一）")),
            new ParameterCitation("guide.publicNoticeDays", "公示期为7天 — public notice of chosen partners (shorter is a violation)", Gd("第十九条（六）")),
            new ParameterCitation("guide.setupOverdueYears", "超过1年未设立 — exit ground (一), strict: from the day after the corresponding day", Gd("第三十条（一）")),
            new ParameterCitation("guide.moneyIdleYears", "拨付后1年以上未开展业务 — exit ground (二), inclusive: from the corresponding day", Gd("第三十条（二）")),
            new ParameterCitation("guide.prohibitedCategories", "the ten prohibited businesses （一）–（十） with the investment kinds each covers", Gd("第二十四条")),
        };
    }

    public IModuleEvaluator CreateEvaluator(JsonObject? overrides)
    {
        var errors = new List<ValidationError>();
        foreach (var (name, value) in overrides ?? new JsonObject())
        {
            if (name != "development" && name != "guide")
            {
                errors.Add(new ValidationError(name, ErrorCode.InvalidValue, "is not a parameter group of fund: use \"development\" (海行规发〔2017〕8号) or \"guide\" (海政办发〔2017〕34号), e.g. {\"development\": {\"managementFeeAnnualRate\": 0.003}}"));
            }
            else if (value is not JsonObject)
            {
                errors.Add(new ValidationError(name, ErrorCode.InvalidValue, "must be an object of that fund's parameters (see 'haidian-rules params fund --format json')"));
            }
        }

        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }

        var development = Build("development", overrides, DevelopmentFundParameters.Gazette2017, p => new DevelopmentFundCalculator(p), errors);
        var guide = Build("guide", overrides, GuideFundParameters.Gazette2017, p => new GuideFundCalculator(p), errors);
        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }

        return new Evaluator(development!, guide!);
    }

    public IReadOnlyList<Command> CreateCommands(CliContext context) => Array.Empty<Command>();

    private static TCalculator? Build<TParameters, TCalculator>(string group, JsonObject? overrides, TParameters defaults, Func<TParameters, TCalculator> create, List<ValidationError> errors)
        where TCalculator : class
    {
        try
        {
            var parameters = ModuleParameters.Merge(defaults, overrides?[group] as JsonObject);
            return create(parameters);
        }
        catch (ValidationException ex)
        {
            errors.AddRange(OperationInput.ParameterPaths(ex).Errors.Select(e => e with { Path = JsonSource.Combine(group, e.Path) }));
            return null;
        }
    }

    private sealed class Evaluator : IModuleEvaluator
    {
        private readonly DevelopmentFundCalculator development;
        private readonly GuideFundCalculator guide;

        public Evaluator(DevelopmentFundCalculator development, GuideFundCalculator guide)
        {
            this.development = development;
            this.guide = guide;
        }

        public string ParametersVersion
        {
            get
            {
                var d = development.History.Versions[0].Version;
                var g = guide.History.Versions[0].Version;
                return d == g ? d : "development " + d + ", guide " + g;
            }
        }

        public string Evaluate(JsonNode input)
        {
            var i = OperationInput.Open(input, "fund", Operations);
            switch (i.Operation)
            {
                case "managementFeeCap":
                    {
                        var request = i.Rest<FeePeriod>();
                        return HaidianJson.Serialize(i.Call(() => development.ManagementFeeCap(request!)));
                    }

                case "terms":
                    {
                        var terms = i.Rest<DevelopmentFundTerms>();
                        return HaidianJson.Serialize(i.Call(() => development.CheckTerms(terms!)));
                    }

                case "investment":
                    {
                        var asOf = i.Date("asOf");
                        var project = i.Rest<ProjectInvestment>();
                        return HaidianJson.Serialize(i.Call(() => development.CheckInvestment(project!, asOf)));
                    }

                case "vote":
                    {
                        var asOf = i.Date("asOf");
                        var vote = i.Rest<CommitteeVote>();
                        return HaidianJson.Serialize(i.Call(() => development.Vote(vote!, asOf)));
                    }

                case "yearEndDistribution":
                    {
                        var request = i.Rest<YearEndDistribution>();
                        return HaidianJson.Serialize(i.Call(() => development.DistributeYearEnd(request!)));
                    }

                case "quarterlyCustodyReport":
                    {
                        var year = i.Int("year");
                        var quarter = i.Int("quarter");
                        i.NoOtherFields("operation, year, quarter (the quarter in which the report is due)");
                        return HaidianJson.Serialize(i.Call(() => development.QuarterlyCustodyReportDeadline(year, quarter)));
                    }

                case "annualCustodyReport":
                    {
                        var year = i.Int("year");
                        i.NoOtherFields("operation, year (the year in whose first month the report is due)");
                        return HaidianJson.Serialize(i.Call(() => development.AnnualCustodyReportDeadline(year)));
                    }

                case "trusteeFeeCap":
                    {
                        var request = i.Rest<FeePeriod>();
                        return HaidianJson.Serialize(i.Call(() => guide.TrusteeFeeCap(request!)));
                    }

                case "managerFeeCap":
                    {
                        var request = i.Rest<FeePeriod>();
                        return HaidianJson.Serialize(i.Call(() => guide.ManagerFeeCap(request!)));
                    }

                case "participatingFund":
                    {
                        var terms = i.Rest<ParticipatingFundTerms>();
                        return HaidianJson.Serialize(i.Call(() => guide.CheckParticipatingFund(terms!)));
                    }

                case "share":
                    {
                        var asOf = i.Date("asOf");
                        var guideSubscribed = i.Decimal("guideSubscribed");
                        var contributors = i.Part<IReadOnlyList<Contributor>>("contributors");
                        i.NoOtherFields("operation, asOf, guideSubscribed, contributors");
                        return HaidianJson.Serialize(i.Call(() => guide.CheckShare(guideSubscribed, contributors!, asOf)));
                    }

                case "term":
                    {
                        var asOf = i.Date("asOf");
                        var years = i.Decimal("termYears");
                        var extended = i.OptionalBool("extended") ?? false;
                        i.NoOtherFields("operation, asOf, termYears, extended");
                        return HaidianJson.Serialize(i.Call(() => guide.CheckTerm(years, extended, asOf)));
                    }

                case "manager":
                    {
                        var asOf = i.Date("asOf");
                        var manager = i.Rest<ManagerProfile>();
                        return HaidianJson.Serialize(i.Call(() => guide.CheckManager(manager!, asOf)));
                    }

                case "custodianBank":
                    {
                        var asOf = i.Date("asOf");
                        var bank = i.Rest<CustodianBankProfile>();
                        return HaidianJson.Serialize(i.Call(() => guide.CheckCustodianBank(bank!, asOf)));
                    }

                case "prohibitedBusiness":
                    {
                        var asOf = i.Date("asOf");
                        var investment = i.Rest<ProposedInvestment>();
                        return HaidianJson.Serialize(i.Call(() => guide.CheckInvestment(investment!, asOf)));
                    }

                case "exit":
                    {
                        var facts = i.Rest<ExitFacts>();
                        return HaidianJson.Serialize(i.Call(() => guide.AssessExit(facts!)));
                    }

                case "liquidation":
                    {
                        var asOf = i.Date("asOf");
                        var request = i.Rest<Liquidation>();
                        return HaidianJson.Serialize(i.Call(() => guide.Liquidate(request!, asOf)));
                    }

                case "carry":
                    {
                        var asOf = i.Date("asOf");
                        var request = i.Rest<CarryAward>();
                        return HaidianJson.Serialize(i.Call(() => guide.Carry(request!, asOf)));
                    }

                case "capitalCalls":
                    {
                        var history = i.Rest<CapitalCallHistory>();
                        return HaidianJson.Serialize(i.Call(() => guide.CheckCapitalCalls(history!)));
                    }

                case "concession":
                    {
                        var concession = i.Rest<Concession>();
                        return HaidianJson.Serialize(i.Call(() => guide.CheckConcession(concession!)));
                    }

                case "buyBack":
                    {
                        var buyBack = i.Rest<BuyBack>();
                        return HaidianJson.Serialize(i.Call(() => guide.CheckBuyBack(buyBack!)));
                    }

                default:
                    {
                        i.NoOtherFields("operation only");
                        return HaidianJson.Serialize(i.Call(() => guide.Tranches().ToArray()));
                    }
            }
        }
    }
}
