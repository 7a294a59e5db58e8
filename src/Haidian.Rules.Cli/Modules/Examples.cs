using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json.Nodes;

namespace Haidian.Rules.Cli.Modules;

/// <summary>
/// Example inputs for <c>haidian-rules example</c>: the inputs of the case files under <c>cases/</c>, embedded in the
/// tool, so every example is one that <c>verify</c> checks in CI.
/// </summary>
internal static class Examples
{
    private static readonly Lazy<IReadOnlyList<(string Module, JsonObject Input)>> Inputs = new(Load);

    /// <summary>The first shipped input of a module that is a call of <paramref name="call"/>'s name, or null.</summary>
    public static JsonObject? For(IModuleCommands module, OperationContract call) =>
        Inputs.Value.Where(x => x.Module == module.Name && Matches(call, x.Input)).Select(x => (JsonObject)x.Input.DeepClone()).FirstOrDefault();

    private static bool Matches(OperationContract call, JsonObject input)
    {
        if (call.HasOperationField)
        {
            return input["operation"] is JsonValue v && v.TryGetValue<string>(out var op) && string.Equals(op, call.Name, StringComparison.OrdinalIgnoreCase);
        }

        // Shapes told apart by their fields (water): every required field of the call is there and no field of another shape.
        var fields = new HashSet<string>(call.FieldNames(), StringComparer.Ordinal);
        var required = call.Arguments.Where(a => a.Required).Select(a => a.Name);
        return input.All(p => fields.Contains(p.Key)) && required.All(input.ContainsKey);
    }

    private static IReadOnlyList<(string, JsonObject)> Load()
    {
        var list = new List<(string, JsonObject)>();
        var assembly = typeof(Examples).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("cases/", StringComparison.Ordinal)).OrderBy(n => n, StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            var node = JsonNode.Parse(reader.ReadToEnd(), documentOptions: new System.Text.Json.JsonDocumentOptions { CommentHandling = System.Text.Json.JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var cases = node is JsonObject envelope && envelope["cases"] is JsonArray listed ? listed : node;
            foreach (var c in cases is JsonArray a ? a.ToArray() : new[] { cases })
            {
                if (c is JsonObject o && o["module"] is JsonValue m && m.TryGetValue<string>(out var module) && o["input"] is JsonObject input && o.ContainsKey("expected"))
                {
                    list.Add((module, input));
                }
            }
        }

        return list;
    }
}
