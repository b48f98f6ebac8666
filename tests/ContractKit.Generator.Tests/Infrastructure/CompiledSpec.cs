using System.Reflection;
using System.Runtime.Loader;
using System.Text.Json;
using ContractKit.Generator.Configuration;
using ContractKit.Generator.Diagnostics;
using ContractKit.Generator.Model;
using ContractKit.Generator.Parsing;
using Microsoft.OpenApi;

namespace ContractKit.Generator.Tests.Infrastructure;

/// <summary>
/// A spec's generated models compiled and loaded, with the parsed document beside them: what round-trip tests
/// need to generate instances of a schema and push them through the generated converters.
/// </summary>
internal sealed class CompiledSpec
{
    private CompiledSpec(Assembly assembly, OpenApiDocument document, SpecModel model, JsonSerializerOptions options)
    {
        Assembly = assembly;
        Document = document;
        Model = model;
        Options = options;
    }

    public Assembly Assembly { get; }

    public OpenApiDocument Document { get; }

    public SpecModel Model { get; }

    /// <summary>The generated <c>TestClientJson.Options</c>: generated converters only, no reflection.</summary>
    public JsonSerializerOptions Options { get; }

    public static CompiledSpec Load(params SpecInput[] inputs)
    {
        var result = GeneratorHarness.Run(inputs);
        using var stream = new MemoryStream();
        var emitted = result.Compilation.Emit(stream); // compile errors fail Emit; the corpus tests check warnings
        Assert.True(emitted.Success, GenerationResult.Describe(emitted.Diagnostics.Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error)));
        stream.Position = 0;
        var assembly = new AssemblyLoadContext("spec-" + Guid.NewGuid().ToString("N"), isCollectible: true).LoadFromStream(stream);

        var source = ToSource(inputs);
        var document = SpecLoader.Load(source, new List<DiagnosticInfo>(), CancellationToken.None)!;
        var model = SpecParser.Parse(source, CancellationToken.None).Model!;
        var jsonClass = assembly.GetType($"{model.Namespace}.{model.ClientName}Json", throwOnError: true)!;
        var options = (JsonSerializerOptions)jsonClass.GetProperty("Options")!.GetValue(null)!;
        return new CompiledSpec(assembly, document, model, options);
    }

    /// <summary>The generated type for each component schema that has one, with that schema.</summary>
    public IEnumerable<(Type Type, IOpenApiSchema Schema)> ComponentTypes()
    {
        const string prefix = "#/components/schemas/";
        foreach (var type in Model.Types.Where(t => t.SchemaPointer.StartsWith(prefix, StringComparison.Ordinal)))
        {
            var key = type.SchemaPointer.Substring(prefix.Length).Replace("~1", "/").Replace("~0", "~");
            if (Document.Components?.Schemas?.TryGetValue(key, out var schema) == true)
            {
                yield return (Assembly.GetType($"{Model.Namespace}.{type.Name}", throwOnError: true)!, schema);
            }
        }
    }

    /// <summary>JSON → generated model → JSON.</summary>
    public string RoundTrip(Type type, string json)
    {
        var value = JsonSerializer.Deserialize(json, type, Options);
        return JsonSerializer.Serialize(value, type, Options);
    }

    private static SpecSource ToSource(SpecInput[] inputs)
    {
        SpecFile ToFile(SpecInput input) => new(input.Path, input.Role == "Root" ? SpecFileRole.Root : SpecFileRole.Part,
            new SpecOptions(input.Namespace, input.ClientName, input.Emit, null), input.Text);
        return new SpecSource(ToFile(inputs[0]), inputs.Skip(1).Select(ToFile).ToEquatableArray());
    }
}
