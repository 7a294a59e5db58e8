using System.Text.Json.Nodes;
using Haidian.Rules.Deadlines;
using Haidian.Rules.ElevatorSubsidy;
using Haidian.Rules.ForestAssessment;
using Haidian.Rules.WasteSorting;
using NodaTime;
using static Haidian.Rules.Cli.Tests.CliHarness;

namespace Haidian.Rules.Cli.Tests;

/// <summary>The elevator, forest, waste and deadlines modules through evaluate, params, --parameters and verify.</summary>
public sealed class PolicyModulesTests
{
    private const string E1 = """
        {
          "operation": "subsidy", "asOf": "2017-09-01",
          "buildingId": "B-1", "ownership": "District", "hasLegalFormalities": true,
          "elevators": [ { "id": "E-1", "purchaseAndInstallation": 700000, "utilityRelocation": 450000, "powerCapacityIncrease": 80000,
                           "powerShortageCertified": true, "newTechnologyCertified": false } ]
        }
        """;

    private const string K1 = """
        {
          "operation": "estateMonth", "estate": "万寿路甲15号院", "operator": "华清物业", "operatorKind": "PropertyCompany",
          "site": "ResidentialEstate", "accepted": true, "month": "2018-03",
          "tickets": [
            { "number": "K-1", "date": "2018-03-03", "tonnes": 12.345, "stream": "Kitchen" },
            { "number": "K-2", "date": "2018-03-12", "tonnes": 10.5, "stream": "Kitchen" },
            { "number": "K-3", "date": "2018-03-21", "tonnes": 7.155, "stream": "Kitchen" },
            { "number": "O-1", "date": "2018-03-15", "tonnes": 600, "stream": "Other" }
          ]
        }
        """;

    public static TheoryData<string> Modules => new() { "elevator", "forest", "waste", "deadlines", "smart-haidian" };

    [Fact]
    public void Elevator_Subsidy_IsTheLibrarysResultForTheSameClaim_E1Totals780000()
    {
        var (code, output, error) = RunWithInput(E1, "evaluate", "elevator", "-");
        Assert.True(code == 0, error);
        var claim = new SubsidyClaim("B-1", PropertyOwnership.District, true, new[] { new ElevatorCosts("E-1", 700_000m, 450_000m, 80_000m, true, false) });
        var expected = new ElevatorSubsidyCalculator().CalculateSubsidy(claim, new LocalDate(2017, 9, 1));
        Assert.Equal(HaidianJson.Serialize(expected), output.TrimEnd());
        Assert.Equal(780_000m, HaidianJson.Deserialize<BuildingSubsidyResult>(output).TotalSubsidy);
    }

    [Fact]
    public void Elevator_WhatIf_HigherCap_RaisesThePurchaseLine_AndMarksTheProvenance()
    {
        var overrides = Write(TempDir(), "o.json", """{ "municipalOrDistrictProperty": { "purchaseCapPerElevator": 350000 } }""");
        var (code, output, error) = RunWithInput(E1, "evaluate", "elevator", "-", "--parameters", overrides);
        Assert.True(code == 0, error);
        var result = HaidianJson.Deserialize<BuildingSubsidyResult>(output);
        Assert.Equal(830_000m, result.TotalSubsidy);   // 350,000 (no longer capped) + 400,000 + 80,000
        Assert.Equal("gazette-2017+what-if", result.Provenance.ParametersVersion);
    }

    [Fact]
    public void Elevator_BadClaim_ReportsEachFieldWithItsLine()
    {
        var path = Write(TempDir(), "bad.json", E1.Replace("\"purchaseAndInstallation\": 700000", "\"purchaseAndInstallation\": -1", StringComparison.Ordinal));
        var (code, output, error) = Run("evaluate", "elevator", path);
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("bad.json:4: elevators[0].purchaseAndInstallation:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_MissingOrUnknownOperation_ListsTheOperations()
    {
        var (code, _, error) = RunWithInput("""{ "asOf": "2017-09-01" }""", "evaluate", "elevator", "-");
        Assert.Equal(2, code);
        Assert.Contains("operation: is required: one of scope, consent, eligibility, subsidy, operatingRight, timeline, portfolio", error, StringComparison.Ordinal);

        var (code2, _, error2) = RunWithInput("""{ "operation": "tally" }""", "evaluate", "forest", "-");
        Assert.Equal(2, code2);
        Assert.Contains("'tally' is not an operation of forest: one of scorecard, grade, score, accountability, progress", error2, StringComparison.Ordinal);
    }

    [Fact]
    public void Elevator_Consent_ReadsAnOwnerRollOrATally()
    {
        var (code, output, error) = RunWithInput(
            """{ "operation": "consent", "asOf": "2017-09-01", "unitEntrance": "2单元", "totalArea": 3000, "agreeingArea": 1999.99, "totalOwners": 24, "agreeingOwners": 16, "affectedOwners": 0, "affectedOwnersAgreeing": 0 }""",
            "evaluate", "elevator", "-");
        Assert.True(code == 0, error);
        Assert.False(HaidianJson.Deserialize<ConsentResult>(output).Met);

        var (code2, output2, error2) = RunWithInput(
            """{ "operation": "consent", "asOf": "2017-09-01", "unitEntrance": "1", "owners": [ { "id": "A", "agrees": true, "directlyAffected": false, "flats": [ { "id": "101", "unitEntrance": "1", "exclusiveArea": 80 } ] } ] }""",
            "evaluate", "elevator", "-");
        Assert.True(code2 == 0, error2);
        Assert.True(HaidianJson.Deserialize<ConsentResult>(output2).Met);
    }

    [Fact]
    public void Forest_Grade_And_Accountability()
    {
        var (code, output, error) = RunWithInput("""{ "operation": "grade", "year": 2018, "score": 90 }""", "evaluate", "forest", "-");
        Assert.True(code == 0, error);
        Assert.Equal("Excellent", JsonNode.Parse(output)!["grade"]!.GetValue<string>());

        var (code2, output2, error2) = RunWithInput(
            """{ "operation": "accountability", "kind": "Town", "grades": [ { "year": 2016, "grade": "Poor" }, { "year": 2017, "grade": "Poor" }, { "year": 2018, "grade": "Poor" } ] }""",
            "evaluate", "forest", "-");
        Assert.True(code2 == 0, error2);
        var result = HaidianJson.Deserialize<AccountabilityResult>(output2);
        Assert.True(result.Triggered);
        Assert.Equal(2018, result.TriggerYear);
    }

    [Fact]
    public void Forest_Scorecard_FromTheCaseInput_Scores100_AndAWhatIfBandMovesTheGrade()
    {
        var input = JsonNode.Parse(File.ReadAllText(Repo("cases", "forest", "g04-ninety-is-excellent.json")))!["input"]!.ToJsonString();
        var (code, output, error) = RunWithInput(input, "evaluate", "forest", "-");
        Assert.True(code == 0, error);
        var card = HaidianJson.Deserialize<Scorecard>(output);
        Assert.Equal(90m, card.Total);
        Assert.Equal(Grade.Excellent, card.Grade);

        // What-if: 优秀 from 95 — 90 becomes 良好. An array replaces the default list as a whole.
        var overrides = Write(TempDir(), "bands.json", """
            { "gradeBands": [
                { "lower": 0, "lowerInclusive": true, "upper": 60, "upperInclusive": false, "value": "Poor" },
                { "lower": 60, "lowerInclusive": true, "upper": 80, "upperInclusive": false, "value": "Fair" },
                { "lower": 80, "lowerInclusive": true, "upper": 95, "upperInclusive": false, "value": "Good" },
                { "lower": 95, "lowerInclusive": true, "upper": 100, "upperInclusive": true, "value": "Excellent" } ] }
            """);
        var (code2, output2, error2) = RunWithInput(input, "evaluate", "forest", "-", "--parameters", overrides);
        Assert.True(code2 == 0, error2);
        Assert.Equal(Grade.Good, HaidianJson.Deserialize<Scorecard>(output2).Grade);
    }

    [Fact]
    public void Waste_EstateMonth_K2_Pays51000_WithTheBelowBaseFinding()
    {
        var (code, output, error) = RunWithInput(K1, "evaluate", "waste", "-");
        Assert.True(code == 0, error);
        var result = HaidianJson.Deserialize<EstateMonthResult>(output);
        Assert.Equal(51_000m, result.Payable);
        Assert.Equal("rate 4.76% < 5%: 0.24 points, 1.58 t short (31.58 t needed)", result.Base.Text);
    }

    [Fact]
    public void Waste_EstateMonth_ShowsExactShortfalls_ExcludedTickets_AndFlags_InJsonAndHtml()
    {
        // Spec 07 K-a: the exact shortfalls beside the rounded ones.
        var (code, output, error) = RunWithInput(K1, "evaluate", "waste", "-");
        Assert.True(code == 0, error);
        var k2 = JsonNode.Parse(output)!["base"]!;
        Assert.Equal(("600/19", "5/21", "30/19"), ((string)k2["exactRequiredKitchenTonnes"]!, (string)k2["exactShortfallPoints"]!, (string)k2["exactShortfallTonnes"]!));
        var (hcode, html, herror) = RunWithInput(K1, "evaluate", "waste", "-", "--format", "html");
        Assert.True(hcode == 0, herror);
        Assert.Contains("data-key=\"base.exactShortfallTonnes\">30/19<", html, StringComparison.Ordinal);
        Assert.Contains("data-key=\"base.exactRequiredKitchenTonnes\">600/19<", html, StringComparison.Ordinal);

        // Spec 07 K-b and K-d: August 2017 with a ticket before the in-force day, run by a village committee.
        var august = """
            {
              "operation": "estateMonth", "estate": "西北旺村", "operator": "西北旺村委会", "operatorKind": "VillageCommittee",
              "site": "Village", "accepted": false, "month": "2017-08",
              "tickets": [
                { "number": "A-30", "date": "2017-08-30", "tonnes": 2, "stream": "Kitchen" },
                { "number": "A-31", "date": "2017-08-31", "tonnes": 1, "stream": "Kitchen" }
              ]
            }
            """;
        var (acode, aoutput, aerror) = RunWithInput(august, "evaluate", "waste", "-");
        Assert.True(acode == 0, aerror);
        var result = HaidianJson.Deserialize<EstateMonthResult>(aoutput);
        Assert.Equal((SubsidyStatus.NotAccepted, 1m, 1), (result.Status, result.KitchenTonnes, result.TicketCount));
        Assert.Equal("A-30", Assert.Single(result.Excluded).Number);
        Assert.Equal(new[] { "payee.villageClaim", "payee.notNamed" }, result.Flags.Select(f => f.Code));
        var (bcode, ahtml, berror) = RunWithInput(august, "evaluate", "waste", "-", "--format", "html");
        Assert.True(bcode == 0, berror);
        Assert.Contains("data-key=\"excluded[0].number\">A-30<", ahtml, StringComparison.Ordinal);
        Assert.Contains("data-key=\"excluded[0].reason\">dated 2017-08-30, before the policy is in force (from 2017-08-31): not counted, not paid<", ahtml, StringComparison.Ordinal);
        Assert.Contains("data-key=\"flags[1].code\">payee.notNamed<", ahtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Waste_WhatIf_RatePerTonne_IsApplied_AndABrokenOverrideIsReportedAgainstItsFile()
    {
        var overrides = Write(TempDir(), "rate.json", """{ "subsidyPerTonne": 2000 }""");
        var (code, output, error) = RunWithInput(K1, "evaluate", "waste", "-", "--parameters", overrides);
        Assert.True(code == 0, error);
        Assert.Equal(60_000m, HaidianJson.Deserialize<EstateMonthResult>(output).Payable);

        var broken = Write(TempDir(), "broken.json", "{\n  \"subsidyPerTonne\": -5\n}");
        var (code2, _, error2) = RunWithInput(K1, "evaluate", "waste", "-", "--parameters", broken);
        Assert.Equal(2, code2);
        Assert.Contains("broken.json:2: subsidyPerTonne:", error2, StringComparison.Ordinal);
    }

    [Fact]
    public void Waste_Sizing_And_StaffedHours()
    {
        var (code, output, _) = RunWithInput("""{ "operation": "sizing", "households": 2501 }""", "evaluate", "waste", "-");
        Assert.Equal(0, code);
        var sizing = HaidianJson.Deserialize<FacilitySizing>(output);
        Assert.Equal((1, 2), (sizing.RecyclingTrucksLow, sizing.RecyclingTrucksHigh));

        var (_, staffed, _) = RunWithInput("""{ "operation": "staffed", "time": "09:01" }""", "evaluate", "waste", "-");
        Assert.False(JsonNode.Parse(staffed)!["staffed"]!.GetValue<bool>());
    }

    [Fact]
    public void Deadlines_NamedRule_IsTheLibrarysResult_D1()
    {
        var (code, output, error) = RunWithInput("""{ "operation": "rule", "rule": "expropriation.reconsideration", "event": "2017-07-05" }""", "evaluate", "deadlines", "-");
        Assert.True(code == 0, error);
        var expected = new DeadlineCalculator().Calculate(DeadlineParameters.Gazette2017.ExpropriationReconsideration, new LocalDate(2017, 7, 5));
        Assert.Equal(HaidianJson.Serialize(expected), output.TrimEnd());
        Assert.Equal(new LocalDate(2017, 9, 4), HaidianJson.Deserialize<DeadlineResult>(output).LastDay);
    }

    [Fact]
    public void Deadlines_WhatIf_LongerLawsuitPeriod_And_UnknownRule()
    {
        var overrides = Write(TempDir(), "o.json", """{ "expropriationLawsuit": { "amount": 3 } }""");
        var (code, output, error) = RunWithInput("""{ "operation": "rule", "rule": "expropriation.lawsuit", "event": "2017-07-05" }""", "evaluate", "deadlines", "-", "--parameters", overrides);
        Assert.True(code == 0, error);
        Assert.Equal(new LocalDate(2017, 10, 9), HaidianJson.Deserialize<DeadlineResult>(output).LastDay);   // 2017-10-05 is in the National Day days off (10-01..08)

        var (code2, _, error2) = RunWithInput("""{ "operation": "rule", "rule": "lawsuit", "event": "2017-07-05" }""", "evaluate", "deadlines", "-");
        Assert.Equal(2, code2);
        Assert.Contains("rule: 'lawsuit' is not a rule key: one of smartHaidian.preliminaryDesign, ", error2, StringComparison.Ordinal);
        Assert.Contains("cultivatedLand.inspection", error2, StringComparison.Ordinal);
    }

    [Fact]
    public void Deadlines_D_a_rules_by_key_in_the_tool()
    {
        var (code, output, error) = RunWithInput("""{ "operation": "rule", "rule": "cultivatedLand.inspection", "year": 2020 }""", "evaluate", "deadlines", "-");
        Assert.True(code == 0, error);
        var result = HaidianJson.Deserialize<DeadlineResult>(output);
        Assert.Equal((new LocalDate(2021, 4, 10), (bool?)true), (result.LastDay, result.FallsOnRestDay));
        var (code2, output2, error2) = RunWithInput("""{ "operation": "rule", "rule": "smartHaidian.alternatePromotion", "year": 2018 }""", "evaluate", "deadlines", "-");
        Assert.True(code2 == 0, error2);
        Assert.Equal(new LocalDate(2018, 7, 31), HaidianJson.Deserialize<DeadlineResult>(output2).LastDay);

        // The old parameter name is not a key.
        var (code3, _, error3) = RunWithInput("""{ "operation": "rule", "rule": "cultivatedLandInspection", "year": 2020 }""", "evaluate", "deadlines", "-");
        Assert.Equal(2, code3);
        Assert.Contains("rule: 'cultivatedLandInspection' is not a rule key", error3, StringComparison.Ordinal);
    }

    [Fact]
    public void Deadlines_2027_IsTheNoScheduleError_NotAGuess()
    {
        var (code, output, error) = RunWithInput("""{ "operation": "day", "date": "2027-03-01" }""", "evaluate", "deadlines", "-");
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("date: no holiday schedule for 2027", error, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Params_Json_CitesEveryDefaultParameter(string module)
    {
        var (code, output, error) = Run("params", module, "--format", "json");
        Assert.True(code == 0, error);
        var doc = JsonNode.Parse(output)!.AsObject();
        Assert.Equal(module, doc["module"]!.GetValue<string>());
        var citations = doc["citations"]!.AsObject();
        var missing = doc["parameters"]!.AsObject().Select(p => p.Key).Where(k => !citations.ContainsKey(k)).ToArray();
        Assert.Empty(missing);
        Assert.All(citations, c => Assert.False(string.IsNullOrWhiteSpace(c.Value!["citation"]!.GetValue<string>())));
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Params_Text_ShowsTheDescriptionAndCitations(string module)
    {
        var (code, output, _) = Run("params", module);
        Assert.Equal(0, code);
        Assert.StartsWith(module + ": ", output, StringComparison.Ordinal);
        Assert.Contains("〔2017〕", output, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Verify_TheModulesCases_AllPass(string module)
    {
        var (code, output, error) = Run("verify", Repo("cases", module), "--quiet");
        Assert.True(code == 0, output + error);
        Assert.DoesNotContain("FAIL", output, StringComparison.Ordinal);
        Assert.Matches(@"^\d+ passed, 0 failed, 0 broken", output.TrimEnd().Split('\n')[^1]);
    }

    [Fact]
    public void Verify_AWrongDeadline_FailsWithTheFieldDiff()
    {
        var path = Write(TempDir(), "d.json", """
            { "module": "deadlines", "name": "D4 with a wrong day", "period": "2018-09-28",
              "input": { "operation": "period", "event": "2018-09-28", "amount": 10, "unit": "WorkingDays" },
              "expected": { "lastDay": "2018-10-12" } }
            """);
        var (code, output, _) = Run("verify", path);
        Assert.Equal(1, code);
        Assert.Contains("lastDay: expected \"2018-10-12\", actual \"2018-10-17\"", output, StringComparison.Ordinal);
    }
}

public sealed class DeadlinesWorkdaysCommandTests
{
    [Fact]
    public void Workdays_D4_TenFrom20180928_Is20181017_WithTheMakeUpWeekend()
    {
        var (code, output, error) = Run("deadlines", "workdays", "--from", "2018-09-28", "--add", "10");
        Assert.True(code == 0, error);
        Assert.Contains("2018-09-29 (Sat) – 2018-09-30 (Sun)", output, StringComparison.Ordinal);
        Assert.EndsWith("=> last day 2018-10-17 (Wed) (until 24:00)", output.TrimEnd(), StringComparison.Ordinal);

        var (_, json, _) = Run("deadlines", "workdays", "--from", "2018-09-28", "--add", "10", "--format", "json");
        Assert.Equal(new LocalDate(2018, 10, 17), HaidianJson.Deserialize<DeadlineResult>(json).LastDay);
    }

    [Fact]
    public void Workdays_BadDateOrYearWithoutSchedule_IsAUserError()
    {
        var (code, _, error) = Run("deadlines", "workdays", "--from", "2018-9-28", "--add", "10");
        Assert.Equal(2, code);
        Assert.Contains("--from: '2018-9-28' is not a date", error, StringComparison.Ordinal);

        var (code2, _, error2) = Run("deadlines", "workdays", "--from", "2026-12-20", "--add", "20");
        Assert.Equal(2, code2);
        Assert.Contains("no holiday schedule for 2027", error2, StringComparison.Ordinal);
    }
}
