using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using Microsoft.OpenApi.YamlReader;
using ContractKit.Tests.Shared;

namespace ContractKit.RoundTrip.Tests.Infrastructure;

/// <summary>A spec of the round trips, read with Microsoft.OpenApi, to generate values from its schemas.</summary>
public static class SpecDocument
{
    public static OpenApiDocument Load(string repositoryRelativePath)
    {
        var text = File.ReadAllText(Path.Combine(Repository.Root, repositoryRelativePath));
        var settings = new OpenApiReaderSettings();
        settings.AddYamlReader();
        return OpenApiDocument.Parse(text, OpenApiConstants.Yaml, settings).Document
            ?? throw new InvalidOperationException($"Microsoft.OpenApi read no document from {repositoryRelativePath}.");
    }
}
