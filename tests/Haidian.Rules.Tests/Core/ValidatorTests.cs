namespace Haidian.Rules.Tests.Core;

/// <summary>
/// The shared validation path: every module's messages come from here, so the wording and the
/// boundaries (0 is not negative but not positive; InRange includes both ends) are pinned once.
/// </summary>
public sealed class ValidatorTests
{
    [Fact]
    public void NewValidator_HasNoErrorsAndDoesNotThrow()
    {
        var v = new Validator();
        Assert.False(v.HasErrors);
        Assert.Empty(v.Errors);
        v.ThrowIfAny();
    }

    [Fact]
    public void Field_JoinsWithADot_UnlessTheParentIsTheRoot()
    {
        Assert.Equal("input.area", Validator.Field("input", "area"));
        Assert.Equal("area", Validator.Field(string.Empty, "area"));
        Assert.Equal("owners[12]", Validator.Index("owners", 12));
    }

    [Fact]
    public void NotNegative_ZeroPasses_BelowZeroIsReportedWithTheValue()
    {
        var v = new Validator();
        Assert.True(v.NotNegative("a", 0m));
        Assert.True(v.NotNegative("b", 0));
        Assert.False(v.HasErrors);
        Assert.False(v.NotNegative("c", -0.5m));
        Assert.False(v.NotNegative("d", -3));
        Assert.Equal(
            new[] { new ValidationError("c", ErrorCode.OutOfRange, "must not be negative (got -0.5)"), new ValidationError("d", ErrorCode.OutOfRange, "must not be negative (got -3)") },
            v.Errors);
    }

    [Fact]
    public void Positive_ZeroIsReported_TheSmallestAmountAboveZeroPasses()
    {
        var v = new Validator();
        Assert.True(v.Positive("a", 0.01m));
        Assert.False(v.Positive("b", 0m));
        Assert.Equal(new ValidationError("b", ErrorCode.OutOfRange, "must be greater than 0 (got 0)"), Assert.Single(v.Errors));
    }

    [Fact]
    public void InRange_IncludesBothEnds()
    {
        var v = new Validator();
        Assert.True(v.InRange("a", 1m, 1m, 5m));
        Assert.True(v.InRange("b", 5m, 1m, 5m));
        Assert.False(v.InRange("c", 0.99m, 1m, 5m));
        Assert.False(v.InRange("d", 5.01m, 1m, 5m));
        Assert.Equal(
            new[] { "c: must be between 1 and 5 inclusive (got 0.99)", "d: must be between 1 and 5 inclusive (got 5.01)" },
            v.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Required_AndRequiredText_ReportMissingAndBlankValues()
    {
        var v = new Validator();
        Assert.True(v.Required("a", "x"));
        Assert.True(v.RequiredText("b", "x"));
        Assert.False(v.Required<string>("c", null));
        Assert.False(v.RequiredText("d", "  "));
        Assert.False(v.RequiredText("e", null));
        Assert.Equal(
            new[] { "c: is required", "d: is required and must not be blank", "e: is required and must not be blank" },
            v.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void ThrowIfAny_CarriesEveryErrorInOrder_AddRangeKeepsPathsAndMessages()
    {
        var v = new Validator();
        v.Add("x", ErrorCode.InvalidValue, "first");
        v.AddRange(new[] { new ValidationError("y", ErrorCode.InvalidValue, "second"), new ValidationError("z", ErrorCode.InvalidValue, "third") });
        var ex = Assert.Throws<ValidationException>(v.ThrowIfAny);
        Assert.Equal(new[] { "x: first", "y: second", "z: third" }, ex.Errors.Select(e => e.ToString()));
        Assert.Equal("Invalid input (3 problems): x: first; y: second; z: third", ex.Message);
    }

    [Fact]
    public void Format_UsesTheInvariantCultureAndKeepsTrailingZeros()
    {
        Assert.Equal("1234.50", Validator.Format(1234.50m));
    }
}

public sealed class ExceptionTests
{
    [Fact]
    public void ValidationException_OneOrNoError_MessageNamesIt()
    {
        Assert.Equal("Invalid input: owners[2].area: must not be negative", new ValidationException(new[] { new ValidationError("owners[2].area", ErrorCode.OutOfRange, "must not be negative") }).Message);
        Assert.Equal("Invalid input: must not be null", new ValidationException(new[] { new ValidationError(string.Empty, ErrorCode.InvalidValue, "must not be null") }).Message);
        Assert.Equal("Invalid input.", new ValidationException(Array.Empty<ValidationError>()).Message);
    }

    [Fact]
    public void NotInForceException_NamesThePolicyTheDayAskedAndTheStart()
    {
        var policy = new Citation("海行规发〔2017〕7号", "办法", "第十六条");
        var ex = new NotInForceException(new LocalDate(2017, 3, 31), new LocalDate(2017, 4, 1), policy);
        Assert.Equal("海行规发〔2017〕7号《办法》第十六条 is not in force on 2017-03-31: it applies from 2017-04-01.", ex.Message);
        Assert.Equal(new LocalDate(2017, 3, 31), ex.Requested);
        Assert.Equal(new LocalDate(2017, 4, 1), ex.InForceFrom);
        Assert.Same(policy, ex.Policy);
    }
}
