using Microsoft.OpenApi;

namespace ContractKit.Cli.Inspection;

/// <summary>Lists the operations of a document in document order, each with the security that applies to it.</summary>
internal static class OperationCollector
{
    public static List<OperationSummary> Collect(OpenApiDocument document)
    {
        var operations = new List<OperationSummary>();
        foreach (var (path, pathItem) in document.Paths ?? [])
        {
            // A path item that is an unresolved $ref has no operations; the reader reports the broken reference.
            foreach (var (method, operation) in pathItem.Operations ?? [])
            {
                var (source, requirements) = EffectiveSecurity(operation, document);
                operations.Add(new OperationSummary(
                    method.Method.ToUpperInvariant(),
                    path,
                    operation.OperationId,
                    source,
                    requirements.Select(requirement => ToAlternative(requirement, document)).ToList()));
            }
        }
        return operations;
    }

    /// <summary>
    /// An operation's own <c>security</c> replaces the document's, even when it is empty (that is how a spec opens
    /// one operation of a secured API); only a missing one inherits.
    /// </summary>
    private static (SecuritySource Source, IList<OpenApiSecurityRequirement> Requirements) EffectiveSecurity(OpenApiOperation operation, OpenApiDocument document)
    {
        if (operation.Security is { } own)
        {
            return (SecuritySource.Operation, own);
        }
        return document.Security is { } inherited ? (SecuritySource.Document, inherited) : (SecuritySource.None, []);
    }

    private static SecurityAlternative ToAlternative(OpenApiSecurityRequirement requirement, OpenApiDocument document) =>
        new(requirement.Select(entry =>
        {
            var name = SecuritySchemeNames.Of(entry.Key);
            return new SchemeRequirement(name, SecuritySchemeNames.TypeOf(name, document), entry.Value.ToList());
        }).ToList());
}
