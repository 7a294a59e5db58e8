using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;
using NodaTime;

namespace Haidian.Rules.ForestAssessment;

/// <summary>One part (一级分类) of the scoring sheet: 资金投入和队伍建设 (25), 森林资源保护管理和利用 (50), 森林经营与抚育管理 (25). Source: 海政发〔2017〕24号 附件2 一（一）.</summary>
/// <param name="Number">The part's number, 1 to 3 in the gazette.</param>
/// <param name="Title">The part's title as printed, e.g. <c>资金投入和队伍建设</c>.</param>
/// <param name="Points">The part's points; must equal the sum of its rows' points.</param>
public sealed record PartDefinition(int Number, string Title, decimal Points);

/// <summary>One row of the scoring sheet (附件2 一（二）): its item, points and criterion (评价方法). Source: 海政发〔2017〕24号 附件2 一（二）.</summary>
/// <param name="Row">Which row.</param>
/// <param name="Label">The row's label in this library's docs and the spec, e.g. <c>5a</c>.</param>
/// <param name="Part">The part (1–3) it belongs to.</param>
/// <param name="Item">The item (1–14) it belongs to, e.g. 5 for （5）严格林地保护.</param>
/// <param name="ItemTitle">The item's title as printed in the table, e.g. <c>严格林地保护，不出现违法使用林地情况</c>.</param>
/// <param name="Criterion">The criterion as printed (评价方法), e.g. <c>占用林地审核率100%。</c>.</param>
/// <param name="Points">The row's points (分数).</param>
public sealed record RowDefinition(ScorecardRow Row, string Label, int Part, int Item, string ItemTitle, string Criterion, decimal Points);

/// <summary>
/// The district's targets for the end of the 十三五 period (通知 二). Areas in hectares (公顷), volumes in cubic metres.
/// Source: 海政发〔2017〕24号 通知 二（一）至（三）.
/// </summary>
/// <param name="TargetYear">The year the end-of-period targets fall due (「十三五末」: 2020).</param>
/// <param name="PeriodFirstYear">The first year of the period over which harvest and tending accumulate (2016).</param>
/// <param name="CoveragePercent">森林覆盖率达到35.78% (通知 二（一）).</param>
/// <param name="GrowingStock">森林蓄积量达到74.89万立方米: 748,900 m³ (通知 二（一）).</param>
/// <param name="ForestLandArea">林地保有量增加到17200公顷 (通知 二（一）).</param>
/// <param name="HarvestQuota">森林采伐总消耗量不突破采伐限额指标15400立方米, over the period (通知 二（二）).</param>
/// <param name="OccupiedLandApprovalPercent">征占用林地审核率达到100% (通知 二（二）).</param>
/// <param name="TendingArea">完成林木抚育1000公顷, over the period (通知 二（三）).</param>
/// <param name="OtherCoverageFigure">A note on a different figure elsewhere in the gazette (the rural-urbanisation plan 海政发〔2017〕28号
/// sets coverage 「不低于35.67%」); shown beside the coverage target, never used in a comparison. Null for none.</param>
public sealed record DistrictTargets(
    int TargetYear,
    int PeriodFirstYear,
    decimal CoveragePercent,
    decimal GrowingStock,
    decimal ForestLandArea,
    decimal HarvestQuota,
    decimal OccupiedLandApprovalPercent,
    decimal TendingArea,
    string? OtherCoverageFigure);

/// <summary>
/// Every number of 海政发〔2017〕24号 附件2 (and the district targets of the notice) as data: one dated version of the
/// forest-protection scorecard. <see cref="Gazette2017"/> is the gazette's; a copy made with <c>with</c> is a what-if
/// (other points, other thresholds, other grade bands), checked by <see cref="Validate"/> when a
/// <see cref="ForestAssessmentCalculator"/> is built from it, so a broken copy is rejected with the offending rows named.
/// </summary>
/// <remarks>Immutable and thread-safe. Rates are percentages (80 means 80%), compared exactly.</remarks>
public sealed record ForestAssessmentParameters : IVersionedParameters
{
    /// <summary>The document: 海政发〔2017〕24号《关于建立完善落实本区"十三五"时期保护发展森林资源目标责任制的通知》.</summary>
    public static Citation Document { get; } = new("海政发〔2017〕24号", "关于建立完善落实本区“十三五”时期保护发展森林资源目标责任制的通知", string.Empty);

    /// <summary>The gazette's scorecard, issued 2017-07-07 and applied to the assessment years 2016–2020.</summary>
    public static ForestAssessmentParameters Gazette2017 { get; } = new()
    {
        Version = "gazette-2017",
        InForceFrom = new LocalDate(2017, 7, 7),
        Source = Document.WithArticle("附件2"),
        FirstAssessmentYear = 2016,
        LastAssessmentYear = 2020,
        Parts = new[]
        {
            new PartDefinition(1, "资金投入和队伍建设", 25m),
            new PartDefinition(2, "森林资源保护管理和利用", 50m),
            new PartDefinition(3, "森林经营与抚育管理", 25m),
        },
        Rows = new[]
        {
            new RowDefinition(ScorecardRow.Funding, "1", 1, 1, "森林发展和保护资金投入", "有固定的投入，严格按照批复使用资金。无资金投入为0分。", 10m),
            new RowDefinition(ScorecardRow.ManagementBody, "2a", 1, 2, "森林资源保护管理机构建立和责任落实", "成立了森林资源保护管理机构。", 5m),
            new RowDefinition(ScorecardRow.ManagementResponsibility, "2b", 1, 2, "森林资源保护管理机构建立和责任落实", "森林管护责任得到落实。", 5m),
            new RowDefinition(ScorecardRow.ProtectionTeam, "3a", 1, 3, "森林资源保护管理队伍建设和设备配备", "建立了森林资源管护队伍。", 3m),
            new RowDefinition(ScorecardRow.Equipment, "3b", 1, 3, "森林资源保护管理队伍建设和设备配备", "配备专业的森林资源管理设备，并有专人维护。", 2m),
            new RowDefinition(ScorecardRow.HarvestPermitted, "4a", 2, 4, "严格执行森林采伐管理制度情况", "林木采伐量与审核批准量一致。", 5m),
            new RowDefinition(ScorecardRow.HarvestWithinQuota, "4b", 2, 4, "严格执行森林采伐管理制度情况", "无超限额采伐现象。", 3m),
            new RowDefinition(ScorecardRow.NoIllegalLogging, "4c", 2, 4, "严格执行森林采伐管理制度情况", "无乱砍滥伐现象。", 2m),
            new RowDefinition(ScorecardRow.OccupiedLandApproval, "5a", 2, 5, "严格林地保护，不出现违法使用林地情况", "占用林地审核率100%。", 5m),
            new RowDefinition(ScorecardRow.IllegalLandUse, "5b", 2, 5, "严格林地保护，不出现违法使用林地情况", "无违法使用林地案件发生，或依法处理违法使用林地案件。", 3m),
            new RowDefinition(ScorecardRow.ForestLandGrowth, "5c", 2, 5, "严格林地保护，不出现违法使用林地情况", "辖区内林地面积稳定增加。", 2m),
            new RowDefinition(ScorecardRow.GrowingStockGrowth, "6", 2, 6, "森林蓄积量增长情况", "辖区内森林资源动态监测结果显示森林蓄积总量稳定增长。", 10m),
            new RowDefinition(ScorecardRow.CoverageGrowth, "7", 2, 7, "森林覆盖率增长情况", "辖区内森林资源动态监测结果显示森林覆盖率稳定增长。", 5m),
            new RowDefinition(ScorecardRow.RationalUse, "8", 2, 8, "林地科学合理利用", "按照林地保护利用规划对森林资源进行科学合理利用。", 5m),
            new RowDefinition(ScorecardRow.DisputeResolution, "9", 2, 9, "林权纠纷调处", "林权纠纷调处率达80%以上。", 5m),
            new RowDefinition(ScorecardRow.PublicWelfareForest, "10", 2, 10, "生态公益林管护情况", "生态公益林管护率达100%。", 5m),
            new RowDefinition(ScorecardRow.ManagementPlan, "11", 3, 11, "森林经营方案编制情况", "完成森林经营方案编制。", 5m),
            new RowDefinition(ScorecardRow.Afforestation, "12a", 3, 12, "更新造林任务完成情况", "新造林按照计划实施，人工造林完成率、合格率均达85%以上。", 5m),
            new RowDefinition(ScorecardRow.Regeneration, "12b", 3, 12, "更新造林任务完成情况", "迹地更新率、更新核实率和更新合格率均达到100%，无迹地更新任务不扣分。", 5m),
            new RowDefinition(ScorecardRow.Tending, "13", 3, 13, "森林抚育", "抚育任务完成率100%以上。", 5m),
            new RowDefinition(ScorecardRow.VegetationRestoration, "14", 3, 14, "植被恢复完成情况", "植被恢复达到占一还一的要求。无植被恢复任务不扣分。", 5m),
        },
        PermitRatePercent = 100m,
        OccupiedLandApprovalPercent = 100m,
        DisputeResolutionPercent = 80m,
        PublicWelfareManagementPercent = 100m,
        AfforestationPercent = 85m,
        RegenerationPercent = 100m,
        TendingPercent = 100m,
        RestorationRatio = 1m,
        GradeBands = new[]
        {
            new Band<Grade>(0m, true, 60m, false, Grade.Poor),
            new Band<Grade>(60m, true, 80m, false, Grade.Fair),
            new Band<Grade>(80m, true, 90m, false, Grade.Good),
            new Band<Grade>(90m, true, 100m, true, Grade.Excellent),
        },
        CommendedGrade = Grade.Excellent,
        CriticisedGrade = Grade.Poor,
        AccountabilityConsecutiveYears = 3,
        SelfReportDueMonth = 3,
        SelfReportDueDay = 31,
        InspectionDueMonth = 5,
        Targets = new DistrictTargets(2020, 2016, 35.78m, 748_900m, 17_200m, 15_400m, 100m, 1_000m,
            "海政发〔2017〕28号《海淀区“十三五”时期农村城市化规划》 sets coverage 「不低于35.67%」 (a 预期性 indicator); this view follows 海政发〔2017〕24号 通知 二（一） (35.78%)."),
    };

    /// <summary>The largest area (hectares), volume (m³) or count accepted in any input: far above any real figure, it keeps exact arithmetic inside <see cref="decimal"/>.</summary>
    public const decimal MaximumQuantity = 1_000_000_000_000m;

    /// <inheritdoc/>
    [JsonRequired]
    public string Version { get; init; } = string.Empty;

    /// <summary>The day the scorecard was issued (2017-07-07 for the gazette: no commencement clause, so the issue date).</summary>
    [JsonRequired]
    public LocalDate InForceFrom { get; init; }

    /// <summary>The clause this parameter version comes from. <see cref="Document"/> (the document without an article) when a copy made in C# does not set
    /// it. Required in JSON: System.Text.Json's generated reader sets every init-only member it binds, so a <c>source</c> left
    /// out would read as null, not as this default.</summary>
    [JsonRequired]
    public Citation Source { get; init; } = Document;

    /// <summary>The first assessment year the scorecard covers (「十三五」时期: 2016). Earlier years are not in force.</summary>
    [JsonRequired]
    public int FirstAssessmentYear { get; init; }

    /// <summary>The last assessment year the scorecard covers (2020, the end of 十三五). Later years are rejected.</summary>
    [JsonRequired]
    public int LastAssessmentYear { get; init; }

    /// <summary>附件2 一（一）: the three parts (一级分类) and their points.</summary>
    [JsonRequired]
    public IReadOnlyList<PartDefinition> Parts { get; init; } = Array.Empty<PartDefinition>();

    /// <summary>附件2 一（二）: the 21 rows, each exactly once, in the sheet's order.</summary>
    [JsonRequired]
    public IReadOnlyList<RowDefinition> Rows { get; init; } = Array.Empty<RowDefinition>();

    /// <summary>Row 4a: 采伐发证率 (附件2 一（三）4) needed, percent — 100 (every cubic metre harvested was permitted).</summary>
    [JsonRequired]
    public decimal PermitRatePercent { get; init; }

    /// <summary>Row 5a: 占用林地审核率 (附件2 一（三）5) needed, percent — 100.</summary>
    [JsonRequired]
    public decimal OccupiedLandApprovalPercent { get; init; }

    /// <summary>Row 9: 林权纠纷调处率 (附件2 一（三）7) needed, percent — 「80%以上」, so 80 itself meets it.</summary>
    [JsonRequired]
    public decimal DisputeResolutionPercent { get; init; }

    /// <summary>Row 10: 生态公益林管护率 (附件2 一（三）8) needed, percent — 100.</summary>
    [JsonRequired]
    public decimal PublicWelfareManagementPercent { get; init; }

    /// <summary>Row 12a: 人工造林完成率 and 合格率 (附件2 一（三）2) each needed, percent — 「均达85%以上」, 85 included.</summary>
    [JsonRequired]
    public decimal AfforestationPercent { get; init; }

    /// <summary>Row 12b: 迹地更新率, 更新核实率 and 更新合格率 (附件2 一（三）6) each needed, percent — 100.</summary>
    [JsonRequired]
    public decimal RegenerationPercent { get; init; }

    /// <summary>Row 13: 森林抚育任务完成率 (附件2 一（三）3) needed, percent — 「100%以上」.</summary>
    [JsonRequired]
    public decimal TendingPercent { get; init; }

    /// <summary>Row 14: 占一还一 — hectares to restore per hectare occupied — 1. Met when restored ≥ ratio × occupied.</summary>
    [JsonRequired]
    public decimal RestorationRatio { get; init; }

    /// <summary>
    /// 附件2 二: the grade bands over [0, total points], lowest first. The text's bands (「90分以上」「80-90分」「60-79分」
    /// 「60分以下」) overlap at 90 and 60 and leave (79, 80) open; the reading is lower bound inclusive, overlaps to the
    /// higher band: [0, 60) 差, [60, 80) 中等, [80, 90) 良好, [90, 100] 优秀. Checked with <see cref="BandTable{T}"/>: a gap,
    /// an overlap or an unreachable grade is rejected with the rows named.
    /// </summary>
    [JsonRequired]
    public IReadOnlyList<Band<Grade>> GradeBands { get; init; } = Array.Empty<Band<Grade>>();

    /// <summary>附件2 二: the grade whose towns are commended (通报表扬) — 优秀.</summary>
    [JsonRequired]
    public Grade CommendedGrade { get; init; }

    /// <summary>附件2 二: the grade whose towns are criticised (通报批评) and must rectify and report in writing; three years of it in a row start accountability — 差.</summary>
    [JsonRequired]
    public Grade CriticisedGrade { get; init; }

    /// <summary>附件2 二: consecutive assessment years of <see cref="CriticisedGrade"/> that start the accountability mechanism — 「连续3年」.</summary>
    [JsonRequired]
    public int AccountabilityConsecutiveYears { get; init; }

    /// <summary>附件1 七（二）: the month of the following year by which the unit's written self-report is due — 「次年3月31日前」: 3.</summary>
    [JsonRequired]
    public int SelfReportDueMonth { get; init; }

    /// <summary>附件1 七（二）: the day of <see cref="SelfReportDueMonth"/> by which the self-report is due — 31.</summary>
    [JsonRequired]
    public int SelfReportDueDay { get; init; }

    /// <summary>附件1 十: the month of the following year by whose end inspection, report and notification are done — 「每年5月底前」: 5.</summary>
    [JsonRequired]
    public int InspectionDueMonth { get; init; }

    /// <summary>通知 二: the district's targets for 2020.</summary>
    [JsonRequired]
    public DistrictTargets Targets { get; init; } = null!;

    /// <summary>The sum of the rows' points (100 for the gazette).</summary>
    public decimal MaximumScore => Rows.Sum(r => r is null ? 0m : r.Points);

    /// <summary>Checks every number and table; returns every problem with its field path (empty when sound).</summary>
    /// <returns>The problems found.</returns>
    public IReadOnlyList<ValidationError> Validate()
    {
        var v = new Validator();
        v.RequiredText("version", Version);
        v.Required("source", Source);
        if (FirstAssessmentYear < 1 || LastAssessmentYear > 9998 || FirstAssessmentYear > LastAssessmentYear)
        {
            v.Add("lastAssessmentYear", ErrorCode.Inconsistent, $"the assessment years must run forwards within 1–9998 (got {FirstAssessmentYear}–{LastAssessmentYear})");
        }

        CheckParts(v);
        CheckRows(v);
        foreach (var (name, value) in new[]
        {
            ("permitRatePercent", PermitRatePercent), ("occupiedLandApprovalPercent", OccupiedLandApprovalPercent),
            ("disputeResolutionPercent", DisputeResolutionPercent), ("publicWelfareManagementPercent", PublicWelfareManagementPercent),
            ("afforestationPercent", AfforestationPercent), ("regenerationPercent", RegenerationPercent), ("tendingPercent", TendingPercent),
        })
        {
            v.InRange(name, value, 0m, 1000m);
        }

        v.InRange("restorationRatio", RestorationRatio, 0m, 1000m);
        if (SelfReportDueMonth < 1 || SelfReportDueMonth > 12)
        {
            v.Add("selfReportDueMonth", ErrorCode.OutOfRange, "must be between 1 and 12");
        }
        else if (SelfReportDueDay < 1 || SelfReportDueDay > 28 + (SelfReportDueMonth == 2 ? 0 : SelfReportDueMonth is 4 or 6 or 9 or 11 ? 2 : 3))
        {
            v.Add("selfReportDueDay", ErrorCode.OutOfRange, "must be a day of the month that exists in every year");
        }

        if (InspectionDueMonth < 1 || InspectionDueMonth > 12)
        {
            v.Add("inspectionDueMonth", ErrorCode.OutOfRange, "must be between 1 and 12");
        }

        if (GradeBands is null)
        {
            v.Add("gradeBands", ErrorCode.Required, "is required");
        }
        else if (Rows is not null)
        {
            v.AddRange(BandTable<Grade>.Check("gradeBands", GradeBands, 0m, MaximumScore));
            for (var i = 0; i < GradeBands.Count; i++)
            {
                if (GradeBands[i] is { } b && !Enum.IsDefined(typeof(Grade), b.Value))
                {
                    v.Add(Validator.Field(Validator.Index("gradeBands", i), "value"), ErrorCode.InvalidValue, "is not a grade");
                }
            }

            foreach (var g in GradeBands.Where(b => b is not null).GroupBy(b => b.Value).Where(g => g.Count() > 1))
            {
                v.Add("gradeBands", ErrorCode.Inconsistent, $"grade '{g.Key}' has more than one band");
            }

            for (var i = 1; i < GradeBands.Count; i++)
            {
                if (GradeBands[i] is { } cur && GradeBands[i - 1] is { } prev && cur.Value < prev.Value)
                {
                    v.Add(Validator.Index("gradeBands", i), ErrorCode.Inconsistent, $"grade '{cur.Value}' is below '{prev.Value}' of the band under it: a higher score must never give a lower grade");
                }
            }
        }

        if (!Enum.IsDefined(typeof(Grade), CommendedGrade))
        {
            v.Add("commendedGrade", ErrorCode.InvalidValue, "is not a grade");
        }

        if (!Enum.IsDefined(typeof(Grade), CriticisedGrade))
        {
            v.Add("criticisedGrade", ErrorCode.InvalidValue, "is not a grade");
        }

        if (AccountabilityConsecutiveYears < 1 || AccountabilityConsecutiveYears > 100)
        {
            v.Add("accountabilityConsecutiveYears", ErrorCode.OutOfRange, "must be between 1 and 100");
        }

        if (v.Required("targets", Targets))
        {
            var t = Targets!;
            if (t.PeriodFirstYear < 1 || t.TargetYear > 9998 || t.PeriodFirstYear > t.TargetYear)
            {
                v.Add("targets.targetYear", ErrorCode.Inconsistent, $"the target period must run forwards within 1–9998 (got {t.PeriodFirstYear}–{t.TargetYear})");
            }

            v.InRange("targets.coveragePercent", t.CoveragePercent, 0m, 100m);
            v.InRange("targets.growingStock", t.GrowingStock, 0m, MaximumQuantity);
            v.InRange("targets.forestLandArea", t.ForestLandArea, 0m, MaximumQuantity);
            v.InRange("targets.harvestQuota", t.HarvestQuota, 0m, MaximumQuantity);
            v.InRange("targets.occupiedLandApprovalPercent", t.OccupiedLandApprovalPercent, 0m, 1000m);
            v.InRange("targets.tendingArea", t.TendingArea, 0m, MaximumQuantity);
        }

        return v.Errors;
    }

    /// <summary>The definition of a row.</summary>
    /// <param name="row">The row.</param>
    /// <returns>Its definition.</returns>
    /// <exception cref="ValidationException"><paramref name="row"/> is not a defined <see cref="ScorecardRow"/> (<c>invalidValue</c> at <c>row</c>; spec 07 C4), or the row is not in <see cref="Rows"/>.</exception>
    public RowDefinition DefinitionOf(ScorecardRow row)
    {
        Validator.RequireDefined("row", row);
        foreach (var r in Rows)
        {
            if (r is not null && r.Row == row)
            {
                return r;
            }
        }

        throw new ValidationException(new[] { new ValidationError("rows", ErrorCode.InvalidValue, $"row '{row}' is not defined") });
    }

    private void CheckParts(Validator v)
    {
        if (Parts is null || Parts.Count == 0)
        {
            v.Add("parts", ErrorCode.Required, "must list at least one part");
            return;
        }

        for (var i = 0; i < Parts.Count; i++)
        {
            var p = Parts[i];
            var path = Validator.Index("parts", i);
            if (!v.Required(path, p))
            {
                continue;
            }

            v.RequiredText(Validator.Field(path, "title"), p.Title);
            v.InRange(Validator.Field(path, "points"), p.Points, 0m, 10_000m);
            if (Parts.Take(i).Any(q => q is not null && q.Number == p.Number))
            {
                v.Add(Validator.Field(path, "number"), ErrorCode.Inconsistent, $"part {p.Number} is listed more than once");
            }

            if (Rows is not null)
            {
                var sum = Rows.Where(r => r is not null && r.Part == p.Number).Sum(r => r.Points);
                if (sum != p.Points)
                {
                    v.Add(Validator.Field(path, "points"), ErrorCode.Inconsistent, $"part {p.Number} has {Validator.Format(p.Points)} points but its rows add up to {Validator.Format(sum)}");
                }
            }
        }
    }

    private void CheckRows(Validator v)
    {
        if (Rows is null)
        {
            v.Add("rows", ErrorCode.Required, "is required");
            return;
        }

        var seen = new HashSet<ScorecardRow>();
        for (var i = 0; i < Rows.Count; i++)
        {
            var r = Rows[i];
            var path = Validator.Index("rows", i);
            if (!v.Required(path, r))
            {
                continue;
            }

            if (!Enum.IsDefined(typeof(ScorecardRow), r.Row))
            {
                v.Add(Validator.Field(path, "row"), ErrorCode.InvalidValue, "is not a scoring row");
            }
            else if (!seen.Add(r.Row))
            {
                v.Add(Validator.Field(path, "row"), ErrorCode.Inconsistent, $"row '{r.Row}' is listed more than once");
            }

            v.RequiredText(Validator.Field(path, "label"), r.Label);
            v.RequiredText(Validator.Field(path, "criterion"), r.Criterion);
            v.InRange(Validator.Field(path, "points"), r.Points, 0m, 1_000m);
            if (Parts is not null && !Parts.Any(p => p is not null && p.Number == r.Part))
            {
                v.Add(Validator.Field(path, "part"), ErrorCode.Inconsistent, $"part {r.Part} is not defined in parts");
            }
        }

        for (var i = (int)ScorecardRow.Funding; i <= (int)ScorecardRow.VegetationRestoration; i++)
        {
            var row = (ScorecardRow)i;
            if (!seen.Contains(row))
            {
                v.Add("rows", ErrorCode.Required, $"row '{row}' is missing: the sheet has 21 rows");
            }
        }

        if (Rows.Count > 0 && MaximumScore <= 0m)
        {
            v.Add("rows", ErrorCode.Inconsistent, "the rows' points must add up to more than 0");
        }
    }
}
