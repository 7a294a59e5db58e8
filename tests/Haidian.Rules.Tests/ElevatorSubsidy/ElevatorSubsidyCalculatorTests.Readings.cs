using System.Text.Json.Nodes;
using Haidian.Rules.ElevatorSubsidy;

namespace Haidian.Rules.Tests.ElevatorSubsidy;

/// <summary>Spec 07 §E (E-a … E-d) and the elevator part of §C (C1, C3, C4): each reading as a worked example named after its item.</summary>
public sealed partial class ElevatorSubsidyCalculatorTests
{
    private static readonly ConsentTally ExactlyTwoThirds = new("2单元", 3_000m, 2_000m, 24, 16, 2, 2);

    [Fact]
    public void E_a_one_eligibility_verdict_lists_each_unmet_criterion_by_name()
    {
        var building = InScopeBuilding() with { Floors = 3 };
        var r = Calculator.CheckEligibility(new BuildingApplication(building, HasLegalFormalities: false, ConsentTally: ExactlyTwoThirds with { AgreeingArea = 1_999.99m }), AsOf);
        Assert.False(r.Eligible);
        Assert.True(r.ConsentChecked);
        Assert.Equal(new[] { EligibilityCriterion.MinimumFloors, EligibilityCriterion.LegalFormalities, EligibilityCriterion.ConsentAreaShare }, r.Unmet);
        Assert.Equal(
            new[]
            {
                "MinimumFloors: 3 floors; required: 4 floors or more (4层以上, 4 included)",
                "LegalFormalities: the building has no complete legal formalities; required: 具有合法手续 (四（二）、四（三）: the subsidy is only for buildings with legal formalities)",
                "ConsentAreaShare: area: agreeing owners hold 1,999.99 m² of 3,000 m² = 66.6663% < 2/3 (66.6667%); at least 2,000 m² needed, 0.01 m² more; required: owners agreeing hold at least 2/3 of the exclusive area of the unit entrance (三分之二以上, 2/3 included)",
            },
            r.Reasons);
        Assert.False(r.Scope.InScope);
        Assert.False(r.HasLegalFormalities);
        Assert.False(r.Consent!.Met);
        Assert.Equal("B-1", r.BuildingId);

        var ok = Calculator.CheckEligibility(new BuildingApplication(InScopeBuilding(), true, ConsentTally: ExactlyTwoThirds), AsOf);
        Assert.True(ok.Eligible);
        Assert.Empty(ok.Unmet);
        Assert.Empty(ok.Reasons);
        Assert.True(ok.Consent!.Met);
    }

    [Fact]
    public void E_a_without_owner_data_consent_is_not_part_of_the_verdict_and_a_note_says_so()
    {
        var r = Calculator.CheckEligibility(new BuildingApplication(InScopeBuilding(), true), AsOf);
        Assert.True(r.Eligible);
        Assert.False(r.ConsentChecked);
        Assert.Null(r.Consent);
        Assert.Equal("二、三（二）: owner consent not checked — no owner data given (ownerRoll or consentTally); the verdict covers scope and legal formalities only.", r.Notes[0]);

        // why: an old-community building completed after 1998 is in scope (the clause waives the date): no criterion unmet
        var old = InScopeBuilding() with { CompletionDate = new LocalDate(2001, 1, 1), InOldCommunityRenovation2017 = true };
        Assert.True(Calculator.CheckEligibility(new BuildingApplication(old, true), AsOf).Eligible);

        // why: with a roll the library counts, an owner of two flats once (as CheckConsent)
        var roll = new OwnerRoll("1单元", new[]
        {
            new Owner("A", true, true, new[] { new Flat("101", "1单元", 60m), new Flat("102", "1单元", 60m) }),
            new Owner("B", false, true, new[] { new Flat("201", "1单元", 60m) }),
        });
        var withRoll = Calculator.CheckEligibility(new BuildingApplication(InScopeBuilding(), true, OwnerRoll: roll), AsOf);
        Assert.Equal(new[] { EligibilityCriterion.ConsentOwnerShare, EligibilityCriterion.ConsentDirectlyAffectedOwners }, withRoll.Unmet);
        Assert.Equal(HaidianJson.Serialize(Calculator.CheckConsent(roll, AsOf)), HaidianJson.Serialize(withRoll.Consent!));
    }

    [Fact]
    public void E_a_every_problem_of_the_application_is_reported_at_once_with_its_path()
    {
        var bad = new BuildingApplication(InScopeBuilding() with { Floors = 0 }, true, ConsentTally: ExactlyTwoThirds with { TotalArea = -1m, AgreeingOwners = 25 });
        var ex = Assert.Throws<ValidationException>(() => Calculator.CheckEligibility(bad, AsOf));
        Assert.Equal(
            new[] { ("building.floors", ErrorCode.OutOfRange), ("consentTally.totalArea", ErrorCode.OutOfRange), ("consentTally.agreeingOwners", ErrorCode.Inconsistent) },
            ex.Errors.Select(e => (e.Path, e.Code)));

        var both = Assert.Single(Assert.Throws<ValidationException>(() => Calculator.CheckEligibility(new BuildingApplication(InScopeBuilding(), true, new OwnerRoll("1单元", Array.Empty<Owner>()), ExactlyTwoThirds), AsOf)).Errors);
        Assert.Equal(("consentTally", ErrorCode.Inconsistent, "give either ownerRoll or consentTally, not both"), (both.Path, both.Code, both.Message));

        var noBuilding = Assert.Single(Assert.Throws<ValidationException>(() => Calculator.CheckEligibility(new BuildingApplication(null!, true), AsOf)).Errors);
        Assert.Equal(("building", ErrorCode.Required), (noBuilding.Path, noBuilding.Code));
        Assert.Throws<ArgumentNullException>(() => Calculator.CheckEligibility(null!, AsOf));
        Assert.Throws<NotInForceException>(() => Calculator.CheckEligibility(new BuildingApplication(InScopeBuilding(), true), new LocalDate(2017, 7, 2)));
    }

    [Fact]
    public void E_b_works_before_the_window_start_are_a_violation_like_works_after_its_end()
    {
        var early = Calculator.CheckTimeline(new ProjectTimeline(null, new LocalDate(2017, 9, 30), null, null, null, WorksStartedOn: new LocalDate(2017, 5, 20)), new LocalDate(2017, 12, 1));
        var finding = Assert.Single(early.Findings);
        Assert.Equal(("timeline.worksStartedOn", Severity.Violation), (finding.Code, finding.Severity));
        Assert.Equal("五: works started (方案设计与审批、签订协议、施工与安装 begun) on 2017-05-20, before the works window 2017-06-01 – 2017-10-31 (2017年6月—10月底, both days included): 12 day(s) early", finding.Message);
        Assert.False(early.Compliant);

        var late = Calculator.CheckTimeline(new ProjectTimeline(null, new LocalDate(2017, 11, 1), null, null, null), new LocalDate(2017, 12, 1));
        Assert.Equal(Severity.Violation, Assert.Single(late.Findings).Severity);   // why: the same severity at both ends

        var completedEarly = Calculator.CheckTimeline(new ProjectTimeline(null, new LocalDate(2017, 5, 31), null, null, null), AsOf);
        Assert.Equal(("timeline.worksCompletedOn", Severity.Violation), (Assert.Single(completedEarly.Findings).Code, completedEarly.Findings[0].Severity));

        var onBothEnds = Calculator.CheckTimeline(new ProjectTimeline(null, new LocalDate(2017, 10, 31), null, null, null, WorksStartedOn: new LocalDate(2017, 6, 1)), new LocalDate(2017, 11, 1));
        Assert.True(onBothEnds.Compliant);
        Assert.Empty(onBothEnds.Findings);

        var startedLate = Calculator.CheckTimeline(new ProjectTimeline(null, null, null, null, null, WorksStartedOn: new LocalDate(2017, 11, 1)), new LocalDate(2017, 11, 2));
        Assert.Equal("timeline.worksStartedOn", Assert.Single(startedLate.Findings).Code);

        var backwards = Assert.Single(Assert.Throws<ValidationException>(() => Calculator.CheckTimeline(new ProjectTimeline(null, new LocalDate(2017, 8, 1), null, null, null, WorksStartedOn: new LocalDate(2017, 8, 2)), AsOf)).Errors);
        Assert.Equal(("worksStartedOn", ErrorCode.Inconsistent), (backwards.Path, backwards.Code));
    }

    [Fact]
    public void E_c_operating_right_terms_in_years_and_months()
    {
        Assert.True(Calculator.CheckOperatingRight(20, 0, AsOf).Compliant);
        Assert.True(Calculator.CheckOperatingRight(10, 0, AsOf).Compliant);
        Assert.False(Calculator.CheckOperatingRight(20, 1, AsOf).Compliant);
        Assert.False(Calculator.CheckOperatingRight(9, 11, AsOf).Compliant);
        var months = Calculator.CheckOperatingRight(0, 150, AsOf);
        Assert.True(months.Compliant);
        Assert.Equal("operating-right term 0 years 150 months (150 months) is within 10–20 years (享有10—20年的经营权, both ends included)", Assert.Single(months.Checked));
        Assert.Equal(
            "operating-right term 20 years 1 months (241 months) is outside 10–20 years (享有10—20年的经营权, both ends included)",
            Assert.Single(Calculator.CheckOperatingRight(20, 1, AsOf).Findings).Message);
        Assert.Equal(HaidianJson.Serialize(Calculator.CheckOperatingRight(15, AsOf)), HaidianJson.Serialize(Calculator.CheckOperatingRight(15, 0, AsOf)));

        var error = Assert.Single(Assert.Throws<ValidationException>(() => Calculator.CheckOperatingRight(12, -1, AsOf)).Errors);
        Assert.Equal(("months", ErrorCode.OutOfRange), (error.Path, error.Code));

        var portfolio = new PilotPortfolio(new[] { InScopeBuilding() }, new[] { new ImplementingBody("甲公司", ImplementingBodySelection.Tendered, 20, 6) });
        Assert.Equal("portfolio.operatingRight", Assert.Single(Calculator.CheckPortfolio(portfolio, AsOf).Findings).Code);
        var negative = new PilotPortfolio(new[] { InScopeBuilding() }, new[] { new ImplementingBody("甲公司", ImplementingBodySelection.Tendered, 12, -6) });
        Assert.Equal("implementingBodies[0].operatingRightMonths", Assert.Single(Assert.Throws<ValidationException>(() => Calculator.CheckPortfolio(negative, AsOf)).Errors).Path);
    }

    [Fact]
    public void E_d_keep_without_a_certified_shortage_the_power_line_is_0_and_the_implementing_body_pays()
    {
        var r = Calculator.CalculateSubsidy(Claim(PropertyOwnership.District, 100_000m, 0m, 80_000m, certified: false), AsOf);
        var power = Item(r, SubsidyItem.PowerCapacityIncrease);
        Assert.Equal((Payer.ImplementingBody, false, 80_000m), (power.Payer, power.IsSubsidy, power.Amount));
        Assert.Equal(0m, r.Elevators[0].Lines.Single(l => l.Subject.Contains("power-capacity", StringComparison.Ordinal)).Amount);
        Assert.Equal(50_000m, r.TotalSubsidy);

        // why: 四（三）'s 产权单位 burden follows the certified shortage only
        var central = Item(Calculator.CalculateSubsidy(Claim(PropertyOwnership.CentralUnit, 100_000m, 0m, 80_000m, certified: false), AsOf), SubsidyItem.PowerCapacityIncrease);
        Assert.Equal(Payer.ImplementingBody, central.Payer);
    }

    [Fact]
    public void E_d_keep_building_scope_counts_as_directly_affected_only_the_owners_of_the_unit_entrance()
    {
        var calc = new ElevatorSubsidyCalculator(ElevatorSubsidyParameters.Gazette2017 with { Version = "building-scope", ConsentScope = ConsentScope.Building });
        var roll = new OwnerRoll("1单元", new[]
        {
            new Owner("A", true, true, new[] { new Flat("101", "1单元", 60m) }),
            new Owner("B", true, true, new[] { new Flat("102", "1单元", 60m) }),
            new Owner("C", false, true, new[] { new Flat("201", "2单元", 60m) }),   // why: flagged affected, but of another entrance
        });
        var r = calc.CheckConsent(roll, AsOf);
        Assert.Equal((3, 2, 2, 2), (r.TotalOwners, r.AgreeingOwners, r.AffectedOwners, r.AffectedOwnersAgreeing));
        Assert.True(r.Met);
    }

    [Fact]
    public void E_d_keep_the_new_technology_allowance_has_no_ownership_or_legal_formalities_condition()
    {
        var calc = new ElevatorSubsidyCalculator(ElevatorSubsidyParameters.Gazette2017 with { Version = "allowance", NewTechnologyAllowancePerElevator = 20_000m });
        foreach (var (ownership, legal) in new[] { (PropertyOwnership.Other, true), (PropertyOwnership.District, false), (PropertyOwnership.CentralUnit, false) })
        {
            var r = calc.CalculateSubsidy(Claim(ownership, 100_000m, 0m, 0m, legal: legal, newTech: true), AsOf);
            var line = Item(r, SubsidyItem.NewTechnology);
            Assert.Equal((20_000m, true), (line.Amount, line.IsSubsidy));
            Assert.Equal(20_000m, r.TotalSubsidy);
        }
    }

    [Fact]
    public void C1_elevator_inputs_report_every_missing_required_field_and_default_the_optional_ones()
    {
        // why: a claim without legalFormalities was priced as "no formalities" (0.00); a building without unitEntrances was "got 0"
        const string claim = """{ "buildingId": "B-1", "ownership": "District", "elevators": [ { "id": "E-1", "purchaseAndInstallation": 1, "utilityRelocation": 0, "powerCapacityIncrease": 0, "powerShortageCertified": false } ] }""";
        var ex = Assert.Throws<ValidationException>(() => HaidianJson.Deserialize<SubsidyClaim>(claim));
        Assert.Equal(new[] { ("elevators[0].newTechnologyCertified", ErrorCode.Required), ("hasLegalFormalities", ErrorCode.Required) }, ex.Errors.Select(e => (e.Path, e.Code)).OrderBy(x => x.Path, StringComparer.Ordinal));

        var building = JsonNode.Parse(HaidianJson.Serialize(InScopeBuilding()))!.AsObject();
        building.Remove("unitEntrances");
        building.Remove("floors");
        building["colour"] = "red";
        var three = Assert.Throws<ValidationException>(() => HaidianJson.Deserialize<Building>(building.ToJsonString())).Errors;
        Assert.Equal(new[] { ("colour", ErrorCode.UnknownField), ("floors", ErrorCode.Required), ("unitEntrances", ErrorCode.Required) }, three.Select(e => (e.Path, e.Code)).OrderBy(x => x.Path, StringComparer.Ordinal));

        var body = HaidianJson.Deserialize<ImplementingBody>("""{ "name": "甲公司", "selection": "Tendered", "operatingRightYears": 12 }""");
        Assert.Equal(0, body.OperatingRightMonths);
        var timeline = HaidianJson.Deserialize<ProjectTimeline>("""{ "worksCompletedOn": "2017-10-01" }""");
        Assert.Null(timeline.WorksStartedOn);
        var application = HaidianJson.Deserialize<BuildingApplication>("{ \"building\": " + HaidianJson.Serialize(InScopeBuilding()) + ", \"hasLegalFormalities\": true }");
        Assert.Null(application.OwnerRoll);
        Assert.Null(application.ConsentTally);
        Assert.Equal("hasLegalFormalities", Assert.Single(Assert.Throws<ValidationException>(() => HaidianJson.Deserialize<BuildingApplication>("{ \"building\": " + HaidianJson.Serialize(InScopeBuilding()) + " }")).Errors).Path);
    }

    [Fact]
    public void C1_every_field_of_a_building_and_a_claim_is_required_at_its_path()
    {
        foreach (var json in new[] { HaidianJson.Serialize(InScopeBuilding()) })
        {
            foreach (var name in JsonNode.Parse(json)!.AsObject().Select(p => p.Key).ToArray())
            {
                var doc = JsonNode.Parse(json)!.AsObject();
                doc.Remove(name);
                if (name == "street")
                {
                    Assert.Null(HaidianJson.Deserialize<Building>(doc.ToJsonString()).Street);   // why: nullable, optional (required by the portfolio check only)
                    continue;
                }

                var errors = Assert.Throws<ValidationException>(() => HaidianJson.Deserialize<Building>(doc.ToJsonString())).Errors;
                Assert.Equal((name, ErrorCode.Required), (Assert.Single(errors).Path, errors[0].Code));
            }
        }

        var claim = JsonNode.Parse(HaidianJson.Serialize(Claim(PropertyOwnership.District, 1m, 0m, 0m)))!.AsObject();
        foreach (var name in claim.Select(p => p.Key).ToArray())
        {
            var doc = JsonNode.Parse(claim.ToJsonString())!.AsObject();
            doc.Remove(name);
            var error = Assert.Single(Assert.Throws<ValidationException>(() => HaidianJson.Deserialize<SubsidyClaim>(doc.ToJsonString())).Errors);
            Assert.Equal((name, ErrorCode.Required), (error.Path, error.Code));
        }
    }

    [Fact]
    public void C4_undefined_enum_values_are_refused_at_every_elevator_entry_point()
    {
        static (string, ErrorCode) Only(Action act)
        {
            var e = Assert.Single(Assert.Throws<ValidationException>(act).Errors);
            return (e.Path, e.Code);
        }

        Assert.Equal(("ownership", ErrorCode.InvalidValue), Only(() => Calculator.CalculateSubsidy(Claim((PropertyOwnership)99, 1m, 0m, 0m), AsOf)));
        Assert.Equal(("ownership", ErrorCode.InvalidValue), Only(() => Calculator.SubsidyAmount(Claim((PropertyOwnership)99, 1m, 0m, 0m), AsOf)));
        Assert.Equal(
            ("implementingBodies[0].selection", ErrorCode.InvalidValue),
            Only(() => Calculator.CheckPortfolio(new PilotPortfolio(new[] { InScopeBuilding() }, new[] { new ImplementingBody("甲", (ImplementingBodySelection)99, 12) }), AsOf)));
        Assert.Equal(("versions[0].consentScope", ErrorCode.InvalidValue), Only(() => new ElevatorSubsidyCalculator(ElevatorSubsidyParameters.Gazette2017 with { ConsentScope = (ConsentScope)99 })));
        Assert.Equal(("versions[0].newTechnologyPayer", ErrorCode.InvalidValue), Only(() => new ElevatorSubsidyCalculator(ElevatorSubsidyParameters.Gazette2017 with { NewTechnologyPayer = (Payer)99 })));
        Assert.Equal(("versions[0].oldCommunityWaives[0]", ErrorCode.InvalidValue), Only(() => new ElevatorSubsidyCalculator(ElevatorSubsidyParameters.Gazette2017 with { OldCommunityWaives = new[] { (WaivableCriterion)99 } })));
    }
}
