using System.Text.Json.Serialization;

namespace Haidian.Rules.ElevatorSubsidy;

/// <summary>Source-generated JSON metadata of the elevator-subsidy types (used through <see cref="HaidianJson"/>).</summary>
[JsonSerializable(typeof(ElevatorSubsidyParameters))]
[JsonSerializable(typeof(Building))]
[JsonSerializable(typeof(Building[]))]
[JsonSerializable(typeof(ConsentTally))]
[JsonSerializable(typeof(OwnerRoll))]
[JsonSerializable(typeof(SubsidyClaim))]
[JsonSerializable(typeof(ElevatorCosts))]
[JsonSerializable(typeof(PilotPortfolio))]
[JsonSerializable(typeof(ImplementingBody))]
[JsonSerializable(typeof(ProjectTimeline))]
[JsonSerializable(typeof(BuildingApplication))]
[JsonSerializable(typeof(EligibilityResult))]
[JsonSerializable(typeof(ScopeResult))]
[JsonSerializable(typeof(ConsentResult))]
[JsonSerializable(typeof(ElevatorSubsidyResult))]
[JsonSerializable(typeof(BuildingSubsidyResult))]
[JsonSerializable(typeof(ComplianceReport))]
[JsonSerializable(typeof(PortfolioReport))]
internal sealed partial class ElevatorSubsidyJsonContext : JsonSerializerContext
{
}
