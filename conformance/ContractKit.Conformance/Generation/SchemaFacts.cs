using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace ContractKit.Conformance.Generation;

/// <summary>Reading an OpenAPI schema as JSON Schema means it: shared by generation, rejection and mutation.</summary>
internal static class SchemaFacts
{
    /// <summary>The schema a <c>$ref</c> points to (null when it does not resolve), or the schema itself.</summary>
    public static IOpenApiSchema? Target(IOpenApiSchema schema) => schema is OpenApiSchemaReference reference ? reference.Target : schema;

    public static bool Has(IOpenApiSchema schema, JsonSchemaType type) => schema.Type is { } t && (t & type) != 0;

    /// <summary>Null is allowed: 3.1 <c>type: [x, null]</c>, 3.0 <c>nullable: true</c> (also left in a 3.1 document).</summary>
    public static bool IsNullable(IOpenApiSchema schema)
    {
        if (schema.Type is { } type && (type & JsonSchemaType.Null) != 0)
        {
            return true;
        }
        return schema.UnrecognizedKeywords is { } keywords && keywords.TryGetValue("nullable", out var flag)
            && flag is JsonValue value && value.TryGetValue<bool>(out var isNullable) && isNullable;
    }

    /// <summary>The oneOf (or else anyOf) alternatives that are not just <c>type: null</c>.</summary>
    public static List<IOpenApiSchema> Alternatives(IOpenApiSchema schema)
        => Union(schema).Where(s => Target(s) is { } t && t.Type != JsonSchemaType.Null).ToList();

    /// <summary>All oneOf (or else anyOf) alternatives, <c>type: null</c> ones included.</summary>
    public static IList<IOpenApiSchema> Union(IOpenApiSchema schema)
        => (schema.OneOf is { Count: > 0 } ? schema.OneOf : schema.AnyOf) ?? new List<IOpenApiSchema>();

    public static bool IsOneOf(IOpenApiSchema schema) => schema.OneOf is { Count: > 0 };

    /// <summary>The properties and required names of a schema and its allOf members, in declaration order.</summary>
    public static void Collect(IOpenApiSchema schema, List<(string Name, IOpenApiSchema Schema)> properties, HashSet<string> required, HashSet<IOpenApiSchema> visited)
    {
        var target = Target(schema);
        if (target is null || !visited.Add(target))
        {
            return;
        }
        foreach (var member in target.AllOf ?? new List<IOpenApiSchema>())
        {
            Collect(member, properties, required, visited);
        }
        foreach (var property in target.Properties ?? new Dictionary<string, IOpenApiSchema>())
        {
            properties.Add((property.Key, property.Value));
        }
        foreach (var name in target.Required ?? new HashSet<string>())
        {
            required.Add(name);
        }
    }

    /// <summary>The discriminator value that selects <paramref name="alternative"/>: its mapping key, else its component name.</summary>
    public static string? DiscriminatorValue(IOpenApiSchema union, IOpenApiSchema alternative)
    {
        if (alternative is not OpenApiSchemaReference { Reference.Id: { } id })
        {
            return null;
        }
        var mapped = union.Discriminator?.Mapping?.FirstOrDefault(entry => entry.Value?.Reference?.Id == id).Key;
        return mapped ?? id;
    }

    /// <summary>The alternative a discriminator value selects (mapping first, then the implicit component name).</summary>
    public static IOpenApiSchema? AlternativeFor(IOpenApiSchema union, string value)
    {
        var alternatives = Union(union);
        if (union.Discriminator?.Mapping?.TryGetValue(value, out var mapped) == true && mapped?.Reference?.Id is { } mappedId)
        {
            return alternatives.FirstOrDefault(a => a is OpenApiSchemaReference { Reference.Id: var id } && id == mappedId);
        }
        return alternatives.FirstOrDefault(a => a is OpenApiSchemaReference { Reference.Id: var id } && id == value);
    }

    /// <summary>Microsoft.OpenApi keeps <c>const</c> as text; the declared type says whether it is 1, true or "1".</summary>
    public static JsonNode? ConstValue(IOpenApiSchema schema, string constant, IOpenApiSchema? parent = null)
    {
        var declared = schema.Type ?? parent?.Type;
        if (declared is { } type && (type & (JsonSchemaType.Integer | JsonSchemaType.Number)) != 0
            && decimal.TryParse(constant, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return JsonValue.Create(number);
        }
        if (declared is { } boolean && (boolean & JsonSchemaType.Boolean) != 0 && bool.TryParse(constant, out var flag))
        {
            return JsonValue.Create(flag);
        }
        return JsonValue.Create(constant);
    }

    /// <summary><c>example</c>, <c>examples</c> and <c>default</c> of the schema.</summary>
    public static IEnumerable<JsonNode> Samples(IOpenApiSchema schema)
    {
#pragma warning disable CS0618 // Example is obsolete in the 3.1 model, but a 3.0 document's `example` is read into it.
        var example = schema.Example;
#pragma warning restore CS0618
        return new[] { schema.Default, example }.Concat(schema.Examples ?? new List<JsonNode>()).Where(n => n is not null)!;
    }

    /// <summary>String length as JSON Schema counts it: in Unicode code points, not UTF-16 units.</summary>
    public static int CodePoints(string value) => value.EnumerateRunes().Count();

    /// <summary>A decimal keyword value (Microsoft.OpenApi keeps numbers as invariant text); null when absent or out of decimal's range.</summary>
    public static decimal? Decimal(string? text)
        => text is not null && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>RFC 6901: '~' → '~0', '/' → '~1'.</summary>
    public static string EscapePointerToken(string token) => token.Replace("~", "~0").Replace("/", "~1");

    /// <summary>The JSON kind of a node, null for JSON null.</summary>
    public static JsonValueKind Kind(JsonNode? node) => node?.GetValueKind() ?? JsonValueKind.Null;

    /// <summary>Whether a JSON number is an integer in JSON Schema's sense (1.0 counts).</summary>
    public static bool IsInteger(JsonNode node)
        => node.GetValueKind() == JsonValueKind.Number && decimal.TryParse(node.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d == Math.Floor(d);

    /// <summary>A JSON number's value as a decimal, null when it is out of range.</summary>
    public static decimal? NumberValue(JsonNode node)
        => decimal.TryParse(node.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;
}
