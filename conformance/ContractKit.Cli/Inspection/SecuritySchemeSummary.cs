namespace ContractKit.Cli.Inspection;

/// <summary>A security scheme declared under <c>components.securitySchemes</c>.</summary>
/// <param name="Type">The OpenAPI spelling of the type: "oauth2", "http", "apiKey", "openIdConnect", "mutualTLS".</param>
/// <param name="Details">What identifies the scheme besides its flows, in a fixed order ("scheme" = "bearer",
/// "in" = "header", …); only the fields the spec sets.</param>
/// <param name="Flows">The OAuth 2 flows with their scopes; empty for other types.</param>
internal sealed record SecuritySchemeSummary(
    string Name,
    string? Type,
    string? Description,
    IReadOnlyList<KeyValuePair<string, string>> Details,
    IReadOnlyList<OAuthFlowSummary> Flows);

/// <summary>One OAuth 2 flow of a scheme.</summary>
/// <param name="Flow">The OpenAPI name of the flow: "clientCredentials", "authorizationCode", "implicit", "password".</param>
internal sealed record OAuthFlowSummary(
    string Flow,
    string? AuthorizationUrl,
    string? TokenUrl,
    string? RefreshUrl,
    IReadOnlyList<ScopeSummary> Scopes);

/// <summary>A scope a flow can grant.</summary>
internal sealed record ScopeSummary(string Name, string? Description);
