using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Haidian.Rules.Deadlines;
using NodaTime;

namespace Haidian.Rules.WasteSorting;

/// <summary>
/// The sizing standards and related terms of 海政办发〔2017〕46号, for planning and acceptance checks: drop-off and bin stations
/// per household count, recycling trucks, the centralized station's staffed hours, the collection and waste-reduction days,
/// the minimum PPP term, the recycling operating-right term and the restaurants' contract-posting deadline.
/// </summary>
/// <remarks>Immutable and thread-safe. Every count rounds up (a reading: a part of 400 households still needs a station).</remarks>
public sealed class WasteSortingStandards
{
    /// <summary>The gazette's standards (<see cref="WasteSortingParameters.Gazette2017"/>).</summary>
    public WasteSortingStandards()
        : this(WasteSortingParameters.Gazette2017)
    {
    }

    /// <summary>Standards from a parameter version (a what-if copy, say).</summary>
    /// <param name="parameters">The parameter set whose sizing standards and terms are used; validated here.</param>
    /// <exception cref="ValidationException">The parameters are invalid.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="parameters"/> is null.</exception>
    public WasteSortingStandards(WasteSortingParameters parameters)
    {
        Parameters = parameters ?? throw new ArgumentNullException(nameof(parameters));
        var errors = parameters.Validate();
        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }
    }

    /// <summary>The parameters used.</summary>
    public WasteSortingParameters Parameters { get; }

    /// <summary>
    /// The facilities a number of households calls for: centralized stations <c>ceil(h / 400)</c> (二（二）3 一是), dispersed
    /// bin stations from <c>ceil(h / 100)</c> to <c>ceil(h / 80)</c> (二（二）3 二是), closed recycling trucks from
    /// <c>ceil(h / 3000)</c> to <c>ceil(h / 2500)</c> (二（四）1 二是, a guide fixed jointly with the industry department).
    /// </summary>
    /// <param name="households">Households, 1 to 10,000,000.</param>
    /// <returns>The counts with their arithmetic; each low count is at most its high count.</returns>
    /// <exception cref="ValidationException"><paramref name="households"/> is out of range (path <c>households</c>).</exception>
    public FacilitySizing Size(int households)
    {
        if (households < 1 || households > WasteSortingParameters.MaximumHouseholds)
        {
            throw new ValidationException(new[]
            {
                new ValidationError("households", ErrorCode.OutOfRange, "must be between 1 and " + WasteSortingParameters.MaximumHouseholds.ToString("#,##0", CultureInfo.InvariantCulture) + " (got " + households.ToString(CultureInfo.InvariantCulture) + ")"),
            });
        }

        var p = Parameters;
        var doc = WasteSortingParameters.Document;
        var central = CeilDiv(households, p.HouseholdsPerCentralizedStation);
        var dispersedLow = CeilDiv(households, p.DispersedStationHouseholdsHigh);
        var dispersedHigh = CeilDiv(households, p.DispersedStationHouseholdsLow);
        var trucksLow = CeilDiv(households, p.RecyclingTruckHouseholdsHigh);
        var trucksHigh = CeilDiv(households, p.RecyclingTruckHouseholdsLow);
        var h = N(households);
        var lines = new List<LineItem>
        {
            new(
                $"{h} households: centralized kitchen-waste drop-off stations 厨余垃圾集中投放站",
                $"二（二）3 一是: 每{N(p.HouseholdsPerCentralizedStation)}户1座, rounded up; staffed {string.Join(" and ", p.StaffedHours.Select(w => w.ToString()))}",
                $"ceil({h} ÷ {N(p.HouseholdsPerCentralizedStation)}) = {N(central)}",
                central,
                doc.WithArticle("二（二）3")),
            new(
                $"{h} households: dispersed bin stations 厨余垃圾分散收集桶站",
                $"二（二）3 二是: 每{N(p.DispersedStationHouseholdsLow)}至{N(p.DispersedStationHouseholdsHigh)}户1个, rounded up; each at least one {N(p.KitchenBinLitres)} L kitchen bin and one other-waste bin",
                $"ceil({h} ÷ {N(p.DispersedStationHouseholdsHigh)}) = {N(dispersedLow)} to ceil({h} ÷ {N(p.DispersedStationHouseholdsLow)}) = {N(dispersedHigh)}",
                dispersedLow,
                doc.WithArticle("二（二）3")),
            new(
                $"{h} households: closed recycling trucks 密闭式再生资源回收车",
                $"二（四）1 二是: {N(p.RecyclingTruckHouseholdsLow)}-{N(p.RecyclingTruckHouseholdsHigh)}户设置1辆, rounded up; a guide — the number is fixed by the industry department with the street/town",
                $"ceil({h} ÷ {N(p.RecyclingTruckHouseholdsHigh)}) = {N(trucksLow)} to ceil({h} ÷ {N(p.RecyclingTruckHouseholdsLow)}) = {N(trucksHigh)}",
                trucksLow,
                doc.WithArticle("二（四）1")),
        };
        return new FacilitySizing(households, central, dispersedLow, dispersedHigh, trucksLow, trucksHigh, lines, doc.WithArticle("二（二）3、二（四）1"));
    }

    /// <summary>Whether a drop-off time is inside the centralized station's staffed hours (上午7:00-9:00；下午17:00-19:00), both ends included.</summary>
    /// <param name="time">The time of day.</param>
    /// <returns>True at 07:00–09:00 and 17:00–19:00 inclusive; false at 09:01 or 16:59.</returns>
    public bool IsStaffed(LocalTime time) => Parameters.StaffedHours.Any(w => w.Contains(time));

    /// <summary>
    /// The staffed-hours answer with its windows and citation (spec 07 K-c): whether a drop-off time is inside the
    /// centralized stations' staffed hours (上午7:00-9:00；下午17:00-19:00, both ends included).
    /// Source: 海政办发〔2017〕46号 二（二）3 一是.
    /// </summary>
    /// <param name="time">The time of day.</param>
    /// <returns>The answer, the windows and 二（二）3 一是.</returns>
    public StaffedTime CheckStaffed(LocalTime time) =>
        new(time, IsStaffed(time), Parameters.StaffedHours, WasteSortingParameters.Document.WithArticle("二（二）3 一是"));

    /// <summary>Whether a day is the recycling stations' collection day (设定周六集中投放日, 二（四）1 一是).</summary>
    /// <param name="date">The day.</param>
    /// <returns>True on Saturdays.</returns>
    public bool IsRecyclingCollectionDay(LocalDate date) => date.DayOfWeek == Parameters.RecyclingCollectionDay;

    /// <summary>Whether a day is waste-reduction day (周四垃圾减量日, 二（六）二是).</summary>
    /// <param name="date">The day.</param>
    /// <returns>True on Thursdays.</returns>
    public bool IsWasteReductionDay(LocalDate date) => date.DayOfWeek == Parameters.WasteReductionDay;

    /// <summary>Whether a street/town has enough recycling stations (以街镇为单位在辖区内至少设置1处再生资源回收站, 二（四）1 一是).</summary>
    /// <param name="stations">Recycling stations in the street/town, not negative.</param>
    /// <returns>True at 1 or more.</returns>
    /// <exception cref="ValidationException"><paramref name="stations"/> is negative.</exception>
    public bool MeetsRecyclingStationMinimum(int stations)
    {
        NotNegative("stations", stations);
        return stations >= Parameters.MinimumRecyclingStationsPerTown;
    }

    /// <summary>Whether a mechanized-sorting PPP term is long enough (合作期不低于10年, 二（五）; 不低于 includes 10).</summary>
    /// <param name="years">The cooperation term in whole years, not negative.</param>
    /// <returns>True at 10 years or more.</returns>
    /// <exception cref="ValidationException"><paramref name="years"/> is negative.</exception>
    public bool MeetsMinimumPppTerm(int years)
    {
        NotNegative("years", years);
        return years >= Parameters.MinimumPppTermYears;
    }

    /// <summary>
    /// The last day of a commercial recycling operating right (经营期限1年, 二（四）2 二是): counted from the day after the grant,
    /// ending on the corresponding day a year later (Civil Code arts. 201–203; 29 February maps to 28 February).
    /// </summary>
    /// <param name="granted">The day the right was granted.</param>
    /// <returns>The last day of the term.</returns>
    public LocalDate OperatingRightLastDay(LocalDate granted) => granted.PlusYears(Parameters.RecyclingOperatingRightYears);

    /// <summary>
    /// The last day a restaurant may post the first and last pages of its collection contract (于签订合同之日起2日内, 附件3 二 3.1):
    /// day 1 is the day after signing (Civil Code art. 201), so signing on the 10th gives the 12th. Rest days are not skipped
    /// here; use the overload with a working-day calendar for the art. 203 extension.
    /// </summary>
    /// <param name="signed">The day the contract was signed.</param>
    /// <returns>The last day to post.</returns>
    public LocalDate ContractPostingLastDay(LocalDate signed) => signed.PlusDays(Parameters.ContractPostingDays);

    /// <summary>
    /// Like <see cref="ContractPostingLastDay(LocalDate)"/>, but a last day that is a rest day moves to the next working day
    /// (Civil Code art. 203).
    /// </summary>
    /// <param name="signed">The day the contract was signed.</param>
    /// <param name="calendar">The working-day calendar.</param>
    /// <returns>The last day to post.</returns>
    /// <exception cref="ValidationException">The calendar has no schedule for a day it is asked about.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    public LocalDate ContractPostingLastDay(LocalDate signed, IWorkingDayCalendar calendar)
    {
        if (calendar is null)
        {
            throw new ArgumentNullException(nameof(calendar));
        }

        var day = ContractPostingLastDay(signed);
        while (!calendar.IsWorkingDay(day))
        {
            day = day.PlusDays(1);
        }

        return day;
    }

    private static int CeilDiv(int households, int per) => ((households - 1) / per) + 1;

    private static string N(int n) => n.ToString("#,##0", CultureInfo.InvariantCulture);

    private static void NotNegative(string path, int value)
    {
        var v = new Validator();
        v.NotNegative(path, value);
        v.ThrowIfAny();
    }
}
