using System;
using System.Collections.Generic;
using System.Linq;

namespace Haidian.Rules.Cli.Modules;

/// <summary>The modules the tool knows, by name.</summary>
internal sealed class ModuleRegistry
{
    private readonly Dictionary<string, IModuleCommands> modules;

    public ModuleRegistry(IEnumerable<IModuleCommands> modules)
    {
        this.modules = modules.ToDictionary(m => m.Name, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Every module of the library. Add one line here per module.</summary>
    public static ModuleRegistry Default { get; } = new(new IModuleCommands[]
    {
        new CultivatedLand.CultivatedLandModule(),
        new Deadlines.DeadlinesModule(),
        new Elevator.ElevatorModule(),
        new Forest.ForestModule(),
        new Fund.FundModule(),
        new SmartHaidian.SmartHaidianModule(),
        new Waste.WasteModule(),
        new Water.WaterModule(),
    });

    public IReadOnlyList<IModuleCommands> All => modules.Values.OrderBy(m => m.Name, StringComparer.Ordinal).ToArray();

    public IReadOnlyList<string> Names => All.Select(m => m.Name).ToArray();

    /// <summary>The module of a name (case-insensitive).</summary>
    /// <exception cref="UserErrorException">No module has that name; the message lists the known ones.</exception>
    public IModuleCommands Get(string name, string? where = null)
    {
        if (name is not null && modules.TryGetValue(name, out var m))
        {
            return m;
        }

        var message = $"unknown module '{name}': known modules are {string.Join(", ", Names)}";
        throw new UserErrorException(where is null ? message : where + ": " + message);
    }

    public bool TryGet(string name, out IModuleCommands module) => modules.TryGetValue(name, out module!);
}
