using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ContractKit.Generator.Diagnostics;
using ContractKit.Generator.Model;
using Microsoft.OpenApi;

namespace ContractKit.Generator.Parsing;

/// <summary>
/// Walks an <see cref="OpenApiDocument"/> and decides the C# type of every schema: one type per named schema
/// that needs one (objects, enums, unions), then the inline schemas of operations, named from where they stand.
/// Split by concern: this file orders the walk; .Resolve, .Objects, .Enums and .Unions build each kind.
/// </summary>
internal sealed partial class TypeCatalogBuilder
{
    private const int MaxDepth = 64;

    private readonly OpenApiDocument document;
    private readonly List<DiagnosticInfo> diagnostics;
    private readonly Func<string, SpecLocation> locate;
    private readonly CancellationToken cancellationToken;
    private readonly UniqueNames typeNames;
    private readonly Dictionary<string, string> componentTypeNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TypeRef> componentAliases = new(StringComparer.Ordinal);
    private readonly HashSet<string> aliasesInProgress = new(StringComparer.Ordinal);
    private readonly Dictionary<IOpenApiSchema, TypeRef> inlineTypes = new(ReferenceComparer.Instance);
    private readonly Dictionary<string, PolymorphicVariant> polymorphicVariants = new(StringComparer.Ordinal);
    private readonly HashSet<string> polymorphicBases = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IOpenApiSchema> enumSchemas = new(StringComparer.Ordinal);
    private readonly List<TypeSpec> types = new();
    private readonly SchemaShape shapes = new();
    private readonly Dictionary<string, TypeRef> useSites = new(StringComparer.Ordinal);

    /// <summary>After <see cref="Build"/>: the type of every parameter, request body and response schema of an
    /// operation, by the pointer of that schema.</summary>
    public IReadOnlyDictionary<string, TypeRef> UseSites => useSites;

    /// <summary>What this parse knows of each schema; the validator catalog asks the same questions.</summary>
    public SchemaShape Shapes => shapes;

    private readonly string @namespace;

    /// <param name="reservedTypeNames">Names the emitters use beside the model's types (<c>{ClientName}Json</c>).</param>
    /// <param name="namespace">The generated code's namespace: enum literals are written in full, so a property
    /// named like an enum type cannot capture them.</param>
    public TypeCatalogBuilder(OpenApiDocument document, string @namespace, IEnumerable<string> reservedTypeNames, List<DiagnosticInfo> diagnostics, Func<string, SpecLocation> locate, CancellationToken cancellationToken)
    {
        typeNames = new UniqueNames(reservedTypeNames, companionSuffix: "JsonConverter", ignoreCase: true);
        this.document = document;
        this.@namespace = @namespace;
        this.diagnostics = diagnostics;
        this.locate = locate;
        this.cancellationToken = cancellationToken;
    }

    /// <summary>The component schemas, without entries that hold no schema (<c>A:</c> with nothing under it).</summary>
    private IDictionary<string, IOpenApiSchema> Components => components ??= (document.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>())
        .Where(entry => entry.Value is not null)
        .ToDictionary(entry => entry.Key, entry => entry.Value, StringComparer.Ordinal);

    private IDictionary<string, IOpenApiSchema>? components;

    public EquatableArray<TypeSpec> Build()
    {
        NameComponentTypes();
        FindPolymorphicUnions();
        foreach (var component in Components)
        {
            cancellationToken.ThrowIfCancellationRequested();
            BuildComponent(component.Key, component.Value);
        }
        foreach (var operation in OperationSites.Of(document))
        {
            cancellationToken.ThrowIfCancellationRequested();
            BuildOperationTypes(operation);
        }
        return types.ToEquatableArray();
    }

    /// <summary>
    /// Components get their names first, so an inline schema can never take a component's name. A key that is
    /// its own C# name (<c>PetStatus</c>) is named before keys that only map to it (<c>pet-status</c>), so adding
    /// <c>pet_status</c> later never renames <c>PetStatus</c>.
    /// </summary>
    private void NameComponentTypes()
    {
        var emitting = Components.Where(c => EmitsType(shapes.Classify(c.Value))).ToList();
        var exact = emitting.Where(c => Naming.ToIdentifier(c.Key, "Schema") == c.Key);
        var mapped = emitting.Where(c => Naming.ToIdentifier(c.Key, "Schema") != c.Key);
        foreach (var component in exact.Concat(mapped))
        {
            var name = ClaimTypeName(Naming.ToIdentifier(component.Key, "Schema"), shapes.Classify(component.Value));
            componentTypeNames[component.Key] = name;
            if (shapes.Classify(component.Value) == SchemaKind.Enum)
            {
                enumSchemas[name] = component.Value;
            }
        }
    }

    /// <summary>
    /// A unique type name that is not also the name of one of its own members (CS0542): enums and unions have
    /// <c>Value</c> and <c>IsKnown</c>, objects <c>AdditionalProperties</c>.
    /// </summary>
    private string ClaimTypeName(string hint, SchemaKind kind)
    {
        var clashes = kind switch
        {
            SchemaKind.Enum or SchemaKind.Union => hint is "Value" or "IsKnown",
            _ => hint is "AdditionalProperties",
        };
        return typeNames.Claim(clashes ? hint + kind : hint);
    }

    private static bool EmitsType(SchemaKind kind) => kind is SchemaKind.Enum or SchemaKind.Object or SchemaKind.Union;

    private void BuildComponent(string key, IOpenApiSchema schema)
    {
        var pointer = ComponentPointer(key);
        if (componentTypeNames.TryGetValue(key, out var name))
        {
            types.Add(BuildType(name, schema, pointer, key, depth: 0));
        }
        else
        {
            ResolveComponent(key, depth: 0); // an alias (array, map, primitive): resolving it builds its inline types
        }
    }

    private TypeSpec BuildType(string name, IOpenApiSchema schema, string pointer, string? componentKey, int depth)
        => shapes.Classify(schema) switch
        {
            SchemaKind.Enum => BuildEnum(name, schema, pointer),
            SchemaKind.Union => BuildUnion(name, schema, pointer, componentKey, depth),
            _ => BuildObject(name, schema, pointer, componentKey, depth),
        };

    private static string ComponentPointer(string key) => "#/components/schemas/" + EscapePointer(key);

    internal static string EscapePointer(string segment) => segment.Replace("~", "~0").Replace("/", "~1");

    /// <summary>
    /// Inline schemas of parameters, bodies and responses become types named after the operation. The type at each
    /// of these places is kept in <see cref="UseSites"/>, by the pointer of its schema, for the operation model.
    /// </summary>
    private void BuildOperationTypes(OperationSite site)
    {
        foreach (var parameter in site.Parameters)
        {
            if (parameter.Parameter.Schema is { } schema)
            {
                useSites[parameter.Pointer + "/schema"] = Resolve(schema, site.Name + Naming.ToIdentifier(parameter.Name, "Parameter"), site.Pointer + "/parameters", 0);
            }
        }
        if (site.Operation.RequestBody?.Content is { } requestContent)
        {
            foreach (var media in requestContent)
            {
                if (media.Value?.Schema is { } schema)
                {
                    useSites[MediaSchemaPointer(site.Pointer + "/requestBody", media.Key)] = Resolve(schema, site.Name + "Request", site.Pointer + "/requestBody", 0);
                }
            }
        }
        if (site.Operation.Responses is null)
        {
            return;
        }
        foreach (var response in site.Operation.Responses)
        {
            var suffix = response.Key.StartsWith("2", StringComparison.Ordinal) ? "" : Naming.ToIdentifier(response.Key, "");
            foreach (var media in response.Value?.Content ?? new Dictionary<string, IOpenApiMediaType>())
            {
                if (media.Value?.Schema is { } schema)
                {
                    useSites[MediaSchemaPointer(site.Pointer + "/responses/" + EscapePointer(response.Key), media.Key)] = Resolve(schema, site.Name + "Response" + suffix, site.Pointer + "/responses/" + response.Key, 0);
                }
            }
        }
    }

    /// <summary>The pointer of the schema of one media type of a body: <c>{owner}/content/{media}/schema</c>.</summary>
    internal static string MediaSchemaPointer(string owner, string mediaType) => owner + "/content/" + EscapePointer(mediaType) + "/schema";

    private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, string pointer, params string[] arguments)
        => diagnostics.Add(DiagnosticInfo.Create(descriptor, locate(pointer), arguments));
}
