using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.OpenApi;

namespace ContractKit.Conformance.Generation;

/// <summary>Objects (properties from allOf too, min/maxProperties, extra properties), maps and arrays.</summary>
public sealed partial class SchemaInstances
{
    private readonly ConcurrentDictionary<IOpenApiSchema, List<JsonNode?>> uniqueArrayPools = new(ReferenceEqualityComparer.Instance);

    private sealed record Member(string Name, JsonNode? Value, bool Present, bool Optional);

    /// <summary>The properties an instance may have (allOf members' too, first declaration wins) and the required names.</summary>
    private static (List<(string Name, IOpenApiSchema Schema)> Properties, HashSet<string> Required) Members(IOpenApiSchema schema)
    {
        var declared = new List<(string Name, IOpenApiSchema Schema)>();
        var required = new HashSet<string>(StringComparer.Ordinal);
        SchemaFacts.Collect(schema, declared, required, new HashSet<IOpenApiSchema>(ReferenceEqualityComparer.Instance));
        var properties = declared.DistinctBy(p => p.Name).ToList();
        // A required name no property declares still needs a value: one additionalProperties allows.
        foreach (var name in required.Where(name => properties.All(p => p.Name != name)).ToList())
        {
            properties.Add((name, schema.AdditionalProperties ?? new OpenApiSchema()));
        }
        return (properties, required);
    }

    /// <summary>Whether these options leave a property out: readOnly ones for requests, writeOnly ones for responses.</summary>
    private bool Excluded(IOpenApiSchema property)
    {
        var target = SchemaFacts.Target(property);
        var readOnly = property.ReadOnly || target?.ReadOnly == true;
        var writeOnly = property.WriteOnly || target?.WriteOnly == true;
        return (readOnly && !options.ReadOnlyProperties) || (writeOnly && !options.WriteOnlyProperties);
    }

    private Gen<JsonNode?> Object(IOpenApiSchema schema, int depth)
    {
        var (properties, required) = Members(schema);
        if (properties.Count == 0 && schema.AdditionalProperties is { } mapValues)
        {
            return Map(schema, mapValues, depth);
        }
        var minProperties = schema.MinProperties ?? 0;
        var maxProperties = schema.MaxProperties ?? int.MaxValue;
        var parts = new List<Gen<Member>>();
        foreach (var (name, propertySchema) in properties)
        {
            if (Excluded(propertySchema))
            {
                continue;
            }
            var generable = CanGenerate(propertySchema);
            var hasDefault = SchemaFacts.Target(propertySchema)?.Default is not null;
            if (required.Contains(name) || (options.AlwaysIncludeDefaults && hasDefault && generable))
            {
                parts.Add(Build(propertySchema, depth + 1).Select(v => new Member(name, v, true, Optional: !required.Contains(name))));
            }
            else if (generable && (depth < options.MaxDepth || minProperties > 0))
            {
                // Optional: absent, or present (with null too, where the schema allows it: null is not absence).
                // Below minProperties an absent one may be needed after all, so it gets a value then.
                var presence = depth < options.MaxDepth ? Gen.Frequency((1, Gen.Constant(false)), (2, Gen.Constant(true))) : Gen.Constant(false);
                parts.Add(presence.SelectMany(present => present || minProperties > 0
                    ? Build(propertySchema, depth + 1).Select(v => new Member(name, v, present, Optional: true))
                    : Gen.Constant(new Member(name, null, false, Optional: true))));
            }
        }
        var extras = ExtraProperties(schema, properties.Select(p => p.Name).ToHashSet(StringComparer.Ordinal), depth, minProperties);
        return Gen.CollectToList(parts).SelectMany(_ => extras, (members, extra) =>
        {
            var chosen = members.Where(m => m.Present).Concat(extra.Where(m => m.Present)).ToList();
            // Within min/maxProperties: bring in what was left out, or leave out what is optional (extras first).
            foreach (var spare in members.Concat(extra).Where(m => !m.Present))
            {
                if (chosen.Count >= minProperties)
                {
                    break;
                }
                chosen.Add(spare);
            }
            for (var i = chosen.Count - 1; i >= 0 && chosen.Count > maxProperties; i--)
            {
                if (chosen[i].Optional)
                {
                    chosen.RemoveAt(i);
                }
            }
            var obj = new JsonObject();
            foreach (var member in chosen)
            {
                obj[member.Name] = Own(member.Value);
            }
            return (JsonNode?)obj;
        });
    }

    /// <summary>
    /// Properties the schema does not name, where it allows them: sometimes one (present), and enough absent ones to
    /// reach minProperties when the named ones do not.
    /// </summary>
    private Gen<List<Member>> ExtraProperties(IOpenApiSchema schema, HashSet<string> named, int depth, int minProperties)
    {
        var none = Gen.Constant(new List<Member>());
        var additional = schema.AdditionalProperties;
        if (!schema.AdditionalPropertiesAllowed || schema.PatternProperties is { Count: > 0 } || (additional is not null && !CanGenerate(additional)))
        {
            return none;
        }
        var values = additional is not null ? Build(additional, depth + 1) : StringInstances.Word();
        Gen<Member> Extra(int index, bool present) => Gen.Choose(0, 99)
            .Select(n => $"extra{n.ToString(CultureInfo.InvariantCulture)}_{index.ToString(CultureInfo.InvariantCulture)}")
            .Where(n => !named.Contains(n))
            .SelectMany(name => values.Select(v => new Member(name, v, present, Optional: true)));
        var spares = Enumerable.Range(1, Math.Max(0, minProperties)).Select(i => Extra(i, present: false)).ToList();
        var sometimes = options.ExtraProperties && depth < options.MaxDepth
            ? Gen.Frequency((3, Gen.Constant(new List<Member>())), (1, Extra(0, present: true).Select(m => new List<Member> { m })))
            : none;
        return sometimes.SelectMany(first => Gen.CollectToList(spares), (first, rest) => first.Concat(rest).ToList());
    }

    private Gen<JsonNode?> Map(IOpenApiSchema schema, IOpenApiSchema values, int depth)
    {
        var min = Math.Max(0, schema.MinProperties ?? 0);
        var max = Math.Max(min, Math.Min(schema.MaxProperties ?? int.MaxValue, min + 3));
        var count = depth < options.MaxDepth && CanGenerate(values) ? Gen.Choose(min, max) : Gen.Constant(min);
        return count.SelectMany(n => Gen.ArrayOf(Build(values, depth + 1), n), (n, items) =>
        {
            var obj = new JsonObject();
            for (var i = 0; i < items.Length; i++)
            {
                obj["key" + i.ToString(CultureInfo.InvariantCulture)] = Own(items[i]);
            }
            return (JsonNode?)obj;
        });
    }

    private Gen<JsonNode?> Array(IOpenApiSchema schema, int depth)
    {
        var min = Math.Max(0, schema.MinItems ?? 0);
        var max = schema.MaxItems ?? min + options.MaxExtraItems;
        var items = schema.Items ?? new OpenApiSchema();
        if (min == 0 && !CanGenerate(items))
        {
            return Gen.Constant(0).Select(_ => (JsonNode?)new JsonArray());
        }
        if (schema.UniqueItems == true)
        {
            return UniqueArrayPool(schema) is { Count: 0 }
                ? UniqueArrays(schema, depth) // cannot be generated from (WhyNot says so): best effort
                : Probing.Retry(UniqueArrays(schema, depth), a => a is JsonArray { Count: var n } && n >= min, UniqueArrayPool(schema), Own);
        }
        var upper = depth < options.MaxDepth ? Math.Min(max, min + options.MaxExtraItems) : min;
        return Gen.Choose(min, Math.Max(min, upper)).SelectMany(n => Gen.ArrayOf(Build(items, depth + 1), n), (_, values) =>
            (JsonNode?)new JsonArray(values.Select(Own).ToArray()));
    }

    /// <summary>
    /// Arrays of distinct items: a finite domain (enum, const, boolean) shuffled, else a surplus of draws with
    /// duplicates dropped; fewer distinct items than minItems is possible, so callers check the count.
    /// </summary>
    private Gen<JsonNode?> UniqueArrays(IOpenApiSchema schema, int depth)
    {
        var min = Math.Max(0, schema.MinItems ?? 0);
        var max = schema.MaxItems ?? min + options.MaxExtraItems;
        var upper = depth < options.MaxDepth ? Math.Min(max, min + options.MaxExtraItems) : min;
        var items = schema.Items ?? new OpenApiSchema();
        var domain = FiniteDomain(items);
        var draws = domain is not null
            ? Gen.Shuffle(domain.Select(v => v?.DeepClone()).ToArray())
            : Gen.Choose(min, Math.Max(min, upper)).SelectMany(n => Gen.ArrayOf(Build(items, depth + 1), (n * 3) + 4));
        return Gen.Choose(min, Math.Max(min, upper)).SelectMany(n => draws.Select(values =>
            (JsonNode?)new JsonArray(values.DistinctBy(Key).Take(n).Select(Own).ToArray())));
    }

    private List<JsonNode?>? UniqueArrayPool(IOpenApiSchema schema)
        => Probing.Pool(uniqueArrayPools, schema, () => Probing.Passing(UniqueArrays(schema, 0), a => a is JsonArray { Count: var n } && n >= (schema.MinItems ?? 0), Key));

    /// <summary>Every value an item schema allows, when there are few: enum values, a const, the two booleans.</summary>
    private static List<JsonNode?>? FiniteDomain(IOpenApiSchema items)
    {
        var target = SchemaFacts.Target(items);
        if (target is null)
        {
            return null;
        }
        return SchemaShapes.Of(target) switch
        {
            Shape.Const => [SchemaFacts.ConstValue(target, target.Const!)],
            Shape.Enum => target.Enum!.Where(v => v is not null && v.GetValueKind() != System.Text.Json.JsonValueKind.Null).Select(v => (JsonNode?)v).ToList(),
            Shape.Boolean => [JsonValue.Create(true), JsonValue.Create(false)],
            Shape.ConstUnion => SchemaFacts.Alternatives(target).Select(a => SchemaFacts.ConstValue(SchemaFacts.Target(a)!, SchemaFacts.Target(a)!.Const!, target)).ToList(),
            _ => null,
        };
    }
}
