using System.Text.Json.Nodes;
using ContractKit.Spec.Tests.Infrastructure;

namespace ContractKit.Spec.Tests;

/// <summary>Every example in the spec is valid against its schema for NJsonSchema too, not only for Spectral.</summary>
public class ExampleTests
{
    public static TheoryData<string, string> Examples()
    {
        var data = new TheoryData<string, string>();
        foreach (var (location, schema, _) in AllExamples())
        {
            data.Add(location, schema);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void The_example_is_valid(string location, string schema)
    {
        var example = AllExamples().Single(e => e.Location == location).Value;

        var errors = ComponentSchemas.Validate(schema, example);

        Assert.True(errors.Count == 0, $"{location} is not a valid {schema}:\n{errors.Describe()}");
    }

    /// <summary>
    /// The <c>examples</c> of components/schemas, and the examples of every request body and response, named
    /// e.g. <c>pushMessages 200 guideChat</c> or <c>TooManyRequests rateLimited</c>.
    /// </summary>
    private static IEnumerable<(string Location, string Schema, JsonNode Value)> AllExamples()
    {
        var spec = UnifiedMessagingSpec.Json;

        foreach (var (name, schema) in spec["components"]!["schemas"]!.AsObject())
        {
            foreach (var (example, i) in (schema!["examples"] as JsonArray ?? []).Select((e, i) => (e!, i)))
            {
                yield return ($"{name} examples[{i}]", name, example);
            }
        }

        var operations = spec["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject().Select(op => op.Value!));
        var bodies = operations.SelectMany(op => op["responses"]!.AsObject()
            .Select(response => ($"{op["operationId"]} {response.Key}", response.Value!))
            .Prepend(($"{op["operationId"]} request", op["requestBody"] ?? new JsonObject())));
        var sharedResponses = spec["components"]!["responses"]!.AsObject().Select(response => (response.Key, response.Value!));

        foreach (var (owner, body) in bodies.Concat(sharedResponses))
        {
            foreach (var (_, mediaType) in body["content"] as JsonObject ?? [])
            {
                var schema = ((string)mediaType!["schema"]!["$ref"]!).Split('/')[^1];
                foreach (var (key, example) in mediaType["examples"] as JsonObject ?? [])
                {
                    yield return ($"{owner} {key}", schema, example!["value"]!);
                }
            }
        }
    }
}
