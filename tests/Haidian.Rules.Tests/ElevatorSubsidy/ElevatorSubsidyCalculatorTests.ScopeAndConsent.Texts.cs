using Haidian.Rules.ElevatorSubsidy;

namespace Haidian.Rules.Tests.ElevatorSubsidy;

/// <summary>The pilot-scope criteria (一) and the consent conditions (二, 三（二）) word for word.</summary>
public sealed partial class ElevatorSubsidyCalculatorTests
{
    private static readonly string[] ScopeRequirements =
    {
        "an urban residential building (城镇住宅楼房)",
        "no elevator yet (未设电梯)",
        "4 floors or more (4层以上, 4 included)",
        "at least 3 unit entrances (不少于3个单元门)",
        "not in a shanty-town renovation or expropriation scope or plan (未列入棚户区改造、房屋征收范围和计划)",
        "completed and in use on or before 1998-12-31 (1998年底前建成投入使用)",
        "not military property (军产房不在此范围)",
    };

    [Fact]
    public void CheckScope_InScopeBuilding_StatesEveryRequirementAndActualFigure()
    {
        var r = Calculator.CheckScope(InScopeBuilding(), AsOf);
        Assert.True(r.InScope);
        Assert.Empty(r.Unmet);
        Assert.Equal(ScopeRequirements, r.Criteria.Select(c => c.Requirement));
        Assert.Equal(
            new[] { "urban residential", "no elevator", "6 floors", "3 unit entrances", "not in such a scope or plan", "completed 1998-12-31", "not military property" },
            r.Criteria.Select(c => c.Actual));
        Assert.All(r.Criteria, c => Assert.True(c.Met));
        Assert.All(r.Criteria, c => Assert.Equal("一", c.Citation.Article));
    }

    [Fact]
    public void CheckScope_BuildingFailingEveryCriterion_ListsEachUnmetCriterionWithItsRequirement()
    {
        var b = new Building("B-9", "学院路街道", 3, 2, new LocalDate(1999, 1, 1), IsUrbanResidential: false, HasElevator: true, InShantyTownOrExpropriationPlan: true, IsMilitaryProperty: true, InOldCommunityRenovation2017: false);
        var r = Calculator.CheckScope(b, AsOf);
        Assert.False(r.InScope);
        Assert.Equal(
            new[]
            {
                "UrbanResidential: not an urban residential building; required: " + ScopeRequirements[0],
                "NoExistingElevator: already has an elevator; required: " + ScopeRequirements[1],
                "MinimumFloors: 3 floors; required: " + ScopeRequirements[2],
                "MinimumUnitEntrances: 2 unit entrances; required: " + ScopeRequirements[3],
                "NotInShantyTownOrExpropriation: in a shanty-town renovation or expropriation scope or plan; required: " + ScopeRequirements[4],
                "CompletionDate: completed 1999-01-01; required: " + ScopeRequirements[5],
                "NotMilitaryProperty: military property; required: " + ScopeRequirements[6],
            },
            r.Unmet);
    }

    [Fact]
    public void CheckConsent_UnitEntranceScope_NamesTheUnitEntranceInEachRule_AndCites32()
    {
        var r = Calculator.CheckConsent(new ConsentTally("1单元", 300m, 200m, 3, 2, 1, 1), AsOf);
        Assert.True(r.Met);
        Assert.Equal(
            new[]
            {
                "owners agreeing hold at least 2/3 of the exclusive area of the unit entrance (三分之二以上, 2/3 included)",
                "at least 2/3 of the owners of the unit entrance agree, each owner counted once (占总人数三分之二以上, 2/3 included)",
                "every owner of the unit directly affected in light, ventilation or noise agrees (受到采光、通风和噪声直接影响的所在单元业主的同意)",
            },
            r.Conditions.Select(c => c.Rule));
        Assert.Equal(new[] { "三（二）", "三（二）", "二" }, r.Conditions.Select(c => c.Citation.Article));
    }

    [Fact]
    public void CheckConsent_BuildingScope_NamesTheBuildingInEachRule()
    {
        var building = new ElevatorSubsidyCalculator(ElevatorSubsidyParameters.Gazette2017 with { ConsentScope = ConsentScope.Building });
        var r = building.CheckConsent(new ConsentTally("1单元", 300m, 200m, 3, 2, 0, 0), AsOf);
        Assert.Equal(
            new[]
            {
                "owners agreeing hold at least 2/3 of the exclusive area of the building (三分之二以上, 2/3 included)",
                "at least 2/3 of the owners of the building agree, each owner counted once (占总人数三分之二以上, 2/3 included)",
            },
            r.Conditions.Take(2).Select(c => c.Rule));
    }

    [Fact]
    public void CheckConsent_AWhatIfHalf_StatesTheThresholdAsAFourDecimalPercentage()
    {
        // why: 1/2 is exactly 50%; the text still shows four decimals, like 66.6667%.
        var half = new ElevatorSubsidyCalculator(ElevatorSubsidyParameters.Gazette2017 with { ConsentAreaShare = new Fraction(1, 2), ConsentOwnerShare = new Fraction(1, 2) });
        var r = half.CheckConsent(new ConsentTally("1单元", 100m, 40m, 4, 1, 0, 0), AsOf);
        Assert.Equal(
            new[]
            {
                "area: agreeing owners hold 40 m² of 100 m² = 40.0000% < 1/2 (50.0000%); at least 50 m² needed, 10 m² more",
                "owners: 1 of 4 agree = 25.0000% < 1/2 (50.0000%); at least 2 needed, 1 more",
            },
            r.Shortfalls);
    }
}
