using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using System.Threading;
using ContractKit.Generator.Configuration;
using ContractKit.Generator.Diagnostics;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace ContractKit.Generator.Parsing;

/// <summary>
/// Turns a root spec and its parts into an <see cref="OpenApiDocument"/>: text → JsonNode → (bundled when it
/// references other files) → Microsoft.OpenApi's reader. Every failure becomes a diagnostic; nothing throws.
/// </summary>
internal static class SpecLoader
{
    public static OpenApiDocument? Load(SpecSource source, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
        => Load(source, diagnostics, SourcePositions.For(source.Root.Path, source.Root.Text), cancellationToken);

    /// <param name="locate">Finds a JSON pointer's line and column in the root file.</param>
    public static OpenApiDocument? Load(SpecSource source, List<DiagnosticInfo> diagnostics, Func<string, SpecLocation> locate, CancellationToken cancellationToken)
    {
        var root = source.Root;
        var node = SpecText.Parse(root.Path, root.Text, out var error);
        if (node is not JsonObject document)
        {
            diagnostics.Add(error ?? DiagnosticInfo.Create(DiagnosticDescriptors.SpecUnreadable, SpecLocation.StartOf(root.Path), "the document is not a JSON/YAML object"));
            return null;
        }
        if (!IsSupportedVersion(document, out var declared))
        {
            var at = locate(declared == "swagger" ? "/swagger" : "/openapi");
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedVersion, at, declared));
            return null;
        }
        cancellationToken.ThrowIfCancellationRequested();
        if (SpecBundler.HasExternalReferences(document))
        {
            new SpecBundler(source, diagnostics, cancellationToken).Bundle(document);
        }
        SchemaValues.Check(document, diagnostics, locate);
        LocalReferences.Check(document, diagnostics, locate);
        ReferenceKinds.Check(document, diagnostics, locate);
        DeepReferences.Rewrite(document, diagnostics, locate);
        cancellationToken.ThrowIfCancellationRequested();

        var settings = new OpenApiReaderSettings { RuleSet = new ValidationRuleSet(), LoadExternalRefs = false };
        ReadResult result;
        try
        {
            result = new OpenApiJsonReader().Read(document, new Uri("file:///" + root.Path.TrimStart('/')), settings);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Microsoft.OpenApi throws on some malformed input (a lone surrogate escape, a duplicate key, an
            // empty $ref, `required: maybe`): that is a spec that cannot be read, not a generator failure.
            var reason = $"Microsoft.OpenApi cannot read it ({exception.GetType().Name}: {FirstLine(exception.Message)})";
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.SpecUnreadable, SpecLocation.StartOf(root.Path), reason));
            return null;
        }
        foreach (var problem in result.Diagnostic?.Errors ?? Array.Empty<OpenApiError>())
        {
            var at = locate(problem.Pointer ?? "");
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.SpecProblem, at, Describe(problem)));
        }
        return result.Document;
    }

    private static bool IsSupportedVersion(JsonObject document, out string declared)
    {
        if (document["openapi"] is JsonValue openapi && openapi.TryGetValue<string>(out var version))
        {
            declared = "OpenAPI " + version;
            return version.StartsWith("3.0", StringComparison.Ordinal) || version.StartsWith("3.1", StringComparison.Ordinal);
        }
        declared = document.ContainsKey("swagger") ? "swagger" : "no 'openapi' version field";
        return false;
    }

    private static string FirstLine(string message)
    {
        var newline = message.IndexOf('\n');
        return (newline < 0 ? message : message.Substring(0, newline)).Trim();
    }

    private static string Describe(OpenApiError problem)
        => string.IsNullOrEmpty(problem.Pointer) ? problem.Message : $"{problem.Message} (at {problem.Pointer})";
}
