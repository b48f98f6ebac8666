using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContractKit.Conformance.Json;
using ContractKit.Generator.Tests.Infrastructure;
using ContractKit.Runtime.Validation;

namespace ContractKit.Generator.Tests.Models;

/// <summary>
/// An optional property with a <c>default</c> holds the default when the JSON leaves it out, and is then not written
/// back: JSON → model → JSON is exact. A model built in code writes its defaults, as the spec documents them.
/// </summary>
public sealed class DefaultedPropertyTests
{
    private const string Spec = """
        openapi: 3.1.0
        info: { title: Defaults, version: '1' }
        paths: {}
        components:
          schemas:
            Room:
              type: object
              additionalProperties: false
              required: [name]
              properties:
                name: { type: string }
                capacity: { type: integer, format: int32, default: 2 }
                category: { type: string, default: STANDARD }
                smoking: { type: boolean, default: false }
        """;

    private static readonly Lazy<CompiledSpec> Compiled = new(() => CompiledSpec.Load(new SpecInput("/spec/defaults.yaml", Spec, Emit: "Models;Validators")));

    private static Type Room => Compiled.Value.Assembly.GetType("Test.Api.Room", throwOnError: true)!;

    [Theory]
    [InlineData("""{"name":"Lake"}""")]
    [InlineData("""{"name":"Lake","capacity":2}""")] // the default, written out: kept written out
    [InlineData("""{"name":"Lake","category":"SUITE","smoking":false}""")]
    [InlineData("""{"smoking":true,"name":"Lake","capacity":4,"category":"STANDARD"}""")]
    public void What_the_JSON_left_out_stays_out_and_what_it_said_stays_said(string json)
    {
        var written = Compiled.Value.RoundTrip(Room, json);

        Assert.Null(JsonSemantics.FirstDifference(JsonNode.Parse(json), JsonNode.Parse(written)));
    }

    [Fact]
    public void A_property_the_JSON_left_out_holds_the_default()
    {
        var room = JsonSerializer.Deserialize("""{"name":"Lake"}""", Room, Compiled.Value.Options)!;

        Assert.Equal(2, Room.GetProperty("Capacity")!.GetValue(room));
        Assert.Equal("STANDARD", Room.GetProperty("Category")!.GetValue(room));
        Assert.Equal(false, Room.GetProperty("Smoking")!.GetValue(room));
    }

    [Fact]
    public void A_model_built_in_code_writes_its_defaults()
    {
        var room = Activator.CreateInstance(Room)!;
        Room.GetProperty("Name")!.SetValue(room, "Lake");

        var written = JsonSerializer.Serialize(room, Room, Compiled.Value.Options);

        Assert.Null(JsonSemantics.FirstDifference(
            JsonNode.Parse("""{"name":"Lake","capacity":2,"category":"STANDARD","smoking":false}"""), JsonNode.Parse(written)));
    }

    private delegate ValidationResult? ReadValidatedSchemaMethod(string schemaPointer, ReadOnlySpan<byte> utf8Json, out object? value, ValidationOptions? options);

    [Fact]
    public void The_one_pass_read_keeps_what_the_JSON_left_out_too()
    {
        const string json = """{"name":"Lake","category":"SUITE"}""";
        var validators = Compiled.Value.Assembly.GetType("Test.Api.TestClientValidators", throwOnError: true)!;
        var readValidated = validators.GetMethod("ReadValidatedSchema")!.CreateDelegate<ReadValidatedSchemaMethod>();

        var result = readValidated("#/components/schemas/Room", Encoding.UTF8.GetBytes(json), out var room, null);

        Assert.True(result?.IsValid, result?.ToString());
        var written = JsonSerializer.Serialize(room, Room, Compiled.Value.Options);
        Assert.Null(JsonSemantics.FirstDifference(JsonNode.Parse(json), JsonNode.Parse(written)));
    }
}
