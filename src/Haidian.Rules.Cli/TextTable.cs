using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace Haidian.Rules.Cli;

/// <summary>A plain-text table with aligned columns (numbers right-aligned), for terminal output.</summary>
internal sealed class TextTable
{
    private readonly string[] headers;
    private readonly bool[] rightAligned;
    private readonly List<string[]> rows = new();

    public TextTable(params string[] headers)
    {
        this.headers = headers;
        rightAligned = new bool[headers.Length];
    }

    public TextTable AlignRight(params int[] columns)
    {
        foreach (var c in columns)
        {
            rightAligned[c] = true;
        }

        return this;
    }

    public void Add(params string[] cells) => rows.Add(cells);

    public void Write(TextWriter writer, string indent = "  ")
    {
        var widths = new int[headers.Length];
        foreach (var r in rows.Prepend(headers))
        {
            for (var i = 0; i < widths.Length; i++)
            {
                widths[i] = Math.Max(widths[i], Width(i < r.Length ? r[i] : string.Empty));
            }
        }

        void Line(string[] r)
        {
            var sb = new StringBuilder(indent);
            for (var i = 0; i < widths.Length; i++)
            {
                var cell = i < r.Length ? r[i] : string.Empty;
                var pad = new string(' ', widths[i] - Width(cell));
                sb.Append(rightAligned[i] ? pad + cell : cell + (i == widths.Length - 1 ? string.Empty : pad));
                if (i < widths.Length - 1)
                {
                    sb.Append("  ");
                }
            }

            writer.WriteLine(sb.ToString().TrimEnd());
        }

        Line(headers);
        Line(widths.Select(w => new string('-', w)).ToArray());
        foreach (var r in rows)
        {
            Line(r);
        }
    }

    /// <summary>Yuan with thousands separators and two decimals: <c>-230,000.00</c>.</summary>
    public static string Money(decimal amount) => amount.ToString("#,0.00", CultureInfo.InvariantCulture);

    /// <summary>Display width: CJK and full-width characters take two cells in a terminal.</summary>
    private static int Width(string s)
    {
        var w = 0;
        foreach (var ch in s)
        {
            w += ch >= 0x1100 && (ch <= 0x115F || (ch >= 0x2E80 && ch <= 0xA4CF) || (ch >= 0xAC00 && ch <= 0xD7A3) || (ch >= 0xF900 && ch <= 0xFAFF) || (ch >= 0xFE30 && ch <= 0xFE4F) || (ch >= 0xFF00 && ch <= 0xFF60) || (ch >= 0xFFE0 && ch <= 0xFFE6)) ? 2 : 1;
        }

        return w;
    }
}
