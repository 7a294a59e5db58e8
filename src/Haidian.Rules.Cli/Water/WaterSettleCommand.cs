using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Haidian.Rules.WaterCompensation;
using NodaTime;
using NodaTime.Text;

namespace Haidian.Rules.Cli.Water;

/// <summary><c>haidian-rules water settle</c>: the monthly or annual settlement ledger from CSV files.</summary>
internal static class WaterSettleCommand
{
    private static readonly Regex MonitoringPath = new(@"^monitoring(?:\((?<month>\d{4}-\d{2})\))?\[(?<index>\d+)\](?:\.(?<field>.+))?$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    private static readonly Regex SectionPath = new(@"^sections\[(?<index>\d+)\](?:\.(?<field>[A-Za-z]+(?:\[\d+\])?))?", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    public static Command Create(CliContext context)
    {
        var sections = new Option<string>("--sections") { Description = "CSV of the section register (id,name,functionalClass,assessmentTarget,bodyType,responsibleTowns,downstream,validFrom,validTo)", Required = true };
        var monitoring = new Option<string>("--monitoring") { Description = "CSV of the monthly monitoring (sectionId,month,dry,hasInflow,outflowCod,outflowCodMn,outflowNh3n,outflowTp,inflowCod,inflowCodMn,inflowNh3n,inflowTp); rows of other periods are ignored" , Required = true };
        var month = new Option<string?>("--month") { Description = "The month to settle, yyyy-MM (e.g. 2018-03)" };
        var year = new Option<int?>("--year") { Description = "The year to settle month by month (e.g. 2018)" };
        var format = CliApp.FormatOption("table", "json", "csv", "html");
        var output = Html.ReportOutput.OutputOption();
        var parameters = CliApp.ParametersOption();
        var chart = new Option<string?>("--chart") { Description = "With --year: draw each town's monthly net position to this .svg or .png file" };
        var quiet = CliApp.QuietOption();
        var command = new Command("settle", "Settle the compensation of a month or a year: each section's bill, each payment, each town's paid/received/net and the district pool")
        {
            sections, monitoring, month, year, format, parameters, chart, quiet, output,
        };
        command.SetAction(r => Run(
            context,
            r.GetValue(sections)!,
            r.GetValue(monitoring)!,
            r.GetValue(month),
            r.GetValue(year),
            r.GetValue(format)!,
            r.GetValue(parameters),
            r.GetValue(chart),
            r.GetValue(quiet),
            r.GetValue(output)));
        return command;
    }

    internal static int Run(CliContext context, string sectionsPath, string monitoringPath, string? monthText, int? year, string format, string? parametersPath, string? chartPath, bool quiet, string? outputPath = null)
    {
        if ((monthText is null) == (year is null))
        {
            throw new UserErrorException("water settle: give exactly one of --month yyyy-MM or --year yyyy");
        }

        YearMonth? month = null;
        if (monthText is not null)
        {
            var parsed = YearMonthPattern.Iso.Parse(monthText);
            if (!parsed.Success)
            {
                throw new UserErrorException($"--month: '{monthText}' is not a month: write yyyy-MM, e.g. 2018-03");
            }

            month = parsed.Value;
        }

        if (year is { } y && (y < 1 || y > 9998))
        {
            throw new UserErrorException($"--year: {y} is not a year");
        }

        if (chartPath is not null)
        {
            if (year is null)
            {
                throw new UserErrorException("--chart: a chart needs a year of data: use --year");
            }

            var ext = Path.GetExtension(chartPath).ToLowerInvariant();
            if (ext != ".svg" && ext != ".png")
            {
                throw new UserErrorException($"--chart: '{chartPath}' must end in .svg or .png");
            }
        }

        var overrides = CliApp.LoadOverrides(context, parametersPath);
        var calculator = CliApp.WithParameters(overrides, WaterModule.CreateCalculator);
        context.Progress(quiet, $"reading {sectionsPath}");
        var sectionRows = WaterCsv.ReadSections(sectionsPath);
        context.Progress(quiet, $"reading {monitoringPath}");
        // The register's ids are reused for the monitoring rows that name them (one string per section, not per row).
        var ids = new Dictionary<string, string>(sectionRows.Count, StringComparer.Ordinal);
        foreach (var r in sectionRows)
        {
            ids.TryAdd(r.Value.Id, r.Value.Id);
        }

        var monitoringRows = WaterCsv.ReadMonitoring(monitoringPath, rows => context.Progress(quiet, $"  {rows.ToString("N0", CultureInfo.InvariantCulture)} rows read"), ids);
        context.Progress(quiet, $"read {sectionRows.Count} sections and {monitoringRows.Count} monitoring rows");

        // The towns in order of first mention (a set beside the list: 83,000 sections would otherwise search the list twice each).
        var towns = new List<string>();
        var seenTowns = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in sectionRows)
        {
            var s = r.Value;
            foreach (var t in s.ResponsibleTowns)
            {
                if (!string.IsNullOrEmpty(t) && seenTowns.Add(t))
                {
                    towns.Add(t);
                }
            }

            if (!string.IsNullOrEmpty(s.Downstream) && seenTowns.Add(s.Downstream))
            {
                towns.Add(s.Downstream);
            }
        }

        // The period's rows go straight into the records the library reads and their line numbers (for the problems): one
        // copy of ~230 B a row, not three (a list of rows, its array, then the records; issue 16, 10^6 rows).
        var count = 0;
        foreach (var r in monitoringRows)
        {
            count += InPeriod(r.Value.Month, month, year) ? 1 : 0;
        }

        var selected = new MonthlyMonitoring[count];
        var lines = new int[count];
        count = 0;
        foreach (var r in monitoringRows)
        {
            if (InPeriod(r.Value.Month, month, year))
            {
                selected[count] = r.Value;
                lines[count++] = r.Line;
            }
        }

        if (selected.Length == 0)
        {
            throw new UserErrorException($"{monitoringPath}: no monitoring rows for {(month is { } mm ? mm.ToString("yyyy-MM", CultureInfo.InvariantCulture) : year!.Value.ToString(CultureInfo.InvariantCulture))}");
        }

        try
        {
            var registry = new SectionRegistry(towns, sectionRows.Select(r => r.Value));
            if (month is { } m)
            {
                context.Progress(quiet, $"settling {m:yyyy-MM}");
                var settlement = calculator.Settle(m, registry, selected);
                WriteResult(context, outputPath, quiet, w => WriteMonth(w, settlement, format), () => Html.WaterReports.Month(settlement, SectionNames(sectionRows), Html.WhatIf.Differences(new WaterModule(), overrides?.Root as System.Text.Json.Nodes.JsonObject)), format);
            }
            else
            {
                var statement = SettleYear(context, calculator, registry, selected, year!.Value, quiet);
                WriteResult(context, outputPath, quiet, w => WriteYear(w, statement, format), () => Html.WaterReports.Year(statement, SectionNames(sectionRows), Html.WhatIf.Differences(new WaterModule(), overrides?.Root as System.Text.Json.Nodes.JsonObject)), format);
                if (chartPath is not null)
                {
                    context.Progress(quiet, $"drawing {chartPath}");
                    NetPositionChart.Save(statement, chartPath);
                    context.Progress(quiet, $"wrote {chartPath}");
                }
            }
        }
        catch (ValidationException ex)
        {
            throw UserErrorException.From(ex, e => Locate(e, sectionsPath, sectionRows, monitoringPath, selected, lines));
        }

        return ExitCodes.Success;
    }

    /// <summary>Writes a result as the format asks (HTML through its page) to stdout or to <c>-o</c>.</summary>
    private static void WriteResult(CliContext context, string? outputPath, bool quiet, Action<TextWriter> write, Func<string> html, string format)
    {
        if (format == "html")
        {
            Html.ReportOutput.Write(context, outputPath, html(), quiet);
        }
        else if (outputPath is null)
        {
            write(context.Output);
        }
        else
        {
            var text = new StringWriter(CultureInfo.InvariantCulture);
            write(text);
            Html.ReportOutput.Write(context, outputPath, text.ToString(), quiet);
        }
    }

    private static Dictionary<string, string> SectionNames(IReadOnlyList<CsvRow<Section>> rows)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var s in rows.Select(r => r.Value))
        {
            names[s.Id] = s.Name;
        }

        return names;
    }

    private static bool InPeriod(YearMonth rowMonth, YearMonth? month, int? year) => month is { } m ? rowMonth == m : rowMonth.Year == year!.Value;

    private static AnnualStatement SettleYear(CliContext context, WaterCompensationCalculator calculator, SectionRegistry registry, MonthlyMonitoring[] monitoring, int year, bool quiet)
    {
        // One pass through the library (each month was formerly settled twice: once here for progress, once by
        // SettleYear); progress before, and one line per month settled after.
        context.Progress(quiet, $"settling {year}: {monitoring.Length.ToString("N0", CultureInfo.InvariantCulture)} monitoring rows, 12 months");

        var statement = calculator.SettleYear(year, registry, monitoring, Array.Empty<TransferFundAllocation>(), Array.Empty<MisuseDeduction>());
        for (var m = 0; m < statement.Months.Count; m++)
        {
            var month = statement.Months[m];
            context.Progress(quiet, $"settled {month.Month:yyyy-MM} ({m + 1}/{statement.Months.Count}): {month.Sections.Count.ToString("N0", CultureInfo.InvariantCulture)} sections, paid {TextTable.Money(month.TotalPaid)}");
        }

        return statement;
    }

    /// <summary>Turns a library path (<c>monitoring[3].outflow.ammoniaNitrogen</c>) into <c>file:line: column: message</c>.</summary>
    private static string Locate(ValidationError e, string sectionsPath, IReadOnlyList<CsvRow<Section>> sections, string monitoringPath, MonthlyMonitoring[] monitoring, int[] lines)
    {
        var mm = MonitoringPath.Match(e.Path);
        if (mm.Success)
        {
            var index = int.Parse(mm.Groups["index"].Value, CultureInfo.InvariantCulture);

            // monitoring(2018-03)[i] counts the rows of that month only; monitoring[i] counts every row given.
            YearMonth? month = mm.Groups["month"].Success ? YearMonthPattern.Iso.Parse(mm.Groups["month"].Value).Value : null;
            int? line = null;
            for (int i = 0, seen = 0; i < monitoring.Length && line is null; i++)
            {
                if (month is null || monitoring[i].Month == month.Value)
                {
                    line = seen++ == index ? lines[i] : null;
                }
            }

            var field = mm.Groups["field"].Success ? WaterCsv.MonitoringColumnOf(mm.Groups["field"].Value) : null;
            return UserErrorException.Locate(monitoringPath, line, field, e.Message);
        }

        if (e.Path.StartsWith("monitoring", StringComparison.Ordinal))
        {
            return UserErrorException.Locate(monitoringPath, null, null, e.Message);
        }

        var sm = SectionPath.Match(e.Path);
        if (sm.Success)
        {
            var index = int.Parse(sm.Groups["index"].Value, CultureInfo.InvariantCulture);
            var field = sm.Groups["field"].Success ? sm.Groups["field"].Value : null;
            return UserErrorException.Locate(sectionsPath, index < sections.Count ? sections[index].Line : null, field, e.Message);
        }

        return UserErrorException.Locate(e.Path.StartsWith("towns", StringComparison.Ordinal) ? sectionsPath : null, null, e.Path, e.Message);
    }

    internal static void WriteMonth(TextWriter w, MonthlySettlement s, string format)
    {
        switch (format)
        {
            case "json":
                w.WriteLine(HaidianJson.Serialize(s));
                return;
            case "csv":
                w.WriteLine("month,town,paid,received,net");
                WriteCsvPositions(w, s);
                return;
        }

        w.WriteLine($"Water-environment compensation settlement {s.Month:yyyy-MM}");
        w.WriteLine($"{WaterCompensationParameters.Document} · parameters {s.Provenance.ParametersVersion} (in force {s.Provenance.ParametersInForceFrom:yyyy-MM-dd}) · Haidian.Rules {s.Provenance.PackageVersion}");
        w.WriteLine();
        w.WriteLine("Section bills");
        var bills = new TextTable("subject", "rule", "arithmetic", "amount", "citation").AlignRight(3);
        foreach (var line in s.Sections.SelectMany(r => r.Lines))
        {
            bills.Add(line.Subject, line.Rule, line.Arithmetic, TextTable.Money(line.Amount), line.Citation.Article);
        }

        bills.Write(w);
        w.WriteLine();
        w.WriteLine("Payments");
        var pay = new TextTable("section", "payer", "recipient", "amount", "arithmetic", "citation").AlignRight(3);
        foreach (var l in s.Lines)
        {
            pay.Add(l.SectionId, l.Payer, l.Recipient, TextTable.Money(l.Amount), l.Arithmetic, l.Citation.Article);
        }

        pay.Write(w);
        w.WriteLine();
        w.WriteLine("Towns");
        var towns = new TextTable("town", "paid", "received", "net").AlignRight(1, 2, 3);
        foreach (var t in s.Towns)
        {
            towns.Add(t.Town, TextTable.Money(t.Paid), TextTable.Money(t.Received), TextTable.Money(t.Net));
        }

        towns.Write(w);
        w.WriteLine();
        w.WriteLine($"District pool ({MonthlySettlement.DistrictPool}, 第十二条): {TextTable.Money(s.PoolTotal)}");
        w.WriteLine($"Check: paid {TextTable.Money(s.TotalPaid)} = received {TextTable.Money(s.TotalReceived)} + pool {TextTable.Money(s.PoolTotal)}: {(s.IsBalanced ? "balanced" : "NOT BALANCED")}");
    }

    internal static void WriteYear(TextWriter w, AnnualStatement s, string format)
    {
        switch (format)
        {
            case "json":
                w.WriteLine(HaidianJson.Serialize(s));
                return;
            case "csv":
                w.WriteLine("month,town,paid,received,net");
                foreach (var m in s.Months)
                {
                    WriteCsvPositions(w, m);
                }

                return;
        }

        w.WriteLine($"Water-environment compensation settlement {s.Year}");
        w.WriteLine($"{WaterCompensationParameters.Document} · parameters {string.Join(", ", s.Provenance.Select(p => p.ParametersVersion).Distinct())} · Haidian.Rules {s.Provenance.FirstOrDefault()?.PackageVersion}");
        w.WriteLine();
        w.WriteLine("Net position by month (received − paid, yuan)");
        var headers = new[] { "town" }.Concat(s.Months.Select(m => m.Month.ToString("MM", CultureInfo.InvariantCulture))).Append("year").ToArray();
        var matrix = new TextTable(headers).AlignRight(Enumerable.Range(1, headers.Length - 1).ToArray());
        foreach (var t in s.Towns)
        {
            matrix.Add(new[] { t.Town }.Concat(s.Months.Select(m => TextTable.Money(m.Towns.FirstOrDefault(x => x.Town == t.Town)?.Net ?? 0m))).Append(TextTable.Money(t.Net)).ToArray());
        }

        matrix.Add(new[] { MonthlySettlement.DistrictPool }.Concat(s.Months.Select(m => TextTable.Money(m.PoolTotal))).Append(TextTable.Money(s.PoolTotal)).ToArray());
        matrix.Write(w);
        w.WriteLine();
        w.WriteLine("Towns, year");
        var towns = new TextTable("town", "paid", "received", "net", "deductions", "received after deductions", "transfer fund").AlignRight(1, 2, 3, 4, 5, 6);
        foreach (var t in s.Towns)
        {
            towns.Add(t.Town, TextTable.Money(t.CompensationPaid), TextTable.Money(t.CompensationReceived), TextTable.Money(t.Net), TextTable.Money(t.DeductionsApplied), TextTable.Money(t.ReceivedAfterDeductions), TextTable.Money(t.TransferFund));
        }

        towns.Write(w);
        w.WriteLine();
        var paid = s.Towns.Sum(t => t.CompensationPaid);
        var received = s.Towns.Sum(t => t.CompensationReceived);
        w.WriteLine($"District pool ({MonthlySettlement.DistrictPool}, 第十二条): {TextTable.Money(s.PoolTotal)}");
        w.WriteLine($"Check: paid {TextTable.Money(paid)} = received {TextTable.Money(received)} + pool {TextTable.Money(s.PoolTotal)}: {(paid == received + s.PoolTotal ? "balanced" : "NOT BALANCED")}");
        if (s.MissingMonths.Count > 0)
        {
            // Spec 07 W-e: a section-month without a record is listed, never priced as dry.
            w.WriteLine($"Missing (no monitoring record, not priced): {string.Join(", ", s.MissingMonths.Select(m => m.SectionId + " " + m.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture)))}");
        }

        w.WriteLine("Monthly itemized bills: --month yyyy-MM, or --format json.");
    }

    private static void WriteCsvPositions(TextWriter w, MonthlySettlement s)
    {
        var month = s.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        foreach (var t in s.Towns)
        {
            w.WriteLine(string.Join(",", month, Csv(t.Town), Num(t.Paid), Num(t.Received), Num(t.Net)));
        }

        w.WriteLine(string.Join(",", month, Csv(MonthlySettlement.DistrictPool), Num(0m), Num(s.PoolTotal), Num(s.PoolTotal)));
    }

    private static string Num(decimal d) => d.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Csv(string s) => s.IndexOfAny(new[] { ',', '"', '\n', '\r' }) < 0 ? s : "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
