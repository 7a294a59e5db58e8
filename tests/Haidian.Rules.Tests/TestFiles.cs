namespace Haidian.Rules.Tests;

/// <summary>Files of the repository (and the shared folder beside it) found from the test assembly's directory.</summary>
internal static class TestFiles
{
    /// <summary>Walks up from the test assembly's directory; returns the first ancestor-relative file that exists, or null.</summary>
    public static string? FindUpwards(params string[] relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(new[] { dir.FullName }.Concat(relative).ToArray());
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
