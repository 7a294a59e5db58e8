using System.Collections.Generic;
using System.Text.Json.Nodes;
using Haidian.Rules.Cli.Modules;
using Haidian.Rules.CultivatedLand;
using static Haidian.Rules.Cli.Modules.OperationContract;

namespace Haidian.Rules.Cli.CultivatedLand;

/// <summary>The calls <c>evaluate cultivated-land</c> accepts.</summary>
internal sealed partial class CultivatedLandModule
{
    public IReadOnlyList<OperationContract> Calls { get; } = new[]
    {
        Of("assess", "a unit's performance year: six indicators, verdict in an assessment year, warnings, findings, consequences (二、三、五)", typeof(CultivatedLandRecord), "CultivatedLandResult"),
        Of("calendar", "a performance year's period, role and due dates (三)", null, "LandCalendarYear", Arg("year", ArgumentKind.Integer, "the performance year")),
        Of("suspension", "whether a project's 农用地转用 / 土地征收 approval is suspended on a day (五（三）)", typeof(SuspensionQuery), "SuspensionAnswer"),
    };

    public JsonObject ParametersSchema() => JsonSchemas.Of(typeof(CultivatedLandParameters));
}
