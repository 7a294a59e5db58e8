using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace Haidian.Rules.Cli.Cases;

/// <summary>Writes verify results as JUnit XML: one <c>testsuite</c> per case file, one <c>testcase</c> per case.</summary>
internal static class JUnitReport
{
    public static XDocument Build(IReadOnlyList<CaseResult> results, DateTimeOffset timestamp)
    {
        static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture);
        var suites = results.GroupBy(r => r.File, StringComparer.Ordinal).Select(g => new XElement(
            "testsuite",
            new XAttribute("name", g.Key),
            new XAttribute("tests", g.Count()),
            new XAttribute("failures", g.Count(r => r.Outcome == CaseOutcome.Failed)),
            new XAttribute("errors", g.Count(r => r.Outcome == CaseOutcome.Error)),
            new XAttribute("skipped", 0),
            new XAttribute("time", Seconds(new TimeSpan(g.Sum(r => r.Duration.Ticks)))),
            new XAttribute("timestamp", timestamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)),
            g.Select(Case)));
        return new XDocument(
            new XDeclaration("1.0", "utf-8", null),
            new XElement(
                "testsuites",
                new XAttribute("name", "haidian-rules verify"),
                new XAttribute("tests", results.Count),
                new XAttribute("failures", results.Count(r => r.Outcome == CaseOutcome.Failed)),
                new XAttribute("errors", results.Count(r => r.Outcome == CaseOutcome.Error)),
                new XAttribute("time", Seconds(new TimeSpan(results.Sum(r => r.Duration.Ticks)))),
                suites));

        XElement Case(CaseResult r)
        {
            var e = new XElement(
                "testcase",
                new XAttribute("classname", (r.Module.Length == 0 ? "case" : r.Module) + "." + Path.GetFileNameWithoutExtension(r.File)),
                new XAttribute("name", r.Period.Length == 0 ? r.Name : r.Name + " (" + r.Period + ")"),
                new XAttribute("file", r.File),
                new XAttribute("time", Seconds(r.Duration)));
            if (r.Line is { } line)
            {
                e.Add(new XAttribute("line", line));
            }

            var detail = string.Join("\n", (r.Message is null ? Array.Empty<string>() : new[] { r.Message }).Concat(r.Differences.Select(d => d.ToString())));
            if (r.Outcome == CaseOutcome.Failed)
            {
                var message = r.Differences.Count > 0 ? r.Differences.Count + " field(s) differ: " + r.Differences[0] : r.Message ?? "failed";
                e.Add(new XElement("failure", new XAttribute("message", message), new XAttribute("type", "mismatch"), detail));
            }
            else if (r.Outcome == CaseOutcome.Error)
            {
                e.Add(new XElement("error", new XAttribute("message", FirstLine(r.Message ?? "broken case")), new XAttribute("type", "caseFile"), detail));
            }

            return e;
        }
    }

    public static void Save(IReadOnlyList<CaseResult> results, string path)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(dir))
        {
            Directory.CreateDirectory(dir);
        }

        try
        {
            Build(results, DateTimeOffset.UtcNow).Save(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UserErrorException("--junit: cannot write " + path + ": " + ex.Message);
        }
    }

    private static string FirstLine(string s)
    {
        var i = s.IndexOf('\n');
        return (i < 0 ? s : s.Substring(0, i)).TrimEnd('\r');
    }
}
