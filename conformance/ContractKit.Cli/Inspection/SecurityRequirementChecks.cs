using Microsoft.OpenApi;

namespace ContractKit.Cli.Inspection;

/// <summary>
/// Checks the reader does not make: every security requirement names a declared scheme, and every OAuth 2 scope
/// it demands is one the scheme declares. The reference server and the conformance suite enforce scopes from the
/// spec, so a misspelt scheme or scope would otherwise surface only as a puzzling 403.
/// </summary>
internal static class SecurityRequirementChecks
{
    public static void Check(OpenApiDocument document, List<SpecProblem> errors, List<SpecProblem> warnings)
    {
        CheckRequirements(document.Security, ["security"], document, errors, warnings);
        foreach (var (path, pathItem) in document.Paths ?? [])
        {
            foreach (var (method, operation) in pathItem.Operations ?? [])
            {
                CheckRequirements(operation.Security, ["paths", path, method.Method.ToLowerInvariant(), "security"], document, errors, warnings);
            }
        }
    }

    private static void CheckRequirements(IList<OpenApiSecurityRequirement>? requirements, object[] at, OpenApiDocument document, List<SpecProblem> errors, List<SpecProblem> warnings)
    {
        for (var index = 0; index < (requirements?.Count ?? 0); index++)
        {
            foreach (var (reference, scopes) in requirements![index])
            {
                var name = SecuritySchemeNames.Of(reference);
                var pointer = JsonPointer.Fragment([.. at, index, name]);
                if (document.Components?.SecuritySchemes is not { } schemes || !schemes.TryGetValue(name, out var scheme))
                {
                    errors.Add(new SpecProblem(pointer, $"The security requirement names scheme '{name}', which components.securitySchemes does not declare."));
                    continue;
                }
                if (scheme.Type != SecuritySchemeType.OAuth2)
                {
                    continue;
                }
                var declared = DeclaredScopes(scheme.Flows);
                foreach (var scope in scopes.Where(scope => !declared.Contains(scope)))
                {
                    warnings.Add(new SpecProblem(pointer, $"Scope '{scope}' is not declared by any flow of OAuth 2 scheme '{name}'."));
                }
            }
        }
    }

    private static HashSet<string> DeclaredScopes(OpenApiOAuthFlows? flows) =>
        new OpenApiOAuthFlow?[] { flows?.Implicit, flows?.Password, flows?.ClientCredentials, flows?.AuthorizationCode }
            .SelectMany(flow => flow?.Scopes?.Keys ?? Enumerable.Empty<string>())
            .ToHashSet(StringComparer.Ordinal);
}
