namespace ContractKit.Conformance.Tests.Infrastructure;

/// <summary>
/// The public specs in shared/specs, which sits beside the repository (../shared/specs from the folder holding
/// ContractKit.sln) both on developer machines and in CI.
/// </summary>
internal static class SharedSpecs
{
    private static readonly Lazy<string> Directory = new(Locate);

    public static string PetstoreExpanded => PathOf("oai-petstore-expanded.yaml");

    public static string RedoclyMuseum => PathOf("redocly-museum.yaml");

    public static string PathOf(string fileName) => Path.Combine(Directory.Value, fileName);

    private static string Locate()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ContractKit.sln")))
            {
                var specs = Path.GetFullPath(Path.Combine(folder.FullName, "..", "shared", "specs"));
                return System.IO.Directory.Exists(specs)
                    ? specs
                    : throw new DirectoryNotFoundException($"shared/specs is missing: expected it at {specs}, beside the repository.");
            }
        }
        throw new DirectoryNotFoundException($"No folder above {AppContext.BaseDirectory} holds ContractKit.sln.");
    }
}
