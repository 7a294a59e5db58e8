using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Text.Json.Nodes;
using Haidian.Rules.Cli.Modules;
using Haidian.Rules.SmartHaidian;

namespace Haidian.Rules.Cli.SmartHaidian;

/// <summary>
/// Smart-Haidian project compliance (海政发〔2017〕21号) on the command line: <c>evaluate smart-haidian</c> takes one call as JSON, chosen
/// by <c>"operation"</c> (project, draftList, topLevelDesign), and returns a ComplianceReport.
/// </summary>
internal sealed partial class SmartHaidianModule : IModuleCommands
{
    private static readonly string[] Operations = { "project", "draftList", "topLevelDesign" };

    public string Name => "smart-haidian";

    public string Description => "智慧海淀建设项目管理 — smart-Haidian project compliance: thresholds, revisions, panels, working-day deadlines, 海政发〔2017〕21号";

    public JsonObject DefaultParameters() => (JsonObject)JsonNode.Parse(HaidianJson.Serialize(SmartHaidianParameters.Gazette2017))!;

    public IReadOnlyList<ParameterCitation> ParameterCitations()
    {
        string Art(string article) => SmartHaidianParameters.Document.WithArticle(article).ToString();
        return new[]
        {
            new ParameterCitation("version", "name of this parameter version", Art("第四十三条")),
            new ParameterCitation("inForceFrom", "本办法自发布之日起施行: issued and in force 2017-06-21 (a step triggered earlier is not checked, R15)", Art("第四十三条")),
            new ParameterCitation("source", "the clause this parameter version comes from", Art("第四十三条")),
            new ParameterCitation("qualifiedDesignThreshold", "100万元（含）以上 — a qualified third party drafts the design (inclusive, yuan)", Art("第十四条第一款")),
            new ParameterCitation("supervisionThreshold", "100万元（含）以上 — a qualified supervisor is engaged (inclusive, yuan)", Art("第十四条第二款")),
            new ParameterCitation("designerCertificateTypes", "工程咨询或工程设计单位 — accepted designer certificates", Art("第十四条第一款")),
            new ParameterCitation("designerGrades", "乙级及以上 — 甲级 (ClassA), 乙级 (ClassB)", Art("第十四条第一款")),
            new ParameterCitation("designerSpecialtyRequired", "（通信信息专业） — the specialty is required", Art("第十四条第一款")),
            new ParameterCitation("supervisorCertificateType", "信息工程监理单位资质证书", Art("第十四条第二款")),
            new ParameterCitation("supervisorGrades", "乙级及以上 — 甲级, 乙级", Art("第十四条第二款")),
            new ParameterCitation("postEvaluationCertificateTypes", "工程咨询单位 only", Art("第三十五条")),
            new ParameterCitation("postEvaluationGrades", "乙级及以上", Art("第三十五条")),
            new ParameterCitation("postEvaluationSpecialtyRequired", "（通信信息专业）", Art("第三十五条")),
            new ParameterCitation("designSubmissionWorkingDays", "应在45个工作日内…报送 — after the reserve-pool notice", Art("第十二条")),
            new ParameterCitation("maxDesignRevisions", "经过两次修改仍不符合要求的…不再受理 — versions 2 and 3 (R6)", Art("第十二条")),
            new ParameterCitation("designReviewCutoffMonth", "截至8月底 — month of the cut-off (year of selection, R7)", Art("第十二条")),
            new ParameterCitation("designReviewCutoffDay", "截至8月底 — day of the cut-off", Art("第十二条")),
            new ParameterCitation("fundsReviewLetterWorkingDays", "在10个工作日内，出具《同意XXXX项目进行资金评审的函》", Art("第十二条")),
            new ParameterCitation("sendToFinanceWorkingDays", "在3个工作日内…报送区财政局", Art("第十三条")),
            new ParameterCitation("kickOffWorkingDays", "在5个工作日内组织召开项目启动会", Art("第十五条")),
            new ParameterCitation("alternatePromotionCutoffMonth", "在7月底前…备选项目调整为正式项目 — month", Art("第十七条")),
            new ParameterCitation("alternatePromotionCutoffDay", "7月底前 — day", Art("第十七条")),
            new ParameterCitation("contractFilingWorkingDays", "完成合同签订后7个工作日内…备案 (each contract, R8)", Art("第二十三条")),
            new ParameterCitation("deepenedDesignComponents", "深化设计方案应包括 the five components", Art("第二十二条")),
            new ParameterCitation("preliminaryAcceptanceWorkingDays", "…后的15个工作日内 (from the latest condition, R9)", Art("第二十八条")),
            new ParameterCitation("preliminaryCommitteeRoles", "技术主管、系统使用者代表、财务人员、承建单位、监理单位", Art("第二十八条")),
            new ParameterCitation("minExperts", "3名及以上 — experts (R3)", Art("第二十八条、第三十一条")),
            new ParameterCitation("expertsOdd", "单数 — an odd number of experts", Art("第二十八条、第三十一条")),
            new ParameterCitation("trialMinimumDays", "系统试运行时间不少于60天", Art("第二十九条")),
            new ParameterCitation("contractorDocuments", "系统维护方案、培训计划和培训教材", Art("第二十九条")),
            new ParameterCitation("finalAcceptanceWorkingDays", "系统试运行合格后的20个工作日内进行竣工验收", Art("第三十条")),
            new ParameterCitation("warrantyMinimumYears", "质保期至少两年", Art("第三十二条")),
            new ParameterCitation("topLevelDesignMinimumYears", "顶层设计的时间跨度应不少于三年 (calendar years, both ends, R26)", Art("第七条")),
            new ParameterCitation("departureChecks", "原则上 — reportingStages (第九条), adjustmentInBudget (第十七条 first clause): departures", Art("第九条、第十七条")),
            new ParameterCitation("supervisionBudgetBasis", "R1: ApprovedElseDeclared (default) or Declared", Art("第十四条第二款")),
            new ParameterCitation("selfDraftingNeedsSimpleContent", "R2: 100万元以下且项目内容较简单 read a contrario (default true)", Art("第十四条第一款")),
            new ParameterCitation("purchasedServiceNeedsExpertCommittee", "R4: 购买服务类项目可由购买服务单位直接组织竣工验收 (default false)", Art("第三十一条")),
        };
    }

    public IModuleEvaluator CreateEvaluator(JsonObject? overrides)
    {
        var parameters = ModuleParameters.Merge(SmartHaidianParameters.Gazette2017, overrides);
        try
        {
            return new Evaluator(new SmartHaidianCalculator(parameters), parameters.Version);
        }
        catch (ValidationException ex)
        {
            throw OperationInput.ParameterPaths(ex);
        }
    }

    public IReadOnlyList<Command> CreateCommands(CliContext context) => Array.Empty<Command>();

    private sealed class Evaluator : IModuleEvaluator
    {
        private readonly SmartHaidianCalculator calculator;

        public Evaluator(SmartHaidianCalculator calculator, string version)
        {
            this.calculator = calculator;
            ParametersVersion = version;
        }

        public string ParametersVersion { get; }

        public string Evaluate(JsonNode input)
        {
            var i = OperationInput.Open(input, "smart-haidian", Operations);
            switch (i.Operation)
            {
                case "project":
                    {
                        var record = i.Rest<ProjectRecord>();
                        return HaidianJson.Serialize(i.Call(() => calculator.CheckProject(record!)));
                    }

                case "draftList":
                    {
                        var list = i.Rest<DraftList>();
                        return HaidianJson.Serialize(i.Call(() => calculator.CheckDraftList(list!)));
                    }

                default:
                    {
                        var design = i.Rest<TopLevelDesign>();
                        return HaidianJson.Serialize(i.Call(() => calculator.CheckTopLevelDesign(design!)));
                    }
            }
        }
    }
}
