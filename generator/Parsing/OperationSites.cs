using System.Collections.Generic;
using Microsoft.OpenApi;

namespace ContractKit.Generator.Parsing;

/// <summary>One operation of the spec, with the name generated code calls it by and its pointer.</summary>
/// <param name="Name">PascalCase of the operationId, or of method + path when it has none.</param>
/// <param name="PathParameters">Parameters declared on the path item, shared by its operations.</param>
internal sealed record OperationSite(string Name, string Pointer, OpenApiOperation Operation, IList<IOpenApiParameter> PathParameters);

internal static class OperationSites
{
    /// <summary>Every operation, in document order.</summary>
    public static IEnumerable<OperationSite> Of(OpenApiDocument document)
    {
        if (document.Paths is null)
        {
            yield break;
        }
        foreach (var path in document.Paths)
        {
            if (path.Value?.Operations is null)
            {
                continue;
            }
            foreach (var operation in path.Value.Operations)
            {
                var method = operation.Key.Method.ToLowerInvariant();
                var name = Naming.ToIdentifier(operation.Value.OperationId ?? method + " " + path.Key, "Operation");
                var pointer = "#/paths/" + TypeCatalogBuilder.EscapePointer(path.Key) + "/" + method;
                yield return new OperationSite(name, pointer, operation.Value, path.Value.Parameters ?? new List<IOpenApiParameter>());
            }
        }
    }
}
