using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ContractKit.Conformance.Json;
using ContractKit.Package.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ContractKit.Aot.Tests;

/// <summary>
/// The generated models under Native AOT: a console app that generates the models of spec/unified-messaging.yaml
/// publishes with <c>PublishAot=true</c> without a trim or AOT warning from the generated code or ContractKit.Runtime,
/// and its native executable reads the guide's example push body and writes it back unchanged (JSON-equal, with the
/// spec's defaults filled in for the properties the body leaves out).
/// </summary>
public sealed partial class NativeAotTests(ITestOutputHelper output)
{
    private const string RuntimeIdentifier = "linux-x64";

    private static readonly TimeSpan PublishTimeout = TimeSpan.FromMinutes(20);

    [Fact]
    public async Task Generated_models_publish_with_native_AOT_without_warnings_and_round_trip_the_guide_push_body()
    {
        Assert.True(
            System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier == RuntimeIdentifier,
            $"This test publishes and runs a {RuntimeIdentifier} executable; this machine is {System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier}.");
        var toolchain = NativeToolchain.Find();
        Assert.True(toolchain.Error is null, toolchain.Error);

        var root = Path.Combine(Path.GetTempPath(), "contractkit-aot-tests-" + Guid.NewGuid().ToString("N")[..12]);
        try
        {
            var project = Path.Combine(root, "AotSample");
            var artifacts = Path.Combine(root, "artifacts");
            Directory.CreateDirectory(project);
            File.WriteAllText(Path.Combine(project, "AotSample.csproj"), SampleProject.ProjectFile(RepositoryPaths.Root));
            File.WriteAllText(Path.Combine(project, "Program.cs"), SampleProject.Program);
            var body = Path.Combine(root, "guide-push-request.json");
            File.Copy(Path.Combine(RepositoryPaths.Root, "tests", "ContractKit.Spec.Tests", "Examples", "guide-push-request.json"), body);

            // Its own artifacts folder: the build of the generator and the runtime it triggers neither reads nor
            // disturbs the bin/ and obj/ folders of a developer's build.
            string[] arguments =
            [
                "publish", "-c", "Release", "-r", RuntimeIdentifier,
                "--artifacts-path", artifacts,
                "--disable-build-servers", "-nologo", "-tl:off",
                .. toolchain.MSBuildArguments,
            ];
            var publish = await ProcessRunner.DotnetAsync(project, environment: null, PublishTimeout, arguments);
            output.WriteLine($"{publish.Command}: exit code {publish.ExitCode} in {publish.Duration.TotalSeconds:F0} s{toolchain.Note}");

            Assert.False(
                publish.ExitCode != 0 && IlCompilerUnavailable(publish),
                "The Native AOT compiler package (runtime.linux-x64.Microsoft.DotNet.ILCompiler, the version of the SDK's runtime) "
                + "could not be restored from NuGet, so nothing was compiled ahead of time:\n\n" + publish.Describe());
            Assert.True(publish.ExitCode == 0, publish.Describe());

            var warnings = publish.OutputLines.Where(line => TrimOrAotWarning().IsMatch(line)).Distinct().ToList();
            var ours = warnings.Where(FromContractKit).ToList();
            Assert.True(ours.Count == 0, $"Trim/AOT warnings from generated code or ContractKit.Runtime:\n{string.Join("\n", ours)}\n\n{publish.Describe()}");
            foreach (var other in warnings)
            {
                output.WriteLine("Other trim/AOT warning (not from ContractKit): " + other);
            }

            var executable = Directory.EnumerateFiles(Path.Combine(artifacts, "publish"), "AotSample", SearchOption.AllDirectories).SingleOrDefault();
            Assert.True(executable is not null, "No AotSample executable under " + Path.Combine(artifacts, "publish") + "\n\n" + publish.Describe());
            // A native executable: no managed AotSample.dll beside it for a runtime to load.
            Assert.False(File.Exists(Path.ChangeExtension(executable, ".dll")), "AotSample.dll was published beside the executable: this is not a native AOT build.");
            Assert.True(IsElf(executable), executable + " is not an ELF executable.");

            var run = await ProcessRunner.RunAsync(executable, [body], root, new Dictionary<string, string?>(), TimeSpan.FromMinutes(1));
            Assert.True(run.ExitCode == 0, run.Describe());
            // JSON-equal (same members, numbers by value, instants by meaning), except that the models write the
            // spec's defaults for properties the body leaves out (pmsPropertyId: "ACCOUNT"): the body with them filled in.
            var input = JsonNode.Parse(File.ReadAllText(body));
            var expected = SpecDefaults.Load(Path.Combine(RepositoryPaths.Root, "spec", "unified-messaging.yaml")).Apply(input, "PushMessagesRequest");
            var roundTripped = JsonNode.Parse(run.StandardOutput);
            var difference = JsonSemantics.FirstDifference(expected, roundTripped);
            Assert.True(difference is null, $"The round trip changed the body at {difference}\n in:       {input?.ToJsonString()}\n expected: {expected?.ToJsonString()}\n out:      {run.StandardOutput}");
            output.WriteLine("Round trip: " + run.StandardOutput);
            // The polymorphic content was read as its variant, not as some fallback.
            Assert.Contains("content: TextContent,TextContent", run.StandardError, StringComparison.Ordinal);
        }
        finally
        {
            if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CONTRACTKIT_KEEP_TEMP")) && Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }

    /// <summary>
    /// A warning that the generated code or the runtime library causes: reported in a generated file (the generator's
    /// output folder, a .g.cs file), in ContractKit.Runtime, or naming a member of the generated namespace.
    /// </summary>
    private static bool FromContractKit(string line)
        => line.Contains("ContractKit.Generator", StringComparison.Ordinal)
            || line.Contains(".g.cs", StringComparison.Ordinal)
            || line.Contains("ContractKit.Runtime", StringComparison.Ordinal)
            || line.Contains(SampleProject.GeneratedNamespace + ".", StringComparison.Ordinal);

    private static bool IlCompilerUnavailable(ProcessResult publish)
        => publish.OutputLines.Any(line => line.Contains("ILCompiler", StringComparison.OrdinalIgnoreCase)
            && (line.Contains("NU1101", StringComparison.Ordinal) || line.Contains("NU1102", StringComparison.Ordinal)
                || line.Contains("NU1103", StringComparison.Ordinal) || line.Contains("NU1301", StringComparison.Ordinal)
                || line.Contains("Unable to find package", StringComparison.OrdinalIgnoreCase)));

    private static bool IsElf(string path)
    {
        using var stream = File.OpenRead(path);
        var magic = new byte[4];
        return stream.Read(magic, 0, 4) == 4 && magic is [0x7F, (byte)'E', (byte)'L', (byte)'F'];
    }

    /// <summary>IL2xxx (trimming) and IL3xxx (AOT) warnings, from the Roslyn analyzers or from ILC.</summary>
    [GeneratedRegex(@"\bwarning\s+IL[23]\d{3}\b", RegexOptions.IgnoreCase)]
    private static partial Regex TrimOrAotWarning();
}

/// <summary>The temporary console app: a project file with the generator wired in as this repository does, and its Main.</summary>
internal static class SampleProject
{
    public const string GeneratedNamespace = "Aot.Sample";

    /// <summary>
    /// The generator as an analyzer ProjectReference with its build files imported by hand (a package would bring
    /// them), the runtime as a normal ProjectReference, and one ContractKitSpec item. TrimmerSingleWarn=false: a
    /// warning inside ContractKit.Runtime is reported where it is, not folded into one IL2104 for the assembly.
    /// </summary>
    public static string ProjectFile(string repositoryRoot)
    {
        string At(string relative) => Path.Combine(repositoryRoot, relative);
        return $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="{At("generator/build/ContractKit.Generator.props")}" />
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <RootNamespace>AotSampleApp</RootNamespace>
                <PublishAot>true</PublishAot>
                <InvariantGlobalization>true</InvariantGlobalization>
                <TrimmerSingleWarn>false</TrimmerSingleWarn>
                <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="{At("generator/ContractKit.Generator.csproj")}" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
                <ProjectReference Include="{At("runtime/ContractKit.Runtime.csproj")}" />
                <ContractKitSpec Include="{At("spec/unified-messaging.yaml")}" Namespace="{GeneratedNamespace}" ClientName="AotClient" Emit="Models" />
              </ItemGroup>
              <Import Project="{At("generator/build/ContractKit.Generator.targets")}" />
            </Project>
            """;
    }

    /// <summary>
    /// Reads the body named by its argument as a PushMessagesRequest and writes it back, through the generated typed
    /// info AotClientJson.PushMessagesRequest, as README shows (JsonSerializer's overloads that take only options
    /// would warn IL2026/IL3050 here).
    /// </summary>
    public const string Program = """
        using System.Text.Json;
        using Aot.Sample;

        namespace AotSampleApp;

        public static class Program
        {
            public static int Main(string[] args)
            {
                var typeInfo = AotClientJson.PushMessagesRequest;
                var request = JsonSerializer.Deserialize(File.ReadAllText(args[0]), typeInfo)
                    ?? throw new JsonException("The body read as null.");
                Console.Error.WriteLine("content: " + string.Join(",", request.Messages.Select(message => message.Content.GetType().Name)));
                Console.Out.Write(JsonSerializer.Serialize(request, typeInfo));
                return 0;
            }
        }
        """;
}

/// <summary>
/// The C toolchain Native AOT links with on Linux: <c>clang</c> on the PATH, or else a versioned <c>clang-NN</c>
/// (Debian's clang-14 comes without the unversioned name unless the <c>clang</c> package is installed), named to ILC
/// through CppCompilerAndLinker.
/// </summary>
internal sealed record NativeToolchain(string[] MSBuildArguments, string Note, string? Error)
{
    public static NativeToolchain Find()
    {
        var directories = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        if (directories.Any(directory => File.Exists(Path.Combine(directory, "clang"))))
        {
            return new([], "", null);
        }
        var versioned = directories
            .Where(Directory.Exists)
            .SelectMany(directory => Directory.EnumerateFiles(directory, "clang-*"))
            .Select(Path.GetFileName)
            .Where(name => Regex.IsMatch(name!, @"^clang-\d+$"))
            .OrderByDescending(name => int.Parse(name!["clang-".Length..]))
            .FirstOrDefault();
        if (versioned is not null)
        {
            return new([$"-p:CppCompilerAndLinker={versioned}"], $" (no 'clang' on the PATH: linked with {versioned})", null);
        }
        return new([], "", "Native AOT on Linux links with clang, and no clang is on the PATH. Install it (Debian: apt-get install -y clang zlib1g-dev).");
    }
}
