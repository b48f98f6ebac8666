using System.CommandLine;
using System.CommandLine.Parsing;

namespace ContractKit.Cli;

/// <summary>
/// Writes command-line parse errors. System.CommandLine's own handler prints the whole help text and exits 1;
/// contractkit keeps 1 for "the input has errors", so usage problems get a short message and exit code 2.
/// </summary>
internal static class UsageErrors
{
    public static int Report(ParseResult parseResult, TextWriter error)
    {
        foreach (var parseError in parseResult.Errors)
        {
            // Some parser messages put each allowed value on its own tab-indented line; one line per error reads better.
            var message = string.Join(' ', parseError.Message.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            error.WriteLine($"{Program.CliName}: {message}");
        }
        error.WriteLine($"Run '{CommandPath(parseResult.CommandResult)} --help' for usage.");
        return ExitCodes.UsageError;
    }

    /// <summary>"contractkit spec check" for the command the parser got to, so the hint points at the right help.</summary>
    private static string CommandPath(CommandResult command)
    {
        var names = new List<string>();
        for (SymbolResult? result = command; result is CommandResult current; result = current.Parent)
        {
            names.Add(current.Command is RootCommand ? Program.CliName : current.Command.Name);
        }
        names.Reverse();
        return string.Join(' ', names);
    }
}
