using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ContractKit.Generator.Model;
using Microsoft.OpenApi;

namespace ContractKit.Generator.Parsing;

internal sealed partial class TypeCatalogBuilder
{
    /// <summary>An object component that derives from a polymorphic union base, with its discriminator value.</summary>
    private sealed record PolymorphicVariant(string BaseName, string DiscriminatorProperty, string Value);

    /// <summary>
    /// A component <c>oneOf</c>/<c>anyOf</c> with a discriminator becomes an abstract base its variants derive
    /// from, when every variant is an object component that no other discriminated union claims (C# allows one base
    /// class). Otherwise it stays a wrapper union that still dispatches on the discriminator.
    /// </summary>
    private void FindPolymorphicUnions()
    {
        var candidates = new List<(string Key, IOpenApiSchema Schema, List<(string VariantKey, string Value)> Variants)>();
        var claims = new Dictionary<string, int>(System.StringComparer.Ordinal);
        foreach (var component in Components)
        {
            if (shapes.Classify(component.Value) != SchemaKind.Union || component.Value.Discriminator?.PropertyName is null)
            {
                continue;
            }
            var variants = DiscriminatedVariants(component.Value);
            if (variants is null)
            {
                continue;
            }
            candidates.Add((component.Key, component.Value, variants));
            foreach (var variantKey in variants.Select(v => v.VariantKey).Distinct())
            {
                claims[variantKey] = claims.TryGetValue(variantKey, out var count) ? count + 1 : 1;
            }
        }
        foreach (var (key, schema, variants) in candidates)
        {
            var exclusive = variants.All(v => claims[v.VariantKey] == 1 && v.VariantKey != key)
                && variants.GroupBy(v => v.VariantKey).All(g => g.Count() == 1);
            if (!exclusive)
            {
                continue;
            }
            polymorphicBases.Add(key);
            foreach (var (variantKey, value) in variants)
            {
                polymorphicVariants[variantKey] = new PolymorphicVariant(componentTypeNames[key], schema.Discriminator!.PropertyName!, value);
            }
        }
    }

    /// <summary>(component key, discriminator value) of each variant, or null when a variant is not an object component.</summary>
    private List<(string VariantKey, string Value)>? DiscriminatedVariants(IOpenApiSchema union)
    {
        var result = new List<(string, string)>();
        foreach (var variant in shapes.UnionVariants(union))
        {
            if (variant is not OpenApiSchemaReference { Reference.Id: { } key } || !Components.TryGetValue(key, out var target)
                || shapes.Classify(target) != SchemaKind.Object || !componentTypeNames.ContainsKey(key))
            {
                return null;
            }
            foreach (var value in DiscriminatorValues(union, key))
            {
                result.Add((key, value));
            }
        }
        return result;
    }

    /// <summary>The mapping entries that name a component, or its own name when the mapping has none (implicit mapping).</summary>
    private static List<string> DiscriminatorValues(IOpenApiSchema union, string componentKey)
    {
        var values = new List<string>();
        if (union.Discriminator?.Mapping is { } mapping)
        {
            foreach (var entry in mapping)
            {
                if (entry.Value?.Reference?.Id == componentKey)
                {
                    values.Add(entry.Key);
                }
            }
        }
        if (values.Count == 0)
        {
            values.Add(componentKey);
        }
        return values;
    }

    private UnionTypeSpec BuildUnion(string name, IOpenApiSchema schema, string pointer, string? componentKey, int depth)
    {
        var discriminator = schema.Discriminator?.PropertyName;
        var labels = new UniqueNames(new[] { "Value", name });
        var seenTypes = new HashSet<string>(System.StringComparer.Ordinal);
        var variants = new List<UnionVariantSpec>();
        var alternatives = shapes.UnionVariants(schema);
        for (var i = 0; i < alternatives.Length; i++)
        {
            var alternative = alternatives[i];
            var variantPointer = pointer + (schema.OneOf is { Count: > 0 } ? "/oneOf/" : "/anyOf/") + i.ToString(CultureInfo.InvariantCulture);
            var type = Resolve(alternative, name + "Option" + (i + 1).ToString(CultureInfo.InvariantCulture), variantPointer, depth + 1).AsNullable(false);
            if (!seenTypes.Add(type.CSharpName))
            {
                continue; // two alternatives of one C# type (string with two patterns): the value is that type either way
            }
            var values = discriminator is not null && alternative is OpenApiSchemaReference { Reference.Id: { } key }
                ? DiscriminatorValues(schema, key)
                : new List<string>();
            var target = alternative is OpenApiSchemaReference r ? shapes.Targets.TargetOf(r) ?? alternative : alternative;
            var required = new List<string>();
            var known = new List<string>();
            var shape = JsonShapeOf(type, target, required, known, depth);
            variants.Add(new UnionVariantSpec(labels.Claim(Label(type)), type, values.ToEquatableArray(), shape, required.ToEquatableArray(), known.ToEquatableArray()));
        }
        var isPolymorphic = componentKey is not null && polymorphicBases.Contains(componentKey);
        return new UnionTypeSpec(name, pointer, schema.Description, variants.ToEquatableArray(), discriminator, isPolymorphic);
    }

    /// <summary>The runtime JsonShape name for an alternative; for objects, fills in the properties it requires and
    /// the properties it declares.</summary>
    private string JsonShapeOf(TypeRef type, IOpenApiSchema schema, List<string> required, List<string> known, int depth)
    {
        switch (type.Kind)
        {
            case TypeRefKind.Array:
                return "Array";
            case TypeRefKind.Map:
                return "Object";
            case TypeRefKind.Named:
                var kind = shapes.Classify(schema);
                if (kind == SchemaKind.AliasOfMember)
                {
                    var member = schema.AllOf is { Count: 1 } allOf ? allOf[0] : shapes.UnionVariants(schema)[0];
                    return JsonShapeOf(type, member is OpenApiSchemaReference r ? shapes.Targets.TargetOf(r) ?? member : member, required, known, depth + 1);
                }
                if (kind == SchemaKind.Enum)
                {
                    return shapes.EnumUnderlying(schema) == PrimitiveKind.String ? "String" : "Integer";
                }
                if (kind == SchemaKind.Object)
                {
                    var properties = new List<(string, IOpenApiSchema?, string)>();
                    var names = new HashSet<string>(System.StringComparer.Ordinal);
                    CollectProperties(schema, "", properties, names, new HashSet<IOpenApiSchema>(ReferenceComparer.Instance), depth);
                    required.AddRange(names.OrderBy(n => n, System.StringComparer.Ordinal));
                    known.AddRange(properties.Select(p => p.Item1).Distinct(System.StringComparer.Ordinal).OrderBy(n => n, System.StringComparer.Ordinal));
                    return "Object";
                }
                return "Any";
            default:
                return type.Primitive switch
                {
                    PrimitiveKind.String or PrimitiveKind.Uri => "String",
                    PrimitiveKind.DateTimeOffset => "DateTime",
                    PrimitiveKind.DateOnly => "Date",
                    PrimitiveKind.Guid => "Uuid",
                    PrimitiveKind.Bytes => "Base64",
                    PrimitiveKind.Boolean => "Boolean",
                    PrimitiveKind.Int32 or PrimitiveKind.Int64 => "Integer",
                    PrimitiveKind.Any => "Any",
                    _ => "Number",
                };
        }
    }

    /// <summary>A readable member-name part for a variant: <c>Pet</c>, <c>String</c>, <c>PetList</c>.</summary>
    private static string Label(TypeRef type) => type.Kind switch
    {
        TypeRefKind.Named => type.CSharpName,
        TypeRefKind.Array => Label(type.Element!) + "List",
        TypeRefKind.Map => Label(type.Element!) + "Map",
        _ => type.Primitive == PrimitiveKind.Any ? "Json" : type.Primitive.ToString(),
    };
}
