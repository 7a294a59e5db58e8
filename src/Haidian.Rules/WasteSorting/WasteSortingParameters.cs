using System.Collections.Generic;
using System.Globalization;
using System.Text.Json.Serialization;
using NodaTime;

namespace Haidian.Rules.WasteSorting;

/// <summary>A time-of-day window, both ends included (上午7:00-9:00 includes 7:00 and 9:00). Source: 海政办发〔2017〕46号 二（二）3「上午7:00-9:00；下午17:00-19:00」.</summary>
/// <param name="Start">First instant of the window.</param>
/// <param name="End">Last instant of the window (inclusive), not before <paramref name="Start"/>.</param>
public sealed record TimeWindow(LocalTime Start, LocalTime End)
{
    /// <summary>Whether a time falls in the window, both ends included.</summary>
    /// <param name="time">The time of day.</param>
    /// <returns>True when <c>Start ≤ time ≤ End</c>.</returns>
    public bool Contains(LocalTime time) => time >= Start && time <= End;

    /// <summary>The window as <c>07:00–09:00</c>.</summary>
    /// <returns>The window as text.</returns>
    public override string ToString() =>
        Start.ToString("HH:mm", CultureInfo.InvariantCulture) + "–" + End.ToString("HH:mm", CultureInfo.InvariantCulture);
}

/// <summary>
/// Every number of 海政办发〔2017〕46号《海淀区推进生活垃圾分类工作方案》 the library uses, as data: one dated version of the
/// kitchen-waste sorting policy. <see cref="Gazette2017"/> is the gazette's; a copy made with <c>with</c> is a what-if
/// (a new rate per tonne from a later date goes into a <see cref="ParameterHistory{T}"/>).
/// </summary>
/// <remarks>Immutable and thread-safe. Checked (<see cref="Validate"/>) when a calculator or standards object is built from it.
/// In JSON every member is required (spec 07 C1): none has a default a what-if could mean by leaving it out.</remarks>
public sealed record WasteSortingParameters : IVersionedParameters
{
    /// <summary>The document: 海政办发〔2017〕46号《海淀区推进生活垃圾分类工作方案》.</summary>
    public static Citation Document { get; } = new("海政办发〔2017〕46号", "海淀区推进生活垃圾分类工作方案", string.Empty);

    /// <summary>The largest tonnage one weighing ticket may carry (a sanity bound, not a gazette number: no collection truck carries 1,000 t).</summary>
    public const decimal MaximumTicketTonnes = 1_000m;

    /// <summary>The largest household count the sizing standards accept (a sanity bound: Haidian has about 1.3 million households).</summary>
    public const int MaximumHouseholds = 10_000_000;

    /// <summary>The gazette's parameters, in force from the issue date 2017-08-31 (the notice has no commencement clause).</summary>
    public static WasteSortingParameters Gazette2017 { get; } = new()
    {
        Version = "gazette-2017",
        InForceFrom = new LocalDate(2017, 8, 31),
        Source = Document.WithArticle("印发通知（2017年8月31日）"),
        SubsidyPerTonne = 1_700m,
        MinimumSeparationRatePercent = 5m,
        TicketTonnageDecimals = 3,
        HouseholdsPerCentralizedStation = 400,
        StaffedHours = new[]
        {
            new TimeWindow(new LocalTime(7, 0), new LocalTime(9, 0)),
            new TimeWindow(new LocalTime(17, 0), new LocalTime(19, 0)),
        },
        DispersedStationHouseholdsLow = 80,
        DispersedStationHouseholdsHigh = 100,
        KitchenBinLitres = 120,
        RecyclingTruckHouseholdsLow = 2_500,
        RecyclingTruckHouseholdsHigh = 3_000,
        MinimumRecyclingStationsPerTown = 1,
        RecyclingCollectionDay = IsoDayOfWeek.Saturday,
        WasteReductionDay = IsoDayOfWeek.Thursday,
        MinimumPppTermYears = 10,
        RecyclingOperatingRightYears = 1,
        ContractPostingDays = 2,
    };

    /// <inheritdoc/>
    [JsonRequired]
    public string Version { get; init; } = string.Empty;

    /// <inheritdoc/>
    [JsonRequired]
    public LocalDate InForceFrom { get; init; }

    /// <summary>
    /// The clause this parameter version comes from; <see cref="Document"/> (the document without an article) when a copy made in
    /// C# does not set it. Required in JSON: System.Text.Json's generated reader sets every init-only member it binds, so a
    /// <c>source</c> left out would read as null, not as this default.
    /// </summary>
    [JsonRequired]
    public Citation Source { get; init; } = Document;

    /// <summary>二（二）3: 对物业单位或专业公司分出的厨余垃圾按量予以补贴（1700元/吨） — yuan per tonne of kitchen waste separated.</summary>
    [JsonRequired]
    public decimal SubsidyPerTonne { get; init; }

    /// <summary>二（二）3: 厨余垃圾收集基量（厨余垃圾分出率5%以上） — the separation rate, in percent, at or above which the base is met.</summary>
    [JsonRequired]
    public decimal MinimumSeparationRatePercent { get; init; }

    /// <summary>
    /// Decimals a ticket's tonnage may carry: 3 is kilogram precision (区环卫中心计量称重 weighs in kilograms — a reading, not a
    /// gazette number); a tonnage with more decimals is rejected, never rounded.
    /// </summary>
    [JsonRequired]
    public int TicketTonnageDecimals { get; init; }

    /// <summary>二（二）3 一是: 厨余垃圾集中投放站 — one centralized drop-off station per 400 households (每400户1座).</summary>
    [JsonRequired]
    public int HouseholdsPerCentralizedStation { get; init; }

    /// <summary>二（二）3 一是: the centralized station is staffed 上午7:00-9:00 and 下午17:00-19:00, both ends included.</summary>
    [JsonRequired]
    public IReadOnlyList<TimeWindow> StaffedHours { get; init; } = System.Array.Empty<TimeWindow>();

    /// <summary>二（二）3 二是: 厨余垃圾分散收集桶站 — one per 80 to 100 households (每80至100户1个); this is the 80.</summary>
    [JsonRequired]
    public int DispersedStationHouseholdsLow { get; init; }

    /// <summary>二（二）3 二是: one dispersed bin station per 80 to 100 households; this is the 100.</summary>
    [JsonRequired]
    public int DispersedStationHouseholdsHigh { get; init; }

    /// <summary>二（二）3: the kitchen-waste bin is 120 litres (120升厨余垃圾收集桶); each dispersed station has at least one, and one other-waste bin.</summary>
    [JsonRequired]
    public int KitchenBinLitres { get; init; }

    /// <summary>二（四）1 二是: 密闭式再生资源回收车 — one closed recycling truck per 2,500 to 3,000 households; this is the 2,500.</summary>
    [JsonRequired]
    public int RecyclingTruckHouseholdsLow { get; init; }

    /// <summary>二（四）1 二是: one closed recycling truck per 2,500 to 3,000 households; this is the 3,000.</summary>
    [JsonRequired]
    public int RecyclingTruckHouseholdsHigh { get; init; }

    /// <summary>二（四）1 一是: 以街镇为单位在辖区内至少设置1处再生资源回收站 — at least one recycling station per street/town.</summary>
    [JsonRequired]
    public int MinimumRecyclingStationsPerTown { get; init; }

    /// <summary>二（四）1 一是: 设定周六集中投放日 — the recycling stations' collection day.</summary>
    [JsonRequired]
    [JsonConverter(typeof(JsonStringEnumConverter<IsoDayOfWeek>))]
    public IsoDayOfWeek RecyclingCollectionDay { get; init; }

    /// <summary>二（六）二是: 周四垃圾减量日 — the waste-reduction day.</summary>
    [JsonRequired]
    [JsonConverter(typeof(JsonStringEnumConverter<IsoDayOfWeek>))]
    public IsoDayOfWeek WasteReductionDay { get; init; }

    /// <summary>二（五）: mechanized-sorting PPP 合作期不低于10年 — at least 10 years.</summary>
    [JsonRequired]
    public int MinimumPppTermYears { get; init; }

    /// <summary>二（四）2 二是: a commercial recycling operating right granted by competitive procedure, 经营期限1年 — 1 year.</summary>
    [JsonRequired]
    public int RecyclingOperatingRightYears { get; init; }

    /// <summary>附件3 二 3.1: restaurants post the first and last pages of the collection contract 于签订合同之日起2日内 — within 2 days.</summary>
    [JsonRequired]
    public int ContractPostingDays { get; init; }

    /// <summary>Checks every number; returns every problem with its field path (empty when sound).</summary>
    /// <returns>The problems found.</returns>
    public IReadOnlyList<ValidationError> Validate()
    {
        var v = new Validator();
        v.RequiredText("version", Version);
        v.Required("source", Source);
        if (v.NotNegative("subsidyPerTonne", SubsidyPerTonne))
        {
            if (!Money.IsWholeFen(SubsidyPerTonne))
            {
                v.Add("subsidyPerTonne", ErrorCode.InvalidValue, "must be a whole number of fen");
            }

            if (SubsidyPerTonne > 1_000_000m)
            {
                v.Add("subsidyPerTonne", ErrorCode.OutOfRange, "must not exceed 1,000,000 yuan per tonne");
            }
        }

        if (MinimumSeparationRatePercent <= 0m || MinimumSeparationRatePercent >= 100m)
        {
            v.Add("minimumSeparationRatePercent", ErrorCode.OutOfRange, "must be above 0 and below 100 (got " + Validator.Format(MinimumSeparationRatePercent) + ")");
        }

        if (TicketTonnageDecimals < 0 || TicketTonnageDecimals > 6)
        {
            v.Add("ticketTonnageDecimals", ErrorCode.OutOfRange, "must be between 0 and 6");
        }

        AtLeastOne(v, "householdsPerCentralizedStation", HouseholdsPerCentralizedStation);
        AtLeastOne(v, "dispersedStationHouseholdsLow", DispersedStationHouseholdsLow);
        AtLeastOne(v, "dispersedStationHouseholdsHigh", DispersedStationHouseholdsHigh);
        if (DispersedStationHouseholdsLow > DispersedStationHouseholdsHigh)
        {
            v.Add("dispersedStationHouseholdsHigh", ErrorCode.Inconsistent, "must not be below dispersedStationHouseholdsLow");
        }

        AtLeastOne(v, "recyclingTruckHouseholdsLow", RecyclingTruckHouseholdsLow);
        AtLeastOne(v, "recyclingTruckHouseholdsHigh", RecyclingTruckHouseholdsHigh);
        if (RecyclingTruckHouseholdsLow > RecyclingTruckHouseholdsHigh)
        {
            v.Add("recyclingTruckHouseholdsHigh", ErrorCode.Inconsistent, "must not be below recyclingTruckHouseholdsLow");
        }

        AtLeastOne(v, "kitchenBinLitres", KitchenBinLitres);
        AtLeastOne(v, "minimumRecyclingStationsPerTown", MinimumRecyclingStationsPerTown);
        AtLeastOne(v, "minimumPppTermYears", MinimumPppTermYears);
        AtLeastOne(v, "recyclingOperatingRightYears", RecyclingOperatingRightYears);
        AtLeastOne(v, "contractPostingDays", ContractPostingDays);
        if (RecyclingCollectionDay < IsoDayOfWeek.Monday || RecyclingCollectionDay > IsoDayOfWeek.Sunday)
        {
            v.Add("recyclingCollectionDay", ErrorCode.InvalidValue, "must be a day of the week");
        }

        if (WasteReductionDay < IsoDayOfWeek.Monday || WasteReductionDay > IsoDayOfWeek.Sunday)
        {
            v.Add("wasteReductionDay", ErrorCode.InvalidValue, "must be a day of the week");
        }

        if (v.Required("staffedHours", StaffedHours))
        {
            for (var i = 0; i < StaffedHours.Count; i++)
            {
                var w = StaffedHours[i];
                var p = Validator.Index("staffedHours", i);
                if (v.Required(p, w) && w.End < w.Start)
                {
                    v.Add(Validator.Field(p, "end"), ErrorCode.Inconsistent, "must not be before start");
                }
            }
        }

        return v.Errors;
    }

    private static void AtLeastOne(Validator v, string path, int value)
    {
        if (value < 1)
        {
            v.Add(path, ErrorCode.OutOfRange, "must be at least 1 (got " + value.ToString(CultureInfo.InvariantCulture) + ")");
        }
    }
}
