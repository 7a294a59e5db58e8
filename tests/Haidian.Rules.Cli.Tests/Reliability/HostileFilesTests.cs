using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Haidian.Rules.Tests.Reliability;
using Haidian.Rules.WaterCompensation;
using Xunit.Abstractions;
using static Haidian.Rules.Cli.Tests.CliHarness;

namespace Haidian.Rules.Cli.Tests.Reliability;

/// <summary>
/// Hostile files and arguments for the tool (issue 9): the shipped CSVs and case files, mutated by seeded random
/// mutators (<see cref="CsvMutator"/>, <see cref="JsonMutator"/>), run in-process through <c>water settle</c>
/// (table, json and csv formats, a month and a year), <c>evaluate &lt;module&gt;</c> and <c>verify</c>; hostile
/// argument lists through <c>deadlines workdays</c> and <c>params</c>.
/// <para>
/// Contract: exit code 0 with sound output (settle: paid = received + pool, in every format; evaluate: JSON;
/// workdays: exactly the library's result; params: the module's parameters), or exit code 2 with one
/// <c>error: file:line: field: message</c> line per problem on stderr (no blank, repeated or unprefixed lines; the
/// argument parser's usage hint aside), never a stack trace (<c>"   at "</c>) or an exception type name; <c>verify</c>
/// may also exit 1 (a mutated case no longer matches its expectation) and reports broken case files as ERROR on stdout.
/// No other exit code, no escaping exception.
/// </para>
/// <para>
/// Counts per default run (seeds 0…n−1; replay one with its seed): 100,000 cases of every command. <c>verify</c> runs
/// 50 mutated case files per tool run and checks each file's entries on its own; a batch that breaks the contract is
/// re-run one file at a time, and the single-file contract decides. Temporary files are overwritten in place
/// (<see cref="CliHarness.Write"/>): truncating them first made ext4 flush each one on close, about 4 ms a write.
/// </para>
/// <para>
/// Measured on the 2-core CI-sized machine while it was shared (load average about 20, so wall times are several
/// times what two idle cores give; CPU seconds are the comparable figure).
/// Before (settle and verify 50,000 each, one file per run, truncating writes): evaluate 100,000 in 16.7 s
/// (10.7 s CPU), settle 50,000 in 93.5 s (26.7 s CPU), verify 50,000 in 62.0 s (31.1 s CPU); 2.9 min for the class.
/// After (100,000 of every command, in the full run of this project, so CPU includes other classes running beside):
/// evaluate 17.5 s (8.8 s CPU), settle 65.5 s (29.9 s CPU), verify 77.2 s (35.4 s CPU, 2,000 tool runs),
/// deadlines workdays 54.6 s (22.1 s CPU), params 14.7 s (6.1 s CPU); 3.9 min for the whole project (1.7 min CPU).
/// Per case, settle and verify now take under half the CPU of before and about a third of the wall time. On two idle
/// cores the five commands take about 50 s in all.
/// Set <c>HAIDIAN_FUZZ_CASES</c> to run any other number of every command:
/// <c>HAIDIAN_FUZZ_CASES=1000000 dotnet test tests/Haidian.Rules.Cli.Tests --filter FullyQualifiedName~HostileFilesTests</c>.
/// </para>
/// </summary>
public sealed class HostileFilesTests
{
    /// <summary>Cases of <c>evaluate</c> (stdin, no files: about 0.1 ms of CPU each).</summary>
    private static readonly int EvaluateCases = Scale(100_000);

    /// <summary>Cases of <c>water settle</c> and of <c>verify</c>.</summary>
    private static readonly int FileCases = Scale(100_000);

    /// <summary>Cases of the commands that read only their arguments (<c>deadlines workdays</c>, <c>params</c>).</summary>
    private static readonly int ArgumentCases = Scale(100_000);

    /// <summary>Mutated case files per <c>verify</c> run (each file's entries are still checked on its own).</summary>
    private const int VerifyBatch = 50;

    private static int Scale(int cases) => int.TryParse(Environment.GetEnvironmentVariable("HAIDIAN_FUZZ_CASES"), out var n) ? n : cases;

    private static readonly Regex ExceptionName = new(@"\b[A-Z][A-Za-z]*Exception\b", RegexOptions.CultureInvariant);

    private static readonly string SectionsFile = Repo("samples", "data", "water-sections.csv");
    private static readonly string MarchFile = Repo("samples", "data", "water-monitoring-2018-03.csv");
    private static readonly string YearFile = Repo("samples", "data", "water-monitoring-2018.csv");
    private static readonly string SectionsText = File.ReadAllText(SectionsFile);
    private static readonly string MarchText = File.ReadAllText(MarchFile);
    private static readonly string YearText = File.ReadAllText(YearFile);

    private static readonly Regex VerifySummary = new(@"^(\d+) passed, (\d+) failed, (\d+) broken \((\d+) cases in (\d+) files\)$", RegexOptions.CultureInvariant);

    private static readonly string[] CaseFiles = Directory.EnumerateFiles(Repo("cases"), "*.json", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal).ToArray();

    private readonly ITestOutputHelper output;

    public HostileFilesTests(ITestOutputHelper output) => this.output = output;

    [Fact]
    public void WaterSettle_MutatedCsvFiles_ExitZeroBalancedOrTwoWithLocatedErrors()
    {
        Fuzz("water settle", FileCases, (seed, dir) =>
        {
            var random = new Random(seed);
            var yearly = random.Next(4) == 0;
            var sections = SectionsText;
            var monitoring = yearly ? YearText : MarchText;
            switch (random.Next(3))
            {
                case 0: sections = CsvMutator.Mutate(sections, random); break;
                case 1: monitoring = CsvMutator.Mutate(monitoring, random); break;
                default: sections = CsvMutator.Mutate(sections, random); monitoring = CsvMutator.Mutate(monitoring, random); break;
            }

            var format = new[] { "table", "json", "csv" }[random.Next(3)];
            var s = ReferenceEquals(sections, SectionsText) ? SectionsFile : Write(dir, "sections.csv", sections);
            var m = ReferenceEquals(monitoring, MarchText) ? MarchFile : ReferenceEquals(monitoring, YearText) ? YearFile : Write(dir, "monitoring.csv", monitoring);
            var r = Run("water", "settle", "--sections", s, "--monitoring", m, yearly ? "--year" : "--month", yearly ? "2018" : "2018-03", "--format", format, "-q");
            return Check(r, allowCaseFailed: false, ok => SettleIsSound(ok, format, yearly));
        });
    }

    [Fact]
    public void Evaluate_MutatedCaseInputs_ExitZeroWithJsonOrTwoWithLocatedErrors()
    {
        var inputs = CaseFiles
            .SelectMany(f => Html.ReportSet.CasesOf(f))
            .Where(c => c["input"] is not null)
            .Select(c => (Module: c["module"]!.GetValue<string>(), Input: c["input"]!.ToJsonString()))
            .ToArray();
        Assert.True(inputs.Length >= 40, "case inputs found: " + inputs.Length);
        Fuzz("evaluate", EvaluateCases, (seed, _) =>
        {
            var random = new Random(seed);
            var (module, input) = inputs[random.Next(inputs.Length)];
            var mutated = random.Next(5) == 0 ? CsvMutator.Mutate(input, random) : JsonMutator.Mutate(input, random);
            var r = RunWithInput(mutated, "evaluate", module, "-", "--compact");
            return Check(r, allowCaseFailed: false, ok => JsonNode.Parse(ok) is JsonObject ? null : "stdout is not a JSON object");
        });
    }

    [Fact]
    public void Verify_MutatedCaseFiles_ExitZeroOneOrTwoAndNeverAStackTrace()
    {
        var texts = CaseFiles.Select(File.ReadAllText).ToArray();
        string Mutated(int seed)
        {
            var random = new Random(seed);
            var text = texts[random.Next(texts.Length)];
            return random.Next(5) == 0 ? CsvMutator.Mutate(text, random) : JsonMutator.Mutate(text, random);
        }

        Fuzz(
            "verify",
            FileCases,
            (seed, dir) => VerifyAlone(Write(dir, "case.json", Mutated(seed))),
            VerifyBatch,
            (seeds, dir) => VerifyTogether(seeds.Select((seed, k) => Write(dir, "case" + k.ToString("D3", CultureInfo.InvariantCulture) + ".json", Mutated(seed))).ToArray()));
    }

    [Fact]
    public void DeadlinesWorkdays_HostileArguments_ExitZeroWithTheLibrarysResultOrTwoWithErrors()
    {
        string[] dates = { "2018-09-28", "2017-01-01", "2026-12-31", "2016-12-31", "2027-01-01", "2018-02-29", "2020-02-29", "0001-01-01", "9999-12-31", "-9999-01-01", "10000-01-01", "2018-13-01", "2018-9-28", "28/09/2018", "2018-09-28T00:00", " 2018-09-28", "", "abc", "\u0000", "2018-10-01" };
        string[] adds = { "0", "1", "10", "-1", "250", "2000", "2147483647", "-2147483648", "2147483648", "1e3", "abc", "", "+5", " 3" };
        var calculator = Haidian.Rules.Cli.Deadlines.DeadlinesModule.CreateCalculator(null);
        Fuzz("deadlines workdays", ArgumentCases, (seed, _) =>
        {
            var random = new Random(seed);
            var from = random.Next(3) > 0 ? new NodaTime.LocalDate(2016, 6, 1).PlusDays(random.Next(4_400)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : dates[random.Next(dates.Length)];
            var add = random.Next(3) > 0 ? random.Next(-5, 400).ToString(CultureInfo.InvariantCulture) : adds[random.Next(adds.Length)];
            var format = new[] { "text", "json", "json", "xml" }[random.Next(4)];
            var args = new List<string> { "deadlines", "workdays" };
            if (random.Next(20) > 0)
            {
                args.AddRange(new[] { "--from", from });
            }

            if (random.Next(20) > 0)
            {
                args.AddRange(new[] { "--add", add });
            }

            args.AddRange(new[] { "--format", format });
            if (random.Next(30) == 0)
            {
                args.Add(new[] { "--bogus", "extra", "-q" }[random.Next(3)]);
            }

            var r = Run(args.ToArray());
            if (r.Code != ExitCodes.Success)
            {
                return Check(WithoutUsageHint(r), allowCaseFailed: false, _ => null);
            }

            // Exit 0 only for a well-formed call, with exactly the library's answer.
            if (format == "xml" || args.Count != 8 || !NodaTime.Text.LocalDatePattern.Iso.Parse(from).TryGetValue(default, out var date) || !int.TryParse(add, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n))
            {
                return "exit 0 for a malformed call: " + string.Join(" ", args);
            }

            string? expected;
            try
            {
                expected = HaidianJson.Serialize(calculator.Period(date, n, Haidian.Rules.Deadlines.PeriodUnit.WorkingDays)).TrimEnd();
            }
            catch (HaidianRulesException)
            {
                expected = null;
            }

            if (expected is null)
            {
                return "exit 0 where the library refuses: " + string.Join(" ", args);
            }

            return NoTrace(r.Err) ?? (format == "json" ? (r.Out.TrimEnd() == expected ? null : "json differs from the library's result") : (r.Out.Length > 0 ? null : "no output"));
        });
    }

    [Fact]
    public void Params_HostileArguments_ExitZeroWithTheParametersOrTwoWithErrors()
    {
        string[] modules = { "water", "waste", "elevator", "forest", "fund", "deadlines", "Water", "", " ", "bogus", "water ", "-", "--format", "\u0000", "水" };
        Fuzz("params", ArgumentCases, (seed, _) =>
        {
            var random = new Random(seed);
            var module = modules[random.Next(modules.Length)];
            var args = new List<string> { "params" };
            string? named = null;
            if (random.Next(20) > 0)
            {
                args.Add(module);
                named = module;
            }

            if (random.Next(3) > 0)
            {
                args.AddRange(new[] { "--format", new[] { "text", "json", "json", "yaml", string.Empty }[random.Next(5)] });
            }

            if (random.Next(30) == 0)
            {
                var extra = new[] { "--bogus", "extra", "water" }[random.Next(3)];
                args.Add(extra);
                named = named is null && extra == "water" ? extra : named; // after the options, it is the module
            }

            var r = Run(args.ToArray());
            if (r.Code != ExitCodes.Success)
            {
                return Check(WithoutUsageHint(r), allowCaseFailed: false, _ => null);
            }

            if (named is null || !modules.Take(6).Contains(named, StringComparer.OrdinalIgnoreCase))
            {
                return "exit 0 for an unknown module: " + string.Join(" ", args);
            }

            return NoTrace(r.Err) ?? (args.Contains("json")
                ? (JsonNode.Parse(r.Out) is JsonObject o && string.Equals(o["module"]?.GetValue<string>(), named, StringComparison.OrdinalIgnoreCase) && o["parameters"] is JsonObject ? null : "json is not the module's parameters")
                : (r.Out.Contains(" = ", StringComparison.Ordinal) ? null : "text lists no parameter"));
        });
    }

    /// <summary>The argument parser adds one usage hint after its <c>error:</c> lines; the contract is on the error lines.</summary>
    private static (int Code, string Out, string Err) WithoutUsageHint((int Code, string Out, string Err) r) =>
        (r.Code, r.Out, r.Err.Replace("Run 'haidian-rules --help' for usage." + Environment.NewLine, string.Empty, StringComparison.Ordinal));

    /// <summary>One mutated case file on its own: the contract of <c>verify</c>.</summary>
    private static string? VerifyAlone(string file)
    {
        var r = Run("verify", file, "-q");
        if (r.Code == ExitCodes.UserError && r.Err.Length == 0)
        {
            // Broken case files are part of the report: an ERROR entry on stdout with its message.
            return r.Out.Contains("ERROR ", StringComparison.Ordinal) ? NoTrace(r.Out) : "exit 2 without an error on stderr or an ERROR entry";
        }

        return Check(r, allowCaseFailed: true, ok => ok.Contains(" passed, ", StringComparison.Ordinal) ? NoTrace(ok) : "no summary line");
    }

    /// <summary>
    /// Many mutated case files in one <c>verify</c> run, each file's outcome checked on its own: every file has at least
    /// one PASS, FAIL or ERROR entry naming it, the summary is the last line and counts every case of every file, the exit
    /// code follows the worst outcome, stderr is empty and nothing shows a stack trace or an exception type.
    /// </summary>
    private static string? VerifyTogether(string[] files)
    {
        var r = Run(new[] { "verify" }.Concat(files).Append("-q").ToArray());
        if (r.Err.Length > 0)
        {
            return "stderr: " + r.Err;
        }

        var text = r.Out.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n');
        var summary = VerifySummary.Match(text.Substring(text.LastIndexOf('\n') + 1));
        if (!summary.Success)
        {
            return "the last line is not the summary";
        }

        int Count(int group) => int.Parse(summary.Groups[group].Value, CultureInfo.InvariantCulture);
        var (passed, failed, broken, cases) = (Count(1), Count(2), Count(3), Count(4));
        if (Count(5) != files.Length || passed + failed + broken != cases || cases < files.Length)
        {
            return "summary does not count every file and case: " + summary.Value;
        }

        var expectedCode = broken > 0 ? ExitCodes.UserError : failed > 0 ? ExitCodes.CasesFailed : ExitCodes.Success;
        if (r.Code != expectedCode)
        {
            return $"exit code {r.Code} for {summary.Value}";
        }

        var entries = 0;
        foreach (var file in files)
        {
            var own = 0;
            foreach (var tail in new[] { "  (" + file + ")", "  (" + file + ":" })
            {
                for (var at = text.IndexOf(tail, StringComparison.Ordinal); at >= 0; at = text.IndexOf(tail, at + 1, StringComparison.Ordinal))
                {
                    var line = text.Substring(text.LastIndexOf('\n', Math.Max(at - 1, 0)) + 1);
                    if (!line.StartsWith("PASS  ", StringComparison.Ordinal) && !line.StartsWith("FAIL  ", StringComparison.Ordinal) && !line.StartsWith("ERROR ", StringComparison.Ordinal))
                    {
                        return "an entry of " + Path.GetFileName(file) + " is not PASS, FAIL or ERROR";
                    }

                    own++;
                }
            }

            if (own == 0)
            {
                return Path.GetFileName(file) + " has no entry";
            }

            entries += own;
        }

        return entries != cases ? $"{entries} entries for {cases} cases" : NoTrace(r.Out);
    }

    /// <summary>The contract on one run; null when it holds, else what broke.</summary>
    /// <summary>Whether stdout is the <c>--format json</c> error document: one entry with a message per stderr error line.</summary>
    private static bool IsErrorDocument(string stdout, int errorLines)
    {
        try
        {
            return System.Text.Json.Nodes.JsonNode.Parse(stdout) is System.Text.Json.Nodes.JsonObject { Count: 1 } o
                && o["errors"] is System.Text.Json.Nodes.JsonArray errors
                && errors.Count == errorLines
                && errors.All(e => e?["message"] is not null && e["text"] is not null);
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }

    private static string? Check((int Code, string Out, string Err) r, bool allowCaseFailed, Func<string, string?> sound)
    {
        switch (r.Code)
        {
            case ExitCodes.Success:
                return NoTrace(r.Err) ?? sound(r.Out);
            case ExitCodes.CasesFailed when allowCaseFailed:
                return r.Out.Contains("FAIL ", StringComparison.Ordinal) ? NoTrace(r.Out) : "exit 1 without a FAIL entry";
            case ExitCodes.UserError:
            {
                var lines = r.Err.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n');
                if (r.Out.Length > 0 && !allowCaseFailed && !IsErrorDocument(r.Out, lines.Length))
                {
                    // Only '--format json' may write to stdout on an error: the same problems as JSON (issue 14, C3).
                    return "exit 2 but something other than the JSON errors on stdout: " + r.Out;
                }

                if (lines.Length == 0 || lines.Any(l => !l.StartsWith("error: ", StringComparison.Ordinal) || l.Length <= "error: ".Length))
                {
                    return "a stderr line is not 'error: ...': " + r.Err;
                }

                if (lines.Distinct(StringComparer.Ordinal).Count() != lines.Length)
                {
                    return "a problem is reported twice: " + r.Err;
                }

                return NoTrace(r.Err);
            }

            default:
                return "exit code " + r.Code;
        }
    }

    private static string? NoTrace(string text) =>
        text.Contains("   at ", StringComparison.Ordinal) ? "stack trace"
        : ExceptionName.Match(text) is { Success: true } m ? "exception type name " + m.Value
        : null;

    /// <summary>Settle output: paid = received + pool, whatever the format.</summary>
    private static string? SettleIsSound(string stdout, string format, bool yearly)
    {
        switch (format)
        {
            case "table":
                return stdout.Contains(": balanced", StringComparison.Ordinal) && !stdout.Contains("NOT BALANCED", StringComparison.Ordinal) ? null : "table not balanced";
            case "csv":
            {
                // A town name may hold a quoted line break: join a record's lines until its quotes pair up.
                var rows = new List<string>();
                foreach (var line in stdout.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n'))
                {
                    if (rows.Count > 0 && rows[^1].Count(ch => ch == '"') % 2 == 1)
                    {
                        rows[^1] += "\n" + line;
                    }
                    else
                    {
                        rows.Add(line);
                    }
                }

                if (rows[0] != "month,town,paid,received,net")
                {
                    return "csv header";
                }

                // Town names may be quoted (embedded commas): take the three numbers from the right.
                foreach (var month in rows.Skip(1).GroupBy(l => l.Substring(0, 7), StringComparer.Ordinal))
                {
                    decimal paid = 0, received = 0;
                    foreach (var l in month)
                    {
                        var cells = l.Split(',');
                        var p = decimal.Parse(cells[^3], CultureInfo.InvariantCulture);
                        var rc = decimal.Parse(cells[^2], CultureInfo.InvariantCulture);
                        var n = decimal.Parse(cells[^1], CultureInfo.InvariantCulture);
                        if (n != rc - p)
                        {
                            return "csv net ≠ received − paid: " + l;
                        }

                        paid += p;
                        received += rc;
                    }

                    if (paid != received)
                    {
                        return "csv month " + month.Key + " paid " + paid + " ≠ received + pool " + received;
                    }
                }

                return null;
            }

            default:
                if (yearly)
                {
                    var a = HaidianJson.Deserialize<AnnualStatement>(stdout);
                    return a.Towns.Sum(t => t.CompensationPaid) == a.Towns.Sum(t => t.CompensationReceived) + a.PoolTotal ? null : "annual json not balanced";
                }

                var s = HaidianJson.Deserialize<MonthlySettlement>(stdout);
                return s.IsBalanced && s.TotalPaid == s.TotalReceived + s.PoolTotal ? null : "json not balanced";
        }
    }

    /// <summary>Runs seeds 0…count−1 over the cores, each worker with its own folder; fails listing the first broken seeds.</summary>
    private void Fuzz(string command, int count, Func<int, string, string?> run) => Fuzz(command, count, run, 1, null);

    /// <summary>
    /// Runs seeds 0…count−1 over the cores, each worker with its own folder, <paramref name="batch"/> seeds per tool run
    /// through <paramref name="runBatch"/> when given. A batch that breaks its contract (or throws) is run again one seed at
    /// a time through <paramref name="run"/>, which decides: the test fails listing the first broken seeds, and the log
    /// says how many batches were re-run.
    /// </summary>
    private void Fuzz(string command, int count, Func<int, string, string?> run, int batch, Func<int[], string, string?>? runBatch)
    {
        var failures = new ConcurrentBag<string>();
        var rerun = new ConcurrentBag<string>();
        var workers = Math.Max(2, Environment.ProcessorCount);
        var watch = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;

        string? Guard(Func<string?> body)
        {
            try
            {
                return body();
            }
            catch (Exception ex)
            {
                return "threw " + ex.GetType().Name + ": " + ex.Message + " " + string.Join(" / ", (ex.StackTrace ?? string.Empty).Split('\n').Take(6).Select(l => l.Trim()));
            }
        }

        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, w =>
        {
            var dir = TempDir();
            var mine = Enumerable.Range(0, count).Where(seed => seed % workers == w).ToArray();
            for (var start = 0; start < mine.Length; start += batch)
            {
                var seeds = mine.Skip(start).Take(batch).ToArray();
                if (runBatch is not null && seeds.Length > 1)
                {
                    var problem = Guard(() => runBatch(seeds, dir));
                    if (problem is null)
                    {
                        continue;
                    }

                    rerun.Add($"seeds {seeds[0]}…{seeds[^1]}: {problem}");
                }

                foreach (var seed in seeds)
                {
                    if (Guard(() => run(seed, dir)) is { } problem)
                    {
                        failures.Add($"{command} seed {seed}: {problem}");
                    }
                }
            }

            Directory.Delete(dir, recursive: true);
        });
        var runs = runBatch is null ? count : ((count + batch - 1) / batch) + (rerun.Count * batch);
        output.WriteLine($"{command}: {count} cases in about {runs} tool runs, {watch.Elapsed.TotalSeconds:0.0} s ({(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:0.0} s CPU), {failures.Count} broken, {rerun.Count} batches re-run one case at a time");
        foreach (var r in rerun.OrderBy(x => x, StringComparer.Ordinal).Take(5))
        {
            output.WriteLine("  re-run " + r);
        }

        Assert.True(failures.IsEmpty, failures.Count + " broken:\n" + string.Join("\n", failures.OrderBy(f => f, StringComparer.Ordinal).Take(15)));
    }
}
