using System;
using System.Collections.Generic;
using System.Linq;
using ContractKit.Generator.Diagnostics;
using ContractKit.Generator.Model;
using ContractKit.Generator.Model.Operations;
using Microsoft.OpenApi;

namespace ContractKit.Generator.Parsing.Operations;

internal sealed partial class OperationCatalogBuilder
{
    private List<SecuritySchemeSpec> BuildSecuritySchemes()
    {
        var result = new List<SecuritySchemeSpec>();
        foreach (var entry in document.Components?.SecuritySchemes ?? new Dictionary<string, IOpenApiSecurityScheme>())
        {
            if (entry.Value is not { } scheme)
            {
                continue;
            }
            var clientCredentials = scheme.Flows?.ClientCredentials;
            var kind = scheme.Type switch
            {
                SecuritySchemeType.OAuth2 when clientCredentials is not null => SecuritySchemeKind.OAuth2ClientCredentials,
                SecuritySchemeType.OAuth2 or SecuritySchemeType.OpenIdConnect => SecuritySchemeKind.OAuth2Other,
                SecuritySchemeType.Http when string.Equals(scheme.Scheme, "bearer", StringComparison.OrdinalIgnoreCase) => SecuritySchemeKind.HttpBearer,
                SecuritySchemeType.Http when string.Equals(scheme.Scheme, "basic", StringComparison.OrdinalIgnoreCase) => SecuritySchemeKind.HttpBasic,
                SecuritySchemeType.ApiKey when scheme.In == ParameterLocation.Header => SecuritySchemeKind.ApiKeyHeader,
                SecuritySchemeType.ApiKey when scheme.In == ParameterLocation.Query => SecuritySchemeKind.ApiKeyQuery,
                SecuritySchemeType.ApiKey when scheme.In == ParameterLocation.Cookie => SecuritySchemeKind.ApiKeyCookie,
                _ => SecuritySchemeKind.Other,
            };
            var scopes = (clientCredentials ?? scheme.Flows?.AuthorizationCode ?? scheme.Flows?.Implicit ?? scheme.Flows?.Password)?.Scopes?.Keys
                ?? Enumerable.Empty<string>();
            result.Add(new SecuritySchemeSpec(
                entry.Key,
                kind,
                kind is SecuritySchemeKind.ApiKeyHeader or SecuritySchemeKind.ApiKeyQuery or SecuritySchemeKind.ApiKeyCookie ? scheme.Name : null,
                clientCredentials?.TokenUrl?.OriginalString,
                scopes.ToEquatableArray(),
                scheme.Description));
        }
        return result;
    }

    /// <summary>
    /// The operation's own <c>security</c>, else the document's. A requirement naming a scheme the spec does not
    /// define is CK0012 and left out: it could never be satisfied, and guessing would open or close the door wrongly.
    /// </summary>
    private EquatableArray<SecurityAlternative> BuildSecurity(OperationSite site, IReadOnlyList<SecuritySchemeSpec> schemes)
    {
        var requirements = site.Operation.Security ?? document.Security;
        var pointer = site.Operation.Security is not null ? site.Pointer + "/security" : "#/security";
        if (requirements is null)
        {
            return EquatableArray<SecurityAlternative>.Empty;
        }
        var alternatives = new List<SecurityAlternative>();
        foreach (var requirement in requirements)
        {
            var schemesOfAlternative = new List<SchemeRequirement>();
            foreach (var use in requirement ?? new OpenApiSecurityRequirement())
            {
                var name = use.Key?.Reference?.Id;
                if (name is null || !schemes.Any(s => s.Name == name))
                {
                    Report(DiagnosticDescriptors.UnknownSecurityScheme, pointer, name ?? "(empty)", site.Name);
                    continue;
                }
                schemesOfAlternative.Add(new SchemeRequirement(name, (use.Value ?? new List<string>()).Where(s => !string.IsNullOrEmpty(s)).ToEquatableArray()));
            }
            alternatives.Add(new SecurityAlternative(schemesOfAlternative.ToEquatableArray()));
        }
        // `security: [{}]` alone, or any empty alternative, lets anyone call.
        return alternatives.Any(a => a.Schemes.Count == 0) ? EquatableArray<SecurityAlternative>.Empty : alternatives.ToEquatableArray();
    }
}
