using System.Text.Json.Nodes;

namespace Haidian.Rules.Cli.Json;

/// <summary>Merges a what-if overrides object over a module's default parameters.</summary>
internal static class JsonMerge
{
    /// <summary>
    /// Returns a copy of <paramref name="defaults"/> with <paramref name="overrides"/> merged over it: objects are merged
    /// member by member (recursively); any other value (number, string, array, null) replaces the default.
    /// </summary>
    public static JsonObject Merge(JsonObject defaults, JsonObject? overrides)
    {
        var result = (JsonObject)defaults.DeepClone();
        if (overrides is not null)
        {
            MergeInto(result, overrides);
        }

        return result;
    }

    private static void MergeInto(JsonObject target, JsonObject overrides)
    {
        foreach (var (name, value) in overrides)
        {
            if (value is JsonObject o && target[name] is JsonObject existing)
            {
                MergeInto(existing, o);
            }
            else
            {
                target[name] = value?.DeepClone();
            }
        }
    }
}
