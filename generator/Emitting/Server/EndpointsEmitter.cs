using System.Globalization;
using System.Linq;
using ContractKit.Generator.Emitting.Shared;
using ContractKit.Generator.Model;
using ContractKit.Generator.Model.Operations;
using static ContractKit.Generator.Emitting.Server.ServerCode;

namespace ContractKit.Generator.Emitting.Server;

/// <summary>
/// Writes <c>{Api}Endpoints</c>: the service registration, <c>Map{Api}</c> with the spec's metadata and
/// authorization on every endpoint, and one request handler per operation (<see cref="HandlerEmitter"/>).
/// </summary>
internal static class EndpointsEmitter
{
    private const string Routing = "global::Microsoft.AspNetCore.Routing";
    private const string Builder = "global::Microsoft.AspNetCore.Builder";
    private const string DependencyInjection = "global::Microsoft.Extensions.DependencyInjection";

    public static string Emit(SpecModel model, OperationCatalog catalog)
    {
        var name = SurfaceNames.ServerEndpoints(model.ClientName);
        var api = SurfaceNames.ApiName(model.ClientName);
        var options = SurfaceNames.ServerOptions(model.ClientName);
        var contract = SurfaceNames.ServerInterface(model.ClientName);
        var writer = FileHeader.Start(model.Namespace);
        writer.WriteLine($"/// <summary>Serves the operations of <see cref=\"{contract}\"/> over ASP.NET Core, checking every request against the spec first.</summary>");
        writer.OpenBlock($"public static partial class {name}");
        writer.WriteLine($"private static readonly {options} DefaultOptions = new();");
        writer.WriteLine();
        writer.WriteLine($"/// <summary>Registers <typeparamref name=\"TImplementation\"/> as the scoped <see cref=\"{contract}\"/> and the server's options.</summary>");
        writer.WriteLine("/// <param name=\"services\">The application's services.</param>");
        writer.WriteLine("/// <param name=\"configure\">Sets limits and the clock; the defaults when null.</param>");
        writer.WriteLine("/// <typeparam name=\"TImplementation\">The class that implements the operations.</typeparam>");
        writer.WriteLine("/// <returns><paramref name=\"services\"/>, to chain.</returns>");
        writer.WriteLine($"public static {DependencyInjection}.IServiceCollection Add{api}Server<[global::System.Diagnostics.CodeAnalysis.DynamicallyAccessedMembers(global::System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.PublicConstructors)] TImplementation>(");
        writer.WriteLine($"    this {DependencyInjection}.IServiceCollection services, global::System.Action<{options}>? configure = null)");
        writer.WriteLine($"    where TImplementation : class, {contract}");
        writer.OpenBlock();
        writer.WriteLine("global::System.ArgumentNullException.ThrowIfNull(services);");
        writer.WriteLine($"var options = new {options}();");
        writer.WriteLine("configure?.Invoke(options);");
        writer.WriteLine($"{DependencyInjection}.ServiceCollectionServiceExtensions.AddSingleton(services, options);");
        writer.WriteLine($"{DependencyInjection}.ServiceCollectionServiceExtensions.AddScoped<{contract}, TImplementation>(services);");
        writer.WriteLine("return services;");
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("/// <summary>Maps every operation of the spec, with its name, documentation, responses and authorization.</summary>");
        writer.WriteLine("/// <param name=\"endpoints\">Where to map them.</param>");
        writer.WriteLine("/// <returns>The group of the endpoints, for conventions that apply to all of them.</returns>");
        writer.OpenBlock($"public static {Routing}.RouteGroupBuilder Map{api}(this {Routing}.IEndpointRouteBuilder endpoints)");
        writer.WriteLine("global::System.ArgumentNullException.ThrowIfNull(endpoints);");
        writer.WriteLine($"var group = {Builder}.EndpointRouteBuilderExtensions.MapGroup(endpoints, \"\");");
        foreach (var operation in catalog.Operations)
        {
            WriteMapping(writer, operation, catalog);
        }
        writer.WriteLine("return group;");
        writer.CloseBlock();
        // Bodies whose model has a one-pass reader are validated and deserialized in one pass.
        var onePass = Validators.OnePassPlan.ForSurfaces(model);
        foreach (var operation in catalog.Operations)
        {
            writer.WriteLine();
            HandlerEmitter.Emit(writer, model, operation, onePass);
        }
        writer.WriteLine();
        writer.OpenBlock($"private static async {Task} WriteProblemAsync({HttpContext} context, int status, string detail, global::System.Collections.Generic.IReadOnlyList<{RuntimeHttp}.RequestViolation>? errors = null)");
        writer.WriteLine($"var bytes = {RuntimeHttp}.ProblemJson.Write(status, detail, (context.Request.PathBase + context.Request.Path).Value, errors);");
        writer.WriteLine("context.Response.StatusCode = status;");
        writer.WriteLine($"context.Response.ContentType = {RuntimeHttp}.ProblemJson.MediaType;");
        writer.WriteLine("await context.Response.Body.WriteAsync(bytes, context.RequestAborted).ConfigureAwait(false);");
        writer.CloseBlock();
        writer.CloseBlock();
        return writer.ToString();
    }

    // Extension methods called as static methods: generated code adds no using directive that could make a name of
    // the spec ambiguous.
    private const string Conventions = Builder + ".RoutingEndpointConventionBuilderExtensions";
    private const string OpenApi = Http + ".OpenApiRouteHandlerBuilderExtensions";
    private const string Authorization = Builder + ".AuthorizationEndpointConventionBuilderExtensions";

    private static void WriteMapping(SourceWriter writer, OperationSpec operation, OperationCatalog catalog)
    {
        var route = CSharpLiteral.String(RouteTemplate(operation));
        writer.OpenBlock();
        writer.WriteLine($"var endpoint = {Builder}.EndpointRouteBuilderExtensions.MapMethods(group, {route}, new[] {{ {CSharpLiteral.String(operation.Method)} }}, new {Http}.RequestDelegate(Handle{operation.Name}Async));");
        writer.WriteLine($"{Conventions}.WithName(endpoint, {CSharpLiteral.String(operation.Name)});");
        if (operation.Summary is { } summary)
        {
            writer.WriteLine($"{OpenApi}.WithSummary(endpoint, {CSharpLiteral.String(summary)});");
        }
        if (operation.Description is { } description)
        {
            writer.WriteLine($"{OpenApi}.WithDescription(endpoint, {CSharpLiteral.String(description)});");
        }
        if (operation.Tags.Count > 0)
        {
            writer.WriteLine($"{OpenApi}.WithTags(endpoint, {string.Join(", ", operation.Tags.Select(CSharpLiteral.String))});");
        }
        if (operation.Body is { } body)
        {
            var type = body.Type is { } bodyType ? $"typeof({TypeOf(bodyType)})" : "null";
            writer.WriteLine($"{Conventions}.WithMetadata(endpoint, new {Http}.Metadata.AcceptsMetadata(new[] {{ {CSharpLiteral.String(body.MediaType)} }}, {type}, {(body.IsRequired ? "false" : "true")}));");
        }
        foreach (var response in operation.Responses)
        {
            if (response.ExactStatus is not { } status)
            {
                continue;
            }
            var type = response.Type is { } responseType ? $"typeof({TypeOf(responseType)})" : "null";
            var contentTypes = response.MediaType is { } mediaType ? $"new[] {{ {CSharpLiteral.String(mediaType)} }}" : "null";
            writer.WriteLine($"{Conventions}.WithMetadata(endpoint, new {Http}.ProducesResponseTypeMetadata({status.ToString(CultureInfo.InvariantCulture)}, {type}, {contentTypes}));");
        }
        WriteAuthorization(writer, operation, catalog, "endpoint");
        if (operation.Body is not null)
        {
            // With Accepts metadata, routing itself answers another media type with an empty 415. This endpoint,
            // ranked after the operation's own, takes those requests to the same handler, which answers a wrong media
            // type with a problem+json and a missing body with the 400 it is.
            writer.WriteLine($"var unsupported = {Builder}.EndpointRouteBuilderExtensions.MapMethods(group, {route}, new[] {{ {CSharpLiteral.String(operation.Method)} }}, new {Http}.RequestDelegate(Handle{operation.Name}Async));");
            writer.WriteLine($"unsupported.Add(builder => ((global::Microsoft.AspNetCore.Routing.RouteEndpointBuilder)builder).Order = 1);");
            writer.WriteLine($"{OpenApi}.ExcludeFromDescription(unsupported);");
            WriteAuthorization(writer, operation, catalog, "unsupported");
        }
        writer.CloseBlock();
    }

    /// <summary>
    /// Any alternative of the operation's security will do; within one, every scheme must hold and an OAuth2 or
    /// bearer scheme's scopes must all be granted. Who the caller is, ASP.NET Core's authentication decides: no
    /// identity is a 401, a missing scope a 403.
    /// </summary>
    private static void WriteAuthorization(SourceWriter writer, OperationSpec operation, OperationCatalog catalog, string endpoint)
    {
        if (operation.Security.Count == 0 || operation.Security.Any(alternative => alternative.Schemes.Count == 0))
        {
            writer.WriteLine($"{Authorization}.AllowAnonymous({endpoint});");
            return;
        }
        var alternatives = operation.Security.Select(alternative =>
        {
            var scopes = alternative.Schemes
                .Where(requirement => IsScoped(requirement.Scheme, catalog))
                .SelectMany(requirement => requirement.Scopes)
                .Distinct()
                .ToArray();
            return scopes.Length == 0 ? "true" : $"{RuntimeHttp}.Scopes.Granted(context.User, {string.Join(", ", scopes.Select(CSharpLiteral.String))})";
        }).Distinct().ToArray();
        var assertion = alternatives.Contains("true") ? null : string.Join(" || ", alternatives);
        writer.WriteLine(assertion is null
            ? $"{Authorization}.RequireAuthorization({endpoint}, policy => policy.RequireAuthenticatedUser());"
            : $"{Authorization}.RequireAuthorization({endpoint}, policy => policy.RequireAuthenticatedUser().RequireAssertion(context => {assertion}));");
    }

    private static bool IsScoped(string scheme, OperationCatalog catalog)
        => catalog.SecuritySchemes.FirstOrDefault(s => s.Name == scheme)?.Kind
            is SecuritySchemeKind.OAuth2ClientCredentials or SecuritySchemeKind.OAuth2Other or SecuritySchemeKind.HttpBearer or null;

    /// <summary>A type for <c>typeof</c>, which takes no nullable reference annotations.</summary>
    public static string TypeOf(TypeRef type) => type.Kind switch
    {
        TypeRefKind.Array => $"global::System.Collections.Generic.IReadOnlyList<{TypeOf(type.Element!)}>",
        TypeRefKind.Map => $"global::System.Collections.Generic.IReadOnlyDictionary<string, {TypeOf(type.Element!)}>",
        _ => type.IsNullable && type.IsValueType ? type.CSharpName + "?" : type.CSharpName,
    };
}
