using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;

namespace ContractKit.Generator.Parsing;

/// <summary>One parameter of an operation and where it stands in the spec.</summary>
/// <param name="Pointer">The parameter's own pointer (<c>#/paths/~1a/get/parameters/0</c>); its schema is at <c>/schema</c>.</param>
internal sealed record ParameterSite(IOpenApiParameter Parameter, string Name, ParameterLocation Location, string Pointer);

/// <summary>One operation of the spec, with the name generated code calls it by and its pointer.</summary>
/// <param name="Name">PascalCase of the operationId, or of method + path when it has none.</param>
/// <param name="Method">The HTTP method in upper case.</param>
/// <param name="Parameters">The operation's parameters, path-level ones included unless the operation overrides
/// them (same name and location), path-level first, as OpenAPI defines.</param>
internal sealed record OperationSite(string Name, string Method, string Path, string Pointer, OpenApiOperation Operation, IReadOnlyList<ParameterSite> Parameters)
{
    public IList<IOpenApiParameter> PathParameters => Parameters.Select(p => p.Parameter).ToList();
}

internal static class OperationSites
{
    /// <summary>Every operation, in document order, each with a name no other operation has (<c>get-x</c> and
    /// <c>getX</c> both read <c>GetX</c>; the second becomes <c>GetX2</c>).</summary>
    public static IEnumerable<OperationSite> Of(OpenApiDocument document)
    {
        if (document.Paths is null)
        {
            yield break;
        }
        var names = new UniqueNames(ignoreCase: true);
        foreach (var path in document.Paths)
        {
            if (path.Value?.Operations is null)
            {
                continue;
            }
            var pathPointer = "#/paths/" + TypeCatalogBuilder.EscapePointer(path.Key);
            foreach (var operation in path.Value.Operations)
            {
                var method = operation.Key.Method.ToLowerInvariant();
                var name = names.Claim(Naming.ToIdentifier(operation.Value.OperationId ?? method + " " + path.Key, "Operation"));
                var pointer = pathPointer + "/" + method;
                var parameters = Merge(
                    Sites(path.Value.Parameters, pathPointer + "/parameters"),
                    Sites(operation.Value.Parameters, pointer + "/parameters"));
                yield return new OperationSite(name, method.ToUpperInvariant(), path.Key, pointer, operation.Value, parameters);
            }
        }
    }

    private static IEnumerable<ParameterSite> Sites(IList<IOpenApiParameter>? parameters, string pointer)
    {
        if (parameters is null)
        {
            yield break;
        }
        for (var i = 0; i < parameters.Count; i++)
        {
            if (parameters[i] is { Name: { Length: > 0 } name, In: { } location } parameter)
            {
                yield return new ParameterSite(parameter, name, location, pointer + "/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }
    }

    /// <summary>An operation's parameter replaces the path's parameter of the same name and location.</summary>
    private static IReadOnlyList<ParameterSite> Merge(IEnumerable<ParameterSite> pathLevel, IEnumerable<ParameterSite> operationLevel)
    {
        var own = operationLevel.ToList();
        var merged = pathLevel.Where(p => !own.Any(o => o.Location == p.Location && string.Equals(o.Name, p.Name, StringComparison.Ordinal))).ToList();
        foreach (var parameter in own)
        {
            if (!merged.Any(p => p.Location == parameter.Location && string.Equals(p.Name, parameter.Name, StringComparison.Ordinal)))
            {
                merged.Add(parameter); // a parameter listed twice: the first one counts
            }
        }
        return merged;
    }
}
