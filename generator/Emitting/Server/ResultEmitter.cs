using System.Globalization;
using ContractKit.Generator.Emitting.Models;
using ContractKit.Generator.Emitting.Shared;
using ContractKit.Generator.Model;
using ContractKit.Generator.Model.Operations;
using static ContractKit.Generator.Emitting.Server.ServerCode;

namespace ContractKit.Generator.Emitting.Server;

/// <summary>
/// Writes <c>{Operation}Result</c>: the only values an implementation can return, one static factory per response
/// the spec declares, typed by its body. It writes itself with the generated converters, so no reflection runs.
/// </summary>
internal static class ResultEmitter
{
    public static string Emit(SpecModel model, OperationSpec operation)
    {
        var name = SurfaceNames.OperationResult(operation.Name);
        var json = $"global::{model.Namespace}.{SurfaceNames.Json(model.ClientName)}.Options";
        var writer = FileHeader.Start(model.Namespace);
        writer.WriteLine($"/// <summary>A response of <c>{XmlDoc.Escape(operation.Name)}</c>: one factory per response the spec declares.</summary>");
        writer.OpenBlock($"public sealed class {name} : {Http}.IResult, {Http}.IStatusCodeHttpResult, {Http}.IValueHttpResult, {Http}.IContentTypeHttpResult");
        writer.WriteLine("private readonly global::System.Func<global::System.IO.Stream, global::System.Threading.CancellationToken, global::System.Threading.Tasks.Task>? writeBody;");
        writer.WriteLine();
        writer.OpenBlock($"private {name}(int statusCode, string? contentType, object? value, global::System.Func<global::System.IO.Stream, global::System.Threading.CancellationToken, global::System.Threading.Tasks.Task>? writeBody)");
        writer.WriteLine("StatusCode = statusCode;");
        writer.WriteLine("ContentType = contentType;");
        writer.WriteLine("Value = value;");
        writer.WriteLine("this.writeBody = writeBody;");
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("/// <summary>The HTTP status written.</summary>");
        writer.WriteLine("public int StatusCode { get; }");
        writer.WriteLine();
        writer.WriteLine("int? " + Http + ".IStatusCodeHttpResult.StatusCode => StatusCode;");
        writer.WriteLine();
        writer.WriteLine("/// <summary>The media type of the body; null when there is none.</summary>");
        writer.WriteLine("public string? ContentType { get; }");
        writer.WriteLine();
        writer.WriteLine("/// <summary>The body as the implementation gave it; null when there is none.</summary>");
        writer.WriteLine("public object? Value { get; }");
        foreach (var response in Factories(operation))
        {
            writer.WriteLine();
            WriteFactory(writer, name, response, json);
        }
        writer.WriteLine();
        writer.WriteLine("/// <summary>Writes the status, the content type and the body.</summary>");
        writer.OpenBlock($"public async {Task} ExecuteAsync({HttpContext} httpContext)");
        writer.WriteLine("global::System.ArgumentNullException.ThrowIfNull(httpContext);");
        writer.WriteLine("httpContext.Response.StatusCode = StatusCode;");
        writer.OpenBlock("if (ContentType is not null)");
        writer.WriteLine("httpContext.Response.ContentType = ContentType;");
        writer.CloseBlock();
        writer.OpenBlock("if (writeBody is not null)");
        writer.WriteLine("await writeBody(httpContext.Response.Body, httpContext.RequestAborted).ConfigureAwait(false);");
        writer.CloseBlock();
        writer.CloseBlock();
        writer.WriteLine();
        WriteJsonHelper(writer);
        writer.CloseBlock();
        return writer.ToString();
    }

    private static void WriteFactory(SourceWriter writer, string name, ResponseSpec response, string json)
    {
        var factory = FactoryName(response);
        var takesStatus = TakesStatus(response);
        var status = takesStatus ? "statusCode" : response.ExactStatus!.Value.ToString(CultureInfo.InvariantCulture);
        var statusParameter = takesStatus ? "int statusCode" : null;
        var description = response.Description is { } d ? XmlDoc.Escape(XmlDoc.OneLine(d)).Trim() : "";
        writer.WriteLine($"/// <summary><c>{XmlDoc.Escape(response.StatusCode)}</c>: {description}</summary>");
        if (takesStatus)
        {
            writer.WriteLine(response.StatusCode == "default"
                ? "/// <param name=\"statusCode\">The status to send: any the spec does not list on its own.</param>"
                : $"/// <param name=\"statusCode\">The status to send, in {XmlDoc.Escape(response.StatusCode)}.</param>");
        }
        string parameters;
        string body;
        if (response.MediaType is null)
        {
            parameters = statusParameter ?? "";
            body = "null, null";
        }
        else if (response.Type is { } type)
        {
            writer.WriteLine("/// <param name=\"body\">The body, written as JSON.</param>");
            parameters = (statusParameter is null ? "" : statusParameter + ", ") + type.Annotated + " body";
            body = $"body, (stream, cancellationToken) => WriteJsonAsync(stream, writer => {JsonCode.WriteCall(type, "writer", "body", json).TrimEnd(';')}, cancellationToken)";
        }
        else
        {
            writer.WriteLine("/// <param name=\"body\">The body's bytes, written as they are.</param>");
            parameters = (statusParameter is null ? "" : statusParameter + ", ") + "byte[] body";
            body = "body, (stream, cancellationToken) => stream.WriteAsync(body, 0, body.Length, cancellationToken)";
        }
        writer.OpenBlock($"public static {name} {factory}({parameters})");
        if (takesStatus)
        {
            var check = response.StatusCode == "default"
                ? "statusCode < 100 || statusCode > 599"
                : $"statusCode / 100 != {response.StatusCode[0]}";
            writer.OpenBlock($"if ({check})");
            writer.WriteLine($"throw new global::System.ArgumentOutOfRangeException(nameof(statusCode), statusCode, \"Not a status of the {response.StatusCode} response.\");");
            writer.CloseBlock();
        }
        if (response.Type is not null && !response.Type.IsValueType && !response.Type.IsNullable)
        {
            writer.WriteLine("global::System.ArgumentNullException.ThrowIfNull(body);");
        }
        if (response.Type is null && response.MediaType is not null)
        {
            writer.WriteLine("global::System.ArgumentNullException.ThrowIfNull(body);");
        }
        var contentType = response.MediaType is null ? "null" : CSharpLiteral.String(response.MediaType);
        writer.WriteLine($"return new({status}, {contentType}, {body});");
        writer.CloseBlock();
    }

    /// <summary>JSON bodies are written to a buffer first: a converter throwing half-way must not leave half a body.</summary>
    private static void WriteJsonHelper(SourceWriter writer)
    {
        writer.OpenBlock($"private static async {Task} WriteJsonAsync(global::System.IO.Stream stream, global::System.Action<global::System.Text.Json.Utf8JsonWriter> write, {CancellationToken} cancellationToken)");
        writer.WriteLine("var buffer = new global::System.Buffers.ArrayBufferWriter<byte>();");
        writer.OpenBlock("using (var writer = new global::System.Text.Json.Utf8JsonWriter(buffer))");
        writer.WriteLine("write(writer);");
        writer.CloseBlock();
        writer.WriteLine("await stream.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);");
        writer.CloseBlock();
    }
}
