using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContractKit.Generator.Diagnostics;

namespace ContractKit.Generator.Parsing;

/// <summary>
/// Finds values that stand where a schema must be but are none (<c>properties: { tag: 123 }</c>,
/// <c>items: string</c>, <c>allOf: [3]</c>, <c>additionalProperties: no</c>) before Microsoft.OpenApi reads the
/// document. It throws on some of them (a NullReferenceException for a scalar property, a FormatException for
/// <c>additionalProperties: no</c>), which failed the whole spec without saying where, and skips others silently.
/// Each is one CK0015 at the value, which is then taken out (a property keeps its name and allows anything).
/// A boolean schema as a property, on which Microsoft.OpenApi throws too, is rewritten as its equal object.
/// </summary>
internal static class SchemaValues
{
    /// <summary>Members whose values are data (an example, a default): nothing in them is a schema.</summary>
    private static readonly HashSet<string> DataKeys = new(StringComparer.Ordinal) { "example", "examples", "default", "const", "enum", "x-examples" };

    public static void Check(JsonObject document, List<DiagnosticInfo> diagnostics, Func<string, SpecLocation> locate)
    {
        var found = new List<(JsonNode Parent, string Key, int Index, string Pointer, JsonNode? Value)>();
        if (document["components"] is JsonObject components && components["schemas"] is JsonObject schemas)
        {
            foreach (var entry in schemas.ToList())
            {
                Schema(schemas, entry.Key, -1, "/components/schemas/" + Escape(entry.Key), entry.Value, found);
            }
        }
        FindSchemaMembers(document, "", found);
        foreach (var (parent, key, index, pointer, value) in found)
        {
            var what = value switch
            {
                null => "null",
                JsonArray => "a list",
                JsonValue text when text.GetValueKind() == JsonValueKind.String => $"the text '{Shorten(text.GetValue<string>())}'",
                _ => $"the value {Shorten(value.ToJsonString())}",
            };
            var outcome = key == "properties" || index >= 0 ? "it allows any value meanwhile" : "it is left out";
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NotASchema, locate(pointer), "#" + pointer, what, outcome));
            switch (parent)
            {
                case JsonArray list:
                    list[index] = new JsonObject();
                    break;
                case JsonObject map when key == "properties":
                    map[pointer.Substring(pointer.LastIndexOf('/') + 1).Replace("~1", "/").Replace("~0", "~")] = new JsonObject();
                    break;
                case JsonObject owner:
                    owner.Remove(key);
                    break;
            }
        }
    }

    /// <summary>The values of <c>schema</c> members (parameters, headers, media types) anywhere outside data.</summary>
    private static void FindSchemaMembers(JsonNode? node, string pointer, List<(JsonNode, string, int, string, JsonNode?)> found)
    {
        switch (node)
        {
            case JsonObject obj:
                var parentKey = pointer.Substring(pointer.LastIndexOf('/') + 1);
                foreach (var member in obj.ToList())
                {
                    var at = pointer + "/" + Escape(member.Key);
                    var isData = DataKeys.Contains(member.Key) && !pointer.EndsWith("/responses", StringComparison.Ordinal); // the default response
                    if (isData || member.Key.StartsWith("x-", StringComparison.Ordinal) || at == "/components/schemas")
                    {
                        continue;
                    }
                    if (member.Key == "schema" && !SchemaKeywords.MapsOfNames.Contains(parentKey))
                    {
                        Schema(obj, "schema", -1, at, member.Value, found);
                    }
                    else
                    {
                        FindSchemaMembers(member.Value, at, found);
                    }
                }
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    FindSchemaMembers(array[i], pointer + "/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), found);
                }
                break;
        }
    }

    /// <summary>Checks one schema position and, when it holds a schema, the schemas inside it.</summary>
    /// <param name="key">The member of <paramref name="parent"/> holding the value; with <paramref name="index"/> ≥ 0, the list's index.</param>
    private static void Schema(JsonNode parent, string key, int index, string pointer, JsonNode? value, List<(JsonNode, string, int, string, JsonNode?)> found)
    {
        if (value is JsonValue flag && flag.GetValueKind() is JsonValueKind.True or JsonValueKind.False)
        {
            // true and false are schemas (3.1; additionalProperties in 3.0). As a property (Codat's
            // `properties: { additionalProperties: false }`) Microsoft.OpenApi throws a NullReferenceException on
            // them, so there they are written as the schemas they equal: {} allows anything, {not: {}} nothing.
            if (key == "properties" && parent is JsonObject map)
            {
                var name = pointer.Substring(pointer.LastIndexOf('/') + 1).Replace("~1", "/").Replace("~0", "~");
                map[name] = flag.GetValueKind() == JsonValueKind.True ? new JsonObject() : new JsonObject { ["not"] = new JsonObject() };
            }
            return;
        }
        if (value is not JsonObject schema)
        {
            found.Add((parent, key, index, pointer, value));
            return;
        }
        foreach (var member in schema.ToList())
        {
            var at = pointer + "/" + Escape(member.Key);
            if (SchemaKeywords.Single.Contains(member.Key) && member.Key != "schema" && !(member.Key == "items" && member.Value is JsonArray))
            {
                Schema(schema, member.Key, -1, at, member.Value, found);
            }
            else if (SchemaKeywords.List.Contains(member.Key) && member.Value is JsonArray list)
            {
                for (var i = 0; i < list.Count; i++)
                {
                    Schema(list, member.Key, i, at + "/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), list[i], found);
                }
            }
            else if (SchemaKeywords.Map.Contains(member.Key) && member.Value is JsonObject map)
            {
                foreach (var entry in map.ToList())
                {
                    Schema(map, "properties", -1, at + "/" + Escape(entry.Key), entry.Value, found);
                }
            }
        }
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text.Substring(0, 37) + "…";

    private static string Escape(string token) => token.Replace("~", "~0").Replace("/", "~1");
}
