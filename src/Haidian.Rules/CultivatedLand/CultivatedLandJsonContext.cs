using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Haidian.Rules.CultivatedLand;

/// <summary>Source-generated JSON metadata of the cultivated-land assessment types (used through <see cref="HaidianJson"/>).</summary>
[JsonSerializable(typeof(CultivatedLandParameters))]
[JsonSerializable(typeof(CultivatedLandRecord))]
[JsonSerializable(typeof(CultivatedLandRecord[]))]
[JsonSerializable(typeof(List<CultivatedLandRecord>))]
[JsonSerializable(typeof(Occupation[]))]
[JsonSerializable(typeof(IllegalCase[]))]
[JsonSerializable(typeof(SuspensionQuery))]
[JsonSerializable(typeof(SuspensionQuery[]))]
[JsonSerializable(typeof(AssessmentOutcome))]
[JsonSerializable(typeof(Rectification))]
[JsonSerializable(typeof(LandProject))]
[JsonSerializable(typeof(CultivatedLandResult))]
[JsonSerializable(typeof(LandCalendarYear))]
[JsonSerializable(typeof(SuspensionAnswer))]
internal sealed partial class CultivatedLandJsonContext : JsonSerializerContext
{
}
