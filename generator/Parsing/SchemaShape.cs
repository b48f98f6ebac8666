using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContractKit.Generator.Model;
using Microsoft.OpenApi;

namespace ContractKit.Generator.Parsing;

/// <summary>What kind of C# a schema becomes.</summary>
internal enum SchemaKind
{
    /// <summary>Anything: <c>JsonElement</c>.</summary>
    Any,
    Primitive,
    Enum,
    Object,
    Map,
    Array,
    Union,

    /// <summary>A wrapper that only restates one other schema (<c>allOf: [$ref]</c>, <c>oneOf: [$ref, null]</c>).</summary>
    AliasOfMember,
}

/// <summary>
/// Classifies a schema, and answers the questions about it every emitter asks the same way. One instance per parse:
/// the answers are kept per schema object (a schema does not change once read), because the parser asks them again
/// at every use site. A reference is answered from the schema it points at (<see cref="SchemaTargets"/>).
/// </summary>
internal sealed class SchemaShape
{
    private readonly Dictionary<IOpenApiSchema, SchemaKind> kinds = new(ReferenceComparer.Instance);
    private readonly Dictionary<IOpenApiSchema, bool> nullables = new(ReferenceComparer.Instance);
    private readonly Dictionary<IOpenApiSchema, PrimitiveKind> enumKinds = new(ReferenceComparer.Instance);
    private readonly Dictionary<IOpenApiSchema, IOpenApiSchema[]> variants = new(ReferenceComparer.Instance);

    /// <summary>The targets of the references of the document being parsed.</summary>
    public SchemaTargets Targets { get; } = new();

    public SchemaKind Classify(IOpenApiSchema schema)
        => Remembered(kinds, schema, s => Targets.Structure(s) is { } structure ? ClassifyCore(structure) : SchemaKind.Any);

    private static TValue Remembered<TValue>(Dictionary<IOpenApiSchema, TValue> answers, IOpenApiSchema schema, System.Func<IOpenApiSchema, TValue> answer)
    {
        if (!answers.TryGetValue(schema, out var value))
        {
            value = answer(schema);
            answers[schema] = value;
        }
        return value;
    }

    private SchemaKind ClassifyCore(IOpenApiSchema schema)
    {
        if (EnumUnderlying(schema) != PrimitiveKind.None)
        {
            return SchemaKind.Enum;
        }
        if (schema.Properties is { Count: > 0 })
        {
            return SchemaKind.Object;
        }
        var variants = UnionVariants(schema);
        if (variants.Length == 1 && schema.AllOf is not { Count: > 0 })
        {
            return SchemaKind.AliasOfMember;
        }
        if (variants.Length > 1)
        {
            return SchemaKind.Union;
        }
        if (schema.AllOf is { Count: > 0 } allOf)
        {
            return allOf.Count == 1 && schema.Discriminator is null ? SchemaKind.AliasOfMember : SchemaKind.Object;
        }
        var type = NonNullType(schema);
        switch (type)
        {
            case JsonSchemaType.Object:
                return SchemaKind.Map;
            case JsonSchemaType.Array:
                return SchemaKind.Array;
            case JsonSchemaType.String:
            case JsonSchemaType.Integer:
            case JsonSchemaType.Number:
            case JsonSchemaType.Boolean:
                return SchemaKind.Primitive;
            case null:
                if (schema.Items is not null)
                {
                    return SchemaKind.Array;
                }
                return schema.AdditionalProperties is not null ? SchemaKind.Map : SchemaKind.Any;
            default:
                return SchemaKind.Any; // several types at once (3.1 `type: [string, integer]`)
        }
    }

    /// <summary>The schema's type without <c>null</c>; null when it declares none.</summary>
    public static JsonSchemaType? NonNullType(IOpenApiSchema schema)
    {
        if (schema.Type is not { } type)
        {
            return null;
        }
        var withoutNull = type & ~JsonSchemaType.Null;
        return withoutNull == 0 ? null : withoutNull;
    }

    /// <summary>
    /// JSON null is allowed: 3.1 <c>type: [x, "null"]</c>, 3.0 <c>nullable: true</c> (also when a 3.1 document still
    /// uses it, as openai's does), or a <c>oneOf</c>/<c>anyOf</c> with a null alternative.
    /// </summary>
    public bool IsNullable(IOpenApiSchema schema)
        => Remembered(nullables, schema, s => Targets.Structure(s) is { } structure && IsNullable(structure, 0));

    private bool IsNullable(IOpenApiSchema schema, int depth)
    {
        if (schema.Type is { } type && (type & JsonSchemaType.Null) != 0)
        {
            return true;
        }
        if (schema.UnrecognizedKeywords is { } keywords && keywords.TryGetValue("nullable", out var nullable)
            && nullable is JsonValue value && value.TryGetValue<bool>(out var flag) && flag)
        {
            return true;
        }
        // An alternative that allows null lets the whole oneOf/anyOf be null (DigitalOcean writes
        // `anyOf: [{type: object, nullable: true}, {$ref: …}]`); a null-only schema (`type: 'null'`) is nullable.
        var alternatives = schema.OneOf is { Count: > 0 } ? schema.OneOf : schema.AnyOf;
        return schema.Type == JsonSchemaType.Null
            || (alternatives is not null && depth < 8 && alternatives.Any(a => IsNullOnly(a) || (Targets.Structure(a) is { } t && IsNullable(t, depth + 1))));
    }

    /// <summary>The alternatives of a <c>oneOf</c>/<c>anyOf</c>, without the ones that only allow null. Shared: do not change it.</summary>
    public IOpenApiSchema[] UnionVariants(IOpenApiSchema schema)
        => Remembered(variants, schema, s => Targets.Structure(s) is { } structure ? UnionVariantsCore(structure) : System.Array.Empty<IOpenApiSchema>());

    private IOpenApiSchema[] UnionVariantsCore(IOpenApiSchema schema)
    {
        var alternatives = schema.OneOf is { Count: > 0 } ? schema.OneOf : schema.AnyOf;
        return alternatives is null ? System.Array.Empty<IOpenApiSchema>() : alternatives.Where(s => !IsNullOnly(s)).ToArray();
    }

    /// <summary>One value of an enum, with the name and description a <c>oneOf</c> of <c>const</c>s can give it.</summary>
    public sealed record EnumValue(string Literal, string? Title, string? Description);

    /// <summary>
    /// The alternatives of a <c>oneOf</c>/<c>anyOf</c> whose every alternative is a single <c>const</c> (the 3.1
    /// way to name enum values, as discord's spec does 91 times); null when the schema is not written that way.
    /// </summary>
    public List<EnumValue>? ConstAlternatives(IOpenApiSchema schema)
    {
        var alternatives = UnionVariants(schema);
        if (alternatives.Length == 0 || schema.Properties is { Count: > 0 })
        {
            return null;
        }
        var values = new List<EnumValue>();
        foreach (var alternative in alternatives)
        {
            var target = Targets.Structure(alternative);
            if (target?.Const is not { } literal || target.Properties is { Count: > 0 })
            {
                return null;
            }
            values.Add(new EnumValue(literal, target.Title, target.Description));
        }
        return values;
    }

    /// <summary>String for an all-string enum, Int64 for an all-integer one, None when not an enum we model.</summary>
    public PrimitiveKind EnumUnderlying(IOpenApiSchema schema)
        => Remembered(enumKinds, schema, s => Targets.Structure(s) is { } structure ? EnumUnderlyingCore(structure) : PrimitiveKind.None);

    private PrimitiveKind EnumUnderlyingCore(IOpenApiSchema schema)
    {
        if (ConstAlternatives(schema) is { } constants)
        {
            // Microsoft.OpenApi keeps `const` as text, so the declared type decides between 1 and "1".
            var declared = NonNullType(schema) ?? NonNullType(UnionVariants(schema)[0]);
            return declared == JsonSchemaType.Integer && constants.All(c => long.TryParse(c.Literal, NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
                ? PrimitiveKind.Int64
                : declared is JsonSchemaType.String or null ? PrimitiveKind.String : PrimitiveKind.None;
        }
        if (schema.Enum is not { Count: > 0 } values)
        {
            return PrimitiveKind.None;
        }
        var present = values.Where(v => v is not null && v.GetValueKind() != JsonValueKind.Null).ToList();
        if (present.Count == 0)
        {
            return PrimitiveKind.None;
        }
        if (present.All(v => v!.GetValueKind() == JsonValueKind.String))
        {
            return PrimitiveKind.String;
        }
        var integers = present.All(v => v!.GetValueKind() == JsonValueKind.Number && v is JsonValue n && n.TryGetValue<long>(out _));
        return integers && NonNullType(schema) is JsonSchemaType.Integer or null ? PrimitiveKind.Int64 : PrimitiveKind.None;
    }

    public static PrimitiveKind PrimitiveOf(IOpenApiSchema schema)
    {
        var format = schema.Format?.ToLowerInvariant();
        switch (NonNullType(schema))
        {
            case JsonSchemaType.String:
                return format switch
                {
                    "date-time" => PrimitiveKind.DateTimeOffset,
                    "date" => PrimitiveKind.DateOnly,
                    "uuid" => PrimitiveKind.Guid,
                    "uri" => PrimitiveKind.Uri,
                    "byte" or "binary" => PrimitiveKind.Bytes,
                    _ => PrimitiveKind.String,
                };
            case JsonSchemaType.Integer:
                return format == "int32" ? PrimitiveKind.Int32 : PrimitiveKind.Int64;
            case JsonSchemaType.Number:
                return format switch
                {
                    "float" => PrimitiveKind.Single,
                    "decimal" => PrimitiveKind.Decimal,
                    "int32" => PrimitiveKind.Int32,
                    "int64" => PrimitiveKind.Int64,
                    _ => PrimitiveKind.Double,
                };
            case JsonSchemaType.Boolean:
                return PrimitiveKind.Boolean;
            default:
                return PrimitiveKind.Any;
        }
    }

    private bool IsNullOnly(IOpenApiSchema schema)
        => Targets.Structure(schema)?.Type == JsonSchemaType.Null
           || (schema is not OpenApiSchemaReference && schema.Enum is { Count: 1 } e && (e[0] is null || e[0]!.GetValueKind() == JsonValueKind.Null));
}
