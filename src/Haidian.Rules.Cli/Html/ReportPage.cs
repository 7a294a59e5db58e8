using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;

namespace Haidian.Rules.Cli.Html;

/// <summary>One parameter a what-if run changed: its path, the gazette's value, the value used and where the gazette sets it.</summary>
internal sealed record WhatIfDifference(string Path, string Gazette, string WhatIf, string? Citation);

/// <summary>The provenance of a result: the parameter version (and when it came into force) and the library's version.</summary>
internal sealed record ReportProvenance(string ParametersVersion, string? InForceFrom, string PackageVersion);

/// <summary>
/// The frame of every report: a self-contained page (inline style sheet, no script, no external resource — the
/// content-security policy forbids any), the title in Chinese and English, the what-if differences at the top, the body,
/// and the provenance at the foot.
/// </summary>
internal sealed class ReportPage
{
    public ReportPage(string titleZh, string titleEn)
    {
        TitleZh = titleZh;
        TitleEn = titleEn;
    }

    public string TitleZh { get; }

    public string TitleEn { get; }

    /// <summary>One line under the title (document number, period...).</summary>
    public string? Subtitle { get; init; }

    /// <summary>The parameters a what-if run changed; empty for the gazette's parameters.</summary>
    public IReadOnlyList<WhatIfDifference> WhatIf { get; init; } = Array.Empty<WhatIfDifference>();

    /// <summary>Every distinct provenance of the result.</summary>
    public IReadOnlyList<ReportProvenance> Provenance { get; init; } = Array.Empty<ReportProvenance>();

    /// <summary>The tool's own version (informational), shown at the foot.</summary>
    public static string ToolVersion { get; } = typeof(ReportPage).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "unknown";

    /// <summary>The Haidian.Rules library's version (informational, without the commit), as its results' provenance states it.</summary>
    public static string LibraryVersion { get; } = typeof(HaidianJson).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "unknown";

    /// <summary>The page, with <paramref name="body"/> between the what-if block and the foot.</summary>
    public string Render(Action<HtmlWriter> body)
    {
        var h = new HtmlWriter();
        h.RawTemplate(ReportStyles.Doctype);
        h.Open("html", ("lang", "zh-Hans"));
        h.Open("head");
        h.Open("meta", ("charset", "utf-8"));
        h.Open("meta", ("name", "viewport"), ("content", "width=device-width, initial-scale=1"));
        h.Open("meta", ("http-equiv", "Content-Security-Policy"), ("content", "default-src 'none'; style-src 'unsafe-inline'; img-src data:"));
        h.Open("meta", ("name", "generator"), ("content", "haidian-rules " + ToolVersion));
        h.Element("title", TitleZh + " — " + TitleEn);
        h.Open("style").RawTemplate(ReportStyles.Css).Close();
        h.Close();
        h.Open("body");
        h.Open("header");
        h.Open("h1").Element("span", TitleZh, ("lang", "zh-Hans")).Text(" ").Element("span", TitleEn, ("class", "en"), ("lang", "en")).Close();
        if (Subtitle is not null)
        {
            h.Element("p", Subtitle, ("class", "subtitle"));
        }

        h.Close();
        if (WhatIf.Count > 0)
        {
            h.Open("section", ("class", "whatif"), ("id", "what-if"));
            h.Open("h2").Element("span", "假设情形", ("lang", "zh-Hans")).Text(" ").Element("span", "What-if: parameters differ from the gazette", ("class", "en"), ("lang", "en")).Close();
            h.Open("div", ("class", "table-wrap"));
            h.Open("table");
            HeaderRow(h, ("参数", "parameter", false), ("公报", "gazette", true), ("本次", "this run", true), ("依据", "citation", false));
            h.Open("tbody");
            foreach (var d in WhatIf)
            {
                h.Open("tr", ("data-parameter", d.Path));
                h.Element("td", d.Path, ("class", "code"));
                h.Element("td", d.Gazette, ("class", "num"));
                h.Element("td", d.WhatIf, ("class", "num changed"));
                h.Element("td", d.Citation ?? string.Empty);
                h.Close();
            }

            h.Close().Close().Close();
            h.Close();
        }

        h.Open("main");
        body(h);
        h.Close();
        h.Open("footer", ("id", "provenance"));
        h.Open("h2").Element("span", "来源", ("lang", "zh-Hans")).Text(" ").Element("span", "Provenance", ("class", "en"), ("lang", "en")).Close();
        h.Open("dl");
        foreach (var p in Provenance)
        {
            h.Element("dt", "parameter version 参数版本");
            h.Open("dd").Element("span", p.ParametersVersion, ("class", "code"), ("data-key", "parametersVersion"));
            if (p.InForceFrom is not null)
            {
                h.Text(" (in force from " + p.InForceFrom + ")");
            }

            h.Close();
            h.Element("dt", "package version 程序包版本");
            h.Open("dd").Text("Haidian.Rules ").Element("span", p.PackageVersion, ("class", "code"), ("data-key", "packageVersion")).Close();
        }

        h.Element("dt", "report");
        h.Element("dd", "haidian-rules " + ToolVersion + " — a self-contained page: no script, no network; computed results, not an official document.");
        h.Close();
        h.Close();
        h.Close();
        h.Close();
        return h.ToString();
    }

    /// <summary>A table head row; each column is (Chinese, English, numeric).</summary>
    public static void HeaderRow(HtmlWriter h, params (string Zh, string En, bool Numeric)[] columns)
    {
        h.Open("thead").Open("tr");
        foreach (var (zh, en, numeric) in columns)
        {
            h.Open("th", ("class", numeric ? "num" : null), ("scope", "col"));
            if (zh.Length > 0)
            {
                h.Element("span", zh, ("lang", "zh-Hans")).Text(" ");
            }

            h.Element("span", en, ("class", "en"), ("lang", "en"));
            h.Close();
        }

        h.Close().Close();
    }

    /// <summary>A heading with a Chinese and an English part.</summary>
    public static void Heading(HtmlWriter h, string tag, string zh, string en, string? id = null)
    {
        h.Open(tag, ("id", id));
        if (zh.Length > 0)
        {
            h.Element("span", zh, ("lang", "zh-Hans")).Text(" ");
        }

        h.Element("span", en, ("class", "en"), ("lang", "en")).Close();
    }

    /// <summary>Yuan with thousands separators and two decimals: <c>-230,000.00</c>.</summary>
    public static string Money(decimal amount) => amount.ToString("#,0.00", CultureInfo.InvariantCulture);

    /// <summary>A number with thousands separators, keeping the decimals it was written with (<c>30.000</c> stays three places).</summary>
    public static string Number(decimal value)
    {
        var scale = (decimal.GetBits(value)[3] >> 16) & 0xFF;
        return value.ToString("#,0" + (scale > 0 ? "." + new string('0', scale) : string.Empty), CultureInfo.InvariantCulture);
    }

    /// <summary>The distinct provenances of a list.</summary>
    public static IReadOnlyList<ReportProvenance> Of(IEnumerable<Haidian.Rules.Provenance> provenance) =>
        provenance.Select(p => new ReportProvenance(p.ParametersVersion, p.ParametersInForceFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), p.PackageVersion)).Distinct().ToArray();
}
