namespace Haidian.Rules.Tests.Core;

/// <summary>Valid arguments for every entry point of <see cref="UndefinedEnumTests"/> that reaches an enum, by signature.</summary>
internal static class UndefinedEnumSamples
{
    public static readonly IReadOnlyDictionary<string, UndefinedEnumSample[]> ByEntryPoint = new Dictionary<string, UndefinedEnumSample[]>(StringComparer.Ordinal)
    {
    };
}
