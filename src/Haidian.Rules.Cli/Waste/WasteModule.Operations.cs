using System.Collections.Generic;
using System.Text.Json.Nodes;
using Haidian.Rules.Cli.Modules;
using Haidian.Rules.WasteSorting;
using static Haidian.Rules.Cli.Modules.OperationContract;

namespace Haidian.Rules.Cli.Waste;

/// <summary>The calls <c>evaluate waste</c> accepts.</summary>
internal sealed partial class WasteModule
{
    public IReadOnlyList<OperationContract> Calls { get; } = new[]
    {
        Of("estateMonth", "one estate's month: kitchen-waste tonnes, the per-tonne subsidy, the base with exact shortfalls, flags and excluded tickets (二（二）3)", typeof(EstateMonth), "EstateMonthResult"),
        Of("statement", "a street's month over its estates", null, "StreetMonthStatement", Arg("street", ArgumentKind.Text, "the street (街道)"), Arg("month", ArgumentKind.Month, "the month"), Part("estates", typeof(EstateMonth[]), "the estates' months")),
        Of("yearStatement", "a street's year", null, "StreetYearStatement", Arg("street", ArgumentKind.Text, "the street (街道)"), Arg("year", ArgumentKind.Integer, "the year"), Part("estateMonths", typeof(EstateMonth[]), "every estate-month of the year")),
        Of("construction", "the one-time construction subsidy at the audited amount (二（二）3)", typeof(ConstructionSubsidyClaim), "ConstructionSubsidyResult"),
        Of("sizing", "the facilities an estate of this size needs (二（二）3、二（四）1)", null, "FacilitySizing", Arg("households", ArgumentKind.Integer, "households in the estate")),
        Of("staffed", "is a centralized drop-off station staffed at this time (二（二）3 一是)", null, "{time, staffed, staffedHours}", Arg("time", ArgumentKind.Time, "time of day HH:mm")),
    };

    public JsonObject ParametersSchema() => JsonSchemas.Of(typeof(WasteSortingParameters));
}
