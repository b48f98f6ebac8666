namespace ContractKit.Package.Tests.Infrastructure;

/// <summary>
/// The spec the fresh project generates from, with a small C# file that uses one of its models and the generated
/// PmsClientJson.Options: the repository's own spec when it has one, else the OAI petstore from the shared corpus.
/// </summary>
public sealed record ConsumerSpec(string Path, string ModelName, string ProbeSource, IReadOnlyList<string> ExpectedJsonFragments)
{
    public static ConsumerSpec Find()
    {
        var unifiedMessaging = System.IO.Path.Combine(RepositoryPaths.Root, "spec", "unified-messaging.yaml");
        if (File.Exists(unifiedMessaging))
        {
            return new(unifiedMessaging, "Problem", Probe("""new Problem { Type = "about:blank", Title = "Bad Request", Status = 400, Detail = "Not JSON." }""", "Problem"),
                ["\"title\":\"Bad Request\"", "\"status\":400", "\"detail\":\"Not JSON.\""]);
        }

        string[] petstoreCandidates =
        [
            System.IO.Path.GetFullPath(System.IO.Path.Combine(RepositoryPaths.Root, "..", "shared", "specs", "oai-petstore-expanded.yaml")),
            "/work/shared/specs/oai-petstore-expanded.yaml",
        ];
        var petstore = petstoreCandidates.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("No spec for the consumer project: neither spec/unified-messaging.yaml nor any of " + string.Join(", ", petstoreCandidates));
        return new(petstore, "Error", Probe("""new Error { Code = 418, Message = "teapot" }""", "Error"),
            ["\"code\":418", "\"message\":\"teapot\""]);
    }

    private static string Probe(string construction, string type)
        => $$"""
            using System.Text.Json;
            using Acme.Pms;

            namespace Consumer;

            public static class Probe
            {
                /// <summary>Serializes a generated model with the generated options and reads it back.</summary>
                public static string RoundTrip()
                {
                    var value = {{construction}};
                    var json = JsonSerializer.Serialize(value, PmsClientJson.Options);
                    var back = JsonSerializer.Deserialize<{{type}}>(json, PmsClientJson.Options)
                        ?? throw new JsonException("The round trip read null.");
                    return JsonSerializer.Serialize(back, PmsClientJson.Options);
                }
            }
            """;
}
