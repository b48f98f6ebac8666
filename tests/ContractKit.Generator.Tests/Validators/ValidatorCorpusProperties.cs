using System.Text.Json.Nodes;
using ContractKit.Conformance.Generation;
using ContractKit.Generator.Tests.Infrastructure;
using FsCheck;
using FsCheck.Fluent;
using Xunit.Abstractions;

namespace ContractKit.Generator.Tests.Validators;

/// <summary>
/// The generated validators over the component schemas of every corpus spec: instances generated valid pass,
/// and each targeted mutation of one is reported with the mutation's (pointer, keyword). Schemas that cannot be
/// generated from with certainty (SchemaInstances.WhyNot) are skipped and counted in the output, not guessed at.
/// </summary>
public sealed class ValidatorCorpusProperties(ITestOutputHelper output)
{
    public static TheoryData<string> Specs() => CorpusValidation.Specs();

    [Theory]
    [MemberData(nameof(Specs))]
    public void Instances_generated_valid_pass_the_generated_validator(string name)
    {
        var corpus = CorpusValidation.Load(name);
        output.WriteLine(corpus.Summary());
        var cases = Cases(corpus);

        var property = Prop.ForAll(Arb.From(cases), c =>
        {
            var result = corpus.Validate(c.Schema, c.Instance);
            Assert.True(result is not null, $"no validator for {CorpusValidation.PointerOf(c.Schema)}");
            Assert.True(result.IsValid, $"{c}\nerrors:\n{result}");
        });

        Check.One(PropertyConfig.Quick(MaxTests(corpus)), property);
    }

    [Theory]
    [MemberData(nameof(Specs))]
    public void Each_mutation_is_reported_at_its_pointer_with_its_keyword(string name)
    {
        var corpus = CorpusValidation.Load(name);
        output.WriteLine(corpus.Summary());
        var mutations = new SchemaMutations(corpus.Document, CorpusValidation.Now);
        var cases = Cases(corpus).SelectMany(c => mutations.For(corpus.Document.Components!.Schemas![c.Schema], c.Instance).Select(m => new MutationCase(c.Schema, m)));

        var property = Prop.ForAll(Arb.From(cases), c =>
        {
            if (c.Mutation is not { } mutation)
            {
                return; // nothing in this instance can be broken in a way the contract fixes
            }
            var result = corpus.Validate(c.Schema, mutation.Instance)!;
            Assert.True(
                result.Errors.Any(e => e.Pointer == mutation.Pointer && e.Keyword == mutation.Keyword),
                $"{c}\nreported:\n{(result.IsValid ? "valid" : result.ToString())}");
        });

        Check.One(PropertyConfig.Quick(MaxTests(corpus)), property);
    }

    /// <summary>
    /// The property above draws one mutation per case, so a rare kind (uniqueItems, discriminator) may go unchecked
    /// in a run; this walks every mutation site of one instance per checked schema, from fixed seeds, and reports
    /// every miss at once, grouped by keyword.
    /// </summary>
    [Theory]
    [MemberData(nameof(Specs))]
    public void Every_mutation_site_of_one_instance_per_schema_is_reported(string name)
    {
        var corpus = CorpusValidation.Load(name);
        output.WriteLine(corpus.Summary());
        var mutations = new SchemaMutations(corpus.Document, CorpusValidation.Now);
        var checkedKeywords = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var misses = new List<(string Keyword, string Report)>();
        var seed = 20261125UL;
        foreach (var (schemaName, schema) in corpus.Generable)
        {
            var instance = Gen.Sample(corpus.Instances.For(schema), 1, new Rnd(seed++), 10)[0];
            foreach (var site in mutations.Each(schema, instance))
            {
                var mutation = Gen.Sample(site, 1, new Rnd(seed++), 10)[0];
                checkedKeywords[mutation.Keyword] = checkedKeywords.GetValueOrDefault(mutation.Keyword) + 1;
                var result = corpus.Validate(schemaName, mutation.Instance)!;
                if (!result.Errors.Any(e => e.Pointer == mutation.Pointer && e.Keyword == mutation.Keyword))
                {
                    misses.Add((mutation.Keyword, $"{schemaName}: {mutation}\nreported:\n{(result.IsValid ? "valid" : result.ToString())}"));
                }
            }
        }
        output.WriteLine("mutations checked: " + string.Join(", ", checkedKeywords.Select(k => $"{k.Key} {k.Value}")));
        Assert.True(misses.Count == 0, string.Join("\n\n", misses.GroupBy(m => m.Keyword)
            .Select(g => $"{g.Count()} × {g.Key} not reported as expected, e.g.\n{g.First().Report}")));
    }

    /// <summary>An instance of a sampled schema that can be generated from.</summary>
    internal static Gen<InstanceCase> Cases(CorpusValidation corpus)
    {
        var generable = corpus.Generable;
        Assert.NotEmpty(generable);
        return Gen.OneOf(generable.Select(s => corpus.Instances.For(s.Schema).Select(i => new InstanceCase(s.Name, i))));
    }

    /// <summary>Five cases per checked schema, at most 400; CONTRACTKIT_SOAK=N runs N per spec.</summary>
    internal static int MaxTests(CorpusValidation corpus)
        => int.TryParse(Environment.GetEnvironmentVariable("CONTRACTKIT_SOAK"), out var soak) ? soak : Math.Min(400, corpus.Generable.Count * 5);

    public sealed record InstanceCase(string Schema, JsonNode? Instance)
    {
        public override string ToString() => $"{Schema}: {Instance?.ToJsonString() ?? "null"}";
    }

    public sealed record MutationCase(string Schema, Mutation? Mutation)
    {
        public override string ToString() => $"{Schema}: {Mutation?.ToString() ?? "(no mutation)"}";
    }
}
