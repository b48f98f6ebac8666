using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using Microsoft.OpenApi.YamlReader;

namespace ContractKit.RoundTrip.Tests.Infrastructure;

/// <summary>A spec of the round trips, read with Microsoft.OpenApi, to generate values from its schemas.</summary>
public static class SpecDocument
{
    public static OpenApiDocument Load(string repositoryRelativePath)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot(), repositoryRelativePath));
        var settings = new OpenApiReaderSettings();
        settings.AddYamlReader();
        return OpenApiDocument.Parse(text, OpenApiConstants.Yaml, settings).Document
            ?? throw new InvalidOperationException($"Microsoft.OpenApi read no document from {repositoryRelativePath}.");
    }

    private static string RepositoryRoot()
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
