using ContractKit.Generator.Diagnostics;
using ContractKit.Generator.Model;
using Microsoft.OpenApi;

namespace ContractKit.Generator.Parsing;

internal sealed partial class TypeCatalogBuilder
{
    /// <summary>
    /// The C# type of a schema at one use site. A reference to a component that emits a type is that type; any
    /// other schema is resolved where it stands, and an inline object, enum or union becomes a type named
    /// <paramref name="nameHint"/>.
    /// </summary>
    private TypeRef Resolve(IOpenApiSchema? schema, string nameHint, string pointer, int depth)
    {
        if (schema is null)
        {
            return TypeRef.Of(PrimitiveKind.Any).AsNullable(); // `name:` with no schema yet: anything goes
        }
        if (depth > MaxDepth)
        {
            Report(DiagnosticDescriptors.UnsupportedSchema, pointer, $"Schemas nested deeper than {MaxDepth} levels are not modelled");
            return TypeRef.Of(PrimitiveKind.Any);
        }
        if (schema is OpenApiSchemaReference reference)
        {
            var key = reference.Reference?.Id;
            if (key is null || shapes.Targets.TargetOf(reference) is null || !Components.ContainsKey(key) || reference.Reference?.IsExternal == true)
            {
                var text = reference.Reference?.ReferenceV3 ?? key ?? "(empty)";
                Report(DiagnosticDescriptors.UnresolvedReference, pointer, text, "");
                return TypeRef.Of(PrimitiveKind.Any);
            }
            return ResolveComponent(key, depth + 1);
        }
        if (inlineTypes.TryGetValue(schema, out var known))
        {
            return known;
        }
        var resolved = ResolveInline(schema, nameHint, pointer, depth);
        inlineTypes[schema] = resolved;
        return resolved;
    }

    private TypeRef ResolveComponent(string key, int depth)
    {
        var target = Components[key];
        if (componentTypeNames.TryGetValue(key, out var typeName))
        {
            var isValueType = shapes.Classify(target) == SchemaKind.Enum;
            return TypeRef.NamedType(typeName, isValueType).AsNullable(shapes.IsNullable(target));
        }
        if (componentAliases.TryGetValue(key, out var alias))
        {
            return alias;
        }
        if (!aliasesInProgress.Add(key))
        {
            // An alias that reaches itself only through arrays or maps (`A: {items: {$ref: A}}`): no C# type can
            // spell it without a name, so its inner occurrence stays untyped JSON.
            return TypeRef.Of(PrimitiveKind.Any);
        }
        var resolved = ResolveInline(target, Naming.ToIdentifier(key, "Schema"), ComponentPointer(key), depth);
        aliasesInProgress.Remove(key);
        componentAliases[key] = resolved;
        return resolved;
    }

    private TypeRef ResolveInline(IOpenApiSchema schema, string nameHint, string pointer, int depth)
    {
        var nullable = shapes.IsNullable(schema);
        switch (shapes.Classify(schema))
        {
            case SchemaKind.Enum:
            case SchemaKind.Object:
            case SchemaKind.Union:
                var name = ClaimTypeName(nameHint, shapes.Classify(schema));
                if (shapes.Classify(schema) == SchemaKind.Enum)
                {
                    enumSchemas[name] = schema;
                }
                var placeholder = TypeRef.NamedType(name, shapes.Classify(schema) == SchemaKind.Enum).AsNullable(nullable);
                inlineTypes[schema] = placeholder; // before building, so a schema that contains itself refers back
                types.Add(BuildType(name, schema, pointer, componentKey: null, depth + 1));
                return placeholder;
            case SchemaKind.Array:
                var items = schema.Items is { } itemSchema
                    ? Resolve(itemSchema, nameHint + "Item", pointer + "/items", depth + 1)
                    : TypeRef.Of(PrimitiveKind.Any);
                return TypeRef.ArrayOf(items).AsNullable(nullable);
            case SchemaKind.Map:
                return TypeRef.MapOf(MapValueType(schema, nameHint, pointer, depth)).AsNullable(nullable);
            case SchemaKind.Primitive:
                return TypeRef.Of(SchemaShape.PrimitiveOf(schema)).AsNullable(nullable);
            case SchemaKind.AliasOfMember:
                var member = schema.AllOf is { Count: 1 } allOf ? allOf[0] : shapes.UnionVariants(schema)[0];
                var inner = Resolve(member, nameHint, pointer, depth + 1);
                return inner.AsNullable(nullable || inner.IsNullable);
            default:
                return TypeRef.Of(PrimitiveKind.Any).AsNullable(nullable);
        }
    }

    private TypeRef MapValueType(IOpenApiSchema schema, string nameHint, string pointer, int depth)
        => schema.AdditionalProperties is { } values
            ? Resolve(values, nameHint + "Value", pointer + "/additionalProperties", depth + 1)
            : TypeRef.Of(PrimitiveKind.Any);
}
