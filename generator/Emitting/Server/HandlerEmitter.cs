using System.Globalization;
using System.Linq;
using ContractKit.Generator.Emitting.Models;
using ContractKit.Generator.Emitting.Shared;
using ContractKit.Generator.Model;
using ContractKit.Generator.Model.Operations;
using static ContractKit.Generator.Emitting.Server.ServerCode;

namespace ContractKit.Generator.Emitting.Server;

/// <summary>
/// Writes <c>Handle{Operation}Async</c>: binds every parameter (text → JSON → validator → typed value), checks the
/// body's media type and size, validates it, answers a request that breaks the contract with one problem listing
/// every violation, and only then calls the implementation. Bad input never reaches it, so it is never a 500.
/// </summary>
internal static class HandlerEmitter
{
    private const string Reader = RuntimeHttp + ".ParameterReader";

    public static void Emit(SourceWriter writer, SpecModel model, OperationSpec operation, Validators.OnePassPlan? onePassPlan)
    {
        var json = $"global::{model.Namespace}.{SurfaceNames.Json(model.ClientName)}.Options";
        var options = SurfaceNames.ServerOptions(model.ClientName);
        writer.OpenBlock($"private static async {Task} Handle{operation.Name}Async({HttpContext} context)");
        writer.WriteLine($"var options = {GetService(options)}(context.RequestServices) ?? DefaultOptions;");
        writer.WriteLine($"var violations = new {RuntimeHttp}.RequestViolations(options.ToValidationOptions());");
        for (var index = 0; index < operation.Parameters.Count; index++)
        {
            WriteParameter(writer, model, operation, index, json);
        }
        var arguments = Enumerable.Range(0, operation.Parameters.Count).Select(i => "arg" + i.ToString(CultureInfo.InvariantCulture)).ToList();
        if (operation.Body is { } body)
        {
            WriteBody(writer, model, operation, body, json, onePassPlan);
            arguments.Add("argBody");
        }
        else
        {
            WriteViolationsCheck(writer);
        }
        arguments.Add("context.RequestAborted");
        var contract = SurfaceNames.ServerInterface(model.ClientName);
        writer.WriteLine($"var implementation = global::Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<{contract}>(context.RequestServices);");
        if (operation.IsDeprecated)
        {
            writer.WriteLine("#pragma warning disable CS0618 // the spec marks it deprecated; it is still served");
        }
        writer.WriteLine($"var result = await implementation.{operation.Name}Async({string.Join(", ", arguments)}).ConfigureAwait(false);");
        if (operation.IsDeprecated)
        {
            writer.WriteLine("#pragma warning restore CS0618");
        }
        writer.WriteLine("await result.ExecuteAsync(context).ConfigureAwait(false);");
        writer.CloseBlock();
    }

    private static string GetService(string type)
        => $"global::Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetService<{type}>";

    private static void WriteViolationsCheck(SourceWriter writer)
    {
        writer.OpenBlock("if (!violations.IsEmpty)");
        writer.WriteLine($"await WriteProblemAsync(context, 400, {RuntimeHttp}.ProblemJson.ViolationsDetail(violations.Items.Count), violations.Items).ConfigureAwait(false);");
        writer.WriteLine("return;");
        writer.CloseBlock();
    }

    private static void WriteParameter(SourceWriter writer, SpecModel model, OperationSpec operation, int index, string json)
    {
        var parameter = operation.Parameters[index];
        var i = index.ToString(CultureInfo.InvariantCulture);
        var place = parameter.Place.ToString().ToLowerInvariant();
        var name = CSharpLiteral.String(parameter.Name);
        var type = parameter.Type;
        var isArray = type.Kind == TypeRefKind.Array;
        var initial = parameter.DefaultLiteral ?? (type.IsNullable ? "null" : "default!");
        writer.WriteLine($"{type.Annotated} arg{i} = {initial};");
        var validator = Validator(model, parameter.SchemaPointer) ?? "null";
        var read = JsonCode.ReaderDelegate(type, 0);
        var text = RawText(parameter, operation, index);
        string jsonExpression;
        if (isArray)
        {
            var (delimiter, repeated) = ArrayForm(parameter);
            writer.WriteLine($"global::System.Collections.Generic.IReadOnlyList<string>? values{i} = {text};");
            writer.OpenBlock($"if (values{i} is null)");
            jsonExpression = $"{Reader}.ToJsonArray({Reader}.Items(values{i}, {delimiter}, {repeated}), {JsonKind(type.Element!, model)})";
        }
        else
        {
            writer.WriteLine($"string? text{i} = {text};");
            writer.OpenBlock($"if (text{i} is null)");
            jsonExpression = $"{Reader}.ToJson(text{i}, {JsonKind(type, model)})";
        }
        if (parameter.IsRequired)
        {
            writer.WriteLine($"violations.Missing({CSharpLiteral.String(place)}, {name});");
        }
        else
        {
            writer.WriteLine("// Absent: the schema's default, or null.");
        }
        writer.CloseBlock();
        writer.OpenBlock("else");
        writer.WriteLine($"violations.TryBind<{type.Annotated}>({CSharpLiteral.String(place)}, {name}, {jsonExpression}, {validator}, {read}, {json}, out arg{i});");
        writer.CloseBlock();
    }

    /// <summary>The expression reading a parameter's raw text (or, for an array, its raw values); null when absent.</summary>
    private static string RawText(OperationParameterSpec parameter, OperationSpec operation, int index)
    {
        var name = CSharpLiteral.String(parameter.Name);
        var isArray = parameter.Type.Kind == TypeRefKind.Array;
        switch (parameter.Place)
        {
            case ParameterPlace.Path:
            {
                var i = index.ToString(CultureInfo.InvariantCulture);
                var value = parameter.Style is ParameterStyle.Label or ParameterStyle.Matrix
                    ? Rewrap(parameter, index, name)
                    : $"(context.Request.RouteValues[{CSharpLiteral.String(RouteName(parameter.Name, index))}] as string)";
                return isArray ? $"{value} is {{ }} path{i} ? new[] {{ path{i} }} : null" : value;
            }
            case ParameterPlace.Query:
                return isArray
                    ? $"context.Request.Query.TryGetValue({name}, out var query{index.ToString(CultureInfo.InvariantCulture)}) ? {Reader}.Values(query{index.ToString(CultureInfo.InvariantCulture)}) : null"
                    : $"context.Request.Query.TryGetValue({name}, out var query{index.ToString(CultureInfo.InvariantCulture)}) && query{index.ToString(CultureInfo.InvariantCulture)}.Count > 0 ? query{index.ToString(CultureInfo.InvariantCulture)}[0] : null";
            case ParameterPlace.Header:
                return isArray
                    ? $"context.Request.Headers.TryGetValue({name}, out var header{index.ToString(CultureInfo.InvariantCulture)}) ? new[] {{ header{index.ToString(CultureInfo.InvariantCulture)}.ToString() }} : null"
                    : $"context.Request.Headers.TryGetValue({name}, out var header{index.ToString(CultureInfo.InvariantCulture)}) ? header{index.ToString(CultureInfo.InvariantCulture)}.ToString() : null";
            default:
                return isArray
                    ? $"context.Request.Cookies.TryGetValue({name}, out var cookie{index.ToString(CultureInfo.InvariantCulture)}) ? new[] {{ cookie{index.ToString(CultureInfo.InvariantCulture)} }} : null"
                    : $"context.Request.Cookies.TryGetValue({name}, out var cookie{index.ToString(CultureInfo.InvariantCulture)}) ? cookie{index.ToString(CultureInfo.InvariantCulture)} : null";
        }
    }

    /// <summary>A label or matrix path value with its prefix removed, null when absent.</summary>
    private static string Rewrap(OperationParameterSpec parameter, int index, string name)
    {
        var i = index.ToString(CultureInfo.InvariantCulture);
        var raw = $"context.Request.RouteValues[{CSharpLiteral.String(RouteName(parameter.Name, index))}] is string raw{i}";
        return parameter.Style == ParameterStyle.Label
            ? $"({raw} ? {Reader}.WithoutLabel(raw{i}) : null)"
            : $"({raw} ? {Reader}.WithoutMatrix(raw{i}, {name}) : null)";
    }

    /// <summary>How an array parameter's items are delimited, and whether they arrive as repeated parameters.</summary>
    private static (string Delimiter, string Repeated) ArrayForm(OperationParameterSpec parameter)
    {
        var delimiter = parameter.Style switch
        {
            ParameterStyle.SpaceDelimited => "' '",
            ParameterStyle.PipeDelimited => "'|'",
            ParameterStyle.Label when parameter.Explode => "'.'",
            ParameterStyle.Matrix when parameter.Explode => "';'",
            _ => "','",
        };
        var repeated = parameter.Place is ParameterPlace.Query && parameter.Explode
            && parameter.Style is ParameterStyle.Form or ParameterStyle.SpaceDelimited or ParameterStyle.PipeDelimited;
        return (delimiter, repeated ? "true" : "false");
    }

    private static void WriteBody(SourceWriter writer, SpecModel model, OperationSpec operation, RequestBodySpec body, string json, Validators.OnePassPlan? onePassPlan)
    {
        var limit = operation.MaxRequestBytes is { } bytes ? bytes.ToString(CultureInfo.InvariantCulture) + "L" : "options.MaxRequestBodyBytes";
        var bodyType = InterfaceEmitter.BodyType(body);
        writer.WriteLine($"var limit = {limit};");
        writer.OpenBlock("if (context.Request.ContentLength > limit)");
        writer.WriteLine("await WriteProblemAsync(context, 413, \"The request body exceeds \" + limit.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + \" bytes.\").ConfigureAwait(false);");
        writer.WriteLine("return;");
        writer.CloseBlock();
        writer.WriteLine("var hasContentType = !string.IsNullOrEmpty(context.Request.ContentType);");
        writer.OpenBlock($"if (hasContentType && !{RuntimeHttp}.RequestBody.IsMediaType(context.Request.ContentType, {CSharpLiteral.String(body.MediaType)}))");
        writer.WriteLine($"await WriteProblemAsync(context, 415, {CSharpLiteral.String("The request body must be " + body.MediaType + ".")}).ConfigureAwait(false);");
        writer.WriteLine("return;");
        writer.CloseBlock();
        if (body.Type is not { } type)
        {
            // A body that is not JSON is the implementation's to read, as a stream; the server stops it at the limit
            // (Kestrel and IIS answer 413 when the implementation reads past it).
            WriteViolationsCheck(writer);
            writer.WriteLine($"var sizeLimit = context.Features.Get<{Http}.Features.IHttpMaxRequestBodySizeFeature>();");
            writer.OpenBlock("if (sizeLimit is { IsReadOnly: false })");
            writer.WriteLine("sizeLimit.MaxRequestBodySize = limit;");
            writer.CloseBlock();
            writer.WriteLine($"{bodyType} argBody = context.Request.Body;");
            return;
        }
        writer.WriteLine($"var bodyBytes = await {RuntimeHttp}.RequestBody.ReadAsync(context.Request.Body, limit, context.RequestAborted).ConfigureAwait(false);");
        writer.OpenBlock("if (bodyBytes is null)");
        writer.WriteLine("await WriteProblemAsync(context, 413, \"The request body exceeds \" + limit.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + \" bytes.\").ConfigureAwait(false);");
        writer.WriteLine("return;");
        writer.CloseBlock();
        var declared = body.IsRequired ? type : type.AsNullable();
        var onePass = onePassPlan?.ReadValidatedMethod(body.ValidatorPointer, type);
        if (onePass is not null)
        {
            writer.WriteLine($"{declared.Annotated} argBody = default!;");
        }
        writer.OpenBlock("if (bodyBytes.Length == 0)");
        writer.WriteLine(body.IsRequired ? "violations.MissingBody();" : "// An optional body may be absent.");
        writer.CloseBlock();
        writer.OpenBlock("else if (!hasContentType)");
        writer.WriteLine($"await WriteProblemAsync(context, 415, {CSharpLiteral.String("The request body must be " + body.MediaType + ".")}).ConfigureAwait(false);");
        writer.WriteLine("return;");
        writer.CloseBlock();
        if (onePass is not null)
        {
            // Validated and deserialized in one pass over the bytes; a body that breaks the spec adds its violations.
            writer.OpenBlock($"else if (violations.ReadBody<{type.CSharpName}>(bodyBytes, {onePass}, out var read))");
            writer.WriteLine("argBody = read!;");
            writer.CloseBlock();
            WriteViolationsCheck(writer);
            return;
        }
        writer.OpenBlock("else");
        writer.WriteLine($"violations.ValidateBody(bodyBytes, {Validator(model, body.ValidatorPointer) ?? "null"});");
        writer.CloseBlock();
        WriteViolationsCheck(writer);
        writer.WriteLine($"{declared.Annotated} argBody = default!;");
        writer.OpenBlock($"if (bodyBytes.Length > 0 && !{Reader}.TryRead<{declared.Annotated}>(bodyBytes, {JsonCode.ReaderDelegate(declared, 0)}, {json}, out argBody))");
        writer.WriteLine($"await WriteProblemAsync(context, 400, {RuntimeHttp}.ProblemJson.ViolationsDetail(1), new[] {{ new {RuntimeHttp}.RequestViolation(\"body\", \"\", \"type\", \"The body does not fit the types the spec declares.\") }}).ConfigureAwait(false);");
        writer.WriteLine("return;");
        writer.CloseBlock();
    }
}
