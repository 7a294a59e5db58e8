using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Haidian.Rules.Cli.Json;
using Haidian.Rules.Cli.Modules;

namespace Haidian.Rules.Cli.Html;

/// <summary>The parameters a what-if run (<c>--parameters</c>) changes, compared with the gazette's defaults, for the top of a report.</summary>
internal static class WhatIf
{
    /// <summary>
    /// Each leaf value of the merged parameters that differs from the default (arrays compare as a whole), with the
    /// citation of the parameter or of its group; the version name is left out (the provenance shows it).
    /// </summary>
    public static IReadOnlyList<WhatIfDifference> Differences(IModuleCommands module, JsonObject? overrides)
    {
        if (overrides is null || overrides.Count == 0)
        {
            return Array.Empty<WhatIfDifference>();
        }

        var defaults = module.DefaultParameters();
        var merged = JsonMerge.Merge(defaults, overrides);
        var citations = module.ParameterCitations();
        var before = new Dictionary<string, string>(StringComparer.Ordinal);
        Flatten(defaults, string.Empty, before);
        var after = new Dictionary<string, string>(StringComparer.Ordinal);
        Flatten(merged, string.Empty, after);
        var result = new List<WhatIfDifference>();
        foreach (var (path, value) in after)
        {
            if (path == "version")
            {
                continue;
            }

            before.TryGetValue(path, out var old);
            if (old != value)
            {
                var cite = citations.Where(c => path == c.Path || path.StartsWith(c.Path + ".", StringComparison.Ordinal) || path.StartsWith(c.Path + "[", StringComparison.Ordinal))
                    .OrderByDescending(c => c.Path.Length).FirstOrDefault();
                result.Add(new WhatIfDifference(path, old ?? "(not set)", value, cite is null ? null : cite.Meaning + " — " + cite.Citation));
            }
        }

        return result;
    }

    private static void Flatten(JsonNode? node, string path, Dictionary<string, string> into)
    {
        if (node is JsonObject o)
        {
            foreach (var (k, v) in o)
            {
                Flatten(v, path.Length == 0 ? k : path + "." + k, into);
            }

            return;
        }

        into[path] = node?.ToJsonString(CliJsonOptions.Compact) ?? "null";
    }
}
