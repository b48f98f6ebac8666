using System.Text.Json.Nodes;
using ContractKit.Conformance.Generation;
using ContractKit.Conformance.Tests.Infrastructure;
using FsCheck.Fluent;

namespace ContractKit.Conformance.Tests.Generation;

/// <summary>
/// When a schema cannot be generated from with certainty, generation says so (WhyNot) instead of handing out
/// instances that might be invalid; a pattern outside the generated subset falls back to the schema's examples
/// when they match it.
/// </summary>
public class CannotGenerateTests
{
    [Fact]
    public void A_pattern_outside_the_subset_falls_back_to_an_example_that_matches()
    {
        // A lookahead: not generated from; the example satisfies it, so it is used.
        var schema = InlineSchemas.Parse("""
            type: string
            pattern: '^(?=.*[0-9])[a-z0-9]{8}$'
            examples: [abcd1234, nodigits]
            """);
        var instances = new SchemaInstances(InstanceOptions.Valid);

        Assert.Null(instances.WhyNot(schema));
        Assert.All(Gen.Sample(instances.For(schema), 50), n => Assert.Equal("abcd1234", n!.GetValue<string>()));
    }

    [Fact]
    public void A_pattern_outside_the_subset_without_a_matching_example_cannot_be_generated_from()
    {
        var schema = InlineSchemas.Parse("""
            type: string
            pattern: '^(?=.*[0-9])[a-z0-9]{8}$'
            examples: [nodigits]
            """);

        var why = new SchemaInstances(InstanceOptions.Valid).WhyNot(schema);

        Assert.NotNull(why);
        Assert.Contains("lookaround", why);
    }

    [Theory]
    [InlineData("type: integer\nminimum: 5\nmaximum: 4", "range")]
    [InlineData("type: string\nminLength: 3\nmaxLength: 2", "maxLength")]
    [InlineData("type: string\npattern: '^[a-z]{5}$'\nmaxLength: 3", "no generated string")]
    [InlineData("type: array\nuniqueItems: true\nminItems: 3\nitems: { type: boolean }", "distinct")]
    [InlineData("oneOf:\n  - { type: object }\n  - { type: object, properties: { a: { type: string } } }", "overlap")]
    [InlineData("allOf:\n  - { type: object, properties: { a: { type: string } } }\n  - { oneOf: [ { required: [a] }, { required: [b] } ] }", "not a plain object")]
    [InlineData("type: object\nadditionalProperties: false\nallOf:\n  - { type: object, properties: { a: { type: string } } }", "beside allOf")]
    [InlineData("type: object\nrequired: [p]\nproperties:\n  p: { type: string, pattern: '(a)\\1' }", "required property 'p'")]
    public void Says_why_a_schema_cannot_be_generated_from(string schemaYaml, string reason)
    {
        var why = new SchemaInstances(InstanceOptions.Valid).WhyNot(InlineSchemas.Parse(schemaYaml));

        Assert.NotNull(why);
        Assert.Contains(reason, why);
    }

    [Fact]
    public void An_optional_property_that_cannot_be_generated_is_left_out()
    {
        var schema = InlineSchemas.Parse("""
            type: object
            additionalProperties: false
            properties:
              ok: { type: string }
              hard: { type: string, pattern: '(a)\1' }
            """);
        var instances = new SchemaInstances(InstanceOptions.Valid);

        Assert.Null(instances.WhyNot(schema));
        Assert.All(Gen.Sample(instances.For(schema), 100), n => Assert.False(((JsonObject)n!).ContainsKey("hard")));
    }
}
