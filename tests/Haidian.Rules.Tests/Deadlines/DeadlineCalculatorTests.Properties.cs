using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Haidian.Rules.Deadlines;

namespace Haidian.Rules.Tests.Deadlines;

/// <summary>Generators that hit the calendar's edges: holiday blocks, make-up days, month ends, the first and last covered days.</summary>
public static class DeadlineArbitraries
{
    private static readonly LocalDate First = new(2017, 1, 1);

    // Every special day of the data and its neighbours, plus month ends and the ends of the covered range.
    private static readonly LocalDate[] Edges = WorkingDayCalendar.Official.Years
        .SelectMany(y => WorkingDayCalendar.Official.SpecialDays(y))
        .SelectMany(d => new[] { d.Date.PlusDays(-1), d.Date, d.Date.PlusDays(1) })
        .Concat(Enumerable.Range(0, 120).Select(m => First.PlusMonths(m).PlusDays(-1)))
        .Where(d => d.Year >= 2017 && d <= new LocalDate(2026, 10, 31))
        .Append(First).Append(new LocalDate(2026, 10, 31))
        .Distinct().ToArray();

    /// <summary>Event dates 2017-01-01 .. 2026-10-31 (late enough that N ≤ 40 working days stays inside 2026), half of them on edges.</summary>
    public static Arbitrary<LocalDate> LocalDate() => Gen.OneOf(
            Gen.Choose(0, 3590).Select(i => First.PlusDays(i)),
            Gen.Elements(Edges))
        .ToArbitrary();
}

/// <summary>Spec 06 properties.</summary>
public sealed partial class DeadlineCalculatorTests
{
    private static Gen<int> SmallN => Gen.OneOf(Gen.Choose(1, 40), Gen.Elements(1, 2, 10, 20, 40));

    [Property(Arbitrary = new[] { typeof(DeadlineArbitraries) }, MaxTest = 300)]
    public Property AddingWorkingDays_IsStrictlyIncreasingInN_AndLandsOnAWorkingDay(LocalDate start) =>
        Prop.ForAll(SmallN.ToArbitrary(), n =>
        {
            var previous = Official.AddWorkingDays(start, n - 1);
            var current = Official.AddWorkingDays(start, n);
            return current > previous && Official.IsWorkingDay(current)
                && Official.CountWorkingDays(start.PlusDays(1), current) == n
                && Calculator.Period(start, n, PeriodUnit.WorkingDays).LastDay == current;
        });

    [Property(Arbitrary = new[] { typeof(DeadlineArbitraries) }, MaxTest = 300)]
    public Property CalendarDayDeadline_IsNeverARestDay_AndAtMostTheFirstWorkingDayAfterTheRawEnd(LocalDate start) =>
        Prop.ForAll(Gen.Elements(PeriodUnit.Days, PeriodUnit.Months).ToArbitrary(), Gen.OneOf(Gen.Choose(1, 60), Gen.Elements(1, 20, 30, 60)).ToArbitrary(), (unit, n) =>
        {
            var amount = unit == PeriodUnit.Months ? Math.Min(n, 2) : n;
            var result = Calculator.Period(start, amount, unit);
            var firstWorkingOnOrAfterRaw = Official.NextWorkingDayOnOrAfter(result.RawEnd);
            return Official.IsWorkingDay(result.LastDay)
                && result.LastDay >= result.RawEnd
                && result.LastDay == firstWorkingOnOrAfterRaw
                && result.MovedOffRestDay == (result.LastDay != result.RawEnd);
        });

    [Property(Arbitrary = new[] { typeof(DeadlineArbitraries) }, MaxTest = 200)]
    public bool WorkingDaysInAdvance_IsTheLatestDayWithNWorkingDaysBeforeTheEvent(LocalDate eventDate)
    {
        var date = eventDate < new LocalDate(2017, 3, 1) ? eventDate.PlusMonths(2) : eventDate;
        var latest = Official.WorkingDaysBefore(date, 5);
        return Official.IsWorkingDay(latest)
            && Official.CountWorkingDays(latest, date.PlusDays(-1)) == 5
            && Calculator.Calculate(Gazette.ServiceHallStaffChange, date < Gazette.ServiceHallStaffChange.InForceFrom ? Gazette.ServiceHallStaffChange.InForceFrom : date).LastDay
                == Official.WorkingDaysBefore(date < Gazette.ServiceHallStaffChange.InForceFrom ? Gazette.ServiceHallStaffChange.InForceFrom : date, 5);
    }

    private static readonly LocalDate[] MakeupDays = HolidaySchedule.Official.Notices.SelectMany(n => n.Holidays).SelectMany(h => h.MakeupWorkdays).ToArray();

    [Property(MaxTest = 200)]
    public Property EveryMakeupWorkday_IsASaturdayOrSunday_AndAWorkingDay() =>
        Prop.ForAll(Gen.Elements(MakeupDays).ToArbitrary(), d =>
            d.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday && Official.IsWorkingDay(d) && Official.Describe(d).Kind == DayKind.MakeupWorkday);

    [Fact]
    public void EveryMakeupWorkdayInTheData_IsASaturdayOrSunday_AndEveryDayOffIsARestDay()
    {
        var days = HolidaySchedule.Official.Notices.SelectMany(n => n.Holidays).ToArray();
        var makeup = days.SelectMany(h => h.MakeupWorkdays).ToArray();
        Assert.Equal(64, makeup.Length);   // 5+6+7+6+7+7+7+8+5+6 make-up days 2017–2026 (data README)
        Assert.All(makeup, d => Assert.True(d.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday, d + " is a " + d.DayOfWeek));
        Assert.All(makeup, d => Assert.True(Official.IsWorkingDay(d)));
        Assert.All(days.SelectMany(h => h.DaysOff).Where(d => d.Year >= 2017), d => Assert.False(Official.IsWorkingDay(d)));
    }
}
