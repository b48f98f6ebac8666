using System.Text.Json.Nodes;
using ContractKit.Conformance.Generation;
using ContractKit.Conformance.Generation.Patterns;
using ContractKit.Conformance.Tests.Infrastructure;
using ContractKit.Tests.Shared;
using FsCheck;
using FsCheck.Fluent;

namespace ContractKit.Conformance.Tests.Generation;

/// <summary>
/// On our own spec's push body, NJsonSchema as a second opinion: generated instances are valid, and every
/// targeted mutation is invalid, with the mutation's (pointer, keyword) among NJsonSchema's errors. Where
/// NJsonSchema is wrong or cannot know, the test pins what it does and says why, rather than skipping.
/// </summary>
public class PushRequestMutationProperties
{
    private const string Schema = "PushMessagesRequest";
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    private static readonly SchemaInstances Instances = new(InstanceOptions.Valid);
    private static readonly SchemaMutations Mutations = new(UnifiedMessaging.Document, Now);

    private static Gen<JsonNode?> Valid => Instances.For(UnifiedMessaging.Schema(Schema));

    private static Gen<Mutation> Mutated => Valid
        .SelectMany(instance => Mutations.For(UnifiedMessaging.Schema(Schema), instance))
        .Where(m => m is not null)
        .Select(m => m!);

    [Fact]
    public void The_push_body_can_be_generated_from()
    {
        Assert.Null(Instances.WhyNot(UnifiedMessaging.Schema(Schema)));
    }

    [Fact]
    public void Generated_push_bodies_are_valid_to_NJsonSchema()
    {
        var property = Prop.ForAll(Arb.From(Valid), instance =>
        {
            var errors = UnifiedMessaging.Oracle.Validate(Schema, instance);
            return (errors.Count == 0).Label($"{string.Join("; ", errors)}\n{instance?.ToJsonString()}");
        });

        Check.One(PropertyConfig.Quick(200), property);
    }

    [Fact]
    public void Every_mutation_is_rejected_by_NJsonSchema_at_its_pointer_where_NJsonSchema_is_right()
    {
        var property = Prop.ForAll(Arb.From(Mutated), mutation =>
        {
            var errors = UnifiedMessaging.Oracle.Validate(Schema, mutation.Instance);
            return Judge(mutation, errors).Label($"{mutation}\nNJsonSchema: {string.Join("; ", errors)}");
        });

        Check.One(PropertyConfig.Quick(500), property);
    }

    [Fact]
    public void The_mutations_cover_every_keyword_the_push_body_uses()
    {
        var keywords = Gen.Sample(Mutated, 600, new Rnd(7), 10).Select(m => m.Keyword).ToHashSet();

        Assert.Equal(
            ["additionalProperties", "discriminator", "enum", "format", "maxItems", "maxLength", "minItems", "minLength", "pattern", "required", "type", SchemaMutations.NotFuture],
            keywords.Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// What NJsonSchema must say about a mutation. It is right, and must report the mutation's (pointer, keyword),
    /// except in three pinned cases: two where it is wrong and one where it cannot know.
    /// </summary>
    private static bool Judge(Mutation mutation, IReadOnlyList<OracleError> errors)
    {
        var value = Resolve(mutation.Instance, mutation.Pointer);
        switch (mutation.Keyword)
        {
            // NJsonSchema is wrong: JSON Schema 2020-12 §6.3.3 makes `pattern` an ECMA-262 regular expression, and in
            // ECMA-262 (22.2.2.6) `$` without the m flag matches only at the end of input. NJsonSchema runs .NET's
            // regex, whose `$` also matches before a final "\n", so it accepts "+41791234567\n" for ^\+[1-9][0-9]{1,14}$.
            case "pattern" when value is JsonValue v && v.GetValue<string>() is var text && text.EndsWith('\n')
                                && EcmaRegex.IsMatch(mutation.Description.Split(" does not match ")[1], text[..^1]) == true:
                return errors.Count == 0;
            // NJsonSchema is wrong: RFC 3339 §5.6 `date-time = full-date "T" full-time` and `full-time = partial-time
            // time-offset`: the offset is required. NJsonSchema accepts "2024-01-01T10:00:00" (it uses DateTime parsing).
            case "format" when value is JsonValue v && v.GetValue<string>() == "2024-01-01T10:00:00":
                return errors.Count == 0;
            // NJsonSchema cannot know: x-contractkit-not-future is our extension (spec/README.md); JSON Schema ignores
            // unknown keywords (2020-12 §6.5), so a date in the future is valid to it.
            case SchemaMutations.NotFuture:
                return errors.Count == 0;
            // NJsonSchema reads no discriminator: with an unmapped value every oneOf branch fails its `type` enum, so it
            // reports oneOf at the union (the discriminator property's parent); that is right by JSON Schema.
            case "discriminator":
                return errors.Any(e => e.Keyword == "oneOf" && e.Pointer == Parent(mutation.Pointer));
            default:
                return errors.Any(e => e.Pointer == mutation.Pointer && Same(e.Keyword, mutation.Keyword));
        }
    }

    /// <summary>NJsonSchema has one error kind for both forms of a bound.</summary>
    private static bool Same(string njsonschema, string keyword) => njsonschema == keyword
        || (njsonschema, keyword) is ("maximum", "exclusiveMaximum") or ("minimum", "exclusiveMinimum");

    private static string Parent(string pointer) => pointer[..pointer.LastIndexOf('/')];

    private static JsonNode? Resolve(JsonNode? node, string pointer)
    {
        foreach (var token in pointer.Split('/').Skip(1).Select(t => t.Replace("~1", "/").Replace("~0", "~")))
        {
            node = node switch
            {
                JsonObject obj => obj[token],
                JsonArray array => array[int.Parse(token)],
                _ => null,
            };
        }
        return node;
    }
}
