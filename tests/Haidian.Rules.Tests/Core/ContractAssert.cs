using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace Haidian.Rules.Tests.Core;

/// <summary>
/// Assertions of the 1.0 input contract (spec 07 C1): every required field of a type, left out of an otherwise valid
/// document, is reported as <see cref="ErrorCode.Required"/> at its own path.
/// </summary>
internal static class ContractAssert
{
    /// <summary>
    /// Removes, one at a time, every required field present in <paramref name="validJson"/> (at every depth: nested objects,
    /// list items and map values) and asserts that reading the rest reports <c>required</c> at that field's path.
    /// The unchanged document must read without error.
    /// </summary>
    /// <returns>How many fields were checked (at least one: a test that checks nothing fails).</returns>
    public static int EachRequiredFieldIsRequired<T>(string validJson)
    {
        HaidianJson.Deserialize<T>(validJson);
        var root = JsonNode.Parse(validJson)!;
        var paths = new List<(string Path, Func<JsonNode, JsonObject> Parent, string Name)>();
        Collect(root, HaidianJson.Options.GetTypeInfo(typeof(T)), string.Empty, n => n, paths);
        Assert.NotEmpty(paths);
        foreach (var (path, parent, name) in paths)
        {
            var copy = root.DeepClone();
            Assert.True(((JsonObject)parent(copy)).Remove(name), path);
            var errors = Assert.Throws<ValidationException>(() => HaidianJson.Deserialize<T>(copy.ToJsonString())).Errors;
            Assert.True(
                errors.Any(e => e.Path == path && e.Code == ErrorCode.Required),
                $"leaving out {path} should report 'required' at {path}; got: {string.Join("; ", errors)}");
        }

        return paths.Count;
    }

    private static void Collect(JsonNode? node, JsonTypeInfo info, string path, Func<JsonNode, JsonNode> locate, List<(string, Func<JsonNode, JsonObject>, string)> paths)
    {
        if (node is null)
        {
            return;
        }

        var type = Nullable.GetUnderlyingType(info.Type);
        if (type is not null)
        {
            Collect(node, HaidianJson.Options.GetTypeInfo(type), path, locate, paths);
            return;
        }

        switch (info.Kind)
        {
            case JsonTypeInfoKind.Object when node is JsonObject obj:
                foreach (var property in info.Properties)
                {
                    if (!obj.ContainsKey(property.Name))
                    {
                        continue;
                    }

                    var childPath = path.Length == 0 ? property.Name : path + "." + property.Name;
                    var name = property.Name;
                    if (property.IsRequired)
                    {
                        paths.Add((childPath, n => (JsonObject)locate(n), name));
                    }

                    Collect(obj[name], HaidianJson.Options.GetTypeInfo(property.PropertyType), childPath, n => locate(n)[name]!, paths);
                }

                break;
            case JsonTypeInfoKind.Enumerable when node is JsonArray array && info.ElementType is { } element:
                for (var i = 0; i < array.Count; i++)
                {
                    var index = i;
                    Collect(array[i], HaidianJson.Options.GetTypeInfo(element), path + "[" + i + "]", n => locate(n)[index]!, paths);
                }

                break;
            case JsonTypeInfoKind.Dictionary when node is JsonObject map && info.ElementType is { } value:
                foreach (var (key, child) in map)
                {
                    var k = key;
                    Collect(child, HaidianJson.Options.GetTypeInfo(value), path.Length == 0 ? k : path + "." + k, n => locate(n)[k]!, paths);
                }

                break;
        }
    }
}
