using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using Microsoft.OpenApi.YamlReader;
using SharpYaml.Serialization;

namespace ContractKit.Spec.Tests.Infrastructure;

/// <summary>spec/unified-messaging.yaml, read once: as Microsoft.OpenApi reads it, and as plain JSON.</summary>
internal static class UnifiedMessagingSpec
{
    private static readonly Lazy<string> Text = new(() => File.ReadAllText(SpecFiles.UnifiedMessaging));
    private static readonly Lazy<ReadResult> Parsed = new(Parse);
    private static readonly Lazy<JsonObject> AsJson = new(ToJson);

    /// <summary>The result of <see cref="OpenApiDocument.Parse"/>, with its diagnostic.</summary>
    public static ReadResult ReadResult => Parsed.Value;

    public static OpenApiDocument Document =>
        Parsed.Value.Document ?? throw new InvalidOperationException("Microsoft.OpenApi returned no document.");

    /// <summary>The YAML as a JSON tree, exactly as written (no model in between).</summary>
    public static JsonObject Json => AsJson.Value;

    private static ReadResult Parse()
    {
        var settings = new OpenApiReaderSettings();
        settings.AddYamlReader();
        return OpenApiDocument.Parse(Text.Value, OpenApiConstants.Yaml, settings);
    }

    private static JsonObject ToJson()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(Text.Value));
        return YamlConverter.ToJsonNode(yaml.Documents[0]).AsObject();
    }
}
