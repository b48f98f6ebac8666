using System.Text.Json;
using Microsoft.OpenApi;

namespace ContractKit.Conformance.Generation;

/// <summary>Whether a schema can be generated from, and if not, why: the constructs generation refuses or cannot satisfy.</summary>
public sealed partial class SchemaInstances
{
    private readonly Dictionary<IOpenApiSchema, string?> verdicts = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<IOpenApiSchema> checking = new(ReferenceEqualityComparer.Instance);
    private readonly object gate = new();

    /// <summary>Why <see cref="For"/> cannot promise valid instances of <paramref name="schema"/>; null when it can.</summary>
    public string? WhyNot(IOpenApiSchema schema)
    {
        lock (gate)
        {
            return Check(schema);
        }
    }

    private string? Check(IOpenApiSchema schema)
    {
        var target = SchemaFacts.Target(schema);
        if (target is null)
        {
            return "a $ref that does not resolve";
        }
        if (verdicts.TryGetValue(target, out var known))
        {
            return known;
        }
        if (!checking.Add(target))
        {
            return null; // a cycle: judged where it started
        }
        try
        {
            var why = CheckShape(target);
            if (why is null && target.Not is not null && NotPool(target) is { Count: 0 })
            {
                why = "no generated instance is certainly rejected by its 'not'";
            }
            verdicts[target] = why;
            return why;
        }
        finally
        {
            checking.Remove(target);
        }
    }

    private string? CheckShape(IOpenApiSchema schema)
    {
        string? reason = null;
        return SchemaShapes.Of(schema) switch
        {
            Shape.Wrapper => Check(schema.AllOf![0]),
            Shape.Union => CheckUnion(schema),
            Shape.Object => CheckObject(schema),
            Shape.Array => CheckArray(schema),
            Shape.String => strings.Plan(schema).CannotGenerate,
            Shape.Integer => NumberInstances.For(schema, integer: true, out reason) is null ? reason : null,
            Shape.Number => NumberInstances.For(schema, integer: false, out reason) is null ? reason : null,
            _ => null,
        };
    }

    private string? CheckUnion(IOpenApiSchema schema)
    {
        if (schema.AllOf is { Count: > 0 })
        {
            return "oneOf/anyOf beside allOf is not generated from";
        }
        var alternatives = SchemaFacts.Alternatives(schema);
        var reasons = alternatives.Select(Check).ToList();
        if (reasons.All(r => r is not null))
        {
            return "no alternative can be generated from: " + reasons[0];
        }
        if (UnionPool(schema) is { Count: 0 })
        {
            return SchemaFacts.IsOneOf(schema)
                ? "oneOf alternatives overlap: no generated instance was certainly rejected by all but one"
                : "no generated instance of an alternative kept its discriminator valid";
        }
        return null;
    }

    private string? CheckObject(IOpenApiSchema schema)
    {
        if (SchemaFacts.Alternatives(schema).Count > 0)
        {
            return "oneOf/anyOf beside properties is not generated from";
        }
        if (schema.PatternProperties is { Count: > 0 })
        {
            return "patternProperties is not generated from";
        }
        if (MemberProblem(schema, top: true) is { } problem)
        {
            return problem;
        }
        var (properties, required) = Members(schema);
        if (Conflict(schema) is { } conflict)
        {
            return conflict;
        }
        foreach (var (name, property) in properties)
        {
            if (required.Contains(name) && !Excluded(property) && Check(property) is { } why)
            {
                return $"required property '{name}': {why}";
            }
        }
        if (!schema.AdditionalPropertiesAllowed && required.Any(name => schema.Properties?.ContainsKey(name) != true && !Declared(schema, name)))
        {
            return "a required property is neither declared nor allowed by additionalProperties";
        }
        var requiredCount = properties.Count(p => required.Contains(p.Name) && !Excluded(p.Schema));
        if (requiredCount > (schema.MaxProperties ?? int.MaxValue))
        {
            return $"{requiredCount} required properties > maxProperties {schema.MaxProperties}";
        }
        var possible = schema.AdditionalPropertiesAllowed && (schema.AdditionalProperties is null || Check(schema.AdditionalProperties) is null)
            ? int.MaxValue
            : properties.Count(p => !Excluded(p.Schema) && (required.Contains(p.Name) || Check(p.Schema) is null));
        if (possible < (schema.MinProperties ?? 0))
        {
            return $"minProperties {schema.MinProperties} > the {possible} properties that can be generated";
        }
        return null;
    }

    /// <summary>
    /// allOf members must be plain object schemas to be merged: a member with oneOf, not, enum or another type
    /// constrains the whole instance in ways merging ignores. additionalProperties: false in a member, or beside
    /// allOf, counts only the properties declared next to it (JSON Schema 2020-12 §10.3.2.3), which rejects the
    /// other members' properties: not generated from.
    /// </summary>
    private string? MemberProblem(IOpenApiSchema schema, bool top)
    {
        foreach (var member in schema.AllOf ?? [])
        {
            var target = SchemaFacts.Target(member);
            if (target is null)
            {
                return "an allOf member's $ref does not resolve";
            }
            var name = member is OpenApiSchemaReference { Reference.Id: { } id } ? id : "(inline)";
            if (target.OneOf is { Count: > 0 } || target.AnyOf is { Count: > 0 } || target.Not is not null || target.Enum is { Count: > 0 } || target.Const is not null
                || target.Type is { } type && (type & ~JsonSchemaType.Null) is not (JsonSchemaType.Object or 0))
            {
                return $"allOf member {name} is not a plain object schema";
            }
            if (!target.AdditionalPropertiesAllowed || target.PatternProperties is { Count: > 0 })
            {
                return $"allOf member {name} restricts additional properties, which rejects the other members' properties";
            }
            if (MemberProblem(target, top: false) is { } nested)
            {
                return nested;
            }
        }
        if (top && schema.AllOf is { Count: > 0 } && !schema.AdditionalPropertiesAllowed)
        {
            return "additionalProperties: false beside allOf rejects the members' properties";
        }
        return null;
    }

    /// <summary>A property declared twice (allOf members) with different schemas: one value must satisfy both.</summary>
    private static string? Conflict(IOpenApiSchema schema)
    {
        var declared = new List<(string Name, IOpenApiSchema Schema)>();
        SchemaFacts.Collect(schema, declared, new HashSet<string>(), new HashSet<IOpenApiSchema>(ReferenceEqualityComparer.Instance));
        foreach (var group in declared.GroupBy(p => p.Name).Where(g => g.Count() > 1))
        {
            var targets = group.Select(p => SchemaFacts.Target(p.Schema)).Where(t => t is not null && !IsEmpty(t)).Distinct(ReferenceEqualityComparer.Instance).ToList();
            if (targets.Count > 1)
            {
                return $"property '{group.Key}' is declared by more than one allOf member, differently";
            }
        }
        return null;
    }

    private static bool Declared(IOpenApiSchema schema, string name)
    {
        var declared = new List<(string Name, IOpenApiSchema Schema)>();
        SchemaFacts.Collect(schema, declared, new HashSet<string>(), new HashSet<IOpenApiSchema>(ReferenceEqualityComparer.Instance));
        return declared.Any(p => p.Name == name);
    }

    /// <summary>A schema that constrains nothing (annotations at most).</summary>
    private static bool IsEmpty(IOpenApiSchema? schema)
        => schema is not null && SchemaShapes.Of(schema) == Shape.Any && schema.Not is null && schema.Required is not { Count: > 0 };

    private string? CheckArray(IOpenApiSchema schema)
    {
        var min = schema.MinItems ?? 0;
        if (min > (schema.MaxItems ?? int.MaxValue))
        {
            return $"minItems {min} > maxItems {schema.MaxItems}";
        }
        if (min > 0 && schema.Items is { } items && Check(items) is { } why)
        {
            return "items: " + why;
        }
        if (schema.UniqueItems == true && min > 1 && UniqueArrayPool(schema) is { Count: 0 })
        {
            return $"no {min} distinct items could be generated (uniqueItems)";
        }
        return null;
    }
}
