using System.Diagnostics;
using ContractKit.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace ContractKit.SpecSweep;

/// <summary>What one spec gave: the generator's own diagnostics, CK diagnostics and the compiler's errors and warnings.</summary>
internal sealed record SpecOutcome(string Path, TimeSpan Elapsed, int Files, IReadOnlyList<Diagnostic> GeneratorFailures,
    IReadOnlyList<Diagnostic> SpecDiagnostics, IReadOnlyList<Diagnostic> CompileProblems, string? Exception)
{
    /// <summary>A generator exception (CS8785 and the like), a compile error or warning, or a CK error.</summary>
    public bool Failed => Exception is not null || GeneratorFailures.Count > 0 || CompileProblems.Count > 0
                          || SpecDiagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    public bool HasWarnings => SpecDiagnostics.Any(d => d.Severity == DiagnosticSeverity.Warning);

    public string SummaryLine => string.Join("\t", Path, Elapsed.TotalSeconds.ToString("F1", System.Globalization.CultureInfo.InvariantCulture),
        Failed ? "FAILED" : HasWarnings ? "warnings" : "clean", $"files={Files}", $"generator={GeneratorFailures.Count}",
        $"ck={SpecDiagnostics.Count}", $"compile={CompileProblems.Count}", Exception ?? "");

    public static SpecOutcome Of(string path, string surfaces)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            var result = GeneratorHarness.HasAspNetCore
                ? GeneratorHarness.RunWithAspNetCore(SpecInput.FromFile(path, surfaces))
                : GeneratorHarness.Run(SpecInput.FromFile(path, surfaces.Replace("Server", "", StringComparison.Ordinal)));
            // The generator's own diagnostics repeat the CK ones; what is left is the driver's (CS8785: an exception).
            var failures = result.GeneratorDiagnostics.Where(d => !d.Id.StartsWith("CK", StringComparison.Ordinal)).ToList();
            var compileProblems = result.CompileProblems; // compiles: the time below is generating and compiling
            return new SpecOutcome(path, clock.Elapsed, result.Sources.Count(), failures, result.SpecDiagnostics.ToList(), compileProblems, null);
        }
        catch (Exception exception)
        {
            return new SpecOutcome(path, clock.Elapsed, 0, [], [], [], $"{exception.GetType().Name}: {exception.Message}");
        }
    }
}
