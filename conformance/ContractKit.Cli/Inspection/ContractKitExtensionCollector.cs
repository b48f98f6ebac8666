using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace ContractKit.Cli.Inspection;

/// <summary>
/// Finds every <c>x-contractkit-*</c> extension the reader kept, anywhere in the document. It walks the reader's
/// model rather than the raw YAML: an extension the reader drops (say, beside a <c>$ref</c> in 3.0) is one the
/// generator will never see, and leaving it out of the list is how the author notices.
/// </summary>
internal sealed class ContractKitExtensionCollector : OpenApiVisitorBase
{
    public const string Prefix = "x-contractkit-";

    private readonly List<ExtensionUsage> found = [];

    public static List<ExtensionUsage> Collect(OpenApiDocument document)
    {
        var collector = new ContractKitExtensionCollector();
        // The walker visits each component once, at its definition, and not again where it is referenced.
        new OpenApiWalker(collector).Walk(document);
        return collector.found;
    }

    public override void Visit(IOpenApiExtensible openApiExtensible)
    {
        foreach (var (name, extension) in openApiExtensible.Extensions ?? new Dictionary<string, IOpenApiExtension>())
        {
            if (name.StartsWith(Prefix, StringComparison.Ordinal))
            {
                found.Add(new ExtensionUsage(name, PathString, ValueOf(extension)));
            }
        }
    }

    private static JsonNode? ValueOf(IOpenApiExtension extension)
    {
        if (extension is JsonNodeExtension json)
        {
            return json.Node?.DeepClone();
        }
        // Only reached if someone registers a custom extension parser: serialise it back the way it would be written.
        using var text = new StringWriter();
        extension.Write(new OpenApiJsonWriter(text), OpenApiSpecVersion.OpenApi3_1);
        return JsonNode.Parse(text.ToString());
    }
}
