using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using Haidian.Rules.Cli.Modules;
using Haidian.Rules.WaterCompensation;

namespace Haidian.Rules.Cli.Html;

/// <summary>Where a result goes (<c>-o/--output</c> or standard output), and which page renders an <c>evaluate</c> result.</summary>
internal static class ReportOutput
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static Option<string?> OutputOption() => new("--output", "-o")
    {
        Description = "Write the result to this file (UTF-8) instead of standard output; an HTML report is one self-contained file",
    };

    /// <summary>Writes <paramref name="text"/> to the file, or to stdout when no file was given.</summary>
    /// <exception cref="UserErrorException">The file cannot be written.</exception>
    public static void Write(CliContext context, string? path, string text, bool quiet)
    {
        if (path is null)
        {
            context.Output.Write(text);
            if (!text.EndsWith('\n'))
            {
                context.Output.WriteLine();
            }

            return;
        }

        try
        {
            var dir = Path.GetDirectoryName(Path.GetFullPath(path));
            if (!string.IsNullOrEmpty(dir))
            {
                Directory.CreateDirectory(dir);
            }

            File.WriteAllText(path, text.EndsWith('\n') ? text : text + "\n", Utf8);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UserErrorException($"--output: cannot write '{path}': {ex.Message}");
        }

        context.Progress(quiet, "wrote " + path);
    }

    /// <summary>
    /// The page of an <c>evaluate</c> result: a water settlement (monthly or annual) gets the settlement report; every
    /// other result the JSON-driven one.
    /// </summary>
    public static string Evaluate(IModuleCommands module, JsonNode input, string json, JsonObject? overrides, string parametersVersion)
    {
        var whatIf = WhatIf.Differences(module, overrides);
        var result = JsonNode.Parse(json)!;
        if (module.Name == "water" && result is JsonObject o)
        {
            var names = SectionNames(input);
            if (o.ContainsKey("months"))
            {
                return WaterReports.Year(HaidianJson.Deserialize<AnnualStatement>(json), names, whatIf);
            }

            if (o.ContainsKey("towns") && o.ContainsKey("sections"))
            {
                return WaterReports.Month(HaidianJson.Deserialize<MonthlySettlement>(json), names, whatIf);
            }
        }

        return JsonReport.Render(module.Name, module.Description, result, whatIf, parametersVersion);
    }

    private static Dictionary<string, string> SectionNames(JsonNode input)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        if (input is JsonObject o && o["sections"] is JsonArray sections)
        {
            foreach (var s in sections.OfType<JsonObject>())
            {
                if (s["id"] is JsonValue id && id.TryGetValue<string>(out var i) && s["name"] is JsonValue name && name.TryGetValue<string>(out var n))
                {
                    names[i] = n;
                }
            }
        }

        return names;
    }
}
