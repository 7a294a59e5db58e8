using System.Text.Json.Nodes;
using Haidian.Rules.Tests.Core;
using Haidian.Rules.WasteSorting;

namespace Haidian.Rules.Tests.WasteSorting;

/// <summary>
/// The 1.0 input contract (spec 07 §C, issue 14) for the waste-sorting module: every required field of every input and
/// parameter type is <c>required</c> when left out (C1), optional fields keep their documented defaults, several problems are
/// reported at once with their codes (C2, C3), undefined enum values are rejected at every entry point (C4), and a period
/// before the policy is not in force (C6).
/// </summary>
public sealed class WasteSortingContractTests
{
    private static readonly WasteSortingCalculator Calculator = new();
    private static readonly YearMonth March2018 = new(2018, 3);

    private const string EstateMonthJson = """
        {"estate":"万寿路甲15号院","operator":"华清物业","operatorKind":"PropertyCompany","site":"ResidentialEstate","accepted":true,
         "month":"2018-03","tickets":[{"number":"K-1","date":"2018-03-03","tonnes":12.345,"stream":"Kitchen"},
                                      {"number":"O-1","date":"2018-03-15","tonnes":600,"stream":"Other"}],
         "agreement":{"baseTonnes":25,"withholdBelowBase":true}}
        """;

    private const string ClaimJson = """
        {"estate":"万寿路甲15号院","operator":"华清物业","mode":"CentralizedStation","accepted":true,"claimDate":"2017-11-20",
         "claimedCost":86500,"auditedAmount":83212.40}
        """;

    private static EstateMonth K1 => WasteSortingCalculatorTests.K1;

    [Fact]
    public void C1_each_required_field_of_an_estate_month_and_its_tickets_is_required()
    {
        // estate, operator, operatorKind, site, accepted, month, tickets + 2 tickets × (number, date, tonnes, stream);
        // agreement and both of its members are optional.
        Assert.Equal(15, ContractAssert.EachRequiredFieldIsRequired<EstateMonth>(EstateMonthJson));
        Assert.Equal(4, ContractAssert.EachRequiredFieldIsRequired<WeighingTicket>("""{"number":"K-1","date":"2018-03-03","tonnes":1,"stream":"Kitchen"}"""));
    }

    [Fact]
    public void C1_each_required_field_of_a_construction_claim_is_required()
    {
        // estate, operator, mode, accepted, claimDate, claimedCost (auditedAmount is optional).
        Assert.Equal(6, ContractAssert.EachRequiredFieldIsRequired<ConstructionSubsidyClaim>(ClaimJson));
    }

    [Fact]
    public void C1_each_required_field_of_the_parameters_is_required()
    {
        // 19 top-level members + 2 staffed windows × (start, end) + the 3 members of the source citation.
        Assert.Equal(26, ContractAssert.EachRequiredFieldIsRequired<WasteSortingParameters>(HaidianJson.Serialize(WasteSortingParameters.Gazette2017)));
    }

    [Fact]
    public void C1_optional_members_read_as_their_documented_defaults()
    {
        var o = JsonNode.Parse(EstateMonthJson)!.AsObject();
        o.Remove("agreement");
        var month = HaidianJson.Deserialize<EstateMonth>(o.ToJsonString());
        Assert.Null(month.Agreement);
        Assert.Equal(
            HaidianJson.Serialize(Calculator.Calculate(month with { Agreement = ServiceAgreement.Default })),
            HaidianJson.Serialize(Calculator.Calculate(month)));

        Assert.Equal(ServiceAgreement.Default, HaidianJson.Deserialize<ServiceAgreement>("{}"));
        Assert.Equal(new ServiceAgreement(null, false), ServiceAgreement.Default);
        Assert.Equal(new ServiceAgreement(25m, false), HaidianJson.Deserialize<ServiceAgreement>("""{"baseTonnes":25}"""));

        var c = JsonNode.Parse(ClaimJson)!.AsObject();
        c.Remove("auditedAmount");
        var claim = HaidianJson.Deserialize<ConstructionSubsidyClaim>(c.ToJsonString());
        Assert.Null(claim.AuditedAmount);
        Assert.Equal(ConstructionStatus.AwaitingAudit, Calculator.ConstructionSubsidy(claim).Status);

        // The parameters' source is required in JSON: the generated reader would bind a missing init-only member as null, not as
        // its C# default (Document), so leaving it out is reported instead of failing later as "source: is required".
        var p = JsonNode.Parse(HaidianJson.Serialize(WasteSortingParameters.Gazette2017))!.AsObject();
        p.Remove("source");
        var e = Assert.Single(Assert.Throws<ValidationException>(() => HaidianJson.Deserialize<WasteSortingParameters>(p.ToJsonString())).Errors);
        Assert.Equal(("source", ErrorCode.Required), (e.Path, e.Code));
        Assert.Equal(WasteSortingParameters.Document, new WasteSortingParameters().Source);
    }

    [Fact]
    public void C1_a_missing_accepted_flag_is_required_never_false()
    {
        var o = JsonNode.Parse(EstateMonthJson)!.AsObject();
        o.Remove("accepted");
        var e = Assert.Single(Assert.Throws<ValidationException>(() => HaidianJson.Deserialize<EstateMonth>(o.ToJsonString())).Errors);
        Assert.Equal(("accepted", ErrorCode.Required), (e.Path, e.Code));
    }

    [Fact]
    public void C2_C3_three_problems_are_reported_at_once_with_their_codes()
    {
        const string json = """
            {"estate":"A","operator":"华清物业","operatorKind":"PropertyCompany","site":"Town","month":"2018-03","colour":"green",
             "tickets":[]}
            """;
        var errors = Assert.Throws<ValidationException>(() => HaidianJson.Deserialize<EstateMonth>(json)).Errors;
        Assert.Equal(
            new[] { ("accepted", ErrorCode.Required), ("colour", ErrorCode.UnknownField), ("site", ErrorCode.InvalidValue) },
            errors.Select(e => (e.Path, e.Code)).OrderBy(p => p.Path, StringComparer.Ordinal));
        Assert.Contains("ResidentialEstate, Village", errors.Single(e => e.Path == "site").Message, StringComparison.Ordinal);
        Assert.All(errors, e => Assert.DoesNotContain("Haidian.Rules", e.Message, StringComparison.Ordinal));
        Assert.All(errors, e => Assert.DoesNotContain("LineNumber", e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void C3_calculator_codes_are_reviewed()
    {
        static (string, ErrorCode)[] Codes(Action act) =>
            Assert.Throws<ValidationException>(act).Errors.Select(e => (e.Path, e.Code)).ToArray();

        var ticket = new WeighingTicket("T-1", new LocalDate(2018, 3, 2), 1m, WasteStream.Kitchen);
        Assert.Equal(new[] { ("tickets[0].date", ErrorCode.Inconsistent) }, Codes(() => Calculator.Calculate(K1 with { Tickets = new[] { ticket with { Date = new LocalDate(2018, 4, 1) } } })));
        Assert.Equal(new[] { ("tickets[0].tonnes", ErrorCode.OutOfRange) }, Codes(() => Calculator.Calculate(K1 with { Tickets = new[] { ticket with { Tonnes = 0m } } })));
        Assert.Equal(new[] { ("tickets[0].tonnes", ErrorCode.OutOfRange) }, Codes(() => Calculator.Calculate(K1 with { Tickets = new[] { ticket with { Tonnes = 1_000.001m } } })));
        Assert.Equal(new[] { ("tickets[0].tonnes", ErrorCode.InvalidValue) }, Codes(() => Calculator.Calculate(K1 with { Tickets = new[] { ticket with { Tonnes = 0.0001m } } })));
        Assert.Equal(new[] { ("tickets[1].number", ErrorCode.Inconsistent) }, Codes(() => Calculator.Calculate(K1 with { Tickets = new[] { ticket, ticket } })));
        Assert.Equal(new[] { ("tickets[0].number", ErrorCode.Required) }, Codes(() => Calculator.Calculate(K1 with { Tickets = new[] { ticket with { Number = " " } } })));
        Assert.Equal(new[] { ("agreement.baseTonnes", ErrorCode.OutOfRange) }, Codes(() => Calculator.Calculate(K1 with { Agreement = new ServiceAgreement(-1m) })));
        Assert.Equal(new[] { ("agreement.baseTonnes", ErrorCode.InvalidValue) }, Codes(() => Calculator.Calculate(K1 with { Agreement = new ServiceAgreement(1.0001m) })));
        Assert.Equal(new[] { ("estates[0].month", ErrorCode.Inconsistent) }, Codes(() => Calculator.Statement("s", new YearMonth(2018, 4), new[] { K1 })));
        Assert.Equal(new[] { ("estates[1].estate", ErrorCode.Inconsistent) }, Codes(() => Calculator.Statement("s", March2018, new[] { K1, K1 with { Tickets = Array.Empty<WeighingTicket>() } })));
        Assert.Equal(new[] { ("estateMonths[0].month", ErrorCode.Inconsistent) }, Codes(() => Calculator.YearStatement("s", 2019, new[] { K1 })));
        Assert.Equal(new[] { ("estateMonths[0].month", ErrorCode.NotInForce) }, Codes(() => Calculator.YearStatement("s", 2017, new[] { K1 with { Month = new YearMonth(2017, 7), Tickets = Array.Empty<WeighingTicket>() } })));
        Assert.Equal(new[] { ("year", ErrorCode.OutOfRange) }, Codes(() => Calculator.YearStatement("s", 0, new[] { K1 })));
        Assert.Equal(new[] { ("street", ErrorCode.Required) }, Codes(() => Calculator.Statement(" ", March2018, new[] { K1 })));

        var claim = new ConstructionSubsidyClaim("A", "B", CollectionMode.CentralizedStation, true, new LocalDate(2018, 1, 2), 10m);
        Assert.Equal(new[] { ("claimedCost", ErrorCode.OutOfRange), ("auditedAmount", ErrorCode.InvalidValue) }, Codes(() => Calculator.ConstructionSubsidy(claim with { ClaimedCost = -1m, AuditedAmount = 0.001m })));
        Assert.Equal(new[] { ("claimedCost", ErrorCode.OutOfRange) }, Codes(() => Calculator.ConstructionSubsidy(claim with { ClaimedCost = 1_000_000_000.01m })));

        var gazette = WasteSortingParameters.Gazette2017;
        Assert.Equal(
            new[] { ("dispersedStationHouseholdsHigh", ErrorCode.Inconsistent), ("recyclingTruckHouseholdsHigh", ErrorCode.Inconsistent) },
            (gazette with { DispersedStationHouseholdsLow = 101, RecyclingTruckHouseholdsLow = 3_001 }).Validate().Select(e => (e.Path, e.Code)));
        Assert.Equal(
            new[] { ("subsidyPerTonne", ErrorCode.InvalidValue), ("minimumSeparationRatePercent", ErrorCode.OutOfRange), ("ticketTonnageDecimals", ErrorCode.OutOfRange), ("staffedHours[0].end", ErrorCode.Inconsistent) },
            (gazette with
            {
                SubsidyPerTonne = 0.001m,
                MinimumSeparationRatePercent = 100m,
                TicketTonnageDecimals = 7,
                StaffedHours = new[] { new TimeWindow(new LocalTime(9, 0), new LocalTime(7, 0)) },
            }).Validate().Select(e => (e.Path, e.Code)));
        Assert.Equal(new[] { ("households", ErrorCode.OutOfRange) }, Codes(() => new WasteSortingStandards().Size(0)));
        Assert.Equal(new[] { ("stations", ErrorCode.OutOfRange) }, Codes(() => new WasteSortingStandards().MeetsRecyclingStationMinimum(-1)));
    }

    [Fact]
    public void C4_undefined_enum_values_are_rejected_at_every_entry_point()
    {
        AssertUndefined("operatorKind", "PropertyCompany, ProfessionalCompany, VillageCommittee", () => Calculator.Calculate(K1 with { OperatorKind = (OperatorKind)99 }));
        AssertUndefined("site", "ResidentialEstate, Village", () => Calculator.Calculate(K1 with { Site = (SiteKind)99 }));
        AssertUndefined("tickets[2].stream", "Kitchen, Other", () => Calculator.Calculate(K1 with { Tickets = K1.Tickets.Select((t, i) => i == 2 ? t with { Stream = (WasteStream)99 } : t).ToArray() }));
        AssertUndefined("estates[1].operatorKind", "PropertyCompany, ProfessionalCompany, VillageCommittee", () => Calculator.Statement("s", March2018, new[] { K1, Renamed(K1) with { OperatorKind = (OperatorKind)99 } }));
        AssertUndefined("estates[0].tickets[0].stream", "Kitchen, Other", () => Calculator.Statement("s", March2018, new[] { K1 with { Tickets = new[] { K1.Tickets[0] with { Stream = (WasteStream)99 } } } }));
        AssertUndefined("estateMonths[0].site", "ResidentialEstate, Village", () => Calculator.YearStatement("s", 2018, new[] { K1 with { Site = (SiteKind)99 } }));
        AssertUndefined("mode", "CentralizedStation, DispersedBinStations", () => Calculator.ConstructionSubsidy(new ConstructionSubsidyClaim("A", "B", (CollectionMode)99, true, new LocalDate(2018, 1, 2), 10m)));

        // The parameters' days of the week: an undefined value (and NodaTime's IsoDayOfWeek.None) is not a day of the week.
        var bad = WasteSortingParameters.Gazette2017 with { RecyclingCollectionDay = (IsoDayOfWeek)99, WasteReductionDay = IsoDayOfWeek.None };
        var expected = new[] { "recyclingCollectionDay: must be a day of the week", "wasteReductionDay: must be a day of the week" };
        Assert.Equal(expected.Select(e => "versions[0]." + e), Assert.Throws<ValidationException>(() => new WasteSortingCalculator(bad)).Errors.Select(e => e.ToString()));
        Assert.Equal(expected.Select(e => "versions[0]." + e), Assert.Throws<ValidationException>(() => new WasteSortingCalculator(new ParameterHistory<WasteSortingParameters>(new[] { bad }))).Errors.Select(e => e.ToString()));
        Assert.Equal(expected, Assert.Throws<ValidationException>(() => new WasteSortingStandards(bad)).Errors.Select(e => e.ToString()));
        Assert.All(Assert.Throws<ValidationException>(() => new WasteSortingStandards(bad)).Errors, e => Assert.Equal(ErrorCode.InvalidValue, e.Code));
    }

    [Fact]
    public void C6_a_period_before_the_policy_is_not_in_force_at_every_entry_point()
    {
        var july = K1 with { Month = new YearMonth(2017, 7), Tickets = Array.Empty<WeighingTicket>() };
        var ex = Assert.Throws<NotInForceException>(() => Calculator.Calculate(july));
        Assert.Equal((new LocalDate(2017, 7, 1), new LocalDate(2017, 8, 31)), (ex.Requested, ex.InForceFrom));
        Assert.Equal(new LocalDate(2017, 8, 31), Assert.Throws<NotInForceException>(() => Calculator.Statement("s", july.Month, new[] { july })).InForceFrom);
        Assert.Equal(new LocalDate(2017, 8, 31), Assert.Throws<NotInForceException>(() => Calculator.YearStatement("s", 2016, Array.Empty<EstateMonth>())).InForceFrom);
        Assert.Equal(new LocalDate(2017, 8, 31), Assert.Throws<NotInForceException>(() => Calculator.ParametersFor(july.Month)).InForceFrom);
        Assert.False(Calculator.IsInForce(july.Month));
        Assert.True(Calculator.IsInForce(new YearMonth(2017, 8)));
        var claim = new ConstructionSubsidyClaim("A", "B", CollectionMode.CentralizedStation, true, new LocalDate(2017, 8, 30), 10m);
        Assert.Equal(new LocalDate(2017, 8, 30), Assert.Throws<NotInForceException>(() => Calculator.ConstructionSubsidy(claim)).Requested);
        Assert.Equal(10m, Calculator.ConstructionSubsidy(claim with { ClaimDate = new LocalDate(2017, 8, 31), AuditedAmount = 10m }).Subsidy);
    }

    [Fact]
    public void C6_the_plan_sets_no_end_so_no_later_month_is_after_the_period_in_force()
    {
        // why: 海政办发〔2017〕46号 has no end date (its schedule runs to 2020 but no clause ends the subsidy): a 2030 month is computed.
        var later = K1 with
        {
            Month = new YearMonth(2030, 1),
            Tickets = new[] { new WeighingTicket("L-1", new LocalDate(2030, 1, 5), 1m, WasteStream.Kitchen) },
        };
        Assert.Equal(1_700m, Calculator.Calculate(later).Payable);
        Assert.True(Calculator.IsInForce(new YearMonth(9999, 12)));
    }

    private static EstateMonth Renamed(EstateMonth e) => e with
    {
        Estate = e.Estate + "（二）",
        Tickets = e.Tickets.Select(t => t with { Number = t.Number + "-2" }).ToArray(),
    };

    private static void AssertUndefined(string path, string words, Action act)
    {
        var e = Assert.Single(Assert.Throws<ValidationException>(act).Errors);
        Assert.Equal(path, e.Path);
        Assert.Equal(ErrorCode.InvalidValue, e.Code);
        Assert.Equal("is not one of " + words + " (got the undefined value 99)", e.Message);
    }
}
