using System.Diagnostics;
using Haidian.Rules.Tests.WaterCompensation;
using Haidian.Rules.WasteSorting;
using Haidian.Rules.WaterCompensation;
using Xunit.Abstractions;

namespace Haidian.Rules.Tests.Reliability;

/// <summary>
/// Extreme size (issue 9): 10^7 section-months through the span path of
/// <see cref="WaterCompensationCalculator.Amounts(SectionMonthBatch, Span{decimal})"/>, the sum checked against its
/// closed form; and one waste-sorting month of 10^7 weighing tickets through
/// <see cref="WasteSortingCalculator.Calculate(EstateMonth)"/>, its totals checked against the construction (about
/// 5 s to build the tickets, 5 s to calculate and 4 s to reject a bad last ticket, +1.3–1.6 GiB of managed heap, on the
/// shared 2-core machine). Time and memory are written to the test output (<c>--logger "console;verbosity=detailed"</c>).
/// It stays in the default run (see the measured time in the output); run it alone with
/// <c>dotnet test tests/Haidian.Rules.Tests --filter Category=Stress</c>.
/// </summary>
public sealed class ExtremeSizeTests
{
    private const int Count = 10_000_000;

    private readonly ITestOutputHelper output;

    public ExtremeSizeTests(ITestOutputHelper output) => this.output = output;

    [Fact]
    [Trait("Category", "Stress")]
    public void Amounts_TenMillionSectionMonths_SumIsExactlyTheClosedForm()
    {
        // Every row is worked example W1 (230,000): sum = n × 230,000.
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var watch = Stopwatch.StartNew();
        var batch = new SectionMonthBatch(Count);
        var w1 = WaterCompensationCalculatorTests.W1;
        for (var i = 0; i < Count; i++)
        {
            batch.Add(w1);
        }

        var amounts = new decimal[Count];
        new WaterCompensationCalculator().Amounts(batch, amounts);
        var sum = 0m;
        foreach (var a in amounts)
        {
            sum += a;
        }

        watch.Stop();
        var peak = GC.GetTotalMemory(forceFullCollection: false) - before;
        output.WriteLine($"{Count:N0} section-months in {watch.Elapsed.TotalSeconds:0.0} s, managed heap +{peak / 1048576} MiB, process peak {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MiB");
        Assert.Equal(Count * 230_000m, sum);
        Assert.Equal(230_000m, amounts[0]);
        Assert.Equal(230_000m, amounts[Count - 1]);
        GC.KeepAlive(batch);
    }

    [Fact]
    [Trait("Category", "Stress")]
    public void Calculate_TenMillionWeighingTicketsInOneMonth_TotalsAreExactlyTheConstruction_AndABadLastTicketIsNamed()
    {
        // Ticket i weighs (i mod 1,000,000) + 1 kilograms, so every tonnage from 0.001 t to the maximum accepted
        // 1,000.000 t occurs ten times; every third ticket is other waste. The expected totals are counted in whole
        // kilograms (long), apart from the library's decimal sums.
        var month = new YearMonth(2018, 3);
        var days = Enumerable.Range(1, 31).Select(d => month.OnDayOfMonth(d)).ToArray();
        var calculator = new WasteSortingCalculator();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var watch = Stopwatch.StartNew();
        var tickets = new WeighingTicket[Count];
        long kitchenKg = 0, otherKg = 0;
        for (var i = 0; i < Count; i++)
        {
            var kg = (i % 1_000_000) + 1;
            var stream = i % 3 == 0 ? WasteStream.Other : WasteStream.Kitchen;
            if (stream == WasteStream.Kitchen)
            {
                kitchenKg += kg;
            }
            else
            {
                otherKg += kg;
            }

            tickets[i] = new WeighingTicket(i.ToString(System.Globalization.CultureInfo.InvariantCulture), days[i % 31], new decimal(kg, 0, 0, false, 3), stream);
        }

        var built = watch.Elapsed;
        var estate = new EstateMonth("万寿路甲15号院", "华清物业", OperatorKind.PropertyCompany, SiteKind.ResidentialEstate, true, month, tickets);
        var result = calculator.Calculate(estate);
        var calculated = watch.Elapsed;
        var peak = GC.GetTotalMemory(forceFullCollection: false) - before;

        // The same month with its last ticket just over the maximum and the one before it reusing ticket 0's number.
        tickets[Count - 1] = tickets[Count - 1] with { Tonnes = WasteSortingParameters.MaximumTicketTonnes + 0.001m };
        tickets[Count - 2] = tickets[Count - 2] with { Number = "0" };
        var ex = Assert.Throws<ValidationException>(() => calculator.Calculate(estate));
        watch.Stop();
        output.WriteLine($"{Count:N0} weighing tickets: built in {built.TotalSeconds:0.0} s, calculated in {(calculated - built).TotalSeconds:0.0} s, rejected in {(watch.Elapsed - calculated).TotalSeconds:0.0} s, managed heap +{peak / 1048576} MiB, process peak {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MiB");

        var kitchen = kitchenKg / 1000m;
        var gross = kitchenKg * 17m / 10m; // 1,700 yuan/t × kg ÷ 1,000: exact to the fen
        Assert.Equal(Count, result.TicketCount);
        Assert.Equal(kitchen, result.KitchenTonnes);
        Assert.Equal(otherKg / 1000m, result.OtherTonnes);
        Assert.Equal(gross, result.Gross);
        Assert.Equal(gross, result.Payable);
        Assert.Equal(0m, result.Held);
        Assert.Equal(SubsidyStatus.Payable, result.Status);
        Assert.Equal(BaseVerdict.Met, result.Base.Verdict);
        Assert.Equal(gross, result.Lines[0].Amount);
        Assert.Equal(gross, result.Lines[result.Lines.Count - 1].Amount);
        Assert.EndsWith(" + … (6666666 kitchen tickets in all)) = 1,700.00 × " + WasteSortingCalculator.Tonnes(kitchen) + " = " + WasteSortingCalculator.Yuan(gross), result.Lines[0].Arithmetic, StringComparison.Ordinal);
        Assert.True(result.Lines[0].Arithmetic.Length < 2_000, "the arithmetic lists the first tickets, not ten million");
        Assert.Equal(
            new[] { "tickets[9999998].number", "tickets[9999999].tonnes" },
            ex.Errors.Select(e => e.Path));
        Assert.Contains("already used by tickets[0]", ex.Errors[0].Message, StringComparison.Ordinal);
        Assert.Equal("must not exceed 1000 t (got 1000.001)", ex.Errors[1].Message);
    }
}
