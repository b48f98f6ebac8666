using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ContractKit.Cli.Inspection;

namespace ContractKit.Cli.Reporting;

/// <summary>
/// The report as one JSON document for CI and other tools. The shape is a contract: every property is always
/// written (null or an empty array rather than left out) in a fixed order, and <see cref="ReportVersion"/> changes
/// when a property changes meaning or goes away, so scripts can rely on it.
/// </summary>
internal sealed class JsonReportWriter : ISpecReportWriter
{
    public const int ReportVersion = 1;

    // Relaxed escaping keeps non-ASCII titles and descriptions readable; the output is never embedded in HTML.
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public void Write(SpecReport report, TextWriter output)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            WriteReport(report, json);
        }
        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void WriteReport(SpecReport report, Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteNumber("reportVersion", ReportVersion);
        json.WriteString("command", "spec check");
        json.WriteString("specFile", report.SpecPath);
        json.WriteString("result", report.HasErrors ? "errors" : "ok");
        json.WriteNumber("errorCount", report.Errors.Count);
        json.WriteNumber("warningCount", report.Warnings.Count);
        json.WriteString("openApiVersion", report.OpenApiVersion);
        json.WriteString("format", report.SourceFormat);
        json.WriteStartObject("info");
        json.WriteString("title", report.Title);
        json.WriteString("version", report.Version);
        json.WriteEndObject();
        json.WriteBoolean("contentsListed", report.ContentsListed);
        WriteArray(json, "operations", report.Operations, WriteOperation);
        WriteArray(json, "securitySchemes", report.SecuritySchemes, WriteSecurityScheme);
        WriteArray(json, "extensions", report.Extensions, WriteExtension);
        WriteArray(json, "errors", report.Errors, WriteProblem);
        WriteArray(json, "warnings", report.Warnings, WriteProblem);
        json.WriteEndObject();
    }

    private static void WriteOperation(Utf8JsonWriter json, OperationSummary operation)
    {
        json.WriteStartObject();
        json.WriteString("method", operation.Method);
        json.WriteString("path", operation.Path);
        json.WriteString("operationId", operation.OperationId);
        json.WriteStartObject("security");
        json.WriteString("source", operation.SecuritySource switch
        {
            SecuritySource.Operation => "operation",
            SecuritySource.Document => "document",
            _ => "none",
        });
        // Any one alternative satisfies the operation; every scheme inside an alternative is required.
        WriteArray(json, "alternatives", operation.Security, (writer, alternative) =>
        {
            writer.WriteStartObject();
            WriteArray(writer, "schemes", alternative.Schemes, WriteSchemeRequirement);
            writer.WriteEndObject();
        });
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteSchemeRequirement(Utf8JsonWriter json, SchemeRequirement requirement)
    {
        json.WriteStartObject();
        json.WriteString("scheme", requirement.Scheme);
        json.WriteString("type", requirement.Type);
        WriteArray(json, "scopes", requirement.Scopes, (writer, scope) => writer.WriteStringValue(scope));
        json.WriteEndObject();
    }

    private static void WriteSecurityScheme(Utf8JsonWriter json, SecuritySchemeSummary scheme)
    {
        json.WriteStartObject();
        json.WriteString("name", scheme.Name);
        json.WriteString("type", scheme.Type);
        json.WriteString("description", scheme.Description);
        json.WriteStartObject("details");
        foreach (var (key, value) in scheme.Details)
        {
            json.WriteString(key, value);
        }
        json.WriteEndObject();
        WriteArray(json, "flows", scheme.Flows, WriteFlow);
        json.WriteEndObject();
    }

    private static void WriteFlow(Utf8JsonWriter json, OAuthFlowSummary flow)
    {
        json.WriteStartObject();
        json.WriteString("flow", flow.Flow);
        json.WriteString("authorizationUrl", flow.AuthorizationUrl);
        json.WriteString("tokenUrl", flow.TokenUrl);
        json.WriteString("refreshUrl", flow.RefreshUrl);
        WriteArray(json, "scopes", flow.Scopes, (writer, scope) =>
        {
            writer.WriteStartObject();
            writer.WriteString("name", scope.Name);
            writer.WriteString("description", scope.Description);
            writer.WriteEndObject();
        });
        json.WriteEndObject();
    }

    private static void WriteExtension(Utf8JsonWriter json, ExtensionUsage extension)
    {
        json.WriteStartObject();
        json.WriteString("name", extension.Name);
        json.WriteString("pointer", extension.Pointer);
        json.WritePropertyName("value");
        if (extension.Value is null)
        {
            json.WriteNullValue();
        }
        else
        {
            extension.Value.WriteTo(json);
        }
        json.WriteEndObject();
    }

    private static void WriteProblem(Utf8JsonWriter json, SpecProblem problem)
    {
        json.WriteStartObject();
        json.WriteString("pointer", problem.Pointer);
        json.WriteString("message", problem.Message);
        json.WriteEndObject();
    }

    private static void WriteArray<T>(Utf8JsonWriter json, string name, IEnumerable<T> items, Action<Utf8JsonWriter, T> writeItem)
    {
        json.WriteStartArray(name);
        foreach (var item in items)
        {
            writeItem(json, item);
        }
        json.WriteEndArray();
    }
}
