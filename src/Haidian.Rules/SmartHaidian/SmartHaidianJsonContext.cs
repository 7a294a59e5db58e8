using System.Text.Json.Serialization;

namespace Haidian.Rules.SmartHaidian;

/// <summary>Source-generated JSON metadata of the smart-Haidian types (used through <see cref="HaidianJson"/>).</summary>
[JsonSerializable(typeof(SmartHaidianParameters))]
[JsonSerializable(typeof(ProjectRecord))]
[JsonSerializable(typeof(DraftList))]
[JsonSerializable(typeof(TopLevelDesign))]
[JsonSerializable(typeof(ComplianceReport))]
[JsonSerializable(typeof(ProjectRecord[]))]
[JsonSerializable(typeof(DraftListEntry[]))]
internal sealed partial class SmartHaidianJsonContext : JsonSerializerContext
{
}
