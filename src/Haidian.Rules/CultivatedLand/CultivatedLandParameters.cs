using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;
using NodaTime;

namespace Haidian.Rules.CultivatedLand;

/// <summary>
/// Every rule of 海政办发〔2017〕38号 that is a number or a list, as data: one dated version of the cultivated-land assessment.
/// <see cref="Gazette2017"/> is the gazette's; a <c>with</c> copy is a what-if (another mid-term year, aggregate balance,
/// a closed list of infrastructure categories…), checked by <see cref="Validate"/> when a calculator is built from it.
/// The self-check and inspection due dates are the Deadlines module's rules (<c>DeadlineParameters.CultivatedLandSelfCheck</c>
/// and <c>CultivatedLandInspection</c>) and are not repeated here. The area unit, the quality scale, the rectification time
/// limit, 成绩突出 and every target have no default: they are caller inputs.
/// </summary>
/// <remarks>Immutable and thread-safe. In C#, <c>new CultivatedLandParameters()</c> is the gazette's version and a <c>with</c> copy changes only what it names.
/// In JSON every member except <see cref="LastAssessedYear"/> is required (the tool merges a what-if over the gazette's values), so a
/// left-out member is never read as 0 or an empty list.</remarks>
public sealed record CultivatedLandParameters : IVersionedParameters
{
    /// <summary>The document: 海政办发〔2017〕38号《海淀区镇政府及国有农场耕地保护责任目标考核办法》 (title as printed at L3702/L3712).</summary>
    public static Citation Document { get; } = new("海政办发〔2017〕38号", "海淀区镇政府及国有农场耕地保护责任目标考核办法", string.Empty);

    /// <summary>The gazette's version: issued 2017-08-17 (no commencement clause), covering performance years from 2016.</summary>
    public static CultivatedLandParameters Gazette2017 { get; } = new();

    /// <inheritdoc/>
    /// <remarks>Gazette: <c>gazette-2017</c>.</remarks>
    [JsonRequired]
    public string Version { get; init; } = "gazette-2017";

    /// <summary>The issue date, 2017-08-17 (落款 L3708; the measure has no commencement clause). Gazette: 2017-08-17.</summary>
    [JsonRequired]
    public LocalDate InForceFrom { get; init; } = new(2017, 8, 17);

    /// <inheritdoc/>
    /// <remarks>Gazette: 海政办发〔2017〕38号.</remarks>
    [JsonRequired]
    public Citation Source { get; init; } = Document;

    /// <summary>三 「自2016年起」 (L3738): the first performance year of the first period — 2016. Earlier years are not in force. Gazette: 2016.</summary>
    [JsonRequired]
    public int FirstPeriodStartYear { get; init; } = 2016;

    /// <summary>三 「每5年为一个考核期」 (L3738): years per period — 5. Gazette: 5.</summary>
    [JsonRequired]
    public int PeriodLengthYears { get; init; } = 5;

    /// <summary>
    /// 三 「期中」 (L3738): the 0-based index of the mid-term year in its period — 2, the year containing the period's midpoint,
    /// <c>⌊(length − 1) / 2⌋</c> (R2; the alternative is 1). Gazette: 2.
    /// </summary>
    [JsonRequired]
    public int MidTermYearIndex { get; init; } = 2;

    /// <summary>三 「期末」 (L3738): the 0-based index of the end-of-term year — <c>length − 1</c> = 4. Gazette: 4.</summary>
    [JsonRequired]
    public int EndOfTermYearIndex { get; init; } = 4;

    /// <summary>The last performance year assessed: the measure sets none (R14), so periods continue. Optional; default null (open-ended).</summary>
    public int? LastAssessedYear { get; init; }

    /// <summary>三（一） 「各镇、国有农场每年2月15日前…进行自查」 (L3740): the unit types that owe the self-check — town, state farm. Gazette: town, state farm.</summary>
    [JsonRequired]
    public IReadOnlyList<AssessedUnitType> SelfCheckUnitTypes { get; init; } = new[] { AssessedUnitType.Town, AssessedUnitType.StateFarm };

    /// <summary>三（二） 「对各相关镇、国有农场…进行检查」 (L3742): the unit types inspected every year — town, state farm. Gazette: town, state farm.</summary>
    [JsonRequired]
    public IReadOnlyList<AssessedUnitType> InspectedUnitTypes { get; init; } = new[] { AssessedUnitType.Town, AssessedUnitType.StateFarm };

    /// <summary>二 L3734 「…耕地保有量、基本农田保护面积、耕地占补平衡及基本农田补划作为考核达标指标」: the pass indicators — 1 to 4. Gazette: 1–4.</summary>
    [JsonRequired]
    public IReadOnlyList<LandIndicator> PassIndicators { get; init; } = new[]
    {
        LandIndicator.CultivatedLandRetention, LandIndicator.BasicFarmlandProtection, LandIndicator.OccupationBalance, LandIndicator.BasicFarmlandRedesignation,
    };

    /// <summary>二 L3734 「…查处情况，以及年度土地利用变更调查提供的…相关数据，作为考核参照指标」: the reference indicators — 5 and 6 (R4). Gazette: 5, 6.</summary>
    [JsonRequired]
    public IReadOnlyList<LandIndicator> ReferenceIndicators { get; init; } = new[] { LandIndicator.IllegalCaseHandling, LandIndicator.SurveyData };

    /// <summary>二（三） (L3730): per occupation (default, R5) or on the year's total areas. Gazette: PerOccupation.</summary>
    [JsonRequired]
    public BalanceBasis BalanceBasis { get; init; } = BalanceBasis.PerOccupation;

    /// <summary>五（二） 「…成绩突出的镇、村给予表彰」 (L3758): the unit types that can be commended — town, village (R13). Gazette: town, village.</summary>
    [JsonRequired]
    public IReadOnlyList<AssessedUnitType> CommendationUnitTypes { get; init; } = new[] { AssessedUnitType.Town, AssessedUnitType.Village };

    /// <summary>五（一）（三） 「镇政府及国有农场」 (L3756, L3760): the unit types whose result is recorded and who are sanctioned — town, state farm (R13). Gazette: town, state farm.</summary>
    [JsonRequired]
    public IReadOnlyList<AssessedUnitType> SanctionUnitTypes { get; init; } = new[] { AssessedUnitType.Town, AssessedUnitType.StateFarm };

    /// <summary>五（三） 「国务院、国务院有关部门和市有关部门」 (L3760): the approvers whose projects are exempt (R11). Gazette: state council, its departments, municipal departments.</summary>
    [JsonRequired]
    public IReadOnlyList<ApprovalAuthority> ExemptApprovers { get; init; } = new[] { ApprovalAuthority.StateCouncil, ApprovalAuthority.StateCouncilDepartment, ApprovalAuthority.MunicipalDepartment };

    /// <summary>五（三） 「审批、核准」 (L3760): the approval acts that exempt — 审批, 核准 (not 备案, R11). Gazette: approved, ratified.</summary>
    [JsonRequired]
    public IReadOnlyList<ApprovalAct> ExemptApprovalActs { get; init; } = new[] { ApprovalAct.Approved, ApprovalAct.Ratified };

    /// <summary>五（三） 「能源、交通、水利等基础设施建设项目」 (L3760): the exempt categories; 「等」 read as an open list (R10). Gazette: energy, transport, water conservancy, other infrastructure.</summary>
    [JsonRequired]
    public IReadOnlyList<InfrastructureCategory> ExemptCategories { get; init; } = new[]
    {
        InfrastructureCategory.Energy, InfrastructureCategory.Transport, InfrastructureCategory.WaterConservancy, InfrastructureCategory.OtherInfrastructure,
    };

    /// <summary>Checks every number and list; returns every problem with its field path (empty when sound).</summary>
    /// <returns>The problems found.</returns>
    public IReadOnlyList<ValidationError> Validate()
    {
        var v = new Validator();
        v.RequiredText("version", Version);
        v.Required("source", Source);
        if (FirstPeriodStartYear < 1 || FirstPeriodStartYear > 9997)
        {
            v.OutOfRange("firstPeriodStartYear", $"must be between 1 and 9997 (got {FirstPeriodStartYear})");
        }

        if (PeriodLengthYears < 1 || PeriodLengthYears > 100)
        {
            v.OutOfRange("periodLengthYears", $"must be between 1 and 100 (got {PeriodLengthYears})");
        }
        else
        {
            if (MidTermYearIndex < 0 || MidTermYearIndex >= PeriodLengthYears)
            {
                v.OutOfRange("midTermYearIndex", $"must be between 0 and {PeriodLengthYears - 1}, a year of the period (got {MidTermYearIndex})");
            }

            if (EndOfTermYearIndex < 0 || EndOfTermYearIndex >= PeriodLengthYears)
            {
                v.OutOfRange("endOfTermYearIndex", $"must be between 0 and {PeriodLengthYears - 1}, a year of the period (got {EndOfTermYearIndex})");
            }
            else if (MidTermYearIndex >= EndOfTermYearIndex && MidTermYearIndex < PeriodLengthYears && MidTermYearIndex >= 0)
            {
                v.Inconsistent("midTermYearIndex", $"the mid-term year ({MidTermYearIndex}) must come before the end-of-term year ({EndOfTermYearIndex}): a period has two assessments");
            }
        }

        if (LastAssessedYear is { } last && (last < FirstPeriodStartYear || last > 9997))
        {
            v.Inconsistent("lastAssessedYear", $"must be between the first period's start {FirstPeriodStartYear} and 9997 (got {last})");
        }

        UnitTypes(v, "selfCheckUnitTypes", SelfCheckUnitTypes, allowEmpty: true);
        UnitTypes(v, "inspectedUnitTypes", InspectedUnitTypes, allowEmpty: true);
        UnitTypes(v, "commendationUnitTypes", CommendationUnitTypes, allowEmpty: true);
        UnitTypes(v, "sanctionUnitTypes", SanctionUnitTypes, allowEmpty: true);
        Members(v, "exemptApprovers", ExemptApprovers);
        Members(v, "exemptApprovalActs", ExemptApprovalActs);
        Members(v, "exemptCategories", ExemptCategories);
        v.Defined("balanceBasis", BalanceBasis);
        CheckIndicators(v);
        return v.Errors;
    }

    internal bool IsPass(LandIndicator indicator) => PassIndicators.Contains(indicator);

    private static void UnitTypes(Validator v, string path, IReadOnlyList<AssessedUnitType>? list, bool allowEmpty) => Members(v, path, list, allowEmpty);

    private static void Members<T>(Validator v, string path, IReadOnlyList<T>? list, bool allowEmpty = true)
        where T : struct, Enum
    {
        if (list is null)
        {
            v.Add(path, ErrorCode.Required, "is required");
            return;
        }

        if (!allowEmpty && list.Count == 0)
        {
            v.Add(path, ErrorCode.Required, "must list at least one value");
        }

        for (var i = 0; i < list.Count; i++)
        {
            if (v.Defined(Validator.Index(path, i), list[i]) && list.Take(i).Contains(list[i]))
            {
                v.Inconsistent(Validator.Index(path, i), $"'{list[i]}' is listed more than once");
            }
        }
    }

    private void CheckIndicators(Validator v)
    {
        Members(v, "passIndicators", PassIndicators, allowEmpty: false);
        Members(v, "referenceIndicators", ReferenceIndicators);
        if (PassIndicators is null || ReferenceIndicators is null)
        {
            return;
        }

        foreach (var indicator in PassIndicators.Intersect(ReferenceIndicators))
        {
            v.Inconsistent("referenceIndicators", $"'{indicator}' is both a pass and a reference indicator");
        }

        for (var i = 1; i <= 6; i++)
        {
            var indicator = (LandIndicator)i;
            if (!PassIndicators.Contains(indicator) && !ReferenceIndicators.Contains(indicator))
            {
                v.Add("passIndicators", ErrorCode.Required, $"'{indicator}' must be a pass or a reference indicator (二 L3734 names all six)");
            }
        }

        if (PassIndicators.Contains(LandIndicator.SurveyData))
        {
            v.Invalid("passIndicators", "'SurveyData' has no standard to meet: it can only be a reference indicator (二 L3734)");
        }
    }
}
