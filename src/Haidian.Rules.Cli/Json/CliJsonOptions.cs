using System.Text.Encodings.Web;
using System.Text.Json;

namespace Haidian.Rules.Cli.Json;

/// <summary>
/// The serializer options the tool writes JSON nodes and elements with, created once: a new
/// <see cref="JsonSerializerOptions"/> per call rebuilds its metadata cache every time (CA1869), which made every
/// reported error of <c>verify</c> and every <c>evaluate --compact</c> pay for it.
/// </summary>
internal static class CliJsonOptions
{
    /// <summary>Indented, non-ASCII text (Chinese names, ×, ÷) written as is.</summary>
    public static JsonSerializerOptions Indented { get; } = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>On one line, non-ASCII text written as is.</summary>
    public static JsonSerializerOptions Compact { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
