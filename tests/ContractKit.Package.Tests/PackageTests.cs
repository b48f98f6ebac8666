using System.IO.Compression;
using System.Reflection;
using System.Runtime.Loader;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ContractKit.Package.Tests.Infrastructure;

namespace ContractKit.Package.Tests;

/// <summary>
/// The packages as a consumer gets them: what the generator and runtime packages hold, and a fresh project that
/// references ContractKit.Generator from them builds warning-free and can use the generated models.
/// </summary>
public sealed partial class PackageTests(PackedPackages packed) : IClassFixture<PackedPackages>
{
    private const string AnalyzerFolder = "analyzers/dotnet/cs/";

    [Fact]
    public void Generator_package_ships_the_analyzer_its_dependencies_and_build_files()
    {
        AssertPacked(packed.GeneratorPack, packed.GeneratorPackage);
        using var zip = ZipFile.OpenRead(packed.GeneratorPackage);
        var entries = zip.Entries.Select(entry => entry.FullName).ToHashSet(StringComparer.Ordinal);
        var listing = string.Join("\n", entries.Order(StringComparer.Ordinal));

        string[] expected =
        [
            AnalyzerFolder + "ContractKit.Generator.dll",
            AnalyzerFolder + "Microsoft.OpenApi.dll",
            AnalyzerFolder + "Microsoft.OpenApi.YamlReader.dll",
            AnalyzerFolder + "SharpYaml.dll",
            "build/ContractKit.Generator.props",
            "build/ContractKit.Generator.targets",
        ];
        foreach (var path in expected)
        {
            Assert.True(entries.Contains(path), $"{path} is missing from the generator package:\n{listing}");
        }
        // An analyzer package: nothing for the consumer's compilation or output.
        Assert.DoesNotContain(entries, entry => entry.StartsWith("lib/", StringComparison.Ordinal) || entry.StartsWith("ref/", StringComparison.Ordinal));

        var dependencies = Dependencies(zip, "ContractKit.Generator.nuspec");
        var described = string.Join(", ", dependencies.Select(d => $"{d.Id} {d.Version}"));
        Assert.Contains(dependencies, d => d.Id == "ContractKit.Runtime" && d.Version == PackedPackages.Version);
        // The generator's own references run inside the compiler: shipped under analyzers/, never dependencies.
        foreach (var id in new[] { "Microsoft.OpenApi", "Microsoft.OpenApi.YamlReader", "Microsoft.CodeAnalysis", "PolySharp", "SharpYaml" })
        {
            Assert.False(
                dependencies.Any(d => d.Id.StartsWith(id, StringComparison.OrdinalIgnoreCase)),
                $"The generator package must not depend on {id}; its dependencies: {described}");
        }
    }

    [Fact]
    public void Runtime_package_ships_the_library()
    {
        AssertPacked(packed.RuntimePack, packed.RuntimePackage);
        using var zip = ZipFile.OpenRead(packed.RuntimePackage);
        var entries = zip.Entries.Select(entry => entry.FullName).ToList();
        Assert.Contains("lib/net8.0/ContractKit.Runtime.dll", entries);
        Assert.Contains("lib/net8.0/ContractKit.Runtime.xml", entries);
        // The generated client's token requests and retries; nothing else (models and validators need no package).
        Assert.Equal(
            new[] { ("Duende.IdentityModel", "8.1.0"), ("Microsoft.Extensions.Http.Resilience", "10.11.0") },
            Dependencies(zip, "ContractKit.Runtime.nuspec").Distinct().OrderBy(d => d.Id, StringComparer.Ordinal));
    }

    [Fact]
    public async Task Fresh_project_builds_warning_free_with_the_generator_package_and_uses_the_models()
    {
        AssertPacked(packed.GeneratorPack, packed.GeneratorPackage);
        AssertPacked(packed.RuntimePack, packed.RuntimePackage);

        var consumerRoot = Path.Combine(packed.TempRoot, "consumer");
        var project = Path.Combine(consumerRoot, "Consumer");
        // Its own package folder: a ContractKit.Generator 0.1.0 cached by an earlier run is never used.
        var nugetPackages = Path.Combine(consumerRoot, "nuget-packages");
        Directory.CreateDirectory(consumerRoot);
        var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = nugetPackages };

        var created = await ProcessRunner.DotnetAsync(consumerRoot, environment, null, "new", "classlib", "-f", "net10.0", "-n", "Consumer", "-o", project);
        Assert.True(created.ExitCode == 0, created.Describe());

        // The machine's sources stay (no <clear/>); the freshly packed folder is added.
        File.WriteAllText(Path.Combine(project, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="contractkit-under-test" value="{packed.PackagesDirectory}" />
              </packageSources>
            </configuration>
            """);

        var spec = ConsumerSpec.Find();
        Directory.CreateDirectory(Path.Combine(project, "api"));
        File.Copy(spec.Path, Path.Combine(project, "api", "openapi.yaml"));

        // Exactly the two lines a consumer adds to the project file.
        var csprojPath = Path.Combine(project, "Consumer.csproj");
        var csproj = File.ReadAllText(csprojPath);
        var closing = csproj.LastIndexOf("</Project>", StringComparison.Ordinal);
        Assert.True(closing >= 0, csproj);
        File.WriteAllText(csprojPath, csproj[..closing] + $"""
              <ItemGroup>
                <PackageReference Include="ContractKit.Generator" Version="{PackedPackages.Version}" />
                <ContractKitSpec Include="api/openapi.yaml" Namespace="Acme.Pms" ClientName="PmsClient" Emit="Models" />
              </ItemGroup>

            """ + csproj[closing..]);

        File.WriteAllText(Path.Combine(project, "Probe.cs"), spec.ProbeSource);

        var build = await ProcessRunner.DotnetAsync(project, environment, null, "build", "-p:EmitCompilerGeneratedFiles=true", "--disable-build-servers", "-nologo", "-tl:off");
        Assert.True(build.ExitCode == 0, build.Describe());

        var warnings = build.OutputLines.Where(line => WarningLine().IsMatch(line)).Distinct().ToList();
        var fromGenerated = warnings.Where(line => line.Contains(".g.cs", StringComparison.Ordinal) || line.Contains("ContractKit", StringComparison.Ordinal)).ToList();
        Assert.True(fromGenerated.Count == 0, "Warnings from generated code:\n" + string.Join("\n", fromGenerated) + "\n\n" + build.Describe());
        Assert.True(warnings.Count == 0, "The build must be warning-free:\n" + string.Join("\n", warnings) + "\n\n" + build.Describe());

        // The generator ran from the package: its output, emitted to obj/, has the models and the JSON options.
        var generatedDirectory = Path.Combine(project, "obj", "Debug", "net10.0", "generated", "ContractKit.Generator", "ContractKit.Generator.ContractKitGenerator");
        Assert.True(Directory.Exists(generatedDirectory), "No generator output in " + generatedDirectory + "\n\n" + build.Describe());
        var generated = Directory.GetFiles(generatedDirectory, "*.g.cs").Select(Path.GetFileName).ToList();
        var generatedListing = string.Join("\n", generated);
        Assert.True(generated.Any(name => name!.EndsWith(".PmsClientJson.g.cs", StringComparison.Ordinal)), "No PmsClientJson.g.cs among:\n" + generatedListing);
        Assert.True(generated.Any(name => name!.EndsWith($".Models.{spec.ModelName}.g.cs", StringComparison.Ordinal)), $"No Models.{spec.ModelName}.g.cs among:\n" + generatedListing);

        // Both packages came from the folder under test, and the runtime arrived as the generator's dependency.
        foreach (var id in new[] { "contractkit.generator", "contractkit.runtime" })
        {
            var metadata = Path.Combine(nugetPackages, id, PackedPackages.Version, ".nupkg.metadata");
            Assert.True(File.Exists(metadata), $"{id} {PackedPackages.Version} was not restored into {nugetPackages}");
            using var document = JsonDocument.Parse(File.ReadAllText(metadata));
            Assert.Equal(Path.TrimEndingDirectorySeparator(packed.PackagesDirectory), Path.TrimEndingDirectorySeparator(document.RootElement.GetProperty("source").GetString()!));
        }

        // The generated types work: serialize a model with PmsClientJson.Options and read it back.
        var json = RunProbe(Path.Combine(project, "bin", "Debug", "net10.0", "Consumer.dll"), Path.Combine(nugetPackages, "contractkit.runtime", PackedPackages.Version, "lib", "net8.0"));
        foreach (var fragment in spec.ExpectedJsonFragments)
        {
            Assert.Contains(fragment, json, StringComparison.Ordinal);
        }
    }

    private static void AssertPacked(ProcessResult pack, string package)
    {
        Assert.True(pack.ExitCode == 0, pack.Describe());
        Assert.True(File.Exists(package), $"{package} was not created.\n\n" + pack.Describe());
    }

    private static List<(string Id, string Version)> Dependencies(ZipArchive zip, string nuspecName)
    {
        var entry = zip.GetEntry(nuspecName) ?? throw new InvalidOperationException(nuspecName + " is missing from the package");
        using var stream = entry.Open();
        var nuspec = XDocument.Load(stream);
        return nuspec.Descendants()
            .Where(element => element.Name.LocalName == "dependency")
            .Select(element => ((string?)element.Attribute("id") ?? "", (string?)element.Attribute("version") ?? ""))
            .ToList();
    }

    /// <summary>Loads the consumer in its own context (the runtime assembly from the restored package) and runs its probe.</summary>
    private static string RunProbe(string consumerAssembly, string runtimeFolder)
    {
        var context = new AssemblyLoadContext("ContractKit.Consumer", isCollectible: true);
        context.Resolving += (ctx, name) =>
        {
            var candidate = Path.Combine(runtimeFolder, name.Name + ".dll");
            return File.Exists(candidate) ? ctx.LoadFromAssemblyPath(candidate) : null;
        };
        try
        {
            var assembly = context.LoadFromAssemblyPath(consumerAssembly);
            var probe = assembly.GetType("Consumer.Probe", throwOnError: true)!;
            var roundTrip = probe.GetMethod("RoundTrip", BindingFlags.Public | BindingFlags.Static)!;
            return (string)roundTrip.Invoke(null, null)!;
        }
        finally
        {
            context.Unload();
        }
    }

    [GeneratedRegex(@"\bwarning\s+[A-Za-z]+\d+\s*:|:\s*warning\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex WarningLine();
}
