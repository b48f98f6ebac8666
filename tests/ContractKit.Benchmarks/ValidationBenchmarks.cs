using System.Text.Json;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using NJsonSchema;
using Generated = Bench.Api;

namespace ContractKit.Benchmarks;

/// <summary>
/// Validating the 100-message push body: the validator ContractKit generates from spec/unified-messaging.yaml against
/// NJsonSchema (the baseline) on the same schema, and beside them what deserializing alone costs, validating then
/// deserializing, and both in one pass. Every validator must find the body valid, or the setup throws.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ValidationBenchmarks
{
    private byte[] body = [];
    private string text = "";
    private JsonSchema njsonSchema = null!;

    [GlobalSetup]
    public void Setup()
    {
        body = PushBody.Create();
        text = System.Text.Encoding.UTF8.GetString(body);
        njsonSchema = LoadNJsonSchema("PushMessagesRequest");
        var generated = Generated.BenchClientValidators.ValidatePushMessagesRequest(body);
        var njson = njsonSchema.Validate(text);
        var onePass = Generated.BenchClientValidators.ReadValidatedPushMessagesRequest(body, out var read);
        if (!generated.IsValid || njson.Count > 0 || !onePass.IsValid || read?.Messages.Count != PushBody.MessageCount)
        {
            throw new InvalidOperationException($"The body must be valid: generated says {generated}, NJsonSchema {string.Join("; ", njson)}");
        }
    }

    [Benchmark(Baseline = true, Description = "Validate: NJsonSchema")]
    [BenchmarkCategory("Validate")]
    public int ValidateNJsonSchema() => njsonSchema.Validate(text).Count;

    [Benchmark(Description = "Validate: ContractKit generated")]
    [BenchmarkCategory("Validate")]
    public bool ValidateGenerated() => Generated.BenchClientValidators.ValidatePushMessagesRequest(body).IsValid;

    [Benchmark(Baseline = true, Description = "Deserialize alone: ContractKit generated")]
    [BenchmarkCategory("ValidateAndDeserialize")]
    public Generated.PushMessagesRequest? DeserializeGenerated()
        => JsonSerializer.Deserialize(body, Generated.BenchClientJson.PushMessagesRequest);

    [Benchmark(Description = "Validate, then deserialize: ContractKit generated")]
    [BenchmarkCategory("ValidateAndDeserialize")]
    public Generated.PushMessagesRequest? ValidateThenDeserializeGenerated()
        => Generated.BenchClientValidators.ValidatePushMessagesRequest(body).IsValid
            ? JsonSerializer.Deserialize(body, Generated.BenchClientJson.PushMessagesRequest)
            : null;

    [Benchmark(Description = "Validate and deserialize in one pass: ContractKit generated")]
    [BenchmarkCategory("ValidateAndDeserialize")]
    public Generated.PushMessagesRequest? ReadValidatedGenerated()
        => Generated.BenchClientValidators.ReadValidatedPushMessagesRequest(body, out var value).IsValid ? value : null;

    /// <summary>
    /// The named component as a JSON Schema document NJsonSchema can resolve: the schema at the root and every
    /// component beside it under <c>definitions</c>, refs rewritten to point there (NJsonSchema resolves
    /// <c>#/definitions/…</c> but not <c>#/components/schemas/…</c>).
    /// </summary>
    internal static JsonSchema LoadNJsonSchema(string name)
    {
        var settings = new OpenApiReaderSettings();
        settings.AddYamlReader();
        var path = Path.Combine(RepositoryRoot(), "spec", "unified-messaging.yaml");
        var document = OpenApiDocument.Parse(File.ReadAllText(path), "yaml", settings).Document!;
        var json = JsonNode.Parse(document.SerializeAsJsonAsync(OpenApiSpecVersion.OpenApi3_1).GetAwaiter().GetResult())!;
        var schemas = json["components"]!["schemas"]!;
        var root = schemas[name]!.DeepClone().AsObject();
        root["definitions"] = schemas.DeepClone();
        var text = root.ToJsonString().Replace("\"#/components/schemas/", "\"#/definitions/", StringComparison.Ordinal);
        return JsonSchema.FromJsonAsync(text).GetAwaiter().GetResult();
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
