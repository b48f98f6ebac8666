using System.Linq;
using ContractKit.Generator.Emitting.Shared;
using ContractKit.Generator.Model;
using ContractKit.Generator.Model.Operations;
using static ContractKit.Generator.Emitting.Client.ClientCode;

namespace ContractKit.Generator.Emitting.Client;

/// <summary>
/// <c>{ClientName}Options</c> and <c>{ClientName}ServiceCollectionExtensions.Add{ClientName}</c>: a typed client
/// over IHttpClientFactory, with retries limited to retry-safe requests and, when the spec has an OAuth2
/// client-credentials scheme, a token handler.
/// </summary>
internal static class RegistrationEmitter
{
    public static string EmitOptions(SpecModel model, OperationCatalog catalog)
    {
        var client = model.ClientName;
        var scheme = CredentialsScheme(catalog);
        var writer = FileHeader.Start(model.Namespace);
        writer.WriteLine($"/// <summary>How <see cref=\"{client}\"/> calls the API. Set before the client is created.</summary>");
        writer.OpenBlock($"public sealed partial class {SurfaceNames.ClientOptions(client)}");
        var server = AbsoluteServer(catalog);
        writer.WriteLine("/// <summary>");
        writer.WriteLine(server is null
            ? "/// The API's base address, used when the HttpClient has none. The spec gives no absolute server URL."
            : $"/// The API's base address, used when the HttpClient has none; the spec's server, <c>{XmlDoc.Escape(XmlDoc.OneLine(server))}</c>, by default.");
        writer.WriteLine("/// </summary>");
        writer.WriteLine($"public global::System.Uri? BaseAddress {{ get; set; }}{(server is null ? "" : $" = new global::System.Uri({CSharpLiteral.String(server)}, global::System.UriKind.Absolute);")}");
        writer.WriteLine();
        writer.WriteLine("/// <summary>Validate each request body before sending it (nothing invalid is sent). On by default.</summary>");
        writer.WriteLine("public bool ValidateRequests { get; set; } = true;");
        writer.WriteLine();
        writer.WriteLine("/// <summary>Validate each success response body and throw when the server breaks the spec. Off by default.</summary>");
        writer.WriteLine("public bool ValidateResponses { get; set; }");
        writer.WriteLine();
        writer.WriteLine("/// <summary>The clock (<c>x-contractkit-not-future</c>) and limits validation uses; the defaults when null.</summary>");
        writer.WriteLine($"public {ValidationOptions}? ValidationOptions {{ get; set; }}");
        if (scheme is not null)
        {
            writer.WriteLine();
            writer.WriteLine($"/// <summary>The OAuth2 client id for the <c>{XmlDoc.Escape(XmlDoc.OneLine(scheme.Name))}</c> client-credentials flow; with it set,");
            writer.WriteLine($"/// <c>Add{client}</c> fetches, caches and refreshes tokens with the scopes each operation needs.</summary>");
            writer.WriteLine("public string? ClientId { get; set; }");
            writer.WriteLine();
            writer.WriteLine("/// <summary>The OAuth2 client secret.</summary>");
            writer.WriteLine("public string? ClientSecret { get; set; }");
            writer.WriteLine();
            writer.WriteLine("/// <summary>");
            writer.WriteLine($"/// The token endpoint; when null, the spec's <c>{XmlDoc.Escape(XmlDoc.OneLine(scheme.TokenUrl ?? ""))}</c>, resolved against <see cref=\"BaseAddress\"/> when relative.");
            writer.WriteLine("/// </summary>");
            writer.WriteLine("public global::System.Uri? TokenEndpoint { get; set; }");
            writer.WriteLine();
            writer.WriteLine("/// <summary>The token endpoint to use: <see cref=\"TokenEndpoint\"/>, else the spec's, made absolute.</summary>");
            writer.OpenBlock("public global::System.Uri? ResolveTokenEndpoint()");
            writer.WriteLine($"var endpoint = TokenEndpoint?.OriginalString ?? {CSharpLiteral.String(scheme.TokenUrl ?? "")};");
            writer.WriteLine("// Only http(s) counts as absolute: on Unix \"/oauth2/token\" would parse as a file URI.");
            writer.OpenBlock("if (global::System.Uri.TryCreate(endpoint, global::System.UriKind.Absolute, out var absolute) && (absolute.Scheme == global::System.Uri.UriSchemeHttps || absolute.Scheme == global::System.Uri.UriSchemeHttp))");
            writer.WriteLine("return absolute;");
            writer.CloseBlock();
            writer.WriteLine("return BaseAddress is null ? null : new global::System.Uri(BaseAddress, endpoint);");
            writer.CloseBlock();
        }
        writer.CloseBlock();
        return writer.ToString();
    }

    public static string EmitRegistration(SpecModel model, OperationCatalog catalog)
    {
        var client = model.ClientName;
        var options = SurfaceNames.ClientOptions(client);
        var scheme = CredentialsScheme(catalog);
        var writer = FileHeader.Start(model.Namespace);
        writer.WriteLine($"/// <summary>Registers <see cref=\"{client}\"/> with dependency injection.</summary>");
        writer.OpenBlock($"public static partial class {SurfaceNames.ClientRegistration(client)}");
        writer.WriteLine("/// <summary>");
        writer.WriteLine($"/// Adds <see cref=\"{client}\"/> as a typed client over IHttpClientFactory, with the standard resilience handler");
        writer.WriteLine("/// whose retries are limited to retry-safe requests (GET, PUT, DELETE…, or a request carrying its idempotency key)");
        if (scheme is not null)
        {
            writer.WriteLine($"/// and, when <see cref=\"{options}.ClientId\"/> is set, OAuth2 client-credentials tokens with each operation's scopes.");
        }
        writer.WriteLine("/// </summary>");
        writer.WriteLine("/// <param name=\"services\">The service collection.</param>");
        writer.WriteLine("/// <param name=\"configure\">Sets the options (base address, validation, credentials).</param>");
        writer.WriteLine("/// <returns>The HttpClient builder, to add handlers or tune the resilience options (named <c>{client name}-standard</c>).</returns>");
        writer.OpenBlock($"public static global::Microsoft.Extensions.DependencyInjection.IHttpClientBuilder Add{client}(this global::Microsoft.Extensions.DependencyInjection.IServiceCollection services, global::System.Action<{options}>? configure = null)");
        writer.WriteLine($"var options = new {options}();");
        writer.WriteLine("configure?.Invoke(options);");
        writer.WriteLine($"var builder = global::Microsoft.Extensions.DependencyInjection.HttpClientFactoryServiceCollectionExtensions.AddHttpClient(services, {CSharpLiteral.String(client)});");
        // A factory, not ActivatorUtilities: the options instance is this registration's own, and no reflection is needed.
        writer.WriteLine($"global::Microsoft.Extensions.DependencyInjection.HttpClientBuilderExtensions.AddTypedClient<{client}>(builder, ({HttpClient} httpClient, global::System.IServiceProvider _) => new {client}(httpClient, options));");
        writer.WriteLine($"global::Microsoft.Extensions.DependencyInjection.HttpClientBuilderExtensions.ConfigureHttpClient(builder, httpClient => httpClient.BaseAddress ??= options.BaseAddress);");
        writer.WriteLine($"{Http}.ApiResilience.AddRetrySafeResilience(builder);");
        if (scheme is not null)
        {
            writer.OpenBlock("if (options.ClientId is { } clientId)");
            writer.WriteLine($"var tokenEndpoint = options.ResolveTokenEndpoint() ?? throw new global::System.InvalidOperationException(\"{client}: the token endpoint is relative and there is no BaseAddress to resolve it against.\");");
            writer.WriteLine($"var tokens = new {Http}.ClientCredentialsTokenCache();");
            writer.WriteLine($"var tokenClientName = {CSharpLiteral.String(client + ".Token")};");
            writer.WriteLine("global::Microsoft.Extensions.DependencyInjection.HttpClientFactoryServiceCollectionExtensions.AddHttpClient(services, tokenClientName);");
            writer.WriteLine($"global::Microsoft.Extensions.DependencyInjection.HttpClientBuilderExtensions.AddHttpMessageHandler(builder, provider => new {Http}.ClientCredentialsHandler(");
            writer.WriteLine("    tokens,");
            writer.WriteLine("    global::Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<global::System.Net.Http.IHttpClientFactory>(provider).CreateClient(tokenClientName),");
            writer.WriteLine($"    new {Http}.ClientCredentialsSettings(tokenEndpoint, clientId, options.ClientSecret)));");
            writer.CloseBlock();
        }
        writer.WriteLine("return builder;");
        writer.CloseBlock();
        writer.CloseBlock();
        return writer.ToString();
    }

    private static SecuritySchemeSpec? CredentialsScheme(OperationCatalog catalog)
        => catalog.SecuritySchemes.FirstOrDefault(s => s.Kind == SecuritySchemeKind.OAuth2ClientCredentials);

    /// <summary>The spec's first server URL when it is absolute: a relative one (<c>/v2</c>) has no default host.</summary>
    public static string? AbsoluteServer(OperationCatalog catalog)
        => catalog.ServerUrl is { } url && System.Uri.TryCreate(url, System.UriKind.Absolute, out var uri) && (uri.Scheme == "http" || uri.Scheme == "https")
            ? url
            : null;
}
