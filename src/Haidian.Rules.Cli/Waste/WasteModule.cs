using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Haidian.Rules.Cli.Json;
using Haidian.Rules.Cli.Modules;
using Haidian.Rules.WasteSorting;
using NodaTime.Text;

namespace Haidian.Rules.Cli.Waste;

/// <summary>
/// The kitchen-waste sorting subsidy (海政办发〔2017〕46号 二（二）3) on the command line: <c>evaluate waste</c> takes one
/// call as JSON, chosen by <c>"operation"</c>; <c>waste statement</c> settles a CSV of weighing tickets.
/// </summary>
internal sealed partial class WasteModule : IModuleCommands
{
    private static readonly string[] Operations = { "estateMonth", "statement", "yearStatement", "construction", "sizing", "staffed" };

    public string Name => "waste";

    public string Description => "生活垃圾分类厨余垃圾补贴 — kitchen-waste sorting subsidy (1,700 yuan/t), sizing standards, 海政办发〔2017〕46号";

    public JsonObject DefaultParameters() => (JsonObject)JsonNode.Parse(HaidianJson.Serialize(WasteSortingParameters.Gazette2017))!;

    public IReadOnlyList<ParameterCitation> ParameterCitations()
    {
        string Art(string article) => WasteSortingParameters.Document.WithArticle(article).ToString();
        return new[]
        {
            new ParameterCitation("version", "name of this parameter version", Art("印发通知（2017年8月31日）")),
            new ParameterCitation("inForceFrom", "in force from the issue date 2017-08-31 (no commencement clause)", Art("印发通知（2017年8月31日）")),
            new ParameterCitation("source", "the clause this parameter version comes from", Art("印发通知（2017年8月31日）")),
            new ParameterCitation("subsidyPerTonne", "按量予以补贴（1700元/吨） — yuan per tonne of kitchen waste separated", Art("二（二）3")),
            new ParameterCitation("minimumSeparationRatePercent", "厨余垃圾收集基量（厨余垃圾分出率5%以上） — separation rate meeting the base, percent, included", Art("二（二）3")),
            new ParameterCitation("ticketTonnageDecimals", "计量称重 — decimals of a ticket's tonnes (3: whole kilograms; a reading)", Art("二（二）3")),
            new ParameterCitation("householdsPerCentralizedStation", "每400户1座 — households per centralized drop-off station", Art("二（二）3 一是")),
            new ParameterCitation("staffedHours", "上午7:00-9:00、下午17:00-19:00 — staffed hours, both ends included", Art("二（二）3 一是")),
            new ParameterCitation("dispersedStationHouseholdsLow", "每80至100户1个 — the 80", Art("二（二）3 二是")),
            new ParameterCitation("dispersedStationHouseholdsHigh", "每80至100户1个 — the 100", Art("二（二）3 二是")),
            new ParameterCitation("kitchenBinLitres", "120升厨余垃圾收集桶", Art("二（二）3")),
            new ParameterCitation("recyclingTruckHouseholdsLow", "密闭式再生资源回收车 per 2,500 to 3,000 households — the 2,500", Art("二（四）1 二是")),
            new ParameterCitation("recyclingTruckHouseholdsHigh", "密闭式再生资源回收车 per 2,500 to 3,000 households — the 3,000", Art("二（四）1 二是")),
            new ParameterCitation("minimumRecyclingStationsPerTown", "至少设置1处再生资源回收站 per street/town", Art("二（四）1 一是")),
            new ParameterCitation("recyclingCollectionDay", "周六集中投放日", Art("二（四）1 一是")),
            new ParameterCitation("wasteReductionDay", "周四垃圾减量日", Art("二（六）二是")),
            new ParameterCitation("minimumPppTermYears", "合作期不低于10年 — mechanized-sorting PPP term", Art("二（五）")),
            new ParameterCitation("recyclingOperatingRightYears", "经营期限1年 — recycling operating right", Art("二（四）2 二是")),
            new ParameterCitation("contractPostingDays", "于签订合同之日起2日内 — restaurants post the collection contract", Art("附件3 二 3.1")),
        };
    }

    public IModuleEvaluator CreateEvaluator(JsonObject? overrides) => new Evaluator(CreateCalculator(overrides, out var standards), standards);

    /// <summary>A calculator (and the sizing standards) with the gazette's parameters or a what-if merged over them.</summary>
    /// <exception cref="ValidationException">The merged parameters are invalid.</exception>
    public static WasteSortingCalculator CreateCalculator(JsonObject? overrides, out WasteSortingStandards standards)
    {
        var parameters = ModuleParameters.Merge(WasteSortingParameters.Gazette2017, overrides);
        try
        {
            var calculator = new WasteSortingCalculator(parameters);
            standards = new WasteSortingStandards(parameters);
            return calculator;
        }
        catch (ValidationException ex)
        {
            throw OperationInput.ParameterPaths(ex);
        }
    }

    public IReadOnlyList<Command> CreateCommands(CliContext context) => Array.Empty<Command>();

    private sealed class Evaluator : IModuleEvaluator
    {
        private readonly WasteSortingCalculator calculator;
        private readonly WasteSortingStandards standards;

        public Evaluator(WasteSortingCalculator calculator, WasteSortingStandards standards)
        {
            this.calculator = calculator;
            this.standards = standards;
        }

        public string ParametersVersion => standards.Parameters.Version;

        public string Evaluate(JsonNode input)
        {
            var i = OperationInput.Open(input, "waste", Operations);
            switch (i.Operation)
            {
                case "estateMonth":
                    {
                        var month = i.Rest<EstateMonth>();
                        return HaidianJson.Serialize(i.Call(() => calculator.Calculate(month!)));
                    }

                case "statement":
                    {
                        var street = i.Text("street");
                        var month = i.Month("month");
                        var estates = i.Part<EstateMonth[]>("estates");
                        i.NoOtherFields("operation, street, month, estates");
                        return HaidianJson.Serialize(i.Call(() => calculator.Statement(street, month, estates!)));
                    }

                case "yearStatement":
                    {
                        var street = i.Text("street");
                        var year = i.Int("year");
                        var estateMonths = i.Part<EstateMonth[]>("estateMonths");
                        i.NoOtherFields("operation, street, year, estateMonths");
                        return HaidianJson.Serialize(i.Call(() => calculator.YearStatement(street, year, estateMonths!)));
                    }

                case "construction":
                    {
                        var claim = i.Rest<ConstructionSubsidyClaim>();
                        return HaidianJson.Serialize(i.Call(() => calculator.ConstructionSubsidy(claim!)));
                    }

                case "sizing":
                    {
                        var households = i.Int("households");
                        i.NoOtherFields("operation, households");
                        return HaidianJson.Serialize(i.Call(() => standards.Size(households)));
                    }

                default:
                    {
                        var time = i.Time("time");
                        i.NoOtherFields("operation, time");
                        i.ThrowIfAny();
                        var pattern = LocalTimePattern.CreateWithInvariantCulture("HH:mm");
                        var windows = new JsonArray(standards.Parameters.StaffedHours.Select(w => (JsonNode)(pattern.Format(w.Start) + "–" + pattern.Format(w.End))).ToArray());
                        return new JsonObject
                        {
                            ["time"] = pattern.Format(time),
                            ["staffed"] = standards.IsStaffed(time),
                            ["staffedHours"] = windows,
                            ["rule"] = "centralized drop-off stations are staffed in these windows, both ends included",
                            ["citation"] = standards.CheckStaffed(time).Citation.ToString(),
                            ["parametersVersion"] = ParametersVersion,
                        }.ToJsonString(CliJsonOptions.Indented);
                    }
            }
        }
    }
}
