using System.Text.Json;
using System.Text.Json.Nodes;

namespace ContractKit.Generator.Tests.Infrastructure;

/// <summary>
/// The schema that governs a place in an instance, found in the document's JSON as written: what the spec author
/// wrote there, including what Microsoft.OpenApi drops (3.0's <c>nullable</c> without a sibling <c>type</c>).
/// Follows local <c>$ref</c>s, <c>properties</c>, <c>items</c>, <c>additionalProperties</c>, allOf members, and a
/// oneOf/anyOf's discriminator to the variant the instance names (as the validators dispatch).
/// </summary>
internal static class RawSchemas
{
    private const int MaxDepth = 32;

    /// <summary>The schema as written (a $ref not yet followed) that governs the value at <paramref name="pointer"/>, or null.</summary>
    public static JsonObject? At(JsonObject document, string componentName, JsonNode? instance, string pointer)
    {
        JsonNode? schema = document["components"]?["schemas"]?[componentName];
        var node = instance;
        foreach (var token in pointer.Split('/').Skip(1).Select(t => t.Replace("~1", "/").Replace("~0", "~")))
        {
            schema = Child(document, schema as JsonObject, node, token, 0);
            node = node switch
            {
                JsonObject obj => obj[token],
                JsonArray array when int.TryParse(token, out var i) && i < array.Count => array[i],
                _ => null,
            };
            if (schema is null)
            {
                return null;
            }
        }
        return schema as JsonObject;
    }

    private static JsonNode? Child(JsonObject document, JsonObject? schema, JsonNode? node, string token, int depth)
    {
        if (schema is null || depth > MaxDepth)
        {
            return null;
        }
        if (schema["properties"]?[token] is { } property)
        {
            return property;
        }
        if (schema["items"] is JsonObject items && int.TryParse(token, out _))
        {
            return items;
        }
        var members = (schema["allOf"] as JsonArray ?? []).OfType<JsonObject>()
            .Append(Resolve(document, schema))
            .Append(Variant(document, schema, node));
        foreach (var member in members)
        {
            if (member is not null && Child(document, member, node, token, depth + 1) is { } found)
            {
                return found;
            }
        }
        return schema["additionalProperties"] as JsonObject;
    }

    /// <summary>The oneOf/anyOf variant a discriminator selects for this instance: by mapping, else by component name.</summary>
    private static JsonObject? Variant(JsonObject document, JsonObject schema, JsonNode? node)
    {
        if (schema["discriminator"]?["propertyName"] is not JsonValue property
            || node?[property.GetValue<string>()] is not JsonValue tag || tag.GetValueKind() != JsonValueKind.String)
        {
            return null;
        }
        var value = tag.GetValue<string>();
        var target = schema["discriminator"]?["mapping"]?[value] is JsonValue mapped ? mapped.GetValue<string>() : "#/components/schemas/" + value;
        var alternatives = (schema["oneOf"] as JsonArray ?? schema["anyOf"] as JsonArray ?? []).OfType<JsonObject>();
        return alternatives.FirstOrDefault(a => a["$ref"] is JsonValue r && r.GetValue<string>() == target);
    }

    /// <summary>The target of a local <c>$ref</c>, or null.</summary>
    public static JsonObject? Resolve(JsonObject document, JsonObject schema)
    {
        if (schema["$ref"] is not JsonValue reference || !reference.GetValue<string>().StartsWith("#/", StringComparison.Ordinal))
        {
            return null;
        }
        JsonNode? node = document;
        foreach (var token in reference.GetValue<string>()[2..].Split('/').Select(t => t.Replace("~1", "/").Replace("~0", "~")))
        {
            node = node?[token];
        }
        return node as JsonObject;
    }
}
