namespace ContractKit.Cli.Inspection;

/// <summary>
/// One security requirement object: every scheme in it must be satisfied together. An alternative with no
/// schemes (<c>{}</c> in the spec) lets anonymous callers in.
/// </summary>
internal sealed record SecurityAlternative(IReadOnlyList<SchemeRequirement> Schemes);

/// <summary>One scheme of a security requirement and the scopes it must grant.</summary>
/// <param name="Type">The scheme's OpenAPI type ("oauth2", "apiKey", …); null when the spec does not declare the scheme.</param>
internal sealed record SchemeRequirement(string Scheme, string? Type, IReadOnlyList<string> Scopes);
