using Haidian.Rules.WaterCompensation;

namespace Haidian.Rules.Tests.WaterCompensation;

/// <summary>The sample data shipped with samples/water-settlement.cs is W6, and reads back to W6's ledger.</summary>
public sealed class SampleDataTests
{
    internal static string RepoFile(params string[] parts)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Haidian.Rules.sln")))
        {
            dir = dir.Parent;
        }

        Assert.NotNull(dir);
        return Path.Combine(new[] { dir!.FullName }.Concat(parts).ToArray());
    }

    [Fact]
    public void ShippedW6Data_SettlesToTheSpecLedger()
    {
        var sections = HaidianJson.Deserialize<Section[]>(File.ReadAllText(RepoFile("samples", "data", "water-w6-sections.json")));
        var monitoring = HaidianJson.Deserialize<MonthlyMonitoring[]>(File.ReadAllText(RepoFile("samples", "data", "water-w6-monitoring-2018-03.json")));
        var ledger = new WaterCompensationCalculator().Settle(new YearMonth(2018, 3), new SectionRegistry(new[] { "A", "B", "C" }, sections), monitoring);
        Assert.Equal(new[] { -230_000m, 180_000m, -50_000m }, ledger.Towns.Select(t => t.Net));
        Assert.Equal(100_000m, ledger.PoolTotal);
    }
}
