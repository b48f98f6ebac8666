using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.OpenApi;

namespace ContractKit.Conformance.Generation;

/// <summary>
/// FsCheck generators of JSON instances for OpenAPI 3.0/3.1 schemas: objects with their required properties (and
/// some optional ones), enums (and, optionally, values they do not list), <c>oneOf</c> alternatives with their
/// discriminator set, <c>allOf</c> merged, arrays within their item counts, formats spelled as their RFCs say.
/// Values follow type, format, enum, const, required, min/max items and numeric bounds; string patterns and
/// lengths are not generated from (a string is a short word unless an example, default or format says more).
/// </summary>
public sealed class SchemaInstances(InstanceOptions options)
{
    private static readonly string[] Words = { "alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "Grüße", "naïve café", "" };

    /// <summary>Generators with <see cref="InstanceOptions.Default"/>.</summary>
    public SchemaInstances()
        : this(InstanceOptions.Default)
    {
    }

    /// <summary>A generator of instances of <paramref name="schema"/>.</summary>
    public Gen<JsonNode?> For(IOpenApiSchema schema) => Build(schema, 0);

    /// <summary>
    /// Built on demand: a schema graph (discord's has ~1,000 schemas, richly linked) would otherwise be expanded
    /// into generators for every branch up front, though one sample walks only one path through it.
    /// </summary>
    private Gen<JsonNode?> Build(IOpenApiSchema schema, int depth, bool allowNull = true)
        => Gen.Constant(0).SelectMany(_ => BuildNow(schema, depth, allowNull));

    private Gen<JsonNode?> BuildNow(IOpenApiSchema schema, int depth, bool allowNull)
    {
        var target = Target(schema);
        if (target is null)
        {
            return Gen.Constant<JsonNode?>(JsonValue.Create("unresolved"));
        }
        var value = BuildNonNull(target, depth);
        return allowNull && IsNullable(target) && depth < options.MaxDepth
            ? Gen.Frequency((1, Gen.Constant<JsonNode?>(null)), (5, value))
            : value;
    }

    private Gen<JsonNode?> BuildNonNull(IOpenApiSchema schema, int depth)
    {
        if (schema.Const is { } constant)
        {
            return Gen.Constant(ConstValue(schema, constant));
        }
        if (schema.Enum is { Count: > 0 } values && values.Any(v => v is not null && v.GetValueKind() != JsonValueKind.Null))
        {
            return EnumValues(schema, values);
        }
        var alternatives = Alternatives(schema);
        if (alternatives.Count > 0 && schema.Properties is not { Count: > 0 })
        {
            return OneOf(schema, alternatives, depth);
        }
        if (schema.AllOf is { Count: > 0 } || schema.Properties is { Count: > 0 } || Has(schema, JsonSchemaType.Object))
        {
            return Object(schema, depth);
        }
        if (Has(schema, JsonSchemaType.Array) || schema.Items is not null)
        {
            return Array(schema, depth);
        }
        if (Has(schema, JsonSchemaType.String))
        {
            return String(schema);
        }
        if (Has(schema, JsonSchemaType.Integer))
        {
            return Integer(schema);
        }
        if (Has(schema, JsonSchemaType.Number))
        {
            return Number(schema);
        }
        if (Has(schema, JsonSchemaType.Boolean))
        {
            return Gen.Elements<JsonNode?>(JsonValue.Create(true), JsonValue.Create(false));
        }
        // No type: anything goes; a word or a number keeps it simple and valid.
        return Gen.OneOf(Word(), Gen.Choose(-1000, 1000).Select(n => (JsonNode?)JsonValue.Create(n)));
    }

    /// <summary>Microsoft.OpenApi keeps <c>const</c> as text; the declared type says whether it is 1 or "1".</summary>
    private static JsonNode? ConstValue(IOpenApiSchema schema, string constant, IOpenApiSchema? parent = null)
    {
        var declared = schema.Type ?? parent?.Type;
        if (declared is { } type && (type & (JsonSchemaType.Integer | JsonSchemaType.Number)) != 0
            && decimal.TryParse(constant, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return JsonValue.Create(number);
        }
        if (declared is { } boolean && (boolean & JsonSchemaType.Boolean) != 0 && bool.TryParse(constant, out var flag))
        {
            return JsonValue.Create(flag);
        }
        return JsonValue.Create(constant);
    }

    private Gen<JsonNode?> EnumValues(IOpenApiSchema schema, IList<JsonNode> values)
    {
        var known = Gen.Elements(values.Where(v => v is not null && v.GetValueKind() != JsonValueKind.Null).ToArray())
            .Select(v => (JsonNode?)v.DeepClone());
        if (!options.UnknownEnumValues)
        {
            return known;
        }
        var isString = values.All(v => v is null || v.GetValueKind() is JsonValueKind.String or JsonValueKind.Null);
        var unknown = isString
            ? Gen.Choose(0, 999).Select(n => (JsonNode?)JsonValue.Create("UNLISTED_" + n.ToString(CultureInfo.InvariantCulture)))
            : Gen.Choose(100_000, 200_000).Select(n => (JsonNode?)JsonValue.Create(n));
        return Gen.Frequency((6, known), (1, unknown));
    }

    private Gen<JsonNode?> OneOf(IOpenApiSchema schema, List<IOpenApiSchema> alternatives, int depth)
    {
        var discriminator = schema.Discriminator?.PropertyName;
        if (alternatives.All(a => Target(a)?.Const is not null))
        {
            // A oneOf of consts is an enum spelled with names (discord's specs): values typed by the parent.
            var known = Gen.Elements(alternatives.Select(a => ConstValue(Target(a)!, Target(a)!.Const!, schema)).ToArray());
            var unknownNumber = Has(schema, JsonSchemaType.Integer) ? Gen.Choose(100_000, 200_000).Select(n => (JsonNode?)JsonValue.Create(n)) : null;
            return options.UnknownEnumValues && unknownNumber is not null ? Gen.Frequency((6, known), (1, unknownNumber)) : known;
        }
        var choices = alternatives.Select(alternative =>
        {
            var instance = Build(alternative, depth + 1);
            if (discriminator is null || DiscriminatorValue(schema, alternative) is not { } value)
            {
                return instance;
            }
            return instance.Select(node =>
            {
                if (node is JsonObject obj)
                {
                    obj[discriminator] = JsonValue.Create(value);
                }
                return node;
            });
        }).ToArray();
        return Gen.OneOf(choices);
    }

    private Gen<JsonNode?> Object(IOpenApiSchema schema, int depth)
    {
        var properties = new List<(string Name, IOpenApiSchema Schema)>();
        var required = new HashSet<string>(StringComparer.Ordinal);
        Collect(schema, properties, required, new HashSet<IOpenApiSchema>());
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var parts = new List<Gen<(string Name, JsonNode? Value, bool Present)>>();
        foreach (var (name, propertySchema) in properties)
        {
            if (!seen.Add(name) || (propertySchema.ReadOnly && !options.ReadOnlyProperties) || (propertySchema.WriteOnly && !options.WriteOnlyProperties))
            {
                continue;
            }
            var value = Build(propertySchema, depth + 1);
            var target = Target(propertySchema);
            var mustInclude = required.Contains(name) || (options.AlwaysIncludeDefaults && target?.Default is not null);
            if (mustInclude)
            {
                parts.Add(value.Select(v => (name, v, true)));
            }
            else if (depth < options.MaxDepth)
            {
                // Optional: absent, or present (with null too, where the schema allows it: null is not absence).
                var present = Build(propertySchema, depth + 1);
                parts.Add(Gen.Frequency(
                    (1, Gen.Constant((name, (JsonNode?)null, false))),
                    (2, present.Select(v => (name, v, true)))));
            }
        }
        if (properties.Count == 0 && schema.AdditionalProperties is { } mapValues)
        {
            return Map(mapValues, depth);
        }
        var extra = ExtraProperties(schema, seen, depth);
        return Gen.CollectToList(parts).SelectMany(_ => extra, (members, extras) =>
        {
            var obj = new JsonObject();
            foreach (var (name, value, present) in members)
            {
                if (present)
                {
                    obj[name] = Own(value);
                }
            }
            foreach (var (name, value) in extras)
            {
                obj[name] = Own(value);
            }
            return (JsonNode?)obj;
        });
    }

    private Gen<List<(string, JsonNode?)>> ExtraProperties(IOpenApiSchema schema, HashSet<string> named, int depth)
    {
        var none = Gen.Constant(new List<(string, JsonNode?)>());
        if (!options.ExtraProperties || !schema.AdditionalPropertiesAllowed || depth >= options.MaxDepth)
        {
            return none;
        }
        var values = schema.AdditionalProperties is { } additional ? Build(additional, depth + 1) : Word();
        var name = Gen.Choose(0, 99).Select(n => "extra" + n.ToString(CultureInfo.InvariantCulture)).Where(n => !named.Contains(n));
        var one = name.SelectMany(_ => values, (n, v) => new List<(string, JsonNode?)> { (n, v) });
        return Gen.Frequency((3, none), (1, one));
    }

    private Gen<JsonNode?> Map(IOpenApiSchema values, int depth)
    {
        var count = depth < options.MaxDepth ? Gen.Choose(0, 3) : Gen.Constant(0);
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
        var upper = depth < options.MaxDepth ? Math.Min(max, min + options.MaxExtraItems) : min;
        var items = schema.Items ?? new OpenApiSchema();
        var unique = schema.UniqueItems == true;
        return Gen.Choose(min, Math.Max(min, upper)).SelectMany(n => Gen.ArrayOf(Build(items, depth + 1), n), (_, values) =>
        {
            var array = new JsonArray();
            foreach (var value in unique ? values.DistinctBy(v => v?.ToJsonString()) : values)
            {
                array.Add(Own(value));
            }
            return (JsonNode?)array;
        });
    }

    private static Gen<JsonNode?> String(IOpenApiSchema schema)
    {
        switch (schema.Format?.ToLowerInvariant())
        {
            case "date-time":
                return DateTimes().Select(d => (JsonNode?)JsonValue.Create(FormatDateTime(d)));
            case "date":
                return DateTimes().Select(d => (JsonNode?)JsonValue.Create(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            case "uuid":
                return Gen.Choose(0, int.MaxValue).Select(n => (JsonNode?)JsonValue.Create(new Guid(n, (short)(n >> 3), 0x4abc, 1, 2, 3, 4, 5, 6, 7, 8).ToString("D")));
            case "uri":
            case "url":
                return Gen.Choose(0, 9999).Select(n => (JsonNode?)JsonValue.Create($"https://example.com/items/{n}"));
            case "email":
                return Gen.Choose(0, 9999).Select(n => (JsonNode?)JsonValue.Create($"guest{n}@example.com"));
            case "byte":
                return Gen.ArrayOf(Gen.Choose(0, 255), 6).Select(b => (JsonNode?)JsonValue.Create(Convert.ToBase64String(b.Select(x => (byte)x).ToArray())));
        }
        var samples = new[] { schema.Default }
            .Concat(schema.Examples ?? new List<JsonNode>())
            .Where(n => n is not null && n.GetValueKind() == JsonValueKind.String)
            .Select(n => (JsonNode?)n!.DeepClone())
            .ToArray();
        return samples.Length > 0 && schema.Pattern is not null ? Gen.Elements(samples) : Word();
    }

    /// <summary>A node may sit in one parent only, and generators hand out shared constants: copy when needed.</summary>
    private static JsonNode? Own(JsonNode? node) => node?.Parent is null ? node : node.DeepClone();

    private static Gen<JsonNode?> Word() => Gen.Elements(Words).Select(w => (JsonNode?)JsonValue.Create(w));

    private static Gen<DateTimeOffset> DateTimes()
        => from seconds in Gen.Choose(0, 60 * 60 * 24 * 365 * 5)
           from offsetMinutes in Gen.Elements(0, 60, -300, 330)
           from millis in Gen.Elements(0, 0, 250)
           select new DateTimeOffset(2021, 1, 1, 0, 0, 0, TimeSpan.FromMinutes(offsetMinutes)).AddSeconds(seconds).AddMilliseconds(millis);

    /// <summary>RFC 3339, with 'Z' for UTC as most servers write it.</summary>
    private static string FormatDateTime(DateTimeOffset value)
    {
        var text = value.ToString(value.Millisecond == 0 ? "yyyy-MM-dd'T'HH:mm:ss" : "yyyy-MM-dd'T'HH:mm:ss.fff", CultureInfo.InvariantCulture);
        return text + (value.Offset == TimeSpan.Zero ? "Z" : value.ToString("zzz", CultureInfo.InvariantCulture));
    }

    private static Gen<JsonNode?> Integer(IOpenApiSchema schema)
    {
        var int32 = schema.Format == "int32";
        var low = Bound(schema.Minimum, schema.ExclusiveMinimum, +1) ?? (int32 ? -1000 : -100_000);
        var high = Bound(schema.Maximum, schema.ExclusiveMaximum, -1) ?? (int32 ? 1000 : 100_000);
        low = Math.Max(low, int.MinValue);
        high = Math.Min(high, int.MaxValue);
        if (high < low)
        {
            high = low;
        }
        var multiple = schema.MultipleOf is { } m && m >= 1 && m == Math.Floor(m) ? (long)m : 1;
        return Gen.Choose((int)Math.Max(low, int.MinValue + 1L), (int)high)
            .Select(n => (JsonNode?)JsonValue.Create(n - (n % multiple)));
    }

    private static Gen<JsonNode?> Number(IOpenApiSchema schema)
    {
        var low = Bound(schema.Minimum, schema.ExclusiveMinimum, +1) ?? -1000;
        var high = Bound(schema.Maximum, schema.ExclusiveMaximum, -1) ?? 1000;
        if (high < low)
        {
            high = low;
        }
        // Quarters are exact in binary and decimal, so no digit is lost on the way through double or decimal.
        return Gen.Choose(0, 400).Select(k => (JsonNode?)JsonValue.Create(Math.Clamp(low + ((high - low) * k / 400.0), low, high) is var v ? Math.Round(v * 4) / 4 : 0));
    }

    private static long? Bound(string? inclusive, string? exclusive, int step)
    {
        if (exclusive is not null && decimal.TryParse(exclusive, NumberStyles.Float, CultureInfo.InvariantCulture, out var e))
        {
            return (long)Math.Clamp(step > 0 ? Math.Floor(e) + 1 : Math.Ceiling(e) - 1, long.MinValue / 2, long.MaxValue / 2);
        }
        if (inclusive is not null && decimal.TryParse(inclusive, NumberStyles.Float, CultureInfo.InvariantCulture, out var i))
        {
            return (long)Math.Clamp(step > 0 ? Math.Ceiling(i) : Math.Floor(i), long.MinValue / 2, long.MaxValue / 2);
        }
        return null;
    }

    private static void Collect(IOpenApiSchema schema, List<(string, IOpenApiSchema)> properties, HashSet<string> required, HashSet<IOpenApiSchema> visited)
    {
        var target = Target(schema);
        if (target is null || !visited.Add(target))
        {
            return;
        }
        foreach (var member in target.AllOf ?? new List<IOpenApiSchema>())
        {
            Collect(member, properties, required, visited);
        }
        foreach (var property in target.Properties ?? new Dictionary<string, IOpenApiSchema>())
        {
            properties.Add((property.Key, property.Value));
        }
        foreach (var name in target.Required ?? new HashSet<string>())
        {
            required.Add(name);
        }
    }

    private static string? DiscriminatorValue(IOpenApiSchema union, IOpenApiSchema alternative)
    {
        if (alternative is not OpenApiSchemaReference { Reference.Id: { } id })
        {
            return null;
        }
        var mapped = union.Discriminator?.Mapping?.FirstOrDefault(entry => entry.Value?.Reference?.Id == id).Key;
        return mapped ?? id;
    }

    private static List<IOpenApiSchema> Alternatives(IOpenApiSchema schema)
        => ((schema.OneOf is { Count: > 0 } ? schema.OneOf : schema.AnyOf) ?? new List<IOpenApiSchema>())
            .Where(s => Target(s) is { } t && t.Type != JsonSchemaType.Null)
            .ToList();

    private static IOpenApiSchema? Target(IOpenApiSchema schema) => schema is OpenApiSchemaReference reference ? reference.Target : schema;

    private static bool Has(IOpenApiSchema schema, JsonSchemaType type) => schema.Type is { } t && (t & type) != 0;

    /// <summary>Null is allowed: 3.1 <c>type: [x, null]</c>, 3.0 <c>nullable: true</c> (also left in a 3.1 document).</summary>
    public static bool IsNullable(IOpenApiSchema schema)
    {
        if (schema.Type is { } type && (type & JsonSchemaType.Null) != 0)
        {
            return true;
        }
        return schema.UnrecognizedKeywords is { } keywords && keywords.TryGetValue("nullable", out var flag)
            && flag is JsonValue value && value.TryGetValue<bool>(out var isNullable) && isNullable;
    }
}
