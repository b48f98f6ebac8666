using System.Collections.Generic;
using System.Linq;
using ContractKit.Generator.Emitting.Models;
using ContractKit.Generator.Emitting.Shared;
using ContractKit.Generator.Model;
using ContractKit.Generator.Model.Operations;
using static ContractKit.Generator.Emitting.Client.ClientCode;

namespace ContractKit.Generator.Emitting.Client;

/// <summary>
/// One operation's part of the client: the public <c>{Name}Async</c>, which serializes and validates the body, and
/// the private <c>{Name}CoreAsync</c>, which sends a ready body and reads the answer (the batching overload sends
/// each chunk through it too).
/// </summary>
internal static class OperationEmitter
{
    public static void Emit(SourceWriter writer, SpecModel model, OperationCatalog catalog, OperationSpec operation, Validators.OnePassPlan? onePass)
    {
        WritePublic(writer, model, operation);
        writer.WriteLine();
        WriteCore(writer, model, catalog, operation, onePass);
        if (operation.Paging is { } paging)
        {
            writer.WriteLine();
            PagingEmitter.Emit(writer, operation, paging);
        }
        if (operation.Batching is { } batching && ResultType(operation) is not null && operation.Body?.Type is not null)
        {
            writer.WriteLine();
            BatchingEmitter.Emit(writer, model, operation, batching);
        }
        if (ClientCredentialsScopes(catalog, operation) is { } scopes)
        {
            writer.WriteLine();
            writer.WriteLine($"/// <summary>The OAuth2 scopes <c>{operation.Name}Async</c> needs.</summary>");
            writer.WriteLine($"private static readonly string[] {operation.Name}Scopes = [{string.Join(", ", scopes.Select(CSharpLiteral.String))}];");
        }
    }

    /// <summary>The summary, remarks, exceptions common to the public methods of an operation.</summary>
    public static void WriteDocs(SourceWriter writer, OperationSpec operation, string? summaryOverride = null)
    {
        XmlDoc.Summary(writer, summaryOverride ?? operation.Summary, $"<c>{XmlDoc.Escape(operation.Method)} {XmlDoc.Escape(XmlDoc.OneLine(operation.Path))}</c>.");
        var remarks = operation.Description;
        if (operation.IsDeprecated)
        {
            remarks = "Deprecated by the spec." + (remarks is null ? "" : "\n\n" + remarks);
        }
        ClientDocs.Block(writer, "remarks", remarks);
    }

    public static void WriteExceptions(SourceWriter writer)
    {
        writer.WriteLine($"/// <exception cref=\"{Http}.ApiValidationException\">The request breaks the spec (nothing was sent), or, with");
        writer.WriteLine("/// response validation on, the response does.</exception>");
        writer.WriteLine($"/// <exception cref=\"{Http}.ApiException\">The server answered with a status that is not a success, or did not answer.</exception>");
    }

    private static void WritePublic(SourceWriter writer, SpecModel model, OperationSpec operation)
    {
        var used = new HashSet<string>();
        var parameters = MethodParameters.Of(operation, used);
        var cancellation = Unique("cancellationToken", used);
        var resultType = ResultType(operation);
        WriteDocs(writer, operation);
        foreach (var parameter in parameters)
        {
            writer.WriteLine($"/// <param name=\"{parameter.Name.TrimStart('@')}\">{parameter.Doc}</param>");
        }
        writer.WriteLine($"/// <param name=\"{cancellation}\">Cancels the call.</param>");
        WriteReturns(writer, operation);
        WriteExceptions(writer);
        var signature = string.Join(", ", parameters.Select(p => p.Declaration).Append($"{CancellationToken} {cancellation} = default"));
        writer.OpenBlock($"public async {TaskOf(resultType)} {operation.Name}Async({signature})");
        var content = Unique("content", used);
        var body = parameters.FirstOrDefault(p => p.Parameter is null);
        var call = CoreCall(operation, parameters, content, cancellation);
        if (operation.Body is { Type: { } bodyType } jsonBody && body is not null)
        {
            var utf8 = Unique("utf8Json", used);
            var result = Unique("validation", used);
            var json = $"global::{model.Namespace}.{SurfaceNames.Json(model.ClientName)}.Options";
            var validator = ValidatorMethod(model, jsonBody.ValidatorPointer);
            var value = body.Name;
            if (!jsonBody.IsRequired)
            {
                writer.WriteLine($"{HttpContent}? {content} = null;");
                value = Unique(body.Name + "Value", used);
                writer.OpenBlock($"if ({body.Name} is {{ }} {value})");
            }
            var writeType = jsonBody.IsRequired ? bodyType : bodyType.AsNullable(false);
            writer.WriteLine($"var {utf8} = {JsonBody}.Write<{writeType.Annotated}>({value}, {JsonCode.WriterDelegate(writeType, 0)}, {json});");
            if (validator is not null)
            {
                writer.OpenBlock("if (this.options.ValidateRequests)");
                writer.WriteLine($"var {result} = {validator}({utf8}, this.options.ValidationOptions);");
                writer.OpenBlock($"if (!{result}.IsValid)");
                writer.WriteLine($"throw new {Http}.ApiValidationException({CSharpLiteral.String(operation.Name)}, {result}, isResponse: false);");
                writer.CloseBlock();
                writer.CloseBlock();
            }
            writer.WriteLine($"{(jsonBody.IsRequired ? "var " : "")}{content} = {JsonBody}.Content({utf8}, {CSharpLiteral.String(jsonBody.MediaType)});");
            if (!jsonBody.IsRequired)
            {
                writer.CloseBlock();
            }
            writer.WriteLine((resultType is null ? "await " : "return await ") + call.Replace("{content}", content) + ".ConfigureAwait(false);");
        }
        else
        {
            var argument = body?.Name ?? "null";
            writer.WriteLine((resultType is null ? "await " : "return await ") + call.Replace("{content}", argument) + ".ConfigureAwait(false);");
        }
        writer.CloseBlock();
    }

    public static void WriteReturns(SourceWriter writer, OperationSpec operation)
    {
        if (Success(operation) is not { MediaType: not null } success)
        {
            return;
        }
        var description = ClientDocs.Inline(success.Description) ?? "The response body.";
        writer.WriteLine(success.Type is null
            ? $"/// <returns>{description} The body as received (<c>{XmlDoc.Escape(XmlDoc.OneLine(success.MediaType))}</c>).</returns>"
            : $"/// <returns>{description}</returns>");
    }

    /// <summary><c>{Name}CoreAsync({content}, params…, token)</c>, arguments by name.</summary>
    public static string CoreCall(OperationSpec operation, IEnumerable<MethodParameter> parameters, string content, string cancellation, IDictionary<string, string>? overrides = null)
    {
        var arguments = new List<string> { "{content}" };
        foreach (var parameter in operation.Parameters)
        {
            var argument = overrides is not null && overrides.TryGetValue(parameter.CSharpName, out var replaced) ? replaced : parameter.CSharpName;
            arguments.Add(argument);
        }
        arguments.Add(cancellation);
        return $"{operation.Name}CoreAsync({string.Join(", ", arguments)})";
    }

    private static void WriteCore(SourceWriter writer, SpecModel model, OperationCatalog catalog, OperationSpec operation, Validators.OnePassPlan? onePass)
    {
        var used = new HashSet<string>(operation.Parameters.Select(p => p.CSharpName));
        var content = Unique("content", used);
        var cancellation = Unique("cancellationToken", used);
        var builder = Unique("builder", used);
        var request = Unique("request", used);
        var response = Unique("response", used);
        var resultType = ResultType(operation);
        var name = CSharpLiteral.String(operation.Name);
        var method = CSharpLiteral.String(operation.Method);
        var path = CSharpLiteral.String(operation.Path);
        var parameters = operation.Parameters.Select(p => $"{(p.Type.IsNullable || !p.IsRequired ? p.Type.AsNullable().Annotated : p.Type.Annotated)} {p.CSharpName}");
        var signature = string.Join(", ", parameters.Prepend($"{HttpContent}? {content}").Append($"{CancellationToken} {cancellation}"));
        writer.WriteLine($"/// <summary>Sends <c>{operation.Name}Async</c>'s request with a body already validated, and reads the answer.</summary>");
        writer.OpenBlock($"private async {TaskOf(resultType)} {operation.Name}CoreAsync({signature})");
        writer.WriteLine($"var {builder} = new {Http}.ApiRequestBuilder({name}, {method}, {path});");
        foreach (var parameter in operation.Parameters)
        {
            ParameterCode.WriteAdd(writer, model, parameter, builder, Unique(parameter.CSharpName + "Value", used));
        }
        writer.WriteLine($"using var {request} = {builder}.Build(BaseAddress, {content});");
        if (ClientCredentialsScopes(catalog, operation) is not null)
        {
            writer.WriteLine($"{request}.Options.Set({Http}.ApiRequestOptions.Scopes, {operation.Name}Scopes);");
        }
        var retrySafe = operation.IsRetrySafe ? "true" : IdempotencyParameter(operation) is { } key ? $"{key.CSharpName} is not null" : "false";
        writer.WriteLine($"{request}.Options.Set({Http}.ApiRequestOptions.RetrySafe, {retrySafe});");
        writer.WriteLine($"using var {response} = await {Http}.ApiTransport.SendAsync(this.httpClient, {request}, {name}, {path}, {cancellation}).ConfigureAwait(false);");
        writer.OpenBlock($"if (!{response}.IsSuccessStatusCode)");
        writer.WriteLine($"throw await {Http}.ApiException.FromResponseAsync({name}, {method}, {path}, {response}, {cancellation}).ConfigureAwait(false);");
        writer.CloseBlock();
        if (resultType is null)
        {
            writer.CloseBlock();
            return;
        }
        var success = Success(operation)!;
        var utf8 = Unique("utf8Json", used);
        writer.WriteLine($"var {utf8} = await {response}.Content.ReadAsByteArrayAsync({cancellation}).ConfigureAwait(false);");
        if (success.Type is not { } type)
        {
            writer.WriteLine($"return {utf8};");
            writer.CloseBlock();
            return;
        }
        if (onePass?.ReadValidatedMethod(success.ValidatorPointer, type) is { } readValidated)
        {
            // Validated and deserialized in one pass; the result is exactly what the validator would say.
            var result = Unique("validation", used);
            var value = Unique("checkedValue", used);
            writer.OpenBlock("if (this.options.ValidateResponses)");
            writer.WriteLine($"var {result} = {readValidated}({utf8}, out var {value}, this.options.ValidationOptions);");
            writer.OpenBlock($"if (!{result}.IsValid)");
            writer.WriteLine($"throw new {Http}.ApiValidationException({name}, {result}, isResponse: true);");
            writer.CloseBlock();
            writer.WriteLine($"return {value}!;");
            writer.CloseBlock();
        }
        else if (ValidatorMethod(model, success.ValidatorPointer) is { } validator)
        {
            var result = Unique("validation", used);
            writer.OpenBlock("if (this.options.ValidateResponses)");
            writer.WriteLine($"var {result} = {validator}({utf8}, this.options.ValidationOptions);");
            writer.OpenBlock($"if (!{result}.IsValid)");
            writer.WriteLine($"throw new {Http}.ApiValidationException({name}, {result}, isResponse: true);");
            writer.CloseBlock();
            writer.CloseBlock();
        }
        var json = $"global::{model.Namespace}.{SurfaceNames.Json(model.ClientName)}.Options";
        writer.WriteLine($"return {JsonBody}.Read<{type.Annotated}>({utf8}, {JsonCode.ReaderDelegate(type, 0)}, {json});");
        writer.CloseBlock();
    }
}
