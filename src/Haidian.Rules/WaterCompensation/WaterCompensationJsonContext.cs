using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Haidian.Rules.WaterCompensation;

/// <summary>Source-generated JSON metadata of the water-compensation types (used through <see cref="HaidianJson"/>).</summary>
[JsonSerializable(typeof(WaterCompensationParameters))]
[JsonSerializable(typeof(SectionMonth))]
[JsonSerializable(typeof(SectionMonth[]))]
[JsonSerializable(typeof(List<SectionMonth>))]
[JsonSerializable(typeof(Section))]
[JsonSerializable(typeof(Section[]))]
[JsonSerializable(typeof(MonthlyMonitoring))]
[JsonSerializable(typeof(MonthlyMonitoring[]))]
[JsonSerializable(typeof(SectionMonthResult))]
[JsonSerializable(typeof(MonthlySettlement))]
[JsonSerializable(typeof(AnnualStatement))]
[JsonSerializable(typeof(TransferFundAllocation[]))]
[JsonSerializable(typeof(MisuseDeduction[]))]
[JsonSerializable(typeof(decimal[]))]
[JsonSerializable(typeof(Concentrations))]
[JsonSerializable(typeof(ConcentrationRounding))]
[JsonSerializable(typeof(ClassLimits))]
[JsonSerializable(typeof(SurchargeRule))]
[JsonSerializable(typeof(TransferFundAllocation))]
[JsonSerializable(typeof(MisuseDeduction))]
[JsonSerializable(typeof(List<Section>))]
[JsonSerializable(typeof(List<MonthlyMonitoring>))]
[JsonSerializable(typeof(List<TransferFundAllocation>))]
[JsonSerializable(typeof(List<MisuseDeduction>))]
internal sealed partial class WaterCompensationJsonContext : JsonSerializerContext
{
}
