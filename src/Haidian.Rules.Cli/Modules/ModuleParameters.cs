using System.Text.Json.Nodes;
using Haidian.Rules.Cli.Json;

namespace Haidian.Rules.Cli.Modules;

/// <summary>Shared what-if plumbing: merge overrides over the defaults, read them back through the library.</summary>
internal static class ModuleParameters
{
    /// <summary>
    /// Merges <paramref name="overrides"/> over the defaults' JSON and reads the result as <typeparamref name="T"/> with
    /// <see cref="HaidianJson"/>. When overrides change anything but do not name a <c>version</c>, the version becomes
    /// <c>&lt;default&gt;+what-if</c> so that every result's provenance shows the parameters were not the gazette's.
    /// </summary>
    /// <exception cref="ValidationException">The merged JSON does not read as <typeparamref name="T"/>.</exception>
    public static T Merge<T>(T defaults, JsonObject? overrides)
    {
        if (overrides is null || overrides.Count == 0)
        {
            return defaults;
        }

        var baseJson = (JsonObject)JsonNode.Parse(HaidianJson.Serialize(defaults))!;
        var merged = JsonMerge.Merge(baseJson, overrides);
        if (!overrides.ContainsKey("version") && merged["version"] is JsonValue v && v.TryGetValue<string>(out var version))
        {
            merged["version"] = version + "+what-if";
        }

        return HaidianJson.Deserialize<T>(merged.ToJsonString());
    }
}
