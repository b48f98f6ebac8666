using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
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
        (texts, var options) = CreateInputs(specs);
        return CSharpGeneratorDriver.Create(
            new[] { new ContractKitGenerator().AsSourceGenerator() },
            texts,
            ParseOptions,
            options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));
    }

    /// <summary>New AdditionalText objects for <paramref name="specs"/> and an options provider with their metadata.</summary>
    public static (ImmutableArray<AdditionalText> Texts, AnalyzerConfigOptionsProvider Options) CreateInputs(IEnumerable<SpecInput> specs)
    {
        var list = specs.ToList();
        var texts = list.Select(spec => (AdditionalText)new InMemoryAdditionalText(spec.Path, spec.Text)).ToImmutableArray();
        return (texts, new InMemoryOptionsProvider(list.ToDictionary(spec => spec.Path)));
    }

    /// <summary>Generates from <paramref name="specs"/> and compiles the result with the runtime library.</summary>
    public static GenerationResult Run(params SpecInput[] specs)
    {
        var driver = CreateDriver(specs);
        driver = driver.RunGeneratorsAndUpdateCompilation(EmptyCompilation(), out var output, out var generatorDiagnostics);
        var run = driver.GetRunResult();
        return new GenerationResult(run, (CSharpCompilation)output, generatorDiagnostics);
    }

    private static readonly Lazy<ImmutableArray<MetadataReference>> AspNetCoreReferences = new(LoadAspNetCoreReferences);

    /// <summary>
    /// As <see cref="Run"/>, compiling against ASP.NET Core too (the Server surface needs it). The test host does not
    /// load ASP.NET Core, so its shared framework beside this runtime's is referenced; without it the Server surface
    /// is reported as CK0013, which is what the other tests see.
    /// </summary>
    public static GenerationResult RunWithAspNetCore(params SpecInput[] specs)
    {
        var driver = CreateDriver(specs);
        var compilation = EmptyCompilation().AddReferences(AspNetCoreReferences.Value);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        return new GenerationResult(driver.GetRunResult(), (CSharpCompilation)output, generatorDiagnostics);
    }

    /// <summary>Whether the machine has the ASP.NET Core shared framework for <see cref="RunWithAspNetCore"/>.</summary>
    public static bool HasAspNetCore => AspNetCoreDirectory() is not null;

    private static string? AspNetCoreDirectory()
    {
        // .../shared/Microsoft.NETCore.App/10.0.x/System.Private.CoreLib.dll → .../shared/Microsoft.AspNetCore.App/10.0.y
        var runtime = new DirectoryInfo(Path.GetDirectoryName(typeof(object).Assembly.Location)!);
        var shared = runtime.Parent?.Parent;
        var aspNetCore = shared is null ? null : new DirectoryInfo(Path.Combine(shared.FullName, "Microsoft.AspNetCore.App"));
        if (aspNetCore is null || !aspNetCore.Exists)
        {
            return null;
        }
        var same = Path.Combine(aspNetCore.FullName, runtime.Name);
        return Directory.Exists(same)
            ? same
            : aspNetCore.GetDirectories().Where(d => d.Name.StartsWith(runtime.Name.Split('.')[0] + ".", StringComparison.Ordinal))
                .OrderByDescending(d => d.Name, StringComparer.Ordinal).FirstOrDefault()?.FullName;
    }

    private static ImmutableArray<MetadataReference> LoadAspNetCoreReferences()
        => Directory.GetFiles(AspNetCoreDirectory() ?? throw new InvalidOperationException("The ASP.NET Core shared framework is not installed."), "*.dll")
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();

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
