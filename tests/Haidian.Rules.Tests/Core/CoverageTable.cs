using System.Reflection;
using System.Text.RegularExpressions;
using Haidian.Rules.Deadlines;

namespace Haidian.Rules.Tests.Core;

/// <summary>One row of the coverage table in docs/coverage.md.</summary>
internal sealed record CoverageRow(int Number, string Title, string Document, string Kind, string Computable, IReadOnlyList<string> Modules, bool Partial);

/// <summary>One item of the gazette's table of contents (目 录).</summary>
internal sealed record TocItem(int Number, string Title, string Document);

/// <summary>
/// Checks docs/coverage.md and the README's coverage table against the library (reflection) and, when given, against the
/// gazette's table of contents. Returns every problem found, in plain words; an empty list means the tables are true.
/// The rules of the table (what a cell may hold, which labels a detail section needs) are the ones docs/coverage.md states.
/// </summary>
internal static class CoverageTable
{
    internal const int ItemCount = 31;
    internal const string None = "—";
    internal const string TableHeading = "## The table";
    internal const string KeysHeading = "## Deadline rule keys by document";
    internal const string ReadmeHeading = "## Coverage of the gazette";

    private const string Yes = "yes";
    private const string Targets = "yes (targets)";
    private const string No = "no";

    private static readonly Regex Backticked = new("`([^`\r\n]+)`", RegexOptions.CultureInvariant);
    private static readonly Regex CodeReference = new(@"^[A-Z][A-Za-z0-9]*(\.[A-Z][A-Za-z0-9]*)+$", RegexOptions.CultureInvariant);
    private static readonly Regex RuleKey = new(@"^[a-z][A-Za-z]*\.[a-z][A-Za-z]*$", RegexOptions.CultureInvariant);
    private static readonly Regex ModulesCell = new(@"^(`[A-Z][A-Za-z0-9]*`(?:, `[A-Z][A-Za-z0-9]*`)*)( \(part\))?$", RegexOptions.CultureInvariant);
    private static readonly Regex DocumentNumber = new(@"^海[\u4e00-\u9fa5]{1,4}〔\d{4}〕\d+(-〔\d{4}〕\d+)?号$", RegexOptions.CultureInvariant);
    private static readonly Regex PrintedDocumentNumber = new(@"海[\u4e00-\u9fa5]{1,4}〔\d{4}〕[^号\n]*号", RegexOptions.CultureInvariant);
    private static readonly Regex DetailHeading = new(@"^### (\d+)\. (.*)$", RegexOptions.CultureInvariant | RegexOptions.Multiline);
    private static readonly Regex TocItemLine = new(@"^(\d+)、\s*(.*)$", RegexOptions.CultureInvariant);
    private static readonly Regex TocPage = new(@"(?:[.．…]+|\s)\s*\d+$", RegexOptions.CultureInvariant);
    private static readonly Regex Whitespace = new(@"\s+", RegexOptions.CultureInvariant);

    /// <summary>Every problem of the two tables; <paramref name="gazette"/> null checks against the library only.</summary>
    internal static IReadOnlyList<string> Check(string coverage, string readme, string? gazette, Assembly library)
    {
        var problems = new List<string>();
        var modules = LibraryModules(library);
        var rows = ParseRows(coverage, problems);
        CheckNumbering(rows.Select(r => r.Number).ToList(), "docs/coverage.md", problems);

        foreach (var row in rows)
        {
            CheckRow(row, modules, problems);
        }

        foreach (var module in modules.Where(m => !rows.Any(r => r.Modules.Contains(m))))
        {
            problems.Add($"the library module Haidian.Rules.{module} is named by no row of docs/coverage.md");
        }

        CheckCodeReferences(coverage, library, modules, problems);
        var details = ParseDetails(coverage, rows, problems);
        CheckDetails(rows, details, problems);
        CheckRuleKeys(coverage, rows, details, problems);
        CheckLibraryCitations(library, modules, rows, problems);
        CheckReadme(readme, rows, problems);
        if (gazette is not null)
        {
            CheckGazette(ParseToc(gazette), rows, problems);
        }

        return problems;
    }

    /// <summary>The policy modules: the namespaces Haidian.Rules.X of the library's public types.</summary>
    internal static IReadOnlyList<string> LibraryModules(Assembly library) =>
        library.GetExportedTypes()
            .Select(t => t.Namespace ?? string.Empty)
            .Where(n => n.StartsWith("Haidian.Rules.", StringComparison.Ordinal))
            .Select(n => n.Substring("Haidian.Rules.".Length).Split('.')[0])
            .Distinct(StringComparer.Ordinal)
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToList();

    /// <summary>The items of the gazette's table of contents, from the line 「目 录」 to the first line that is not part of it.</summary>
    internal static IReadOnlyList<TocItem> ParseToc(string gazette)
    {
        var lines = gazette.Replace("\r\n", "\n").Split('\n');
        var start = Array.FindIndex(lines, l => Whitespace.Replace(l, string.Empty) == "目录");
        var texts = new List<(int Number, string Text)>();
        for (var i = start + 1; start >= 0 && i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var item = TocItemLine.Match(line);
            if (item.Success)
            {
                texts.Add((int.Parse(item.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), item.Groups[2].Value));
            }
            else if (texts.Count > 0 && line.StartsWith('海') && PrintedDocumentNumber.IsMatch(line))
            {
                texts[^1] = (texts[^1].Number, texts[^1].Text + " " + line);   // the number printed on the next line
            }
            else
            {
                break;
            }
        }

        return texts.Select(t =>
        {
            var number = PrintedDocumentNumber.Match(t.Text);
            var title = number.Success ? t.Text.Substring(0, number.Index) : t.Text;
            title = TocPage.Replace(title.TrimEnd(), string.Empty).Trim().TrimEnd('.', '．', '…').Trim();
            return new TocItem(t.Number, title, number.Success ? Citation.NormaliseDocumentNumber(number.Value) : None);
        }).ToList();
    }

    /// <summary>The rows of the table under <paramref name="heading"/>: cells of each line after the header and separator.</summary>
    internal static IReadOnlyList<string[]> TableUnder(string markdown, string heading)
    {
        var lines = markdown.Replace("\r\n", "\n").Split('\n');
        var at = Array.FindIndex(lines, l => l.TrimEnd() == heading);
        var table = new List<string[]>();
        if (at < 0)
        {
            return table;
        }

        var started = false;
        for (var i = at + 1; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.StartsWith('|'))
            {
                started = true;
                table.Add(line.Trim('|').Split('|').Select(c => c.Trim()).ToArray());
            }
            else if (started || line.StartsWith('#'))
            {
                break;
            }
        }

        return table.Skip(2).ToList();   // header and separator
    }

    private static List<CoverageRow> ParseRows(string coverage, List<string> problems)
    {
        var rows = new List<CoverageRow>();
        var cells = TableUnder(coverage, TableHeading);
        if (cells.Count == 0)
        {
            problems.Add($"docs/coverage.md has no table under '{TableHeading}'");
        }

        foreach (var c in cells)
        {
            if (c.Length != 6 || !int.TryParse(c[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number))
            {
                problems.Add($"docs/coverage.md: a row is not '| # | title | document number | kind | computable | implemented in |': | {string.Join(" | ", c)} |");
                continue;
            }

            if (!TryParseModules(c[5], out var modules, out var partial))
            {
                problems.Add($"docs/coverage.md item {number}: 'implemented in' must be — or `Module`, `Module` optionally followed by ' (part)' (got '{c[5]}')");
            }

            rows.Add(new CoverageRow(number, c[1], c[2], c[3], c[4], modules, partial));
        }

        return rows;
    }

    internal static bool TryParseModules(string cell, out IReadOnlyList<string> modules, out bool partial)
    {
        modules = Array.Empty<string>();
        partial = false;
        if (cell == None)
        {
            return true;
        }

        var match = ModulesCell.Match(cell);
        if (!match.Success)
        {
            return false;
        }

        modules = Backticked.Matches(match.Groups[1].Value).Cast<Match>().Select(m => m.Groups[1].Value).ToList();
        partial = match.Groups[2].Success;
        return true;
    }

    private static void CheckNumbering(IReadOnlyList<int> numbers, string where, List<string> problems)
    {
        if (!numbers.SequenceEqual(Enumerable.Range(1, ItemCount)))
        {
            problems.Add($"{where}: the table must have exactly {ItemCount} items numbered 1..{ItemCount} in order (got {numbers.Count}: {string.Join(", ", numbers)})");
        }
    }

    private static void CheckRow(CoverageRow row, IReadOnlyList<string> modules, List<string> problems)
    {
        var at = $"docs/coverage.md item {row.Number}";
        if (row.Document != None && (!DocumentNumber.IsMatch(row.Document) || Citation.NormaliseDocumentNumber(row.Document) != row.Document))
        {
            problems.Add($"{at}: the document number '{row.Document}' is not a normalised 文号 (e.g. 海政办发〔2017〕38号) nor —");
        }

        if (row.Title.Length == 0 || row.Kind.Length == 0)
        {
            problems.Add($"{at}: the title and the kind must not be empty");
        }

        if (row.Computable is not (Yes or Targets or No))
        {
            problems.Add($"{at}: 'computable' must be '{Yes}', '{Targets}' or '{No}' (got '{row.Computable}')");
        }

        if (row.Computable == No && row.Modules.Count > 0)
        {
            problems.Add($"{at}: nothing computable, yet implemented in {string.Join(", ", row.Modules)}");
        }

        foreach (var module in row.Modules.Where(m => !modules.Contains(m)))
        {
            problems.Add($"{at}: '{module}' is not a module: the library has no namespace Haidian.Rules.{module} (modules: {string.Join(", ", modules)})");
        }
    }

    private static void CheckCodeReferences(string coverage, Assembly library, IReadOnlyList<string> modules, List<string> problems)
    {
        foreach (var token in Backticked.Matches(coverage).Cast<Match>().Select(m => m.Groups[1].Value).Where(t => CodeReference.IsMatch(t)).Distinct(StringComparer.Ordinal))
        {
            var parts = token.Split('.');
            if (!modules.Contains(parts[0]))
            {
                problems.Add($"docs/coverage.md names `{token}`, but '{parts[0]}' is not a module (write Module.Type or Module.Type.Member)");
                continue;
            }

            if (parts.Length > 3)
            {
                problems.Add($"docs/coverage.md names `{token}`: write Module.Type or Module.Type.Member");
                continue;
            }

            var type = library.GetType("Haidian.Rules." + parts[0] + "." + parts[1], throwOnError: false);
            if (type is null || !type.IsPublic)
            {
                problems.Add($"docs/coverage.md names `{token}`, but Haidian.Rules.{parts[0]} has no public type {parts[1]}");
                continue;
            }

            if (parts.Length == 3 && type.GetMember(parts[2], BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static).Length == 0)
            {
                problems.Add($"docs/coverage.md names `{token}`, but {type.FullName} has no public member {parts[2]}");
            }
        }
    }

    private static Dictionary<int, string> ParseDetails(string coverage, IReadOnlyList<CoverageRow> rows, List<string> problems)
    {
        var text = coverage.Replace("\r\n", "\n");
        var headings = DetailHeading.Matches(text).Cast<Match>().ToList();
        var details = new Dictionary<int, string>();
        for (var i = 0; i < headings.Count; i++)
        {
            var end = i + 1 < headings.Count ? headings[i + 1].Index : text.Length;
            var next = text.IndexOf("\n## ", headings[i].Index, StringComparison.Ordinal);
            if (next >= 0 && next < end)
            {
                end = next;
            }

            var number = int.Parse(headings[i].Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            details[number] = text.Substring(headings[i].Index, end - headings[i].Index);
            var row = rows.FirstOrDefault(r => r.Number == number);
            var expected = row is null ? null : row.Document == None ? "(no document number)" : row.Document;
            if (expected is not null && !headings[i].Groups[2].Value.StartsWith(expected + " — ", StringComparison.Ordinal))
            {
                problems.Add($"docs/coverage.md: the detail heading of item {number} must start with '{expected} — ' (got '{headings[i].Groups[2].Value}')");
            }
        }

        CheckNumbering(headings.Select(h => int.Parse(h.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList(), "docs/coverage.md detail sections", problems);
        return details;
    }

    /// <summary>The text of the bullet <c>- **label**…</c> of a detail section up to the next bullet, or null.</summary>
    internal static string? Bullet(string section, string label)
    {
        var lines = section.Split('\n');
        var start = Array.FindIndex(lines, l => l.StartsWith("- **" + label + "**", StringComparison.Ordinal));
        if (start < 0)
        {
            return null;
        }

        var end = Array.FindIndex(lines, start + 1, l => l.StartsWith("- **", StringComparison.Ordinal) || l.StartsWith('#'));
        return string.Join("\n", lines.Skip(start).Take((end < 0 ? lines.Length : end) - start));
    }

    private static IEnumerable<string> TokensIn(string? text) =>
        text is null ? Enumerable.Empty<string>() : Backticked.Matches(text).Cast<Match>().Select(m => m.Groups[1].Value);

    private static void CheckDetails(IReadOnlyList<CoverageRow> rows, IReadOnlyDictionary<int, string> details, List<string> problems)
    {
        foreach (var row in rows)
        {
            var at = $"docs/coverage.md item {row.Number}";
            if (!details.TryGetValue(row.Number, out var section))
            {
                problems.Add($"{at}: no detail section '### {row.Number}. …'");
                continue;
            }

            var gap = Bullet(section, "Not implemented (gap)") is not null;
            var implemented = Bullet(section, "Implemented");
            switch (row.Computable)
            {
                case No:
                    if (Bullet(section, "Why not computable") is null || implemented is not null)
                    {
                        problems.Add($"{at}: nothing computable: the detail says **Why not computable** and nothing is **Implemented**");
                    }

                    break;
                case Yes when Bullet(section, "Computable rules") is null:
                    problems.Add($"{at}: computable: the detail quotes the **Computable rules**");
                    break;
                case Targets when Bullet(section, "Computable rules (targets)") is null:
                    problems.Add($"{at}: targets: the detail quotes the **Computable rules (targets)**");
                    break;
            }

            if (row.Computable != No && (row.Modules.Count == 0 || row.Partial) && !gap)
            {
                problems.Add($"{at}: computable rules not (all) implemented: the detail must name them under **Not implemented (gap)**");
            }

            if (row.Modules.Count > 0 && !row.Partial && gap)
            {
                problems.Add($"{at}: the detail lists a gap, so the row must say '(part)' after its modules");
            }

            foreach (var module in row.Modules)
            {
                var backed = TokensIn(implemented).Any(t => CodeReference.IsMatch(t) && t.StartsWith(module + ".", StringComparison.Ordinal))
                    || (module == "Deadlines" && TokensIn(Bullet(section, "Deadline rule keys")).Any(t => RuleKey.IsMatch(t)));
                if (!backed)
                {
                    problems.Add($"{at}: the row names {module}, but the detail's **Implemented** names no `{module}.Type.Member` (nor, for Deadlines, a rule key)");
                }
            }
        }
    }

    private static void CheckRuleKeys(string coverage, IReadOnlyList<CoverageRow> rows, IReadOnlyDictionary<int, string> details, List<string> problems)
    {
        var rules = DeadlineParameters.Gazette2017;
        var listed = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var c in TableUnder(coverage, KeysHeading))
        {
            var key = c.Length == 4 && c[0].Length > 2 ? c[0].Trim('`') : string.Empty;
            if (c.Length != 4 || !int.TryParse(c[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var item))
            {
                problems.Add($"docs/coverage.md: a key row is not '| `key` | item | document number | clause |': | {string.Join(" | ", c)} |");
                continue;
            }

            if (!DeadlineParameters.RuleKeys.Contains(key))
            {
                problems.Add($"docs/coverage.md lists the rule key '{key}', which is not one of DeadlineParameters.RuleKeys");
                continue;
            }

            if (listed.ContainsKey(key))
            {
                problems.Add($"docs/coverage.md lists the rule key '{key}' twice");
                continue;
            }

            listed[key] = item;
            var citation = rules.Rule(key).Citation;
            var cited = citation.DocumentNumber.Length == 0 ? None : citation.DocumentNumber;
            var row = rows.FirstOrDefault(r => r.Number == item);
            if (row is null)
            {
                problems.Add($"docs/coverage.md puts the rule key '{key}' under item {item}, which is not in the table");
                continue;
            }

            if (c[2] != row.Document || cited != row.Document)
            {
                problems.Add($"docs/coverage.md puts the rule key '{key}' under item {item} ({row.Document}, key row says {c[2]}), but the rule cites {cited}");
            }

            if (c[3] != citation.Article)
            {
                problems.Add($"docs/coverage.md gives the clause of '{key}' as '{c[3]}', but the rule cites '{citation.Article}'");
            }

            if (!row.Modules.Contains("Deadlines"))
            {
                problems.Add($"docs/coverage.md item {item} has the rule key '{key}' but does not name Deadlines");
            }
        }

        foreach (var key in DeadlineParameters.RuleKeys.Where(k => !listed.ContainsKey(k)))
        {
            problems.Add($"docs/coverage.md does not list the rule key '{key}' under '{KeysHeading}'");
        }

        foreach (var row in rows)
        {
            var expected = listed.Where(p => p.Value == row.Number).Select(p => p.Key).OrderBy(k => k, StringComparer.Ordinal).ToList();
            var bullet = details.TryGetValue(row.Number, out var section) ? Bullet(section, "Deadline rule keys") : null;
            var named = TokensIn(bullet).Where(t => RuleKey.IsMatch(t)).OrderBy(k => k, StringComparer.Ordinal).ToList();
            if (!expected.SequenceEqual(named, StringComparer.Ordinal))
            {
                problems.Add($"docs/coverage.md item {row.Number}: the detail's **Deadline rule keys** ({string.Join(", ", named)}) differ from the key table ({string.Join(", ", expected)})");
            }

            if (row.Modules.Contains("Deadlines") && expected.Count == 0)
            {
                problems.Add($"docs/coverage.md item {row.Number} names Deadlines but lists no rule key");
            }
        }
    }

    /// <summary>Every 2017 gazette document a module cites (a public static Citation) is a row naming that module, and back.</summary>
    private static void CheckLibraryCitations(Assembly library, IReadOnlyList<string> modules, IReadOnlyList<CoverageRow> rows, List<string> problems)
    {
        foreach (var module in modules)
        {
            var cited = library.GetExportedTypes()
                .Where(t => t.Namespace == "Haidian.Rules." + module && !t.ContainsGenericParameters)
                .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Static))
                .Where(p => p.PropertyType == typeof(Citation) && p.GetIndexParameters().Length == 0)
                .Select(p => ((Citation)p.GetValue(null)!).DocumentNumber)
                .Where(d => d.StartsWith('海') && d.Contains("〔2017〕", StringComparison.Ordinal))
                .Distinct(StringComparer.Ordinal)
                .ToList();
            foreach (var document in cited.Where(d => !rows.Any(r => r.Document == d && r.Modules.Contains(module))))
            {
                problems.Add($"Haidian.Rules.{module} cites {document}, but no row of docs/coverage.md with that document number names {module}");
            }

            foreach (var row in rows.Where(r => r.Modules.Contains(module) && r.Document != None && module != "Deadlines" && !cited.Contains(r.Document)))
            {
                problems.Add($"docs/coverage.md item {row.Number} names {module}, but no public Citation of Haidian.Rules.{module} cites {row.Document}");
            }
        }
    }

    private static void CheckReadme(string readme, IReadOnlyList<CoverageRow> rows, List<string> problems)
    {
        var cells = TableUnder(readme, ReadmeHeading);
        var numbers = new List<int>();
        foreach (var c in cells)
        {
            if (c.Length != 5 || !int.TryParse(c[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number))
            {
                problems.Add($"README.md: a coverage row is not '| # | item | document number | computable | module |': | {string.Join(" | ", c)} |");
                continue;
            }

            numbers.Add(number);
            var row = rows.FirstOrDefault(r => r.Number == number);
            if (row is null)
            {
                continue;
            }

            var at = $"README.md coverage item {number}";
            if (c[1].Length == 0)
            {
                problems.Add($"{at}: the short title is empty");
            }

            if (c[2] != row.Document)
            {
                problems.Add($"{at}: document number {c[2]}, docs/coverage.md says {row.Document}");
            }

            if (c[3] != row.Computable)
            {
                problems.Add($"{at}: computable '{c[3]}', docs/coverage.md says '{row.Computable}'");
            }

            if (!TryParseModules(c[4], out var modules, out var partial) || !modules.SequenceEqual(row.Modules, StringComparer.Ordinal) || partial != row.Partial)
            {
                problems.Add($"{at}: module '{c[4]}', docs/coverage.md says '{(row.Modules.Count == 0 ? None : string.Join(", ", row.Modules.Select(m => "`" + m + "`")) + (row.Partial ? " (part)" : string.Empty))}'");
            }
        }

        CheckNumbering(numbers, "README.md coverage table", problems);
    }

    private static void CheckGazette(IReadOnlyList<TocItem> toc, IReadOnlyList<CoverageRow> rows, List<string> problems)
    {
        CheckNumbering(toc.Select(t => t.Number).ToList(), "the gazette's table of contents", problems);
        foreach (var item in toc)
        {
            var row = rows.FirstOrDefault(r => r.Number == item.Number);
            if (row is null)
            {
                continue;
            }

            if (row.Document != item.Document)
            {
                problems.Add($"docs/coverage.md item {item.Number}: document number {row.Document}, the gazette prints {item.Document}");
            }

            if (Whitespace.Replace(row.Title, string.Empty) != Whitespace.Replace(item.Title, string.Empty))
            {
                problems.Add($"docs/coverage.md item {item.Number}: title '{row.Title}', the gazette prints '{item.Title}'");
            }
        }
    }
}
