using System.Text.Json.Serialization;

namespace Haidian.Rules.FundFees;

/// <summary>Source-generated JSON metadata of the fund-fee types (used through <see cref="HaidianJson"/>).</summary>
[JsonSerializable(typeof(DevelopmentFundParameters))]
[JsonSerializable(typeof(GuideFundParameters))]
[JsonSerializable(typeof(FeePeriod))]
[JsonSerializable(typeof(FeeCapResult))]
[JsonSerializable(typeof(CommitteeVote))]
[JsonSerializable(typeof(CommitteeVoteResult))]
[JsonSerializable(typeof(ProjectInvestment))]
[JsonSerializable(typeof(DevelopmentFundTerms))]
[JsonSerializable(typeof(ParticipatingFundTerms))]
[JsonSerializable(typeof(ComplianceReport))]
[JsonSerializable(typeof(YearEndDistribution))]
[JsonSerializable(typeof(DistributionResult))]
[JsonSerializable(typeof(Liquidation))]
[JsonSerializable(typeof(CarryAward))]
[JsonSerializable(typeof(CarryResult))]
[JsonSerializable(typeof(ManagerProfile))]
[JsonSerializable(typeof(CustodianBankProfile))]
[JsonSerializable(typeof(ProposedInvestment))]
[JsonSerializable(typeof(InvestmentVerdict))]
[JsonSerializable(typeof(ExitFacts))]
[JsonSerializable(typeof(ExitAssessment))]
[JsonSerializable(typeof(CustodyReportDeadline))]
[JsonSerializable(typeof(GuideFundTranche[]))]
[JsonSerializable(typeof(CapitalCallHistory))]
[JsonSerializable(typeof(Concession))]
[JsonSerializable(typeof(BuyBack))]
internal sealed partial class FundFeesJsonContext : JsonSerializerContext
{
}
