using System.CommandLine;
using ContractKit.Cli.Commands.Spec.Check;

namespace ContractKit.Cli.Commands.Spec;

/// <summary>
/// <c>contractkit spec</c>: the group of commands that work on an OpenAPI spec file alone, without a running
/// service. It has no action of its own, so running it bare is a usage error that lists its subcommands.
/// </summary>
internal static class SpecCommandDefinition
{
    public const string Name = "spec";

    public static Command Create()
    {
        var command = new Command(Name, "Work with an OpenAPI spec file.");
        command.Subcommands.Add(SpecCheckCommandDefinition.Create());
        return command;
    }
}
