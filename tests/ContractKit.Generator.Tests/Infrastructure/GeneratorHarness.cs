using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ContractKit.Generator.Tests.Infrastructure;

/// <summary>Runs the generator in memory and compiles what it emits, as a consumer's build would.</summary>
public static class GeneratorHarness
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(LoadReferences);

    // Diagnose: XML docs are checked as a project with GenerateDocumentationFile would (CS1570-CS1591).
    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    public static CSharpCompilation EmptyCompilation(params string[] sources)
        => CSharpCompilation.Create(
            "Consumer",
            sources.Select(source => CSharpSyntaxTree.ParseText(source, ParseOptions)),
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)
                // The SDK's defaults: CS1701/CS1702 (assembly version unification) are off in every build.
                .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic>
                {
                    ["CS1701"] = ReportDiagnostic.Suppress,
                    ["CS1702"] = ReportDiagnostic.Suppress,
                }));

    public static GeneratorDriver CreateDriver(IEnumerable<SpecInput> specs, bool trackSteps = false)
        => CreateDriver(specs, out _, trackSteps);

    /// <summary>Also hands back the AdditionalTexts, so a test can replace one (an edit) and run again.</summary>
    public static GeneratorDriver CreateDriver(IEnumerable<SpecInput> specs, out ImmutableArray<AdditionalText> texts, bool trackSteps = false)
    {
        var list = specs.ToList();
        texts = list.Select(spec => (AdditionalText)new InMemoryAdditionalText(spec.Path, spec.Text)).ToImmutableArray();
        var options = new InMemoryOptionsProvider(list.ToDictionary(spec => spec.Path));
        return CSharpGeneratorDriver.Create(
            new[] { new ContractKitGenerator().AsSourceGenerator() },
            texts,
            ParseOptions,
            options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));
    }

    /// <summary>Generates from <paramref name="specs"/> and compiles the result with the runtime library.</summary>
    public static GenerationResult Run(params SpecInput[] specs)
    {
        var driver = CreateDriver(specs);
        driver = driver.RunGeneratorsAndUpdateCompilation(EmptyCompilation(), out var output, out var generatorDiagnostics);
        var run = driver.GetRunResult();
        return new GenerationResult(run, (CSharpCompilation)output, generatorDiagnostics);
    }

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return platform
            .Append(typeof(ContractKit.Runtime.Json.JsonRead).Assembly.Location)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    }
}

public sealed record GenerationResult(GeneratorDriverRunResult Run, CSharpCompilation Compilation, ImmutableArray<Diagnostic> GeneratorDiagnostics)
{
    /// <summary>Diagnostics the generator reported (CK…), from any spec.</summary>
    public IEnumerable<Diagnostic> SpecDiagnostics => Run.Diagnostics;

    /// <summary>Errors and warnings from compiling the generated code.</summary>
    public IReadOnlyList<Diagnostic> CompileProblems => Compilation.GetDiagnostics()
        .Where(d => d.Severity >= DiagnosticSeverity.Warning)
        .ToList();

    public IEnumerable<GeneratedSourceResult> Sources => Run.Results.SelectMany(r => r.GeneratedSources);

    public string Source(string typeName) => Sources.Single(s => s.HintName.EndsWith($".{typeName}.g.cs", StringComparison.Ordinal)).SourceText.ToString();

    /// <summary>A readable list of problems, for assertion messages.</summary>
    public static string Describe(IEnumerable<Diagnostic> diagnostics, int max = 15)
        => string.Join(Environment.NewLine, diagnostics.Take(max).Select(d => d.ToString()));
}
