using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;
using ContractKit.Conformance.Generation;
using ContractKit.Generator.Configuration;
using ContractKit.Generator.Diagnostics;
using ContractKit.Generator.Model;
using ContractKit.Generator.Parsing;
using ContractKit.Generator.Tests.Corpus;
using ContractKit.Runtime.Validation;
using ContractKit.Tests.Shared;
using Microsoft.OpenApi;

namespace ContractKit.Generator.Tests.Infrastructure;

/// <summary>
/// A corpus spec compiled with <c>Emit="Models;Validators"</c>, with what the validator properties need beside it:
/// the generated <c>ValidateSchema</c>, the parsed document (to generate and mutate instances), the bundled JSON
/// (for NJsonSchema) and a fixed sample of its component schemas. Compiled once per test run and shared by the
/// validator test classes: compiling DigitalOcean's or Discord's spec takes a while on a small machine.
/// </summary>
internal sealed class CorpusValidation
{
    /// <summary>The "now" every validation and not-future mutation uses.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    /// <summary>At most this many component schemas per spec, spread evenly over the sorted names: the budget is about a minute per spec.</summary>
    public const int MaxSchemas = 80;

    private static readonly ConcurrentDictionary<string, Lazy<CorpusValidation>> Loaded = new(StringComparer.Ordinal);

    private delegate ValidationResult? ValidateSchemaMethod(string schemaPointer, ReadOnlySpan<byte> utf8Json, ValidationOptions? options);

    private delegate ValidationResult? ReadValidatedSchemaMethod(string schemaPointer, ReadOnlySpan<byte> utf8Json, out object? value, ValidationOptions? options);

    private readonly ValidateSchemaMethod validateSchema;
    private readonly ReadValidatedSchemaMethod readValidatedSchema;
    private readonly Lazy<NJsonSchemaOracle> oracle;
    private readonly Lazy<NJsonSchemaOracle> oracleWithConstAsEnum;

    private CorpusValidation(string name, CompiledSpec spec, JsonObject bundled)
    {
        Name = name;
        Spec = spec;
        Json = bundled;
        var type = spec.Assembly.GetType($"{spec.Model.Namespace}.{spec.Model.ClientName}Validators", throwOnError: true)!;
        validateSchema = type.GetMethod("ValidateSchema")!.CreateDelegate<ValidateSchemaMethod>();
        readValidatedSchema = type.GetMethod("ReadValidatedSchema")!.CreateDelegate<ReadValidatedSchemaMethod>();
        var json = spec.Assembly.GetType($"{spec.Model.Namespace}.{spec.Model.ClientName}Json", throwOnError: true)!;
        JsonOptions = (System.Text.Json.JsonSerializerOptions)json.GetProperty("Options")!.GetValue(null)!;
        oracle = new Lazy<NJsonSchemaOracle>(() => NJsonSchemaOracle.FromOpenApi(bundled));
        oracleWithConstAsEnum = new Lazy<NJsonSchemaOracle>(() => NJsonSchemaOracle.FromOpenApi(bundled, constAsEnum: true));
        var all = (spec.Document.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>()).OrderBy(s => s.Key, StringComparer.Ordinal).ToList();
        AllSchemaCount = all.Count;
        var step = Math.Max(1, (all.Count + MaxSchemas - 1) / MaxSchemas);
        Sample = all.Where((_, i) => i % step == 0).Select(s => (s.Key, s.Value)).ToList();
    }

    public string Name { get; }

    /// <summary>The generated <c>{ClientName}Json.Options</c>: every model, by its generated converter.</summary>
    public System.Text.Json.JsonSerializerOptions JsonOptions { get; }

    public CompiledSpec Spec { get; }

    public OpenApiDocument Document => Spec.Document;

    /// <summary>The document as JSON, bundled: what NJsonSchema reads, and what the author wrote.</summary>
    public JsonObject Json { get; }

    /// <summary>NJsonSchema on the spec as written.</summary>
    public NJsonSchemaOracle Oracle => oracle.Value;

    /// <summary>NJsonSchema on the spec with every const spelled as a one-value enum (NJsonSchema ignores const).</summary>
    public NJsonSchemaOracle OracleWithConstAsEnum => oracleWithConstAsEnum.Value;

    public int AllSchemaCount { get; }

    /// <summary>The component schemas checked: every one of a small spec, an even spread of a large one.</summary>
    public IReadOnlyList<(string Name, IOpenApiSchema Schema)> Sample { get; }

    public static ValidationOptions Options { get; } = new() { TimeProvider = new FixedClock(Now) };

    /// <summary>Valid instances only (no unknown enum values), shared so each schema's probes run once.</summary>
    public SchemaInstances Instances { get; } = new(InstanceOptions.Valid);

    /// <summary>The sampled schemas that can be generated from.</summary>
    public IReadOnlyList<(string Name, IOpenApiSchema Schema)> Generable
        => Sample.Where(s => Instances.WhyNot(s.Schema) is null).ToList();

    /// <summary>The sampled schemas that cannot, with why: reported by every test, counted, never silently dropped.</summary>
    public IReadOnlyList<(string Name, string Why)> Skipped
        => Sample.Select(s => (s.Name, Why: Instances.WhyNot(s.Schema))).Where(s => s.Why is not null).Select(s => (s.Name, s.Why!)).ToList();

    /// <summary>How many schemas were checked and skipped, and why, for the test output.</summary>
    public string Summary()
    {
        var skipped = Skipped;
        var lines = new List<string>
        {
            $"{Name}: {AllSchemaCount} component schemas, {Sample.Count} sampled, {Sample.Count - skipped.Count} checked, {skipped.Count} skipped",
        };
        lines.AddRange(skipped.GroupBy(s => Category(s.Why)).OrderByDescending(g => g.Count())
            .Select(g => $"  {g.Count()} × {g.Key} (e.g. {g.First().Name}: {g.First().Why})"));
        return string.Join(Environment.NewLine, lines);
    }

    /// <summary>The reason without the schema-specific part, to group skips.</summary>
    private static string Category(string why)
    {
        var cut = why.IndexOfAny([':', '\'']);
        return cut > 0 ? why[..cut].Trim() : why;
    }

    /// <summary>Our own spec: the discriminators and x-contractkit-not-future the public corpus lacks.</summary>
    public const string OwnSpec = "unified-messaging.yaml";

    /// <summary>The corpus specs that have component schemas (two of the OAI examples have none), and ours.</summary>
    public static TheoryData<string> Specs() => new(CorpusSpecs.SingleFile
        .Where(name => name is not ("oai-api-with-examples.yaml" or "oai-callback-example.yaml"))
        .Append(CorpusSpecs.DigitalOceanRoot)
        .Append(OwnSpec));

    public static CorpusValidation Load(string name)
        => Loaded.GetOrAdd(name, key => new Lazy<CorpusValidation>(() => Compile(key))).Value;

    /// <summary>RFC 6901 pointer of a component schema, as <c>ValidateSchema</c> takes it.</summary>
    public static string PointerOf(string componentName) => "#/components/schemas/" + componentName.Replace("~", "~0").Replace("/", "~1");

    /// <summary>The generated validator's verdict, or null when no validator has the schema's pointer.</summary>
    public ValidationResult? Validate(string componentName, JsonNode? instance)
        => validateSchema(PointerOf(componentName), Encoding.UTF8.GetBytes(instance?.ToJsonString() ?? "null"), Options);

    /// <summary>The generated one-pass <c>ReadValidatedSchema</c>; null when the schema has no model class to read into.</summary>
    public ValidationResult? ReadValidated(string componentName, JsonNode? instance, out object? value)
        => readValidatedSchema(PointerOf(componentName), Encoding.UTF8.GetBytes(instance?.ToJsonString() ?? "null"), out value, Options);

    private static CorpusValidation Compile(string name)
    {
        var inputs = name switch
        {
            CorpusSpecs.DigitalOceanRoot => CorpusSpecs.WithParts(name, emit: "Models;Validators"),
            OwnSpec => [SpecInput.FromFile(RepositoryPaths.Spec(name), emit: "Models;Validators")],
            _ => [SpecInput.FromFile(CorpusSpecs.PathOf(name), emit: "Models;Validators")],
        };
        return new CorpusValidation(name, CompiledSpec.Load(inputs), Bundle(inputs));
    }

    /// <summary>The root document as JSON with its relative $refs resolved, as the generator bundles it before reading.</summary>
    private static JsonObject Bundle(SpecInput[] inputs)
    {
        SpecFile ToFile(SpecInput input) => new(input.Path, input.Role == "Root" ? SpecFileRole.Root : SpecFileRole.Part,
            new SpecOptions(input.Namespace, input.ClientName, input.Emit, null), input.Text);
        var source = new SpecSource(ToFile(inputs[0]), inputs.Skip(1).Select(ToFile).ToEquatableArray());
        var document = (JsonObject)SpecText.Parse(source.Root.Path, source.Root.Text, out _)!;
        if (SpecBundler.HasExternalReferences(document))
        {
            new SpecBundler(source, new List<DiagnosticInfo>(), CancellationToken.None).Bundle(document);
        }
        return document;
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
