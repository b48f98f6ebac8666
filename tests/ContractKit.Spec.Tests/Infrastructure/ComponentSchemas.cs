using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using NJsonSchema;
using NJsonSchema.Validation;

namespace ContractKit.Spec.Tests.Infrastructure;

/// <summary>
/// The spec's components/schemas as NJsonSchema schemas. Each is a small JSON Schema document: the named schema at
/// the root, with all the spec's schemas copied beside it so every ref resolves. Two NJsonSchema limits shape it:
/// refs resolve into <c>definitions</c> but not into <c>components/schemas</c>, so the copies go under
/// <c>definitions</c> and the refs are rewritten to match; and a root that is only a <c>$ref</c> fails to resolve
/// when other schemas point at the same target, so the root is a copy of the schema rather than a ref to it.
/// </summary>
internal static class ComponentSchemas
{
    private static readonly ConcurrentDictionary<string, Lazy<JsonSchema>> Schemas = new();

    public static JsonSchema Get(string name) =>
        Schemas.GetOrAdd(name, key => new Lazy<JsonSchema>(() => Load(key))).Value;

    /// <summary>Validates <paramref name="instance"/> against the named schema.</summary>
    public static ICollection<ValidationError> Validate(string name, JsonNode instance) =>
        Get(name).Validate(instance.ToJsonString());

    private static JsonSchema Load(string name)
    {
        var schemas = UnifiedMessagingSpec.Json["components"]!["schemas"]!;
        var document = schemas[name]?.DeepClone().AsObject() ?? throw new ArgumentException($"No schema {name}.", nameof(name));
        document["definitions"] = schemas.DeepClone();
        var json = document.ToJsonString().Replace("\"#/components/schemas/", "\"#/definitions/", StringComparison.Ordinal);
        return JsonSchema.FromJsonAsync(json).GetAwaiter().GetResult();
    }
}

/// <summary>Reading NJsonSchema's errors: a oneOf failure nests the errors of each branch.</summary>
internal static class ValidationErrors
{
    /// <summary>The errors and, recursively, the errors nested in them.</summary>
    public static IEnumerable<ValidationError> WithNested(this IEnumerable<ValidationError> errors) =>
        errors.SelectMany(error => error is ChildSchemaValidationError child
            ? child.Errors.Values.SelectMany(branch => branch).WithNested().Prepend(error)
            : [error]);

    /// <summary>The errors each branch of a oneOf/anyOf failure reported, one list per branch.</summary>
    public static IEnumerable<ICollection<ValidationError>> Branches(this ValidationError error) =>
        error is ChildSchemaValidationError child ? child.Errors.Values : [];

    /// <summary>The errors of the oneOf branch whose <c>type</c> property allows only <paramref name="type"/>.</summary>
    public static IReadOnlyList<ValidationError> BranchWhereTypeIs(this ValidationError error, string type) =>
        [.. ((ChildSchemaValidationError)error).Errors
            .Single(branch => branch.Key.ActualSchema.Properties["type"].Enumeration.SequenceEqual([type]))
            .Value];

    public static string Describe(this IEnumerable<ValidationError> errors) =>
        string.Join(Environment.NewLine, errors.WithNested().Select(e => $"{e.Kind} at {e.Path}"));
}
