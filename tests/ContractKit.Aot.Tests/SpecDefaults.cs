using System.Text.Json.Nodes;
using Microsoft.OpenApi.YamlReader;
using SharpYaml.Serialization;

namespace ContractKit.Aot.Tests;

/// <summary>
/// A JSON value with the spec's schema defaults filled in where it leaves a property out: what the generated models
/// write back, since a property with a <c>default</c> is a non-nullable C# property initialized to it (the model cannot
/// tell "absent" from "the default"). Follows <c>properties</c>, <c>items</c> and local <c>$ref</c>s; not unions.
/// </summary>
internal sealed class SpecDefaults(JsonObject spec)
{
    public static SpecDefaults Load(string yamlPath)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(yamlPath)));
        return new SpecDefaults(YamlConverter.ToJsonNode(stream.Documents[0]).AsObject());
    }

    /// <summary><paramref name="value"/> as an instance of the component schema <paramref name="schemaName"/>, defaults filled in.</summary>
    public JsonNode? Apply(JsonNode? value, string schemaName)
        => Apply(value, spec["components"]?["schemas"]?[schemaName] as JsonObject);

    private JsonNode? Apply(JsonNode? value, JsonObject? schema)
    {
        schema = Resolve(schema);
        if (value is JsonObject instance && schema?["properties"] is JsonObject properties)
        {
            var result = new JsonObject();
            foreach (var (name, member) in instance)
            {
                result[name] = Apply(member, properties[name] as JsonObject);
            }
            foreach (var (name, property) in properties)
            {
                if (!instance.ContainsKey(name) && (property?["default"] ?? Resolve(property as JsonObject)?["default"]) is { } fallback)
                {
                    result[name] = fallback.DeepClone();
                }
            }
            return result;
        }
        if (value is JsonArray array && schema?["items"] is JsonObject items)
        {
            return new JsonArray(array.Select(item => Apply(item, items)).ToArray());
        }
        return value?.DeepClone();
    }

    private JsonObject? Resolve(JsonObject? schema)
    {
        for (var hops = 0; hops < 32 && schema?["$ref"] is JsonValue reference && reference.TryGetValue<string>(out var pointer) && pointer.StartsWith("#/", StringComparison.Ordinal); hops++)
        {
            JsonNode? target = spec;
            foreach (var segment in pointer[2..].Split('/'))
            {
                target = target?[segment.Replace("~1", "/").Replace("~0", "~")];
            }
            schema = target as JsonObject;
        }
        return schema;
    }
}
