using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Haidian.Rules.ForestAssessment;

/// <summary>Source-generated JSON metadata of the forest-assessment types (used through <see cref="HaidianJson"/>).</summary>
[JsonSerializable(typeof(ForestAssessmentParameters))]
[JsonSerializable(typeof(ForestEvidence))]
[JsonSerializable(typeof(ForestEvidence[]))]
[JsonSerializable(typeof(YearGrade[]))]
[JsonSerializable(typeof(List<YearGrade>))]
[JsonSerializable(typeof(DistrictStatus))]
[JsonSerializable(typeof(Scorecard))]
[JsonSerializable(typeof(AccountabilityResult))]
[JsonSerializable(typeof(ScoreAssessment))]
[JsonSerializable(typeof(TargetProgress))]
internal sealed partial class ForestAssessmentJsonContext : JsonSerializerContext
{
}
