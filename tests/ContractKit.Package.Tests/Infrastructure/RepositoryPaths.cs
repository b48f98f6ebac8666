namespace ContractKit.Package.Tests.Infrastructure;

/// <summary>Where the repository is, found from the test's bin folder.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Generator => Path.Combine(Root, "generator", "ContractKit.Generator.csproj");

    public static string Runtime => Path.Combine(Root, "runtime", "ContractKit.Runtime.csproj");

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
