using System.Text.Json.Nodes;
using ContractKit.Conformance.Generation;
using ContractKit.Conformance.Json;
using ContractKit.Generator.Tests.Corpus;
using ContractKit.Generator.Tests.Infrastructure;
using FsCheck;
using FsCheck.Fluent;

namespace ContractKit.Generator.Tests.Models;

/// <summary>
/// For the schemas of the corpus, instances generated from each schema survive JSON → model → JSON unchanged
/// (JSON-equal: same members, same numbers, same instants), unknown enum values included; and a second trip
/// (model → JSON → model → JSON) changes nothing either.
/// </summary>
public sealed class RoundTripTests
{
    /// <summary>The corpus specs that have component schemas (two of the OAI examples have none).</summary>
    public static TheoryData<string> Specs() => new(CorpusSpecs.SingleFile
        .Where(name => name is not ("oai-api-with-examples.yaml" or "oai-callback-example.yaml"))
        .Append(CorpusSpecs.DigitalOceanRoot));

    [Theory]
    [MemberData(nameof(Specs))]
    public void Generated_instances_round_trip_through_the_generated_converters(string name)
    {
        var spec = CompiledSpec.Load(name == CorpusSpecs.DigitalOceanRoot ? CorpusSpecs.WithParts(name) : new[] { SpecInput.FromFile(CorpusSpecs.PathOf(name)) });
        // Properties with a default come and go like any optional one: the model keeps an absent one absent.
        var instances = new SchemaInstances(InstanceOptions.Default with { AlwaysIncludeDefaults = false });
        var cases = spec.ComponentTypes()
            .Select(pair => instances.For(pair.Schema).Select(json => new RoundTripCase(pair.Type, json?.ToJsonString() ?? "null")))
            .ToArray();
        Assert.NotEmpty(cases);

        var property = Prop.ForAll(Arb.From(Gen.OneOf(cases)), (RoundTripCase c) => AssertRoundTrips(spec, c));

        Check.One(PropertyConfig.Quick(MaxTests(cases.Length)), property);
    }

    /// <summary>A few cases per schema, at most 300; CONTRACTKIT_SOAK=N runs N per spec to hunt for rare failures.</summary>
    private static int MaxTests(int schemas)
        => int.TryParse(Environment.GetEnvironmentVariable("CONTRACTKIT_SOAK"), out var soak) ? soak : Math.Min(300, schemas * 4);

    private static void AssertRoundTrips(CompiledSpec spec, RoundTripCase c)
    {
        if (c.Json == "null")
        {
            return; // a nullable schema's null: no model instance to speak of
        }
        var once = spec.RoundTrip(c.Type, c.Json);
        var difference = JsonSemantics.FirstDifference(JsonNode.Parse(c.Json), JsonNode.Parse(once));
        Assert.True(difference is null, $"{c.Type.Name}: {difference}\n in:  {c.Json}\n out: {once}");
        var twice = spec.RoundTrip(c.Type, once);
        Assert.Equal(once, twice);
    }

    public sealed record RoundTripCase(Type Type, string Json)
    {
        public override string ToString() => $"{Type.Name} {Json}";
    }
}
