using Microsoft.OpenApi;

namespace ContractKit.Cli.Inspection;

/// <summary>
/// Names of security schemes and of their types as the spec spells them. Requirements are looked up by name in
/// <c>components.securitySchemes</c> rather than through the reference object, because a reference to a scheme
/// the spec never declares has no target to ask.
/// </summary>
internal static class SecuritySchemeNames
{
    public static string Of(OpenApiSecuritySchemeReference reference) => reference.Reference.Id ?? "";

    /// <summary>The declared type of the scheme called <paramref name="name"/>; null when no such scheme is declared.</summary>
    public static string? TypeOf(string name, OpenApiDocument document) =>
        document.Components?.SecuritySchemes is { } schemes && schemes.TryGetValue(name, out var scheme) ? Spell(scheme.Type) : null;

    /// <summary>The OpenAPI spelling of a scheme type: "oauth2", not "OAuth2".</summary>
    public static string? Spell(SecuritySchemeType? type) => type switch
    {
        SecuritySchemeType.ApiKey => "apiKey",
        SecuritySchemeType.Http => "http",
        SecuritySchemeType.OAuth2 => "oauth2",
        SecuritySchemeType.OpenIdConnect => "openIdConnect",
        SecuritySchemeType.MutualTLS => "mutualTLS",
        null => null,
        _ => type.ToString(),
    };
}
