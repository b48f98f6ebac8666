using ContractKit.Generator.Tests.Corpus;
using ContractKit.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ContractKit.Generator.Tests.Incremental;

/// <summary>The pipeline caches: unrelated edits re-run nothing; editing one spec re-runs only that spec.</summary>
public sealed class IncrementalPipelineTests
{
    // Both surfaces: the validators' model is part of the spec model, so it must be value-equal too.
    private static readonly SpecInput Petstore = SpecInput.FromFile(CorpusSpecs.PathOf("oai-petstore-expanded.yaml"), "Models;Validators");
    private static readonly SpecInput Museum = SpecInput.FromFile(CorpusSpecs.PathOf("redocly-museum.yaml"), "Models;Validators");

    // Every surface: the operations' model must be value-equal too, and whether ASP.NET Core is referenced is one
    // bool taken from the compilation, so an edit elsewhere leaves it unchanged.
    private static readonly SpecInput PetstoreAll = Petstore with { Emit = "Models;Validators;Client;Server" };
    private static readonly SpecInput MuseumAll = Museum with { Emit = "Models;Validators;Client;Server" };

    [Fact]
    public void Editing_an_unrelated_cs_file_reruns_no_step()
    {
        var compilation = GeneratorHarness.EmptyCompilation("class A { }");
        var driver = GeneratorHarness.CreateDriver(new[] { Petstore, Museum }, trackSteps: true).RunGenerators(compilation);

        var edited = compilation.ReplaceSyntaxTree(compilation.SyntaxTrees.First(), CSharpSyntaxTree.ParseText("class A { int x; }", GeneratorHarness.ParseOptions));
        var run = driver.RunGenerators(edited).GetRunResult().Results.Single();

        foreach (var step in new[] { StepNames.SpecFiles, StepNames.SpecSources, StepNames.Parsed, StepNames.Models, StepNames.Emissions })
        {
            var reasons = Reasons(run, step);
            Assert.NotEmpty(reasons);
            Assert.All(reasons, reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
        }
    }

    [Fact]
    public void With_every_surface_editing_an_unrelated_cs_file_reruns_no_step()
    {
        var compilation = GeneratorHarness.EmptyCompilation("class A { }");
        var driver = GeneratorHarness.CreateDriver(new[] { PetstoreAll, MuseumAll }, trackSteps: true).RunGenerators(compilation);

        var edited = compilation.ReplaceSyntaxTree(compilation.SyntaxTrees.First(), CSharpSyntaxTree.ParseText("class A { int x; }", GeneratorHarness.ParseOptions));
        var run = driver.RunGenerators(edited).GetRunResult().Results.Single();

        foreach (var step in new[] { StepNames.SpecFiles, StepNames.SpecSources, StepNames.Parsed, StepNames.Models, StepNames.Emissions })
        {
            var reasons = Reasons(run, step);
            Assert.NotEmpty(reasons);
            Assert.All(reasons, reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
        }
        Assert.Equal(new[] { IncrementalStepRunReason.Unchanged }, Reasons(run, StepNames.HasAspNetCore));
    }

    [Fact]
    public void With_every_surface_an_edit_that_leaves_the_model_equal_emits_nothing_again()
    {
        var compilation = GeneratorHarness.EmptyCompilation();
        var driver = GeneratorHarness.CreateDriver(new[] { MuseumAll }, out var texts, trackSteps: true).RunGenerators(compilation);
        // The API's version is in no generated text (the title is: the server interface's summary names it).
        var reversioned = MuseumAll.Text.Replace("version: 1.2.1", "version: 1.2.2");
        Assert.NotEqual(MuseumAll.Text, reversioned);

        driver = driver.ReplaceAdditionalText(texts[0], new InMemoryAdditionalText(MuseumAll.Path, reversioned));
        var run = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.Equal(new[] { IncrementalStepRunReason.Modified }, Reasons(run, StepNames.SpecSources));
        Assert.Equal(new[] { IncrementalStepRunReason.Unchanged }, Reasons(run, StepNames.Parsed));
        Assert.Equal(new[] { IncrementalStepRunReason.Cached }, Reasons(run, StepNames.Models));
        Assert.NotEmpty(Reasons(run, StepNames.Emissions));
        Assert.All(Reasons(run, StepNames.Emissions), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
    }

    [Fact]
    public void Editing_one_spec_reparses_that_spec_only()
    {
        var compilation = GeneratorHarness.EmptyCompilation();
        var driver = GeneratorHarness.CreateDriver(new[] { Petstore, Museum }, out var texts, trackSteps: true).RunGenerators(compilation);
        var museumText = texts.Single(t => t.Path == Museum.Path);
        var withNewSchema = Museum.Text.Replace("components:\n  schemas:\n", "components:\n  schemas:\n    Visitor:\n      type: object\n      properties:\n        name: { type: string }\n");
        Assert.NotEqual(Museum.Text, withNewSchema);

        driver = driver.ReplaceAdditionalText(museumText, new InMemoryAdditionalText(Museum.Path, withNewSchema));
        var run = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        var parsed = Reasons(run, StepNames.Parsed);
        Assert.Equal(2, parsed.Count);
        Assert.Single(parsed, IncrementalStepRunReason.Modified); // the museum
        Assert.Single(parsed, IncrementalStepRunReason.Cached); // the petstore, not parsed again
        Assert.Contains(run.GeneratedSources, s => s.HintName.EndsWith(".Visitor.g.cs", StringComparison.Ordinal));
    }

    [Fact]
    public void An_edit_that_leaves_the_model_equal_emits_nothing_again()
    {
        var compilation = GeneratorHarness.EmptyCompilation();
        var driver = GeneratorHarness.CreateDriver(new[] { Museum }, out var texts, trackSteps: true).RunGenerators(compilation);
        var retitled = Museum.Text.Replace("title: Redocly Museum API", "title: Redocly Museum API (renamed)");
        Assert.NotEqual(Museum.Text, retitled);

        driver = driver.ReplaceAdditionalText(texts[0], new InMemoryAdditionalText(Museum.Path, retitled));
        var run = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.Equal(new[] { IncrementalStepRunReason.Modified }, Reasons(run, StepNames.SpecSources));
        Assert.Equal(new[] { IncrementalStepRunReason.Unchanged }, Reasons(run, StepNames.Parsed));
        Assert.Equal(new[] { IncrementalStepRunReason.Cached }, Reasons(run, StepNames.Models));
        Assert.NotEmpty(Reasons(run, StepNames.Emissions));
        Assert.All(Reasons(run, StepNames.Emissions), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
    }

    /// <summary>
    /// What the compiler server does on a rebuild when a project opts in to its generator cache
    /// (<c>/features:enable-generator-cache</c>, see README): it keeps the driver of the last build, but every input
    /// is a new object: new AdditionalText instances of the same files, a new options provider, a new compilation.
    /// The pipeline compares specs by content, so nothing is parsed or emitted again.
    /// </summary>
    [Fact]
    public void A_rebuild_from_new_but_equal_inputs_reparses_and_reemits_nothing()
    {
        var specs = new[] { PetstoreAll, MuseumAll };
        var first = GeneratorHarness.CreateDriver(specs, trackSteps: true).RunGenerators(GeneratorHarness.EmptyCompilation("class A { }"));
        var firstSources = first.GetRunResult().Results.Single().GeneratedSources;

        var (newTexts, newOptions) = GeneratorHarness.CreateInputs(specs);
        var rebuilt = first
            .ReplaceAdditionalTexts(newTexts)
            .WithUpdatedAnalyzerConfigOptions(newOptions)
            .WithUpdatedParseOptions(GeneratorHarness.ParseOptions)
            .RunGenerators(GeneratorHarness.EmptyCompilation("class A { }"));
        var run = rebuilt.GetRunResult().Results.Single();

        Assert.All(Reasons(run, StepNames.SpecFiles), reason => Assert.Contains(reason, new[] { IncrementalStepRunReason.New, IncrementalStepRunReason.Unchanged, IncrementalStepRunReason.Cached }));
        foreach (var step in new[] { StepNames.SpecSources, StepNames.Parsed, StepNames.Models })
        {
            var reasons = Reasons(run, step);
            Assert.Equal(specs.Length, reasons.Count);
            Assert.All(reasons, reason => Assert.Contains(reason, new[] { IncrementalStepRunReason.Unchanged, IncrementalStepRunReason.Cached }));
        }
        Assert.Equal(firstSources.Select(s => (s.HintName, s.SourceText.ToString())), run.GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())));
    }

    /// <summary>
    /// A spec with more types than one call of the output writes (<c>EmissionUnit.TypesPerUnit</c>, 256) is written in
    /// several calls, each type's file once, in the order of the schemas, the resolver last; and an edit elsewhere
    /// leaves every call cached.
    /// </summary>
    [Fact]
    public void A_spec_of_many_types_is_written_in_several_calls_in_order()
    {
        var schemas = string.Concat(Enumerable.Range(0, 600).Select(i => $"    Thing{i:D3}:\n      type: object\n      properties:\n        id: {{type: integer}}\n"));
        var spec = new SpecInput("/specs/many.yaml", "openapi: 3.0.3\ninfo: {title: Many, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n" + schemas, Emit: "Models");
        var compilation = GeneratorHarness.EmptyCompilation("class A { }");
        var driver = GeneratorHarness.CreateDriver(new[] { spec }, trackSteps: true).RunGenerators(compilation);
        var first = driver.GetRunResult().Results.Single();

        Assert.Equal(3, Reasons(first, StepNames.Emissions).Count); // 256 + 256 + 88 types
        var names = first.GeneratedSources.Select(s => s.HintName).ToList();
        Assert.Equal(601, names.Count);
        Assert.Equal(Enumerable.Range(0, 600).Select(i => $"Thing{i:D3}"), names.Take(600).Select(n => n.Split('.')[^3]));
        Assert.EndsWith("Json.g.cs", names[^1], StringComparison.Ordinal);

        var edited = compilation.ReplaceSyntaxTree(compilation.SyntaxTrees.First(), CSharpSyntaxTree.ParseText("class A { int x; }", GeneratorHarness.ParseOptions));
        var run = driver.RunGenerators(edited).GetRunResult().Results.Single();
        Assert.All(Reasons(run, StepNames.Emissions), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
        Assert.Equal(names, run.GeneratedSources.Select(s => s.HintName));
    }

    private static List<IncrementalStepRunReason> Reasons(GeneratorRunResult run, string step)
        => run.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
}
