using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContractKit.Conformance.Generation;
using ContractKit.Generator.Tests.Infrastructure;
using ContractKit.Runtime.Validation;
using FsCheck;
using FsCheck.Fluent;
using Xunit.Abstractions;
using static ContractKit.Generator.Tests.Validators.ValidatorCorpusProperties;

namespace ContractKit.Generator.Tests.Validators;

/// <summary>
/// <c>ReadValidated…</c>, the one pass that reads a document into its model while it checks it, over the component
/// schemas of every corpus spec: its result is exactly the validator's (every error, in order), and the model it
/// builds is the one the converters read. Valid instances and each targeted mutation of them, so both the one-pass
/// path (a valid document) and its hand-over to the validator (anything wrong) are covered.
/// </summary>
public sealed class OnePassReadProperties(ITestOutputHelper output)
{
    public static TheoryData<string> Specs() => CorpusValidation.Specs();

    [Theory]
    [MemberData(nameof(Specs))]
    public void Valid_instances_read_in_one_pass_into_the_model_the_converters_read(string name)
    {
        var corpus = CorpusValidation.Load(name);
        var read = 0;
        var property = Prop.ForAll(Arb.From(Cases(corpus)), c =>
        {
            var result = corpus.ReadValidated(c.Schema, c.Instance, out var value);
            if (result is null)
            {
                return; // no model class for this schema (an enum, a bare string): nothing to read into
            }
            read++;
            Assert.True(result.IsValid, $"{c}\nerrors:\n{result}");
            if (c.Instance is null)
            {
                Assert.Null(value); // a schema that allows null: JsonSerializer reads null too
                return;
            }
            Assert.NotNull(value);
            var bytes = Encoding.UTF8.GetBytes(c.Instance?.ToJsonString() ?? "null");
            var converted = JsonSerializer.Deserialize(bytes, value.GetType(), corpus.JsonOptions);
            var written = JsonNode.Parse(JsonSerializer.Serialize(value, value.GetType(), corpus.JsonOptions));
            var expected = JsonNode.Parse(JsonSerializer.Serialize(converted, value.GetType(), corpus.JsonOptions));
            Assert.True(JsonNode.DeepEquals(expected, written), $"{c}\none pass: {written?.ToJsonString()}\nconverters: {expected?.ToJsonString()}");
        });

        Check.One(PropertyConfig.Quick(MaxTests(corpus)), property);
        output.WriteLine($"{name}: {read} instances read into their models in one pass");
        Assert.True(read > 0, "no sampled schema of the spec has a model class to read into");
    }

    [Theory]
    [MemberData(nameof(Specs))]
    public void Mutated_instances_get_exactly_the_validators_errors_and_no_model(string name)
    {
        var corpus = CorpusValidation.Load(name);
        var mutations = new SchemaMutations(corpus.Document, CorpusValidation.Now);
        var cases = Cases(corpus).SelectMany(c => mutations.For(corpus.Document.Components!.Schemas![c.Schema], c.Instance).Select(m => new MutationCase(c.Schema, m)));
        var compared = 0;
        var property = Prop.ForAll(Arb.From(cases), c =>
        {
            if (c.Mutation is not { } mutation || corpus.ReadValidated(c.Schema, mutation.Instance, out var value) is not { } result)
            {
                return;
            }
            compared++;
            var validated = corpus.Validate(c.Schema, mutation.Instance)!;
            Assert.Equal(Describe(validated), Describe(result));
            Assert.True(result.IsValid || value is null, $"{c}: a model came back with errors");
        });

        Check.One(PropertyConfig.Quick(MaxTests(corpus)), property);
        output.WriteLine($"{name}: {compared} mutated instances compared with the validator");
    }

    private static string Describe(ValidationResult result)
        => (result.IsValid ? "valid" : result.ToString()) + (result.IsTruncated ? " (truncated)" : "");
}
