using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Text.Json.Nodes;
using Haidian.Rules.Cli.Json;
using Haidian.Rules.Cli.Modules;
using Haidian.Rules.CultivatedLand;

namespace Haidian.Rules.Cli.CultivatedLand;

/// <summary>
/// The cultivated-land protection assessment (海政办发〔2017〕38号) on the command line: <c>evaluate cultivated-land</c> takes one call
/// as JSON, chosen by <c>"operation"</c> (assess, calendar, suspension).
/// </summary>
internal sealed partial class CultivatedLandModule : IModuleCommands
{
    private static readonly string[] Operations = { "assess", "calendar", "suspension" };

    public string Name => "cultivated-land";

    public string Description => "耕地保护责任目标考核 — cultivated-land and basic-farmland targets, assessment calendar, suspension of approvals, 海政办发〔2017〕38号";

    public JsonObject DefaultParameters() => (JsonObject)JsonNode.Parse(HaidianJson.Serialize(CultivatedLandParameters.Gazette2017))!;

    public IReadOnlyList<ParameterCitation> ParameterCitations()
    {
        string Art(string article) => CultivatedLandParameters.Document.WithArticle(article).ToString();
        return new[]
        {
            new ParameterCitation("version", "name of this parameter version", Art(string.Empty)),
            new ParameterCitation("inForceFrom", "issued 2017-08-17 (no commencement clause: the issue date)", Art("落款 2017年8月17日")),
            new ParameterCitation("source", "the document this parameter version comes from", Art(string.Empty)),
            new ParameterCitation("firstPeriodStartYear", "「自2016年起」 — first performance year of the first period (2016); earlier years are not in force", Art("三")),
            new ParameterCitation("periodLengthYears", "「每5年为一个考核期」 — years per assessment period (5)", Art("三")),
            new ParameterCitation("midTermYearIndex", "「期中」 — 0-based index of the mid-term year (2: the third year, R2)", Art("三")),
            new ParameterCitation("endOfTermYearIndex", "「期末」 — 0-based index of the end-of-term year (4: the last year)", Art("三")),
            new ParameterCitation("lastAssessedYear", "none: the measure sets no last period (R14)", Art("三")),
            new ParameterCitation("selfCheckUnitTypes", "「各镇、国有农场每年2月15日前…进行自查」 — who self-checks (town, state farm); the date is the Deadlines rule cultivatedLand self-check", Art("三（一）")),
            new ParameterCitation("inspectedUnitTypes", "「对各相关镇、国有农场…进行检查」 — who is inspected every year (town, state farm); the date is the Deadlines rule cultivatedLand inspection", Art("三（二）")),
            new ParameterCitation("passIndicators", "考核达标指标: 耕地保有量, 基本农田保护面积, 耕地占补平衡, 基本农田补划", Art("二 末段")),
            new ParameterCitation("referenceIndicators", "考核参照指标: 违法违规建设项目查处情况, 变更调查数据 (R4)", Art("二 末段")),
            new ParameterCitation("balanceBasis", "PerOccupation (R5) or AggregateArea", Art("二（三）")),
            new ParameterCitation("commendationUnitTypes", "「成绩突出的镇、村给予表彰」 — town, village (R13)", Art("五（二）")),
            new ParameterCitation("sanctionUnitTypes", "「镇政府及国有农场」 — result recorded and sanctions: town, state farm (R13)", Art("五（一）（三）")),
            new ParameterCitation("exemptApprovers", "「国务院、国务院有关部门和市有关部门」 (R11)", Art("五（三）")),
            new ParameterCitation("exemptApprovalActs", "「审批、核准」 — not 备案 (R11)", Art("五（三）")),
            new ParameterCitation("exemptCategories", "「能源、交通、水利等基础设施」 — 等 read as an open list (R10)", Art("五（三）")),
        };
    }

    public IModuleEvaluator CreateEvaluator(JsonObject? overrides)
    {
        var parameters = ModuleParameters.Merge(CultivatedLandParameters.Gazette2017, overrides);
        try
        {
            return new Evaluator(new CultivatedLandCalculator(parameters), parameters.Version);
        }
        catch (ValidationException ex)
        {
            throw OperationInput.ParameterPaths(ex);
        }
    }

    public IReadOnlyList<Command> CreateCommands(CliContext context) => Array.Empty<Command>();

    private sealed class Evaluator : IModuleEvaluator
    {
        private readonly CultivatedLandCalculator calculator;

        public Evaluator(CultivatedLandCalculator calculator, string version)
        {
            this.calculator = calculator;
            ParametersVersion = version;
        }

        public string ParametersVersion { get; }

        public string Evaluate(JsonNode input)
        {
            var i = OperationInput.Open(input, "cultivated-land", Operations);
            switch (i.Operation)
            {
                case "assess":
                    {
                        var record = i.Rest<CultivatedLandRecord>();
                        return HaidianJson.Serialize(i.Call(() => calculator.Assess(record!)));
                    }

                case "calendar":
                    {
                        var year = i.Int("year");
                        i.NoOtherFields("operation, year");
                        return HaidianJson.Serialize(i.Call(() => calculator.CalendarFor(year)));
                    }

                default:
                    {
                        var query = i.Rest<SuspensionQuery>();
                        return HaidianJson.Serialize(i.Call(() => calculator.CheckSuspension(query!)));
                    }
            }
        }
    }
}
