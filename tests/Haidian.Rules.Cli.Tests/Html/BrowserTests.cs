using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.Playwright;

namespace Haidian.Rules.Cli.Tests.Html;

/// <summary>
/// Every report type opened in a real headless Chromium: no console error and no request but the page itself, the
/// figures on the page equal the JSON of the same run, no sideways scrolling at 1280 px and 390 px, the year
/// settlement prints as legible A4 pages, and the Chinese text is drawn with a CJK font. A screenshot of each report
/// is kept under artifacts/html-reports.
/// </summary>
public sealed class BrowserTests : IClassFixture<BrowserFixture>
{
    private readonly BrowserFixture browser;

    public BrowserTests(BrowserFixture browser) => this.browser = browser;

    public static TheoryData<string> ReportNames() => HtmlReportTests.ReportNames();

    [Theory]
    [MemberData(nameof(ReportNames))]
    public async Task Report_LoadsWithoutErrorsOrNetwork_AndNeverScrollsSideways(string name)
    {
        var report = ReportSet.Get(name);
        var (page, errors, requests) = await Open(report.HtmlPath);
        try
        {
            foreach (var width in new[] { 1280, 390 })
            {
                await page.SetViewportSizeAsync(width, width == 390 ? 844 : 900);
                Assert.True(await FitsWidth(page), $"{name}: the page scrolls sideways at {width} px (folded)");
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ArtifactsDir, $"{name}-{width}.png"), FullPage = width == 1280 });
                await page.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");
                Assert.True(await FitsWidth(page), $"{name}: the page scrolls sideways at {width} px (every bill unfolded)");
                await page.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = false)");
            }

            Assert.Equal(0, await page.EvaluateAsync<int>("() => document.querySelectorAll('script, iframe, object, embed, link, img').length"));
            Assert.Empty(errors);
            Assert.Equal(new[] { new Uri(report.HtmlPath).AbsoluteUri }, requests);
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    [Theory]
    [InlineData("water-month")]
    [InlineData("water-year")]
    [InlineData("water-what-if")]
    [InlineData("evaluate-water")]
    [InlineData("evaluate-elevator")]
    [InlineData("evaluate-fund")]
    [InlineData("evaluate-forest")]
    [InlineData("evaluate-waste")]
    [InlineData("evaluate-deadlines")]
    public async Task FiguresOnThePage_EqualTheJsonOfTheSameRun(string name)
    {
        var report = ReportSet.Get(name);
        var json = report.Json!;
        var (page, _, _) = await Open(report.HtmlPath);
        try
        {
            var cells = await page.EvaluateAsync<string[][]>("() => Array.from(document.querySelectorAll('[data-key]')).map(e => [e.dataset.key, e.textContent])");
            var compared = 0;
            foreach (var cell in cells)
            {
                var (key, text) = (cell[0], cell[1]);
                if (key is "parametersVersion" or "packageVersion" or "check")
                {
                    continue;
                }

                var expected = Expected(json, key);
                if (expected is JsonValue v && v.GetValueKind() == JsonValueKind.Number)
                {
                    Assert.True(decimal.Parse(text.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture) == v.GetValue<decimal>(), $"{name} {key}: page {text}, JSON {v}");
                    compared++;
                }
                else if (expected is JsonValue s && s.TryGetValue<string>(out var str))
                {
                    Assert.Equal(str, text);
                    compared++;
                }
            }

            Assert.True(compared >= 5, $"{name}: only {compared} figures compared");
            if (name.StartsWith("water", StringComparison.Ordinal))
            {
                // The headline figures are there: each town's net and the pool.
                var towns = json["towns"]!.AsArray();
                Assert.All(towns, t => Assert.Contains(cells, c => c[0] == "town:" + t!["town"]!.GetValue<string>() + ":net"));
                Assert.Contains(cells, c => c[0] == "pool");
            }
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    [Fact]
    public async Task YearSettlement_PrintsAsLegibleA4Pages()
    {
        var report = ReportSet.Get("water-year");
        var (page, _, _) = await Open(report.HtmlPath);
        try
        {
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
            // The A4 text width (210 mm less the 12 mm margins) at 96 px per inch.
            await page.SetViewportSizeAsync((int)Math.Floor((210 - 24) / 25.4 * 96), 1100);
            Assert.True(await FitsWidth(page), "the printed page is wider than A4");
            var smallest = await page.EvaluateAsync<double>(@"() => Math.min(...Array.from(document.querySelectorAll('body *'))
                .filter(e => e.childNodes.length && Array.from(e.childNodes).some(n => n.nodeType === 3 && n.textContent.trim()) && e.getClientRects().length && !e.closest('svg'))
                .map(e => parseFloat(getComputedStyle(e).fontSize)))");
            Assert.True(smallest >= 10.6, $"printed text as small as {smallest} px (< 8 pt)");
            var chartText = await page.EvaluateAsync<double>("() => Math.min(...Array.from(document.querySelectorAll('svg.chart text')).map(t => t.getBoundingClientRect().height))");
            Assert.True(chartText >= 9, $"chart labels print {chartText} px high");

            var pdf = await page.PdfAsync(new PagePdfOptions { PreferCSSPageSize = true, PrintBackground = true, Path = Path.Combine(BrowserFixture.ArtifactsDir, "water-year.pdf") });
            var text = Encoding.Latin1.GetString(pdf);
            Assert.StartsWith("%PDF-", text, StringComparison.Ordinal);
            var pages = Regex.Matches(text, @"/Type\s*/Page(?![s\w])").Count;
            var boxes = Regex.Matches(text, @"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]").Select(m => (W: double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), H: double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture))).ToArray();
            Assert.True(pages >= 2, $"{pages} PDF pages");
            Assert.Equal(pages, boxes.Length);
            // A4 is 595.28 × 841.89 pt.
            Assert.All(boxes, b => Assert.True(Math.Abs(b.W - 595.28) < 2 && Math.Abs(b.H - 841.89) < 2, $"page {b.W} × {b.H} pt is not A4 portrait"));
            Assert.Contains("/FontFile", text, StringComparison.Ordinal);
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    [Theory]
    [InlineData("water-year", "h1 span[lang=zh-Hans]")]
    [InlineData("evaluate-waste", "td[data-key=estate]")]
    public async Task ChineseText_IsDrawnWithACjkFont_NotTofu(string name, string selector)
    {
        var (page, _, _) = await Open(ReportSet.Get(name).HtmlPath);
        try
        {
            var text = await page.Locator(selector).First.TextContentAsync() ?? string.Empty;
            var cjk = text.Count(c => c >= 0x3000 && c <= 0x9FFF);
            Assert.True(cjk >= 4, $"'{text}' has too few CJK characters to test");
            var cdp = await browser.Browser.NewCDPSessionAsync(page);
            await cdp.SendAsync("DOM.enable");
            await cdp.SendAsync("CSS.enable");
            var doc = await cdp.SendAsync("DOM.getDocument", new Dictionary<string, object> { ["depth"] = 0 });
            var root = doc!.Value.GetProperty("root").GetProperty("nodeId").GetInt32();
            var node = (await cdp.SendAsync("DOM.querySelector", new Dictionary<string, object> { ["nodeId"] = root, ["selector"] = selector }))!.Value.GetProperty("nodeId").GetInt32();
            var fonts = (await cdp.SendAsync("CSS.getPlatformFontsForNode", new Dictionary<string, object> { ["nodeId"] = node }))!.Value.GetProperty("fonts")
                .EnumerateArray().Select(f => (Family: f.GetProperty("familyName").GetString() ?? string.Empty, Glyphs: f.GetProperty("glyphCount").GetDouble())).ToArray();
            var cjkGlyphs = fonts.Where(f => Regex.IsMatch(f.Family, "CJK|Source Han|PingFang|YaHei|WenQuanYi|Noto Sans SC|Noto Serif SC")).Sum(f => f.Glyphs);
            Assert.True(cjkGlyphs >= cjk, $"'{text}' ({cjk} CJK characters) was drawn with {string.Join(", ", fonts.Select(f => $"{f.Family} ({f.Glyphs} glyphs)"))}: install fonts-noto-cjk");
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    /// <summary>The checks above can fail: a page with a script error, a request and a too-wide box is caught by each of them.</summary>
    [Fact]
    public async Task Checks_CatchAConsoleErrorARequestAndSidewaysScrolling()
    {
        var path = CliHarness.Write(CliHarness.TempDir(), "bad.html", "<!DOCTYPE html><html><body><div style=\"width:2000px\">wide</div>"
            + "<img src=\"http://127.0.0.1:9/x.png\"><script>console.error('broken'); undefinedFunction();</script></body></html>");
        var (page, errors, requests) = await Open(path);
        try
        {
            Assert.False(await FitsWidth(page));
            Assert.Contains(errors, e => e.Contains("broken", StringComparison.Ordinal));
            Assert.Contains(errors, e => e.StartsWith("page error:", StringComparison.Ordinal));
            Assert.Contains("http://127.0.0.1:9/x.png", requests);
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    /// <summary>The value a <c>data-key</c> names: a JSON path (<c>segments[0].days</c>), or the water ledger's <c>[yyyy-MM/]town:NAME:field</c>, <c>pool</c>, <c>total:paid</c>.</summary>
    private static JsonNode? Expected(JsonNode json, string key)
    {
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0 && json["months"] is JsonArray months && Regex.IsMatch(key.Substring(0, slash), @"^\d{4}-\d{2}$"))
        {
            var month = months.Single(m => m!["month"]!.GetValue<string>() == key.Substring(0, slash))!;
            return Expected(month, key.Substring(slash + 1));
        }

        var year = json["months"] is not null;
        if (key.StartsWith("town:", StringComparison.Ordinal))
        {
            var last = key.LastIndexOf(':');
            var town = key.Substring(5, last - 5);
            var field = key.Substring(last + 1);
            var t = json["towns"]!.AsArray().Single(x => x!["town"]!.GetValue<string>() == town)!;
            return t[year && field != "net" ? "compensation" + char.ToUpperInvariant(field[0]) + field.Substring(1) : field];
        }

        switch (key)
        {
            case "pool":
                return json["poolTotal"];
            case "transferFund":
                return json["transferFundTotal"];
            case "total:paid":
                return year ? JsonValue.Create(json["towns"]!.AsArray().Sum(t => t!["compensationPaid"]!.GetValue<decimal>())) : json["totalPaid"];
            case "total:received":
                return year ? JsonValue.Create(json["towns"]!.AsArray().Sum(t => t!["compensationReceived"]!.GetValue<decimal>())) : json["totalReceived"];
        }

        JsonNode? node = json;
        foreach (Match part in Regex.Matches(key, @"([^.\[\]]+)|\[(\d+)\]"))
        {
            node = part.Groups[2].Success ? node?.AsArray()[int.Parse(part.Groups[2].Value, CultureInfo.InvariantCulture)] : node?[part.Groups[1].Value];
        }

        Assert.True(node is not null || key.Length == 0, $"data-key '{key}' names nothing in the JSON");
        return node;
    }

    private async Task<(IPage Page, List<string> Errors, List<string> Requests)> Open(string path)
    {
        var page = await browser.Browser.NewPageAsync();
        var errors = new List<string>();
        var requests = new List<string>();
        page.Console += (_, m) =>
        {
            if (m.Type is "error" or "warning")
            {
                errors.Add(m.Type + ": " + m.Text);
            }
        };
        page.PageError += (_, e) => errors.Add("page error: " + e);
        page.Request += (_, r) => requests.Add(r.Url);
        await page.GotoAsync(new Uri(path).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        return (page, errors, requests);
    }

    private static Task<bool> FitsWidth(IPage page) => page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth");
}
