using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace ContractKit.Generator.Parsing;

/// <summary>
/// The JSON Schema keywords whose values are schemas, for the passes that walk the document as JSON before
/// Microsoft.OpenApi reads it (<see cref="SpecBundler"/>, <see cref="SchemaValues"/>), and one step of a JSON pointer.
/// </summary>
internal static class SchemaKeywords
{
    /// <summary>Keywords whose value is one schema (OpenAPI's <c>schema</c> among them).</summary>
    public static readonly HashSet<string> Single = new(StringComparer.Ordinal)
        { "schema", "items", "additionalProperties", "not", "contains", "propertyNames", "if", "then", "else", "unevaluatedProperties", "unevaluatedItems", "additionalItems" };

    /// <summary>Keywords whose value is a list of schemas.</summary>
    public static readonly HashSet<string> List = new(StringComparer.Ordinal) { "allOf", "oneOf", "anyOf", "prefixItems" };

    /// <summary>Keywords whose value maps names to schemas.</summary>
    public static readonly HashSet<string> Map = new(StringComparer.Ordinal) { "properties", "patternProperties", "$defs", "definitions", "dependentSchemas" };

    /// <summary>
    /// Maps of names in which a member called "schema" is a name (a header, an example, a property named "schema"), not
    /// OpenAPI's <c>schema</c> field.
    /// </summary>
    public static readonly HashSet<string> MapsOfNames = new(StringComparer.Ordinal)
    {
        "headers", "examples", "links", "callbacks", "encoding", "responses", "requestBodies", "securitySchemes", "schemas",
        "pathItems", "paths", "variables", "parameters", "mapping", "properties",
    };

    /// <summary>The member or element a JSON pointer's (unescaped) <paramref name="token"/> names, or null.</summary>
    public static JsonNode? Step(JsonNode? node, string token) => node switch
    {
        JsonObject obj => obj.TryGetPropertyValue(token, out var value) ? value : null,
        JsonArray array when int.TryParse(token, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var i) && i < array.Count => array[i],
        _ => null,
    };
}
