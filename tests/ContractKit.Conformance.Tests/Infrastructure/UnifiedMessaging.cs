using System.Text.Json.Nodes;
using ContractKit.Tests.Shared;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using Microsoft.OpenApi.YamlReader;
using SharpYaml.Serialization;

namespace ContractKit.Conformance.Tests.Infrastructure;

/// <summary>spec/unified-messaging.yaml, read once: as Microsoft.OpenApi reads it, as plain JSON, and as NJsonSchema reads it.</summary>
internal static class UnifiedMessaging
{
    private static readonly Lazy<string> Text = new(() => File.ReadAllText(Path.Combine(RepositoryRoot(), "spec", "unified-messaging.yaml")));
    private static readonly Lazy<OpenApiDocument> Parsed = new(Parse);
    private static readonly Lazy<JsonObject> AsJson = new(ToJson);
    private static readonly Lazy<NJsonSchemaOracle> NJsonSchema = new(() => NJsonSchemaOracle.FromOpenApi(AsJson.Value));

    public static OpenApiDocument Document => Parsed.Value;

    public static NJsonSchemaOracle Oracle => NJsonSchema.Value;

    public static IOpenApiSchema Schema(string name) => Document.Components!.Schemas![name];

    private static OpenApiDocument Parse()
    {
        var settings = new OpenApiReaderSettings();
        settings.AddYamlReader();
        return OpenApiDocument.Parse(Text.Value, OpenApiConstants.Yaml, settings).Document
            ?? throw new InvalidOperationException("Microsoft.OpenApi returned no document.");
    }

    private static JsonObject ToJson()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(Text.Value));
        return YamlConverter.ToJsonNode(yaml.Documents[0]).AsObject();
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
        throw new DirectoryNotFoundException($"No folder above {AppContext.BaseDirectory} holds ContractKit.sln.");
    }
}
