using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ContractKit.Benchmarks;

/// <summary>
/// <c>--generator DIR SPEC [ROUNDS]</c>: runs the ContractKit generator alone, outside the compiler, the way the
/// compiler runs it (a GeneratorDriver over the spec as an AdditionalFile with the build targets' metadata, every
/// .yaml/.yml/.json under the spec's folder as a part), so its time and memory separate from compiling what it
/// writes. DIR holds ContractKit.Generator.dll and the assemblies it loads (the package's analyzers/dotnet/cs);
/// they load into their own context, as in the compiler, with Roslyn (from BenchmarkDotNet's dependency, 4.14)
/// and System.Text.Json shared. Round 1 is cold (assemblies loaded and code JIT-compiled on the way, as in every
/// command-line build); later rounds run a fresh driver on warm code, as a long-lived compiler server would.
/// Prints one line per round, then a summary line "generator: ..." that generator-vs-kiota.sh reads; it gives the
/// JIT's share of the cold round too (time spent compiling methods, and how many), from System.Runtime.JitInfo.
/// The spec's surfaces are <c>Models</c>, or what the environment variable BENCH_EMIT says (<c>Models;Validators</c>).
/// </summary>
public static class GeneratorRun
{
    public static int Run(string generatorDirectory, string specPath, int rounds)
    {
        var total = Stopwatch.StartNew();
        var context = new GeneratorLoadContext(Path.GetFullPath(generatorDirectory));
        var assembly = context.LoadFromAssemblyPath(Path.Combine(context.Directory, "ContractKit.Generator.dll"));
        var generatorType = assembly.GetType("ContractKit.Generator.ContractKitGenerator", throwOnError: true)!;
        var loaded = total.Elapsed;

        var root = Path.GetFullPath(specPath);
        var files = SpecFiles(root);
        var compilation = CSharpCompilation.Create(
            "GeneratorRun",
            references: [MetadataReference.CreateFromFile(typeof(object).Assembly.Location)],
            options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var parseOptions = new CSharpParseOptions(LanguageVersion.Preview);
        var optionsProvider = new SpecOptionsProvider(root);

        var times = new List<double>();
        var (sources, chars, diagnostics) = (0, 0L, 0);
        var (coldJit, coldMethods) = (TimeSpan.Zero, 0L);
        for (var round = 1; round <= rounds; round++)
        {
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var (jitBefore, methodsBefore) = (System.Runtime.JitInfo.GetCompilationTime(), System.Runtime.JitInfo.GetCompiledMethodCount());
            var watch = Stopwatch.StartNew();
            var generator = ((IIncrementalGenerator)Activator.CreateInstance(generatorType)!).AsSourceGenerator();
            GeneratorDriver driver = CSharpGeneratorDriver.Create([generator], files, parseOptions, optionsProvider);
            driver = driver.RunGenerators(compilation);
            var result = driver.GetRunResult();
            watch.Stop();
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            if (round == 1)
            {
                // How much of the cold run is the JIT compiling code (all threads), which a warm run does not pay.
                (coldJit, coldMethods) = (System.Runtime.JitInfo.GetCompilationTime() - jitBefore, System.Runtime.JitInfo.GetCompiledMethodCount() - methodsBefore);
            }
            var generated = result.Results[0];
            if (generated.Exception is { } exception)
            {
                Console.Error.WriteLine($"the generator threw: {exception}");
                return 1;
            }
            sources = generated.GeneratedSources.Length;
            chars = generated.GeneratedSources.Sum(source => (long)source.SourceText.Length);
            diagnostics = generated.Diagnostics.Length;
            times.Add(watch.Elapsed.TotalSeconds);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"round {round}{(round == 1 ? " (cold)" : "")}: {watch.Elapsed.TotalSeconds:F3} s, {allocated / 1048576.0:F0} MB allocated, {sources} files, {chars / 1048576.0:F1} M chars, {diagnostics} diagnostics"));
        }
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var warm = times.Skip(1).Order().ToList();
        var warmMedian = warm.Count == 0 ? double.NaN : warm.Count % 2 == 1 ? warm[warm.Count / 2] : (warm[warm.Count / 2 - 1] + warm[warm.Count / 2]) / 2;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"generator: load {loaded.TotalSeconds:F3} cold {times[0]:F3} cold_jit {coldJit.TotalSeconds:F3} cold_jit_methods {coldMethods} warm_median {warmMedian:F3} files {sources} chars {chars} diagnostics {diagnostics} inputs {files.Length} peak_working_set_mb {process.PeakWorkingSet64 / 1048576.0:F0}"));
        return 0;
    }

    /// <summary>The root and, like the package's build targets, every .yaml/.yml/.json under its folder as a part.</summary>
    private static ImmutableArray<AdditionalText> SpecFiles(string root)
    {
        var folder = Path.GetDirectoryName(root)!;
        string[] skipped = ["bin", "obj", "node_modules"];
        var parts = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(path => path != root && Path.GetExtension(path) is ".yaml" or ".yml" or ".json")
            .Where(path => !Path.GetRelativePath(folder, path).Split(Path.DirectorySeparatorChar).Any(skipped.Contains))
            .Order(StringComparer.Ordinal);
        return [new FileText(root), .. parts.Select(path => (AdditionalText)new FileText(path))];
    }

    private sealed class FileText(string path) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default)
            => SourceText.From(File.ReadAllText(Path), System.Text.Encoding.UTF8);
    }

    /// <summary>The metadata ContractKit.Generator.props/.targets give a spec item: role, namespace, client name, surfaces.</summary>
    private sealed class SpecOptionsProvider(string root) : AnalyzerConfigOptionsProvider
    {
        private static readonly Options Global = new(new Dictionary<string, string> { ["build_property.RootNamespace"] = "GeneratorRun" });

        private readonly Options rootOptions = new(new Dictionary<string, string>
        {
            ["build_metadata.AdditionalFiles.ContractKitRole"] = "Root",
            ["build_metadata.AdditionalFiles.Namespace"] = "Bench.Api",
            ["build_metadata.AdditionalFiles.ClientName"] = "BenchClient",
            ["build_metadata.AdditionalFiles.Emit"] = Environment.GetEnvironmentVariable("BENCH_EMIT") ?? "Models",
        });

        private readonly Options partOptions = new(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.ContractKitRole"] = "Part" });

        public override AnalyzerConfigOptions GlobalOptions => Global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => textFile.Path == root ? rootOptions : partOptions;

        private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
        {
            public static Options Empty { get; } = new([]);

            public override bool TryGetValue(string key, out string value)
            {
                if (values.TryGetValue(key, out var found))
                {
                    value = found;
                    return true;
                }
                value = "";
                return false;
            }
        }
    }

    /// <summary>The generator and its dependencies in their own context; Roslyn and the framework come from the host.</summary>
    private sealed class GeneratorLoadContext(string directory) : AssemblyLoadContext("ContractKit.Generator", isCollectible: false)
    {
        public string Directory { get; } = directory;

        protected override Assembly? Load(AssemblyName assemblyName)
        {
            if (assemblyName.Name is { } name && !name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal))
            {
                var candidate = Path.Combine(Directory, name + ".dll");
                if (File.Exists(candidate))
                {
                    return LoadFromAssemblyPath(candidate);
                }
            }
            return null;
        }
    }
}
