using System.Text.Json.Serialization;

namespace Haidian.Rules.Deadlines;

/// <summary>Source-generated JSON metadata of the deadline types (used through <see cref="HaidianJson"/>).</summary>
[JsonSerializable(typeof(DeadlineParameters))]
[JsonSerializable(typeof(DeadlineRule))]
[JsonSerializable(typeof(DeadlineRule[]))]
[JsonSerializable(typeof(DeadlineResult))]
[JsonSerializable(typeof(DeadlineResult[]))]
[JsonSerializable(typeof(RuleAnchor))]
[JsonSerializable(typeof(RuleAnchor[]))]
[JsonSerializable(typeof(DayInfo))]
[JsonSerializable(typeof(DayInfo[]))]
internal sealed partial class DeadlinesJsonContext : JsonSerializerContext
{
}
