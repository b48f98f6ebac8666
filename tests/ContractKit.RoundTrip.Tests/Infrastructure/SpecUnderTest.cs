using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.OpenApi;

namespace ContractKit.RoundTrip.Tests.Infrastructure;

/// <summary>
/// One spec this project generates a client and a server for (see the csproj's ContractKitSpec items), and the
/// generated types the round trips drive by reflection, so the same test code serves every spec.
/// </summary>
public sealed class SpecUnderTest
{
    private static readonly Assembly Generated = typeof(SpecUnderTest).Assembly;

    private SpecUnderTest(string name, string path, string @namespace, string clientName)
    {
        Name = name;
        Document = SpecDocument.Load(path);
        Namespace = @namespace;
        ClientName = clientName;
        var api = (clientName.EndsWith("Client", StringComparison.Ordinal) ? clientName[..^"Client".Length] : clientName) + "Api";
        ApiName = api;
        ClientType = Type(clientName);
        ApiInterface = Type("I" + api);
        Endpoints = Type(api + "Endpoints");
        var generatedJson = (JsonSerializerOptions)Type(clientName + "Json").GetProperty("Options")!.GetValue(null)!;
        // Generated type infos for the models; the reflection resolver only for what wraps them (lists, primitives).
        JsonOptions = new JsonSerializerOptions { TypeInfoResolver = JsonTypeInfoResolver.Combine(generatedJson.TypeInfoResolver, new DefaultJsonTypeInfoResolver()) };
    }

    public static SpecUnderTest Messaging { get; } = new("unified-messaging", "spec/unified-messaging.yaml", "RoundTrip.Messaging", "MessagingClient");

    public static SpecUnderTest Petstore { get; } = new("petstore-expanded", "tests/ContractKit.RoundTrip.Tests/Specs/petstore-expanded/oai-petstore-expanded.yaml", "RoundTrip.Petstore", "PetstoreClient");

    public static SpecUnderTest Museum { get; } = new("museum", "tests/ContractKit.RoundTrip.Tests/Specs/museum/redocly-museum.yaml", "RoundTrip.Museum", "MuseumClient");

    public static IReadOnlyList<SpecUnderTest> All { get; } = [Messaging, Petstore, Museum];

    public string Name { get; }

    public OpenApiDocument Document { get; }

    public string Namespace { get; }

    public string ClientName { get; }

    public string ApiName { get; }

    public Type ClientType { get; }

    public Type ApiInterface { get; }

    public Type Endpoints { get; }

    public JsonSerializerOptions JsonOptions { get; }

    /// <summary>Every scope of every security scheme, which the round trips' caller holds.</summary>
    public IReadOnlyList<string> Scopes => (Document.Components?.SecuritySchemes ?? new Dictionary<string, IOpenApiSecurityScheme>())
        .Values
        .SelectMany(s => new[] { s.Flows?.ClientCredentials, s.Flows?.AuthorizationCode, s.Flows?.Implicit, s.Flows?.Password })
        .SelectMany(flow => flow?.Scopes?.Keys ?? Enumerable.Empty<string>())
        .Distinct()
        .ToList();

    /// <summary>The operations, each with the server method and spec entry it stands for.</summary>
    public IEnumerable<(string Path, HttpMethod Method, OpenApiOperation Operation, MethodInfo ServerMethod)> Operations()
    {
        foreach (var path in Document.Paths)
        {
            foreach (var (method, operation) in path.Value.Operations ?? new Dictionary<HttpMethod, OpenApiOperation>())
            {
                var key = Normalize(operation.OperationId ?? method.Method + path.Key);
                var serverMethod = ApiInterface.GetMethods().Single(m => Normalize(m.Name[..^"Async".Length]) == key);
                yield return (path.Key, method, operation, serverMethod);
            }
        }
    }

    public override string ToString() => Name;

    internal static string Normalize(string text) => new(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    private Type Type(string name)
        => Generated.GetType($"{Namespace}.{name}") ?? throw new InvalidOperationException($"The generator emitted no {Namespace}.{name}.");
}
