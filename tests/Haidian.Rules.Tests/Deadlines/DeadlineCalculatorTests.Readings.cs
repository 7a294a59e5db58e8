using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Haidian.Rules.Deadlines;

namespace Haidian.Rules.Tests.Deadlines;

/// <summary>Spec 07 D-b, D-c, D-d and the 1.0 contract (C3 noSchedule, C4) for the deadlines module.</summary>
public sealed partial class DeadlineCalculatorTests
{
    private static readonly HolidaySchedule Partial2018 = HolidaySchedule.Parse(
        """{"years":[{"year":2018,"notice":"更正〔2018〕1号","holidays":[{"name":"春节","off":["2018-02-16"],"makeupWorkdays":[]}]}]}""",
        "corrected 2018 (test)");

    private static readonly HashSet<LocalDate> Shipped2018NoticeDays = HolidaySchedule.Official.Notices.Single(n => n.Year == 2018)
        .Holidays.SelectMany(h => h.DaysOff.Concat(h.MakeupWorkdays)).ToHashSet();

    [Property(Arbitrary = new[] { typeof(DeadlineArbitraries) }, MaxTest = 500)]
    public bool D_b_a_loaded_year_replaces_the_shipped_notice_and_leaves_every_other_day_as_shipped(LocalDate date)
    {
        // Property: a day the loaded 2018 notice names is as it says; a day only the shipped 2018 notice named is an
        // ordinary weekday or weekend (never merged); every other day is exactly as shipped.
        var replaced = Official.With(Partial2018).Describe(date);
        var named = Partial2018.Notices[0].Holidays.Any(h => h.DaysOff.Contains(date));
        var weekend = date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;
        var expected = named ? WorkingDayCalendar.FromSchedules("alone", Partial2018).Describe(date)
            : Shipped2018NoticeDays.Contains(date) ? new DayInfo(date, weekend ? DayKind.Weekend : DayKind.Workday, null, null, null)
            : Official.Describe(date);
        return replaced == expected;
    }

    [Fact]
    public void D_b_a_corrected_notice_supersedes_the_shipped_year()
    {
        var replaced = new DeadlineCalculator(Official.With(Partial2018));
        // D3 on the shipped data: 3 working days from 2018-02-13 → 2018-02-23; on the corrected year only 02-16 is off.
        Assert.Equal(new LocalDate(2018, 2, 23), Calculator.Period(new LocalDate(2018, 2, 13), 3, PeriodUnit.WorkingDays).LastDay);
        Assert.Equal(new LocalDate(2018, 2, 19), replaced.Period(new LocalDate(2018, 2, 13), 3, PeriodUnit.WorkingDays).LastDay);
        Assert.Equal("更正〔2018〕1号", Assert.Single(replaced.Calendar is WorkingDayCalendar w ? w.SpecialDays(2018) : Array.Empty<DayInfo>()).Citation!.DocumentNumber);
    }

    [Fact]
    public void D_c_working_days_between_equal_dates_is_zero()
    {
        foreach (var d in new[] { new LocalDate(2018, 2, 13), new LocalDate(2018, 2, 17), new LocalDate(2018, 9, 29) })
        {
            Assert.Equal(0, Official.WorkingDaysBetween(d, d));
            Assert.Equal(0, Official.WorkingDaysBetween(d, d, BetweenConvention.FromStartBeforeEnd));
        }

        // Convention: after the start, up to and including the end. 2018-09-28 (Fri) → 2018-10-08 (Mon): 09-29, 09-30 (make-up), 10-08.
        Assert.Equal(3, Official.WorkingDaysBetween(new LocalDate(2018, 9, 28), new LocalDate(2018, 10, 8)));
        // The other convention counts the start, not the end: 09-28, 09-29, 09-30.
        Assert.Equal(3, Official.WorkingDaysBetween(new LocalDate(2018, 9, 28), new LocalDate(2018, 10, 8), BetweenConvention.FromStartBeforeEnd));
        // They differ when exactly one end is a working day: Fri 2018-09-21 → Sat 2018-09-22.
        Assert.Equal(0, Official.WorkingDaysBetween(new LocalDate(2018, 9, 21), new LocalDate(2018, 9, 22)));
        Assert.Equal(1, Official.WorkingDaysBetween(new LocalDate(2018, 9, 21), new LocalDate(2018, 9, 22), BetweenConvention.FromStartBeforeEnd));
        // Days late: done on 2018-10-17, last day 2018-10-15 → 2 working days late; done early is negative.
        Assert.Equal(2, Official.WorkingDaysBetween(new LocalDate(2018, 10, 15), new LocalDate(2018, 10, 17)));
        Assert.Equal(-2, Official.WorkingDaysBetween(new LocalDate(2018, 10, 17), new LocalDate(2018, 10, 15)));

        var e = Assert.Throws<ValidationException>(() => Official.WorkingDaysBetween(new LocalDate(2018, 1, 2), new LocalDate(2018, 1, 9), (BetweenConvention)99));
        Assert.Equal(("convention", ErrorCode.InvalidValue), (Assert.Single(e.Errors).Path, e.Errors[0].Code));
        Assert.Throws<ArgumentNullException>(() => ((IWorkingDayCalendar)null!).WorkingDaysBetween(new LocalDate(2018, 1, 2), new LocalDate(2018, 1, 9)));
        Assert.Equal(ErrorCode.NoSchedule, Assert.Single(Assert.Throws<ValidationException>(() => Official.WorkingDaysBetween(new LocalDate(2026, 12, 30), new LocalDate(2027, 1, 5))).Errors).Code);
    }

    [Property(Arbitrary = new[] { typeof(DeadlineArbitraries) }, MaxTest = 300)]
    public Property D_c_between_inverts_adding_working_days_and_is_antisymmetric(LocalDate start) =>
        Prop.ForAll(SmallN.ToArbitrary(), Gen.Choose(0, 60).ToArbitrary(), (n, k) =>
        {
            var end = Official.AddWorkingDays(start, n);
            var other = start.PlusDays(k);
            return Official.WorkingDaysBetween(start, end) == n
                && Official.WorkingDaysBetween(end, start) == -n
                && Official.WorkingDaysBetween(start, other) + Official.WorkingDaysBetween(other, end) == n
                && Official.WorkingDaysBetween(start, other, BetweenConvention.FromStartBeforeEnd) == -Official.WorkingDaysBetween(other, start, BetweenConvention.FromStartBeforeEnd);
        });

    [Fact]
    public void D_d_a_fixed_date_without_schedule_is_returned_unmoved_with_the_flag_unknown()
    {
        var result = Calculator.CalculateForYear("forest.selfInspectionReport", 2026);   // 2027-03-31, no 2027 schedule
        Assert.Equal((new LocalDate(2027, 3, 31), new LocalDate(2027, 3, 31), false, (bool?)null), (result.LastDay, result.RawEnd, result.MovedOffRestDay, result.FallsOnRestDay));
        Assert.Contains(result.Steps, s => s.Rule.Contains("no holiday schedule for 2027 is loaded, so whether it is a rest day is not known", StringComparison.Ordinal));
        Assert.Null(Calculator.FixedDate(new LocalDate(2027, 2, 15)).FallsOnRestDay);
    }

    [Fact]
    public void D_d_the_in_force_dates_are_checked()
    {
        var cases = new (string Key, LocalDate InForce)[]
        {
            ("smartHaidian.preliminaryDesign", new LocalDate(2017, 6, 21)),
            ("expropriation.reconsideration", new LocalDate(2017, 7, 5)),
            ("serviceHall.staffChange", new LocalDate(2017, 9, 15)),
            ("budgetDisclosure.afterApproval", new LocalDate(2017, 9, 25)),
        };
        foreach (var (key, inForce) in cases)
        {
            var e = Assert.Throws<NotInForceException>(() => Calculator.Calculate(key, inForce.PlusDays(-1)));
            Assert.Equal(inForce, e.InForceFrom);
            Assert.Equal(inForce, Calculator.Calculate(key, inForce).Anchor);
        }

        // 38号 (2017-08-17): its self-check and inspection apply from performance year 2017.
        Assert.Equal(new LocalDate(2017, 8, 17), Assert.Throws<NotInForceException>(() => Calculator.CalculateForYear("cultivatedLand.selfCheck", 2016)).InForceFrom);
        Assert.Equal(new LocalDate(2018, 2, 15), Calculator.CalculateForYear("cultivatedLand.selfCheck", 2017).LastDay);
    }

    [Fact]
    public void NoSchedule_IsItsOwnCode_ForCI()
    {
        // Issue 14: "no holiday schedule for 2027" carries the code noSchedule, unlike any other input error.
        var e = Assert.Throws<ValidationException>(() => Calculator.Period(new LocalDate(2026, 12, 20), 20, PeriodUnit.WorkingDays));
        Assert.Equal(ErrorCode.NoSchedule, Assert.Single(e.Errors).Code);
        Assert.Equal(ErrorCode.NoSchedule, Assert.Single(Assert.Throws<ValidationException>(() => Official.Describe(new LocalDate(2027, 3, 1))).Errors).Code);
        Assert.Equal(ErrorCode.OutOfRange, Assert.Single(Assert.Throws<ValidationException>(() => Calculator.Period(new LocalDate(2018, 1, 2), 0, PeriodUnit.Days)).Errors).Code);
        Assert.Equal(ErrorCode.InvalidValue, Assert.Single(Assert.Throws<ValidationException>(() => WorkingDayCalendar.WeekendsOnly.With(Partial2018)).Errors).Code);
    }

    [Fact]
    public void C4_an_undefined_period_unit_is_rejected_never_counted_as_years()
    {
        foreach (var call in new Func<DeadlineResult>[]
        {
            () => Calculator.Period(new LocalDate(2018, 1, 2), 3, (PeriodUnit)99),
            () => Calculator.MinimumDuration(new LocalDate(2018, 1, 2), 3, (PeriodUnit)99),
            () => Calculator.Calculate(Gazette.ExpropriationLawsuit with { Unit = (PeriodUnit)99 }, new LocalDate(2018, 1, 2)),
            () => Calculator.Calculate(Gazette.ServiceHallStaffChange with { Unit = (PeriodUnit)99 }, new LocalDate(2018, 1, 2)),
            () => Calculator.CalculateForYear(Gazette.ForestSelfInspectionReport with { Unit = (PeriodUnit)99 }, 2018),
        })
        {
            var e = Assert.Throws<ValidationException>(() => call());
            var error = Assert.Single(e.Errors);
            Assert.EndsWith("unit", error.Path, StringComparison.Ordinal);
            Assert.Equal(ErrorCode.InvalidValue, error.Code);
            Assert.Equal("is not one of Days, Months, Years, WorkingDays (got the undefined value 99)", error.Message);
        }

        Assert.Equal("rule.method", Assert.Single(Assert.Throws<ValidationException>(() => Calculator.Calculate(Gazette.ExpropriationLawsuit with { Method = (DeadlineMethod)99 }, new LocalDate(2018, 1, 2))).Errors).Path);
    }

    [Fact]
    public void HolidayJson_EveryWrongKind_IsReportedAtOnce_WithoutDotNetTypeNames()
    {
        var e = Assert.Throws<ValidationException>(() => HolidaySchedule.Parse(
            """{"years":[{"year":"2027","notice":7,"holidays":[{"name":"春节","off":"2027-02-06"}]}, 5], "sources": {"any": "thing"}}""",
            "bad"));
        Assert.Equal(
            new[]
            {
                ("years[0].year", "must be a whole number (a year such as 2027), got the text \"2027\""),
                ("years[0].notice", "must be text (a JSON string), got the number 7"),
                ("years[0].holidays[0].off", "must be a list of dates (a JSON array), got the text \"2027-02-06\""),
                ("years[1]", "must be an object, got the number 5"),
            },
            e.Errors.Select(x => (x.Path, x.Message)));
        Assert.All(e.Errors, x => Assert.Equal(ErrorCode.InvalidValue, x.Code));
        var years = Assert.Single(Assert.Throws<ValidationException>(() => HolidaySchedule.Parse("""{"years": {"year": 2027}}""", "bad")).Errors);
        Assert.Equal(("years", "must be a list of yearly schedules (a JSON array), got an object"), (years.Path, years.Message));
        var root = Assert.Single(Assert.Throws<ValidationException>(() => HolidaySchedule.Parse("[1]", "bad")).Errors);
        Assert.Equal("$", root.Path);
        var broken = Assert.Single(Assert.Throws<ValidationException>(() => HolidaySchedule.Parse("""{"years": [""", "bad")).Errors);
        Assert.StartsWith("is not valid holiday-schedule JSON: ", broken.Message, StringComparison.Ordinal);
        foreach (var message in e.Errors.Append(years).Append(root).Append(broken).Select(x => x.Message))
        {
            Assert.DoesNotContain("`", message, StringComparison.Ordinal);
            Assert.DoesNotContain("Dto", message, StringComparison.Ordinal);
            Assert.DoesNotContain("LineNumber", message, StringComparison.Ordinal);
            Assert.DoesNotContain("System.", message, StringComparison.Ordinal);
        }
    }
}
