using System.Text.Json;
using System.Text.Json.Nodes;
using ContractKit.Conformance.Generation.Patterns;
using Microsoft.OpenApi;

namespace ContractKit.Conformance.Generation;

/// <summary>
/// Whether a schema certainly rejects an instance, judged on what is cheap and certain: JSON type, const and enum,
/// required and unknown properties, lengths, pattern, bounds and item counts, recursively. It answers "don't know"
/// (false) for everything else. Generation uses it where validity depends on a schema NOT matching: the other
/// alternatives of a oneOf, and <c>not</c>. Erring toward "don't know" only makes a schema harder to generate for.
/// </summary>
internal static class Rejection
{
    private const int MaxDepth = 12;

    public static bool IsCertain(IOpenApiSchema schema, JsonNode? node) => Rejects(schema, node, 0);

    private static bool Rejects(IOpenApiSchema schema, JsonNode? node, int depth)
    {
        var target = SchemaFacts.Target(schema);
        if (target is null || depth > MaxDepth)
        {
            return false;
        }
        var kind = SchemaFacts.Kind(node);
        if (kind == JsonValueKind.Null && SchemaFacts.IsNullable(target))
        {
            return false;
        }
        if (target.Type is { } type && !TypeAllows(type, node))
        {
            return true;
        }
        if (target.Const is { } constant && node is not null && !SameValue(SchemaFacts.ConstValue(target, constant), node))
        {
            return true;
        }
        if (target.Enum is { Count: > 0 } values && !values.Any(v => SameValue(v, node)))
        {
            return true;
        }
        if ((target.AllOf ?? []).Any(member => Rejects(member, node, depth + 1)))
        {
            return true;
        }
        var union = SchemaFacts.Union(target);
        if (union.Count > 0 && union.All(alternative => Rejects(alternative, node, depth + 1)))
        {
            return true;
        }
        return node switch
        {
            JsonObject obj => RejectsObject(target, obj, depth),
            JsonArray array => RejectsArray(target, array, depth),
            JsonValue value when kind == JsonValueKind.String => RejectsString(target, value.GetValue<string>()),
            JsonValue value when kind == JsonValueKind.Number => RejectsNumber(target, value),
            _ => false,
        };
    }

    private static bool TypeAllows(JsonSchemaType type, JsonNode? node) => SchemaFacts.Kind(node) switch
    {
        JsonValueKind.Null => (type & JsonSchemaType.Null) != 0,
        JsonValueKind.Object => (type & JsonSchemaType.Object) != 0,
        JsonValueKind.Array => (type & JsonSchemaType.Array) != 0,
        JsonValueKind.String => (type & JsonSchemaType.String) != 0,
        JsonValueKind.True or JsonValueKind.False => (type & JsonSchemaType.Boolean) != 0,
        JsonValueKind.Number => (type & JsonSchemaType.Number) != 0 || ((type & JsonSchemaType.Integer) != 0 && SchemaFacts.IsInteger(node!)),
        _ => true,
    };

    private static bool RejectsObject(IOpenApiSchema schema, JsonObject obj, int depth)
    {
        if ((schema.Required ?? new HashSet<string>()).Any(name => !obj.ContainsKey(name) && !IsReadOrWriteOnly(schema, name)))
        {
            return true;
        }
        var properties = schema.Properties ?? new Dictionary<string, IOpenApiSchema>();
        foreach (var (name, value) in obj)
        {
            if (properties.TryGetValue(name, out var propertySchema))
            {
                if (Rejects(propertySchema, value, depth + 1))
                {
                    return true;
                }
            }
            else if (schema.PatternProperties is not { Count: > 0 })
            {
                if (!schema.AdditionalPropertiesAllowed)
                {
                    return true;
                }
                if (schema.AdditionalProperties is { } additional && Rejects(additional, value, depth + 1))
                {
                    return true;
                }
            }
        }
        return obj.Count < (schema.MinProperties ?? 0) || obj.Count > (schema.MaxProperties ?? int.MaxValue);
    }

    /// <summary>Required readOnly/writeOnly properties are not required of every instance (OpenAPI 3.0 §4.7.25).</summary>
    private static bool IsReadOrWriteOnly(IOpenApiSchema schema, string name)
        => schema.Properties?.TryGetValue(name, out var property) == true && SchemaFacts.Target(property) is { } p && (p.ReadOnly || p.WriteOnly || property.ReadOnly || property.WriteOnly);

    private static bool RejectsArray(IOpenApiSchema schema, JsonArray array, int depth)
        => array.Count < (schema.MinItems ?? 0)
           || array.Count > (schema.MaxItems ?? int.MaxValue)
           || (schema.Items is { } items && array.Any(item => Rejects(items, item, depth + 1)));

    private static bool RejectsString(IOpenApiSchema schema, string value)
    {
        var length = SchemaFacts.CodePoints(value);
        return length < (schema.MinLength ?? 0)
               || length > (schema.MaxLength ?? int.MaxValue)
               || (schema.Pattern is { } pattern && EcmaRegex.IsMatch(pattern, value) == false);
    }

    private static bool RejectsNumber(IOpenApiSchema schema, JsonValue value)
    {
        if (SchemaFacts.NumberValue(value) is not { } number)
        {
            return false;
        }
        return SchemaFacts.Decimal(schema.Minimum) is { } min && number < min
               || SchemaFacts.Decimal(schema.Maximum) is { } max && number > max
               || SchemaFacts.Decimal(schema.ExclusiveMinimum) is { } xmin && number <= xmin
               || SchemaFacts.Decimal(schema.ExclusiveMaximum) is { } xmax && number >= xmax
               || schema.MultipleOf is { } m && m > 0 && number % m != 0;
    }

    /// <summary>JSON equality with numbers compared by value (1 = 1.0).</summary>
    public static bool SameValue(JsonNode? a, JsonNode? b)
    {
        if (SchemaFacts.Kind(a) == JsonValueKind.Number && SchemaFacts.Kind(b) == JsonValueKind.Number)
        {
            return SchemaFacts.NumberValue(a!) is { } x && SchemaFacts.NumberValue(b!) is { } y ? x == y : a!.ToJsonString() == b!.ToJsonString();
        }
        return JsonNode.DeepEquals(a, b);
    }
}
