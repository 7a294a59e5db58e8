using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Haidian.Rules.WaterCompensation;
using nietras.SeparatedValues;
using NodaTime;
using NodaTime.Text;

namespace Haidian.Rules.Cli.Water;

/// <summary>A value read from a CSV row, with the file line it came from (a struct: a million rows are not a million more objects).</summary>
internal readonly record struct CsvRow<T>(T Value, int Line);

/// <summary>
/// Reads the section register and the monthly monitoring of the water module from comma-separated files with a
/// header row (Sep). Every problem is reported with file, line and column, all at once.
/// </summary>
internal static class WaterCsv
{
    /// <summary>Columns of the sections file, in the documented order.</summary>
    public static readonly string[] SectionColumns = { "id", "name", "functionalClass", "assessmentTarget", "bodyType", "responsibleTowns", "downstream", "validFrom", "validTo" };

    /// <summary>Columns of the monitoring file, in the documented order.</summary>
    public static readonly string[] MonitoringColumns = { "sectionId", "month", "dry", "hasInflow", "outflowCod", "outflowCodMn", "outflowNh3n", "outflowTp", "inflowCod", "inflowCodMn", "inflowNh3n", "inflowTp" };

    private static readonly string[] RequiredSectionColumns = { "id", "functionalClass", "bodyType", "responsibleTowns", "validFrom" };
    private static readonly string[] RequiredMonitoringColumns = { "sectionId", "month", "dry", "hasInflow", "outflowNh3n", "outflowTp" };

    /// <summary>The CSV column of a library field of a monitoring record (for mapping validation paths back to columns).</summary>
    public static string MonitoringColumnOf(string field) => field switch
    {
        "outflow.chemicalOxygenDemand" => "outflowCod",
        "outflow.permanganateIndex" => "outflowCodMn",
        "outflow.ammoniaNitrogen" => "outflowNh3n",
        "outflow.totalPhosphorus" => "outflowTp",
        "inflow.chemicalOxygenDemand" => "inflowCod",
        "inflow.permanganateIndex" => "inflowCodMn",
        "inflow.ammoniaNitrogen" => "inflowNh3n",
        "inflow.totalPhosphorus" => "inflowTp",
        "outflow" => "outflow*",
        "inflow" => "inflow*",
        _ => field,
    };

    /// <summary>Reads the sections file.</summary>
    /// <exception cref="UserErrorException">Missing file, missing columns, or bad values (every problem, with line and column).</exception>
    public static IReadOnlyList<CsvRow<Section>> ReadSections(string path)
    {
        var result = new List<CsvRow<Section>>();
        var errors = new List<string>();
        Read(path, RequiredSectionColumns, SectionColumns, errors, (row, line) =>
        {
            var p = new RowParser(path, line, row, errors, null);
            var id = p.Text("id", required: true);
            var name = p.Text("name", required: false) ?? id;
            var functional = p.Class("functionalClass", required: true);
            var target = p.Class("assessmentTarget", required: false);
            var body = p.Body("bodyType");
            var towns = (p.Text("responsibleTowns", required: true) ?? string.Empty).Split(';').Select(t => t.Trim()).ToArray();
            var downstream = p.Text("downstream", required: false);
            var from = p.Month("validFrom", required: true);
            var to = p.Month("validTo", required: false);
            if (p.Ok)
            {
                result.Add(new CsvRow<Section>(new Section(id!, name!, functional!.Value, target, body!.Value, towns, downstream, from!.Value, to), line));
            }
        });
        ThrowIfAny(errors);
        return result;
    }

    /// <summary>Reads the monitoring file.</summary>
    /// <remarks>
    /// Sep reads the rows on this thread (with their line numbers); they are parsed in chunks on the thread pool straight
    /// from the fields' characters (numbers, months and flags without a string per field; section ids taken from
    /// <paramref name="ids"/> when known), and merged in file order: the rows, the problems (each with file, line and
    /// column, all of them, in file order) and the progress are exactly those of a row-by-row read.
    /// </remarks>
    /// <param name="path">The file.</param>
    /// <param name="progress">Called every <see cref="ProgressEvery"/> rows read.</param>
    /// <param name="ids">Known section ids (the register's), reused instead of a new string per row; optional.</param>
    /// <exception cref="UserErrorException">Missing file, missing columns, or bad values (every problem, with line and column).</exception>
    public static IReadOnlyList<CsvRow<MonthlyMonitoring>> ReadMonitoring(string path, Action<int>? progress = null, Dictionary<string, string>? ids = null)
    {
        var result = new List<CsvRow<MonthlyMonitoring>>();
        var errors = new List<string>();
        Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>>? pool = ids is not null && ids.TryGetAlternateLookup<ReadOnlySpan<char>>(out var lookup) ? lookup : null;
        Open(path, RequiredMonitoringColumns, MonitoringColumns, (reader, header) =>
        {
            var cols = new int[MonitoringColumns.Length];
            for (var c = 0; c < cols.Length; c++)
            {
                cols[c] = Array.IndexOf(header, MonitoringColumns[c]);
            }

            // The reading thread tokenizes (Sep) and copies each row's unescaped fields into a chunk, with the row's
            // line number (Sep's parallel enumeration numbers lines per batch, so the lines are taken here); chunks are
            // parsed on the thread pool and merged in file order.
            var count = header.Length;
            var rows = 0;
            var pending = new Queue<System.Threading.Tasks.Task<MonitoringRow[]>>();
            void Merge(MonitoringRow[] parsed)
            {
                foreach (var r in parsed)
                {
                    if (r.Errors is { } problems)
                    {
                        errors.AddRange(problems);
                    }

                    if (!r.Counted)
                    {
                        continue;
                    }

                    if (r.Value is { } value)
                    {
                        result.Add(new CsvRow<MonthlyMonitoring>(value, r.Line));
                    }

                    if (++rows % ProgressEvery == 0)
                    {
                        progress?.Invoke(rows);
                    }
                }
            }

            var chunk = new RowChunk(count);
            foreach (var row in reader)
            {
                chunk.Add(row);
                if (chunk.Count == RowChunk.Rows)
                {
                    var full = chunk;
                    pending.Enqueue(System.Threading.Tasks.Task.Run(() => ParseMonitoring(full, path, cols, pool)));
                    chunk = new RowChunk(count);
                    while (pending.Count > 4)
                    {
                        Merge(pending.Dequeue().GetAwaiter().GetResult());
                    }
                }
            }

            pending.Enqueue(System.Threading.Tasks.Task.FromResult(ParseMonitoring(chunk, path, cols, pool)));
            while (pending.Count > 0)
            {
                Merge(pending.Dequeue().GetAwaiter().GetResult());
            }
        });
        ThrowIfAny(errors);
        return result;
    }

    /// <summary>One monitoring row, parsed where it lies (possibly on another thread): its record or its problems, in column order.</summary>
    private readonly record struct MonitoringRow(MonthlyMonitoring? Value, int Line, bool Counted, List<string>? Errors);

    // Indexes into MonitoringColumns (the documented order).
    private const int SectionIdCol = 0, MonthCol = 1, DryCol = 2, HasInflowCol = 3, OutflowCol = 4, InflowCol = 8;

    /// <summary>Parses every row of a chunk (on any thread): its record or its problems, in column order.</summary>
    private static MonitoringRow[] ParseMonitoring(RowChunk chunk, string path, int[] cols, Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>>? ids)
    {
        var parsed = new MonitoringRow[chunk.Count];
        for (var r = 0; r < parsed.Length; r++)
        {
            parsed[r] = ParseMonitoring(chunk, r, path, cols, ids);
        }

        return parsed;
    }

    private static MonitoringRow ParseMonitoring(RowChunk chunk, int r, string path, int[] cols, Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>>? ids)
    {
        var line = chunk.Line(r);
        var fields = chunk.ColCount(r);
        if (fields == 1 && chunk.Col(r, 0).Trim().Length == 0)
        {
            return new MonitoringRow(null, line, false, null);
        }

        if (fields != chunk.HeaderLength)
        {
            return new MonitoringRow(null, line, false, new List<string> { UserErrorException.Locate(path, line, null, $"has {fields} fields but the header has {chunk.HeaderLength}") });
        }

        var p = new SpanRowParser(chunk, r, path, line, cols);
        var idText = p.Required(SectionIdCol);
        string? id = null;
        if (idText.Length > 0)
        {
            id = ids is { } pool && pool.TryGetValue(idText, out var known) ? known : idText.ToString();
        }

        var month = p.Month(MonthCol);
        var dry = p.Bool(DryCol);
        var hasInflow = p.Bool(HasInflowCol);
        var outflow = new Concentrations(p.Number(OutflowCol), p.Number(OutflowCol + 1), p.Number(OutflowCol + 2), p.Number(OutflowCol + 3));
        var inflow = new Concentrations(p.Number(InflowCol), p.Number(InflowCol + 1), p.Number(InflowCol + 2), p.Number(InflowCol + 3));
        if (p.Errors is not null)
        {
            return new MonitoringRow(null, line, true, p.Errors);
        }

        var anyInflow = inflow.ChemicalOxygenDemand is not null || inflow.PermanganateIndex is not null || inflow.AmmoniaNitrogen is not null || inflow.TotalPhosphorus is not null;
        return new MonitoringRow(new MonthlyMonitoring(id!, month!.Value, dry!.Value, hasInflow!.Value, outflow, hasInflow.Value || anyInflow ? inflow : null), line, true, null);
    }

    /// <summary>
    /// Up to <see cref="Rows"/> rows as read by Sep on the reading thread: each row's line number and its unescaped,
    /// trimmed-by-Sep fields copied into one character buffer, so that the rows can be parsed on another thread.
    /// </summary>
    private sealed class RowChunk
    {
        public const int Rows = 16_384;

        private readonly int[] lines = new int[Rows];
        private readonly int[] firstField = new int[Rows + 1];
        private readonly List<int> fieldEnds;
        private char[] chars = new char[Rows * 64];
        private int used;

        public RowChunk(int headerLength)
        {
            HeaderLength = headerLength;
            fieldEnds = new List<int>(Rows * headerLength);
        }

        public int HeaderLength { get; }

        public int Count { get; private set; }

        public void Add(SepReader.Row row)
        {
            lines[Count] = row.LineNumberFrom;
            firstField[Count] = fieldEnds.Count;
            for (var i = 0; i < row.ColCount; i++)
            {
                var span = row[i].Span;
                if (used + span.Length > chars.Length)
                {
                    Array.Resize(ref chars, Math.Max(chars.Length * 2, used + span.Length));
                }

                span.CopyTo(chars.AsSpan(used));
                used += span.Length;
                fieldEnds.Add(used);
            }

            Count++;
            firstField[Count] = fieldEnds.Count;
        }

        public int Line(int r) => lines[r];

        public int ColCount(int r) => firstField[r + 1] - firstField[r];

        /// <summary>Field <paramref name="i"/> of row <paramref name="r"/>, as Sep gave it (unescaped; trimmed of spaces).</summary>
        public ReadOnlySpan<char> Col(int r, int i)
        {
            var k = firstField[r] + i;
            var start = k == 0 ? 0 : fieldEnds[k - 1];
            return chars.AsSpan(start, fieldEnds[k] - start);
        }
    }

    private static void ThrowIfAny(List<string> errors)
    {
        if (errors.Count > 0)
        {
            throw new UserErrorException(errors);
        }
    }

    /// <summary>The column names that the header row repeats (its first record, which a quoted line break may extend over several lines).</summary>
    private static string[] RepeatedColumns(string path)
    {
        using var names = Sep.New(',').Reader(o => o with { HasHeader = false, Unescape = true, Trim = SepTrim.All, DisableColCountCheck = true }).FromFile(path);
        var cols = new List<string>();
        foreach (var row in names)
        {
            for (var i = 0; i < row.ColCount; i++)
            {
                cols.Add(row[i].ToString());
            }

            break;
        }

        return cols.GroupBy(c => c, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => CliApp.OneLine(g.Key.TrimStart('\uFEFF'))).ToArray();
    }

    private static void Read(string path, string[] required, string[] known, List<string> errors, Action<RowValues, int> onRow) =>
        Open(path, required, known, (reader, header) =>
        {
            var values = new RowValues(header);
            foreach (var row in reader)
            {
                var line = row.LineNumberFrom;
                if (row.ColCount == 1 && row[0].Span.Trim().Length == 0)
                {
                    continue;
                }

                if (row.ColCount != header.Length)
                {
                    errors.Add(UserErrorException.Locate(path, line, null, $"has {row.ColCount} fields but the header has {header.Length}"));
                    continue;
                }

                // One reusable row of values (columns looked up by their header index, not a dictionary per row).
                for (var i = 0; i < header.Length; i++)
                {
                    var col = row[i].Span;
                    values.Set(i, col.Length == 0 ? string.Empty : col.ToString());
                }

                onRow(values, line);
            }
        });

    /// <summary>Opens a CSV file, checks its header (repeated, missing and unknown columns) and hands the reader and the header to <paramref name="read"/>.</summary>
    private static void Open(string path, string[] required, string[] known, Action<SepReader, string[]> read)
    {
        if (!File.Exists(path))
        {
            throw new UserErrorException(path + ": file not found");
        }

        try
        {
            // Sep refuses a header that names a column twice with an ArgumentException: say so plainly first.
            var repeated = RepeatedColumns(path);
            if (repeated.Length > 0)
            {
                throw new UserErrorException(UserErrorException.Locate(path, 1, "header", "column(s) " + string.Join(", ", repeated) + " appear more than once (expected: " + string.Join(",", known) + ")"));
            }

            using var reader = Sep.New(',').Reader(o => o with { Unescape = true, Trim = SepTrim.All, DisableColCountCheck = true }).FromFile(path);
            var header = reader.Header.ColNames.Select(c => c.Trim().TrimStart('\uFEFF')).ToArray();
            if (header.Length == 0 || (header.Length == 1 && header[0].Length == 0))
            {
                throw new UserErrorException(UserErrorException.Locate(path, 1, null, "the file is empty; expected a header row: " + string.Join(",", known)));
            }

            var missing = required.Where(c => Array.IndexOf(header, c) < 0).ToArray();
            var unknown = header.Where(c => Array.IndexOf(known, c) < 0).ToArray();
            if (missing.Length > 0 || unknown.Length > 0)
            {
                var parts = new List<string>();
                if (missing.Length > 0)
                {
                    parts.Add("missing column(s) " + string.Join(", ", missing));
                }

                if (unknown.Length > 0)
                {
                    parts.Add("unknown column(s) " + string.Join(", ", unknown));
                }

                throw new UserErrorException(UserErrorException.Locate(path, 1, "header", string.Join("; ", parts) + " (expected: " + string.Join(",", known) + ")"));
            }

            read(reader, header);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            throw new UserErrorException(path + ": cannot be read as CSV: " + ex.Message);
        }
    }

    /// <summary>
    /// Parses the fields of one monitoring row from its spans, with the messages of <see cref="RowParser"/> (problems in
    /// the order the fields are read; a list only when there is one). Thread-safe: one per row.
    /// </summary>
    private ref struct SpanRowParser
    {
        private readonly RowChunk chunk;
        private readonly int r;
        private readonly string path;
        private readonly int line;
        private readonly int[] cols;

        public SpanRowParser(RowChunk chunk, int r, string path, int line, int[] cols)
        {
            this.chunk = chunk;
            this.r = r;
            this.path = path;
            this.line = line;
            this.cols = cols;
            Errors = null;
        }

        /// <summary>The row's problems so far, or null.</summary>
        public List<string>? Errors { get; private set; }

        /// <summary>The trimmed value of a documented column (by its index in <see cref="MonitoringColumns"/>), empty when the file lacks it.</summary>
        public readonly ReadOnlySpan<char> Raw(int column) => cols[column] < 0 ? ReadOnlySpan<char>.Empty : chunk.Col(r, cols[column]).Trim();

        public ReadOnlySpan<char> Required(int column)
        {
            var s = Raw(column);
            if (s.Length == 0)
            {
                Fail(column, "is required");
            }

            return s;
        }

        public YearMonth? Month(int column)
        {
            var s = Required(column);
            if (s.Length == 0)
            {
                return null;
            }

            if (TryMonth(s, out var month))
            {
                return month;
            }

            var text = s.ToString();
            var parsed = YearMonthPattern.Iso.Parse(text);
            if (parsed.Success)
            {
                return parsed.Value;
            }

            Fail(column, $"'{text}' is not a month: write yyyy-MM, e.g. 2018-03");
            return null;
        }

        public bool? Bool(int column)
        {
            var s = Required(column);
            if (s.Length == 0)
            {
                return null;
            }

            if (TryBool(s, out var value))
            {
                return value;
            }

            Fail(column, $"'{s.ToString()}' is not true or false");
            return null;
        }

        public decimal? Number(int column)
        {
            var s = Raw(column);
            if (s.Length == 0)
            {
                return null;
            }

            if (TryDecimal(s, out var d))
            {
                return d;
            }

            Fail(column, $"'{s.ToString()}' is not a number (mg/L, with a decimal point, e.g. 3.2)");
            return null;
        }

        private void Fail(int column, string message) => (Errors ??= new List<string>(2)).Add(UserErrorException.Locate(path, line, MonitoringColumns[column], message));
    }

    /// <summary>
    /// <c>yyyy-MM</c> with a year from 0001 to 9999 and a month from 01 to 12, read without NodaTime's pattern parser;
    /// false for anything else (which the caller gives to <c>YearMonthPattern.Iso</c>, so what it accepts is unchanged).
    /// </summary>
    internal static bool TryMonth(ReadOnlySpan<char> s, out YearMonth month)
    {
        month = default;
        if (s.Length != 7 || s[4] != '-')
        {
            return false;
        }

        var year = 0;
        for (var i = 0; i < 4; i++)
        {
            var c = s[i] - '0';
            if (unchecked((uint)c) > 9)
            {
                return false;
            }

            year = (year * 10) + c;
        }

        var m1 = s[5] - '0';
        var m2 = s[6] - '0';
        if (unchecked((uint)m1) > 9 || unchecked((uint)m2) > 9)
        {
            return false;
        }

        var m = (m1 * 10) + m2;
        if (year < 1 || m < 1 || m > 12)
        {
            return false;
        }

        month = new YearMonth(year, m);
        return true;
    }

    /// <summary>
    /// Exactly <c>decimal.TryParse(s, AllowDecimalPoint | AllowLeadingSign, InvariantCulture)</c> — the same value, scale
    /// and sign bits. Plain digits with at most one inner point and at most 18 digits (what laboratories write) are read
    /// directly (mantissa and scale, as the runtime's parser keeps trailing zeros); everything else goes to the runtime's parser.
    /// </summary>
    internal static bool TryDecimal(ReadOnlySpan<char> s, out decimal value)
    {
        if (s.Length is > 0 and <= 19)
        {
            ulong mantissa = 0;
            var point = -1;
            var digits = 0;
            var ok = true;
            for (var i = 0; i < s.Length; i++)
            {
                var c = s[i];
                if (unchecked((uint)(c - '0')) <= 9)
                {
                    mantissa = (mantissa * 10) + (uint)(c - '0');
                    digits++;
                }
                else if (c == '.' && point < 0 && i > 0 && i < s.Length - 1)
                {
                    point = i;
                }
                else
                {
                    ok = false;
                    break;
                }
            }

            if (ok && digits <= 18)
            {
                var scale = point < 0 ? 0 : s.Length - 1 - point;
                value = new decimal(unchecked((int)(uint)mantissa), unchecked((int)(uint)(mantissa >> 32)), 0, false, (byte)scale);
                return true;
            }
        }

        return decimal.TryParse(s, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }

    private sealed class RowParser
    {
        private readonly string path;
        private readonly int line;
        private readonly RowValues row;
        private readonly List<string> errors;
        private readonly Dictionary<string, YearMonth>? months;
        private readonly int before;

        public RowParser(string path, int line, RowValues row, List<string> errors, Dictionary<string, YearMonth>? months)
        {
            this.path = path;
            this.line = line;
            this.row = row;
            this.errors = errors;
            this.months = months;
            before = errors.Count;
        }

        public bool Ok => errors.Count == before;

        public string? Text(string column, bool required)
        {
            var s = Raw(column);
            if (s.Length == 0)
            {
                if (required)
                {
                    Fail(column, "is required");
                }

                return null;
            }

            return s;
        }

        public WaterClass? Class(string column, bool required)
        {
            var s = Text(column, required);
            if (s is null)
            {
                return null;
            }

            switch (s.ToUpperInvariant())
            {
                case "I": case "1": case "Ⅰ": return WaterClass.I;
                case "II": case "2": case "Ⅱ": return WaterClass.II;
                case "III": case "3": case "Ⅲ": return WaterClass.III;
                case "IV": case "4": case "Ⅳ": return WaterClass.IV;
                case "V": case "5": case "Ⅴ": return WaterClass.V;
                default:
                    Fail(column, $"'{s}' is not a water class: use I, II, III, IV or V");
                    return null;
            }
        }

        public WaterBodyType? Body(string column)
        {
            var s = Text(column, required: true);
            if (s is null)
            {
                return null;
            }

            if (s.Equals("River", StringComparison.OrdinalIgnoreCase))
            {
                return WaterBodyType.River;
            }

            if (s.Equals("LakeOrReservoir", StringComparison.OrdinalIgnoreCase) || s.Equals("Lake", StringComparison.OrdinalIgnoreCase) || s.Equals("Reservoir", StringComparison.OrdinalIgnoreCase))
            {
                return WaterBodyType.LakeOrReservoir;
            }

            Fail(column, $"'{s}' is not a water-body type: use River or LakeOrReservoir");
            return null;
        }

        public YearMonth? Month(string column, bool required)
        {
            var s = Text(column, required);
            if (s is null)
            {
                return null;
            }

            // A monitoring file repeats a dozen month texts a million times: each is parsed once.
            if (months is not null && months.TryGetValue(s, out var known))
            {
                return known;
            }

            var parsed = YearMonthPattern.Iso.Parse(s);
            if (parsed.Success)
            {
                months?.Add(s, parsed.Value);
                return parsed.Value;
            }

            Fail(column, $"'{s}' is not a month: write yyyy-MM, e.g. 2018-03");
            return null;
        }

        public bool? Bool(string column)
        {
            var s = Text(column, required: true);
            if (s is null)
            {
                return null;
            }

            if (TryBool(s, out var value))
            {
                return value;
            }

            Fail(column, $"'{s}' is not true or false");
            return null;
        }

        public decimal? Number(string column)
        {
            var s = Raw(column);
            if (s.Length == 0)
            {
                return null;
            }

            if (decimal.TryParse(s, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var d))
            {
                return d;
            }

            Fail(column, $"'{s}' is not a number (mg/L, with a decimal point, e.g. 3.2)");
            return null;
        }

        private string Raw(string column) => row.Get(column);

        private void Fail(string column, string message) => errors.Add(UserErrorException.Locate(path, line, column, message));
    }

    private static readonly string[] TrueWords = { "true", "yes", "y", "1" };
    private static readonly string[] FalseWords = { "false", "no", "n", "0" };

    /// <summary>A flag cell: one of <see cref="TrueWords"/> or <see cref="FalseWords"/>, any case (both row parsers).</summary>
    private static bool TryBool(ReadOnlySpan<char> s, out bool value)
    {
        foreach (var yes in TrueWords)
        {
            if (s.Equals(yes, StringComparison.OrdinalIgnoreCase))
            {
                value = true;
                return true;
            }
        }

        foreach (var no in FalseWords)
        {
            if (s.Equals(no, StringComparison.OrdinalIgnoreCase))
            {
                value = false;
                return true;
            }
        }

        value = false;
        return false;
    }

    /// <summary>Reports reading progress every this many rows.</summary>
    private const int ProgressEvery = 100_000;

    /// <summary>The values of the current row by column name (header index looked up once per name), reused for every row.</summary>
    private sealed class RowValues
    {
        private readonly Dictionary<string, int> index = new(StringComparer.Ordinal);
        private readonly string[] values;

        public RowValues(string[] header)
        {
            values = new string[header.Length];
            for (var i = 0; i < header.Length; i++)
            {
                index[header[i]] = i;
            }
        }

        public void Set(int i, string value) => values[i] = value;

        /// <summary>The trimmed value of a column, or empty when the file has no such column.</summary>
        public string Get(string column) => index.TryGetValue(column, out var i) ? values[i].Trim() : string.Empty;
    }
}
