using Haidian.Rules.WasteSorting;

namespace Haidian.Rules.Tests.WasteSorting;

/// <summary>Bad input: every problem reported with its field path, nothing partially counted.</summary>
public sealed partial class WasteSortingCalculatorTests
{
    [Fact]
    public void Calculate_BadTickets_ReportsEveryProblemWithItsPath()
    {
        var input = Estate(" ", new[]
        {
            Kitchen("T-1", 3, 0m),                                              // zero tonnes
            Kitchen("T-2", 4, -1.5m),                                           // negative
            Kitchen("T-3", 5, 1.2345m),                                         // sub-kilogram
            new WeighingTicket("T-4", new LocalDate(2018, 4, 1), 2m, WasteStream.Kitchen),    // next month
            new WeighingTicket("T-5", new LocalDate(2018, 2, 28), 2m, WasteStream.Other),     // previous month
            Kitchen("T-1", 6, 3m),                                              // duplicate number
            Kitchen("", 7, 3m),                                                 // no number
            new WeighingTicket("T-8", new LocalDate(2018, 3, 8), 1m, (WasteStream)7),          // unknown stream
            Other("T-9", 9, 1_000.001m),                                        // implausible
            null!,
        }, op: "");
        var ex = Assert.Throws<ValidationException>(() => Calculator.Calculate(input));
        var errors = ex.Errors.Select(e => e.Path).ToArray();
        Assert.Equal(
            new[]
            {
                "estate", "operator", "tickets[0].tonnes", "tickets[1].tonnes", "tickets[2].tonnes", "tickets[3].date", "tickets[4].date",
                "tickets[5].number", "tickets[6].number", "tickets[7].stream", "tickets[8].tonnes", "tickets[9]",
            },
            errors);
        Assert.Contains("already used by tickets[0]", ex.Errors[7].Message, StringComparison.Ordinal);
        Assert.Contains("outside the month claimed (2018-03)", ex.Errors[5].Message, StringComparison.Ordinal);
        Assert.Equal(
            new[]
            {
                "estate: is required and must not be blank",
                "operator: is required and must not be blank",
                "tickets[0].tonnes: must be greater than 0 t (got 0)",
                "tickets[1].tonnes: must be greater than 0 t (got -1.5)",
                "tickets[2].tonnes: must be in whole kilograms (at most 3 decimals of a tonne), got 1.2345",
                "tickets[3].date: 2018-04-01 is outside the month claimed (2018-03)",
                "tickets[4].date: 2018-02-28 is outside the month claimed (2018-03)",
                "tickets[5].number: ticket number 'T-1' is already used by tickets[0]: a ticket is counted once",
                "tickets[6].number: is required and must not be blank",
                "tickets[7].stream: is not one of Kitchen, Other (got the undefined value 7)",
                "tickets[8].tonnes: must not exceed 1000 t (got 1000.001)",
                "tickets[9]: is required",
            },
            ex.Errors.Select(e => e.ToString()));
        Assert.Equal(
            new[]
            {
                ErrorCode.Required, ErrorCode.Required, ErrorCode.OutOfRange, ErrorCode.OutOfRange, ErrorCode.InvalidValue, ErrorCode.Inconsistent,
                ErrorCode.Inconsistent, ErrorCode.Inconsistent, ErrorCode.Required, ErrorCode.InvalidValue, ErrorCode.OutOfRange, ErrorCode.Required,
            },
            ex.Errors.Select(e => e.Code));
    }

    [Fact]
    public void Calculate_BadAgreementAndEnums_AreReported()
    {
        var input = K1 with { Agreement = new ServiceAgreement(BaseTonnes: 0m), OperatorKind = (OperatorKind)9, Site = (SiteKind)4, Tickets = null! };
        var ex = Assert.Throws<ValidationException>(() => Calculator.Calculate(input));
        Assert.Equal(new[] { "operatorKind", "site", "agreement.baseTonnes", "tickets" }, ex.Errors.Select(e => e.Path).ToArray());
        Assert.Equal(
            new[]
            {
                "operatorKind: is not one of PropertyCompany, ProfessionalCompany, VillageCommittee (got the undefined value 9)",
                "site: is not one of ResidentialEstate, Village (got the undefined value 4)",
                "agreement.baseTonnes: must be greater than 0 t (got 0)",
                "tickets: is required",
            },
            ex.Errors.Select(e => e.ToString()));
        Assert.Equal(new[] { ErrorCode.InvalidValue, ErrorCode.InvalidValue, ErrorCode.OutOfRange, ErrorCode.Required }, ex.Errors.Select(e => e.Code));
    }

    [Fact]
    public void Statement_DuplicateTicketAcrossEstates_AndWrongMonth_AndDuplicateEstate_AreAllReported()
    {
        var a = Estate("A", new[] { Kitchen("X-1", 1, 1m) });
        var b = Estate("B", new[] { Kitchen("X-1", 2, 1m) });
        var c = Estate("A", new[] { Kitchen("X-3", 3, 1m) });
        var d = Estate("D", Array.Empty<WeighingTicket>()) with { Month = new YearMonth(2018, 4) };
        var ex = Assert.Throws<ValidationException>(() => Calculator.Statement("万寿路街道", March2018, new[] { a, b, c, d, null! }));
        Assert.Equal(
            new[] { "estates[1].tickets[0].number", "estates[2].estate", "estates[3].month", "estates[4]" },
            ex.Errors.Select(e => e.Path).ToArray());
        Assert.Contains("estates[0].tickets[0]", ex.Errors[0].Message, StringComparison.Ordinal);
        Assert.Equal(
            new[]
            {
                "estates[1].tickets[0].number: ticket number 'X-1' is already used by estates[0].tickets[0]: a ticket is counted once",
                "estates[2].estate: 'A' already has 2018-03 in estates[0]",
                "estates[3].month: 2018-04 is not the month of the statement (2018-03)",
                "estates[4]: is required",
            },
            ex.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void YearStatement_MonthsOutsideTheYearOrBeforeThePolicy_AreReported()
    {
        var ok = Estate("A", new[] { new WeighingTicket("Y-1", new LocalDate(2017, 9, 1), 1m, WasteStream.Kitchen) }) with { Month = new YearMonth(2017, 9) };
        var otherYear = ok with { Month = new YearMonth(2018, 1), Tickets = Array.Empty<WeighingTicket>() };
        var early = ok with { Month = new YearMonth(2017, 7), Tickets = Array.Empty<WeighingTicket>() };
        var ex = Assert.Throws<ValidationException>(() => Calculator.YearStatement("万寿路街道", 2017, new[] { ok, otherYear, early }));
        Assert.Equal(new[] { "estateMonths[1].month", "estateMonths[2].month" }, ex.Errors.Select(e => e.Path).ToArray());
        Assert.Equal(
            new[]
            {
                "estateMonths[1].month: 2018-01 is not in 2017",
                "estateMonths[2].month: 2017-07 is before the policy is in force (from 2017-08-31)",
            },
            ex.Errors.Select(e => e.ToString()));
        Assert.Throws<NotInForceException>(() => Calculator.YearStatement("万寿路街道", 2016, Array.Empty<EstateMonth>()));
    }

    [Fact]
    public void ConstructionSubsidy_BadAmounts_AreReported()
    {
        var claim = new ConstructionSubsidyClaim("", "华清物业", (CollectionMode)5, true, new LocalDate(2018, 1, 1), -1m, 10.005m);
        var ex = Assert.Throws<ValidationException>(() => Calculator.ConstructionSubsidy(claim));
        Assert.Equal(new[] { "estate", "mode", "claimedCost", "auditedAmount" }, ex.Errors.Select(e => e.Path).ToArray());
        Assert.Equal(
            new[]
            {
                "estate: is required and must not be blank",
                "mode: is not one of CentralizedStation, DispersedBinStations (got the undefined value 5)",
                "claimedCost: must not be negative (got -1)",
                "auditedAmount: must be a whole number of fen",
            },
            ex.Errors.Select(e => e.ToString()));
        Assert.Throws<NotInForceException>(() => Calculator.ConstructionSubsidy(claim with { ClaimDate = new LocalDate(2017, 8, 30) }));
    }

    [Fact]
    public void NullArguments_ThrowArgumentNull()
    {
        Assert.Throws<ArgumentNullException>(() => Calculator.Calculate(null!));
        Assert.Throws<ArgumentNullException>(() => Calculator.Statement(null!, March2018, Array.Empty<EstateMonth>()));
        Assert.Throws<ArgumentNullException>(() => Calculator.Statement("s", March2018, null!));
        Assert.Throws<ArgumentNullException>(() => Calculator.YearStatement("s", 2018, null!));
        Assert.Throws<ArgumentNullException>(() => Calculator.ConstructionSubsidy(null!));
    }
}
