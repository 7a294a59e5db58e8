using System.Collections.Generic;
using System.Text.Json.Serialization;
using NodaTime;

namespace Haidian.Rules.FundFees;

/// <summary>
/// Every number of 海行规发〔2017〕8号《海淀区建设发展基金管理办法（修订）》 as data: one dated version of the district
/// construction and development fund (海淀区建设发展基金) rules. <see cref="Gazette2017"/> is the gazette's; a copy made
/// with <c>with</c> is a what-if, and later versions go into a <see cref="ParameterHistory{T}"/>.
/// </summary>
/// <remarks>Immutable and thread-safe. Checked by <see cref="Validate"/> when a <see cref="DevelopmentFundCalculator"/> is built.</remarks>
public sealed record DevelopmentFundParameters : IVersionedParameters
{
    /// <summary>The document: 海行规发〔2017〕8号《海淀区建设发展基金管理办法（修订）》.</summary>
    public static Citation Document { get; } = new("海行规发〔2017〕8号", "海淀区建设发展基金管理办法（修订）", string.Empty);

    /// <summary>
    /// The repealed interim measures that applied before 2017-09-08: 海行规发〔2016〕6号《海淀区建设发展基金管理办法（暂行）》
    /// (第三十六条 repeals it). Not modelled: periods before the revised measures are answered with a <see cref="NotInForceException"/> naming it.
    /// </summary>
    public static Citation Predecessor { get; } = new("海行规发〔2016〕6号", "海淀区建设发展基金管理办法（暂行）", string.Empty);

    /// <summary>
    /// The gazette's parameters. In force from 2017-09-08: issued 2017-08-08, 「自印发之日起30日后施行」 (第三十六条), day 1 is
    /// 2017-08-09 and day 30 is 2017-09-07 (conventions §4).
    /// </summary>
    public static DevelopmentFundParameters Gazette2017 { get; } = new()
    {
        Version = "gazette-2017",
        InForceFrom = new LocalDate(2017, 9, 8),
        Source = Document.WithArticle("第三十六条"),
        ManagementFeeAnnualRate = 0.002m,
        MinimumTermYears = 5m,
        MinimumManagerRegisteredCapital = 30_000_000m,
        CommitteeMembers = 5,
        CommitteeFromManager = 2,
        CommitteeFromStateAssetsCentre = 2,
        CommitteeExperts = 1,
        CommitteePassNumerator = 3,
        CommitteePassDenominator = 5,
        QuarterlyReportWorkingDays = 10,
        MoveAnnualReportDeadlineOffRestDay = false,
    };

    /// <inheritdoc/>
    [JsonRequired]
    public string Version { get; init; } = string.Empty;

    /// <inheritdoc/>
    [JsonRequired]
    public LocalDate InForceFrom { get; init; }

    /// <summary>The clause this parameter version comes from. <see cref="Document"/> (the document without an article) when a copy made in C# does not set
    /// it. Required in JSON: System.Text.Json's generated reader sets every init-only member it binds, so a <c>source</c> left
    /// out would read as null, not as this default.</summary>
    [JsonRequired]
    public Citation Source { get; init; } = Document;

    /// <summary>第十四条: the management fee is at most this share of the actual managed scale per year — 2‰ (0.002). 原则上: exceeding it is a departure.</summary>
    [JsonRequired]
    public decimal ManagementFeeAnnualRate { get; init; }

    /// <summary>第七条: the fund's term is in principle at least this many years — 5 (不少于, inclusive). A departure below it.</summary>
    [JsonRequired]
    public decimal MinimumTermYears { get; init; }

    /// <summary>第十二条: the manager's registered capital is at least this, yuan — 3000万元 (不少于, inclusive). A violation below it.</summary>
    [JsonRequired]
    public decimal MinimumManagerRegisteredCapital { get; init; }

    /// <summary>第十三条: the investment committee has in principle this many members — 5.</summary>
    [JsonRequired]
    public int CommitteeMembers { get; init; }

    /// <summary>第十三条: members from the fund manager (基金管理公司), in principle — 2.</summary>
    [JsonRequired]
    public int CommitteeFromManager { get; init; }

    /// <summary>第十三条: members from the district state-assets centre (区国投中心), in principle — 2.</summary>
    [JsonRequired]
    public int CommitteeFromStateAssetsCentre { get; init; }

    /// <summary>第十三条: expert members (专家), in principle — 1.</summary>
    [JsonRequired]
    public int CommitteeExperts { get; init; }

    /// <summary>第二十条: numerator of the pass fraction 「五分之三以上」 — 3 (a project passes when <c>denominator × yes ≥ numerator × members</c>).</summary>
    [JsonRequired]
    public int CommitteePassNumerator { get; init; }

    /// <summary>第二十条: denominator of the pass fraction 「五分之三以上」 — 5.</summary>
    [JsonRequired]
    public int CommitteePassDenominator { get; init; }

    /// <summary>第十五条（四）: the quarterly custody report is due within the first this-many working days of each quarter — 10 (前10个工作日内).</summary>
    [JsonRequired]
    public int QuarterlyReportWorkingDays { get; init; }

    /// <summary>
    /// 第十五条（四）: the annual report is due 「每个会计年度第一个月内」, a fixed date (31 January), not a period; by default it is not
    /// moved by Civil Code art. 203 when it falls on a rest day (the result says so). True moves it to the next working day.
    /// Optional; default false.
    /// </summary>
    public bool MoveAnnualReportDeadlineOffRestDay { get; init; }

    /// <summary>Checks every number; returns every problem with its field path (empty when sound).</summary>
    /// <returns>The problems found.</returns>
    public IReadOnlyList<ValidationError> Validate()
    {
        var v = new Validator();
        v.RequiredText("version", Version);
        v.Required("source", Source);
        v.InRange("managementFeeAnnualRate", ManagementFeeAnnualRate, 0m, 1m);
        v.InRange("minimumTermYears", MinimumTermYears, 0m, 100m);
        v.InRange("minimumManagerRegisteredCapital", MinimumManagerRegisteredCapital, 0m, FundLimits.MaximumAmount);
        if (CommitteeMembers < 1)
        {
            v.Add("committeeMembers", ErrorCode.OutOfRange, "must be at least 1");
        }

        v.NotNegative("committeeFromManager", CommitteeFromManager);
        v.NotNegative("committeeFromStateAssetsCentre", CommitteeFromStateAssetsCentre);
        v.NotNegative("committeeExperts", CommitteeExperts);
        if ((long)CommitteeFromManager + CommitteeFromStateAssetsCentre + CommitteeExperts != CommitteeMembers)
        {
            v.Add("committeeMembers", ErrorCode.Inconsistent, "must equal committeeFromManager + committeeFromStateAssetsCentre + committeeExperts");
        }

        if (CommitteePassDenominator < 1 || CommitteePassDenominator > 1000)
        {
            v.Add("committeePassDenominator", ErrorCode.OutOfRange, "must be between 1 and 1000");
        }
        else if (CommitteePassNumerator < 1 || CommitteePassNumerator > CommitteePassDenominator)
        {
            v.Add("committeePassNumerator", ErrorCode.OutOfRange, "must be between 1 and committeePassDenominator");
        }

        if (QuarterlyReportWorkingDays < 1 || QuarterlyReportWorkingDays > 60)
        {
            v.Add("quarterlyReportWorkingDays", ErrorCode.OutOfRange, "must be between 1 and 60");
        }

        return v.Errors;
    }
}
