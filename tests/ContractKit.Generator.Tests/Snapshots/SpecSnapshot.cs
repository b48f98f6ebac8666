using System.Text;
using ContractKit.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;

namespace ContractKit.Generator.Tests.Snapshots;

/// <summary>
/// A snapshot test of one small inline spec: Microsoft.CodeAnalysis.Testing runs the generator on it (the spec an
/// AdditionalFile, its options item metadata in a global analyzer config, as the package's build files give them),
/// then requires exactly the sources in <c>Snapshots/Expected/{Feature}.*.cs</c> (file <c>{Feature}.{Name}.cs</c> for
/// hint name <c>{HintPrefix}.Models.{Name}.g.cs</c>, or <c>{HintPrefix}.{Name}.g.cs</c> for the JSON class), no
/// generator diagnostic, and no compiler error or warning in them.
/// </summary>
/// <remarks>
/// The expected files are read from the source tree, so a reviewer reads and diffs them as C#. After a deliberate
/// change to the generated code, run the tests once with <c>CONTRACTKIT_UPDATE_SNAPSHOTS=1</c>: each test rewrites its
/// files from the generator's output (and passes); review the diff before committing it.
/// </remarks>
public sealed record SpecSnapshot(string Feature, string SpecPath, string Spec, string Namespace, string ClientName, string HintPrefix, string Emit = "Models")
{
    public const string UpdateVariable = "CONTRACTKIT_UPDATE_SNAPSHOTS";

    public static string ExpectedDirectory => Path.Combine(RepositoryPaths.Root, "tests", "ContractKit.Generator.Tests", "Snapshots", "Expected");

    /// <summary>Runs the generator on the spec and verifies its output against the expected files.</summary>
    public async Task VerifyAsync()
    {
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            UpdateExpectedFiles();
        }

        var expected = ExpectedFiles();
        Assert.True(expected.Count > 0, $"No expected sources {Feature}.*.cs in {ExpectedDirectory}; run the tests with {UpdateVariable}=1 to write them.");

        var test = new CSharpSourceGeneratorTest<ContractKitGenerator, DefaultVerifier>
        {
            ReferenceAssemblies = SnapshotReferences.Assemblies,
            // Warnings too: generated code must compile cleanly in a project with Nullable on and warnings as errors.
            CompilerDiagnostics = CompilerDiagnostics.Warnings,
            TestState =
            {
                AdditionalFiles = { (SpecPath, SourceText.From(Spec, Encoding.UTF8)) },
                AnalyzerConfigFiles = { ("/.globalconfig", GlobalConfig()) },
                AdditionalReferences = { MetadataReference.CreateFromFile(typeof(ContractKit.Runtime.Json.JsonRead).Assembly.Location) },
            },
            SolutionTransforms =
            {
                (solution, projectId) =>
                {
                    var project = solution.GetProject(projectId)!;
                    var options = (CSharpCompilationOptions)project.CompilationOptions!;
                    return solution.WithProjectCompilationOptions(projectId, options.WithNullableContextOptions(NullableContextOptions.Enable));
                },
            },
        };
        // The framework compares the list of generated files in order; the order the generator adds them in is no part
        // of the snapshot, so the expected files are added in that order (names and contents are still compared).
        var order = GeneratorHarness.Run(Input).Sources.Select(source => source.HintName).ToList();
        foreach (var (hintName, path) in expected.OrderBy(e => order.IndexOf(e.HintName) is var i and >= 0 ? i : int.MaxValue))
        {
            test.TestState.GeneratedSources.Add((typeof(ContractKitGenerator), hintName, SourceText.From(File.ReadAllText(path), Encoding.UTF8)));
        }
        await test.RunAsync();
    }

    /// <summary>The same spec and options for the in-memory harness.</summary>
    private SpecInput Input => new(SpecPath, Spec, "Root", Namespace, ClientName, Emit);

    /// <summary>
    /// What MSBuild writes into the generated .editorconfig for a <c>ContractKitSpec</c> item: the item metadata that
    /// ContractKit.Generator.props makes compiler-visible, in the section of the spec's path, and RootNamespace.
    /// </summary>
    private string GlobalConfig() => $"""
        is_global = true
        build_property.RootNamespace = Snapshots.Project

        [{SpecPath}]
        build_metadata.AdditionalFiles.ContractKitRole = Root
        build_metadata.AdditionalFiles.Namespace = {Namespace}
        build_metadata.AdditionalFiles.ClientName = {ClientName}
        build_metadata.AdditionalFiles.Emit = {Emit.Replace(';', ',')}
        """;

    /// <summary>(hint name, file) of every expected source of this feature.</summary>
    private List<(string HintName, string Path)> ExpectedFiles()
    {
        if (!Directory.Exists(ExpectedDirectory))
        {
            return new();
        }
        return Directory.EnumerateFiles(ExpectedDirectory, Feature + ".*.cs")
            .Order(StringComparer.Ordinal)
            .Select(path => (HintNameOf(Path.GetFileNameWithoutExtension(path)[(Feature.Length + 1)..]), path))
            .ToList();
    }

    private string HintNameOf(string name)
        => name == ClientName + "Json" || name == ClientName + "Validators" || name.StartsWith("Validators.", StringComparison.Ordinal)
            ? $"{HintPrefix}.{name}.g.cs"
            : $"{HintPrefix}.Models.{name}.g.cs";

    private string FileNameOf(string hintName)
    {
        var name = hintName.EndsWith(".g.cs", StringComparison.Ordinal) ? hintName[..^".g.cs".Length] : hintName;
        var models = HintPrefix + ".Models.";
        name = name.StartsWith(models, StringComparison.Ordinal) ? name[models.Length..]
            : name.StartsWith(HintPrefix + ".", StringComparison.Ordinal) ? name[(HintPrefix.Length + 1)..]
            : throw new InvalidOperationException($"Hint name '{hintName}' does not start with the expected prefix '{HintPrefix}.'; the hint naming changed, update {nameof(HintPrefix)}.");
        return $"{Feature}.{name}.cs";
    }

    /// <summary>Rewrites this feature's expected files from the generator's output (through the in-memory harness).</summary>
    private void UpdateExpectedFiles()
    {
        var result = GeneratorHarness.Run(Input);
        Directory.CreateDirectory(ExpectedDirectory);
        foreach (var stale in Directory.EnumerateFiles(ExpectedDirectory, Feature + ".*.cs"))
        {
            File.Delete(stale);
        }
        foreach (var source in result.Sources)
        {
            File.WriteAllText(Path.Combine(ExpectedDirectory, FileNameOf(source.HintName)), source.SourceText.ToString(), new UTF8Encoding(false));
        }
    }
}

/// <summary>The reference assemblies the snapshot compilations use, chosen once.</summary>
internal static class SnapshotReferences
{
    /// <summary>
    /// .NET 8 reference assemblies (the runtime library's target), restored from NuGet by the testing library into
    /// its package cache on first use.
    /// </summary>
    public static ReferenceAssemblies Assemblies { get; } = ReferenceAssemblies.Net.Net80;
}
