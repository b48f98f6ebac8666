using ContractKit.Cli;

namespace ContractKit.Conformance.Tests.Infrastructure;

/// <summary>One in-process run of the contractkit command line: its exit code and everything it wrote.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static CliRun Of(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = Program.Run(args, output, error);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>Shown when an assertion fails, so the failure says what the CLI printed.</summary>
    public override string ToString() => $"exit code {ExitCode}\n--- output ---\n{Output}\n--- error ---\n{Error}";
}
