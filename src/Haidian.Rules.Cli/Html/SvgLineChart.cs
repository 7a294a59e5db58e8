using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Haidian.Rules.Cli.Html;

/// <summary>One line of a chart: its name, one value per x label, and whether it is the district pool (drawn dashed).</summary>
internal sealed record ChartSeries(string Name, IReadOnlyList<decimal> Values, bool IsPool);

/// <summary>An inline SVG line chart (no script): one line per series over the x labels, a zero line, a y axis in yuan and an HTML legend.</summary>
internal static class SvgLineChart
{
    private const double Width = 960, Height = 380, Left = 96, Right = 16, Top = 16, Bottom = 40;

    public static void Write(HtmlWriter h, string caption, IReadOnlyList<string> xLabels, IReadOnlyList<ChartSeries> series)
    {
        var all = series.SelectMany(s => s.Values).Append(0m).ToArray();
        var (min, max, step) = NiceRange(all.Min(), all.Max());
        double X(int i) => Left + ((Width - Left - Right) * (xLabels.Count == 1 ? 0.5 : i / (double)(xLabels.Count - 1)));
        double Y(decimal v) => Top + ((Height - Top - Bottom) * (double)((max - v) / (max - min)));
        static string F(double d) => d.ToString("0.#", CultureInfo.InvariantCulture);

        h.Open("figure", ("class", "chart-figure"));
        h.Open("svg", ("class", "chart"), ("xmlns", "http://www.w3.org/2000/svg"), ("viewBox", $"0 0 {F(Width)} {F(Height)}"), ("role", "img"), ("aria-label", caption));
        h.Element("title", caption);
        for (var v = min; v <= max; v += step)
        {
            var y = F(Y(v));
            h.Open("line", ("class", v == 0 ? "zero" : "grid"), ("x1", F(Left)), ("x2", F(Width - Right)), ("y1", y), ("y2", y)).Close();
            h.Element("text", ReportPage.Money(v).Replace(".00", string.Empty, StringComparison.Ordinal), ("x", F(Left - 6)), ("y", F(Y(v) + 4)), ("text-anchor", "end"));
        }

        h.Open("line", ("class", "axis"), ("x1", F(Left)), ("x2", F(Left)), ("y1", F(Top)), ("y2", F(Height - Bottom))).Close();
        for (var i = 0; i < xLabels.Count; i++)
        {
            h.Element("text", xLabels[i], ("x", F(X(i))), ("y", F(Height - Bottom + 18)), ("text-anchor", "middle"));
        }

        var townIndex = 0;
        foreach (var s in series)
        {
            var cls = s.IsPool ? "sp" : "s" + (townIndex++ % 8).ToString(CultureInfo.InvariantCulture);
            h.Open("g", ("class", "series-group"), ("data-series", s.Name));
            h.Element("title", s.Name);
            var points = string.Join(" ", s.Values.Select((v, i) => F(X(i)) + "," + F(Y(v))));
            h.Open("polyline", ("class", "series " + cls + (s.IsPool ? " pool" : string.Empty)), ("points", points)).Close();
            for (var i = 0; i < s.Values.Count; i++)
            {
                h.Open("circle", ("class", cls), ("cx", F(X(i))), ("cy", F(Y(s.Values[i]))), ("r", "3.5"));
                h.Element("title", s.Name + " " + xLabels[i] + ": " + ReportPage.Money(s.Values[i]));
                h.Close();
            }

            h.Close();
        }

        h.Close();
        h.Open("figcaption");
        h.Open("ul", ("class", "legend"));
        townIndex = 0;
        foreach (var s in series)
        {
            var cls = s.IsPool ? "sp" : "s" + (townIndex++ % 8).ToString(CultureInfo.InvariantCulture);
            h.Open("li");
            h.Open("svg", ("xmlns", "http://www.w3.org/2000/svg"), ("viewBox", "0 0 28 10"), ("aria-hidden", "true"));
            h.Open("line", ("class", "series " + cls + (s.IsPool ? " pool" : string.Empty)), ("x1", "0"), ("x2", "28"), ("y1", "5"), ("y2", "5"), ("stroke-width", "3")).Close();
            h.Close();
            h.Text(s.Name);
            h.Close();
        }

        h.Close();
        h.Element("p", caption, ("class", "en"));
        h.Close();
        h.Close();
    }

    /// <summary>A range including both ends and zero, on a 1/2/5 × 10^n grid of about five steps.</summary>
    internal static (decimal Min, decimal Max, decimal Step) NiceRange(decimal low, decimal high)
    {
        low = Math.Min(low, 0m);
        high = Math.Max(high, 0m);
        if (high == low)
        {
            high = low + 1m;
        }

        var raw = (high - low) / 5m;
        var magnitude = 1m;
        while (magnitude * 10m <= raw)
        {
            magnitude *= 10m;
        }

        while (magnitude > raw && magnitude > 0.01m)
        {
            magnitude /= 10m;
        }

        var step = new[] { 1m, 2m, 5m, 10m }.Select(f => f * magnitude).First(s => s >= raw);
        var min = Math.Floor(low / step) * step;
        var max = Math.Ceiling(high / step) * step;
        return (min, max, step);
    }
}
