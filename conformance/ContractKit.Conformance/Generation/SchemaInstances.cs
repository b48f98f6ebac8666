using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.OpenApi;

namespace ContractKit.Conformance.Generation;

/// <summary>
/// FsCheck generators of JSON instances for OpenAPI 3.0/3.1 schemas: objects with their required properties (and
/// some optional ones) within min/maxProperties, enums, const, <c>oneOf</c> alternatives with their discriminator
/// set and no other alternative matching, <c>anyOf</c>, <c>allOf</c> merged, <c>not</c>, arrays within their item
/// counts (distinct items where <c>uniqueItems</c>), numbers within their bounds and multiples, strings of their
/// format, pattern and length (<see cref="StringInstances"/>).
/// An instance is valid against its schema when <see cref="CanGenerate"/> says the schema can be generated from
/// and <see cref="InstanceOptions.UnknownEnumValues"/> is off (unknown enum values are deliberately invalid).
/// A schema that cannot be generated from (a pattern outside the subset with no matching example, oneOf
/// alternatives that overlap, contradictory bounds) still gets a generator, best effort, for tests that only need
/// the shape (round trips); <see cref="WhyNot"/> says what stands in the way.
/// </summary>
public sealed partial class SchemaInstances(InstanceOptions options)
{
    private readonly StringInstances strings = new();

    /// <summary>Generators with <see cref="InstanceOptions.Default"/>.</summary>
    public SchemaInstances()
        : this(InstanceOptions.Default)
    {
    }

    /// <summary>A generator of instances of <paramref name="schema"/>.</summary>
    public Gen<JsonNode?> For(IOpenApiSchema schema) => Build(schema, 0);

    /// <summary>Whether <see cref="For"/> generates only valid instances of <paramref name="schema"/>.</summary>
    public bool CanGenerate(IOpenApiSchema schema) => WhyNot(schema) is null;

    /// <summary>
    /// Built on demand: a schema graph (discord's has ~1,000 schemas, richly linked) would otherwise be expanded
    /// into generators for every branch up front, though one sample walks only one path through it.
    /// </summary>
    private Gen<JsonNode?> Build(IOpenApiSchema schema, int depth, bool allowNull = true)
        => Gen.Constant(0).SelectMany(_ => BuildNow(schema, depth, allowNull));

    private Gen<JsonNode?> BuildNow(IOpenApiSchema schema, int depth, bool allowNull)
    {
        var target = SchemaFacts.Target(schema);
        if (target is null)
        {
            return Gen.Constant<JsonNode?>(JsonValue.Create("unresolved"));
        }
        var value = target.Not is null ? BuildNonNull(target, depth) : NotMatching(target, depth);
        return allowNull && SchemaFacts.IsNullable(target) && depth < options.MaxDepth
            ? Gen.Frequency((1, Gen.Constant<JsonNode?>(null)), (5, value))
            : value;
    }

    private Gen<JsonNode?> BuildNonNull(IOpenApiSchema schema, int depth) => SchemaShapes.Of(schema) switch
    {
        Shape.Const => Gen.Constant(SchemaFacts.ConstValue(schema, schema.Const!)),
        Shape.Enum => EnumValues(schema.Enum!),
        Shape.Null => Gen.Constant<JsonNode?>(null),
        Shape.ConstUnion => ConstUnion(schema),
        Shape.Union => Union(schema, depth),
        Shape.Wrapper => Build(schema.AllOf![0], depth),
        Shape.Object => Object(schema, depth),
        Shape.Array => Array(schema, depth),
        Shape.String => strings.Plan(schema).Generator,
        Shape.Integer => NumberInstances.For(schema, integer: true, out _) ?? Gen.Constant<JsonNode?>(JsonValue.Create(0)),
        Shape.Number => NumberInstances.For(schema, integer: false, out _) ?? Gen.Constant<JsonNode?>(JsonValue.Create(0)),
        Shape.Boolean => Gen.Elements<JsonNode?>(JsonValue.Create(true), JsonValue.Create(false)),
        // No type: anything goes; a word or a number keeps it simple and valid.
        _ => Gen.OneOf(StringInstances.Word(), Gen.Choose(-1000, 1000).Select(n => (JsonNode?)JsonValue.Create(n))),
    };

    private Gen<JsonNode?> EnumValues(IList<JsonNode> values)
    {
        var known = Gen.Elements(values.Where(v => v is not null && v.GetValueKind() != JsonValueKind.Null).ToArray())
            .Select(v => (JsonNode?)v.DeepClone());
        if (!options.UnknownEnumValues)
        {
            return known;
        }
        var isString = values.All(v => v is null || v.GetValueKind() is JsonValueKind.String or JsonValueKind.Null);
        var unknown = isString
            ? Gen.Choose(0, 999).Select(n => (JsonNode?)JsonValue.Create("UNLISTED_" + n.ToString(CultureInfo.InvariantCulture)))
            : Gen.Choose(100_000, 200_000).Select(n => (JsonNode?)JsonValue.Create(n));
        return Gen.Frequency((6, known), (1, unknown));
    }

    /// <summary>A oneOf of consts is an enum spelled with names (discord's specs): values typed by the parent.</summary>
    private Gen<JsonNode?> ConstUnion(IOpenApiSchema schema)
    {
        var alternatives = SchemaFacts.Alternatives(schema);
        var known = Gen.Elements(alternatives.Select(a => SchemaFacts.ConstValue(SchemaFacts.Target(a)!, SchemaFacts.Target(a)!.Const!, schema)).ToArray())
            .Select(v => v?.DeepClone());
        var unknownNumber = SchemaFacts.Has(schema, JsonSchemaType.Integer) ? Gen.Choose(100_000, 200_000).Select(n => (JsonNode?)JsonValue.Create(n)) : null;
        return options.UnknownEnumValues && unknownNumber is not null ? Gen.Frequency((6, known), (1, unknownNumber)) : known;
    }

    /// <summary>A node may sit in one parent only, and generators hand out shared constants: copy when needed.</summary>
    private static JsonNode? Own(JsonNode? node) => node?.Parent is null ? node : node.DeepClone();

    private static string Key(JsonNode? node) => node?.ToJsonString() ?? "null";

    /// <summary>Null is allowed: 3.1 <c>type: [x, null]</c>, 3.0 <c>nullable: true</c> (also left in a 3.1 document).</summary>
    public static bool IsNullable(IOpenApiSchema schema) => SchemaFacts.IsNullable(schema);
}
