using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ContractKit.Generator.Diagnostics;
using ContractKit.Generator.Model;
using ContractKit.Generator.Model.Operations;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.OpenApi;

namespace ContractKit.Generator.Parsing.Operations;

/// <summary>
/// Turns the spec's paths into <see cref="OperationSpec"/>s for the Client and Server emitters. Types come from
/// the type catalog (its <see cref="TypeCatalogBuilder.UseSites"/>), so a body or parameter has exactly the type
/// the Models surface emitted for it. This file orders the walk; .Security reads schemes and requirements,
/// .Patterns recognises paging and batching.
/// </summary>
internal sealed partial class OperationCatalogBuilder
{
    /// <summary>Names the generated methods use for their own parameters, which spec parameters must not take.</summary>
    private static readonly string[] ReservedParameterNames = { "body", "items", "cancellationToken", "options", "request", "response" };

    private static readonly HashSet<string> RetrySafeMethods = new(StringComparer.Ordinal) { "GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE" };

    private readonly OpenApiDocument document;
    private readonly TypeCatalogBuilder types;
    private readonly EquatableArray<TypeSpec> typeSpecs;
    private readonly List<DiagnosticInfo> diagnostics;
    private readonly Func<string, SpecLocation> locate;
    private readonly CancellationToken cancellationToken;

    public OperationCatalogBuilder(OpenApiDocument document, TypeCatalogBuilder types, EquatableArray<TypeSpec> typeSpecs, List<DiagnosticInfo> diagnostics, Func<string, SpecLocation> locate, CancellationToken cancellationToken)
    {
        this.document = document;
        this.types = types;
        this.typeSpecs = typeSpecs;
        this.diagnostics = diagnostics;
        this.locate = locate;
        this.cancellationToken = cancellationToken;
    }

    public OperationCatalog Build()
    {
        var schemes = BuildSecuritySchemes();
        var operations = new List<OperationSpec>();
        foreach (var site in OperationSites.Of(document))
        {
            cancellationToken.ThrowIfCancellationRequested();
            operations.Add(BuildOperation(site, schemes));
        }
        var server = document.Servers?.FirstOrDefault(s => !string.IsNullOrWhiteSpace(s?.Url));
        // A templated URL ('{monitoringUrl}') means its variables' defaults: that is the URL a client can call.
        var serverUrl = server?.Variables is { Count: > 0 } variables
            ? variables.Aggregate(server.Url!, (url, variable) => url.Replace("{" + variable.Key + "}", variable.Value?.Default ?? ""))
            : server?.Url;
        return new OperationCatalog(operations.ToEquatableArray(), schemes.ToEquatableArray(), serverUrl, document.Info?.Title, document.Info?.Description);
    }

    private OperationSpec BuildOperation(OperationSite site, IReadOnlyList<SecuritySchemeSpec> schemes)
    {
        var operation = site.Operation;
        var parameters = BuildParameters(site);
        var body = BuildBody(site);
        var responses = BuildResponses(site);
        var idempotencyHeader = IdempotencyHeader(site);
        return new OperationSpec(
            site.Name,
            site.Method,
            site.Path,
            site.Pointer,
            operation.Summary,
            operation.Description,
            operation.Deprecated,
            (operation.Tags ?? new HashSet<OpenApiTagReference>()).Select(t => t.Name ?? t.Reference?.Id).Where(n => !string.IsNullOrEmpty(n)).Select(n => n!).ToEquatableArray(),
            parameters,
            body,
            responses,
            BuildSecurity(site, schemes),
            RetrySafeMethods.Contains(site.Method),
            idempotencyHeader,
            MaxRequestBytes(operation),
            FindPaging(site, parameters, responses),
            FindBatching(site, body, responses));
    }

    private EquatableArray<OperationParameterSpec> BuildParameters(OperationSite site)
    {
        var names = new UniqueNames(ReservedParameterNames);
        var result = new List<OperationParameterSpec>();
        // Required parameters first: C# needs optional parameters last, and the order otherwise follows the spec.
        foreach (var parameter in site.Parameters.Where(p => IsRequired(p)).Concat(site.Parameters.Where(p => !IsRequired(p))))
        {
            if (parameter.Location == ParameterLocation.QueryString)
            {
                continue; // OpenAPI 3.2's whole-query parameter: not modelled; the spec stays usable without it
            }
            var schemaPointer = parameter.Pointer + "/schema";
            var type = types.UseSites.TryGetValue(schemaPointer, out var known) ? known : TypeRef.Of(PrimitiveKind.String);
            var required = IsRequired(parameter);
            var place = Place(parameter.Location);
            var style = Style(parameter.Parameter.Style, place);
            var defaultLiteral = types.DefaultOf(parameter.Parameter.Schema, type.AsNullable(false));
            result.Add(new OperationParameterSpec(
                parameter.Name,
                place,
                names.Claim(CamelIdentifier(parameter.Name)),
                required ? type : type.AsNullable(),
                required,
                style,
                parameter.Parameter.Explode,
                parameter.Parameter.AllowReserved,
                schemaPointer,
                defaultLiteral,
                parameter.Parameter.Description,
                parameter.Parameter.Deprecated));
        }
        return result.ToEquatableArray();
    }

    /// <summary>A path parameter is always required, whatever the spec says (OpenAPI requires <c>required: true</c>).</summary>
    private static bool IsRequired(ParameterSite parameter)
        => parameter.Location == ParameterLocation.Path || parameter.Parameter.Required;

    private static ParameterPlace Place(ParameterLocation location) => location switch
    {
        ParameterLocation.Path => ParameterPlace.Path,
        ParameterLocation.Header => ParameterPlace.Header,
        ParameterLocation.Cookie => ParameterPlace.Cookie,
        _ => ParameterPlace.Query,
    };

    private static Model.Operations.ParameterStyle Style(Microsoft.OpenApi.ParameterStyle? declared, ParameterPlace place) => declared switch
    {
        Microsoft.OpenApi.ParameterStyle.Matrix => Model.Operations.ParameterStyle.Matrix,
        Microsoft.OpenApi.ParameterStyle.Label => Model.Operations.ParameterStyle.Label,
        Microsoft.OpenApi.ParameterStyle.Form => Model.Operations.ParameterStyle.Form,
        Microsoft.OpenApi.ParameterStyle.Simple => Model.Operations.ParameterStyle.Simple,
        Microsoft.OpenApi.ParameterStyle.SpaceDelimited => Model.Operations.ParameterStyle.SpaceDelimited,
        Microsoft.OpenApi.ParameterStyle.PipeDelimited => Model.Operations.ParameterStyle.PipeDelimited,
        Microsoft.OpenApi.ParameterStyle.DeepObject => Model.Operations.ParameterStyle.DeepObject,
        _ => place is ParameterPlace.Query or ParameterPlace.Cookie ? Model.Operations.ParameterStyle.Form : Model.Operations.ParameterStyle.Simple,
    };

    /// <summary><c>conversationId</c>, <c>pageSize</c>; a keyword gets an <c>@</c>.</summary>
    private static string CamelIdentifier(string name)
    {
        var pascal = Naming.ToIdentifier(name, "Parameter");
        var camel = pascal[0] == '_' ? pascal : char.ToLowerInvariant(pascal[0]) + pascal.Substring(1);
        return SyntaxFacts.GetKeywordKind(camel) != SyntaxKind.None
            ? "@" + camel
            : camel;
    }

    private RequestBodySpec? BuildBody(OperationSite site)
    {
        if (site.Operation.RequestBody is not { } requestBody || requestBody.Content is not { Count: > 0 } content)
        {
            return null;
        }
        var chosen = content.FirstOrDefault(c => IsJson(c.Key) && c.Value?.Schema is not null);
        if (chosen.Key is not null)
        {
            var pointer = TypeCatalogBuilder.MediaSchemaPointer(site.Pointer + "/requestBody", chosen.Key);
            var type = types.UseSites.TryGetValue(pointer, out var known) ? known : TypeRef.Of(PrimitiveKind.Any);
            return new RequestBodySpec(chosen.Key, type, requestBody.Required, site.Pointer + "/requestBody", requestBody.Description);
        }
        return new RequestBodySpec(content.First().Key, null, requestBody.Required, null, requestBody.Description);
    }

    private EquatableArray<ResponseSpec> BuildResponses(OperationSite site)
    {
        var result = new List<ResponseSpec>();
        foreach (var response in site.Operation.Responses ?? new OpenApiResponses())
        {
            var owner = site.Pointer + "/responses/" + TypeCatalogBuilder.EscapePointer(response.Key);
            if (!IsStatusKey(response.Key))
            {
                Report(DiagnosticDescriptors.NotAStatusCode, owner, response.Key, site.Name);
                continue;
            }
            var content = response.Value?.Content;
            var json = content?.FirstOrDefault(c => IsJson(c.Key) && c.Value?.Schema is not null);
            if (json?.Key is { } jsonMedia)
            {
                var pointer = TypeCatalogBuilder.MediaSchemaPointer(owner, jsonMedia);
                var type = types.UseSites.TryGetValue(pointer, out var known) ? known : TypeRef.Of(PrimitiveKind.Any);
                result.Add(new ResponseSpec(response.Key, jsonMedia, type, pointer, response.Value?.Description));
            }
            else
            {
                result.Add(new ResponseSpec(response.Key, content?.Keys.FirstOrDefault(), null, null, response.Value?.Description));
            }
        }
        return result.ToEquatableArray();
    }

    /// <summary>What OpenAPI allows as a response key: <c>default</c>, an exact code, or a range like <c>2XX</c>.</summary>
    private static bool IsStatusKey(string key)
        => key == "default"
            || (key.Length == 3 && key[0] is >= '1' and <= '5'
                && ((char.IsDigit(key[1]) && char.IsDigit(key[2])) || (key[1] is 'X' or 'x' && key[2] is 'X' or 'x')));

    internal static bool IsJson(string mediaType)
    {
        var type = mediaType.Split(';')[0].Trim();
        return type.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || type.EndsWith("+json", StringComparison.OrdinalIgnoreCase)
            || type.Equals("text/json", StringComparison.OrdinalIgnoreCase)
            || type == "*/*";
    }

    private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, string pointer, params string[] arguments)
        => diagnostics.Add(DiagnosticInfo.Create(descriptor, locate(pointer), arguments));
}
