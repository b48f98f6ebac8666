using Microsoft.OpenApi;

namespace ContractKit.Conformance.Generation;

/// <summary>What instances of a (resolved) schema look like, decided once so generation and the feasibility check agree.</summary>
internal enum Shape
{
    /// <summary><c>const</c>.</summary>
    Const,

    /// <summary><c>enum</c> with a non-null value.</summary>
    Enum,

    /// <summary>Only null fits: <c>type: null</c> or an enum of nulls.</summary>
    Null,

    /// <summary>A oneOf of consts: an enum spelled with names.</summary>
    ConstUnion,

    /// <summary>oneOf/anyOf of schemas.</summary>
    Union,

    /// <summary>A lone allOf member wrapped with annotations (<c>allOf: [$ref]</c> plus a description): instances of the member.</summary>
    Wrapper,

    Object,
    Array,
    String,
    Integer,
    Number,
    Boolean,

    /// <summary>No type and nothing that implies one: any value.</summary>
    Any,
}

internal static class SchemaShapes
{
    public static Shape Of(IOpenApiSchema schema)
    {
        if (schema.Const is not null)
        {
            return Shape.Const;
        }
        if (schema.Enum is { Count: > 0 } values)
        {
            return values.Any(v => v is not null && v.GetValueKind() != System.Text.Json.JsonValueKind.Null) ? Shape.Enum : Shape.Null;
        }
        if (schema.Type == JsonSchemaType.Null)
        {
            return Shape.Null;
        }
        var alternatives = SchemaFacts.Alternatives(schema);
        if (alternatives.Count > 0 && schema.Properties is not { Count: > 0 })
        {
            return alternatives.All(a => SchemaFacts.Target(a)?.Const is not null) ? Shape.ConstUnion : Shape.Union;
        }
        if (schema.AllOf is { Count: 1 } && schema.Properties is not { Count: > 0 } && schema.Type is null or JsonSchemaType.Null)
        {
            return Shape.Wrapper;
        }
        if (schema.AllOf is { Count: > 0 } || schema.Properties is { Count: > 0 } || SchemaFacts.Has(schema, JsonSchemaType.Object))
        {
            return Shape.Object;
        }
        if (SchemaFacts.Has(schema, JsonSchemaType.Array) || schema.Items is not null)
        {
            return Shape.Array;
        }
        if (SchemaFacts.Has(schema, JsonSchemaType.String))
        {
            return Shape.String;
        }
        if (SchemaFacts.Has(schema, JsonSchemaType.Integer))
        {
            return Shape.Integer;
        }
        if (SchemaFacts.Has(schema, JsonSchemaType.Number))
        {
            return Shape.Number;
        }
        if (SchemaFacts.Has(schema, JsonSchemaType.Boolean))
        {
            return Shape.Boolean;
        }
        // Untyped, but a string or numeric keyword only constrains values of that type: generate that type.
        if (schema.Pattern is not null || schema.MinLength is not null || schema.MaxLength is not null || FormatStrings.IsKnown(schema.Format))
        {
            return Shape.String;
        }
        if (schema.Minimum is not null || schema.Maximum is not null || schema.ExclusiveMinimum is not null || schema.ExclusiveMaximum is not null || schema.MultipleOf is not null)
        {
            return Shape.Number;
        }
        return Shape.Any;
    }
}
