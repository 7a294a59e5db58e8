using System.IO;
using Haidian.Rules.Cli.Modules;

namespace Haidian.Rules.Cli;

/// <summary>What every command needs: the streams (stdout for results only, stderr for progress and errors) and the modules.</summary>
internal sealed class CliContext
{
    public CliContext(TextReader input, TextWriter output, TextWriter error, ModuleRegistry modules)
    {
        Input = input;
        Output = output;
        Error = error;
        Modules = modules;
    }

    public TextReader Input { get; }

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    public ModuleRegistry Modules { get; }

    /// <summary>Writes a progress line to stderr (stdout stays clean for pipes) unless quiet.</summary>
    public void Progress(bool quiet, string message)
    {
        if (!quiet)
        {
            Error.WriteLine(message);
            Error.Flush();
        }
    }
}
