using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.OpenApi;

namespace ContractKit.Conformance.Generation;

/// <summary>oneOf/anyOf (with their discriminator set) and <c>not</c>: values kept only when the other schemas certainly reject them.</summary>
public sealed partial class SchemaInstances
{
    private readonly ConcurrentDictionary<IOpenApiSchema, List<(JsonNode? Node, int Chosen)>> unionPools = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<IOpenApiSchema, List<JsonNode?>> notPools = new(ReferenceEqualityComparer.Instance);

    private Gen<JsonNode?> Union(IOpenApiSchema schema, int depth)
    {
        var pool = UnionPool(schema);
        var candidates = UnionCandidates(schema, depth);
        var chosen = pool is { Count: 0 }
            ? candidates // cannot be generated from (WhyNot says so): best effort, for shape-only tests
            : Probing.Retry(candidates, c => FitsUnion(schema, c), pool, c => (Own(c.Node?.DeepClone()), c.Chosen));
        return chosen.Select(c => c.Node);
    }

    /// <summary>An instance of one alternative (by index into the union), its discriminator property set to that alternative's value.</summary>
    private Gen<(JsonNode? Node, int Chosen)> UnionCandidates(IOpenApiSchema schema, int depth)
    {
        var union = SchemaFacts.Union(schema);
        var discriminator = schema.Discriminator?.PropertyName;
        var usable = Enumerable.Range(0, union.Count)
            .Where(i => SchemaFacts.Target(union[i]) is { } t && t.Type != JsonSchemaType.Null)
            .ToList();
        var generable = usable.Where(i => CanGenerate(union[i])).ToList();
        var choices = (generable.Count > 0 ? generable : usable).Select(i =>
            Build(union[i], depth + 1).Select(node =>
            {
                if (discriminator is not null && node is JsonObject obj && SchemaFacts.DiscriminatorValue(schema, union[i]) is { } value)
                {
                    obj[discriminator] = JsonValue.Create(value);
                }
                return (node, i);
            }));
        return Gen.OneOf(choices);
    }

    /// <summary>
    /// The chosen alternative does not certainly reject the instance (setting the discriminator could have broken
    /// it), and for oneOf every other alternative certainly does: exactly one matches.
    /// </summary>
    private static bool FitsUnion(IOpenApiSchema schema, (JsonNode? Node, int Chosen) candidate)
    {
        var union = SchemaFacts.Union(schema);
        if (Rejection.IsCertain(union[candidate.Chosen], candidate.Node))
        {
            return false;
        }
        return !SchemaFacts.IsOneOf(schema)
            || Enumerable.Range(0, union.Count).Where(i => i != candidate.Chosen).All(i => Rejection.IsCertain(union[i], candidate.Node));
    }

    private List<(JsonNode? Node, int Chosen)>? UnionPool(IOpenApiSchema schema)
        => Probing.Pool(unionPools, schema, () => Probing.Passing(UnionCandidates(schema, 0), c => FitsUnion(schema, c), c => Key(c.Node) + "#" + c.Chosen));

    /// <summary>Instances of the schema without its <c>not</c> that its <c>not</c> certainly rejects.</summary>
    private Gen<JsonNode?> NotMatching(IOpenApiSchema schema, int depth)
    {
        var pool = NotPool(schema);
        var candidates = BuildNonNull(schema, depth);
        return pool is { Count: 0 } ? candidates : Probing.Retry(candidates, n => Rejection.IsCertain(schema.Not!, n), pool, Own);
    }

    private List<JsonNode?>? NotPool(IOpenApiSchema schema)
        => Probing.Pool(notPools, schema, () => Probing.Passing(BuildNonNull(schema, 0), n => Rejection.IsCertain(schema.Not!, n), Key));
}
