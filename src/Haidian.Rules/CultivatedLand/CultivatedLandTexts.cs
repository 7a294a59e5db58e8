using System.Globalization;

namespace Haidian.Rules.CultivatedLand;

/// <summary>
/// The clauses of 海政办发〔2017〕38号 the rules cite, each stated once with its quote (gazette lines L3712–L3760), and the
/// formatting of areas. The calculator reads every citation and quote from here.
/// </summary>
internal static class CultivatedLandTexts
{
    public const string RetentionQuote = "耕地保有量不得低于《责任书》确定的耕地保有量考核指标";
    public const string ProtectionQuote = "基本农田保护面积不得低于《责任书》确定的基本农田保护面积考核指标";
    public const string BalanceQuote = "补充耕地和基本农田的面积与质量不得低于已占用的面积和质量";
    public const string IllegalQuote = "应立即查处，责令改正，拆除违法建筑物和其他设施，恢复原种植条件";
    public const string SortingQuote = "耕地保有量、基本农田保护面积、耕地占补平衡及基本农田补划作为考核达标指标…查处情况，以及年度土地利用变更调查提供的…耕地面积、生态退耕面积等相关数据，作为考核参照指标";
    public const string PeriodQuote = "自2016年起，每5年为一个考核期，在每个考核期的期中和期末，区政府对各相关镇、村、国有农场进行一次考核";
    public const string SelfCheckQuote = "各镇、国有农场每年2月15日前对上一年度耕地保护责任目标履行情况进行自查，并将自查结果报区政府";
    public const string InspectionQuote = "于每年4月10前对各相关镇、国有农场上一年度耕地保护责任目标履行情况进行检查并通报结果，作出预警分析";
    public const string MonitoringQuote = "在耕地保护责任目标考核年向国土海淀分局、区农委提交耕地、基本农田的面积和等级情况的监测调查资料";
    public const string RecordQuote = "将各相关镇政府及国有农场耕地保护责任目标考核结果纳入镇政府及国有农场经济社会实绩考核评价和领导干部离任审计范围，并作为考核重要依据";
    public const string CommendationQuote = "对积极采取措施完成耕地保护责任目标成绩突出的镇、村给予表彰，并优先安排年度利用计划指标，土地供应计划指标";
    public const string RectificationQuote = "对考核认定不合格的镇政府及国有农场责令限期整改";
    public const string SuspensionQuote = "整改期间，除国务院、国务院有关部门和市有关部门审批、核准的能源、交通、水利等基础设施建设项目外，暂停其他非农建设项目的农用地转用和土地征收审批";
    public const string DisciplineQuote = "由监察部门按程序依纪依法严肃处理直接责任人，并追究有关人员的领导责任";

    public static readonly Citation Retention = CultivatedLandParameters.Document.WithArticle("二（一）");
    public static readonly Citation Protection = CultivatedLandParameters.Document.WithArticle("二（二）");
    public static readonly Citation Balance = CultivatedLandParameters.Document.WithArticle("二（三）");
    public static readonly Citation Illegal = CultivatedLandParameters.Document.WithArticle("二（四）");
    public static readonly Citation Sorting = CultivatedLandParameters.Document.WithArticle("二 末段");
    public static readonly Citation Period = CultivatedLandParameters.Document.WithArticle("三");
    public static readonly Citation SelfCheck = CultivatedLandParameters.Document.WithArticle("三（一）");
    public static readonly Citation Inspection = CultivatedLandParameters.Document.WithArticle("三（二）");
    public static readonly Citation FullAssessment = CultivatedLandParameters.Document.WithArticle("三（三）");
    public static readonly Citation Monitoring = CultivatedLandParameters.Document.WithArticle("四");
    public static readonly Citation Record = CultivatedLandParameters.Document.WithArticle("五（一）");
    public static readonly Citation Commendation = CultivatedLandParameters.Document.WithArticle("五（二）");
    public static readonly Citation Sanction = CultivatedLandParameters.Document.WithArticle("五（三）");

    public static string Unit(AreaUnit unit) => unit == AreaUnit.Hectare ? "公顷" : "亩";

    /// <summary>An area as printed: thousands separated, at its own scale (<c>1,250.00</c>, <c>0.5</c>).</summary>
    public static string Area(decimal value)
    {
        var scale = (decimal.GetBits(value)[3] >> 16) & 0xFF;
        return value.ToString("N" + scale.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    public static string Area(decimal value, AreaUnit unit) => Area(value) + " " + Unit(unit);

    public static string Grade(int grade) => grade.ToString(CultureInfo.InvariantCulture);

    public static string Verdict(AssessmentVerdict verdict) => verdict == AssessmentVerdict.Qualified ? "合格" : "不合格";

    public static string Role(AssessmentRole role) => role switch
    {
        AssessmentRole.MidTerm => "期中 (mid-term)",
        AssessmentRole.EndOfTerm => "期末 (end-of-term)",
        _ => "annual",
    };

    public static string IndicatorName(LandIndicator indicator) => indicator switch
    {
        LandIndicator.CultivatedLandRetention => "耕地保有量",
        LandIndicator.BasicFarmlandProtection => "基本农田保护面积",
        LandIndicator.OccupationBalance => "耕地占补平衡",
        LandIndicator.BasicFarmlandRedesignation => "基本农田补划",
        LandIndicator.IllegalCaseHandling => "违法违规建设项目查处情况",
        _ => "年度土地利用变更调查数据",
    };
}
