using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.OpenApi;

namespace ContractKit.Conformance.Generation;

/// <summary>
/// Targeted mutations of a valid instance: each breaks one keyword at one place, so a validator can be asked for
/// exactly that (pointer, keyword). The instance is walked alongside its schema ($refs resolved, allOf members
/// merged, a discriminated oneOf/anyOf followed into the variant its discriminator selects). A oneOf/anyOf without
/// a discriminator is not entered: a validator can only say the union failed there, so the one mutation made at
/// such a node is a JSON type no alternative takes, reported as <c>oneOf</c>/<c>anyOf</c> at the union.
/// Required readOnly/writeOnly properties are never removed (OpenAPI: required applies to responses only, or
/// requests only, so the validators do not require them), and a discriminated variant's discriminator property
/// is only ever changed to a value nothing maps, reported as <c>discriminator</c>.
/// </summary>
/// <param name="document">The document the schemas come from: a discriminator value matching a component's name is mapped implicitly.</param>
/// <param name="now">The fixed "now" that <c>x-contractkit-not-future</c> is judged against: mutations date one day after it.</param>
public sealed class SchemaMutations(OpenApiDocument document, DateTimeOffset now)
{
    /// <summary>The extension that bounds a date-time by now plus a clock skew (spec/README.md).</summary>
    public const string NotFuture = "x-contractkit-not-future";

    private const int MaxDepth = 64;

    private readonly OpenApiDocument document = document;
    private readonly DateTimeOffset now = now;

    /// <summary>One mutation drawn from those that apply, or null when none does.</summary>
    public Gen<Mutation?> For(IOpenApiSchema schema, JsonNode? instance)
    {
        var each = Each(schema, instance);
        return each.Count == 0 ? Gen.Constant<Mutation?>(null) : Gen.OneOf(each).Select(m => (Mutation?)m);
    }

    /// <summary>Every mutation that applies, one generator per (place, keyword).</summary>
    public IReadOnlyList<Gen<Mutation>> Each(IOpenApiSchema schema, JsonNode? instance)
    {
        var sites = new List<Gen<Mutation>>();
        new Walker(this, instance, sites).Walk(schema, instance, ImmutableList<string>.Empty, new Context(NullAllowed: false, SkipProperty: null, VariantRoot: false), 0);
        return sites;
    }

    /// <param name="NullAllowed">An enclosing wrapper allows null (<c>nullable</c> beside <c>allOf: [$ref]</c>).</param>
    /// <param name="SkipProperty">The discriminator property of the variant being walked: changed only by the discriminator mutation.</param>
    /// <param name="VariantRoot">The node is a discriminated union's value: replacing it whole is not a variant's error.</param>
    private sealed record Context(bool NullAllowed, string? SkipProperty, bool VariantRoot);

    private sealed class Walker(SchemaMutations owner, JsonNode? root, List<Gen<Mutation>> sites)
    {
        public void Walk(IOpenApiSchema schema, JsonNode? node, ImmutableList<string> path, Context context, int depth)
        {
            var target = SchemaFacts.Target(schema);
            if (target is null || depth > MaxDepth)
            {
                return;
            }
            var nullable = context.NullAllowed || SchemaFacts.IsNullable(target);
            switch (SchemaShapes.Of(target))
            {
                case Shape.Wrapper:
                    Walk(target.AllOf![0], node, path, context with { NullAllowed = nullable }, depth + 1);
                    return;
                case Shape.Union when target.Discriminator?.PropertyName is { } property:
                    Discriminated(target, property, node, path, nullable, depth);
                    return;
                case Shape.Union:
                    UnionType(target, node, path, nullable);
                    return;
                case Shape.ConstUnion:
                    return; // an enum spelled as a oneOf of consts: which keyword a validator reports is not fixed
            }
            if (!context.VariantRoot)
            {
                ValueSites(target, node, path, nullable);
            }
            switch (node)
            {
                case JsonObject obj:
                    ObjectSites(target, obj, path, context, depth);
                    break;
                case JsonArray array:
                    ArraySites(target, array, path, depth);
                    break;
                case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                    StringSites(target, value.GetValue<string>(), path);
                    break;
                case JsonValue value when value.GetValueKind() == JsonValueKind.Number:
                    NumberSites(target, value, path);
                    break;
            }
        }

        /// <summary>type, enum and const: the value replaced whole.</summary>
        private void ValueSites(IOpenApiSchema schema, JsonNode? node, ImmutableList<string> path, bool nullable)
        {
            if (schema.Type is not null)
            {
                var wrong = BadValues.WrongTypes(schema, nullable);
                Add(path, "type", Gen.Elements(wrong.ToArray()).Select(v => (Replace(path, v), $"replaced with a {SchemaFacts.Kind(v)}")));
            }
            if (node is null)
            {
                return;
            }
            if (schema.Enum is { Count: > 0 } values && BadValues.NotIn(values) is var outside)
            {
                Add(path, "enum", Gen.Constant((Replace(path, outside), $"replaced with {outside?.ToJsonString()}, which the enum does not list")));
            }
            if (schema.Const is { } constant && Different(SchemaFacts.ConstValue(schema, constant)) is { } other)
            {
                Add(path, "const", Gen.Constant((Replace(path, other), $"replaced with {other.ToJsonString()}, not the const")));
            }
        }

        private static JsonNode? Different(JsonNode? constant) => SchemaFacts.Kind(constant) switch
        {
            JsonValueKind.String => JsonValue.Create(constant!.GetValue<string>() + "_other"),
            JsonValueKind.Number => JsonValue.Create(SchemaFacts.NumberValue(constant!) + 1),
            JsonValueKind.True => JsonValue.Create(false),
            JsonValueKind.False => JsonValue.Create(true),
            _ => null,
        };

        private void ObjectSites(IOpenApiSchema schema, JsonObject obj, ImmutableList<string> path, Context context, int depth)
        {
            var declared = new List<(string Name, IOpenApiSchema Schema)>();
            var required = new HashSet<string>(StringComparer.Ordinal);
            SchemaFacts.Collect(schema, declared, required, new HashSet<IOpenApiSchema>(ReferenceEqualityComparer.Instance));
            var properties = declared.DistinctBy(p => p.Name).ToDictionary(p => p.Name, p => p.Schema, StringComparer.Ordinal);
            foreach (var name in required.Where(obj.ContainsKey))
            {
                if (name == context.SkipProperty || (properties.TryGetValue(name, out var property) && IsReadOrWriteOnly(property)))
                {
                    continue;
                }
                var at = path.Add(name);
                Add(at, "required", Gen.Constant((new InstanceEdit(at, InstanceEdit.Kind.Remove).ApplyTo(root), $"removed required property '{name}'")));
            }
            if (!schema.AdditionalPropertiesAllowed && schema.AllOf is not { Count: > 0 } && schema.PatternProperties is not { Count: > 0 })
            {
                var name = "unexpectedProperty";
                while (properties.ContainsKey(name) || obj.ContainsKey(name))
                {
                    name += "_";
                }
                var at = path.Add(name);
                Add(at, "additionalProperties", Gen.Constant((new InstanceEdit(at, InstanceEdit.Kind.Add, JsonValue.Create("surprise")).ApplyTo(root), $"added property '{name}', which additionalProperties: false forbids")));
            }
            foreach (var (name, value) in obj)
            {
                if (name == context.SkipProperty)
                {
                    continue;
                }
                var inner = new Context(NullAllowed: false, SkipProperty: null, VariantRoot: false);
                if (properties.TryGetValue(name, out var propertySchema))
                {
                    Walk(propertySchema, value, path.Add(name), inner, depth + 1);
                }
                else if (schema.AdditionalProperties is { } additional && schema.PatternProperties is not { Count: > 0 })
                {
                    Walk(additional, value, path.Add(name), inner, depth + 1);
                }
            }
        }

        private static bool IsReadOrWriteOnly(IOpenApiSchema property)
            => property.ReadOnly || property.WriteOnly || SchemaFacts.Target(property) is { ReadOnly: true } or { WriteOnly: true };

        private void ArraySites(IOpenApiSchema schema, JsonArray array, ImmutableList<string> path, int depth)
        {
            var items = array.Select(i => i?.DeepClone()).ToList();
            if (schema.MaxItems is { } max && max < 1000 && items.Count > 0)
            {
                var longer = items.Concat(Enumerable.Range(0, max + 1 - items.Count).Select(_ => items[0]?.DeepClone())).ToList();
                Add(path, "maxItems", Gen.Constant((Replace(path, Array(longer)), $"{max + 1} items, maxItems is {max}")));
            }
            if (schema.MinItems is { } min && min >= 1)
            {
                Add(path, "minItems", Gen.Constant((Replace(path, Array(items.Take(min - 1))), $"{min - 1} items, minItems is {min}")));
            }
            if (schema.UniqueItems == true && items.Count >= 1 && (items.Count >= 2 || (schema.MaxItems ?? int.MaxValue) >= 2))
            {
                var duplicated = items.Count >= 2 ? items.Take(1).Concat(items.Take(1)).Concat(items.Skip(2)) : items.Concat(items);
                // The validators report a repeated item where it repeats: /items/1, not the array.
                Add(path.Add("1"), "uniqueItems", Gen.Constant((Replace(path, Array(duplicated.Select(i => i?.DeepClone()))), "item 0 repeated as item 1")));
            }
            if (schema.Items is { } itemSchema)
            {
                for (var i = 0; i < array.Count; i++)
                {
                    Walk(itemSchema, array[i], path.Add(i.ToString(CultureInfo.InvariantCulture)), new Context(false, null, false), depth + 1);
                }
            }
        }

        private static JsonArray Array(IEnumerable<JsonNode?> items) => new(items.Select(i => i?.DeepClone()).ToArray());

        private void StringSites(IOpenApiSchema schema, string value, ImmutableList<string> path)
        {
            var runes = value.EnumerateRunes().ToList();
            if (schema.MaxLength is { } max && max < 100_000)
            {
                var longer = string.Concat(runes.Select(r => r.ToString())) + new string('x', Math.Max(1, max + 1 - runes.Count));
                Add(path, "maxLength", Gen.Constant((Replace(path, JsonValue.Create(longer)), $"{SchemaFacts.CodePoints(longer)} code points, maxLength is {max}")));
            }
            if (schema.MinLength is { } min && min >= 1)
            {
                var shorter = string.Concat(runes.Take(min - 1).Select(r => r.ToString()));
                Add(path, "minLength", Gen.Constant((Replace(path, JsonValue.Create(shorter)), $"{min - 1} code points, minLength is {min}")));
            }
            if (BadValues.BreakingFormat(schema.Format) is { } bad)
            {
                Add(path, "format", Gen.Constant((Replace(path, JsonValue.Create(bad)), $"'{bad}' is not a {schema.Format}")));
            }
            if (schema.Pattern is { } pattern && BadValues.NotMatching(pattern, value) is { Count: > 0 } misses)
            {
                Add(path, "pattern", Gen.Elements(misses.ToArray()).Select(m => (Replace(path, JsonValue.Create(m)), $"{JsonSerializer.Serialize(m)} does not match {pattern}")));
            }
            if (schema.Format == "date-time" && schema.Extensions?.ContainsKey(NotFuture) == true)
            {
                var tomorrow = FormatStrings.FormatDateTime(owner.now.ToUniversalTime().AddDays(1));
                Add(path, NotFuture, Gen.Constant((Replace(path, JsonValue.Create(tomorrow)), $"{tomorrow} is a day after now ({owner.now:O})")));
            }
        }

        private void NumberSites(IOpenApiSchema schema, JsonValue value, ImmutableList<string> path)
        {
            if (SchemaFacts.NumberValue(value) is not { } number)
            {
                return;
            }
            var integer = SchemaFacts.Has(schema, JsonSchemaType.Integer) && !SchemaFacts.Has(schema, JsonSchemaType.Number);
            void Bound(string keyword, decimal bad, string why) =>
                Add(path, keyword, Gen.Constant((Replace(path, JsonValue.Create(bad / 1.000000000000000000000000000000000m)), why)));
            if (SchemaFacts.Decimal(schema.Maximum) is { } max && max < decimal.MaxValue - 1)
            {
                Bound("maximum", Math.Floor(max) + 1, $"above maximum {max}");
            }
            if (SchemaFacts.Decimal(schema.Minimum) is { } min && min > decimal.MinValue + 1)
            {
                Bound("minimum", Math.Ceiling(min) - 1, $"below minimum {min}");
            }
            if (SchemaFacts.Decimal(schema.ExclusiveMaximum) is { } xmax)
            {
                Bound("exclusiveMaximum", integer ? Math.Ceiling(xmax) : xmax, $"not below exclusiveMaximum {xmax}");
            }
            if (SchemaFacts.Decimal(schema.ExclusiveMinimum) is { } xmin)
            {
                Bound("exclusiveMinimum", integer ? Math.Floor(xmin) : xmin, $"not above exclusiveMinimum {xmin}");
            }
            if (schema.MultipleOf is { } step && step > 0)
            {
                // v + m/2 is no multiple of m; for an integer schema that must stay an integer, so m must be an integer ≥ 2.
                var offset = integer ? (step == Math.Floor(step) && step >= 2 ? 1 : (decimal?)null) : step / 2;
                if (offset is { } o)
                {
                    Bound("multipleOf", number + o, $"not a multiple of {step}");
                }
            }
            if (schema.Format == "int32")
            {
                Bound("format", 2147483648m, "2147483648 is beyond int32");
            }
        }

        /// <summary>
        /// A oneOf/anyOf with a discriminator: its property changed to a value that selects nothing, and the variant the
        /// value selects walked (a validator dispatches on it and reports the variant's own errors).
        /// </summary>
        private void Discriminated(IOpenApiSchema union, string property, JsonNode? node, ImmutableList<string> path, bool nullable, int depth)
        {
            if (node is not JsonObject obj || obj[property] is not JsonValue tag || tag.GetValueKind() != JsonValueKind.String)
            {
                return;
            }
            if (SchemaFacts.AlternativeFor(union, tag.GetValue<string>()) is not { } variant)
            {
                return;
            }
            var unmapped = "UNMAPPED";
            while (union.Discriminator?.Mapping?.ContainsKey(unmapped) == true || owner.document.Components?.Schemas?.ContainsKey(unmapped) == true)
            {
                unmapped += "_";
            }
            var at = path.Add(property);
            Add(at, "discriminator", Gen.Constant((Replace(at, JsonValue.Create(unmapped)), $"discriminator '{property}' set to '{unmapped}', which selects no variant")));
            Walk(variant, node, path, new Context(nullable, property, VariantRoot: true), depth + 1);
        }

        /// <summary>A oneOf/anyOf without a discriminator: only a JSON type that no alternative takes is certain to fail every one.</summary>
        private void UnionType(IOpenApiSchema union, JsonNode? node, ImmutableList<string> path, bool nullable)
        {
            var alternatives = SchemaFacts.Union(union).Select(SchemaFacts.Target).ToList();
            if (alternatives.Any(a => a?.Type is null))
            {
                return;
            }
            var types = alternatives.Aggregate((JsonSchemaType)0, (all, a) => all | a!.Type!.Value);
            var nullOk = nullable || (types & JsonSchemaType.Null) != 0 || alternatives.Any(a => SchemaFacts.IsNullable(a!));
            var wrong = BadValues.WrongTypes(new OpenApiSchema { Type = types }, nullOk);
            if (wrong.Count == 0)
            {
                return;
            }
            var keyword = SchemaFacts.IsOneOf(union) ? "oneOf" : "anyOf";
            Add(path, keyword, Gen.Elements(wrong.ToArray()).Select(v => (Replace(path, v), $"replaced with a {SchemaFacts.Kind(v)}, which no alternative takes")));
        }

        private JsonNode? Replace(ImmutableList<string> path, JsonNode? value) => new InstanceEdit(path, InstanceEdit.Kind.Replace, value).ApplyTo(root);

        private void Add(ImmutableList<string> path, string keyword, Gen<(JsonNode? Instance, string Description)> change)
        {
            var pointer = Pointer(path);
            sites.Add(change.Select(c => new Mutation(c.Instance, pointer, keyword, c.Description)));
        }

        private static string Pointer(IEnumerable<string> path)
        {
            var builder = new StringBuilder();
            foreach (var token in path)
            {
                builder.Append('/').Append(SchemaFacts.EscapePointerToken(token));
            }
            return builder.ToString();
        }
    }
}
