using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using Microsoft.OpenApi.YamlReader;

namespace ContractKit.Conformance.Tests.Infrastructure;

/// <summary>Small OpenAPI 3.1 documents written in a test: a schema under components/schemas/S, read by Microsoft.OpenApi.</summary>
internal static class InlineSchemas
{
    /// <summary>The schema <paramref name="schemaYaml"/> (YAML, indented by its own first line) as components/schemas/S.</summary>
    public static IOpenApiSchema Parse(string schemaYaml, string version = "3.1.0") => Document(schemaYaml, version).Components!.Schemas!["S"];

    public static OpenApiDocument Document(string schemaYaml, string version = "3.1.0")
        => WithSchemas("S:\n" + Indent(schemaYaml, "  "), version);

    /// <summary>A document whose components/schemas are <paramref name="schemasYaml"/> (names at its left margin).</summary>
    public static OpenApiDocument WithSchemas(string schemasYaml, string version = "3.1.0")
    {
        var text = $"openapi: {version}\ninfo:\n  title: t\n  version: '1'\npaths: {{}}\ncomponents:\n  schemas:\n{Indent(schemasYaml, "    ")}\n";
        var settings = new OpenApiReaderSettings();
        settings.AddYamlReader();
        return OpenApiDocument.Parse(text, OpenApiConstants.Yaml, settings).Document
            ?? throw new InvalidOperationException("Microsoft.OpenApi returned no document for:\n" + text);
    }

    private static string Indent(string yaml, string by) => string.Join("\n", yaml.Split('\n').Select(line => by + line));
}
