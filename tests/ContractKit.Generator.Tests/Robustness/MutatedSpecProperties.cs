using System.Diagnostics;
using System.Text;
using System.Text.Json;
using ContractKit.Generator.Tests.Corpus;
using ContractKit.Generator.Tests.Infrastructure;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.CodeAnalysis;
using Microsoft.OpenApi.YamlReader;
using SharpYaml.Serialization;
using Xunit.Abstractions;

namespace ContractKit.Generator.Tests.Robustness;

/// <summary>
/// The generator never throws on bad input. Real specs, as YAML and converted to JSON, are damaged by random
/// <see cref="Mutation"/>s (cut short, lines deleted, duplicated or swapped, odd characters inserted, bad escapes in
/// double-quoted scalars, <c>$ref</c>s pointed at nothing); for every damaged copy:
/// <list type="bullet">
/// <item>the generator does not fail (no exception in its run result, no CS8785);</item>
/// <item>it never reports CK0008, its own "internal error" (the message carries the exception and where it was thrown);</item>
/// <item>every CK diagnostic it reports is located in the spec file, on a line the file has;</item>
/// <item>whatever it generates compiles without errors.</item>
/// </list>
/// </summary>
public sealed class MutatedSpecProperties(ITestOutputHelper output)
{
    /// <summary>
    /// Damaged copies per spec, split between its YAML and its JSON form: 400 generator runs in all, 51 s measured on two
    /// cores with a load average of 20 (about 55 ms a case when the generator reports rather than compiles).
    /// CONTRACTKIT_ROBUSTNESS_CASES asks for more, for a longer search by hand.
    /// </summary>
    private static readonly int CasesPerSpec =
        int.TryParse(Environment.GetEnvironmentVariable("CONTRACTKIT_ROBUSTNESS_CASES"), out var cases) && cases > 0 ? cases : 100;

    /// <summary>Far above a normal run (well under a second); a run that takes longer is reported as a hang.</summary>
    private static readonly TimeSpan HangAfter = TimeSpan.FromSeconds(60);

    private static readonly string[] SpecNames =
    [
        "oai-petstore-expanded.yaml",
        "redocly-museum.yaml",
        "oai-uspto.yaml",
        "unified-messaging.yaml",
    ];

    public static TheoryData<string, string> Sources()
    {
        var data = new TheoryData<string, string>();
        foreach (var name in SpecNames)
        {
            data.Add(name, "yaml");
            data.Add(name, "json");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void Unmutated_spec_passes_the_same_checks(string name, string format)
    {
        var source = SourceSpec.Load(name, format);

        var problems = Problems(source.Path, source.Text);

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void Generator_never_fails_on_a_damaged_spec(string name, string format)
    {
        var source = SourceSpec.Load(name, format);
        var clock = Stopwatch.StartNew();
        var tried = 0;

        var property = Prop.ForAll(
            Arb.From(Mutations.For(source.ReferenceTargets), Mutations.Shrink),
            (Mutation[] mutations) =>
            {
                tried++;
                var text = mutations.Aggregate(source.Text, (current, mutation) => mutation.Apply(current));
                var problems = Problems(source.Path, text);
                if (problems.Count > 0)
                {
                    Assert.Fail(Report(source, mutations, text, problems));
                }
            });

        Check.One(PropertyConfig.Quick(Math.Max(1, CasesPerSpec / 2)).WithQuietOnSuccess(true), property);
        output.WriteLine($"{source.Path}: {tried} damaged copies in {clock.Elapsed.TotalSeconds:F1} s");
    }

    /// <summary>Everything that breaks the property for this text at this path, as readable lines; empty when it holds.</summary>
    internal static List<string> Problems(string path, string text)
    {
        // Every surface, against ASP.NET Core: the operations' parser and the client and server emitters meet the
        // damage too, and what they emit must compile.
        var input = new SpecInput(path, text, Emit: "Models;Validators;Client;Server");
        var run = Task.Run(() => GeneratorHarness.RunWithAspNetCore(input));
        if (!run.Wait(HangAfter))
        {
            return [$"The generator did not finish within {HangAfter.TotalSeconds:F0} s (a hang?)."];
        }
        var result = run.Result;
        var problems = new List<string>();

        foreach (var generatorResult in result.Run.Results)
        {
            if (generatorResult.Exception is { } exception)
            {
                problems.Add("The generator threw: " + exception);
            }
        }
        foreach (var failed in result.GeneratorDiagnostics.Where(d => d.Id == "CS8785"))
        {
            problems.Add("CS8785: " + failed.GetMessage());
        }

        var lineCount = text.Split('\n').Length;
        foreach (var diagnostic in result.SpecDiagnostics)
        {
            if (diagnostic.Id == "CK0008")
            {
                problems.Add("CK0008 (internal error): " + diagnostic.GetMessage());
            }
            var span = diagnostic.Location.GetLineSpan();
            if (diagnostic.Location.Kind != LocationKind.ExternalFile || span.Path != path)
            {
                problems.Add($"{diagnostic.Id} is not located in the spec file ({diagnostic.Location}): {diagnostic.GetMessage()}");
            }
            else if (span.StartLinePosition.Line < 0 || span.StartLinePosition.Line >= lineCount || span.StartLinePosition.Character < 0)
            {
                problems.Add($"{diagnostic.Id} is located at line {span.StartLinePosition.Line + 1}, column {span.StartLinePosition.Character + 1}, outside the spec's {lineCount} lines: {diagnostic.GetMessage()}");
            }
        }

        if (result.Sources.Any())
        {
            var errors = result.Compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            if (errors.Count > 0)
            {
                problems.Add($"The generated code does not compile ({errors.Count} errors):\n" + GenerationResult.Describe(errors, max: 5));
            }
        }
        return problems;
    }

    /// <summary>
    /// The (shrunk) mutations, the problems, and the lines around the damage; the whole damaged text is written to a
    /// file under the temp folder so the case can be replayed in a debugger.
    /// </summary>
    private static string Report(SourceSpec source, Mutation[] mutations, string text, List<string> problems)
    {
        var folder = Path.Combine(Path.GetTempPath(), "contractkit-robustness");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(source.Path)}-{Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..12]}{Path.GetExtension(source.Path)}");
        File.WriteAllText(file, text, new UTF8Encoding(false));
        return $"""
            {source.Path} damaged by {string.Join(", ", mutations.Select(m => m.ToString()))}
            {string.Join("\n", problems)}
            --- around the first change (damaged text written to {file}) ---
            {Around(source.Text, text)}
            """;
    }

    /// <summary>Three lines either side of the first line where <paramref name="damaged"/> differs from <paramref name="original"/>.</summary>
    private static string Around(string original, string damaged)
    {
        var before = original.Split('\n');
        var after = damaged.Split('\n');
        var first = 0;
        while (first < before.Length && first < after.Length && before[first] == after[first])
        {
            first++;
        }
        var from = Math.Max(0, first - 3);
        return string.Join("\n", after.Skip(from).Take(7).Select((line, i) => $"{from + i + 1,5}{(from + i == first ? ">" : " ")} {Printable(line)}"));
    }

    /// <summary>The line with control characters, lone surrogates and other invisible code points written as \uXXXX.</summary>
    private static string Printable(string line)
    {
        var builder = new StringBuilder();
        foreach (var c in line.TrimEnd('\r'))
        {
            builder.Append(char.IsControl(c) || char.IsSurrogate(c) || c is '\u0085' or '\u2028' or '\u2029' or '\uFEFF' ? $"\\u{(int)c:x4}" : c.ToString());
        }
        return builder.ToString();
    }

    /// <summary>A spec the property damages: its path as the generator sees it, its text and its <c>$ref</c> targets.</summary>
    private sealed record SourceSpec(string Path, string Text, IReadOnlyList<string> ReferenceTargets)
    {
        private static readonly Dictionary<(string, string), SourceSpec> Cache = new();

        public static SourceSpec Load(string name, string format)
        {
            lock (Cache)
            {
                if (!Cache.TryGetValue((name, format), out var spec))
                {
                    var file = name == "unified-messaging.yaml" ? RepositoryPaths.Spec(name) : CorpusSpecs.PathOf(name);
                    var yaml = File.ReadAllText(file);
                    var text = format == "json" ? ToJson(yaml) : yaml;
                    var path = "/specs/" + System.IO.Path.ChangeExtension(name, format);
                    spec = new SourceSpec(path, text, Mutations.ReferenceTargets(text));
                    Cache[(name, format)] = spec;
                }
                return spec;
            }
        }

        /// <summary>The YAML document as indented JSON text, through the same YAML → JsonNode conversion the generator uses.</summary>
        private static string ToJson(string yaml)
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            var node = YamlConverter.ToJsonNode(stream.Documents[0]);
            return node.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
        }
    }
}
