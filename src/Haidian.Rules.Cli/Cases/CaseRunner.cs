using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Haidian.Rules.Cli.Json;
using Haidian.Rules.Cli.Modules;

namespace Haidian.Rules.Cli.Cases;

/// <summary>How a case ended.</summary>
internal enum CaseOutcome
{
    /// <summary>Every listed field matched.</summary>
    Passed,

    /// <summary>The result (or error) differs from what the case expects.</summary>
    Failed,

    /// <summary>The case file itself is broken (not JSON, unknown module, missing field…): nothing was compared.</summary>
    Error,
}

/// <summary>The outcome of one case.</summary>
internal sealed record CaseResult(string File, long? Line, string Name, string Module, string Period, CaseOutcome Outcome, IReadOnlyList<Difference> Differences, string? Message, TimeSpan Duration);

/// <summary>
/// Runs declarative case files (docs/cli.md, "Case files"): each case names a module, a period, an input, optional
/// parameter overrides, and either the expected result fields or the expected error.
/// </summary>
internal sealed class CaseRunner
{
    private static readonly string[] CaseFields = { "$schema", "module", "name", "period", "description", "input", "parameters", "expected", "expectedError" };

    private readonly ModuleRegistry modules;

    public CaseRunner(ModuleRegistry modules) => this.modules = modules;

    /// <summary>The case files named: files as given, folders searched recursively for <c>*.json</c>, in ordinal order.</summary>
    /// <exception cref="UserErrorException">A path does not exist, or no case file was found.</exception>
    public static IReadOnlyList<string> FindFiles(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var p in paths)
        {
            if (Directory.Exists(p))
            {
                files.AddRange(Directory.EnumerateFiles(p, "*.json", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal));
            }
            else if (File.Exists(p))
            {
                files.Add(p);
            }
            else
            {
                throw new UserErrorException(p + ": no such file or folder");
            }
        }

        if (files.Count == 0)
        {
            throw new UserErrorException("verify: no case files (*.json) found in " + string.Join(", ", paths));
        }

        return files;
    }

    /// <summary>Runs every case of a file.</summary>
    public IReadOnlyList<CaseResult> RunFile(string file)
    {
        JsonSource source;
        try
        {
            source = JsonSource.Load(file, TextReader.Null);
        }
        catch (UserErrorException ex)
        {
            return new[] { new CaseResult(file, null, Path.GetFileNameWithoutExtension(file), string.Empty, string.Empty, CaseOutcome.Error, Array.Empty<Difference>(), ex.Message, TimeSpan.Zero) };
        }

        // A file of several cases is a list, or {"$schema": …, "cases": [ … ]} so that the file itself names its schema.
        var cases = source.Root is JsonObject envelope && envelope.ContainsKey("cases") ? envelope["cases"] : source.Root;
        var prefix = ReferenceEquals(cases, source.Root) ? string.Empty : "cases";
        if (source.Root is JsonObject env && prefix.Length > 0)
        {
            foreach (var (field, _) in env)
            {
                if (field is not ("$schema" or "cases"))
                {
                    return new[] { Broken(source, field, null, "unknown field of a case list (expected $schema, cases)") };
                }
            }
        }

        if (prefix.Length > 0 && cases is not JsonArray)
        {
            return new[] { Broken(source, prefix, null, "must be a list of cases") };
        }

        if (cases is JsonArray list)
        {
            var results = new List<CaseResult>();
            for (var i = 0; i < list.Count; i++)
            {
                results.Add(RunCase(source, list[i], prefix + "[" + i.ToString(CultureInfo.InvariantCulture) + "]"));
            }

            if (results.Count == 0)
            {
                results.Add(Broken(source, prefix, null, "the file holds an empty list: expected at least one case"));
            }

            return results;
        }

        return new[] { RunCase(source, source.Root, string.Empty) };
    }

    private CaseResult RunCase(JsonSource source, JsonNode? node, string at)
    {
        if (node is not JsonObject c)
        {
            return Broken(source, at, null, "a case must be a JSON object with module, name, period, input and expected (or expectedError)");
        }

        var name = Text(c, "name") ?? (at.Length == 0 ? Path.GetFileNameWithoutExtension(source.Name) : Path.GetFileNameWithoutExtension(source.Name) + at);
        var problems = new List<string>();
        foreach (var (field, _) in c)
        {
            if (Array.IndexOf(CaseFields, field) < 0)
            {
                problems.Add(source.Locate(JsonSource.Combine(at, field), "unknown case field (expected " + string.Join(", ", CaseFields) + ")"));
            }
        }

        var moduleName = Require(source, c, at, "module", problems);
        Require(source, c, at, "name", problems);
        var period = Require(source, c, at, "period", problems) ?? string.Empty;
        if (c["input"] is null)
        {
            problems.Add(source.Locate(JsonSource.Combine(at, "input"), "is required: the module's input as JSON"));
        }

        var hasExpected = c.ContainsKey("expected");
        var hasError = c.ContainsKey("expectedError");
        if (hasExpected == hasError)
        {
            problems.Add(source.Locate(at, hasExpected ? "give either expected or expectedError, not both" : "needs expected (result fields) or expectedError (error fields)"));
        }

        if (c["parameters"] is { } pn && pn is not JsonObject)
        {
            problems.Add(source.Locate(JsonSource.Combine(at, "parameters"), "must be a JSON object of parameter overrides"));
        }

        IModuleCommands? module = null;
        if (moduleName is not null && !modules.TryGet(moduleName, out module))
        {
            problems.Add(source.Locate(JsonSource.Combine(at, "module"), $"unknown module '{moduleName}': known modules are {string.Join(", ", modules.Names)}"));
        }

        CheckPeriod(source, c, at, period, problems);
        if (problems.Count > 0)
        {
            return new CaseResult(source.Name, source.LineOf(at), name, moduleName ?? string.Empty, period, CaseOutcome.Error, Array.Empty<Difference>(), string.Join(Environment.NewLine, problems), TimeSpan.Zero);
        }

        var watch = Stopwatch.StartNew();
        var actual = Evaluate(module!, c["parameters"] as JsonObject, c["input"]!, out var failed);
        using var doc = JsonDocument.Parse(actual);
        var expected = hasExpected ? c["expected"] : c["expectedError"];
        watch.Stop();
        if (hasExpected && failed)
        {
            return Result(source, at, name, module!, period, CaseOutcome.Failed, Array.Empty<Difference>(), "expected a result, but evaluation failed: " + Message(doc.RootElement), watch.Elapsed);
        }

        if (hasError && !failed)
        {
            return Result(source, at, name, module!, period, CaseOutcome.Failed, Array.Empty<Difference>(), "expected an error, but evaluation succeeded", watch.Elapsed);
        }

        var diffs = JsonSubset.Compare(expected, doc.RootElement);
        return Result(source, at, name, module!, period, diffs.Count == 0 ? CaseOutcome.Passed : CaseOutcome.Failed, diffs, null, watch.Elapsed);
    }

    /// <summary>
    /// Evaluates and returns the result JSON, or the error as JSON: <c>{"kind":"validation","source":"input"|"parameters",
    /// "message","errors":[{"path","code","message"}]}</c> or <c>{"kind":"notInForce","code":"notInForce","message","requested","inForceFrom","inForceUntil"}</c>.
    /// A case expects an error by code and path with <c>"expectedError": {"errors": [{"path": "dry", "code": "required"}]}</c>.
    /// </summary>
    internal static string Evaluate(IModuleCommands module, JsonObject? overrides, JsonNode input, out bool failed)
    {
        failed = true;
        IModuleEvaluator evaluator;
        try
        {
            evaluator = module.CreateEvaluator(overrides);
        }
        catch (ValidationException ex)
        {
            return ErrorJson(ex, "parameters");
        }

        try
        {
            var json = evaluator.Evaluate(input);
            failed = false;
            return json;
        }
        catch (ValidationException ex)
        {
            return ErrorJson(ex, "input");
        }
        catch (NotInForceException ex)
        {
            return new JsonObject
            {
                ["kind"] = "notInForce",
                ["code"] = CliProblem.CodeWord(ErrorCode.NotInForce),
                ["message"] = ex.Message,
                ["requested"] = ex.Requested.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["inForceFrom"] = ex.InForceFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["inForceUntil"] = ex.InForceUntil?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["policy"] = ex.Policy.ToString(),
            }.ToJsonString(CliJsonOptions.Indented);
        }
    }

    private static string ErrorJson(ValidationException ex, string source)
    {
        var errors = new JsonArray();
        foreach (var e in ex.Errors)
        {
            errors.Add(new JsonObject { ["path"] = JsonSource.NormalisePath(e.Path), ["code"] = CliProblem.CodeWord(e.Code), ["message"] = e.Message });
        }

        return new JsonObject
        {
            ["kind"] = "validation",
            ["source"] = source,
            ["message"] = ex.Message,
            ["errors"] = errors,
        }.ToJsonString(CliJsonOptions.Indented);
    }

    private static void CheckPeriod(JsonSource source, JsonObject c, string at, string period, List<string> problems)
    {
        // The period labels the case; when the input states its own month or year, they must agree (catches copy-paste slips).
        if (period.Length == 0 || c["input"] is not JsonObject input)
        {
            return;
        }

        string? stated = input["month"] is JsonValue m && m.TryGetValue<string>(out var ms) ? ms
            : input["year"] is JsonValue y && y.GetValueKind() == JsonValueKind.Number ? y.ToJsonString() : null;
        if (stated is not null && stated != period)
        {
            problems.Add(source.Locate(JsonSource.Combine(at, "period"), $"'{period}' does not match the input's {(input.ContainsKey("month") ? "month" : "year")} '{stated}'"));
        }
    }

    private static string Message(JsonElement error) => error.TryGetProperty("message", out var m) ? m.GetString() ?? string.Empty : error.GetRawText();

    private static CaseResult Result(JsonSource source, string at, string name, IModuleCommands module, string period, CaseOutcome outcome, IReadOnlyList<Difference> diffs, string? message, TimeSpan duration)
        => new(source.Name, source.LineOf(at), name, module.Name, period, outcome, diffs, message, duration);

    private static CaseResult Broken(JsonSource source, string at, string? name, string message)
        => new(source.Name, source.LineOf(at), name ?? Path.GetFileNameWithoutExtension(source.Name) + at, string.Empty, string.Empty, CaseOutcome.Error, Array.Empty<Difference>(), source.Locate(at, message), TimeSpan.Zero);

    private static string? Text(JsonObject c, string field) => c[field] is JsonValue v && v.TryGetValue<string>(out var s) && s.Length > 0 ? s : null;

    private static string? Require(JsonSource source, JsonObject c, string at, string field, List<string> problems)
    {
        var s = Text(c, field);
        if (s is null)
        {
            problems.Add(source.Locate(JsonSource.Combine(at, field), "is required (non-empty text)"));
        }

        return s;
    }
}
