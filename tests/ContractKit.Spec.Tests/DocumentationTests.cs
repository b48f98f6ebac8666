using System.Text.Json.Nodes;
using ContractKit.Spec.Tests.Infrastructure;

namespace ContractKit.Spec.Tests;

/// <summary>Descriptions become XML docs in generated code, and every extension is documented for the tools that read it.</summary>
public class DocumentationTests
{
    [Fact]
    public void Every_schema_and_every_property_has_a_description()
    {
        var schemas = UnifiedMessagingSpec.Json["components"]!["schemas"]!.AsObject();

        var undocumented = schemas.SelectMany(schema => Undocumented(schema.Value, schema.Key)).ToList();

        Assert.True(undocumented.Count == 0, "Without a description:\n" + string.Join("\n", undocumented));
    }

    [Fact]
    public void Every_operation_and_parameter_has_a_description()
    {
        var document = UnifiedMessagingSpec.Document;
        var operations = document.Paths.Values.SelectMany(p => p.Operations!.Values).ToList();

        Assert.All(operations, op => Assert.False(string.IsNullOrWhiteSpace(op.Description), op.OperationId));
        Assert.All(document.Components!.Parameters!, p => Assert.False(string.IsNullOrWhiteSpace(p.Value.Description), p.Key));
    }

    [Fact]
    public void Every_extension_the_spec_uses_is_documented_in_the_spec_readme()
    {
        var readme = File.ReadAllText(SpecFiles.Readme);

        var used = ExtensionNames(UnifiedMessagingSpec.Json).Distinct().Order().ToList();

        Assert.Equal(["x-contractkit-grouping", "x-contractkit-idempotency", "x-contractkit-max-request-bytes", "x-contractkit-not-future"], used);
        Assert.All(used, name => Assert.Contains($"### `{name}`", readme));
    }

    /// <summary>
    /// Paths of the schema and the schemas nested in it (properties, items, allOf/oneOf members) without a description.
    /// A property needs its own even when it is a ref; an array item or a composition member that is a ref is
    /// described by the schema it points to.
    /// </summary>
    private static IEnumerable<string> Undocumented(JsonNode? node, string path, bool refIsEnough = false)
    {
        if (node is not JsonObject schema)
        {
            return [];
        }

        var self = schema.ContainsKey("description") || (refIsEnough && schema.ContainsKey("$ref")) ? [] : new[] { path };
        var properties = (schema["properties"] as JsonObject ?? []).SelectMany(p => Undocumented(p.Value, $"{path}.{p.Key}"));
        var items = Undocumented(schema["items"], $"{path}[]", refIsEnough: true);
        var members = new[] { "allOf", "oneOf" }.SelectMany(keyword =>
            (schema[keyword] as JsonArray ?? []).SelectMany((member, i) => Undocumented(member, $"{path}.{keyword}[{i}]", refIsEnough: true)));
        return self.Concat(properties).Concat(items).Concat(members);
    }

    private static IEnumerable<string> ExtensionNames(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(p => ExtensionNames(p.Value).Prepend(p.Key)).Where(k => k.StartsWith("x-contractkit-", StringComparison.Ordinal)),
        JsonArray array => array.SelectMany(ExtensionNames),
        _ => [],
    };
}
