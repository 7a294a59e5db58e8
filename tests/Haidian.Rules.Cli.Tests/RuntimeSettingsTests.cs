using System.Text.Json;

namespace Haidian.Rules.Cli.Tests;

/// <summary>
/// The runtime settings the tool ships in its runtimeconfig.json were chosen by measurement (benchmarks/README.md, "The
/// tool's runtime settings"); this keeps them from being dropped by accident.
/// </summary>
public sealed class RuntimeSettingsTests
{
    [Fact]
    public void The_tool_ships_the_measured_runtime_settings()
    {
        var assembly = typeof(Haidian.Rules.Cli.CliApp).Assembly.Location;
        var path = Path.ChangeExtension(assembly, ".runtimeconfig.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var properties = document.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");

        // Dynamic PGO's instrumented tier does not repay itself in a run of a few seconds.
        Assert.False(properties.GetProperty("System.Runtime.TieredPGO").GetBoolean());

        // No background GC thread competing with the tool's two threads on two cores.
        Assert.False(properties.GetProperty("System.GC.Concurrent").GetBoolean());

        // Hot loops reach the optimized tier early in a long run; 0 made short commands compile far more.
        Assert.Equal(10, properties.GetProperty("System.Runtime.TieredCompilation.CallCountingDelayMs").GetInt32());
    }
}
