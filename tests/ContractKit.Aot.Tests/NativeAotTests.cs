using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ContractKit.Conformance.Json;
using ContractKit.Package.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ContractKit.Aot.Tests;

/// <summary>
/// The generated code under Native AOT: a console app that generates the models, validators, client and server of
/// spec/unified-messaging.yaml publishes with <c>PublishAot=true</c> without a trim or AOT warning from the generated
/// code or ContractKit.Runtime. Its native executable reads the guide's example push body and writes it back unchanged
/// (JSON-equal, with the spec's defaults filled in for the properties the body leaves out), then pushes it through the
/// generated client to the generated server on loopback and reads it back.
/// </summary>
public sealed partial class NativeAotTests(ITestOutputHelper output)
{
    private const string RuntimeIdentifier = "linux-x64";

    private static readonly TimeSpan PublishTimeout = TimeSpan.FromMinutes(20);

    [Fact]
    public async Task Generated_code_publishes_with_native_AOT_without_warnings_round_trips_the_guide_push_body_and_serves_it()
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
            // JSON-equal (same members, numbers by value, instants by meaning). A property the body leaves out stays
            // out, though the model holds its default (pmsPropertyId: "ACCOUNT"; the sample checks that it does).
            var input = JsonNode.Parse(File.ReadAllText(body));
            var roundTripped = JsonNode.Parse(run.StandardOutput);
            var difference = JsonSemantics.FirstDifference(input, roundTripped);
            Assert.True(difference is null, $"The round trip changed the body at {difference}\n in:  {input?.ToJsonString()}\n out: {run.StandardOutput}");
            output.WriteLine("Round trip: " + run.StandardOutput);
            // The polymorphic content was read as its variant, not as some fallback.
            Assert.Contains("content: TextContent,TextContent", run.StandardError, StringComparison.Ordinal);
            // The body leaves pmsPropertyId out: the model holds the spec's default.
            Assert.Contains("pmsPropertyId: ACCOUNT,ACCOUNT", run.StandardError, StringComparison.Ordinal);
            // The generated client and server, compiled ahead of time, talked to each other: a token, the push, the
            // read back, and an empty push (minItems) refused by the client's validation before it was sent.
            Assert.Contains("http: pushed 2, read 2, empty push refused: /messages minItems", run.StandardError, StringComparison.Ordinal);
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
                <FrameworkReference Include="Microsoft.AspNetCore.App" />
                <ContractKitSpec Include="{At("spec/unified-messaging.yaml")}" Namespace="{GeneratedNamespace}" ClientName="AotClient" Emit="Models;Validators;Client;Server" />
              </ItemGroup>
              <Import Project="{At("generator/build/ContractKit.Generator.targets")}" />
            </Project>
            """;
    }

    /// <summary>
    /// Reads the body named by its argument as a PushMessagesRequest and writes it back, through the generated typed
    /// info AotClientJson.PushMessagesRequest, as README shows (JsonSerializer's overloads that take only options
    /// would warn IL2026/IL3050 here). Then sends the same body through the generated client to the generated server
    /// on loopback (an OAuth2 token from the server's own token endpoint, the request validated on both sides), reads
    /// the conversation's messages back, and checks that an invalid body is refused before it is sent; it prints one
    /// "http:" line with what it saw, and exits non-zero when anything differs.
    /// </summary>
    public const string Program = """
        using System.Net;
        using System.Security.Claims;
        using System.Text.Encodings.Web;
        using System.Text.Json;
        using Aot.Sample;
        using ContractKit.Runtime.Http;
        using Microsoft.AspNetCore.Authentication;
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Hosting;
        using Microsoft.AspNetCore.Hosting.Server;
        using Microsoft.AspNetCore.Hosting.Server.Features;
        using Microsoft.AspNetCore.Http;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Extensions.Logging;
        using Microsoft.Extensions.Options;

        namespace AotSampleApp;

        public static class Program
        {
            public static async Task<int> Main(string[] args)
            {
                var typeInfo = AotClientJson.PushMessagesRequest;
                var request = JsonSerializer.Deserialize(File.ReadAllText(args[0]), typeInfo)
                    ?? throw new JsonException("The body read as null.");
                Console.Error.WriteLine("content: " + string.Join(",", request.Messages.Select(message => message.Content.GetType().Name)));
                Console.Error.WriteLine("pmsPropertyId: " + string.Join(",", request.Messages.Select(message => message.PmsPropertyId)));
                Console.Out.Write(JsonSerializer.Serialize(request, typeInfo));
                return await OverHttpAsync(request);
            }

            private static async Task<int> OverHttpAsync(PushMessagesRequest request)
            {
                var builder = WebApplication.CreateSlimBuilder();
                builder.Logging.ClearProviders();
                builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
                builder.Services.AddAuthentication(SampleTokens.Scheme).AddScheme<AuthenticationSchemeOptions, SampleTokens>(SampleTokens.Scheme, null);
                builder.Services.AddAuthorization();
                builder.Services.AddSingleton<SampleStore>();
                builder.Services.AddAotApiServer<SampleApi>();
                await using var app = builder.Build();
                app.MapPost("/oauth2/token", (RequestDelegate)(context =>
                {
                    context.Response.ContentType = "application/json";
                    return context.Response.WriteAsync("{\"access_token\":\"granted\",\"token_type\":\"Bearer\",\"expires_in\":3600}");
                }));
                app.MapAotApi();
                await app.StartAsync();
                var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

                var services = new ServiceCollection();
                services.AddAotClient(options =>
                {
                    options.BaseAddress = address;
                    options.ClientId = "aot-sample";
                    options.ClientSecret = "secret";
                    options.TokenEndpoint = new Uri(address, "/oauth2/token");
                    options.ValidateResponses = true;
                });
                await using var provider = services.BuildServiceProvider();
                var client = provider.GetRequiredService<AotClient>();

                var created = await client.PushMessagesAsync(request, idempotencyKey: "aot-1");
                var page = await client.ListConversationMessagesAsync(created[0].ConversationId);
                string refused;
                try
                {
                    await client.PushMessagesAsync(new PushMessagesRequest { Messages = [] });
                    refused = "nothing";
                }
                catch (ApiValidationException exception)
                {
                    refused = string.Join(" ", exception.Result.Errors.Select(error => error.Pointer + " " + error.Keyword));
                }
                await app.StopAsync();

                Console.Error.WriteLine($"http: pushed {created.Count}, read {page.Items.Count}, empty push refused: {refused}");
                return created.Count == request.Messages.Count && page.Items.Count == request.Messages.Count ? 0 : 1;
            }
        }

        /// <summary>Accepts the bearer token the sample's token endpoint hands out, with both scopes of the spec.</summary>
        public sealed class SampleTokens(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
            : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
        {
            public const string Scheme = "Sample";

            protected override Task<AuthenticateResult> HandleAuthenticateAsync()
            {
                if (Request.Headers.Authorization.ToString() != "Bearer granted")
                {
                    return Task.FromResult(AuthenticateResult.NoResult());
                }
                var identity = new ClaimsIdentity([new Claim("scope", "guest.conversation.write guest.conversation.read")], Scheme);
                return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme)));
            }
        }

        public sealed class SampleStore
        {
            public List<Message> Messages { get; } = [];
        }

        /// <summary>One conversation for everything: enough to see a push come back through the read.</summary>
        public sealed class SampleApi(SampleStore store) : IAotApi
        {
            public Task<PushMessagesResult> PushMessagesAsync(string? idempotencyKey, PushMessagesRequest body, CancellationToken cancellationToken)
            {
                var created = body.Messages.Select((pushed, index) => new Message
                {
                    ConversationId = "conv-1",
                    MessageId = $"msg-{store.Messages.Count + index + 1}",
                    Direction = pushed.Direction,
                    Status = MessageStatus.Delivered,
                    CommunicationChannel = pushed.Platform,
                    Content = pushed.Content,
                    MessageCreatedAt = pushed.MessageCreatedAt,
                }).ToList();
                store.Messages.AddRange(created);
                return Task.FromResult(PushMessagesResult.Ok(created));
            }

            public Task<GetConversationResult> GetConversationAsync(string conversationId, CancellationToken cancellationToken)
                => throw new NotSupportedException("The sample does not read conversations.");

            public Task<ListConversationMessagesResult> ListConversationMessagesAsync(string conversationId, int? page, int? size, CancellationToken cancellationToken)
                => Task.FromResult(ListConversationMessagesResult.Ok(new MessagePage
                {
                    Items = store.Messages,
                    Page = 0,
                    Size = store.Messages.Count,
                    TotalElements = store.Messages.Count,
                    TotalPages = 1,
                }));
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
