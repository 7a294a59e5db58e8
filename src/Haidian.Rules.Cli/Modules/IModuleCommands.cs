using System.Collections.Generic;
using System.CommandLine;
using System.Text.Json.Nodes;

namespace Haidian.Rules.Cli.Modules;

/// <summary>
/// The extension point of the tool: one implementation per policy module. The generic commands
/// (<c>evaluate</c>, <c>params</c>, <c>verify</c>) work for every registered module through it; a module may add
/// its own commands (water adds <c>water settle</c>).
/// </summary>
/// <remarks>
/// To plug in a module: implement this interface next to <see cref="Water.WaterModule"/> and add one line to
/// <see cref="ModuleRegistry.Default"/>. JSON in and out is the library's contract (<c>HaidianJson</c>).
/// </remarks>
internal interface IModuleCommands
{
    /// <summary>The module's name on the command line, lower case (<c>water</c>).</summary>
    string Name { get; }

    /// <summary>One line saying what the module computes, with its document number.</summary>
    string Description { get; }

    /// <summary>Every call <c>evaluate</c> accepts for this module: the source of its schemas, help and examples.</summary>
    IReadOnlyList<OperationContract> Calls { get; }

    /// <summary>The JSON schema of the module's parameters (every member as the library reads it).</summary>
    JsonObject ParametersSchema();

    /// <summary>The default (gazette) parameters as JSON.</summary>
    JsonObject DefaultParameters();

    /// <summary>The citation of each default parameter, by JSON field path (top-level fields at least).</summary>
    IReadOnlyList<ParameterCitation> ParameterCitations();

    /// <summary>
    /// Builds an evaluator with the defaults, or with <paramref name="overrides"/> merged over them (a what-if).
    /// </summary>
    /// <exception cref="ValidationException">The merged parameters are invalid; paths are relative to the parameters object.</exception>
    IModuleEvaluator CreateEvaluator(JsonObject? overrides);

    /// <summary>Module-specific commands (may be empty), added under <c>haidian-rules &lt;module&gt;</c>.</summary>
    IReadOnlyList<Command> CreateCommands(CliContext context);
}

/// <summary>Evaluates one JSON input of a module with one parameter set.</summary>
internal interface IModuleEvaluator
{
    /// <summary>The parameters version used (shown in reports).</summary>
    string ParametersVersion { get; }

    /// <summary>Computes the itemized result of an input and returns it as JSON (<c>HaidianJson</c>).</summary>
    /// <exception cref="ValidationException">The input is invalid; paths are relative to the input.</exception>
    /// <exception cref="NotInForceException">The period is before the policy applies.</exception>
    string Evaluate(JsonNode input);
}

/// <summary>Where a default parameter comes from.</summary>
/// <param name="Path">JSON field path in the parameters object (<c>perClassCase1</c>).</param>
/// <param name="Meaning">What it is, in plain English.</param>
/// <param name="Citation">Document number, title and article.</param>
internal sealed record ParameterCitation(string Path, string Meaning, string Citation);
