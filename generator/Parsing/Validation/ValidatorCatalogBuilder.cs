using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ContractKit.Generator.Diagnostics;
using ContractKit.Generator.Model;
using ContractKit.Generator.Model.Validation;
using Microsoft.OpenApi;

namespace ContractKit.Generator.Parsing.Validation;

/// <summary>
/// Turns the spec's schemas into validator nodes: one per component schema (named like its model type, so
/// <c>ValidatePushMessage</c> sits beside <c>PushMessage</c>) and one per inline schema that constrains anything,
/// named from where it stands. Unlike the type catalog it keeps JSON Schema's meaning exactly: <c>allOf</c> is
/// not flattened, every alternative of a union is checked. This file orders the walk; .Keywords reads a schema's
/// keywords into a node.
/// </summary>
internal sealed partial class ValidatorCatalogBuilder
{
    private const string ComponentPrefix = "#/components/schemas/";
    private const int MaxDepth = 64;

    private readonly OpenApiDocument document;
    private readonly List<DiagnosticInfo> diagnostics;
    private readonly Func<string, SpecLocation> locate;
    private readonly CancellationToken cancellationToken;
    private readonly SchemaShape shapes;
    private readonly Dictionary<string, string> modelTypesByPointer;
    private readonly Dictionary<string, string> componentNodes = new(StringComparer.Ordinal);
    private readonly Dictionary<IOpenApiSchema, string?> inlineNodes = new(ReferenceComparer.Instance);
    private readonly UniqueNames nodeNames;
    private readonly UniqueNames entryNames = new(new[] { "Schema" });
    private List<ValidatorNode> groupNodes = new();

    /// <param name="types">The model's types: a component with one gets its name and a model overload.</param>
    /// <param name="shapes">What the type catalog already knows of the same document's schemas.</param>
    public ValidatorCatalogBuilder(OpenApiDocument document, EquatableArray<TypeSpec> types, SchemaShape shapes, bool withModels, List<DiagnosticInfo> diagnostics, Func<string, SpecLocation> locate, CancellationToken cancellationToken)
    {
        this.document = document;
        this.shapes = shapes;
        this.diagnostics = diagnostics;
        this.locate = locate;
        this.cancellationToken = cancellationToken;
        modelTypesByPointer = withModels
            ? types.Where(t => t.SchemaPointer.StartsWith(ComponentPrefix, StringComparison.Ordinal)).ToDictionary(t => t.SchemaPointer, t => t.Name, StringComparer.Ordinal)
            : new Dictionary<string, string>(StringComparer.Ordinal);
        // With models, a component's node takes its type's name, so all type names are spoken for.
        nodeNames = new UniqueNames(withModels ? types.Select(t => t.Name) : Enumerable.Empty<string>(), ignoreCase: true);
    }

    private IEnumerable<KeyValuePair<string, IOpenApiSchema>> Components
        => (document.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>()).Where(c => c.Value is not null);

    public ValidatorCatalog Build()
    {
        // Every component is named before any is built, so references (recursive ones too) resolve to a name.
        foreach (var component in Components)
        {
            var pointer = ComponentPointer(component.Key);
            var name = modelTypesByPointer.TryGetValue(pointer, out var typeName)
                ? typeName
                : nodeNames.Claim(Naming.ToIdentifier(component.Key, "Schema"));
            componentNodes[component.Key] = name;
        }

        var groups = new List<ValidatorGroup>();
        foreach (var component in Components)
        {
            cancellationToken.ThrowIfCancellationRequested();
            groups.Add(BuildComponentGroup(component.Key, component.Value));
        }
        foreach (var operation in OperationSites.Of(document))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (BuildOperationGroup(operation) is { } group)
            {
                groups.Add(group);
            }
        }
        return new ValidatorCatalog(groups.ToEquatableArray());
    }

    private ValidatorGroup BuildComponentGroup(string key, IOpenApiSchema schema)
    {
        groupNodes = new List<ValidatorNode>();
        var name = componentNodes[key];
        var pointer = ComponentPointer(key);
        var target = schema is OpenApiSchemaReference reference ? shapes.Targets.TargetOf(reference) : schema;
        var node = target is null ? null : BuildNode(name, target, pointer, depth: 0);
        groupNodes.Insert(0, node ?? EmptyNode(name, pointer));
        modelTypesByPointer.TryGetValue(pointer, out var modelType);
        var entry = new ValidatorEntry(entryNames.Claim(name), name, modelType, pointer, null, schema.Description);
        return new ValidatorGroup(name, groupNodes.ToEquatableArray(), new[] { entry }.ToEquatableArray());
    }

    /// <summary>
    /// An operation's JSON request body gets <c>Validate{Operation}RequestBody</c>, with the body size limit; each
    /// parameter with a schema <c>Validate{Operation}{Parameter}Parameter</c> (servers check a parameter as the JSON
    /// value it parses to); each JSON response <c>Validate{Operation}Response{Status}</c>, for strict clients and
    /// conformance runs.
    /// </summary>
    private ValidatorGroup? BuildOperationGroup(OperationSite site)
    {
        groupNodes = new List<ValidatorNode>();
        var entries = new List<ValidatorEntry>();
        var media = site.Operation.RequestBody?.Content?
            .Where(c => c.Value?.Schema is not null && IsJson(c.Key))
            .Select(c => c.Value)
            .FirstOrDefault();
        if (media?.Schema is { } bodySchema)
        {
            var pointer = site.Pointer + "/requestBody";
            var node = NodeFor(bodySchema, site.Name + "RequestBody", pointer, depth: 0);
            entries.Add(new ValidatorEntry(entryNames.Claim(site.Name + "RequestBody"), node, null, pointer, MaxRequestBytes(site.Operation), site.Operation.RequestBody?.Description));
        }
        foreach (var parameter in site.Parameters)
        {
            if (parameter.Parameter.Schema is { } schema)
            {
                var name = site.Name + Naming.ToIdentifier(parameter.Name, "Parameter") + "Parameter";
                var pointer = parameter.Pointer + "/schema";
                var node = NodeFor(schema, name, pointer, depth: 0);
                entries.Add(new ValidatorEntry(entryNames.Claim(name), node, null, pointer, null, parameter.Parameter.Description));
            }
        }
        foreach (var response in site.Operation.Responses ?? new OpenApiResponses())
        {
            var json = response.Value?.Content?.FirstOrDefault(c => c.Value?.Schema is not null && IsJson(c.Key));
            if (json?.Value?.Schema is { } schema)
            {
                var name = site.Name + "Response" + (Naming.ToPascalCase(response.Key) is { Length: > 0 } status ? status : "Status");
                var pointer = TypeCatalogBuilder.MediaSchemaPointer(site.Pointer + "/responses/" + TypeCatalogBuilder.EscapePointer(response.Key), json.Value.Key);
                var node = NodeFor(schema, name, pointer, depth: 0);
                entries.Add(new ValidatorEntry(entryNames.Claim(name), node, null, pointer, null, response.Value?.Description));
            }
        }
        return entries.Count == 0 ? null : new ValidatorGroup("Operations." + site.Name, groupNodes.ToEquatableArray(), entries.ToEquatableArray());
    }

    private static bool IsJson(string mediaType) => Operations.OperationCatalogBuilder.IsJson(mediaType);

    /// <summary>
    /// The node for a schema used somewhere: a component's node for a <c>$ref</c>, otherwise a node built here
    /// and named from <paramref name="hint"/>; null when the schema allows any value.
    /// </summary>
    private string? NodeFor(IOpenApiSchema? schema, string hint, string pointer, int depth)
    {
        if (schema is null || depth > MaxDepth)
        {
            return null;
        }
        if (schema is OpenApiSchemaReference reference)
        {
            if (reference.Reference?.Id is { } key && componentNodes.TryGetValue(key, out var component) && shapes.Targets.TargetOf(reference) is not null)
            {
                return component;
            }
            // Unresolved: the type catalog has reported it (CK0003); any value is accepted rather than none.
            if (shapes.Targets.TargetOf(reference) is null)
            {
                return null;
            }
            schema = shapes.Targets.TargetOf(reference)!;
        }
        if (inlineNodes.TryGetValue(schema, out var known))
        {
            return known;
        }
        inlineNodes[schema] = null; // a cycle through inline schemas alone ends here
        var node = BuildNode(nodeNames.Claim(hint), schema, pointer, depth);
        inlineNodes[schema] = node?.Name;
        if (node is not null)
        {
            groupNodes.Add(node);
        }
        return node?.Name;
    }

    private static ValidatorNode EmptyNode(string name, string pointer)
        => new(name, pointer, JsonTypes.Any, null, false, null, null, null, null, null, null);

    private static string ComponentPointer(string key) => ComponentPrefix + TypeCatalogBuilder.EscapePointer(key);

    private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, string pointer, params string[] arguments)
        => diagnostics.Add(DiagnosticInfo.Create(descriptor, locate(pointer), arguments));
}
