namespace ContractKit.Tests.Shared;

/// <summary>The repository a test runs in: the folder above the test's binaries that holds ContractKit.sln.</summary>
public static class Repository
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ContractKit.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException("ContractKit.sln not found above " + AppContext.BaseDirectory);
    }
}
