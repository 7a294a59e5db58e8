using System.Threading.Tasks;
using Microsoft.Playwright;

namespace Haidian.Rules.Cli.Tests.Html;

/// <summary>
/// One headless Chromium for the browser tests: Debian's <c>chromium</c> (or <c>HAIDIAN_CHROMIUM</c>), driven by
/// Playwright with <c>ExecutablePath</c> — Playwright never downloads a browser here. A missing browser is not a skip:
/// every browser test fails with <see cref="Problem"/>.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private static readonly string[] Candidates = { "/usr/bin/chromium", "/usr/bin/chromium-browser" };
    private IPlaywright? playwright;
    private string? userDataDir;

    public IBrowserContext? Context { get; private set; }

    public string? Problem { get; private set; }

    /// <summary>Where the screenshots and the PDF go: artifacts/html-reports (gitignored, kept by CI).</summary>
    public static string ArtifactsDir { get; } = Directory.CreateDirectory(CliHarness.Repo("artifacts", "html-reports")).FullName;

    public async Task InitializeAsync()
    {
        var path = Environment.GetEnvironmentVariable("HAIDIAN_CHROMIUM") is { Length: > 0 } env ? env : Candidates.FirstOrDefault(File.Exists);
        if (path is null || !File.Exists(path))
        {
            Problem = "Chromium not found (looked for " + (path ?? string.Join(", ", Candidates)) + "; $HAIDIAN_CHROMIUM names another). The HTML report tests need a real browser: "
                + "install it with `apt-get update && apt-get install -y --no-install-recommends chromium fonts-noto-cjk` (what .ci/install-browser.sh does before the tests).";
            return;
        }

        try
        {
            playwright = await Playwright.CreateAsync();
            userDataDir = CliHarness.TempDir();
            Context = await playwright.Chromium.LaunchPersistentContextAsync(userDataDir, new BrowserTypeLaunchPersistentContextOptions
            {
                ExecutablePath = path,
                Headless = true,
                // Without the background-networking switches Chromium itself tries to reach Google services.
                Args = new[] { "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync" },
                ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
                Offline = true,
            });
        }
        catch (PlaywrightException ex)
        {
            Problem = $"Chromium at {path} could not be started by Playwright: {ex.Message}";
        }
    }

    public async Task DisposeAsync()
    {
        if (Context is not null)
        {
            await Context.CloseAsync();
        }

        playwright?.Dispose();
        if (userDataDir is not null)
        {
            try
            {
                Directory.Delete(userDataDir, recursive: true);
            }
            catch (IOException)
            {
                // A Chromium helper may still hold a file for a moment; the temporary folder is left behind.
            }
        }
    }

    /// <summary>The browser, or a failure that says how to install it.</summary>
    public IBrowserContext Browser => Context ?? throw new InvalidOperationException(Problem ?? "the browser was not started");
}
