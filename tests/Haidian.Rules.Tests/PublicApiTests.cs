using PublicApiGenerator;
using Snapshooter.Xunit;

namespace Haidian.Rules.Tests;

/// <summary>
/// The whole public API as text, compared with the committed snapshot: any added, removed or changed public member
/// fails here until the snapshot is reviewed and updated (beside PublicAPI.*.txt, which the analyzer keeps).
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void PublicApi_HasNotChangedUnnoticed()
    {
        var api = typeof(Citation).Assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            ExcludeAttributes = new[] { "System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute" },
        });
        Snapshot.Match(api);
    }
}
