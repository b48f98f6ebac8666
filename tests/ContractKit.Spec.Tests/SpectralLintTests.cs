using System.Diagnostics;
using System.Text.Json.Nodes;
using ContractKit.Spec.Tests.Infrastructure;

namespace ContractKit.Spec.Tests;

/// <summary>Spectral's spectral:oas ruleset finds nothing in the spec: no error, no warning, no hint.</summary>
public class SpectralLintTests
{
    [Fact]
    public void Spectral_reports_no_findings()
    {
        var findings = Lint();

        Assert.True(findings.Count == 0, $"Spectral found {findings.Count} problem(s):\n" + string.Join("\n", findings.Select(Describe)));
    }

    private static JsonArray Lint()
    {
        var spectral = Path.Combine(SpecFiles.SpecDirectory, "node_modules", ".bin", OperatingSystem.IsWindows() ? "spectral.cmd" : "spectral");
        Assert.True(File.Exists(spectral),
            $"Spectral is not installed at {spectral}. The build runs 'npm ci' in spec/ when it is missing; " +
            "install Node.js (with npm) and build again, or run 'npm ci' in spec/.");

        var start = new ProcessStartInfo(spectral)
        {
            WorkingDirectory = SpecFiles.RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "lint", "spec/unified-messaging.yaml", "--ruleset", "spec/.spectral.yaml", "-f", "json", "--quiet" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {spectral}.");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "Spectral did not finish within 2 minutes.");

        // Exit code 0: no error-level finding; 1: findings; anything else: Spectral itself failed (e.g. no Node.js).
        Assert.True(process.ExitCode is 0 or 1 && stdout.TrimStart().StartsWith('['),
            $"Spectral failed (exit code {process.ExitCode}); is Node.js installed?\n{stdout}\n{stderr.Result}");
        return JsonNode.Parse(stdout)!.AsArray();
    }

    private static string Describe(JsonNode? finding) =>
        $"line {(int)finding!["range"]!["start"]!["line"]! + 1}: {finding["code"]} ({Severity((int)finding["severity"]!)}) " +
        $"{finding["message"]} at {string.Join('.', finding["path"]!.AsArray())}";

    private static string Severity(int severity) => severity switch { 0 => "error", 1 => "warning", 2 => "info", _ => "hint" };
}
