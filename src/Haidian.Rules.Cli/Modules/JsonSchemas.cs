using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace Haidian.Rules.Cli.Modules;

/// <summary>
/// The JSON schemas the tool prints and ships (spec 07 C5): each module's input (one schema per operation, and their
/// <c>oneOf</c>), its parameters (a <c>--parameters</c> override file: every member optional) and its case files. All of
/// them are built from the library's own schemas (<see cref="HaidianJson.SchemaFor(Type)"/>), so they state exactly what
/// the reader enforces: required members, enum words, date formats, no unknown fields.
/// </summary>
internal static class JsonSchemas
{
    public const string Draft = "https://json-schema.org/draft/2020-12/schema";

    /// <summary>The library's schema of a type, without its <c>$schema</c> and <c>title</c> (to embed it).</summary>
    public static JsonObject Of(Type type)
    {
        var node = JsonNode.Parse(HaidianJson.SchemaFor(type))!.AsObject();
        node.Remove("$schema");
        node.Remove("title");
        return node;
    }

    /// <summary>The schema of one operation's input.</summary>
    public static JsonObject Operation(string module, OperationContract op)
    {
        var schema = op.Body is null ? new JsonObject { ["type"] = "object", ["properties"] = new JsonObject(), ["required"] = new JsonArray() } : Of(op.Body);
        var properties = schema["properties"] as JsonObject ?? new JsonObject();
        var required = schema["required"] as JsonArray ?? new JsonArray();
        var ordered = new JsonObject();
        var names = new List<string>();
        if (op.HasOperationField)
        {
            ordered["operation"] = new JsonObject { ["const"] = op.Name, ["description"] = op.Summary };
            names.Add("operation");
        }

        foreach (var a in op.Arguments)
        {
            var s = Argument(a);
            s["description"] = a.Description;
            ordered[a.Name] = s;
            if (a.Required)
            {
                names.Add(a.Name);
            }
        }

        foreach (var (name, value) in properties.ToList())
        {
            properties.Remove(name);
            ordered[name] = value;
        }

        foreach (var r in required.Select(n => (string)n!))
        {
            names.Add(r);
        }

        var result = new JsonObject
        {
            ["title"] = module + " " + op.Name,
            ["description"] = op.Summary + " -> " + op.Result,
            ["type"] = "object",
            ["properties"] = ordered,
            ["required"] = new JsonArray(names.Distinct().Select(n => (JsonNode)n).ToArray()),
            ["additionalProperties"] = false,
        };
        return result;
    }

    /// <summary>The schema of a module's input: one operation's, or the <c>oneOf</c> of all of them.</summary>
    public static JsonObject Input(IModuleCommands module, string? operation)
    {
        if (operation is not null)
        {
            var ops = module.Calls.Where(o => string.Equals(o.Name, operation, StringComparison.OrdinalIgnoreCase)).ToArray();
            if (ops.Length == 0)
            {
                throw new UserErrorException($"'{operation}' is not an operation of {module.Name}: one of {string.Join(", ", module.Calls.Select(o => o.Name).Distinct())}");
            }

            // An operation with two input shapes (elevator consent: an owner roll or a tally) is the oneOf of both.
            return ops.Length == 1
                ? Root(Operation(module.Name, ops[0]), module.Name + " " + ops[0].Name + " input")
                : Root(new JsonObject { ["oneOf"] = new JsonArray(ops.Select(o => (JsonNode)Operation(module.Name, o)).ToArray()) }, module.Name + " " + ops[0].Name + " input");
        }

        return Root(InputNode(module), module.Name + " input");
    }

    /// <summary>The schema of a <c>--parameters</c> override file: the parameters' schema with every member optional.</summary>
    public static JsonObject Parameters(IModuleCommands module) => Root(Optional(module.ParametersSchema()), module.Name + " parameters (overrides)");

    /// <summary>The schema of a case file of a module (docs/cli.md, "Case files"): one case or a list of cases.</summary>
    public static JsonObject Case(IModuleCommands module)
    {
        var one = new JsonObject
        {
            ["type"] = "object",
            ["properties"] = new JsonObject
            {
                ["$schema"] = new JsonObject { ["type"] = "string" },
                ["module"] = new JsonObject { ["const"] = module.Name },
                ["name"] = new JsonObject { ["type"] = "string", ["minLength"] = 1 },
                ["period"] = new JsonObject { ["type"] = "string", ["minLength"] = 1, ["description"] = "the month (yyyy-MM), year or date the case is about; must agree with the input's own month or year" },
                ["description"] = new JsonObject { ["type"] = "string" },
                ["input"] = new JsonObject { ["description"] = "the module's input, exactly as for evaluate: valid against the module's input schema when the case expects a result; anything when it expects an error" },
                ["parameters"] = Optional(module.ParametersSchema()),
                ["expected"] = new JsonObject { ["description"] = "the result fields the case checks (a subset of the result JSON)" },
                ["expectedError"] = new JsonObject
                {
                    ["type"] = "object",
                    ["description"] = "the error the case expects: {kind, errors:[{path, code, message?}]} or {kind: notInForce, code: notInForce}",
                },
            },
            ["required"] = new JsonArray("module", "name", "period", "input"),
            ["oneOf"] = new JsonArray(
                new JsonObject { ["required"] = new JsonArray("expected"), ["properties"] = new JsonObject { ["input"] = InputNode(module) } },
                new JsonObject { ["required"] = new JsonArray("expectedError") }),
            ["additionalProperties"] = false,
        };
        var schema = new JsonObject
        {
            ["oneOf"] = new JsonArray(
                one,
                new JsonObject
                {
                    ["type"] = "object",
                    ["properties"] = new JsonObject
                    {
                        ["$schema"] = new JsonObject { ["type"] = "string" },
                        ["cases"] = new JsonObject { ["type"] = "array", ["minItems"] = 1, ["items"] = one.DeepClone() },
                    },
                    ["required"] = new JsonArray("cases"),
                    ["additionalProperties"] = false,
                },
                new JsonObject { ["type"] = "array", ["minItems"] = 1, ["items"] = one.DeepClone() }),
        };
        return Root(schema, module.Name + " case file");
    }

    private static JsonObject InputNode(IModuleCommands module) =>
        module.Calls.Count == 1
            ? Operation(module.Name, module.Calls[0])
            : new JsonObject { ["oneOf"] = new JsonArray(module.Calls.Select(o => (JsonNode)Operation(module.Name, o)).ToArray()) };

    private static JsonObject Argument(OperationArgument a) => a.Kind switch
    {
        ArgumentKind.Value when a.Schema is not null => a.Schema.DeepClone().AsObject(),
        ArgumentKind.Date => new JsonObject { ["type"] = "string", ["format"] = "date", ["pattern"] = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" },
        ArgumentKind.Month => new JsonObject { ["type"] = "string", ["pattern"] = "^[0-9]{4}-(0[1-9]|1[0-2])$" },
        ArgumentKind.Time => new JsonObject { ["type"] = "string", ["pattern"] = "^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?$" },
        ArgumentKind.Integer => new JsonObject { ["type"] = "integer" },
        ArgumentKind.Number => new JsonObject { ["type"] = "number" },
        ArgumentKind.Text => new JsonObject { ["type"] = "string", ["minLength"] = 1 },
        ArgumentKind.Boolean => new JsonObject { ["type"] = "boolean" },
        _ => Of(a.Type ?? throw new InvalidOperationException(a.Name + " has no type")),
    };

    /// <summary>Removes every <c>required</c> list (an override file names only what it changes).</summary>
    private static JsonObject Optional(JsonObject schema)
    {
        var copy = schema.DeepClone().AsObject();
        Strip(copy);
        return copy;

        static void Strip(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject o:
                    if (o["required"] is JsonArray)
                    {
                        o.Remove("required");
                    }

                    foreach (var (_, v) in o.ToList())
                    {
                        Strip(v);
                    }

                    break;
                case JsonArray a:
                    foreach (var v in a)
                    {
                        Strip(v);
                    }

                    break;
            }
        }
    }

    private static JsonObject Root(JsonObject schema, string title)
    {
        var root = new JsonObject { ["$schema"] = Draft, ["title"] = title };
        foreach (var (k, v) in schema.ToList())
        {
            if (k == "title")
            {
                continue;
            }

            schema.Remove(k);
            root[k] = v;
        }

        return root;
    }
}
