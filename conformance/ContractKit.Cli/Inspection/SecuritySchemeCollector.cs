using Microsoft.OpenApi;

namespace ContractKit.Cli.Inspection;

/// <summary>Lists the security schemes under <c>components.securitySchemes</c>, with their OAuth 2 flows and scopes.</summary>
internal static class SecuritySchemeCollector
{
    public static List<SecuritySchemeSummary> Collect(OpenApiDocument document)
    {
        var schemes = new List<SecuritySchemeSummary>();
        foreach (var (name, scheme) in document.Components?.SecuritySchemes ?? new Dictionary<string, IOpenApiSecurityScheme>())
        {
            schemes.Add(new SecuritySchemeSummary(
                name,
                SecuritySchemeNames.Spell(scheme.Type),
                scheme.Description,
                Details(scheme),
                Flows(scheme.Flows)));
        }
        return schemes;
    }

    /// <summary>The fields that identify a non-OAuth scheme, in the order the OpenAPI specification lists them.</summary>
    private static List<KeyValuePair<string, string>> Details(IOpenApiSecurityScheme scheme)
    {
        var details = new List<KeyValuePair<string, string>>();
        Add("in", scheme.In?.ToString().ToLowerInvariant());
        Add("name", scheme.Name);
        Add("scheme", scheme.Scheme);
        Add("bearerFormat", scheme.BearerFormat);
        Add("openIdConnectUrl", scheme.OpenIdConnectUrl?.OriginalString);
        return details;

        void Add(string key, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                details.Add(new(key, value));
            }
        }
    }

    private static List<OAuthFlowSummary> Flows(OpenApiOAuthFlows? flows)
    {
        var summaries = new List<OAuthFlowSummary>();
        if (flows is null)
        {
            return summaries;
        }
        // The order of the OpenAPI specification, so the output does not depend on how the spec orders them.
        Add("implicit", flows.Implicit);
        Add("password", flows.Password);
        Add("clientCredentials", flows.ClientCredentials);
        Add("authorizationCode", flows.AuthorizationCode);
        return summaries;

        void Add(string name, OpenApiOAuthFlow? flow)
        {
            if (flow is null)
            {
                return;
            }
            summaries.Add(new OAuthFlowSummary(
                name,
                flow.AuthorizationUrl?.OriginalString,
                flow.TokenUrl?.OriginalString,
                flow.RefreshUrl?.OriginalString,
                (flow.Scopes ?? new Dictionary<string, string>()).Select(scope => new ScopeSummary(scope.Key, NullIfEmpty(scope.Value))).ToList()));
        }
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
