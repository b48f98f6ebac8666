using System.Collections.Generic;
using Microsoft.OpenApi;

namespace ContractKit.Generator.Parsing;

/// <summary>
/// The schema a <c>$ref</c> points at, looked up once per reference. Microsoft.OpenApi resolves a reference again
/// on every property read (through the document's workspace, under a cycle guard), and the parser reads the same
/// references thousands of times: on discord's spec that was a third of the generator's time. A schema model does
/// not change once read, so one instance per parse keeps every answer.
/// </summary>
internal sealed class SchemaTargets
{
    /// <summary>How many references in a row are followed (<c>A: {$ref: B}</c>, <c>B: {$ref: C}</c>, …).</summary>
    private const int MaxHops = 32;

    private readonly Dictionary<OpenApiSchemaReference, IOpenApiSchema?> targets = new(ReferenceComparer.Instance);

    /// <summary>What one reference points at (which may be another reference); null when it points nowhere.</summary>
    public IOpenApiSchema? TargetOf(OpenApiSchemaReference reference)
    {
        if (!targets.TryGetValue(reference, out var target))
        {
            target = reference.Target;
            targets[reference] = target;
        }
        return target;
    }

    /// <summary>
    /// The schema whose keywords a schema has: itself, or for a reference the schema at the end of its chain of
    /// references. Null when a reference points nowhere or its chain goes round in a circle; Microsoft.OpenApi
    /// answers null for every keyword of the first and throws for the second.
    /// </summary>
    public IOpenApiSchema? Structure(IOpenApiSchema schema)
    {
        var current = schema;
        for (var hops = 0; current is OpenApiSchemaReference reference; hops++)
        {
            if (hops == MaxHops)
            {
                return null;
            }
            current = TargetOf(reference);
        }
        return current;
    }

    /// <summary>
    /// An annotation as Microsoft.OpenApi answers it for a reference: the reference's own sibling keyword
    /// (<paramref name="own"/>, null when it has none) wins over the schema it points at, hop by hop. Read through
    /// the kept targets instead of resolving at every read.
    /// </summary>
    public T? Annotation<T>(IOpenApiSchema? schema, System.Func<JsonSchemaReference, T?> own, System.Func<IOpenApiSchema, T?> read)
    {
        var current = schema;
        for (var hops = 0; current is OpenApiSchemaReference reference; hops++)
        {
            if (own(reference.Reference) is { } value)
            {
                return value;
            }
            if (hops == MaxHops)
            {
                return default;
            }
            current = TargetOf(reference);
        }
        return current is null ? default : read(current);
    }

    public bool IsReadOnly(IOpenApiSchema? schema) => Annotation(schema, static r => r.ReadOnly, static s => (bool?)s.ReadOnly) == true;

    public bool IsWriteOnly(IOpenApiSchema? schema) => Annotation(schema, static r => r.WriteOnly, static s => (bool?)s.WriteOnly) == true;

    public bool IsDeprecated(IOpenApiSchema? schema) => Annotation(schema, static r => r.Deprecated, static s => (bool?)s.Deprecated) == true;

    public System.Text.Json.Nodes.JsonNode? DefaultOf(IOpenApiSchema? schema) => Annotation(schema, static r => r.Default, static s => s.Default);

    /// <summary>An empty description on a reference does not hide its target's, as in Microsoft.OpenApi.</summary>
    public string? DescriptionOf(IOpenApiSchema? schema)
        => Annotation(schema, static r => string.IsNullOrEmpty(r.Description) ? null : r.Description, static s => s.Description);
}
