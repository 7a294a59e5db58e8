using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Haidian.Rules.Cli.Cases;
using Haidian.Rules.Cli.Json;
using Haidian.Rules.Cli.Modules;

namespace Haidian.Rules.Cli;

/// <summary>
/// The <c>haidian-rules</c> command line: <c>evaluate</c>, <c>params</c>, <c>verify</c> for every module, plus each
/// module's own commands (<c>water settle</c>). Results go to stdout; progress and errors go to stderr.
/// Exit codes: 0 success, 1 a case failed, 2 a user error.
/// </summary>
internal static class CliApp
{
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr, ModuleRegistry? modules = null)
    {
        var context = new CliContext(stdin, stdout, stderr, modules ?? ModuleRegistry.Default);
        var root = Build(context);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors)
            {
                // The parser's messages may run over several lines ("Must be one of:" then one value a line): one problem, one line.
                stderr.WriteLine("error: " + string.Join(" ", e.Message.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)));
            }

            stderr.WriteLine("Run 'haidian-rules --help' for usage.");
            return ExitCodes.UserError;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (UserErrorException ex)
        {
            Report(ex.Problems, args, stdout, stderr);
            return ExitCodes.UserError;
        }
        catch (ValidationException ex)
        {
            // Library errors not mapped to a file (should not happen; still a user error, never a stack trace).
            Report(UserErrorException.From(ex, e => e.ToString()).Problems, args, stdout, stderr);
            return ExitCodes.UserError;
        }
        catch (HaidianRulesException ex)
        {
            Report(new[] { new CliProblem(ex.Message, ex is NotInForceException ? ErrorCode.NotInForce : null, null, ex.Message) }, args, stdout, stderr);
            return ExitCodes.UserError;
        }
        finally
        {
            stdout.Flush();
            stderr.Flush();
        }
    }

    /// <summary>
    /// Prints every problem as one <c>error: …</c> line on stderr (with its code in brackets); when the command was asked
    /// for <c>--format json</c>, also writes them to stdout as <c>{"errors":[{"code","path","message","text"}]}</c> so a
    /// pipeline that reads JSON gets the codes without parsing text (spec 07 C3).
    /// </summary>
    private static void Report(IReadOnlyList<CliProblem> problems, string[] args, TextWriter stdout, TextWriter stderr)
    {
        foreach (var p in problems)
        {
            stderr.WriteLine("error: " + OneLine(p.Line));
        }

        if (!AskedForJson(args))
        {
            return;
        }

        var errors = new JsonArray();
        foreach (var p in problems)
        {
            var e = new JsonObject();
            if (p.Code is { } code)
            {
                e["code"] = CliProblem.CodeWord(code);
            }

            if (p.Path is not null)
            {
                e["path"] = JsonSource.NormalisePath(p.Path);
            }

            e["message"] = p.Message;
            e["text"] = p.Text;
            errors.Add(e);
        }

        stdout.WriteLine(new JsonObject { ["errors"] = errors }.ToJsonString(CliJsonOptions.Indented));
    }

    private static bool AskedForJson(string[] args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--format=json" || (args[i] == "--format" && i + 1 < args.Length && args[i + 1] == "json"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// One problem, one line: a value quoted from a damaged file may hold line breaks (a quoted CSV cell, a JSON
    /// string); they are shown escaped so that every stderr line is still <c>error: file:line: field: message</c>.
    /// </summary>
    internal static string OneLine(string problem) =>
        problem.Replace("\r\n", "\\n", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal);

    public static RootCommand Build(CliContext context)
    {
        var root = new RootCommand(
            "haidian-rules — the Haidian District policies of Gazette 2017 issue 3 as explainable calculators.\n"
            + "Modules: " + string.Join(", ", context.Modules.All.Select(m => m.Name + " (" + m.Description + ")")) + ".\n"
            + "Exit codes: 0 success, 1 a verified case failed, 2 a user error (file, line and field are named).");
        root.Add(EvaluateCommand(context));
        root.Add(ParamsCommand(context));
        root.Add(VerifyCommand(context));
        foreach (var module in context.Modules.All)
        {
            var commands = module.CreateCommands(context);
            if (commands.Count > 0)
            {
                var group = new Command(module.Name, module.Description);
                foreach (var c in commands)
                {
                    group.Add(c);
                }

                root.Add(group);
            }
        }

        return root;
    }

    public static Option<string> FormatOption(params string[] formats)
    {
        var option = new Option<string>("--format") { Description = "Output format: " + string.Join(", ", formats), DefaultValueFactory = _ => formats[0] };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }

    public static Option<string?> ParametersOption() => new("--parameters")
    {
        Description = "What-if: a JSON object merged over the module's default parameters (see 'haidian-rules params <module>'); validated by the library",
    };

    public static Option<bool> QuietOption() => new("--quiet", "-q") { Description = "No progress messages on stderr" };

    /// <summary>Reads a <c>--parameters</c> file: a JSON object, or null when no file was given.</summary>
    public static JsonSource? LoadOverrides(CliContext context, string? path)
    {
        if (path is null)
        {
            return null;
        }

        var source = JsonSource.Load(path, context.Input);
        if (source.Root is not JsonObject)
        {
            throw new UserErrorException(source.Locate(string.Empty, "parameter overrides must be a JSON object, e.g. { \"perClassCase1\": 40000 }"));
        }

        return source;
    }

    /// <summary>Builds something from (optional) overrides; invalid parameters are reported against the overrides file.</summary>
    public static T WithParameters<T>(JsonSource? overrides, Func<JsonObject?, T> create)
    {
        try
        {
            return create(overrides?.Root as JsonObject);
        }
        catch (ValidationException ex)
        {
            throw UserErrorException.From(ex, e => overrides is null
                ? UserErrorException.Locate("default parameters", null, JsonSource.NormalisePath(e.Path), e.Message)
                : overrides.Locate(e.Path, e.Message));
        }
    }

    private static Command EvaluateCommand(CliContext context)
    {
        var module = new Argument<string>("module") { Description = "Module name: " + string.Join(", ", context.Modules.Names) };
        var input = new Argument<string>("input") { Description = "Input JSON file, or - for standard input" };
        var parameters = ParametersOption();
        var compact = new Option<bool>("--compact") { Description = "Write the JSON on one line" };
        var command = new Command("evaluate", "Compute a module's itemized result from a JSON input and print it as JSON.\n" + string.Join("\n", context.Modules.All.Select(m => m.InputHelp)))
        {
            module, input, parameters, compact,
        };
        command.SetAction(r =>
        {
            var m = context.Modules.Get(r.GetValue(module)!);
            var overrides = LoadOverrides(context, r.GetValue(parameters));
            var evaluator = WithParameters(overrides, m.CreateEvaluator);
            var source = JsonSource.Load(r.GetValue(input)!, context.Input);
            string json;
            try
            {
                json = evaluator.Evaluate(source.Root);
            }
            catch (ValidationException ex)
            {
                throw UserErrorException.From(ex, e => source.Locate(e.Path, e.Message));
            }
            catch (NotInForceException ex)
            {
                throw new UserErrorException(new[] { new CliProblem(source.Name + ": " + ex.Message, ErrorCode.NotInForce, null, ex.Message) });
            }

            if (r.GetValue(compact))
            {
                using var doc = JsonDocument.Parse(json);
                json = JsonSerializer.Serialize(doc.RootElement, CliJsonOptions.Compact);
            }

            context.Output.WriteLine(json);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command ParamsCommand(CliContext context)
    {
        var module = new Argument<string>("module") { Description = "Module name: " + string.Join(", ", context.Modules.Names) };
        var format = FormatOption("text", "json");
        var command = new Command("params", "Show a module's default (gazette) parameters with the citation of each; --format json gives {parameters, citations}, whose parameters object is a starting point for a --parameters overrides file")
        {
            module, format,
        };
        command.SetAction(r =>
        {
            var m = context.Modules.Get(r.GetValue(module)!);
            var parameters = m.DefaultParameters();
            var citations = m.ParameterCitations();
            if (r.GetValue(format) == "json")
            {
                var c = new JsonObject();
                foreach (var p in citations)
                {
                    c[p.Path] = new JsonObject { ["meaning"] = p.Meaning, ["citation"] = p.Citation };
                }

                var o = new JsonObject { ["module"] = m.Name, ["parameters"] = parameters, ["citations"] = c };
                context.Output.WriteLine(o.ToJsonString(CliJsonOptions.Indented));
                return ExitCodes.Success;
            }

            context.Output.WriteLine($"{m.Name}: {m.Description}");
            context.Output.WriteLine("Default parameters (override any of them with --parameters overrides.json):");
            context.Output.WriteLine();
            WriteParameters(context, parameters, citations, string.Empty);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>
    /// Writes each parameter with its citation; a group without a citation of its own whose members have citations
    /// (the fund module's <c>development</c> and <c>guide</c>) is written member by member as <c>group.member</c>.
    /// </summary>
    private static void WriteParameters(CliContext context, JsonObject parameters, IReadOnlyList<ParameterCitation> citations, string prefix)
    {
        foreach (var (name, value) in parameters)
        {
            var path = prefix + name;
            var cite = citations.FirstOrDefault(c => c.Path == path);
            if (cite is null && value is JsonObject group && citations.Any(c => c.Path.StartsWith(path + ".", StringComparison.Ordinal)))
            {
                WriteParameters(context, group, citations, path + ".");
                continue;
            }

            context.Output.WriteLine($"{path} = {value?.ToJsonString(CliJsonOptions.Compact) ?? "null"}");
            if (cite is not null)
            {
                context.Output.WriteLine($"    {cite.Meaning}");
                context.Output.WriteLine($"    {cite.Citation}");
            }
        }
    }

    private static Command VerifyCommand(CliContext context)
    {
        var paths = new Argument<string[]>("paths") { Description = "Case files (*.json) or folders searched recursively", Arity = ArgumentArity.OneOrMore };
        var junit = new Option<string?>("--junit") { Description = "Also write a JUnit XML report to this file" };
        var quiet = QuietOption();
        var command = new Command("verify", "Run declarative case files and print each pass and each failure with a field-by-field diff. Exit code 0 only when every case passes (1 when one fails, 2 when a case file is broken).")
        {
            paths, junit, quiet,
        };
        command.SetAction(r =>
        {
            var files = CaseRunner.FindFiles(r.GetValue(paths)!);
            var runner = new CaseRunner(context.Modules);
            var results = new List<CaseResult>();
            var q = r.GetValue(quiet);
            for (var i = 0; i < files.Count; i++)
            {
                context.Progress(q || files.Count < 2, $"[{i + 1}/{files.Count}] {files[i]}");
                results.AddRange(runner.RunFile(files[i]));
            }

            WriteVerify(context.Output, results);
            if (r.GetValue(junit) is { } report)
            {
                JUnitReport.Save(results, report);
                context.Progress(q, "wrote " + report);
            }

            return results.Any(x => x.Outcome == CaseOutcome.Error) ? ExitCodes.UserError
                : results.Any(x => x.Outcome == CaseOutcome.Failed) ? ExitCodes.CasesFailed
                : ExitCodes.Success;
        });
        return command;
    }

    internal static void WriteVerify(TextWriter w, IReadOnlyList<CaseResult> results)
    {
        foreach (var r in results)
        {
            var label = r.Outcome switch { CaseOutcome.Passed => "PASS ", CaseOutcome.Failed => "FAIL ", _ => "ERROR" };
            var where = r.Line is { } l ? r.File + ":" + l : r.File;
            w.WriteLine($"{label} {r.Name}{(r.Period.Length > 0 ? " [" + r.Module + " " + r.Period + "]" : string.Empty)}  ({where})");
            if (r.Message is not null)
            {
                foreach (var line in r.Message.Split('\n'))
                {
                    w.WriteLine("      " + line.TrimEnd('\r'));
                }
            }

            foreach (var d in r.Differences)
            {
                w.WriteLine("      " + d);
            }
        }

        var passed = results.Count(x => x.Outcome == CaseOutcome.Passed);
        var failed = results.Count(x => x.Outcome == CaseOutcome.Failed);
        var errors = results.Count(x => x.Outcome == CaseOutcome.Error);
        w.WriteLine($"{passed} passed, {failed} failed, {errors} broken ({results.Count} cases in {results.Select(x => x.File).Distinct().Count()} files)");
    }
}
