using System.Globalization;
using NodaTime;

namespace Haidian.Rules.SmartHaidian;

/// <summary>One check of the measure: its number, code, article, gazette line and the words it rests on (stated once, read from here).</summary>
internal sealed record CheckClause(int Number, string Code, string Article, int Line, string Quote)
{
    public Citation Citation => SmartHaidianParameters.Document.WithArticle(Article);
}

/// <summary>The clauses of 海政发〔2017〕21号 each check rests on, and the texts of the report (kept apart from the rules).</summary>
internal static class Texts
{
    /// <summary>The 34 checks, indexed by number (element 0 unused).</summary>
    public static readonly CheckClause[] Checks =
    {
        new(0, string.Empty, string.Empty, 0, string.Empty),
        new(1, "reportingStages", "第九条", 691, "原则上包括项目建议书、项目初步设计方案等申报审核环节"),
        new(2, "designDeadline", "第十二条", 699, "应在45个工作日内，将项目初步设计方案报送智慧海淀办公室进行技术评审"),
        new(3, "designRevisionLimit", "第十二条", 699, "项目初步设计方案经过两次修改仍不符合要求的，智慧海淀办公室将不再受理"),
        new(4, "draftListEligibility", "第十二条", 699, "截至8月底，凡已完成项目初步设计方案并通过技术评审的项目…选取部分项目"),
        new(5, "fundsReviewLetterDeadline", "第十二条", 699, "并在10个工作日内，出具《同意XXXX项目进行资金评审的函》"),
        new(6, "sendToFinanceDeadline", "第十三条", 701, "收到…《同意XXXX项目进行资金评审的函》后，在3个工作日内将该函与《XXXX项目初步设计方案》一并报送区财政局进行资金评审"),
        new(7, "designDrafter", "第十四条第一款", 703, "预算资金在100万元（含）以上的项目，必须由具有工程咨询或工程设计单位乙级及以上资格证书（通信信息专业）的单位编制项目初步设计方案…项目预算资金在100万元以下且项目内容较简单的，项目建设单位可自行编制"),
        new(8, "supervision", "第十四条第二款", 705, "预算资金100万元（含）以上的项目，需聘请监理单位实施项目监理，监理单位必须具有信息工程监理单位乙级及以上资质证书"),
        new(9, "kickOffDeadline", "第十五条", 711, "待审批通过后，智慧海淀办公室会同区财政局等部门在5个工作日内组织召开项目启动会"),
        new(10, "stopProcedure", "第十六条", 713, "项目启动会后，需要停止建设的，项目建设单位应将停止建设的具体原因书面报送智慧海淀办公室，经智慧海淀办公室审核确认后，报区财政局备案"),
        new(11, "adjustmentInBudget", "第十七条", 715, "智慧海淀建设项目的调整，原则上纳入财政调整预算"),
        new(12, "alternatePromotion", "第十七条", 715, "在7月底前将《XXXX年度智慧海淀项目建设库》中部分备选项目调整为正式项目"),
        new(13, "emergencyPath", "第十八条", 717, "由项目建设单位将项目建议书报区经信办和区财政局进行审核，对于符合技术要求的紧急项目，由智慧海淀办公室报区政府批准后，启动项目建设工作"),
        new(14, "deepenedDesign", "第二十二条", 729, "深化设计方案应包括：项目实施计划、实施方案、项目初步设计的变更说明、系统测试方案、系统验收方案等内容"),
        new(15, "contractFiling", "第二十三条", 731, "完成合同签订后7个工作日内，应将采购结果及项目相关合同…报送智慧海淀办公室备案"),
        new(16, "progressReports", "第二十三条", 731, "通过项目管理系统按月向智慧海淀办公室报送项目建设进展情况"),
        new(17, "adjustmentInAdvance", "第二十四条", 733, "遇建设内容或预算调整等特殊情况，必须事先向智慧海淀办公室和区财政局提交调整报告，履行报审手续"),
        new(18, "preliminaryConditions", "第二十八条", 745, "在项目满足合同约定、通过信息系统使用测试、经费使用符合财务规定后"),
        new(19, "preliminaryDeadline", "第二十八条", 745, "…后的15个工作日内，项目建设单位应当组织…召开项目初验评审会"),
        new(20, "preliminaryCommittee", "第二十八条", 745, "组织本单位技术主管、系统使用者代表、财务人员、承建单位、监理单位和3名及以上单数的相关专家组成验收委员会…出具《XXXX项目初步验收专家评审意见》"),
        new(21, "leftoverIssues", "第二十八条", 745, "承建单位要做好遗留问题记录并在系统试运行前完成系统调整"),
        new(22, "trialAfterPreliminary", "第二十九条", 747, "项目通过初步验收后进入系统试运行环节"),
        new(23, "trialDuration", "第二十九条", 747, "系统试运行时间不少于60天"),
        new(24, "thirdPartyTesting", "第二十九条", 747, "应委托具有国家认证认可监督管理委员会计量认证资质、通过中国合格评定国家认可委员会实验室（CNAS）认可的专业第三方软件测评机构…出具相应的测评报告"),
        new(25, "contractorDocuments", "第二十九条", 747, "承建单位应当制定系统维护方案、培训计划和培训教材"),
        new(26, "finalDeadline", "第三十条", 749, "系统试运行合格后的20个工作日内进行竣工验收"),
        new(27, "finalOrganiser", "第三十条", 749, "重要信息资源、基础设施、跨部门业务协同、公众利益为主要内容的重大项目，由智慧海淀办公室组织竣工验收"),
        new(28, "acceptanceDeferral", "第三十条", 749, "因故无法按合同约定的时间提出竣工验收申请的，应向智慧海淀办公室提出延期验收申请"),
        new(29, "finalCommittee", "第三十一条", 751, "由项目建设单位组织3名及以上单数的相关专家组成验收委员会对项目进行竣工验收，项目建设单位、监理单位及相关单位应参与验收，验收合格后，出具《XXXX项目竣工验收专家评审意见》"),
        new(30, "warranty", "第三十二条", 755, "智慧海淀建设项目质保期至少两年"),
        new(31, "postEvaluationBody", "第三十五条", 765, "承担后评价的机构应具有工程咨询单位乙级及以上资格证书（通信信息专业）"),
        new(32, "topLevelDesignSpan", "第七条", 685, "顶层设计的时间跨度应不少于三年"),
        new(33, "draftListFundSize", "第十四条第三款", 707, "除严格按照专项资金规模列入的计划项目外"),
        new(34, "draftListAlternates", "第十四条第三款", 707, "应有适当数量的备选项目，并按计划项目、备选项目、资金来源进行分类列示"),
    };

    /// <summary>Every check code, in the order of the checks.</summary>
    public static readonly string[] CheckCodes = System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(System.Linq.Enumerable.Skip(Checks, 1), c => c.Code));

    /// <summary>第三条: office hardware is out of scope.</summary>
    public static readonly Citation Scope = SmartHaidianParameters.Document.WithArticle("第三条");

    /// <summary>第四十一条: smart-education projects follow their own measure and this one by reference.</summary>
    public static readonly Citation Education = SmartHaidianParameters.Document.WithArticle("第四十一条");

    /// <summary>What the measure leaves to judgment or to other documents: reported, never guessed.</summary>
    public static readonly string[] NotComputable =
    {
        "「适时」: the office's expert review of the candidate pool (第十一条), post-evaluation (第三十五条), inspection (第三十六条、第三十七条) — no time is set",
        "「按照一定优先级」: the choice of projects for the draft list (第十二条)",
        "「及时」: reporting serious delays or major investment losses (第二十五条)",
        "procurement under the Government Procurement Law (第二十条、第二十一条)",
        "等级保护: graded protection of built systems (第三十三条)",
        "rectification time limits and 通报批评 (第三十五条、第三十八条: 「可」, set case by case)",
        "the funds measure 《海淀区智慧海淀项目资金管理办法》 (第四十条)",
        "附件2 (preliminary design template) and 附件3 《海淀区智慧海淀建设项目验收工作规范》: not printed in the gazette",
    };

    public const string EducationNote = "smart-education project (第四十一条): 《海淀区智慧教育建设项目管理办法》 (not in the gazette) governs first; this measure applies by reference";

    public static string Money(decimal value) => value.ToString("#,0.00", CultureInfo.InvariantCulture);

    public static string Date(LocalDate d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Month(YearMonth m) => m.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static string Int(int n) => n.ToString(CultureInfo.InvariantCulture);

    public static string WorkingDays(int n) => Int(n) + (n == 1 ? " working day" : " working days");

    public static string Days(int n) => Int(n) + (n == 1 ? " day" : " days");

    public static string Grade(QualificationGrade g) => g switch
    {
        QualificationGrade.ClassA => "甲级",
        QualificationGrade.ClassB => "乙级",
        QualificationGrade.ClassC => "丙级",
        QualificationGrade.ClassD => "丁级",
        _ => "no grade",
    };

    public static string Grades(System.Collections.Generic.IReadOnlyList<QualificationGrade> gs) => string.Join("/", System.Linq.Enumerable.Select(gs, Grade));

    public static string CertificateName(CertificateType t) => t switch
    {
        CertificateType.EngineeringConsulting => "工程咨询 engineering consulting",
        CertificateType.EngineeringDesign => "工程设计 engineering design",
        _ => "another certificate",
    };
}
