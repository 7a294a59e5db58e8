using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Haidian.Rules.WasteSorting;

/// <summary>Source-generated JSON metadata of the waste-sorting types (used through <see cref="HaidianJson"/>).</summary>
[JsonSerializable(typeof(WasteSortingParameters))]
[JsonSerializable(typeof(TimeWindow))]
[JsonSerializable(typeof(WeighingTicket))]
[JsonSerializable(typeof(WeighingTicket[]))]
[JsonSerializable(typeof(List<WeighingTicket>))]
[JsonSerializable(typeof(ServiceAgreement))]
[JsonSerializable(typeof(EstateMonth))]
[JsonSerializable(typeof(EstateMonth[]))]
[JsonSerializable(typeof(List<EstateMonth>))]
[JsonSerializable(typeof(ConstructionSubsidyClaim))]
[JsonSerializable(typeof(BaseAssessment))]
[JsonSerializable(typeof(ExcludedTicket))]
[JsonSerializable(typeof(EstateMonthResult))]
[JsonSerializable(typeof(PayeeTotal))]
[JsonSerializable(typeof(StreetMonthStatement))]
[JsonSerializable(typeof(EstateYearTotal))]
[JsonSerializable(typeof(StreetYearStatement))]
[JsonSerializable(typeof(ConstructionSubsidyResult))]
[JsonSerializable(typeof(FacilitySizing))]
[JsonSerializable(typeof(StaffedTime))]
internal sealed partial class WasteSortingJsonContext : JsonSerializerContext
{
}
