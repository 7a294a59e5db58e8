using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Haidian.Rules.Cli.Cases;

/// <summary>One field where a result differs from what a case expects.</summary>
/// <param name="Path">Field path in the result (<c>towns[1].net</c>).</param>
/// <param name="Expected">The expected value as JSON text.</param>
/// <param name="Actual">The actual value as JSON text, or <c>(missing)</c>.</param>
internal sealed record Difference(string Path, string Expected, string Actual)
{
    public override string ToString() => $"{(Path.Length == 0 ? "(root)" : Path)}: expected {Expected}, actual {Actual}";
}

/// <summary>
/// Compares only what a case lists: every field of an expected object must be in the result with an equal value
/// (other result fields are ignored); an expected array must have the result's length and its items are compared
/// one by one; numbers are equal when their decimal values are (<c>230000</c> = <c>230000.00</c>); strings, booleans
/// and null must match exactly.
/// </summary>
internal static class JsonSubset
{
    public static IReadOnlyList<Difference> Compare(JsonNode? expected, JsonElement actual)
    {
        var diffs = new List<Difference>();
        Compare(expected, actual, string.Empty, diffs);
        return diffs;
    }

    private static void Compare(JsonNode? expected, JsonElement actual, string path, List<Difference> diffs)
    {
        switch (expected)
        {
            case JsonObject o:
                if (actual.ValueKind != JsonValueKind.Object)
                {
                    diffs.Add(new Difference(path, "an object", Show(actual)));
                    return;
                }

                foreach (var (name, value) in o)
                {
                    var child = path.Length == 0 ? name : path + "." + name;
                    if (actual.TryGetProperty(name, out var a))
                    {
                        Compare(value, a, child, diffs);
                    }
                    else if (value is not null)
                    {
                        diffs.Add(new Difference(child, Show(value), "(missing)"));
                    }
                }

                return;
            case JsonArray arr:
                if (actual.ValueKind != JsonValueKind.Array)
                {
                    diffs.Add(new Difference(path, "an array", Show(actual)));
                    return;
                }

                var n = actual.GetArrayLength();
                if (n != arr.Count)
                {
                    diffs.Add(new Difference(path, arr.Count.ToString(CultureInfo.InvariantCulture) + " items", n.ToString(CultureInfo.InvariantCulture) + " items"));
                }

                var i = 0;
                foreach (var item in actual.EnumerateArray())
                {
                    if (i >= arr.Count)
                    {
                        break;
                    }

                    Compare(arr[i], item, path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]", diffs);
                    i++;
                }

                return;
            case null:
                if (actual.ValueKind != JsonValueKind.Null)
                {
                    diffs.Add(new Difference(path, "null", Show(actual)));
                }

                return;
            case JsonValue v:
                if (!ValueEquals(v, actual))
                {
                    diffs.Add(new Difference(path, Show(v), Show(actual)));
                }

                return;
        }
    }

    private static bool ValueEquals(JsonValue expected, JsonElement actual)
    {
        var kind = expected.GetValueKind();
        switch (kind)
        {
            case JsonValueKind.Number:
                return actual.ValueKind == JsonValueKind.Number
                    && decimal.TryParse(expected.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var e)
                    && actual.TryGetDecimal(out var a)
                    && e == a;
            case JsonValueKind.String:
                return actual.ValueKind == JsonValueKind.String && actual.GetString() == expected.GetValue<string>();
            case JsonValueKind.True:
            case JsonValueKind.False:
                return actual.ValueKind == kind;
            default:
                return actual.ValueKind == JsonValueKind.Null;
        }
    }

    private static string Show(JsonNode? node) => node is null ? "null" : Shorten(node.ToJsonString());

    private static string Show(JsonElement e) => Shorten(e.GetRawText());

    private static string Shorten(string s)
    {
        s = s.Replace("\r", string.Empty, System.StringComparison.Ordinal).Replace("\n", " ", System.StringComparison.Ordinal);
        return s.Length <= 120 ? s : s.Substring(0, 117) + "...";
    }
}
