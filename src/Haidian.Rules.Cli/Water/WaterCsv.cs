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

/// <summary>A value read from a CSV row, with the file line it came from.</summary>
internal sealed record CsvRow<T>(T Value, int Line);

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
    /// <exception cref="UserErrorException">Missing file, missing columns, or bad values (every problem, with line and column).</exception>
    public static IReadOnlyList<CsvRow<MonthlyMonitoring>> ReadMonitoring(string path, Action<int>? progress = null)
    {
        var result = new List<CsvRow<MonthlyMonitoring>>();
        var errors = new List<string>();
        var months = new Dictionary<string, YearMonth>(StringComparer.Ordinal);
        Read(path, RequiredMonitoringColumns, MonitoringColumns, errors, (row, line) =>
        {
            var p = new RowParser(path, line, row, errors, months);
            var id = p.Text("sectionId", required: true);
            var month = p.Month("month", required: true);
            var dry = p.Bool("dry");
            var hasInflow = p.Bool("hasInflow");
            var outflow = new Concentrations(p.Number("outflowCod"), p.Number("outflowCodMn"), p.Number("outflowNh3n"), p.Number("outflowTp"));
            var inflow = new Concentrations(p.Number("inflowCod"), p.Number("inflowCodMn"), p.Number("inflowNh3n"), p.Number("inflowTp"));
            var anyInflow = inflow.ChemicalOxygenDemand is not null || inflow.PermanganateIndex is not null || inflow.AmmoniaNitrogen is not null || inflow.TotalPhosphorus is not null;
            if (p.Ok)
            {
                result.Add(new CsvRow<MonthlyMonitoring>(new MonthlyMonitoring(id!, month!.Value, dry!.Value, hasInflow!.Value, outflow, hasInflow.Value || anyInflow ? inflow : null), line));
            }
        }, progress);
        ThrowIfAny(errors);
        return result;
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

    private static void Read(string path, string[] required, string[] known, List<string> errors, Action<RowValues, int> onRow, Action<int>? progress = null)
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

            var values = new RowValues(header);
            var rows = 0;
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
                if (++rows % ProgressEvery == 0)
                {
                    progress?.Invoke(rows);
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            throw new UserErrorException(path + ": cannot be read as CSV: " + ex.Message);
        }
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

            foreach (var yes in TrueWords)
            {
                if (s.Equals(yes, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            foreach (var no in FalseWords)
            {
                if (s.Equals(no, StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }
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

        private static readonly string[] TrueWords = { "true", "yes", "y", "1" };
        private static readonly string[] FalseWords = { "false", "no", "n", "0" };

        private string Raw(string column) => row.Get(column);

        private void Fail(string column, string message) => errors.Add(UserErrorException.Locate(path, line, column, message));
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
