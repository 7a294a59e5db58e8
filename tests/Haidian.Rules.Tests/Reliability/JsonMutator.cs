using System.Text.Json.Nodes;

namespace Haidian.Rules.Tests.Reliability;

/// <summary>
/// Mutates a valid JSON document the way a careless or hostile producer would: deletes a field, nulls it, swaps its
/// type, puts a huge or over-precise number or a wrong enum name in it, empties or nests a list, multiplies a list
/// element, adds an unknown field, or truncates the text. Seeded, so a failing case can be replayed from its index.
/// </summary>
public static class JsonMutator
{
    private static readonly string[] HugeNumbers =
    {
        "1e400", "-1e400", "79228162514264337593543950336", "-79228162514264337593543950336", "79228162514264337593543950335",
        "0.00000000000000000000000000001", "1.00000000000000000000000000000001", "-0", "-1", "0", "2147483648", "-2147483649",
        "9223372036854775808", "1e-400", "3.3333333333333333333333333333",
    };

    private static readonly string[] Strings = { "\"\"", "\" \"", "\"Bogus\"", "\"7\"", "\"-1\"", "\"2018-13\"", "\"0000-01\"", "\"9999-12-31\"", "\"-9999-01-01\"", "\"NaN\"", "\"Infinity\"", "\"1e400\"", "\"\\u0000\"", "true", "[]", "{}", "null" };

    /// <summary>Applies 1–3 mutations to <paramref name="json"/>.</summary>
    public static string Mutate(string json, Random random)
    {
        if (random.Next(12) == 0)
        {
            return json.Substring(0, random.Next(json.Length));
        }

        var root = JsonNode.Parse(json)!;
        var times = 1 + random.Next(3);
        for (var t = 0; t < times; t++)
        {
            var nodes = new List<JsonNode>();
            Collect(root, nodes);
            var target = nodes[random.Next(nodes.Count)];
            root = MutateNode(root, target, random);
        }

        return root.ToJsonString();
    }

    private static void Collect(JsonNode node, List<JsonNode> nodes)
    {
        nodes.Add(node);
        switch (node)
        {
            case JsonObject o:
                foreach (var (_, v) in o.ToArray())
                {
                    if (v is not null)
                    {
                        Collect(v, nodes);
                    }
                }

                break;
            case JsonArray a:
                foreach (var v in a.ToArray())
                {
                    if (v is not null)
                    {
                        Collect(v, nodes);
                    }
                }

                break;
        }
    }

    private static JsonNode MutateNode(JsonNode root, JsonNode target, Random random)
    {
        JsonNode? replacement;
        switch (random.Next(10))
        {
            case 0 when target.Parent is JsonObject parent:
                parent.Remove(target.GetPropertyName());
                return root;
            case 1:
                replacement = null;
                break;
            case 2:
            case 3:
                replacement = JsonNode.Parse(HugeNumbers[random.Next(HugeNumbers.Length)]);
                break;
            case 4:
            case 5:
                replacement = JsonNode.Parse(Strings[random.Next(Strings.Length)]);
                break;
            case 6 when target is JsonArray array && array.Count > 0:
                var copy = array[random.Next(array.Count)]?.DeepClone();
                for (var i = 0; i < 1 + random.Next(4); i++)
                {
                    array.Add(copy?.DeepClone());
                }

                return root;
            case 7 when target is JsonObject obj:
                obj["unexpected" + random.Next(3)] = JsonNode.Parse(HugeNumbers[random.Next(HugeNumbers.Length)]);
                return root;
            case 8:
                replacement = target is JsonValue v && v.TryGetValue<string>(out var s)
                    ? JsonValue.Create(s.Length > 0 ? s.Substring(0, random.Next(s.Length)) : "x")
                    : new JsonArray(target.DeepClone());
                break;
            default:
                replacement = target is JsonValue value && value.TryGetValue<decimal>(out var d)
                    ? JsonValue.Create(random.Next(2) == 0 ? -d : (Math.Abs(d) < 1e15m ? (d * 1_000_000_000_000m) + 0.0000000000001m : d / 3m))
                    : JsonValue.Create(random.Next(-3, 1_000));
                break;
        }

        if (target.Parent is null)
        {
            return replacement ?? JsonValue.Create(0)!;
        }

        target.ReplaceWith(replacement);
        return root;
    }
}
