using System.Globalization;
using System.IO;
using System.Linq;
using Haidian.Rules.WaterCompensation;

namespace Haidian.Rules.Cli.Water;

/// <summary>Draws each town's monthly net position (received − paid) of a year with ScottPlot, headless, as SVG or PNG.</summary>
internal static class NetPositionChart
{
    public static void Save(AnnualStatement statement, string path, int width = 900, int height = 500)
    {
        var plot = new ScottPlot.Plot();
        var xs = statement.Months.Select(m => (double)m.Month.Month).ToArray();
        foreach (var town in statement.Towns)
        {
            var ys = statement.Months.Select(m => (double)(m.Towns.FirstOrDefault(t => t.Town == town.Town)?.Net ?? 0m)).ToArray();
            var line = plot.Add.Scatter(xs, ys);
            line.LegendText = town.Town;
        }

        plot.Add.HorizontalLine(0);
        plot.Axes.Bottom.SetTicks(xs, statement.Months.Select(m => m.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture)).ToArray());
        plot.Title($"Water compensation {statement.Year}: net position per town (yuan)");
        plot.XLabel("month");
        plot.YLabel("received - paid (yuan)");
        plot.ShowLegend();
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(dir))
        {
            Directory.CreateDirectory(dir);
        }

        if (Path.GetExtension(path).Equals(".png", System.StringComparison.OrdinalIgnoreCase))
        {
            plot.SavePng(path, width, height);
        }
        else
        {
            plot.SaveSvg(path, width, height);
        }
    }
}
