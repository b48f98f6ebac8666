using System.Text.Json.Nodes;
using ContractKit.Conformance.Generation;
using ContractKit.Conformance.Tests.Infrastructure;
using FsCheck;
using FsCheck.Fluent;

namespace ContractKit.Conformance.Tests.Generation;

/// <summary>The mutations of small schemas, one rule of the contract each: what is mutated, where it is reported, what is never touched.</summary>
public class SchemaMutationsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    /// <summary>Every mutation that applies, one draw each.</summary>
    private static List<Mutation> All(string schemaYaml, string instanceJson)
    {
        var document = InlineSchemas.Document(schemaYaml);
        var schema = document.Components!.Schemas!["S"];
        var mutations = new SchemaMutations(document, Now);
        return mutations.Each(schema, JsonNode.Parse(instanceJson))
            .Select(gen => Gen.Sample(gen, 1, new Rnd(1), 5)[0])
            .ToList();
    }

    private static HashSet<(string Pointer, string Keyword)> Places(List<Mutation> mutations) => mutations.Select(m => (m.Pointer, m.Keyword)).ToHashSet();

    [Fact]
    public void Pointers_escape_slash_and_tilde()
    {
        var mutations = All("""
            type: object
            required: ['a/b~c']
            properties:
              'a/b~c': { type: string }
            """, """{"a/b~c": "x"}""");

        Assert.Contains(("/a~1b~0c", "required"), Places(mutations));
        Assert.Contains(("/a~1b~0c", "type"), Places(mutations));
    }

    [Fact]
    public void Required_readOnly_and_writeOnly_properties_are_never_removed()
    {
        // OpenAPI 3.0 §4.7.25.1: a required readOnly property is required in responses only (writeOnly: requests
        // only), so a validator of the schema alone does not require either.
        var mutations = All("""
            type: object
            required: [id, secret, name]
            properties:
              id: { type: string, readOnly: true }
              secret: { type: string, writeOnly: true }
              name: { type: string }
            """, """{"id": "1", "secret": "s", "name": "n"}""");

        var removed = mutations.Where(m => m.Keyword == "required").Select(m => m.Pointer).ToHashSet();
        Assert.Equal(["/name"], removed);
    }

    [Fact]
    public void Null_is_never_the_wrong_type_of_a_nullable_value()
    {
        var mutations = All("""
            type: object
            properties:
              a: { type: [string, 'null'] }
            """, """{"a": null}""");

        var wrong = mutations.Where(m => m.Pointer == "/a" && m.Keyword == "type").ToList();
        Assert.NotEmpty(wrong);
        Assert.All(wrong, m => Assert.NotNull(m.Instance!["a"]));
    }

    [Fact]
    public void Nothing_inside_a_oneOf_without_discriminator_is_mutated_only_the_union_as_a_whole()
    {
        var mutations = All("""
            type: object
            properties:
              u:
                oneOf:
                  - { type: object, required: [a], properties: { a: { type: string, maxLength: 3 } } }
                  - { type: integer }
            """, """{"u": {"a": "xy"}}""");

        Assert.DoesNotContain(mutations, m => m.Pointer.StartsWith("/u/", StringComparison.Ordinal));
        var union = Assert.Single(Places(mutations), p => p.Pointer == "/u");
        Assert.Equal("oneOf", union.Keyword);
        // Neither alternative takes what replaced the union: not an object, not an integer.
        Assert.All(mutations.Where(m => m.Pointer == "/u"), m =>
            Assert.False(m.Instance!["u"] is JsonObject || (JsonNodeKind(m.Instance!["u"]) == System.Text.Json.JsonValueKind.Number && m.Instance!["u"]!.GetValue<decimal>() % 1 == 0)));
    }

    [Fact]
    public void A_discriminated_variant_is_mutated_inside_and_its_discriminator_only_to_an_unmapped_value()
    {
        var document = InlineSchemas.WithSchemas("""
            S:
              oneOf:
                - $ref: '#/components/schemas/Cat'
                - $ref: '#/components/schemas/Dog'
              discriminator:
                propertyName: kind
                mapping:
                  cat: '#/components/schemas/Cat'
                  dog: '#/components/schemas/Dog'
            Cat:
              type: object
              required: [kind, lives]
              properties:
                kind: { type: string }
                lives: { type: integer, maximum: 9 }
            Dog:
              type: object
              required: [kind]
              properties:
                kind: { type: string }
            """);
        var mutations = new SchemaMutations(document, Now).Each(document.Components!.Schemas!["S"], JsonNode.Parse("""{"kind": "cat", "lives": 7}"""))
            .SelectMany(gen => Gen.Sample(gen, 5, new Rnd(1), 5))
            .ToList();

        var places = Places(mutations);
        Assert.Contains(("/kind", "discriminator"), places);
        Assert.Contains(("/lives", "maximum"), places);
        Assert.Contains(("/lives", "required"), places);
        Assert.DoesNotContain(places, p => p.Pointer == "/kind" && p.Keyword != "discriminator");
        Assert.DoesNotContain(places, p => p.Pointer == "");
    }

    [Fact]
    public void An_int32_gets_2147483648_as_a_format_error()
    {
        var mutation = Assert.Single(All("type: integer\nformat: int32", "5"), m => m.Keyword == "format");

        Assert.Equal("2147483648", mutation.Instance!.ToJsonString());
    }

    [Fact]
    public void Not_future_dates_a_day_after_the_given_now()
    {
        var mutation = Assert.Single(All("""
            type: string
            format: date-time
            x-contractkit-not-future:
              allowedClockSkew: PT5M
            """, "\"2026-01-01T00:00:00Z\""), m => m.Keyword == SchemaMutations.NotFuture);

        Assert.Equal("2026-11-26T12:00:00Z", mutation.Instance!.GetValue<string>());
    }

    [Fact]
    public void Lengths_are_broken_by_code_points()
    {
        var mutations = All("type: string\nminLength: 2\nmaxLength: 3", "\"😀😀😀\"");

        Assert.Equal(4, mutations.Single(m => m.Keyword == "maxLength").Instance!.GetValue<string>().EnumerateRunes().Count());
        Assert.Equal("😀", mutations.Single(m => m.Keyword == "minLength").Instance!.GetValue<string>());
    }

    [Fact]
    public void No_mutation_applies_to_a_schema_that_allows_anything()
    {
        var document = InlineSchemas.Document("description: anything");

        var mutation = Gen.Sample(new SchemaMutations(document, Now).For(document.Components!.Schemas!["S"], JsonNode.Parse("1")), 1);

        Assert.Null(Assert.Single(mutation));
    }

    private static System.Text.Json.JsonValueKind JsonNodeKind(JsonNode? node) => node?.GetValueKind() ?? System.Text.Json.JsonValueKind.Null;
}
