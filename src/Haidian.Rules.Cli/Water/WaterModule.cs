using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Haidian.Rules.Cli.Json;
using Haidian.Rules.Cli.Modules;
using Haidian.Rules.WaterCompensation;
using NodaTime;
using NodaTime.Text;

namespace Haidian.Rules.Cli.Water;

/// <summary>
/// The water-compensation module (海行规发〔2017〕7号) on the command line: <c>evaluate water</c> takes a section-month,
/// a monthly settlement or an annual settlement as JSON; <c>water settle</c> settles CSV files.
/// </summary>
internal sealed partial class WaterModule : IModuleCommands
{
    private static readonly string[] SettlementFields = { "month", "year", "towns", "sections", "monitoring", "transferFund", "deductions" };

    public string Name => "water";

    public string Description => "跨界断面水环境区域补偿 — cross-boundary water-environment compensation, 海行规发〔2017〕7号";

    public JsonObject DefaultParameters() => (JsonObject)JsonNode.Parse(HaidianJson.Serialize(WaterCompensationParameters.Gazette2017))!;

    public IReadOnlyList<ParameterCitation> ParameterCitations()
    {
        var doc = WaterCompensationParameters.Document;
        string Art(string article) => doc.WithArticle(article).ToString();
        var limits = WaterCompensationParameters.ClassLimitStandard + "（" + Art("第六条") + "）";
        return new[]
        {
            new ParameterCitation("version", "name of this parameter version", Art("第十五条")),
            new ParameterCitation("inForceFrom", "in force from 2018-01-01", Art("第十五条")),
            new ParameterCitation("source", "the clause this parameter version comes from", Art("第十五条")),
            new ParameterCitation("chemicalOxygenDemandLimits", "化学需氧量 COD class limits I–V, mg/L", limits),
            new ParameterCitation("permanganateIndexLimits", "高锰酸盐指数 CODMn class limits I–V, mg/L (functional class II/III sections, 第四条)", limits),
            new ParameterCitation("ammoniaNitrogenLimits", "氨氮 NH3-N class limits I–V, mg/L", limits),
            new ParameterCitation("totalPhosphorusRiverLimits", "总磷 TP class limits I–V for rivers, mg/L", limits),
            new ParameterCitation("totalPhosphorusLakeLimits", "总磷 TP class limits I–V for lakes and reservoirs, mg/L", limits),
            new ParameterCitation("perClassCase1", "yuan per class worse, no inflow or outflow above inflow", Art("第八条（一）")),
            new ParameterCitation("perClassCase2", "yuan per class worse, outflow not above inflow", Art("第八条（二）")),
            new ParameterCitation("chemicalOxygenDemandSurcharge", "COD surcharge: above 40 mg/L, per 10 mg/L or part", Art("第八条")),
            new ParameterCitation("permanganateIndexSurcharge", "CODMn surcharge: above 15 mg/L, per 5 mg/L or part", Art("第八条")),
            new ParameterCitation("ammoniaNitrogenSurcharge", "NH3-N surcharge: above 2 mg/L, per 1 mg/L or part", Art("第八条")),
            new ParameterCitation("totalPhosphorusSurcharge", "TP surcharge: above 0.5 mg/L, per 0.5 mg/L or part", Art("第八条")),
            new ParameterCitation("specialTransferFundPerSectionYear", "special transfer fund per assessed section per year, yuan", Art("第三条")),
            new ParameterCitation("concentrationRounding", "optional rounding (修约) before classification: decimals per pollutant and a mode (halfEven default, or halfUp); null = as given", Art("第十条") + " (核算细则 delegated to 区环保局)"),
        };
    }

    public IModuleEvaluator CreateEvaluator(JsonObject? overrides) => new Evaluator(CreateCalculator(overrides));

    /// <summary>A calculator with the gazette's parameters or a what-if merged over them.</summary>
    /// <exception cref="ValidationException">The merged parameters are invalid (paths relative to the parameters object).</exception>
    public static WaterCompensationCalculator CreateCalculator(JsonObject? overrides)
    {
        var parameters = ModuleParameters.Merge(WaterCompensationParameters.Gazette2017, overrides);
        try
        {
            return new WaterCompensationCalculator(parameters);
        }
        catch (ValidationException ex)
        {
            // The calculator reports a single version as versions[0].<path>; the user wrote <path>.
            throw new ValidationException(ex.Errors.Select(e => e with { Path = e.Path.StartsWith("versions[0].", StringComparison.Ordinal) ? e.Path.Substring("versions[0].".Length) : e.Path }).ToArray());
        }
    }

    public IReadOnlyList<Command> CreateCommands(CliContext context) => new Command[] { WaterSettleCommand.Create(context) };

    private sealed class Evaluator : IModuleEvaluator
    {
        private readonly WaterCompensationCalculator calculator;

        public Evaluator(WaterCompensationCalculator calculator) => this.calculator = calculator;

        public string ParametersVersion => calculator.History.Versions[0].Version;

        public string Evaluate(JsonNode input)
        {
            if (input is not JsonObject o)
            {
                throw new ValidationException(new[] { new ValidationError(string.Empty, ErrorCode.InvalidValue, "must be a JSON object") });
            }

            if (!o.ContainsKey("sections") && !o.ContainsKey("towns") && !o.ContainsKey("monitoring"))
            {
                var sectionMonth = HaidianJson.Deserialize<SectionMonth>(o.ToJsonString());
                return HaidianJson.Serialize(calculator.Calculate(sectionMonth));
            }

            return EvaluateSettlement(o);
        }

        private string EvaluateSettlement(JsonObject o)
        {
            var v = new List<ValidationError>();
            foreach (var (name, _) in o)
            {
                if (Array.IndexOf(SettlementFields, name) < 0)
                {
                    v.Add(new ValidationError(name, ErrorCode.UnknownField, "is not a field of a water settlement (expected " + string.Join(", ", SettlementFields) + ")"));
                }
            }

            YearMonth? month = null;
            int? year = null;
            // A field present as JSON null is as wrong as a malformed one (it must not count as "given").
            if (o.TryGetPropertyValue("month", out var m))
            {
                month = ReadMonth(m, "month", v);
            }

            if (o.TryGetPropertyValue("year", out var y))
            {
                if (y is JsonValue yv && yv.GetValueKind() == JsonValueKind.Number && yv.TryGetValue<int>(out var yi))
                {
                    year = yi;
                }
                else
                {
                    v.Add(new ValidationError("year", ErrorCode.InvalidValue, "must be a whole number such as 2018"));
                }
            }

            if (month is null && year is null && !o.ContainsKey("month") && !o.ContainsKey("year"))
            {
                v.Add(new ValidationError("month", ErrorCode.Required, "a settlement needs \"month\" (e.g. \"2018-03\") or \"year\" (e.g. 2018)"));
            }

            if (o.ContainsKey("month") && o.ContainsKey("year"))
            {
                v.Add(new ValidationError("year", ErrorCode.Inconsistent, "give either \"month\" or \"year\", not both"));
            }

            var towns = ReadTowns(o["towns"], v);
            var sections = Part<Section[]>(o, "sections", v, required: true) ?? Array.Empty<Section>();
            var monitoring = Part<MonitoringList>(o, "monitoring", v, required: true);
            var transfer = Part<TransferFundAllocation[]>(o, "transferFund", v, required: false) ?? Array.Empty<TransferFundAllocation>();
            var deductions = Part<MisuseDeduction[]>(o, "deductions", v, required: false) ?? Array.Empty<MisuseDeduction>();
            if (o.ContainsKey("month") && (o.ContainsKey("transferFund") || o.ContainsKey("deductions")))
            {
                v.Add(new ValidationError(o.ContainsKey("transferFund") ? "transferFund" : "deductions", ErrorCode.Inconsistent, "only an annual settlement (\"year\") takes transfer-fund allocations and deductions"));
            }

            if (v.Count > 0)
            {
                throw new ValidationException(v);
            }

            var registry = new SectionRegistry(towns, sections);
            if (month is { } mm)
            {
                return HaidianJson.Serialize(calculator.Settle(mm, registry, monitoring!.Items));
            }

            return HaidianJson.Serialize(calculator.SettleYear(year!.Value, registry, monitoring!.Items, transfer, deductions));
        }

        private static YearMonth? ReadMonth(JsonNode? node, string path, List<ValidationError> v)
        {
            if (node is JsonValue value && value.TryGetValue<string>(out var text))
            {
                var parsed = YearMonthPattern.Iso.Parse(text);
                if (parsed.Success)
                {
                    return parsed.Value;
                }
            }

            v.Add(new ValidationError(path, ErrorCode.InvalidValue, "must be a month written yyyy-MM, e.g. \"2018-03\""));
            return null;
        }

        private static string[] ReadTowns(JsonNode? node, List<ValidationError> v)
        {
            if (node is not JsonArray array)
            {
                v.Add(new ValidationError("towns", ErrorCode.Required, node is null ? "is required: the district's towns (街镇), e.g. [\"A\", \"B\"]" : "must be an array of town names"));
                return Array.Empty<string>();
            }

            var towns = new string[array.Count];
            for (var i = 0; i < array.Count; i++)
            {
                if (array[i] is JsonValue t && t.TryGetValue<string>(out var s))
                {
                    towns[i] = s;
                }
                else
                {
                    v.Add(new ValidationError("towns[" + i.ToString(CultureInfo.InvariantCulture) + "]", ErrorCode.InvalidValue, "must be a town name (text)"));
                }
            }

            return towns;
        }

        private static T? Part<T>(JsonObject o, string name, List<ValidationError> v, bool required)
            where T : class
        {
            if (o[name] is not { } node)
            {
                if (required)
                {
                    v.Add(new ValidationError(name, ErrorCode.Required, "is required"));
                }

                return null;
            }

            try
            {
                if (typeof(T) == typeof(MonitoringList))
                {
                    return (T)(object)new MonitoringList(HaidianJson.Deserialize<MonthlyMonitoring[]>(node.ToJsonString()));
                }

                return HaidianJson.Deserialize<T>(node.ToJsonString());
            }
            catch (ValidationException ex)
            {
                v.AddRange(ex.Errors.Select(e => e with { Path = JsonSource.Combine(name, e.Path) }));
                return null;
            }
        }
    }

    private sealed record MonitoringList(MonthlyMonitoring[] Items);
}
