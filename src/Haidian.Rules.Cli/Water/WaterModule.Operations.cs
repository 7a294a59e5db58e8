using System.Collections.Generic;
using System.Text.Json.Nodes;
using Haidian.Rules.Cli.Modules;
using Haidian.Rules.WaterCompensation;
using static Haidian.Rules.Cli.Modules.OperationContract;

namespace Haidian.Rules.Cli.Water;

/// <summary>The shapes <c>evaluate water</c> accepts (told apart by their fields, no <c>operation</c>).</summary>
internal sealed partial class WaterModule
{
    public IReadOnlyList<OperationContract> Calls { get; } = new[]
    {
        new OperationContract("sectionMonth", "one section in one month: the itemized bill (第八条, 第九条（一）)", typeof(SectionMonth), System.Array.Empty<OperationArgument>(), "SectionMonthResult", HasOperationField: false),
        new OperationContract("month", "the monthly ledger of the district: payments, border-river splits, pool (第九条–第十二条)", null, new[]
        {
            Arg("month", ArgumentKind.Month, "the month settled"),
            Part("towns", typeof(string[]), "the district's towns (街镇)"),
            Part("sections", typeof(Section[]), "the section register (第五条)"),
            Part("monitoring", typeof(MonthlyMonitoring[]), "one record per section for the month"),
        }, "MonthlySettlement", HasOperationField: false),
        new OperationContract("year", "the annual statement: twelve ledgers, 第三条 transfer fund, 第十三条 deductions", null, new[]
        {
            Arg("year", ArgumentKind.Integer, "the year settled"),
            Part("towns", typeof(string[]), "the district's towns (街镇)"),
            Part("sections", typeof(Section[]), "the section register (第五条)"),
            Part("monitoring", typeof(MonthlyMonitoring[]), "the year's records"),
            OptionalPart("transferFund", typeof(TransferFundAllocation[]), "the caller's allocation of the 第三条 special transfer fund"),
            OptionalPart("deductions", typeof(MisuseDeduction[]), "第十三条 deductions"),
        }, "AnnualStatement", HasOperationField: false),
    };

    public JsonObject ParametersSchema() => JsonSchemas.Of(typeof(WaterCompensationParameters));
}
