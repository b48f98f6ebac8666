using ContractKit.Generator.Tests.Infrastructure;

namespace ContractKit.Generator.Tests.Corpus;

/// <summary>The real-world specs in ../shared/specs that nobody here wrote, plus our own.</summary>
public static class CorpusSpecs
{
    public static readonly string[] SingleFile =
    {
        "oai-petstore.yaml",
        "oai-petstore-expanded.yaml",
        "oai-uspto.yaml",
        "oai-api-with-examples.yaml",
        "oai-callback-example.yaml",
        "oai-link-example.yaml",
        "redocly-museum.yaml",
        "twilio-conversations-v1.yaml",
        "discord.json",
    };

    public const string DigitalOceanRoot = "digitalocean/specification/DigitalOcean-public.v2.yaml";

    public static TheoryData<string> SingleFileNames() => new(SingleFile);

    public static string PathOf(string name) => Path.Combine(RepositoryPaths.CorpusSpecs, name);

    /// <summary>The root and every file under its folder, as the package's targets would pass them.</summary>
    public static SpecInput[] WithParts(string rootName, string emit = "Models")
    {
        var root = PathOf(rootName);
        var folder = Path.GetDirectoryName(root)!;
        var parts = Directory.EnumerateFiles(folder, "*.*", SearchOption.AllDirectories)
            .Where(path => path.EndsWith(".yaml") || path.EndsWith(".yml") || path.EndsWith(".json"))
            .Where(path => Path.GetFullPath(path) != Path.GetFullPath(root))
            .Select(path => SpecInput.FromFile(path, emit: null, role: "Part"));
        return parts.Prepend(SpecInput.FromFile(root, emit)).ToArray();
    }
}
