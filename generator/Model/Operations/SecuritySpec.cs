namespace ContractKit.Generator.Model.Operations;

/// <summary>What kind of credential a security scheme asks for.</summary>
internal enum SecuritySchemeKind
{
    /// <summary>OAuth2 with a <c>clientCredentials</c> flow: the client can fetch its own tokens.</summary>
    OAuth2ClientCredentials,

    /// <summary>Any other OAuth2 flow, or OpenID Connect: the caller supplies a bearer token.</summary>
    OAuth2Other,
    HttpBearer,
    HttpBasic,
    ApiKeyHeader,
    ApiKeyQuery,
    ApiKeyCookie,

    /// <summary>A scheme ContractKit cannot act on (mutualTLS, an unknown type); it is documented, not enforced.</summary>
    Other,
}

/// <summary>One security scheme of <c>components/securitySchemes</c>.</summary>
/// <param name="ParameterName">The header, query or cookie name of an API key.</param>
/// <param name="TokenUrl">The client-credentials token endpoint, possibly relative to the server URL.</param>
internal sealed record SecuritySchemeSpec(
    string Name,
    SecuritySchemeKind Kind,
    string? ParameterName,
    string? TokenUrl,
    EquatableArray<string> Scopes,
    string? Description);

/// <summary>One scheme an alternative requires, with the scopes it must grant.</summary>
internal sealed record SchemeRequirement(string Scheme, EquatableArray<string> Scopes);

/// <summary>One entry of an operation's <c>security</c>: every scheme in it must be satisfied. An empty
/// alternative (<c>{}</c>) lets anyone call.</summary>
internal sealed record SecurityAlternative(EquatableArray<SchemeRequirement> Schemes);
