namespace ContractKit.Spec.Tests.Infrastructure;

/// <summary>Where the files under test are: the repository's spec/ folder and the examples copied next to the tests.</summary>
internal static class SpecFiles
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string SpecDirectory => Path.Combine(RepositoryRoot, "spec");

    public static string UnifiedMessaging => Path.Combine(SpecDirectory, "unified-messaging.yaml");

    public static string Readme => Path.Combine(SpecDirectory, "README.md");

    public static string Example(string fileName) => Path.Combine(AppContext.BaseDirectory, "Examples", fileName);

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "spec", "unified-messaging.yaml")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No spec/unified-messaging.yaml above {AppContext.BaseDirectory}.");
    }
}
