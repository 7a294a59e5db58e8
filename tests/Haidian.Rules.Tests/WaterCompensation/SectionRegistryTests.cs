using Haidian.Rules.WaterCompensation;

namespace Haidian.Rules.Tests.WaterCompensation;

/// <summary>The section register (第五条): every check of the constructor with its exact "path: message".</summary>
public sealed class SectionRegistryTests
{
    private static readonly YearMonth Jan2018 = new(2018, 1);

    private static Section S(string id, params string[] towns) => new(id, id, WaterClass.IV, null, WaterBodyType.River, towns, null, Jan2018);

    private static string[] ErrorsOf(Func<SectionRegistry> build) =>
        Assert.Throws<ValidationException>(() => build()).Errors.Select(e => e.ToString()).ToArray();

    [Fact]
    public void Constructor_NullArguments_AreNamed()
    {
        Assert.Equal("towns", Assert.Throws<ArgumentNullException>(() => new SectionRegistry(null!, Array.Empty<Section>())).ParamName);
        Assert.Equal("sections", Assert.Throws<ArgumentNullException>(() => new SectionRegistry(new[] { "A" }, null!)).ParamName);
    }

    [Fact]
    public void Constructor_TownsListedTwiceOrBlank_AreReportedByIndex()
    {
        Assert.Equal(
            new[] { "towns[1]: town 'A' is listed twice", "towns[2]: is required and must not be blank" },
            ErrorsOf(() => new SectionRegistry(new[] { "A", "A", " " }, Array.Empty<Section>())));
    }

    [Fact]
    public void Constructor_NoTowns_IsAnError()
    {
        Assert.Equal(new[] { "towns: must list at least one town" }, ErrorsOf(() => new SectionRegistry(Array.Empty<string>(), Array.Empty<Section>())));
        Assert.Single(new SectionRegistry(new[] { "A" }, Array.Empty<Section>()).Towns);
    }

    [Fact]
    public void Constructor_EveryBrokenSectionField_IsReportedInFieldOrder()
    {
        var bad = new Section(" ", "bad", (WaterClass)0, WaterClass.WorseThanV, (WaterBodyType)7, new[] { "A", "A", "", "Z" }, "Q", new YearMonth(2018, 5), new YearMonth(2018, 4));
        Assert.Equal(
            new[]
            {
                "sections[1].id: is required and must not be blank",
                "sections[1].functionalClass: is not one of I, II, III, IV, V, WorseThanV (got the undefined value 0)",
                "sections[1].assessmentTarget: must be a class from I to V",
                "sections[1].bodyType: is not one of River, LakeOrReservoir (got the undefined value 7)",
                "sections[1].responsibleTowns[1]: town 'A' is listed twice",
                "sections[1].responsibleTowns[2]: is required and must not be blank",
                "sections[1].responsibleTowns[3]: unknown town 'Z': not one of the registry's towns",
                "sections[1].downstream: unknown town 'Q': not one of the registry's towns (use null for another district)",
                "sections[1].validTo: 2018-04 is before validFrom 2018-05",
            },
            ErrorsOf(() => new SectionRegistry(new[] { "A", "B" }, new[] { S("S1", "A"), bad })));
    }

    [Theory]
    [InlineData(0, "sections[0].functionalClass: is not one of I, II, III, IV, V, WorseThanV (got the undefined value 0)")] // spec 07 C4: undefined
    [InlineData(6, "sections[0].functionalClass: must be a class from I to V")] // 劣V is a class, never a functional class
    public void Constructor_FunctionalClassOutsideIToV_IsAnError(int cls, string expected)
    {
        var s = S("S1", "A") with { FunctionalClass = (WaterClass)cls };
        Assert.Equal(new[] { expected }, ErrorsOf(() => new SectionRegistry(new[] { "A" }, new[] { s })));
    }

    [Fact]
    public void Constructor_NullSectionOrNoResponsibleTown_IsAnError()
    {
        Assert.Equal(
            new[]
            {
                "sections[0]: is required",
                "sections[1].responsibleTowns: must name at least one responsible town",
                "sections[2].responsibleTowns: must name at least one responsible town",
            },
            ErrorsOf(() => new SectionRegistry(new[] { "A" }, new[] { null!, S("S1"), S("S2") with { ResponsibleTowns = null! } })));
    }

    [Fact]
    public void Constructor_ValidToEqualToValidFrom_IsAOneMonthSection()
    {
        var registry = new SectionRegistry(new[] { "A" }, new[] { S("S1", "A") with { ValidTo = Jan2018 } });
        Assert.Single(registry.SectionsIn(Jan2018));
        Assert.Empty(registry.SectionsIn(new YearMonth(2018, 2)));
    }

    [Fact]
    public void Constructor_SameIdSharingOneMonth_Overlaps_ButConsecutiveRangesDoNot()
    {
        var first = S("S1", "A") with { ValidTo = new YearMonth(2018, 6) };
        Assert.Equal(
            new[] { "sections[1]: section 'S1' is already registered for 2018-06 by sections[0]: validity ranges of one id must not overlap" },
            ErrorsOf(() => new SectionRegistry(new[] { "A" }, new[] { first, S("S1", "A") with { ValidFrom = new YearMonth(2018, 6) } })));

        var registry = new SectionRegistry(new[] { "A" }, new[] { first, S("S1", "A") with { ValidFrom = new YearMonth(2018, 7), Name = "again" } });
        Assert.Equal("S1", registry.Find("S1", new YearMonth(2018, 6))!.Name);
        Assert.Equal("again", registry.Find("S1", new YearMonth(2018, 7))!.Name);
    }
}
