using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using NodaTime;

namespace Haidian.Rules.Deadlines;

/// <summary>
/// One of the gazette's deadlines as data: what must be done, the period, how it is counted, and the clause it comes
/// from (e.g. 海政发〔2017〕21号 第二十三条: contracts filed within 7 working days of signing).
/// </summary>
/// <remarks>Immutable and thread-safe. Checked by <see cref="DeadlineParameters.Validate"/>.</remarks>
public sealed record DeadlineRule
{
    /// <summary>
    /// The rule's stable key (spec 07 D-a), e.g. <c>smartHaidian.preliminaryDesign</c> or <c>cultivatedLand.inspection</c>:
    /// <c>document.rule</c> in camelCase. Keys are part of the 1.0 contract and never change; look a rule up with
    /// <see cref="DeadlineParameters.Rule(string)"/> or <see cref="DeadlineCalculator.Calculate(string, LocalDate)"/>.
    /// Every key is listed in <see cref="DeadlineParameters.RuleKeys"/>. In C#, optional for a caller's own rule passed straight to
    /// <see cref="DeadlineCalculator.Calculate(DeadlineRule, LocalDate)"/>; default empty. Required in JSON (write <c>""</c> for a
    /// rule of your own): the source-generated reader does not keep an init-only member's initializer, so a left-out key would
    /// read as null. In a parameter set each rule must carry its own stable key (<see cref="DeadlineParameters.Validate"/>).
    /// </summary>
    [JsonRequired]
    public string Key { get; init; } = string.Empty;

    /// <summary>What must be done, in plain English, e.g. <c>smart-Haidian: file procurement results and contracts after signing</c>. Required.</summary>
    [JsonRequired]
    public string Name { get; init; } = string.Empty;

    /// <summary>The gazette's words, e.g. <c>项目建设单位完成合同签订后7个工作日内，应将采购结果及项目相关合同…报送智慧海淀办公室备案</c>. Shown only, never computed with. Optional; default empty in C#; left out of JSON it reads as null (the source-generated
    /// reader does not keep an init-only member's initializer), which every result shows as empty.</summary>
    public string Text { get; init; } = string.Empty;

    /// <summary>How the last day is found from the anchor (an event, the quarter or year reported on). Required.</summary>
    [JsonRequired]
    public DeadlineMethod Method { get; init; }

    /// <summary>N: the number of days, months, years or working days (0 for a fixed date or an on-or-before rule). Required.</summary>
    [JsonRequired]
    public int Amount { get; init; }

    /// <summary>The unit of <see cref="Amount"/> (periods and minimum durations; working days for the working-day methods). Required.</summary>
    [JsonRequired]
    public PeriodUnit Unit { get; init; }

    /// <summary>For <see cref="DeadlineMethod.FixedDateOfNextYear"/> and <see cref="DeadlineMethod.FixedDateOfSameYear"/>: the month of the fixed date (1–12); otherwise 0. Optional; default 0 (not a fixed date: a fixed-date rule without it is reported by <see cref="DeadlineParameters.Validate"/> and the calculator).</summary>
    public int Month { get; init; }

    /// <summary>For <see cref="DeadlineMethod.FixedDateOfNextYear"/> and <see cref="DeadlineMethod.FixedDateOfSameYear"/>: the day of the fixed date (valid in every year); otherwise 0. Optional; default 0 (not a fixed date: a fixed-date rule without it is reported by <see cref="DeadlineParameters.Validate"/> and the calculator).</summary>
    public int Day { get; init; }

    /// <summary>The clause the deadline comes from. Required.</summary>
    [JsonRequired]
    public Citation Citation { get; init; } = new(string.Empty, string.Empty, string.Empty);

    /// <summary>The day the document applies from: an event before it (or, for a reporting deadline, a due date before it) is not in force. Required.</summary>
    [JsonRequired]
    public LocalDate InForceFrom { get; init; }

    /// <summary>The rule in one line: name, period and citation.</summary>
    /// <returns>One line.</returns>
    public override string ToString() => Name + " — " + Describe() + " — " + Citation;

    internal string Describe() => Method switch
    {
        DeadlineMethod.Period => Amount + " " + UnitWord(Unit, Amount) + " after the event",
        DeadlineMethod.WorkingDaysInAdvance => Amount + " working days in advance",
        DeadlineMethod.MinimumDuration => "at least " + Amount + " " + UnitWord(Unit, Amount),
        DeadlineMethod.NthWorkingDayOfNextQuarter => "within the first " + Amount + " working days of the next quarter",
        DeadlineMethod.OnOrBeforeEvent => "on or before the day of the event",
        DeadlineMethod.FixedDateOfSameYear => "by " + Month.ToString("00", System.Globalization.CultureInfo.InvariantCulture) + "-" + Day.ToString("00", System.Globalization.CultureInfo.InvariantCulture) + " of the year named",
        _ => "by " + Month.ToString("00", System.Globalization.CultureInfo.InvariantCulture) + "-" + Day.ToString("00", System.Globalization.CultureInfo.InvariantCulture) + " of the next year",
    };

    internal static string UnitWord(PeriodUnit unit, int n) => unit switch
    {
        PeriodUnit.Days => n == 1 ? "day" : "days",
        PeriodUnit.Months => n == 1 ? "month" : "months",
        PeriodUnit.Years => n == 1 ? "year" : "years",
        _ => n == 1 ? "working day" : "working days",
    };
}

/// <summary>
/// The period-counting rules (Civil Code arts. 201–203), the policy choice for fixed dates, and every deadline the
/// gazette sets, as one dated parameter set. <see cref="Gazette2017"/> is the gazette's; a <c>with</c> copy is a what-if.
/// Source: 《中华人民共和国民法典》第二百零一条至第二百零三条; the deadlines of 海政发〔2017〕21号、海政发〔2017〕23号、海政发〔2017〕24号、海行规发〔2017〕8号、海政办发〔2017〕38号、海政办发〔2017〕46号、海政办发〔2017〕50号 and the district government office's budget-disclosure rules.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record DeadlineParameters : IVersionedParameters
{
    /// <summary>《中华人民共和国民法典》 — the statute whose arts. 200–204 govern the counting of periods.</summary>
    public static Citation CivilCode { get; } = new(string.Empty, "中华人民共和国民法典", string.Empty);

    /// <summary>海政发〔2017〕21号《海淀区智慧海淀建设项目管理办法（修订版）》, issued and in force 2017-06-21 (第四十三条).</summary>
    public static Citation SmartHaidian { get; } = new("海政发〔2017〕21号", "海淀区智慧海淀建设项目管理办法（修订版）", string.Empty);

    /// <summary>海行规发〔2017〕8号《海淀区建设发展基金管理办法（修订）》, in force 2017-09-08.</summary>
    public static Citation DevelopmentFund { get; } = new("海行规发〔2017〕8号", "海淀区建设发展基金管理办法（修订）", string.Empty);

    /// <summary>《北京市海淀区人民政府办公室预决算信息公开制度》 and its covering notice (no document number printed in the gazette).</summary>
    public static Citation BudgetDisclosure { get; } = new(string.Empty, "北京市海淀区人民政府办公室预决算信息公开制度", string.Empty);

    /// <summary>海政发〔2017〕23号《北京市海淀区人民政府关于魏公村小区项目的房屋征收决定》, 2017-07-05.</summary>
    public static Citation Expropriation { get; } = new("海政发〔2017〕23号", "北京市海淀区人民政府关于魏公村小区项目的房屋征收决定", string.Empty);

    /// <summary>海政办发〔2017〕46号《海淀区推进生活垃圾分类工作方案》, 2017-08-31.</summary>
    public static Citation WasteSorting { get; } = new("海政办发〔2017〕46号", "海淀区推进生活垃圾分类工作方案", string.Empty);

    /// <summary>海政发〔2017〕24号 — the forest-resources responsibility system notice, 2017-07-07.</summary>
    public static Citation Forest { get; } = new("海政发〔2017〕24号", "北京市海淀区人民政府关于建立完善落实本区“十三五”时期保护发展森林资源目标责任制的通知", string.Empty);

    /// <summary>海政办发〔2017〕38号《海淀区镇政府及国有农场耕地保护责任目标考核办法》, 2017-08-17.</summary>
    public static Citation CultivatedLand { get; } = new("海政办发〔2017〕38号", "海淀区镇政府及国有农场耕地保护责任目标考核办法", string.Empty);

    /// <summary>海政办发〔2017〕50号《北京市海淀区政务服务大厅管理暂行办法》, issued and in force 2017-09-15 (第三十五条).</summary>
    public static Citation ServiceHall { get; } = new("海政办发〔2017〕50号", "北京市海淀区政务服务大厅管理暂行办法", string.Empty);

    /// <summary>The gazette's deadlines and the Civil Code's counting rules.</summary>
    public static DeadlineParameters Gazette2017 { get; } = CreateGazette2017();

    /// <summary>The name of this parameter version, e.g. <c>gazette-2017</c>. Required.</summary>
    [JsonRequired]
    public string Version { get; init; } = string.Empty;

    /// <summary>The day the counting rules apply from. Required.</summary>
    [JsonRequired]
    public LocalDate InForceFrom { get; init; }

    /// <summary>The document these parameters come from. Required in JSON; in C# default 《中华人民共和国民法典》.</summary>
    [JsonRequired]
    public Citation Source { get; init; } = CivilCode;

    /// <summary>第二百零一条 — a period in days, months or years starts the day after the event. Required in JSON; in C# default 《中华人民共和国民法典》第二百零一条.</summary>
    [JsonRequired]
    public Citation PeriodStartRule { get; init; } = CivilCode.WithArticle("第二百零一条");

    /// <summary>第二百零二条 — a period in months or years ends on the corresponding day, or the month's last day when there is none. Required in JSON; in C# default 《中华人民共和国民法典》第二百零二条.</summary>
    [JsonRequired]
    public Citation PeriodEndRule { get; init; } = CivilCode.WithArticle("第二百零二条");

    /// <summary>第二百零三条 — a last day that is a statutory rest day moves to the first working day after it; the deadline is 24:00. Required in JSON; in C# default 《中华人民共和国民法典》第二百零三条.</summary>
    [JsonRequired]
    public Citation RestDayRule { get; init; } = CivilCode.WithArticle("第二百零三条");

    /// <summary>
    /// Whether fixed dates (「次年3月31日前」, 「每年2月15日前」, 「第一个月内」) falling on a rest day move to the next working day.
    /// Optional; default false: art. 203 governs periods, and a fixed date is not a period; the result says when one falls on a rest day.
    /// </summary>
    public bool MoveFixedDatesOffRestDays { get; init; }

    /// <summary>海政发〔2017〕21号 第十二条: the preliminary design plan, 45 working days after entering the reserve pool.</summary>
    [JsonRequired]
    public DeadlineRule SmartHaidianPreliminaryDesign { get; init; } = null!;

    /// <summary>海政发〔2017〕21号 第十二条: the letter agreeing to the funds review, within 10 working days.</summary>
    [JsonRequired]
    public DeadlineRule SmartHaidianFundsReviewLetter { get; init; } = null!;

    /// <summary>海政发〔2017〕21号 第十三条: the letter and plan to the finance bureau, 3 working days after receiving the letter.</summary>
    [JsonRequired]
    public DeadlineRule SmartHaidianSendToFinanceBureau { get; init; } = null!;

    /// <summary>海政发〔2017〕21号 第十五条: the kick-off meeting, 5 working days after approval.</summary>
    [JsonRequired]
    public DeadlineRule SmartHaidianKickOffMeeting { get; init; } = null!;

    /// <summary>海政发〔2017〕21号 第二十三条: procurement results and contracts filed, 7 working days after signing.</summary>
    [JsonRequired]
    public DeadlineRule SmartHaidianContractFiling { get; init; } = null!;

    /// <summary>海政发〔2017〕21号 第二十八条: preliminary acceptance, 15 working days after the conditions are met.</summary>
    [JsonRequired]
    public DeadlineRule SmartHaidianPreliminaryAcceptance { get; init; } = null!;

    /// <summary>海政发〔2017〕21号 第二十九条: trial operation of at least 60 days.</summary>
    [JsonRequired]
    public DeadlineRule SmartHaidianTrialOperation { get; init; } = null!;

    /// <summary>海政发〔2017〕21号 第三十条: final acceptance, 20 working days after a passed trial operation.</summary>
    [JsonRequired]
    public DeadlineRule SmartHaidianFinalAcceptance { get; init; } = null!;

    /// <summary>海政发〔2017〕21号 第三十二条: a warranty of at least two years.</summary>
    [JsonRequired]
    public DeadlineRule SmartHaidianWarranty { get; init; } = null!;

    /// <summary>海行规发〔2017〕8号 第十五条（四）: the quarterly custody report, within the first 10 working days of each quarter.</summary>
    [JsonRequired]
    public DeadlineRule FundQuarterlyCustodyReport { get; init; } = null!;

    /// <summary>海行规发〔2017〕8号 第十五条（四）: the annual custody report, within the first month of the accounting year.</summary>
    [JsonRequired]
    public DeadlineRule FundAnnualCustodyReport { get; init; } = null!;

    /// <summary>预决算信息公开制度 三: disclosure within 20 days of the finance bureau's approval.</summary>
    [JsonRequired]
    public DeadlineRule BudgetDisclosureAfterApproval { get; init; } = null!;

    /// <summary>预决算信息公开制度 五: confidential items reported within 2 working days of receiving the disclosure notice.</summary>
    [JsonRequired]
    public DeadlineRule BudgetConfidentialItems { get; init; } = null!;

    /// <summary>The covering notice: the reply letter within 5 working days of receiving the notice.</summary>
    [JsonRequired]
    public DeadlineRule BudgetRulesReplyLetter { get; init; } = null!;

    /// <summary>海政发〔2017〕23号: administrative reconsideration within 60 days of the decision's publication.</summary>
    [JsonRequired]
    public DeadlineRule ExpropriationReconsideration { get; init; } = null!;

    /// <summary>海政发〔2017〕23号: an administrative lawsuit within 6 months of the decision's publication.</summary>
    [JsonRequired]
    public DeadlineRule ExpropriationLawsuit { get; init; } = null!;

    /// <summary>海政办发〔2017〕46号 附件3 二 3.1: restaurants post the collection contract within 2 days of signing.</summary>
    [JsonRequired]
    public DeadlineRule RestaurantContractPosting { get; init; } = null!;

    /// <summary>海政发〔2017〕24号 附件1 七（二）: the forest self-inspection report by 31 March of the next year.</summary>
    [JsonRequired]
    public DeadlineRule ForestSelfInspectionReport { get; init; } = null!;

    /// <summary>海政办发〔2017〕38号 三（一）: the cultivated-land self-check by 15 February.</summary>
    [JsonRequired]
    public DeadlineRule CultivatedLandSelfCheck { get; init; } = null!;

    /// <summary>海政办发〔2017〕38号 三（二）: the district's cultivated-land inspection by 10 April.</summary>
    [JsonRequired]
    public DeadlineRule CultivatedLandInspection { get; init; } = null!;

    /// <summary>海政办发〔2017〕50号 第十四条: a service-hall staff change filed 5 working days in advance.</summary>
    [JsonRequired]
    public DeadlineRule ServiceHallStaffChange { get; init; } = null!;

    /// <summary>
    /// 海政发〔2017〕21号 第十二条 「截至8月底，凡已完成项目初步设计方案并通过技术评审的项目…选取部分项目」: to be selected for the
    /// year's draft list, a design must have passed technical review on or before 31 August of the selection year
    /// (key <c>smartHaidian.designReviewCutoff</c>; spec 09 "Deadlines not in spec 06"). A fixed date in the year named.
    /// </summary>
    [JsonRequired]
    public DeadlineRule SmartHaidianDesignReviewCutoff { get; init; } = null!;

    /// <summary>
    /// 海政发〔2017〕21号 第十七条 「在7月底前将《XXXX年度智慧海淀项目建设库》中部分备选项目调整为正式项目」: alternates promoted to formal
    /// projects on or before 31 July of the list year (key <c>smartHaidian.alternatePromotion</c>). A fixed date in the year named.
    /// </summary>
    [JsonRequired]
    public DeadlineRule SmartHaidianAlternatePromotion { get; init; } = null!;

    /// <summary>
    /// 海政发〔2017〕21号 第二十八条 「承建单位要做好遗留问题记录并在系统试运行前完成系统调整」: the preliminary acceptance's leftover issues
    /// fixed on or before the day the trial operation starts (key <c>smartHaidian.leftoverIssues</c>; 前 includes the day).
    /// </summary>
    [JsonRequired]
    public DeadlineRule SmartHaidianLeftoverIssues { get; init; } = null!;

    /// <summary>
    /// The stable key of every rule (spec 07 D-a), in the order of <see cref="Rules"/>: the spec 06 table, then the three
    /// 21号 rules of spec 09 "Deadlines not in spec 06". A key names the rule in JSON, case files and the tool.
    /// </summary>
    public static IReadOnlyList<string> RuleKeys { get; } = Array.AsReadOnly(new[]
    {
        "smartHaidian.preliminaryDesign", "smartHaidian.fundsReviewLetter", "smartHaidian.sendToFinance", "smartHaidian.kickOff",
        "smartHaidian.fileProcurement", "smartHaidian.preliminaryAcceptance", "smartHaidian.trialOperation", "smartHaidian.finalAcceptance",
        "smartHaidian.warranty", "developmentFund.quarterlyCustodyReport", "developmentFund.annualCustodyReport", "budgetDisclosure.afterApproval",
        "budgetDisclosure.confidentialItems", "budgetDisclosure.replyLetter", "expropriation.reconsideration", "expropriation.lawsuit",
        "wasteSorting.restaurantContractPosting", "forest.selfInspectionReport", "cultivatedLand.selfCheck", "cultivatedLand.inspection", "serviceHall.staffChange",
        "smartHaidian.designReviewCutoff", "smartHaidian.alternatePromotion", "smartHaidian.leftoverIssues",
    });

    /// <summary>The JSON name of the parameter that holds each rule (for overrides), in the order of <see cref="Rules"/>.</summary>
    internal static readonly string[] RuleParameterNames =
    {
        "smartHaidianPreliminaryDesign", "smartHaidianFundsReviewLetter", "smartHaidianSendToFinanceBureau", "smartHaidianKickOffMeeting",
        "smartHaidianContractFiling", "smartHaidianPreliminaryAcceptance", "smartHaidianTrialOperation", "smartHaidianFinalAcceptance",
        "smartHaidianWarranty", "fundQuarterlyCustodyReport", "fundAnnualCustodyReport", "budgetDisclosureAfterApproval",
        "budgetConfidentialItems", "budgetRulesReplyLetter", "expropriationReconsideration", "expropriationLawsuit",
        "restaurantContractPosting", "forestSelfInspectionReport", "cultivatedLandSelfCheck", "cultivatedLandInspection", "serviceHallStaffChange",
        "smartHaidianDesignReviewCutoff", "smartHaidianAlternatePromotion", "smartHaidianLeftoverIssues",
    };

    /// <summary>Every rule above, in the order of the spec 06 table, then the three 21号 rules of spec 09 (see <see cref="RuleKeys"/>).</summary>
    public IReadOnlyList<DeadlineRule> Rules => new[]
    {
        SmartHaidianPreliminaryDesign, SmartHaidianFundsReviewLetter, SmartHaidianSendToFinanceBureau, SmartHaidianKickOffMeeting,
        SmartHaidianContractFiling, SmartHaidianPreliminaryAcceptance, SmartHaidianTrialOperation, SmartHaidianFinalAcceptance,
        SmartHaidianWarranty, FundQuarterlyCustodyReport, FundAnnualCustodyReport, BudgetDisclosureAfterApproval,
        BudgetConfidentialItems, BudgetRulesReplyLetter, ExpropriationReconsideration, ExpropriationLawsuit,
        RestaurantContractPosting, ForestSelfInspectionReport, CultivatedLandSelfCheck, CultivatedLandInspection, ServiceHallStaffChange,
        SmartHaidianDesignReviewCutoff, SmartHaidianAlternatePromotion, SmartHaidianLeftoverIssues,
    };

    /// <summary>
    /// The rule with a stable key (spec 07 D-a), e.g. <c>Rule("cultivatedLand.inspection")</c>. Keys are matched exactly
    /// (case-sensitive).
    /// </summary>
    /// <param name="key">One of <see cref="RuleKeys"/>.</param>
    /// <returns>This parameter set's rule under that key.</returns>
    /// <exception cref="ValidationException">The key is not one of <see cref="RuleKeys"/> (path <c>rule</c>, code <c>invalidValue</c>; the message lists every key).</exception>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    public DeadlineRule Rule(string key)
    {
        if (key is null)
        {
            throw new ArgumentNullException(nameof(key));
        }

        var index = IndexOfKey(key);
        if (index < 0)
        {
            throw UnknownKey("rule", key);
        }

        return Rules[index];
    }

    internal static int IndexOfKey(string key)
    {
        for (var i = 0; i < RuleKeys.Count; i++)
        {
            if (string.Equals(RuleKeys[i], key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    internal static ValidationException UnknownKey(string path, string key) =>
        new(new[] { new ValidationError(path, ErrorCode.InvalidValue, $"'{key}' is not a rule key: one of {string.Join(", ", RuleKeys)}") });

    /// <summary>Checks the set: every rule present, named, cited, with an amount and unit its method allows.</summary>
    /// <returns>Every problem with its field path (e.g. <c>expropriationLawsuit.amount</c>); empty when sound.</returns>
    public IReadOnlyList<ValidationError> Validate()
    {
        var v = new Validator();
        v.RequiredText("version", Version);
        v.Required("periodStartRule", PeriodStartRule);
        v.Required("periodEndRule", PeriodEndRule);
        v.Required("restDayRule", RestDayRule);
        var names = RuleParameterNames;
        var rules = Rules;
        for (var i = 0; i < names.Length; i++)
        {
            if (v.Required(names[i], rules[i]))
            {
                ValidateRule(v, names[i], rules[i]);
                if (!string.Equals(rules[i].Key, RuleKeys[i], StringComparison.Ordinal))
                {
                    v.Add(Validator.Field(names[i], "key"), ErrorCode.Inconsistent, $"must be this rule's stable key '{RuleKeys[i]}' (got '{rules[i].Key}')");
                }
            }
        }

        return v.Errors;
    }

    internal static void ValidateRule(Validator v, string path, DeadlineRule rule)
    {
        if (rule.Key is null)
        {
            v.Add(Validator.Field(path, "key"), ErrorCode.Required, "must not be null (a rule of your own may leave it empty)");
        }

        v.RequiredText(Validator.Field(path, "name"), rule.Name);
        if (v.Required(Validator.Field(path, "citation"), rule.Citation) && string.IsNullOrWhiteSpace(rule.Citation.DocumentNumber) && string.IsNullOrWhiteSpace(rule.Citation.Title))
        {
            v.Add(Validator.Field(path, "citation"), ErrorCode.Required, "must name the document (number or title)");
        }

        // Spec 07 C4: an undefined unit is never read as another member (it was counted as years, or ignored by the methods that do not use it).
        var unitDefined = v.Defined(Validator.Field(path, "unit"), rule.Unit);
        switch (rule.Method)
        {
            case DeadlineMethod.Period:
            case DeadlineMethod.MinimumDuration:
                if (unitDefined)
                {
                    CheckAmount(v, path, rule.Amount, rule.Unit);
                }

                if (rule.Method == DeadlineMethod.MinimumDuration && rule.Unit == PeriodUnit.WorkingDays)
                {
                    v.Add(Validator.Field(path, "unit"), ErrorCode.InvalidValue, "a minimum duration is counted in days, months or years");
                }

                break;
            case DeadlineMethod.WorkingDaysInAdvance:
            case DeadlineMethod.NthWorkingDayOfNextQuarter:
                CheckAmount(v, path, rule.Amount, PeriodUnit.WorkingDays);
                if (unitDefined && rule.Unit != PeriodUnit.WorkingDays)
                {
                    v.Add(Validator.Field(path, "unit"), ErrorCode.InvalidValue, "must be WorkingDays for " + rule.Method);
                }

                break;
            case DeadlineMethod.OnOrBeforeEvent:
                break;
            case DeadlineMethod.FixedDateOfNextYear:
            case DeadlineMethod.FixedDateOfSameYear:
                if (rule.Month is < 1 or > 12)
                {
                    v.Add(Validator.Field(path, "month"), ErrorCode.OutOfRange, "must be 1 to 12 (got " + rule.Month + ")");
                }
                else if (rule.Day < 1 || rule.Day > CalendarSystem.Iso.GetDaysInMonth(2001, rule.Month))
                {
                    v.Add(Validator.Field(path, "day"), ErrorCode.OutOfRange, "must be a day that exists in month " + rule.Month + " of every year (got " + rule.Day + ")");
                }

                break;
            default:
                v.Add(Validator.Field(path, "method"), ErrorCode.InvalidValue, "is not a known method");
                break;
        }
    }

    internal static void CheckAmount(Validator v, string path, int amount, PeriodUnit unit)
    {
        var max = MaximumAmount(unit);
        if (amount < 1 || amount > max)
        {
            v.Add(Validator.Field(path, "amount"), ErrorCode.OutOfRange, $"must be between 1 and {max} {DeadlineRule.UnitWord(unit, 2)} (got {amount})");
        }
    }

    internal static int MaximumAmount(PeriodUnit unit) => unit switch
    {
        PeriodUnit.Days => 36_600,
        PeriodUnit.Months => 1_200,
        PeriodUnit.Years => 100,
        _ => WorkingDayArithmetic.MaximumWorkingDays,
    };

    private static DeadlineRule Rule(string key, string name, string text, DeadlineMethod method, int amount, PeriodUnit unit, Citation doc, string article, LocalDate inForce) =>
        new() { Key = key, Name = name, Text = text, Method = method, Amount = amount, Unit = unit, Citation = doc.WithArticle(article), InForceFrom = inForce };

    private static DeadlineRule Fixed(string key, string name, string text, int month, int day, Citation doc, string article, LocalDate inForce, DeadlineMethod method = DeadlineMethod.FixedDateOfNextYear) =>
        new() { Key = key, Name = name, Text = text, Method = method, Unit = PeriodUnit.Days, Month = month, Day = day, Citation = doc.WithArticle(article), InForceFrom = inForce };

    private static DeadlineParameters CreateGazette2017()
    {
        var smart = new LocalDate(2017, 6, 21);
        var fund = new LocalDate(2017, 9, 8);

        // The budget-disclosure notice is undated in the gazette; the latest dated neighbour (海政办发〔2017〕52号, 2017-09-25) is used, never retroactive.
        var budget = new LocalDate(2017, 9, 25);
        const DeadlineMethod P = DeadlineMethod.Period;
        const PeriodUnit WD = PeriodUnit.WorkingDays;
        return new DeadlineParameters
        {
            Version = "gazette-2017",
            InForceFrom = smart,
            Source = new Citation(string.Empty, "北京市海淀区人民政府公报 2017年第3期", string.Empty),
            MoveFixedDatesOffRestDays = false,
            SmartHaidianPreliminaryDesign = Rule("smartHaidian.preliminaryDesign", "smart-Haidian: preliminary design plan after entering the reserve pool", "项目建设单位应在45个工作日内，将项目初步设计方案报送智慧海淀办公室进行技术评审", P, 45, WD, SmartHaidian, "第十二条", smart),
            SmartHaidianFundsReviewLetter = Rule("smartHaidian.fundsReviewLetter", "smart-Haidian: letter agreeing to the funds review", "并在10个工作日内，出具《同意XXXX项目进行资金评审的函》", P, 10, WD, SmartHaidian, "第十二条", smart),
            SmartHaidianSendToFinanceBureau = Rule("smartHaidian.sendToFinance", "smart-Haidian: send the letter and the plan to the finance bureau", "项目建设单位收到…《同意XXXX项目进行资金评审的函》后，在3个工作日内将该函与《XXXX项目初步设计方案》一并报送区财政局进行资金评审", P, 3, WD, SmartHaidian, "第十三条", smart),
            SmartHaidianKickOffMeeting = Rule("smartHaidian.kickOff", "smart-Haidian: project kick-off meeting after approval", "待审批通过后，智慧海淀办公室会同区财政局等部门在5个工作日内组织召开项目启动会", P, 5, WD, SmartHaidian, "第十五条", smart),
            SmartHaidianContractFiling = Rule("smartHaidian.fileProcurement", "smart-Haidian: file procurement results and contracts after signing", "项目建设单位完成合同签订后7个工作日内，应将采购结果及项目相关合同…报送智慧海淀办公室备案", P, 7, WD, SmartHaidian, "第二十三条", smart),
            SmartHaidianPreliminaryAcceptance = Rule("smartHaidian.preliminaryAcceptance", "smart-Haidian: preliminary acceptance after the conditions are met", "在项目满足合同约定、通过信息系统使用测试、经费使用符合财务规定后的15个工作日内，项目建设单位应当组织…召开项目初验评审会", P, 15, WD, SmartHaidian, "第二十八条", smart),
            SmartHaidianTrialOperation = Rule("smartHaidian.trialOperation", "smart-Haidian: trial operation", "系统试运行时间不少于60天", DeadlineMethod.MinimumDuration, 60, PeriodUnit.Days, SmartHaidian, "第二十九条", smart),
            SmartHaidianFinalAcceptance = Rule("smartHaidian.finalAcceptance", "smart-Haidian: final acceptance after a passed trial operation", "系统试运行合格后的20个工作日内进行竣工验收", P, 20, WD, SmartHaidian, "第三十条", smart),
            SmartHaidianWarranty = Rule("smartHaidian.warranty", "smart-Haidian: warranty", "智慧海淀建设项目质保期至少两年", DeadlineMethod.MinimumDuration, 2, PeriodUnit.Years, SmartHaidian, "第三十二条", smart),
            FundQuarterlyCustodyReport = Rule("developmentFund.quarterlyCustodyReport", "development fund: quarterly custody report on the previous quarter", "每季度前10个工作日内，向区国投中心报送上一季度资金托管报告", DeadlineMethod.NthWorkingDayOfNextQuarter, 10, WD, DevelopmentFund, "第十五条（四）", fund),
            FundAnnualCustodyReport = Fixed("developmentFund.annualCustodyReport", "development fund: annual custody report on the previous year", "并在每个会计年度第一个月内向其报送上一年度资金托管报告", 1, 31, DevelopmentFund, "第十五条（四）", fund),
            BudgetDisclosureAfterApproval = Rule("budgetDisclosure.afterApproval", "budget disclosure after the finance bureau's approval", "区级财政部门批准(批复)预决算后20日内，“三公”经费随同预决算一并公开", P, 20, PeriodUnit.Days, BudgetDisclosure, "三、公开时间", budget),
            BudgetConfidentialItems = Rule("budgetDisclosure.confidentialItems", "confidential items reported after the disclosure notice", "务必在接到区政府办预决算信息公开通知的2个工作日内，将涉密项目名称、额度号及金额报区政府办", P, 2, WD, BudgetDisclosure, "五、公开要求", budget),
            BudgetRulesReplyLetter = Rule("budgetDisclosure.replyLetter", "reply letter accepting the disclosure rules, after receiving the notice", "请在接到本通知5个工作日内将《关于〈北京市海淀区人民政府办公室预决算信息公开制度〉的回函》报我办备案", P, 5, WD, BudgetDisclosure with { Title = "北京市海淀区人民政府办公室印发本办预决算信息公开制度的通知" }, "通知正文", budget),
            ExpropriationReconsideration = Rule("expropriation.reconsideration", "expropriation decision: administrative reconsideration", "被征收人对本决定不服的，可自房屋征收决定公布之日起60日内依法申请行政复议", P, 60, PeriodUnit.Days, Expropriation, "五、联系方式 末段", new LocalDate(2017, 7, 5)),
            ExpropriationLawsuit = Rule("expropriation.lawsuit", "expropriation decision: administrative lawsuit", "也可自房屋征收决定公布之日起6个月内依法提起行政诉讼", P, 6, PeriodUnit.Months, Expropriation, "五、联系方式 末段", new LocalDate(2017, 7, 5)),
            RestaurantContractPosting = Rule("wasteSorting.restaurantContractPosting", "restaurants post the collection contract after signing", "各餐饮单位于签订合同之日起2日内，将合同首页末页公示于店内明显位置", P, 2, PeriodUnit.Days, WasteSorting, "附件3 二 3.1", new LocalDate(2017, 8, 31)),
            ForestSelfInspectionReport = Fixed("forest.selfInspectionReport", "forest self-inspection report on the previous year", "被检查镇、林场对照有关规定开展自查，于次年3月31日前将上年度责任制落实情况整理形成书面报告材料报区园林绿化局", 3, 31, Forest, "附件1 七（二）", new LocalDate(2017, 7, 7)),
            CultivatedLandSelfCheck = Fixed("cultivatedLand.selfCheck", "cultivated-land self-check on the previous year", "各镇、国有农场每年2月15日前对上一年度耕地保护责任目标履行情况进行自查", 2, 15, CultivatedLand, "三（一）", new LocalDate(2017, 8, 17)),
            CultivatedLandInspection = Fixed("cultivatedLand.inspection", "district inspection of the previous year's cultivated-land targets", "区政府组织国土海淀分局、区农委、区审计局、区统计局等部门于每年4月10前对…上一年度耕地保护责任目标履行情况进行检查", 4, 10, CultivatedLand, "三（二）", new LocalDate(2017, 8, 17)),
            SmartHaidianDesignReviewCutoff = Fixed("smartHaidian.designReviewCutoff", "smart-Haidian: design passed technical review, to be selected for the year's draft list", "截至8月底，凡已完成项目初步设计方案并通过技术评审的项目，智慧海淀办公室适时会同区财政局等部门按照一定优先级从项目储备库中选取部分项目", 8, 31, SmartHaidian, "第十二条", smart, DeadlineMethod.FixedDateOfSameYear),
            SmartHaidianAlternatePromotion = Fixed("smartHaidian.alternatePromotion", "smart-Haidian: alternates promoted to formal projects", "在7月底前将《XXXX年度智慧海淀项目建设库》中部分备选项目调整为正式项目，报区财政局备案", 7, 31, SmartHaidian, "第十七条", smart, DeadlineMethod.FixedDateOfSameYear),
            SmartHaidianLeftoverIssues = new DeadlineRule { Key = "smartHaidian.leftoverIssues", Name = "smart-Haidian: leftover issues of the preliminary acceptance fixed before the trial operation", Text = "对于初验中遗留的问题，承建单位要做好遗留问题记录并在系统试运行前完成系统调整", Method = DeadlineMethod.OnOrBeforeEvent, Unit = PeriodUnit.Days, Citation = SmartHaidian.WithArticle("第二十八条"), InForceFrom = smart },
            ServiceHallStaffChange = Rule("serviceHall.staffChange", "government-service hall: staff change filed in advance", "各派驻单位选派、调整、更换窗口工作人员，应提前5个工作日报区政务中心备案", DeadlineMethod.WorkingDaysInAdvance, 5, WD, ServiceHall, "第十四条", new LocalDate(2017, 9, 15)),
        };
    }
}
