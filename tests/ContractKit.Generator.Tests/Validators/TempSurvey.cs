using ContractKit.Conformance.Generation;
using ContractKit.Generator.Tests.Infrastructure;
using FsCheck;
using FsCheck.Fluent;
using Xunit.Abstractions;

namespace ContractKit.Generator.Tests.Validators;

public sealed class TempSurvey(ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(ValidatorCorpusProperties.Specs), MemberType = typeof(ValidatorCorpusProperties))]
    public void Survey(string name)
    {
        var corpus = CorpusValidation.Load(name);
        var mutations = new SchemaMutations(corpus.Document, CorpusValidation.Now);
        var cats = new Dictionary<string, (int Count, string Example)>();
        var i = 0UL;
        var counts = new Dictionary<string, int>();
        foreach (var (schemaName, schema) in corpus.Generable)
        {
            var instances = Gen.Sample(corpus.Instances.For(schema), 6, new Rnd(i++), 10);
            foreach (var instance in instances)
            {
                var r = corpus.Validate(schemaName, instance);
                if (r is null) { Add("NO VALIDATOR", schemaName); break; }
                var nj = Nj(schemaName, instance);
                if (nj is not null && nj.Count > 0) Add("NJ REJECTS VALID " + string.Join(",", nj.Select(e => e.Kind).Distinct()), $"{schemaName}: {instance?.ToJsonString()}\n{string.Join("; ", nj)}");
                if (nj is null) Add("NJ THROWS", schemaName);
                if (!r.IsValid) Add("VALID REJECTED " + string.Join(",", r.Errors.Select(e => e.Keyword).Distinct()), $"{schemaName}: {instance?.ToJsonString()}\n{r}");
                foreach (var each in mutations.Each(schema, instance))
                {
                    var m = Gen.Sample(each, 1, new Rnd(i++), 10)[0];
                    var mr = corpus.Validate(schemaName, m.Instance)!;
                    counts[m.Keyword] = counts.GetValueOrDefault(m.Keyword) + 1;
                    var njm = Nj(schemaName, m.Instance);
                    if (njm is not null && njm.Count == 0) Add($"NJ ACCEPTS MUTATION {m.Keyword} {(m.Keyword == "format" ? m.Description : "")}", $"{schemaName}: {m}");
                    if (mr.Errors.Any(e => e.Pointer == m.Pointer && e.Keyword == m.Keyword)) continue;
                    var kw = mr.Errors.Where(e => e.Keyword == m.Keyword).Select(e => e.Pointer.Length - m.Pointer.Length).FirstOrDefault(int.MinValue);
                    Add($"MUTATION {m.Keyword} reported as [{string.Join(",", mr.Errors.Select(e => e.Keyword).Distinct())}] {(kw == int.MinValue ? "" : "ptrdelta=" + kw)}", $"{schemaName}: {m}\n{mr}");
                }
            }
        }
        output.WriteLine("KEYWORDS " + string.Join(", ", counts.OrderBy(c => c.Key).Select(c => $"{c.Key}={c.Value}")));
        foreach (var (k, v) in cats.OrderByDescending(c => c.Value.Count)) output.WriteLine($"{v.Count} × {k}\n    {v.Example.Replace("\n", "\n    ")[..Math.Min(1500, v.Example.Length)]}");
        IReadOnlyList<ContractKit.Tests.Shared.OracleError>? Nj(string n, System.Text.Json.Nodes.JsonNode? x) { try { return corpus.OracleWithConstAsEnum.Validate(n, x); } catch (Exception e) { Add("NJ EXCEPTION " + e.GetType().Name + " " + e.Message[..Math.Min(80, e.Message.Length)], n); return null; } }
        void Add(string k, string e) => cats[k] = cats.TryGetValue(k, out var c) ? (c.Count + 1, c.Example) : (1, e);
    }
}
