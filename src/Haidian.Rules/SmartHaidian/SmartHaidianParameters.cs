using System.Collections.Generic;
using System.Text.Json.Serialization;
using NodaTime;

namespace Haidian.Rules.SmartHaidian;

/// <summary>
/// Every number of 海政发〔2017〕21号《海淀区智慧海淀建设项目管理办法（修订版）》 as data: one dated version of the smart-Haidian project
/// rules. <see cref="Gazette2017"/> is the gazette's, in force from 2017-06-21 (第四十三条 「本办法自发布之日起施行」; issued 2017-06-21).
/// The working-day periods are counted by the Deadlines module (<see cref="Deadlines.DeadlineCalculator"/>) on its named rules, with
/// the number of days read from here.
/// </summary>
/// <remarks>Immutable and thread-safe. Checked by <see cref="Validate"/> when a <see cref="SmartHaidianCalculator"/> is built.</remarks>
public sealed record SmartHaidianParameters : IVersionedParameters
{
    /// <summary>The document: 海政发〔2017〕21号《海淀区智慧海淀建设项目管理办法（修订版）》 (the gazette prints 「(修订版)」 with half-width brackets; normalised).</summary>
    public static Citation Document { get; } = new("海政发〔2017〕21号", "海淀区智慧海淀建设项目管理办法（修订版）", string.Empty);

    /// <summary>The gazette's parameters, in force from 2017-06-21.</summary>
    public static SmartHaidianParameters Gazette2017 { get; } = new()
    {
        Version = "gazette-2017",
        InForceFrom = new LocalDate(2017, 6, 21),
        Source = Document.WithArticle("第四十三条"),
        QualifiedDesignThreshold = 1_000_000m,
        SupervisionThreshold = 1_000_000m,
        DesignerCertificateTypes = new[] { CertificateType.EngineeringConsulting, CertificateType.EngineeringDesign },
        DesignerGrades = new[] { QualificationGrade.ClassA, QualificationGrade.ClassB },
        DesignerSpecialtyRequired = true,
        SupervisorCertificateType = SupervisorCertificateType.InformationEngineeringSupervision,
        SupervisorGrades = new[] { QualificationGrade.ClassA, QualificationGrade.ClassB },
        PostEvaluationCertificateTypes = new[] { CertificateType.EngineeringConsulting },
        PostEvaluationGrades = new[] { QualificationGrade.ClassA, QualificationGrade.ClassB },
        PostEvaluationSpecialtyRequired = true,
        DesignSubmissionWorkingDays = 45,
        MaxDesignRevisions = 2,
        DesignReviewCutoffMonth = 8,
        DesignReviewCutoffDay = 31,
        FundsReviewLetterWorkingDays = 10,
        SendToFinanceWorkingDays = 3,
        KickOffWorkingDays = 5,
        AlternatePromotionCutoffMonth = 7,
        AlternatePromotionCutoffDay = 31,
        ContractFilingWorkingDays = 7,
        DeepenedDesignComponents = new[]
        {
            DeepenedDesignComponent.ImplementationPlan, DeepenedDesignComponent.ImplementationScheme, DeepenedDesignComponent.DesignChangeStatement,
            DeepenedDesignComponent.TestPlan, DeepenedDesignComponent.AcceptancePlan,
        },
        PreliminaryAcceptanceWorkingDays = 15,
        PreliminaryCommitteeRoles = new[] { CommitteeRole.TechnicalLead, CommitteeRole.UserRepresentatives, CommitteeRole.FinanceStaff, CommitteeRole.Contractor, CommitteeRole.Supervisor },
        MinExperts = 3,
        ExpertsOdd = true,
        TrialMinimumDays = 60,
        ContractorDocuments = new[] { ContractorDocument.MaintenancePlan, ContractorDocument.TrainingPlan, ContractorDocument.TrainingMaterials },
        FinalAcceptanceWorkingDays = 20,
        WarrantyMinimumYears = 2,
        TopLevelDesignMinimumYears = 3,
        DepartureChecks = new[] { "reportingStages", "adjustmentInBudget" },
    };

    /// <inheritdoc/>
    [JsonRequired]
    public string Version { get; init; } = string.Empty;

    /// <summary>第四十三条 「本办法自发布之日起施行」: the first day this version applies (2017-06-21, the issue date, L665, L783). A step triggered before it is not checked (R15).</summary>
    [JsonRequired]
    public LocalDate InForceFrom { get; init; }

    /// <summary>The clause this version comes from. <see cref="Document"/> (the document without an article) when a copy made in C# does not set
    /// it. Required in JSON: System.Text.Json's generated reader sets every init-only member it binds, so a <c>source</c> left
    /// out would read as null, not as this default.</summary>
    [JsonRequired]
    public Citation Source { get; init; } = Document;

    /// <summary>第十四条第一款 (L703) 「预算资金在100万元（含）以上的项目，必须由具有…乙级及以上资格证书（通信信息专业）的单位编制」: yuan, inclusive — 1,000,000.00.</summary>
    [JsonRequired]
    public decimal QualifiedDesignThreshold { get; init; }

    /// <summary>第十四条第二款 (L705) 「预算资金100万元（含）以上的项目，需聘请监理单位」: yuan, inclusive — 1,000,000.00.</summary>
    [JsonRequired]
    public decimal SupervisionThreshold { get; init; }

    /// <summary>第十四条第一款 (L703) 「工程咨询或工程设计单位」: the designer certificate types accepted.</summary>
    [JsonRequired]
    public IReadOnlyList<CertificateType> DesignerCertificateTypes { get; init; } = System.Array.Empty<CertificateType>();

    /// <summary>第十四条第一款 (L703) 「乙级及以上」: the designer grades accepted — 甲级, 乙级 (R18).</summary>
    [JsonRequired]
    public IReadOnlyList<QualificationGrade> DesignerGrades { get; init; } = System.Array.Empty<QualificationGrade>();

    /// <summary>第十四条第一款 (L703) 「（通信信息专业）」: whether the designer's certificate must cover the 通信信息 specialty — true.</summary>
    [JsonRequired]
    public bool DesignerSpecialtyRequired { get; init; }

    /// <summary>第十四条第二款 (L705) 「信息工程监理单位…资质证书」: the supervisor certificate type required.</summary>
    [JsonRequired]
    public SupervisorCertificateType SupervisorCertificateType { get; init; }

    /// <summary>第十四条第二款 (L705) 「乙级及以上」: the supervisor grades accepted — 甲级, 乙级.</summary>
    [JsonRequired]
    public IReadOnlyList<QualificationGrade> SupervisorGrades { get; init; } = System.Array.Empty<QualificationGrade>();

    /// <summary>第三十五条 (L765) 「承担后评价的机构应具有工程咨询单位…资格证书」: the post-evaluator certificate types accepted — 工程咨询 only.</summary>
    [JsonRequired]
    public IReadOnlyList<CertificateType> PostEvaluationCertificateTypes { get; init; } = System.Array.Empty<CertificateType>();

    /// <summary>第三十五条 (L765) 「乙级及以上」: the post-evaluator grades accepted — 甲级, 乙级.</summary>
    [JsonRequired]
    public IReadOnlyList<QualificationGrade> PostEvaluationGrades { get; init; } = System.Array.Empty<QualificationGrade>();

    /// <summary>第三十五条 (L765) 「（通信信息专业）」: whether the post-evaluator's certificate must cover the specialty — true.</summary>
    [JsonRequired]
    public bool PostEvaluationSpecialtyRequired { get; init; }

    /// <summary>第十二条 (L699) 「应在45个工作日内，将项目初步设计方案报送智慧海淀办公室」: working days after the reserve-pool notice — 45 (Deadlines rule <c>SmartHaidianPreliminaryDesign</c>).</summary>
    [JsonRequired]
    public int DesignSubmissionWorkingDays { get; init; }

    /// <summary>第十二条 (L699) 「经过两次修改仍不符合要求的，智慧海淀办公室将不再受理」: revisions allowed after the original — 2 (versions 2 and 3, R6).</summary>
    [JsonRequired]
    public int MaxDesignRevisions { get; init; }

    /// <summary>第十二条 (L699) 「截至8月底」: the month of the technical-review cut-off for selection — 8 (in the year of selection, R7).</summary>
    [JsonRequired]
    public int DesignReviewCutoffMonth { get; init; }

    /// <summary>第十二条 (L699) 「截至8月底」: the day of the cut-off — 31 (a fixed date, included, not moved).</summary>
    [JsonRequired]
    public int DesignReviewCutoffDay { get; init; }

    /// <summary>第十二条 (L699) 「并在10个工作日内，出具《同意XXXX项目进行资金评审的函》」: working days after selection — 10.</summary>
    [JsonRequired]
    public int FundsReviewLetterWorkingDays { get; init; }

    /// <summary>第十三条 (L701) 「在3个工作日内将该函与《XXXX项目初步设计方案》一并报送区财政局」: working days after receipt — 3.</summary>
    [JsonRequired]
    public int SendToFinanceWorkingDays { get; init; }

    /// <summary>第十五条 (L711) 「在5个工作日内组织召开项目启动会」: working days after the list's approval — 5.</summary>
    [JsonRequired]
    public int KickOffWorkingDays { get; init; }

    /// <summary>第十七条 (L715) 「在7月底前将…部分备选项目调整为正式项目」: the month of the promotion cut-off — 7 (of the list's year).</summary>
    [JsonRequired]
    public int AlternatePromotionCutoffMonth { get; init; }

    /// <summary>第十七条 (L715) 「7月底前」: the day of the promotion cut-off — 31 (a fixed date, included, not moved).</summary>
    [JsonRequired]
    public int AlternatePromotionCutoffDay { get; init; }

    /// <summary>第二十三条 (L731) 「完成合同签订后7个工作日内，应将采购结果及项目相关合同…报送智慧海淀办公室备案」: working days after each signing — 7 (R8).</summary>
    [JsonRequired]
    public int ContractFilingWorkingDays { get; init; }

    /// <summary>第二十二条 (L729) 「深化设计方案应包括：项目实施计划、实施方案、项目初步设计的变更说明、系统测试方案、系统验收方案等内容」: the five components.</summary>
    [JsonRequired]
    public IReadOnlyList<DeepenedDesignComponent> DeepenedDesignComponents { get; init; } = System.Array.Empty<DeepenedDesignComponent>();

    /// <summary>第二十八条 (L745) 「…后的15个工作日内」: working days after the latest of the three conditions — 15 (R9).</summary>
    [JsonRequired]
    public int PreliminaryAcceptanceWorkingDays { get; init; }

    /// <summary>第二十八条 (L745) 「本单位技术主管、系统使用者代表、财务人员、承建单位、监理单位」: the members beside the experts (the supervisor only when one is engaged).</summary>
    [JsonRequired]
    public IReadOnlyList<CommitteeRole> PreliminaryCommitteeRoles { get; init; } = System.Array.Empty<CommitteeRole>();

    /// <summary>第二十八条 (L745), 第三十一条 (L751) 「3名及以上单数的相关专家」: the fewest experts — 3 (inclusive; counts the experts only, R3).</summary>
    [JsonRequired]
    public int MinExperts { get; init; }

    /// <summary>第二十八条 (L745), 第三十一条 (L751) 「单数」: whether the number of experts must be odd — true.</summary>
    [JsonRequired]
    public bool ExpertsOdd { get; init; }

    /// <summary>第二十九条 (L747) 「系统试运行时间不少于60天」: days — 60 (a minimum duration, Deadlines rule <c>SmartHaidianTrialOperation</c>).</summary>
    [JsonRequired]
    public int TrialMinimumDays { get; init; }

    /// <summary>第二十九条 (L747) 「承建单位应当制定系统维护方案、培训计划和培训教材」: the contractor's three documents.</summary>
    [JsonRequired]
    public IReadOnlyList<ContractorDocument> ContractorDocuments { get; init; } = System.Array.Empty<ContractorDocument>();

    /// <summary>第三十条 (L749) 「系统试运行合格后的20个工作日内进行竣工验收」: working days — 20.</summary>
    [JsonRequired]
    public int FinalAcceptanceWorkingDays { get; init; }

    /// <summary>第三十二条 (L755) 「质保期至少两年」: years — 2 (a minimum duration; Civil Code art. 202 for 29 February).</summary>
    [JsonRequired]
    public int WarrantyMinimumYears { get; init; }

    /// <summary>第七条 (L685) 「顶层设计的时间跨度应不少于三年」: calendar years, both ends included — 3 (R26).</summary>
    [JsonRequired]
    public int TopLevelDesignMinimumYears { get; init; }

    /// <summary>
    /// The checks stated 「原则上」 — a breach is a departure, every other a violation: <c>reportingStages</c> (第九条 L691
    /// 「原则上包括项目建议书、项目初步设计方案等申报审核环节」) and <c>adjustmentInBudget</c> (第十七条 first clause L715 「原则上纳入财政调整预算」).
    /// </summary>
    [JsonRequired]
    public IReadOnlyList<string> DepartureChecks { get; init; } = System.Array.Empty<string>();

    /// <summary>R1: which budget the supervision rule reads. Optional; default <see cref="SupervisionBudgetBasis.ApprovedElseDeclared"/> (supervision is engaged after the funds review).</summary>
    public SupervisionBudgetBasis SupervisionBudgetBasis { get; init; } = SupervisionBudgetBasis.ApprovedElseDeclared;

    /// <summary>R2: 第十四条 permits self-drafting only 「100万元以下且项目内容较简单」, read a contrario. Default true (self-drafting a non-simple project is a violation); required in JSON, where a member left out would read as false.</summary>
    [JsonRequired]
    public bool SelfDraftingNeedsSimpleContent { get; init; } = true;

    /// <summary>R4: 「购买服务类项目可由购买服务单位直接组织竣工验收」 — whether a purchased service still needs the expert committee of 第三十一条. Optional; default false.</summary>
    public bool PurchasedServiceNeedsExpertCommittee { get; init; }

    /// <summary>Checks every number and list; returns every problem with its field path (empty when sound).</summary>
    /// <returns>The problems found.</returns>
    public IReadOnlyList<ValidationError> Validate()
    {
        var v = new Validator();
        v.RequiredText("version", Version);
        v.Required("source", Source);
        v.InRange("qualifiedDesignThreshold", QualifiedDesignThreshold, 0m, SmartHaidianCalculator.MaximumAmount);
        v.InRange("supervisionThreshold", SupervisionThreshold, 0m, SmartHaidianCalculator.MaximumAmount);
        EnumList(v, "designerCertificateTypes", DesignerCertificateTypes);
        EnumList(v, "designerGrades", DesignerGrades);
        v.Defined("supervisorCertificateType", SupervisorCertificateType);
        EnumList(v, "supervisorGrades", SupervisorGrades);
        EnumList(v, "postEvaluationCertificateTypes", PostEvaluationCertificateTypes);
        EnumList(v, "postEvaluationGrades", PostEvaluationGrades);
        WorkingDays(v, "designSubmissionWorkingDays", DesignSubmissionWorkingDays);
        WorkingDays(v, "fundsReviewLetterWorkingDays", FundsReviewLetterWorkingDays);
        WorkingDays(v, "sendToFinanceWorkingDays", SendToFinanceWorkingDays);
        WorkingDays(v, "kickOffWorkingDays", KickOffWorkingDays);
        WorkingDays(v, "contractFilingWorkingDays", ContractFilingWorkingDays);
        WorkingDays(v, "preliminaryAcceptanceWorkingDays", PreliminaryAcceptanceWorkingDays);
        WorkingDays(v, "finalAcceptanceWorkingDays", FinalAcceptanceWorkingDays);
        Count(v, "maxDesignRevisions", MaxDesignRevisions, 0, 100);
        MonthDay(v, "designReviewCutoff", DesignReviewCutoffMonth, DesignReviewCutoffDay);
        MonthDay(v, "alternatePromotionCutoff", AlternatePromotionCutoffMonth, AlternatePromotionCutoffDay);
        EnumList(v, "deepenedDesignComponents", DeepenedDesignComponents);
        EnumList(v, "preliminaryCommitteeRoles", PreliminaryCommitteeRoles);
        EnumList(v, "contractorDocuments", ContractorDocuments);
        Count(v, "minExperts", MinExperts, 1, 1_000);
        Count(v, "trialMinimumDays", TrialMinimumDays, 1, 36_600);
        Count(v, "warrantyMinimumYears", WarrantyMinimumYears, 1, 100);
        Count(v, "topLevelDesignMinimumYears", TopLevelDesignMinimumYears, 1, 100);
        v.Defined("supervisionBudgetBasis", SupervisionBudgetBasis);
        if (v.Required("departureChecks", DepartureChecks))
        {
            var seen = new HashSet<string>(System.StringComparer.Ordinal);
            for (var i = 0; i < DepartureChecks.Count; i++)
            {
                var path = Validator.Index("departureChecks", i);
                var code = DepartureChecks[i];
                if (code is null || System.Array.IndexOf(Texts.CheckCodes, code) < 0)
                {
                    v.Invalid(path, "is not a check code (one of " + string.Join(", ", Texts.CheckCodes) + ")");
                }
                else if (!seen.Add(code))
                {
                    v.Inconsistent(path, "repeats " + code);
                }
            }
        }

        return v.Errors;
    }

    private static void WorkingDays(Validator v, string path, int n) => Count(v, path, n, 1, Deadlines.WorkingDayArithmetic.MaximumWorkingDays);

    private static void Count(Validator v, string path, int n, int min, int max)
    {
        if (n < min || n > max)
        {
            v.OutOfRange(path, "must be between " + min + " and " + max + " (got " + n + ")");
        }
    }

    private static void MonthDay(Validator v, string prefix, int month, int day)
    {
        if (month is < 1 or > 12)
        {
            v.OutOfRange(prefix + "Month", "must be 1 to 12 (got " + month + ")");
        }
        else if (day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(2001, month))
        {
            v.OutOfRange(prefix + "Day", "must be a day that exists in month " + month + " of every year (got " + day + ")");
        }
    }

    private static void EnumList<T>(Validator v, string path, IReadOnlyList<T> list)
        where T : struct, System.Enum
    {
        if (!v.Required(path, list))
        {
            return;
        }

        if (list.Count == 0)
        {
            v.Add(path, ErrorCode.Required, "must list at least one value");
        }

        var seen = new HashSet<T>();
        for (var i = 0; i < list.Count; i++)
        {
            if (v.Defined(Validator.Index(path, i), list[i]) && !seen.Add(list[i]))
            {
                v.Inconsistent(Validator.Index(path, i), "repeats " + list[i]);
            }
        }
    }
}
