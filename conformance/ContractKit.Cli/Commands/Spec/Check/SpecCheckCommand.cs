using ContractKit.Cli.Inspection;
using ContractKit.Cli.Reporting;

namespace ContractKit.Cli.Commands.Spec.Check;

/// <summary>
/// What <c>contractkit spec check</c> does: read the spec file, inspect it, write the report, and say through the
/// exit code whether the spec has errors. The report goes to the output stream even when the spec is broken,
/// because the report is how the user learns what is broken; only problems that stop the check from running at
/// all (no such file) go to the error stream.
/// </summary>
internal sealed class SpecCheckCommand(string specFile, ReportFormat format, TextWriter output, TextWriter error)
{
    public int Execute()
    {
        if (!TryReadSpecFile(out var text))
        {
            return ExitCodes.UsageError;
        }
        var report = SpecInspector.Inspect(specFile, text);
        ReportFormats.CreateWriter(format).Write(report, output);
        return report.HasErrors ? ExitCodes.InputHasErrors : ExitCodes.Success;
    }

    /// <summary>Reads the file, or writes one line naming the path and saying why it cannot be read.</summary>
    private bool TryReadSpecFile(out string text)
    {
        text = "";
        if (string.IsNullOrWhiteSpace(specFile))
        {
            return Fail("no spec file given: pass the path of an OpenAPI document.");
        }
        try
        {
            var fullPath = Path.GetFullPath(specFile);
            if (Directory.Exists(fullPath))
            {
                return Fail($"'{Shown(fullPath)}' is a directory; pass the path of an OpenAPI document.");
            }
            if (!File.Exists(fullPath))
            {
                return Fail($"spec file not found: {Shown(fullPath)}");
            }
            // ReadAllText drops a UTF-8 byte order mark, which the YAML reader would otherwise choke on.
            text = File.ReadAllText(fullPath);
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return Fail($"cannot read spec file {specFile}: {exception.Message}");
        }
    }

    /// <summary>The path as typed, plus where it resolved to when that differs, so a wrong working directory is obvious.</summary>
    private string Shown(string fullPath) => fullPath == specFile ? specFile : $"{specFile} (resolved to {fullPath})";

    private bool Fail(string message)
    {
        error.WriteLine($"{Program.CliName}: {message}");
        return false;
    }
}
