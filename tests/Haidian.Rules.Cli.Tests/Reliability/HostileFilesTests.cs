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
/// Hostile files for the tool (issue 9): the shipped CSVs and case files, mutated by seeded random mutators
/// (<see cref="CsvMutator"/>, <see cref="JsonMutator"/>), run in-process through <c>water settle</c>
/// (table, json and csv formats, a month and a year), <c>evaluate &lt;module&gt;</c> and <c>verify</c>.
/// <para>
/// Contract: exit code 0 with sound output (settle: paid = received + pool, in every format; evaluate: JSON),
/// or exit code 2 with one <c>error: file:line: field: message</c> line per problem on stderr (no blank, repeated
/// or unprefixed lines), never a stack trace (<c>"   at "</c>) or an exception type name; <c>verify</c> may also
/// exit 1 (a mutated case no longer matches its expectation) and reports broken case files as ERROR on stdout.
/// No other exit code, no escaping exception.
/// </para>
/// <para>
/// Counts per default run (seeds 0…n−1; replay one with its seed): <c>evaluate</c> 100,000 cases (every case
/// file's input, all five modules, through stdin), <c>water settle</c> 50,000 and <c>verify</c> 50,000 (these write
/// temporary files, about 0.5 ms of CPU per case) — 200,000 tool runs, measured at about 65 s of CPU, i.e. about
/// 33 s on two idle cores. Set <c>HAIDIAN_FUZZ_CASES=100000</c> to run 100,000 (or any number) of every command:
/// <c>HAIDIAN_FUZZ_CASES=100000 dotnet test tests/Haidian.Rules.Cli.Tests --filter FullyQualifiedName~HostileFilesTests</c>.
/// </para>
/// </summary>
public sealed class HostileFilesTests
{
    /// <summary>Cases of <c>evaluate</c> (stdin, no files: about 0.1 ms of CPU each).</summary>
    private static readonly int EvaluateCases = Scale(100_000);

    /// <summary>Cases of <c>water settle</c> and of <c>verify</c> (two or one temporary files each: about 0.5 ms of CPU each).</summary>
    private static readonly int FileCases = Scale(50_000);

    private static int Scale(int cases) => int.TryParse(Environment.GetEnvironmentVariable("HAIDIAN_FUZZ_CASES"), out var n) ? n : cases;

    private static readonly Regex ExceptionName = new(@"\b[A-Z][A-Za-z]*Exception\b", RegexOptions.CultureInvariant);

    private static readonly string SectionsText = File.ReadAllText(Repo("samples", "data", "water-sections.csv"));
    private static readonly string MarchText = File.ReadAllText(Repo("samples", "data", "water-monitoring-2018-03.csv"));
    private static readonly string YearText = File.ReadAllText(Repo("samples", "data", "water-monitoring-2018.csv"));

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
            var s = Write(dir, "sections.csv", sections);
            var m = Write(dir, "monitoring.csv", monitoring);
            var r = Run("water", "settle", "--sections", s, "--monitoring", m, yearly ? "--year" : "--month", yearly ? "2018" : "2018-03", "--format", format, "-q");
            return Check(r, allowCaseFailed: false, ok => SettleIsSound(ok, format, yearly));
        });
    }

    [Fact]
    public void Evaluate_MutatedCaseInputs_ExitZeroWithJsonOrTwoWithLocatedErrors()
    {
        var inputs = CaseFiles
            .SelectMany(f => JsonNode.Parse(File.ReadAllText(f)) is JsonArray list ? list.Select(c => c!.AsObject()) : new[] { JsonNode.Parse(File.ReadAllText(f))!.AsObject() })
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
        Fuzz("verify", FileCases, (seed, dir) =>
        {
            var random = new Random(seed);
            var text = texts[random.Next(texts.Length)];
            var mutated = random.Next(5) == 0 ? CsvMutator.Mutate(text, random) : JsonMutator.Mutate(text, random);
            var file = Write(dir, "case.json", mutated);
            var r = Run("verify", file, "-q");
            if (r.Code == ExitCodes.UserError && r.Err.Length == 0)
            {
                // Broken case files are part of the report: an ERROR entry on stdout with its message.
                return r.Out.Contains("ERROR ", StringComparison.Ordinal) ? NoTrace(r.Out) : "exit 2 without an error on stderr or an ERROR entry";
            }

            return Check(r, allowCaseFailed: true, ok => ok.Contains(" passed, ", StringComparison.Ordinal) ? NoTrace(ok) : "no summary line");
        });
    }

    /// <summary>The contract on one run; null when it holds, else what broke.</summary>
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
                if (r.Out.Length > 0 && !allowCaseFailed)
                {
                    return "exit 2 but something on stdout: " + r.Out;
                }

                var lines = r.Err.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n');
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
    private void Fuzz(string command, int count, Func<int, string, string?> run)
    {
        var failures = new ConcurrentBag<string>();
        var workers = Math.Max(2, Environment.ProcessorCount);
        var watch = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, w =>
        {
            var dir = TempDir();
            for (var seed = w; seed < count; seed += workers)
            {
                string? problem;
                try
                {
                    problem = run(seed, dir);
                }
                catch (Exception ex)
                {
                    problem = "threw " + ex.GetType().Name + ": " + ex.Message + " " + string.Join(" / ", (ex.StackTrace ?? string.Empty).Split('\n').Take(6).Select(l => l.Trim()));
                }

                if (problem is not null)
                {
                    failures.Add($"{command} seed {seed}: {problem}");
                }
            }

            Directory.Delete(dir, recursive: true);
        });
        output.WriteLine($"{command}: {count} cases in {watch.Elapsed.TotalSeconds:0.0} s ({(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:0.0} s CPU), {failures.Count} broken");
        Assert.True(failures.IsEmpty, failures.Count + " broken:\n" + string.Join("\n", failures.OrderBy(f => f, StringComparer.Ordinal).Take(15)));
    }
}
