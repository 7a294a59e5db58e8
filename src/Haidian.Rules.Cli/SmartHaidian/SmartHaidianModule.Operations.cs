using System.Collections.Generic;
using System.Text.Json.Nodes;
using Haidian.Rules.Cli.Modules;
using Haidian.Rules.SmartHaidian;
using static Haidian.Rules.Cli.Modules.OperationContract;

namespace Haidian.Rules.Cli.SmartHaidian;

/// <summary>The calls <c>evaluate smart-haidian</c> accepts.</summary>
internal sealed partial class SmartHaidianModule
{
    public IReadOnlyList<OperationContract> Calls { get; } = new[]
    {
        Of("project", "a project's record against 海政发〔2017〕21号: thresholds, revisions, panels, working-day deadlines (checks 1–31)", typeof(ProjectRecord), "ComplianceReport"),
        Of("draftList", "a year's draft list: planned special-fund projects within the fund, at least one alternate (第十四条第三款)", typeof(DraftList), "ComplianceReport"),
        Of("topLevelDesign", "a unit's top-level design spans at least three calendar years (第七条)", typeof(TopLevelDesign), "ComplianceReport"),
    };

    public JsonObject ParametersSchema() => JsonSchemas.Of(typeof(SmartHaidianParameters));
}
