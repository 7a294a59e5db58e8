namespace Haidian.Rules.Tests.Core;

public sealed class ParameterHistoryTests
{
    private static readonly Citation Source = new("海行规发〔2017〕7号", "办法", string.Empty);

    private static Params V(string name, int year, int month, int day) => new(name, new LocalDate(year, month, day), Source);

    [Fact]
    public void Constructor_SortsVersionsEarliestFirst()
    {
        var h = new ParameterHistory<Params>(new[] { V("2019", 2019, 1, 1), V("2017", 2017, 4, 1), V("2018", 2018, 1, 1) });
        Assert.Equal(new[] { "2017", "2018", "2019" }, h.Versions.Select(p => p.Version));
        Assert.Equal(new LocalDate(2017, 4, 1), h.InForceFrom);
    }

    [Fact]
    public void InForceOn_PicksTheLatestVersionStartedOnOrBeforeTheDay()
    {
        var h = new ParameterHistory<Params>(new[] { V("2017", 2017, 4, 1), V("2019", 2019, 1, 1) });
        Assert.Equal("2017", h.InForceOn(new LocalDate(2017, 4, 1)).Version);
        Assert.Equal("2017", h.InForceOn(new LocalDate(2018, 12, 31)).Version);
        Assert.Equal("2019", h.InForceOn(new LocalDate(2019, 1, 1)).Version);
        Assert.Equal("2019", h.InForceOn(new LocalDate(2030, 1, 1)).Version);
    }

    [Fact]
    public void InForceOn_TheDayBeforeTheFirstVersion_IsNotInForce()
    {
        var h = new ParameterHistory<Params>(new[] { V("2019", 2019, 1, 1), V("2017", 2017, 4, 1) });
        Assert.False(h.TryGetInForceOn(new LocalDate(2017, 3, 31), out var none));
        Assert.Null(none);
        Assert.True(h.TryGetInForceOn(new LocalDate(2017, 4, 1), out var first));
        Assert.Equal("2017", first.Version);
        var ex = Assert.Throws<NotInForceException>(() => h.InForceOn(new LocalDate(2017, 3, 31)));
        Assert.Equal(new LocalDate(2017, 4, 1), ex.InForceFrom);
        Assert.Equal(new LocalDate(2017, 3, 31), ex.Requested);
        Assert.Same(Source, ex.Policy);
    }

    [Fact]
    public void Constructor_EmptyNullSameDayAndSameName_AreEachReported()
    {
        Assert.Equal(
            "versions: must contain at least one parameter version",
            Assert.Single(Assert.Throws<ValidationException>(() => new ParameterHistory<Params>(Array.Empty<Params>())).Errors).ToString());
        Assert.Equal(
            "versions[1]: is required",
            Assert.Single(Assert.Throws<ValidationException>(() => new ParameterHistory<Params>(new[] { V("a", 2017, 1, 1), null! })).Errors).ToString());
        var ex = Assert.Throws<ValidationException>(() => new ParameterHistory<Params>(new[] { V("a", 2017, 1, 1), V("b", 2017, 1, 1), V("a", 2018, 1, 1) }));
        Assert.Equal(
            new[] { "versions[1]: starts on 2017-01-01, the same day as version 'a'", "versions: version name 'a' is used more than once" },
            ex.Errors.Select(e => e.ToString()));
        Assert.Equal(new[] { ErrorCode.Inconsistent, ErrorCode.Inconsistent }, ex.Errors.Select(e => e.Code));
    }

    [Fact]
    public void With_AddsAVersionOrReplacesTheOneStartingTheSameDay_LeavingTheOriginalUnchanged()
    {
        var h = new ParameterHistory<Params>(new[] { V("2017", 2017, 4, 1) });
        var added = h.With(V("2019", 2019, 1, 1));
        var replaced = added.With(V("2017-fixed", 2017, 4, 1));
        Assert.Equal(new[] { "2017" }, h.Versions.Select(p => p.Version));
        Assert.Equal(new[] { "2017", "2019" }, added.Versions.Select(p => p.Version));
        Assert.Equal(new[] { "2017-fixed", "2019" }, replaced.Versions.Select(p => p.Version));
        Assert.Throws<ArgumentNullException>(() => h.With(null!));
        Assert.Throws<ArgumentNullException>(() => new ParameterHistory<Params>(null!));
    }

    [Fact]
    public void Provenance_Of_RecordsTheVersionItsStartAndThePackageVersion()
    {
        var p = Provenance.Of(V("gazette-2017", 2017, 4, 1));
        Assert.Equal("gazette-2017", p.ParametersVersion);
        Assert.Equal(new LocalDate(2017, 4, 1), p.ParametersInForceFrom);
        Assert.Equal(PackageInfo.Version, p.PackageVersion);
        Assert.Throws<ArgumentNullException>(() => Provenance.Of(null!));
    }

    [Fact]
    public void PackageInfo_Version_HasNoBuildMetadata()
    {
        Assert.False(string.IsNullOrEmpty(PackageInfo.Version));
        Assert.DoesNotContain("+", PackageInfo.Version, StringComparison.Ordinal);
        Assert.Matches(@"^\d+\.\d+\.\d+", PackageInfo.Version);
    }

    private sealed record Params(string Version, LocalDate InForceFrom, Citation Source) : IVersionedParameters
    {
        public IReadOnlyList<ValidationError> Validate() =>
            Version == "invalid" ? new[] { new ValidationError("rate", ErrorCode.OutOfRange, "must not be negative") } : Array.Empty<ValidationError>();
    }

    [Fact]
    public void Constructor_InvalidVersion_IsReportedUnderItsIndexInTheOrderGiven()
    {
        var ex = Assert.Throws<ValidationException>(() => new ParameterHistory<Params>(new[]
        {
            new Params("a", new LocalDate(2019, 1, 1), new Citation("X", "t", "")),
            new Params("invalid", new LocalDate(2018, 1, 1), new Citation("X", "t", "")),
        }));
        var error = Assert.Single(ex.Errors);
        Assert.Equal("versions[1].rate: must not be negative", error.ToString());
        Assert.Equal(ErrorCode.OutOfRange, error.Code); // the version's own code, not a blanket invalidValue
    }
}
