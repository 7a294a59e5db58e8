using System.Text;

namespace Haidian.Rules.Cli.Tests.Reliability;

/// <summary>
/// Mutates a valid CSV (or any text) file the way a careless export or a damaged transfer would: deletes,
/// duplicates or swaps rows and columns, blanks cells, puts non-numeric, huge or tiny numbers, wrong enum names
/// and impossible months in cells, adds a byte-order mark, CRLF line ends, quotes and embedded commas or newlines,
/// truncates at a random byte, overwrites random bytes, or leaves only the header (or nothing).
/// Seeded, so a failing case can be replayed from its seed.
/// </summary>
internal static class CsvMutator
{
    private static readonly string[] Hostile =
    {
        string.Empty, " ", "abc", "1e30", "-1e30", "1e-30", "79228162514264337593543950335", "-79228162514264337593543950335",
        "79228162514264337593543950336", "-0", "0", "-1", "NaN", "Infinity", "1,5", "\"1,2\"", "\"a\nb\"", "\"\"", "\"",
        "2018-13", "0000-01", "9999-12", "2018-00", "-2018-01", "2018-1", "true", "false", "TRUE", "yes", "Bogus", "VI",
        "WorseThanV", "I", "V", "Lake", "River", "A;A", ";", "A;;B", "\u0000", "\uFEFF", "区级统筹", "S1", "S2", "S3",
        "0.000000000000000000000000000001", "2147483648", "1e400", "  52  ", "+5", "0x10", "١٢",
    };

    /// <summary>Applies 1–3 mutations to <paramref name="text"/>.</summary>
    public static string Mutate(string text, Random random)
    {
        var times = 1 + random.Next(3);
        for (var t = 0; t < times; t++)
        {
            text = MutateOnce(text, random);
        }

        return text;
    }

    private static string MutateOnce(string text, Random random)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n').ToList();
        switch (random.Next(16))
        {
            case 0:
                return random.Next(4) == 0 ? string.Empty : lines[0] + (random.Next(2) == 0 ? "\n" : string.Empty);
            case 1:
                return text.Substring(0, random.Next(text.Length + 1));
            case 2:
            {
                var bytes = Encoding.UTF8.GetBytes(text);
                if (bytes.Length == 0)
                {
                    return text;
                }

                for (var i = 0; i < 1 + random.Next(4); i++)
                {
                    bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
                }

                return Encoding.UTF8.GetString(bytes);
            }

            case 3:
                return "\uFEFF" + text;
            case 4:
                return string.Join("\r\n", lines) + (random.Next(2) == 0 ? "\r\n" : string.Empty);
            case 5 when lines.Count > 1:
                lines.RemoveAt(1 + random.Next(lines.Count - 1));
                break;
            case 6:
            {
                var i = random.Next(lines.Count);
                lines.Insert(i, lines[i]);
                break;
            }

            case 7 when lines.Count > 2:
            {
                var i = 1 + random.Next(lines.Count - 1);
                var j = 1 + random.Next(lines.Count - 1);
                (lines[i], lines[j]) = (lines[j], lines[i]);
                break;
            }

            case 8:
            {
                // Delete, duplicate or swap a column across every row (quotes ignored: a damaged file is the point).
                var cells = lines.Select(l => l.Split(',').ToList()).ToList();
                var width = cells[0].Count;
                var c = random.Next(width);
                var d = random.Next(width);
                var op = random.Next(3);
                foreach (var row in cells)
                {
                    if (c >= row.Count || d >= row.Count)
                    {
                        continue;
                    }

                    if (op == 0)
                    {
                        row.RemoveAt(c);
                    }
                    else if (op == 1)
                    {
                        row.Insert(c, row[c]);
                    }
                    else
                    {
                        (row[c], row[d]) = (row[d], row[c]);
                    }
                }

                lines = cells.Select(r => string.Join(",", r)).ToList();
                break;
            }

            case 9:
                lines.Insert(1 + random.Next(lines.Count), string.Empty);
                break;
            case 10:
                lines.Add(lines[0]);
                break;
            default:
            {
                // Replace one cell (of the header too, now and then) with a hostile value.
                var i = random.Next(8) == 0 ? 0 : (lines.Count > 1 ? 1 + random.Next(lines.Count - 1) : 0);
                var row = lines[i].Split(',');
                row[random.Next(row.Length)] = Hostile[random.Next(Hostile.Length)];
                lines[i] = string.Join(",", row);
                break;
            }
        }

        return string.Join("\n", lines) + "\n";
    }
}
