using System.Collections.Generic;
using System.Text.Json.Nodes;
using Haidian.Rules.Cli.Modules;
using Haidian.Rules.FundFees;
using static Haidian.Rules.Cli.Modules.OperationContract;

namespace Haidian.Rules.Cli.Fund;

/// <summary>The calls <c>evaluate fund</c> accepts: the development fund's (8号) and the guide fund's (34号).</summary>
internal sealed partial class FundModule
{
    private static readonly OperationArgument AsOf = Arg("asOf", ArgumentKind.Date, "the day the question is asked (parameters in force then)");

    public IReadOnlyList<OperationContract> Calls { get; } = new[]
    {
        Of("managementFeeCap", "development fund: management-fee cap, 2‰ of the managed scale a year (8号 第十四条)", typeof(FeePeriod), "FeeCapResult"),
        Of("terms", "development fund: the fund's terms against 8号", typeof(DevelopmentFundTerms), "ComplianceReport"),
        Of("investment", "development fund: one project investment (8号 第十二条、第十三条)", typeof(ProjectInvestment), "ComplianceReport", AsOf),
        Of("vote", "development fund: the investment committee's vote, three-fifths (8号 第十三条)", typeof(CommitteeVote), "CommitteeVoteResult", AsOf),
        Of("yearEndDistribution", "development fund: the year-end distribution (8号 第二十条)", typeof(YearEndDistribution), "DistributionResult"),
        Of("quarterlyCustodyReport", "development fund: the custodian's quarterly report deadline (8号 第二十四条)", null, "CustodyReportDeadline", Arg("year", ArgumentKind.Integer, "the year"), Arg("quarter", ArgumentKind.Integer, "the quarter the report is due in, 1–4")),
        Of("annualCustodyReport", "development fund: the custodian's annual report deadline (8号 第二十四条)", null, "CustodyReportDeadline", Arg("year", ArgumentKind.Integer, "the year reported on")),
        Of("trusteeFeeCap", "guide fund: trustee-fee cap, 0.5% of paid-in capital (34号 第十六条)", typeof(FeePeriod), "FeeCapResult"),
        Of("managerFeeCap", "guide fund: participating-fund manager-fee cap, 2% (34号)", typeof(FeePeriod), "FeeCapResult"),
        Of("participatingFund", "guide fund: a participating fund's terms against 34号", typeof(ParticipatingFundTerms), "ComplianceReport"),
        Of("share", "guide fund: 25% share and not the largest contributor (34号 第十条)", null, "ComplianceReport", AsOf, Arg("guideSubscribed", ArgumentKind.Number, "the guide fund's subscription, yuan"), Part("contributors", typeof(IReadOnlyList<Contributor>), "every contributor")),
        Of("term", "guide fund: the participating fund's term (34号 第十条)", null, "ComplianceReport", AsOf, Arg("termYears", ArgumentKind.Number, "the term in years"), Opt("extended", ArgumentKind.Boolean, "whether the term was extended; default false")),
        Of("manager", "guide fund: the manager's qualifications (34号 第十一条)", typeof(ManagerProfile), "ComplianceReport", AsOf),
        Of("custodianBank", "guide fund: the custodian bank's qualifications (34号)", typeof(CustodianBankProfile), "ComplianceReport", AsOf),
        Of("prohibitedBusiness", "guide fund: the ten prohibited businesses (34号)", typeof(ProposedInvestment), "InvestmentVerdict", AsOf),
        Of("exit", "guide fund: exit without the other investors' consent (34号)", typeof(ExitFacts), "ExitAssessment"),
        Of("liquidation", "guide fund: distribution on liquidation (34号 第二十九条)", typeof(Liquidation), "DistributionResult", AsOf),
        Of("carry", "guide fund: the carried-interest cap (34号)", typeof(CarryAward), "carry result", AsOf),
        Of("capitalCalls", "guide fund: actual capital calls against the tranche schedule, share and not-the-largest on paid-in amounts (34号 spec 07 F-b, F-c)", typeof(CapitalCallHistory), "ComplianceReport"),
        Of("concession", "guide fund: profit concession 让利 (34号 第二十八条)", typeof(Concession), "ComplianceReport"),
        Of("buyBack", "guide fund: buy-back of its share (34号 第三十三条)", typeof(BuyBack), "ComplianceReport"),
        Of("tranches", "guide fund: the capital-call tranches schedule (34号)", null, "tranches"),
    };

    public JsonObject ParametersSchema() => new()
    {
        ["type"] = "object",
        ["properties"] = new JsonObject
        {
            ["development"] = JsonSchemas.Of(typeof(DevelopmentFundParameters)),
            ["guide"] = JsonSchemas.Of(typeof(GuideFundParameters)),
        },
        ["additionalProperties"] = false,
    };
}
