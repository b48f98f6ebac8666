using System.CommandLine;
using System.CommandLine.Invocation;
using ContractKit.Cli.Commands.Spec;

namespace ContractKit.Cli;

/// <summary>
/// Entry point of <c>contractkit</c>: composes the command tree and runs it. Behaviour lives in the commands;
/// this class only decides how parse errors and unexpected exceptions turn into exit codes.
/// </summary>
public static class Program
{
    /// <summary>The name users type; used in messages instead of the root command's name, which is the host's
    /// executable name and reads "testhost" when the CLI runs in-process under a test runner.</summary>
    internal const string CliName = "contractkit";

    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>
    /// Runs one command line with the given writers, so tests and other tools can call the CLI in-process.
    /// Reports go to <paramref name="output"/>; usage problems and failures go to <paramref name="error"/>.
    /// </summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        try
        {
            var parseResult = CreateRootCommand().Parse(args);
            if (parseResult.Action is ParseErrorAction)
            {
                return UsageErrors.Report(parseResult, error);
            }
            // The default exception handler prints a stack trace and returns 1, which CI would read as
            // "the spec has errors"; exceptions come back here instead and become exit code 3.
            var invocation = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
            return parseResult.Invoke(invocation);
        }
        catch (Exception exception)
        {
            return InternalErrors.Report(exception, error);
        }
    }

    public static RootCommand CreateRootCommand()
    {
        var root = new RootCommand("ContractKit: checks OpenAPI contracts and the services that implement them.");
        root.Subcommands.Add(SpecCommandDefinition.Create());
        return root;
    }
}
