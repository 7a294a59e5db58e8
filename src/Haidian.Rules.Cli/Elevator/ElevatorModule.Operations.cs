using System.Collections.Generic;
using System.Text.Json.Nodes;
using Haidian.Rules.Cli.Modules;
using Haidian.Rules.ElevatorSubsidy;
using static Haidian.Rules.Cli.Modules.OperationContract;

namespace Haidian.Rules.Cli.Elevator;

/// <summary>The calls <c>evaluate elevator</c> accepts.</summary>
internal sealed partial class ElevatorModule
{
    private static readonly OperationArgument AsOf = Arg("asOf", ArgumentKind.Date, "the day the question is asked (parameters in force then)");

    public IReadOnlyList<OperationContract> Calls { get; } = new[]
    {
        Of("scope", "is the building in the pilot (一)", typeof(Building), "ScopeResult", AsOf),
        Of("consent", "do the owners consent, from an owner roll (二、三（二）)", typeof(OwnerRoll), "ConsentResult", AsOf),
        Of("consent", "do the owners consent, from a tally (二、三（二）)", typeof(ConsentTally), "ConsentResult", AsOf),
        Of("eligibility", "can this building be funded: scope, legal formalities, consent when given (spec 07 E-a)", typeof(BuildingApplication), "EligibilityResult", AsOf),
        Of("subsidy", "the subsidy per elevator and who pays it (四)", typeof(SubsidyClaim), "BuildingSubsidyResult", AsOf),
        Of("operatingRight", "is the operating-right term 10–20 years (三（一）)", null, "compliance report", AsOf, Arg("years", ArgumentKind.Integer, "the term's whole years"), Opt("months", ArgumentKind.Integer, "and months; default 0 (spec 07 E-c)")),
        Of("timeline", "are the works on schedule (五)", typeof(ProjectTimeline), "compliance report", AsOf),
        Of("portfolio", "one building per street, at most 5 tendered bodies (一、三（一）)", typeof(PilotPortfolio), "PortfolioReport", AsOf),
    };

    public JsonObject ParametersSchema() => JsonSchemas.Of(typeof(ElevatorSubsidyParameters));
}
