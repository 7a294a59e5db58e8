using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Text.Json.Nodes;
using Haidian.Rules.Cli.Json;
using Haidian.Rules.Cli.Modules;
using Haidian.Rules.ForestAssessment;

namespace Haidian.Rules.Cli.Forest;

/// <summary>
/// The forest-protection responsibility assessment (海政发〔2017〕24号 附件2) on the command line: <c>evaluate forest</c> takes
/// one call as JSON, chosen by <c>"operation"</c> (scorecard, grade, accountability, progress).
/// </summary>
internal sealed partial class ForestModule : IModuleCommands
{
    private static readonly string[] Operations = { "scorecard", "grade", "score", "accountability", "progress" };

    public string Name => "forest";

    public string Description => "保护发展森林资源目标责任制检查考核 — forest-protection scorecard, grades and accountability, 海政发〔2017〕24号";

    public JsonObject DefaultParameters() => (JsonObject)JsonNode.Parse(HaidianJson.Serialize(ForestAssessmentParameters.Gazette2017))!;

    public IReadOnlyList<ParameterCitation> ParameterCitations()
    {
        string Art(string article) => ForestAssessmentParameters.Document.WithArticle(article).ToString();
        return new[]
        {
            new ParameterCitation("version", "name of this parameter version", Art("附件2")),
            new ParameterCitation("inForceFrom", "issued 2017-07-07 (no commencement clause: the issue date)", Art("落款 2017年7月7日")),
            new ParameterCitation("source", "the clause this parameter version comes from", Art("附件2")),
            new ParameterCitation("firstAssessmentYear", "「十三五」时期 — first assessment year (2016); earlier years are not in force", Art("一")),
            new ParameterCitation("lastAssessmentYear", "「十三五」时期 — last assessment year (2020); later years are not in force", Art("一")),
            new ParameterCitation("parts", "the three parts (一级分类) and their points: 25, 50, 25", Art("附件2 一（一）")),
            new ParameterCitation("rows", "the 21 scoring rows with item, criterion and points", Art("附件2 一（二）")),
            new ParameterCitation("permitRatePercent", "row 4a 采伐发证率 needed, percent (100)", Art("附件2 一（三）4")),
            new ParameterCitation("occupiedLandApprovalPercent", "row 5a 占用林地审核率 needed, percent (100)", Art("附件2 一（三）5")),
            new ParameterCitation("disputeResolutionPercent", "row 9 林权纠纷调处率 「80%以上」, percent, included", Art("附件2 一（三）7")),
            new ParameterCitation("publicWelfareManagementPercent", "row 10 生态公益林管护率 needed, percent (100)", Art("附件2 一（三）8")),
            new ParameterCitation("afforestationPercent", "row 12a 人工造林完成率 and 合格率 「均达85%以上」, percent, included", Art("附件2 一（三）2")),
            new ParameterCitation("regenerationPercent", "row 12b 迹地更新率, 更新核实率, 更新合格率 needed, percent (100)", Art("附件2 一（三）6")),
            new ParameterCitation("tendingPercent", "row 13 森林抚育任务完成率 「100%以上」, percent", Art("附件2 一（三）3")),
            new ParameterCitation("restorationRatio", "row 14 占一还一 — hectares restored per hectare occupied (1)", Art("附件2 一（二）(14)")),
            new ParameterCitation("gradeBands", "grade bands, lower bound inclusive, overlaps to the higher band: [0,60) 差, [60,80) 中等, [80,90) 良好, [90,100] 优秀 (a reading)", Art("附件2 二")),
            new ParameterCitation("commendedGrade", "优秀 towns are commended (通报表扬)", Art("附件2 二")),
            new ParameterCitation("criticisedGrade", "差 towns are criticised (通报批评) and report their rectification", Art("附件2 二")),
            new ParameterCitation("accountabilityConsecutiveYears", "连续3年评价为差 — consecutive 差 years that start accountability", Art("附件2 二")),
            new ParameterCitation("selfReportDueMonth", "次年3月31日前 — self-report month of the next year", Art("附件1 七（二）")),
            new ParameterCitation("selfReportDueDay", "次年3月31日前 — self-report day", Art("附件1 七（二）")),
            new ParameterCitation("inspectionDueMonth", "每年5月底前 — inspection and report month", Art("附件1 十")),
            new ParameterCitation("targets", "the district's 2020 targets (coverage 35.78%, stock 748,900 m³, forest land 17,200 ha, harvest ≤ 15,400 m³, tending 1,000 ha, approval 100%)", Art("二")),
            new ParameterCitation("maximumScore", "the sum of the rows' points (computed: 100; not an input)", Art("附件2 一（二）")),
        };
    }

    public IModuleEvaluator CreateEvaluator(JsonObject? overrides)
    {
        var parameters = ModuleParameters.Merge(ForestAssessmentParameters.Gazette2017, overrides);
        try
        {
            return new Evaluator(new ForestAssessmentCalculator(parameters), parameters.Version);
        }
        catch (ValidationException ex)
        {
            throw OperationInput.ParameterPaths(ex);
        }
    }

    public IReadOnlyList<Command> CreateCommands(CliContext context) => Array.Empty<Command>();

    private sealed class Evaluator : IModuleEvaluator
    {
        private readonly ForestAssessmentCalculator calculator;

        public Evaluator(ForestAssessmentCalculator calculator, string version)
        {
            this.calculator = calculator;
            ParametersVersion = version;
        }

        public string ParametersVersion { get; }

        public string Evaluate(JsonNode input)
        {
            var i = OperationInput.Open(input, "forest", Operations);
            switch (i.Operation)
            {
                case "scorecard":
                    {
                        var earlier = i.OptionalPart<YearGrade[]>("earlierGrades");
                        var evidence = i.Rest<ForestEvidence>();
                        return HaidianJson.Serialize(i.Call(() => calculator.Calculate(evidence!, earlier)));
                    }

                case "grade":
                    {
                        var year = i.Int("year");
                        var score = i.Decimal("score");
                        i.NoOtherFields("operation, year, score");
                        var grade = i.Call(() => calculator.GradeOf(year, score));
                        return new JsonObject
                        {
                            ["year"] = year,
                            ["score"] = JsonValue.Create(score),
                            ["grade"] = grade.ToString(),
                            ["parametersVersion"] = ParametersVersion,
                        }.ToJsonString(CliJsonOptions.Indented);
                    }

                case "score":
                    {
                        var year = i.Int("year");
                        var unitKind = Kind(i.Text("kind"));
                        var score = i.Decimal("score");
                        var earlier = i.OptionalPart<YearGrade[]>("earlierGrades");
                        i.NoOtherFields("operation, year, kind, score, earlierGrades");
                        return HaidianJson.Serialize(i.Call(() => calculator.AssessScore(year, unitKind, score, earlier)));
                    }

                case "accountability":
                    {
                        var unitKind = Kind(i.Text("kind"));
                        var grades = i.Part<YearGrade[]>("grades");
                        var asOfYear = i.OptionalInt("asOfYear");
                        i.NoOtherFields("operation, kind, grades, asOfYear");
                        return HaidianJson.Serialize(i.Call(() => asOfYear is { } y
                            ? calculator.CheckAccountability(unitKind, grades!, y)
                            : calculator.CheckAccountability(unitKind, grades!)));
                    }

                default:
                    {
                        var status = i.Rest<DistrictStatus>();
                        return HaidianJson.Serialize(i.Call(() => calculator.Progress(status!)));
                    }
            }
        }

        private static UnitKind Kind(string kind)
        {
            UnitKind unitKind = default;
            if (kind.Length > 0 && (!Enum.TryParse(kind, ignoreCase: false, out unitKind) || !Enum.IsDefined(typeof(UnitKind), unitKind) || char.IsDigit(kind[0]) || kind[0] == '-'))
            {
                throw new ValidationException(new[] { new ValidationError("kind", ErrorCode.InvalidValue, "must be Town or ForestFarm (got " + kind + ")") });
            }

            return unitKind;
        }
    }
}
