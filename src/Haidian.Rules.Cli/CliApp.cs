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

        // The per-module help of 'evaluate' lists every call's fields from the JSON schemas of the library's input types,
        // which took ~0.47 s of a 0.55 s start (issue 16, measured): the tree is built without it, and built again with it
        // only when help is what was asked for. Parsing, errors and every command's action are the same in both trees.
        var root = Build(context, withModuleHelp: false);
        var parse = root.Parse(args);
        if (parse.Action is System.CommandLine.Help.HelpAction)
        {
            root = Build(context, withModuleHelp: true);
            parse = root.Parse(args);
        }

        if (parse.Errors.Count > 0 && args.Length >= 2 && args[0] == "evaluate" && !args[1].StartsWith("-", StringComparison.Ordinal) && !context.Modules.TryGet(args[1], out _))
        {
            // 'evaluate <module>' is one command per module: name the known modules rather than the parser's generic words.
            Report(new[] { new CliProblem($"unknown module '{args[1]}': known modules are {string.Join(", ", context.Modules.Names)}", null, null, "unknown module") }, args, stdout, stderr);
            return ExitCodes.UserError;
        }

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

    /// <summary>The command tree; <paramref name="withModuleHelp"/> false leaves out the 'evaluate &lt;module&gt;' field lists (help only).</summary>
    public static RootCommand Build(CliContext context, bool withModuleHelp = true)
    {
        var root = new RootCommand(
            "haidian-rules - the Haidian District policies of Gazette 2017 issue 3 as explainable calculators.\n"
            + Wrap("Modules: " + string.Join(", ", context.Modules.Names) + " ('haidian-rules evaluate <module> --help' for each).") + "\n"
            + Wrap("Exit codes: 0 success, 1 a verified case failed, 2 a user error (file, line, field and error code are named)."));
        // Help is read on an 80-column terminal (issue 14 item 7), whatever the output is redirected to.
        foreach (var help in root.Options.OfType<System.CommandLine.Help.HelpOption>())
        {
            help.Action = new System.CommandLine.Help.HelpAction { MaxWidth = 80 };
        }

        root.Add(EvaluateCommand(context, withModuleHelp));
        root.Add(ParamsCommand(context));
        root.Add(VerifyCommand(context));
        root.Add(SchemaCommand(context));
        root.Add(ExampleCommand(context));
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

    private static Command EvaluateCommand(CliContext context, bool withModuleHelp)
    {
        var command = new Command(
            "evaluate",
            Wrap("Compute a module's itemized result from a JSON input file (or - for standard input) and print it as JSON, or with --format html as a self-contained HTML report. "
                + "'haidian-rules evaluate <module> --help' lists the module's calls and their fields; 'haidian-rules example <module> <call>' "
                + "prints a valid input; 'haidian-rules schema <module>' its JSON schema."));
        foreach (var m in context.Modules.All)
        {
            command.Add(EvaluateModuleCommand(context, m, withModuleHelp));
        }

        return command;
    }

    private static Command EvaluateModuleCommand(CliContext context, IModuleCommands m, bool withModuleHelp)
    {
        var input = new Argument<string>("input") { Description = "Input JSON file, or - for standard input" };
        var parameters = ParametersOption();
        var compact = new Option<bool>("--compact") { Description = "Write the JSON on one line" };
        var format = FormatOption("json", "html");
        var output = Html.ReportOutput.OutputOption();
        var command = new Command(m.Name, withModuleHelp ? ModuleHelp(m) : m.Description) { input, parameters, compact, format, output };
        command.SetAction(r =>
        {
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

            if (r.GetValue(format) == "html")
            {
                var page = Html.ReportOutput.Evaluate(m, source.Root, json, overrides?.Root as JsonObject, evaluator.ParametersVersion);
                Html.ReportOutput.Write(context, r.GetValue(output), page, quiet: false);
                return ExitCodes.Success;
            }

            if (r.GetValue(compact))
            {
                using var doc = JsonDocument.Parse(json);
                json = JsonSerializer.Serialize(doc.RootElement, CliJsonOptions.Compact);
            }

            Html.ReportOutput.Write(context, r.GetValue(output), json, quiet: false);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>A module's help: what it computes, then each call with its fields, wrapped for an 80-column terminal.</summary>
    internal static string ModuleHelp(IModuleCommands m)
    {
        var b = new System.Text.StringBuilder();
        b.Append(Wrap(m.Description)).Append('\n').Append('\n');
        var withOperation = m.Calls.Any(c => c.HasOperationField);
        b.Append(withOperation ? "Calls (the input's \"operation\" field):" : "Inputs (told apart by their fields):").Append('\n');
        foreach (var call in m.Calls)
        {
            b.Append(Wrap(call.Name + " - " + call.Summary + " -> " + call.Result, "  ", "      ")).Append('\n');
            b.Append(Wrap("fields: " + string.Join(", ", call.FieldNames().Where(f => f != "operation")), "      ", "        ")).Append('\n');
        }

        b.Append(Wrap($"Example: haidian-rules example {m.Name} {m.Calls[0].Name}; schema: haidian-rules schema {m.Name} [call]"));
        return b.ToString();
    }

    /// <summary>Wraps text at 78 columns, words kept whole.</summary>
    internal static string Wrap(string text, string first = "", string rest = "")
    {
        const int width = 78;
        var lines = new List<string>();
        var line = new System.Text.StringBuilder(first);
        var empty = true;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!empty && DisplayWidth(line.ToString()) + 1 + DisplayWidth(word) > width)
            {
                lines.Add(line.ToString());
                line.Clear().Append(rest);
                empty = true;
            }

            if (!empty)
            {
                line.Append(' ');
            }

            line.Append(word);
            empty = false;
        }

        lines.Add(line.ToString());
        return string.Join("\n", lines);
    }

    /// <summary>Columns a word takes: CJK characters are two wide.</summary>
    private static int DisplayWidth(string word) => word.Sum(c => c >= '\u2E80' && c <= '\uFFEF' ? 2 : 1);

    private static Command SchemaCommand(CliContext context)
    {
        var module = new Argument<string?>("module") { Description = "Module name: " + string.Join(", ", context.Modules.Names), Arity = ArgumentArity.ZeroOrOne };
        var what = new Argument<string?>("call") { Description = "A call of the module (its input schema), 'parameters' (a --parameters file) or 'case' (a case file); none = every input of the module", Arity = ArgumentArity.ZeroOrOne };
        var all = new Option<string?>("--write-all") { Description = "Write every module's input, parameters and case-file schemas into this folder (as shipped in schemas/)" };
        var command = new Command("schema", Wrap("Print the JSON schema (draft 2020-12) of a module's input, of one call's input, of its parameters or of its case files, generated from the library's input contract: required fields, allowed words, date formats, no unknown fields."))
        {
            module, what, all,
        };
        command.SetAction(r =>
        {
            if (r.GetValue(all) is { } folder)
            {
                foreach (var (file, schema) in AllSchemas(context.Modules))
                {
                    Directory.CreateDirectory(folder);
                    File.WriteAllText(Path.Combine(folder, file), schema.ToJsonString(CliJsonOptions.Indented) + "\n");
                }

                context.Progress(false, "wrote the schemas to " + folder);
                return ExitCodes.Success;
            }

            var m = context.Modules.Get(r.GetValue(module) ?? throw new UserErrorException("schema: name a module (" + string.Join(", ", context.Modules.Names) + ") or give --write-all <folder>"));
            var call = r.GetValue(what);
            var schemaNode = call switch
            {
                "parameters" => JsonSchemas.Parameters(m),
                "case" => JsonSchemas.Case(m),
                _ => JsonSchemas.Input(m, call),
            };
            context.Output.WriteLine(schemaNode.ToJsonString(CliJsonOptions.Indented));
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Every schema file the tool ships, by file name: <c>water.input.json</c>, <c>water.parameters.json</c>, <c>water.case.json</c>, ….</summary>
    internal static IEnumerable<(string File, JsonObject Schema)> AllSchemas(ModuleRegistry modules)
    {
        foreach (var m in modules.All)
        {
            yield return (m.Name + ".input.json", JsonSchemas.Input(m, null));
            yield return (m.Name + ".parameters.json", JsonSchemas.Parameters(m));
            yield return (m.Name + ".case.json", JsonSchemas.Case(m));
        }
    }

    private static Command ExampleCommand(CliContext context)
    {
        var module = new Argument<string>("module") { Description = "Module name: " + string.Join(", ", context.Modules.Names) };
        var call = new Argument<string>("call") { Description = "A call of the module (see 'haidian-rules evaluate <module> --help')" };
        var command = new Command("example", Wrap("Print a valid input of a module's call (taken from the verified case files shipped with the tool), ready to edit and pass to 'haidian-rules evaluate'."))
        {
            module, call,
        };
        command.SetAction(r =>
        {
            var m = context.Modules.Get(r.GetValue(module)!);
            var name = r.GetValue(call)!;
            var contract = m.Calls.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase))
                ?? throw new UserErrorException($"'{name}' is not a call of {m.Name}: one of {string.Join(", ", m.Calls.Select(c => c.Name).Distinct())}");
            var example = Examples.For(m, contract) ?? throw new UserErrorException($"no example of {m.Name} {contract.Name} is shipped; see 'haidian-rules schema {m.Name} {contract.Name}'");
            context.Output.WriteLine(example.ToJsonString(CliJsonOptions.Indented));
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
        var format = FormatOption("text", "html");
        var output = Html.ReportOutput.OutputOption();
        var command = new Command("verify", "Run declarative case files and print each pass and each failure with a field-by-field diff (--format html: the run as a page). Exit code 0 only when every case passes (1 when one fails, 2 when a case file is broken).")
        {
            paths, junit, quiet, format, output,
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

            if (r.GetValue(format) == "html")
            {
                Html.ReportOutput.Write(context, r.GetValue(output), Html.VerifyReport.Render(results), q);
            }
            else if (r.GetValue(output) is { } file)
            {
                var text = new StringWriter();
                WriteVerify(text, results);
                Html.ReportOutput.Write(context, file, text.ToString(), q);
            }
            else
            {
                WriteVerify(context.Output, results);
            }

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
