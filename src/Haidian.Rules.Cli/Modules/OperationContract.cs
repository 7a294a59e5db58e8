using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace Haidian.Rules.Cli.Modules;

/// <summary>What kind of value an operation's own argument is (the fields written beside <c>operation</c>).</summary>
internal enum ArgumentKind
{
    /// <summary>An ISO date <c>yyyy-MM-dd</c>.</summary>
    Date,

    /// <summary>An ISO month <c>yyyy-MM</c>.</summary>
    Month,

    /// <summary>A time of day <c>HH:mm</c>.</summary>
    Time,

    /// <summary>A whole number.</summary>
    Integer,

    /// <summary>A number, read exactly.</summary>
    Number,

    /// <summary>A non-empty text.</summary>
    Text,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>A library value (its own schema).</summary>
    Value,
}

/// <summary>One argument of an operation, written as a field of the input beside <c>operation</c>.</summary>
/// <param name="Name">The JSON field name.</param>
/// <param name="Kind">What kind of value it is.</param>
/// <param name="Required">Whether it must be given.</param>
/// <param name="Description">What it means, in a few words.</param>
/// <param name="Type">For <see cref="ArgumentKind.Value"/>: the library type (its JSON contract).</param>
/// <param name="Schema">For <see cref="ArgumentKind.Value"/> read by a library parser of its own rather than the JSON contract
/// (a holiday schedule in the shape of <c>prc-holidays.json</c>) or for a word from a closed list: its schema, stated here.</param>
internal sealed record OperationArgument(string Name, ArgumentKind Kind, bool Required, string Description, Type? Type = null, JsonObject? Schema = null);

/// <summary>
/// One call a module's <c>evaluate</c> input can make (spec 07 C5): its name (the <c>operation</c> field), what it answers,
/// its own arguments and the library type whose fields are written flat beside them. The JSON schemas, the per-operation
/// help and the case-file schema are generated from these and from the library's contract.
/// </summary>
/// <param name="Name">The operation name (<c>scope</c>), or for a module without an <c>operation</c> field (water) the shape's name.</param>
/// <param name="Summary">One line: what it answers, with the clause.</param>
/// <param name="Body">The library type whose fields are written flat in the input, or null.</param>
/// <param name="Arguments">The operation's own fields.</param>
/// <param name="Result">The result type's name, for the help text.</param>
/// <param name="HasOperationField">False for water, whose inputs are told apart by their shape.</param>
internal sealed record OperationContract(string Name, string Summary, Type? Body, IReadOnlyList<OperationArgument> Arguments, string Result, bool HasOperationField = true)
{
    /// <summary>An operation with an <c>operation</c> field.</summary>
    public static OperationContract Of(string name, string summary, Type? body, string result, params OperationArgument[] arguments) => new(name, summary, body, arguments, result);

    /// <summary>A required argument.</summary>
    public static OperationArgument Arg(string name, ArgumentKind kind, string description) => new(name, kind, true, description);

    /// <summary>An optional argument.</summary>
    public static OperationArgument Opt(string name, ArgumentKind kind, string description) => new(name, kind, false, description);

    /// <summary>A required argument that is a library value.</summary>
    public static OperationArgument Part(string name, Type type, string description) => new(name, ArgumentKind.Value, true, description, type);

    /// <summary>An optional argument that is a library value.</summary>
    public static OperationArgument OptionalPart(string name, Type type, string description) => new(name, ArgumentKind.Value, false, description, type);

    /// <summary>An optional argument whose schema is given (a value read by a parser of its own, or a word from a closed list).</summary>
    public static OperationArgument OptionalShaped(string name, JsonObject schema, string description) => new(name, ArgumentKind.Value, false, description, null, schema);

    /// <summary>The JSON field names this operation accepts, in order.</summary>
    public IEnumerable<string> FieldNames()
    {
        if (HasOperationField)
        {
            yield return "operation";
        }

        foreach (var a in Arguments)
        {
            yield return a.Name;
        }

        if (Body is not null && JsonSchemas.Of(Body)["properties"] is JsonObject properties)
        {
            foreach (var (name, _) in properties)
            {
                yield return name;
            }
        }
    }
}
