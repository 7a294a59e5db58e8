namespace Haidian.Rules.Cli.Tests;

/// <summary>Runs the tool in-process with captured streams, and finds the repository's samples and cases.</summary>
internal static class CliHarness
{
    public static string RepoRoot { get; } = FindRoot();

    public static string Repo(params string[] parts) => Path.Combine(new[] { RepoRoot }.Concat(parts).ToArray());

    public static (int Code, string Out, string Err) RunWithInput(string stdin, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CliApp.Run(args, new StringReader(stdin), output, error);
        return (code, output.ToString(), error.ToString());
    }

    public static (int Code, string Out, string Err) Run(params string[] args) => RunWithInput(string.Empty, args);

    /// <summary>A fresh temporary folder for one test.</summary>
    public static string TempDir()
    {
        var dir = Path.Combine(Path.GetTempPath(), "haidian-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    /// <summary>
    /// Writes <paramref name="text"/> as UTF-8 (no byte-order mark added), overwriting in place and then cutting the file
    /// to length: truncating an existing file to zero first (what <see cref="File.WriteAllText(string, string?)"/> does)
    /// makes ext4 flush it to disk on close, about 4 ms a write, which dominated the hostile-file runs.
    /// </summary>
    public static string Write(string dir, string name, string text)
    {
        var path = Path.Combine(dir, name);
        var bytes = Utf8.GetBytes(text);
        using (var file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.Write, FileShare.None))
        {
            file.Write(bytes, 0, bytes.Length);
            file.SetLength(bytes.Length);
        }

        return path;
    }

    private static readonly System.Text.UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Haidian.Rules.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("repository root not found above " + AppContext.BaseDirectory);
    }
}
