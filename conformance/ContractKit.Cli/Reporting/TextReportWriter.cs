using System.Text.Encodings.Web;
using System.Text.Json;
using ContractKit.Cli.Inspection;

namespace ContractKit.Cli.Reporting;

/// <summary>
/// The report for a person at a terminal: a header, one aligned section per kind of finding, and the verdict on
/// the last line, where it is still on screen after a long listing.
/// </summary>
internal sealed class TextReportWriter : ISpecReportWriter
{
    private const string Indent = "  ";

    /// <summary>Extension values up to this length stay on one line; longer ones are indented JSON.</summary>
    private const int InlineValueLimit = 80;

    // Relaxed escaping so a value reads as it was written in the spec ("<", "é"), not as \u escapes.
    private static readonly JsonSerializerOptions CompactJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonSerializerOptions IndentedJson = new(CompactJson) { WriteIndented = true };

    public void Write(SpecReport report, TextWriter output)
    {
        WriteHeader(report, output);
        if (report.ContentsListed)
        {
            WriteOperations(report, output);
            WriteSecuritySchemes(report, output);
            WriteExtensions(report, output);
        }
        WriteProblems("Errors", report.Errors, output);
        WriteProblems("Warnings", report.Warnings, output);
        output.WriteLine();
        output.WriteLine(Verdict(report));
    }

    private static void WriteHeader(SpecReport report, TextWriter output)
    {
        var header = new TextTable();
        header.AddRow("Spec", report.SpecPath);
        header.AddRow("Title", report.Title ?? "(none)");
        header.AddRow("Version", report.Version ?? "(none)");
        header.AddRow("OpenAPI", report.OpenApiVersion is null ? "(unknown)" : $"{report.OpenApiVersion} ({report.SourceFormat})");
        header.Write(output, "");
    }

    private static void WriteOperations(SpecReport report, TextWriter output)
    {
        WriteSectionTitle("Operations", report.Operations.Count, output);
        if (report.Operations.Count == 0)
        {
            output.WriteLine(Indent + "none");
            return;
        }
        var table = new TextTable();
        table.AddRow("METHOD", "PATH", "OPERATION ID", "SECURITY");
        foreach (var operation in report.Operations)
        {
            table.AddRow(operation.Method, operation.Path, operation.OperationId ?? "(no operationId)", SecurityText(operation));
        }
        table.Write(output, Indent);
        if (report.Operations.Any(operation => operation.SecuritySource == SecuritySource.Document))
        {
            output.WriteLine(Indent + "* inherited from the document's top-level security");
        }
    }

    /// <summary>"oauth2: a, b" per scheme; schemes needed together joined by " + ", alternatives by " or ".</summary>
    private static string SecurityText(OperationSummary operation)
    {
        if (operation.SecuritySource == SecuritySource.None)
        {
            return "-";
        }
        if (operation.Security.Count == 0)
        {
            return "open (security: [])";
        }
        var alternatives = operation.Security.Select(alternative => alternative.Schemes.Count == 0
            ? "anonymous"
            : string.Join(" + ", alternative.Schemes.Select(SchemeText)));
        var text = string.Join(" or ", alternatives);
        return operation.SecuritySource == SecuritySource.Document ? text + " *" : text;
    }

    private static string SchemeText(SchemeRequirement requirement)
    {
        var name = requirement.Type is null ? requirement.Scheme + " (undeclared)" : requirement.Scheme;
        return requirement.Scopes.Count == 0 ? name : $"{name}: {string.Join(", ", requirement.Scopes)}";
    }

    private static void WriteSecuritySchemes(SpecReport report, TextWriter output)
    {
        WriteSectionTitle("Security schemes", report.SecuritySchemes.Count, output);
        if (report.SecuritySchemes.Count == 0)
        {
            output.WriteLine(Indent + "none");
            return;
        }
        foreach (var scheme in report.SecuritySchemes)
        {
            var details = string.Join("  ", scheme.Details.Select(detail => $"{detail.Key}={detail.Value}"));
            output.WriteLine($"{Indent}{scheme.Name}  {scheme.Type ?? "(no type)"}{(details.Length == 0 ? "" : "  " + details)}");
            foreach (var flow in scheme.Flows)
            {
                WriteFlow(flow, output);
            }
        }
    }

    private static void WriteFlow(OAuthFlowSummary flow, TextWriter output)
    {
        var urls = new[] { ("authorizationUrl", flow.AuthorizationUrl), ("tokenUrl", flow.TokenUrl), ("refreshUrl", flow.RefreshUrl) }
            .Where(url => url.Item2 is not null)
            .Select(url => $"{url.Item1}={url.Item2}");
        output.WriteLine($"{Indent}{Indent}{string.Join("  ", urls.Prepend(flow.Flow))}");
        if (flow.Scopes.Count == 0)
        {
            output.WriteLine($"{Indent}{Indent}{Indent}(no scopes)");
            return;
        }
        var scopes = new TextTable();
        foreach (var scope in flow.Scopes)
        {
            scopes.AddRow(scope.Name, OneLine(scope.Description ?? ""));
        }
        scopes.Write(output, Indent + Indent + Indent);
    }

    private static void WriteExtensions(SpecReport report, TextWriter output)
    {
        WriteSectionTitle("ContractKit extensions", report.Extensions.Count, output);
        if (report.Extensions.Count == 0)
        {
            output.WriteLine(Indent + "none");
            return;
        }
        foreach (var extension in report.Extensions)
        {
            output.WriteLine($"{Indent}{extension.Name}  at {extension.Pointer}");
            var compact = extension.Value?.ToJsonString(CompactJson) ?? "null";
            var value = compact.Length <= InlineValueLimit ? compact : extension.Value!.ToJsonString(IndentedJson);
            foreach (var line in value.Split('\n'))
            {
                output.WriteLine($"{Indent}{Indent}{line.TrimEnd('\r')}");
            }
        }
    }

    private static void WriteProblems(string title, IReadOnlyList<SpecProblem> problems, TextWriter output)
    {
        WriteSectionTitle(title, problems.Count, output);
        if (problems.Count == 0)
        {
            output.WriteLine(Indent + "none");
            return;
        }
        var table = new TextTable();
        foreach (var problem in problems)
        {
            table.AddRow(problem.Pointer ?? "(file)", OneLine(problem.Message));
        }
        table.Write(output, Indent);
    }

    private static void WriteSectionTitle(string title, int count, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine($"{title} ({count})");
    }

    private static string Verdict(SpecReport report)
    {
        var counts = $"{Plural(report.Errors.Count, "error")}, {Plural(report.Warnings.Count, "warning")}";
        return report.HasErrors ? $"FAILED: {counts}." : $"OK: {counts}.";
    }

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    /// <summary>Reader messages sometimes span lines; a table row must not.</summary>
    private static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
