using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using ContractKit.Conformance.Generation;
using ContractKit.Generator.Tests.Infrastructure;
using FsCheck;
using FsCheck.Fluent;
using Xunit.Abstractions;

namespace ContractKit.Generator.Tests.Validators;

/// <summary>
/// The generated validators against NJsonSchema on the same instances (generated valid ones and their targeted
/// mutations): they must agree on valid/invalid. Where they do not, <see cref="NJsonSchemaDisagreements"/> must
/// name the cause and the text that says which side is right; an unexplained disagreement fails the test with the
/// instance. The disagreements found are tallied in the test output.
/// </summary>
public sealed class ValidatorDifferentialTests(ITestOutputHelper output)
{
    public static TheoryData<string> Specs() => CorpusValidation.Specs();

    [Theory]
    [MemberData(nameof(Specs))]
    public void The_validators_and_NJsonSchema_agree_on_valid_and_invalid(string name)
    {
        var corpus = CorpusValidation.Load(name);
        output.WriteLine(corpus.Summary());
        var mutations = new SchemaMutations(corpus.Document, CorpusValidation.Now);
        var valid = ValidatorCorpusProperties.Cases(corpus).Select(c => new Case(c.Schema, c.Instance, "generated valid"));
        var mutated = ValidatorCorpusProperties.Cases(corpus)
            .SelectMany(c => mutations.For(corpus.Document.Components!.Schemas![c.Schema], c.Instance)
                .Select(m => m is null ? new Case(c.Schema, c.Instance, "generated valid") : new Case(c.Schema, m.Instance, $"{m.Keyword} at '{m.Pointer}': {m.Description}")));
        var tally = new ConcurrentDictionary<string, int>();

        var property = Prop.ForAll(Arb.From(Gen.OneOf(valid, mutated)), c =>
        {
            var ours = corpus.Validate(c.Schema, c.Instance)!;
            var theirs = corpus.Oracle.Validate(c.Schema, c.Instance);
            if (ours.IsValid == (theirs.Count == 0))
            {
                return;
            }
            var why = ours.IsValid
                ? NJsonSchemaDisagreements.ExplainRejected(corpus, c.Schema, c.Instance)
                : NJsonSchemaDisagreements.ExplainAccepted(corpus, c.Schema, c.Instance, ours.Errors);
            Assert.True(why is not null, $"""
                unexplained disagreement on {c}
                validator: {ours}
                NJsonSchema: {(theirs.Count == 0 ? "valid" : string.Join("; ", theirs))}
                """);
            tally.AddOrUpdate(why, 1, (_, n) => n + 1);
        });

        try
        {
            Check.One(PropertyConfig.Quick(2 * ValidatorCorpusProperties.MaxTests(corpus)), property);
        }
        finally
        {
            output.WriteLine(tally.IsEmpty ? "no disagreement" : "disagreements, each NJsonSchema's error or blind spot:");
            foreach (var (why, count) in tally.OrderByDescending(t => t.Value))
            {
                output.WriteLine($"  {count} × {why}");
            }
        }
    }

    public sealed record Case(string Schema, JsonNode? Instance, string Origin)
    {
        public override string ToString() => $"{Schema} ({Origin}): {Instance?.ToJsonString() ?? "null"}";
    }
}
