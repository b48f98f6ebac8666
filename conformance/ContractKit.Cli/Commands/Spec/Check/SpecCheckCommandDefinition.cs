using System.CommandLine;
using ContractKit.Cli.Reporting;

namespace ContractKit.Cli.Commands.Spec.Check;

/// <summary>
/// The shape of <c>contractkit spec check &lt;spec-file&gt; [--format text|json]</c>: its argument, its options
/// and the wiring to <see cref="SpecCheckCommand"/>, which holds the behaviour.
/// </summary>
internal static class SpecCheckCommandDefinition
{
    public const string Name = "check";

    /// <summary>
    /// A new command each time: System.CommandLine records every parent a symbol is added to, so sharing static
    /// symbols between command trees (one per in-process run) would make them accumulate parents.
    /// </summary>
    public static Command Create()
    {
        var specFile = CreateSpecFileArgument();
        var format = CreateFormatOption();
        var command = new Command(Name, "Read an OpenAPI spec the way ContractKit does and report its operations, security, "
            + "x-contractkit-* extensions, errors and warnings. Exit code: 0 no errors, 1 the spec has errors, "
            + "2 usage problem, 3 internal error.");
        command.Arguments.Add(specFile);
        command.Options.Add(format);
        command.SetAction(parseResult => new SpecCheckCommand(
            parseResult.GetRequiredValue(specFile),
            ReportFormats.Parse(parseResult.GetValue(format)),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error).Execute());
        return command;
    }

    // The spec stays a plain string rather than a FileInfo: the command reports a missing or unreadable file
    // itself, naming the path exactly as the user typed it.
    private static Argument<string> CreateSpecFileArgument() => new("spec-file")
    {
        Description = "The OpenAPI 3.0 or 3.1 document to check, YAML or JSON.",
    };

    // A string with a fixed set of values, not an enum: the parser then answers a typo with the list of valid
    // values instead of "cannot parse as ReportFormat", and the help shows the lower-case names users type.
    private static Option<string> CreateFormatOption()
    {
        var option = new Option<string>("--format", "-f")
        {
            Description = "How to write the report: 'text' for people, 'json' for CI and other tools.",
            HelpName = "text|json",
            DefaultValueFactory = _ => ReportFormats.Text,
        };
        option.AcceptOnlyFromAmong(ReportFormats.Text, ReportFormats.Json);
        return option;
    }
}
