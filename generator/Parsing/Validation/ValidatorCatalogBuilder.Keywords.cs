using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml;
using ContractKit.Generator.Diagnostics;
using ContractKit.Generator.Model;
using ContractKit.Generator.Model.Validation;
using ContractKit.Runtime.Validation;
using Microsoft.OpenApi;

namespace ContractKit.Generator.Parsing.Validation;

internal sealed partial class ValidatorCatalogBuilder
{
    public const string NotFutureExtension = "x-contractkit-not-future";
    public const string MaxRequestBytesExtension = "x-contractkit-max-request-bytes";

    /// <summary>The string formats the runtime checks; any other format is an annotation, as JSON Schema says.</summary>
    private static readonly HashSet<string> CheckedFormats = new(StringComparer.Ordinal)
    {
        "date-time", "date", "time", "email", "hostname", "ipv4", "ipv6", "uri", "uri-reference", "uuid", "duration", "json-pointer",
    };

    /// <summary>The node for one schema's own keywords; null when it constrains nothing.</summary>
    private ValidatorNode? BuildNode(string name, IOpenApiSchema schema, string pointer, int depth)
    {
        var node = new ValidatorNode(
            name,
            pointer,
            TypesOf(schema),
            EnumOf(schema),
            schema.Const is not null && schema.Enum is not { Count: > 0 },
            StringRulesOf(schema, pointer),
            NumberRulesOf(schema),
            ArrayRulesOf(schema, name, pointer, depth),
            ObjectRulesOf(schema, name, pointer, depth),
            CompositionOf(schema, name, pointer, depth),
            NotFutureSkew(schema, pointer));
        return node.IsEmpty ? null : node;
    }

    /// <summary><c>type</c>, plus <c>null</c> for OpenAPI 3.0's <c>nullable: true</c> (kept by 3.1 documents too).</summary>
    private static JsonTypes TypesOf(IOpenApiSchema schema)
    {
        if (schema.Type is not { } type)
        {
            return JsonTypes.Any;
        }
        var types = JsonTypes.None;
        if ((type & JsonSchemaType.Null) != 0) types |= JsonTypes.Null;
        if ((type & JsonSchemaType.Boolean) != 0) types |= JsonTypes.Boolean;
        if ((type & JsonSchemaType.Integer) != 0) types |= JsonTypes.Integer;
        if ((type & JsonSchemaType.Number) != 0) types |= JsonTypes.Number | JsonTypes.Integer;
        if ((type & JsonSchemaType.String) != 0) types |= JsonTypes.String;
        if ((type & JsonSchemaType.Array) != 0) types |= JsonTypes.Array;
        if ((type & JsonSchemaType.Object) != 0) types |= JsonTypes.Object;
        if (schema.UnrecognizedKeywords is { } keywords && keywords.TryGetValue("nullable", out var nullable)
            && nullable is JsonValue value && value.TryGetValue<bool>(out var flag) && flag)
        {
            types |= JsonTypes.Null;
        }
        return types == JsonTypes.None ? JsonTypes.Any : types;
    }

    /// <summary>The JSON text of each value <c>enum</c> (or <c>const</c>) allows.</summary>
    private static EquatableArray<string>? EnumOf(IOpenApiSchema schema)
    {
        if (schema.Enum is { Count: > 0 } values)
        {
            var texts = values.Select(v => v is null ? "null" : v.ToJsonString()).ToList();
            // 3.0's nullable adds null to the allowed values, enum or not.
            if ((TypesOf(schema) & JsonTypes.Null) != 0 && !texts.Contains("null"))
            {
                texts.Add("null");
            }
            return texts.ToEquatableArray();
        }
        if (schema.Const is { } constant)
        {
            // Microsoft.OpenApi keeps const as text: the declared type says whether 1 is a number or "1".
            var type = SchemaShape.NonNullType(schema);
            var isLiteral = type is JsonSchemaType.Integer or JsonSchemaType.Number or JsonSchemaType.Boolean
                            || (type is null && (constant is "true" or "false" or "null" || double.TryParse(constant, NumberStyles.Float, CultureInfo.InvariantCulture, out _)));
            return new[] { isLiteral ? constant : JsonValue.Create(constant).ToJsonString() }.ToEquatableArray();
        }
        return null;
    }

    private StringRules? StringRulesOf(IOpenApiSchema schema, string pointer)
    {
        var (pattern, engine) = schema.Pattern is { Length: > 0 } source ? PatternOf(source, pointer + "/pattern") : (null, PatternEngine.Ascii);
        var format = schema.Format is { } f && CheckedFormats.Contains(f) ? f : null;
        if (schema.MinLength is null && schema.MaxLength is null && pattern is null && format is null)
        {
            return null;
        }
        return new StringRules(schema.MinLength, schema.MaxLength, pattern, pattern is null ? null : schema.Pattern, engine, format);
    }

    /// <summary>
    /// The pattern in .NET syntax and what runs it, or null, reported, when it is no ECMA-262 pattern that can be
    /// translated. The regex is built here once, so the generator reports exactly what would fail at run time.
    /// </summary>
    private (string? Pattern, PatternEngine Engine) PatternOf(string source, string pointer)
    {
        string? error;
        if (AsciiPattern.TryParse(source) is not null)
        {
            // A simple pattern runs without a regex, so NonBacktracking's size limit, which long bounded repeats such
            // as AWS's ^[a-zA-Z0-9]{0,4096}$ exceed, does not apply; it must still be ECMA-262.
            if (IsEcmaPattern(source, out error))
            {
                return (EcmaPattern.ToDotNet(source), PatternEngine.Ascii);
            }
        }
        else if (EcmaPattern.TryCreate(source, out var regex, out error))
        {
            if (!EcmaPattern.NeedsBacktracking(regex))
            {
                return (regex.ToString(), PatternEngine.NonBacktracking);
            }
            Report(DiagnosticDescriptors.PatternNeedsBacktracking, pointer, source, ((int)EcmaPattern.BacktrackingTimeout.TotalMilliseconds).ToString(CultureInfo.InvariantCulture));
            return (regex.ToString(), PatternEngine.Backtracking);
        }
        Report(DiagnosticDescriptors.PatternNotCompiled, pointer, source, error ?? "unknown error");
        return (null, PatternEngine.Ascii);
    }

    private static bool IsEcmaPattern(string source, [NotNullWhen(false)] out string? error)
    {
        try
        {
            EcmaPattern.ToDotNet(source);
            error = null;
            return true;
        }
        catch (ArgumentException exception)
        {
            error = exception.Message;
            return false;
        }
    }

    private static NumberRules? NumberRulesOf(IOpenApiSchema schema)
    {
        var multipleOf = schema.MultipleOf is { } m && m > 0 ? m.ToString(CultureInfo.InvariantCulture) : null;
        var format = schema.Format is "int32" or "int64" ? schema.Format : null;
        var rules = new NumberRules(Bound(schema.Minimum), Bound(schema.Maximum), Bound(schema.ExclusiveMinimum), Bound(schema.ExclusiveMaximum), multipleOf, format);
        return rules == new NumberRules(null, null, null, null, null, null) ? null : rules;
    }

    /// <summary>A bound as invariant decimal text; bounds beyond decimal's range (1e400) are not checked.</summary>
    private static string? Bound(string? text)
        => text is not null && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value.ToString(CultureInfo.InvariantCulture)
            : null;

    private ArrayRules? ArrayRulesOf(IOpenApiSchema schema, string name, string pointer, int depth)
    {
        var items = NodeFor(schema.Items, name + "Item", pointer + "/items", depth + 1);
        var unique = schema.UniqueItems == true;
        if (items is null && schema.MinItems is null && schema.MaxItems is null && !unique)
        {
            return null;
        }
        return new ArrayRules(schema.MinItems, schema.MaxItems, unique, items);
    }

    private ObjectRules? ObjectRulesOf(IOpenApiSchema schema, string name, string pointer, int depth)
    {
        var properties = new List<PropertyRule>();
        var required = schema.Required ?? new HashSet<string>();
        foreach (var property in schema.Properties ?? new Dictionary<string, IOpenApiSchema>())
        {
            var node = NodeFor(property.Value, name + Naming.ToIdentifier(property.Key, "Property"), pointer + "/properties/" + TypeCatalogBuilder.EscapePointer(property.Key), depth + 1);
            // OpenAPI: a required readOnly member is required in responses only, a writeOnly one in requests only;
            // one validator serves both directions, so neither is required.
            var target = property.Value is OpenApiSchemaReference r ? shapes.Targets.TargetOf(r) : property.Value;
            var isRequired = required.Contains(property.Key) && target is not { ReadOnly: true } && target is not { WriteOnly: true };
            properties.Add(new PropertyRule(property.Key, node, isRequired));
        }
        foreach (var missing in required.Where(r => schema.Properties?.ContainsKey(r) != true).OrderBy(r => r, StringComparer.Ordinal))
        {
            properties.Add(new PropertyRule(missing, null, true));
        }

        var additional = AdditionalMembers.Allowed;
        string? additionalNode = null;
        // patternProperties would make some unlisted members allowed; they are not checked (a known limit), so
        // with them present no unlisted member is refused.
        if (schema.PatternProperties is not { Count: > 0 })
        {
            if (!schema.AdditionalPropertiesAllowed)
            {
                additional = AdditionalMembers.Forbidden;
            }
            else if (schema.AdditionalProperties is { } values)
            {
                additionalNode = NodeFor(values, name + "AdditionalProperty", pointer + "/additionalProperties", depth + 1);
                additional = additionalNode is null ? AdditionalMembers.Allowed : AdditionalMembers.Checked;
            }
        }
        if (properties.All(p => p.Node is null && !p.IsRequired) && additional == AdditionalMembers.Allowed
            && schema.MinProperties is null && schema.MaxProperties is null)
        {
            return null;
        }
        return new ObjectRules(properties.ToEquatableArray(), schema.MinProperties, schema.MaxProperties, additional, additionalNode);
    }

    private CompositionRules? CompositionOf(IOpenApiSchema schema, string name, string pointer, int depth)
    {
        var allOf = Alternatives(schema.AllOf, name + "AllOf", pointer + "/allOf", depth);
        var anyOf = Alternatives(schema.AnyOf, name + "AnyOf", pointer + "/anyOf", depth);
        var oneOf = Alternatives(schema.OneOf, name + "OneOf", pointer + "/oneOf", depth);
        var not = schema.Not is { } n ? new NodeRef(NodeFor(n, name + "Not", pointer + "/not", depth + 1), "not") : null;
        if (allOf.Count == 0 && anyOf.Count == 0 && oneOf.Count == 0 && not is null)
        {
            return null;
        }
        var discriminator = DiscriminatorOf(schema, oneOf.Count > 0 ? schema.OneOf! : schema.AnyOf);
        return new CompositionRules(allOf, anyOf, oneOf, not, discriminator);
    }

    private EquatableArray<NodeRef> Alternatives(IList<IOpenApiSchema>? schemas, string hint, string pointer, int depth)
    {
        if (schemas is not { Count: > 0 })
        {
            return EquatableArray<NodeRef>.Empty;
        }
        var refs = new List<NodeRef>();
        for (var i = 0; i < schemas.Count; i++)
        {
            var index = i.ToString(CultureInfo.InvariantCulture);
            var label = schemas[i] is OpenApiSchemaReference r && r.Reference?.Id is { } id ? id : "#" + index;
            refs.Add(new NodeRef(NodeFor(schemas[i], hint + (i + 1).ToString(CultureInfo.InvariantCulture), pointer + "/" + index, depth + 1), label));
        }
        return refs.ToEquatableArray();
    }

    /// <summary>
    /// The alternative each discriminator value selects: the explicit mapping, else each component alternative's
    /// own name (OpenAPI's implicit mapping). Null, so every alternative is tried, when some alternative cannot be
    /// selected that way (inline alternatives), since dispatching would then wrongly refuse it.
    /// </summary>
    private DiscriminatorRule? DiscriminatorOf(IOpenApiSchema schema, IList<IOpenApiSchema>? alternatives)
    {
        if (schema.Discriminator?.PropertyName is not { Length: > 0 } property || alternatives is not { Count: > 0 })
        {
            return null;
        }
        var cases = new List<DiscriminatorCase>();
        var mapped = new HashSet<string>(StringComparer.Ordinal);
        foreach (var mapping in schema.Discriminator.Mapping ?? new Dictionary<string, OpenApiSchemaReference>())
        {
            if (mapping.Value?.Reference?.Id is not { } key || !componentNodes.TryGetValue(key, out var node))
            {
                return null;
            }
            cases.Add(new DiscriminatorCase(mapping.Key, node));
            mapped.Add(key);
        }
        foreach (var alternative in alternatives)
        {
            if (alternative is not OpenApiSchemaReference reference || reference.Reference?.Id is not { } key || !componentNodes.TryGetValue(key, out var node))
            {
                return null;
            }
            if (!mapped.Contains(key))
            {
                cases.Add(new DiscriminatorCase(key, node));
            }
        }
        return new DiscriminatorRule(property, cases.ToEquatableArray());
    }

    /// <summary>The skew <c>x-contractkit-not-future</c> allows, in ticks (an ISO 8601 duration in the spec).</summary>
    private long? NotFutureSkew(IOpenApiSchema schema, string pointer)
    {
        if (schema.Extensions?.TryGetValue(NotFutureExtension, out var extension) != true)
        {
            return null;
        }
        var node = (extension as JsonNodeExtension)?.Node;
        if (node is JsonValue flag && flag.TryGetValue<bool>(out var on))
        {
            return on ? 0 : null;
        }
        var skew = node is JsonObject settings && settings["allowedClockSkew"] is JsonValue text && text.TryGetValue<string>(out var duration) ? duration : null;
        if (skew is null)
        {
            return 0;
        }
        try
        {
            return XmlConvert.ToTimeSpan(skew).Ticks;
        }
        catch (FormatException)
        {
            Report(DiagnosticDescriptors.BadExtension, pointer + "/" + NotFutureExtension, NotFutureExtension, $"allowedClockSkew '{skew}' is not an ISO 8601 duration; no skew is allowed");
            return 0;
        }
    }

    private long? MaxRequestBytes(OpenApiOperation operation)
    {
        if (operation.Extensions?.TryGetValue(MaxRequestBytesExtension, out var extension) == true
            && (extension as JsonNodeExtension)?.Node is JsonValue value
            && value.GetValueKind() == JsonValueKind.Number
            && long.TryParse(value.ToJsonString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var bytes) && bytes > 0)
        {
            return bytes;
        }
        return null;
    }
}
