namespace ContractKit.Package.Tests.Infrastructure;

/// <summary>
/// Packs the generator and the runtime once for the test class, into a temporary folder outside the repository.
/// The build goes to its own artifacts folder (--artifacts-path), so it neither reads nor disturbs the bin/ and obj/
/// folders of a developer's build. The folder is deleted afterwards unless CONTRACTKIT_KEEP_TEMP is set.
/// </summary>
public sealed class PackedPackages : IAsyncLifetime
{
    public const string Version = "0.1.0";

    public string TempRoot { get; } = Path.Combine(Path.GetTempPath(), "contractkit-package-tests-" + Guid.NewGuid().ToString("N")[..12]);

    public string PackagesDirectory => Path.Combine(TempRoot, "packages");

    public string GeneratorPackage => Path.Combine(PackagesDirectory, $"ContractKit.Generator.{Version}.nupkg");

    public string RuntimePackage => Path.Combine(PackagesDirectory, $"ContractKit.Runtime.{Version}.nupkg");

    public ProcessResult GeneratorPack { get; private set; } = null!;

    public ProcessResult RuntimePack { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(TempRoot);
        GeneratorPack = await PackAsync(RepositoryPaths.Generator);
        RuntimePack = await PackAsync(RepositoryPaths.Runtime);
    }

    public Task DisposeAsync()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CONTRACTKIT_KEEP_TEMP")) && Directory.Exists(TempRoot))
        {
            Directory.Delete(TempRoot, recursive: true);
        }
        return Task.CompletedTask;
    }

    private Task<ProcessResult> PackAsync(string project)
        => ProcessRunner.DotnetAsync(
            RepositoryPaths.Root,
            environment: null,
            timeout: null,
            "pack", project,
            "-c", "Release",
            "-o", PackagesDirectory,
            "--artifacts-path", Path.Combine(TempRoot, "build"),
            "--disable-build-servers",
            "-nologo");
}
