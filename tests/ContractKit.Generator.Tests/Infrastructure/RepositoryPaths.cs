namespace ContractKit.Generator.Tests.Infrastructure;

/// <summary>Where the repository and the shared corpus of real-world specs are, from the test's bin folder.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>../shared/specs beside the repository (CI lays a copy of shared/ there too).</summary>
    public static string CorpusSpecs => Path.GetFullPath(Path.Combine(Root, "..", "shared", "specs"));

    public static string Spec(string relative) => Path.Combine(Root, "spec", relative);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ContractKit.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("ContractKit.sln not found above " + AppContext.BaseDirectory);
    }
}
