using Haidian.Rules.Cli.Html;

namespace Haidian.Rules.Cli.Tests.Html;

public sealed class HtmlWriterTests
{
    [Fact]
    public void Text_AndAttributeValues_AreEncoded()
    {
        var h = new HtmlWriter();
        h.Open("p", ("title", "a\"b'<c>&")).Text("<script>alert('x')</script> & \"q\"").Close();
        Assert.Equal("<p title=\"a&quot;b&#39;&lt;c&gt;&amp;\">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;</p>", h.ToString());
    }

    [Fact]
    public void Element_NullAttributeIsLeftOut_VoidElementsNeedNoClose()
    {
        var h = new HtmlWriter();
        h.Open("td", ("class", null), ("data-key", "k")).Text("1").Open("br").Text("2").Close();
        Assert.Equal("<td data-key=\"k\">1<br>2</td>", h.ToString());
    }

    [Theory]
    [InlineData("script")]
    [InlineData("iframe")]
    [InlineData("img onerror=x")]
    [InlineData("p><script")]
    [InlineData("")]
    [InlineData("P")]
    public void Open_RefusesScriptAndAnythingNotAPlainTagName(string tag)
    {
        Assert.Throws<ArgumentException>(() => new HtmlWriter().Open(tag));
    }

    [Theory]
    [InlineData("onclick")]
    [InlineData("onerror")]
    [InlineData("style")]
    [InlineData("href")]
    [InlineData("src")]
    [InlineData("title=\"x\" onclick")]
    [InlineData("a b")]
    public void Open_RefusesEventHandlersUrlsStylesAndMalformedAttributeNames(string attribute)
    {
        Assert.Throws<ArgumentException>(() => new HtmlWriter().Open("p", (attribute, "x")));
    }

    [Fact]
    public void ToString_RefusesUnclosedElements_Close_RefusesAnEmptyStack()
    {
        var h = new HtmlWriter();
        h.Open("div").Open("p");
        var ex = Assert.Throws<InvalidOperationException>(() => h.ToString());
        Assert.Contains("p, div", ex.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => new HtmlWriter().Close());
    }

    [Fact]
    public void Text_InsideTheStyleSheetIsRefused()
    {
        var h = new HtmlWriter().Open("style");
        Assert.Throws<InvalidOperationException>(() => h.Text("body{}"));
    }

    [Fact]
    public void Encode_ControlCharactersBecomeReferences_NulBecomesTheReplacementCharacter()
    {
        Assert.Equal("a&#x1B;b\uFFFDc\n\td", HtmlWriter.Encode("a\u001Bb\0c\n\td"));
    }

    [Theory]
    [InlineData("1234567.5", "1,234,567.5")]
    [InlineData("30.000", "30.000")]
    [InlineData("-230000", "-230,000")]
    [InlineData("0.002", "0.002")]
    public void Number_KeepsTheDecimalsAndAddsThousandsSeparators(string value, string expected)
    {
        Assert.Equal(expected, ReportPage.Number(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData(-710000, 835000, -1000000, 1000000, 500000)]
    [InlineData(-265000, 220000, -300000, 300000, 100000)]
    [InlineData(0, 0, 0, 1, 0.2)]
    [InlineData(5, 7, 0, 8, 2)]
    public void NiceRange_IncludesZeroAndBothEnds(decimal low, decimal high, decimal min, decimal max, decimal step)
    {
        Assert.Equal((min, max, step), SvgLineChart.NiceRange(low, high));
    }

    [Theory]
    [InlineData("remainderForImplementingBody", "remainder for implementing body")]
    [InlineData("elevatorId", "elevator id")]
    [InlineData("requiredRatePercent", "required rate percent")]
    public void Humanize_SplitsCamelCase(string key, string expected)
    {
        Assert.Equal(expected, JsonReport.Humanize(key));
    }
}
