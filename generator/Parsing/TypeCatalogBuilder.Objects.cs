using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContractKit.Generator.Emitting.Shared;
using ContractKit.Generator.Model;
using Microsoft.OpenApi;

namespace ContractKit.Generator.Parsing;

internal sealed partial class TypeCatalogBuilder
{
    /// <summary>Members every generated class has, which properties must not be named.</summary>
    private static readonly string[] ReservedMemberNames = { "AdditionalProperties", "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "Finalize" };

    /// <summary>
    /// An object schema, with <c>allOf</c> flattened into it (composition: the members' properties and
    /// <c>required</c> lists are merged), so the class reads and writes everything its JSON holds.
    /// </summary>
    private ObjectTypeSpec BuildObject(string name, IOpenApiSchema schema, string pointer, string? componentKey, int depth)
    {
        var collected = new List<(string JsonName, IOpenApiSchema? Schema, string Pointer)>();
        var required = new HashSet<string>(System.StringComparer.Ordinal);
        CollectProperties(schema, pointer, collected, required, new HashSet<IOpenApiSchema>(ReferenceComparer.Instance), depth);

        PolymorphicVariant? variant = null;
        if (componentKey is not null)
        {
            polymorphicVariants.TryGetValue(componentKey, out variant);
        }
        var memberNames = new UniqueNames(ReservedMemberNames.Concat(new[] { name }));
        var properties = new List<PropertySpec>();
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var (jsonName, propertySchema, propertyPointer) in collected)
        {
            if (!seen.Add(jsonName))
            {
                continue; // allOf members that restate a property: the first one wins
            }
            var csharpName = memberNames.Claim(Naming.ToIdentifier(jsonName, "Property"));
            var type = Resolve(propertySchema, name + csharpName, propertyPointer, depth + 1);
            // A property written with no schema (`name:` and nothing under it) may hold anything.
            var isRequired = required.Contains(jsonName) && !shapes.Targets.IsReadOnly(propertySchema) && !shapes.Targets.IsWriteOnly(propertySchema);
            var defaultLiteral = DefaultLiteral(shapes.Targets.DefaultOf(propertySchema), type);
            var isConstant = false;
            if (variant is not null && jsonName == variant.DiscriminatorProperty && DiscriminatorLiteral(variant.Value, type) is { } literal)
            {
                // A variant knows its own discriminator value: callers neither need to nor can set it.
                defaultLiteral = literal;
                isRequired = false;
                isConstant = true;
            }
            var tracksPresence = !isRequired && defaultLiteral is null && type.IsNullable;
            if (!isRequired)
            {
                type = defaultLiteral is null ? type.AsNullable() : type;
            }
            properties.Add(new PropertySpec(jsonName, csharpName, type, isRequired, shapes.Targets.DescriptionOf(propertySchema), defaultLiteral, shapes.Targets.IsDeprecated(propertySchema), tracksPresence, isConstant));
        }
        return new ObjectTypeSpec(name, pointer, schema.Description, properties.ToEquatableArray(), ExtensionDataType(schema, name, pointer, depth), variant?.BaseName);
    }

    private void CollectProperties(IOpenApiSchema? schema, string pointer, List<(string, IOpenApiSchema?, string)> collected, HashSet<string> required, HashSet<IOpenApiSchema> visited, int depth)
    {
        if (schema is null || !visited.Add(schema) || depth > MaxDepth)
        {
            return;
        }
        var target = schema is OpenApiSchemaReference reference ? shapes.Targets.TargetOf(reference) : schema;
        if (target is null)
        {
            return;
        }
        var allOf = target.AllOf ?? new List<IOpenApiSchema>();
        for (var i = 0; i < allOf.Count; i++)
        {
            var member = allOf[i];
            var memberPointer = member is OpenApiSchemaReference r && r.Reference?.Id is { } id ? ComponentPointer(id) : pointer + "/allOf/" + i.ToString(CultureInfo.InvariantCulture);
            CollectProperties(member, memberPointer, collected, required, visited, depth + 1);
        }
        foreach (var property in target.Properties ?? new Dictionary<string, IOpenApiSchema>())
        {
            collected.Add((property.Key, property.Value, pointer + "/properties/" + EscapePointer(property.Key)));
        }
        foreach (var name in target.Required ?? new HashSet<string>())
        {
            required.Add(name);
        }
    }

    /// <summary>
    /// Unknown properties are kept, typed by <c>additionalProperties</c>, so a round trip loses nothing; with
    /// <c>additionalProperties: false</c> there are none to keep.
    /// </summary>
    private TypeRef? ExtensionDataType(IOpenApiSchema schema, string name, string pointer, int depth)
    {
        if (!schema.AdditionalPropertiesAllowed)
        {
            return null;
        }
        return schema.AdditionalProperties is { } values
            ? Resolve(values, name + "AdditionalProperty", pointer + "/additionalProperties", depth + 1)
            : TypeRef.Of(PrimitiveKind.Any);
    }

    /// <summary>A C# expression for the <c>default</c> of a schema used as <paramref name="type"/>; null when it has none we can write.</summary>
    internal string? DefaultOf(IOpenApiSchema? schema, TypeRef type) => DefaultLiteral(schema?.Default, type);

    /// <summary>A C# expression for a schema default, for the types where one can be written; null otherwise.</summary>
    private string? DefaultLiteral(JsonNode? value, TypeRef type)
    {
        if (value is not JsonValue json || type.Kind is not (TypeRefKind.Primitive or TypeRefKind.Named))
        {
            return null;
        }
        var kind = json.GetValueKind();
        if (type.Kind == TypeRefKind.Named)
        {
            return kind == JsonValueKind.String && json.TryGetValue<string>(out var enumValue) && IsEnumType(type.CSharpName)
                ? EnumLiteral(type.CSharpName, enumValue)
                : null;
        }
        // Numbers are read from their JSON text: the YAML reader keeps them as decimals, the JSON one as
        // elements, and TryGetValue<int> succeeds on neither in every case.
        var text = json.ToJsonString();
        var invariant = CultureInfo.InvariantCulture;
        switch (type.Primitive)
        {
            case PrimitiveKind.String when kind == JsonValueKind.String:
                return CSharpLiteral.String(json.GetValue<string>());
            case PrimitiveKind.Boolean when kind is JsonValueKind.True or JsonValueKind.False:
                return kind == JsonValueKind.True ? "true" : "false";
            case PrimitiveKind.Int32 when kind == JsonValueKind.Number && int.TryParse(text, NumberStyles.Integer, invariant, out var int32):
                return int32.ToString(invariant);
            case PrimitiveKind.Int64 when kind == JsonValueKind.Number && long.TryParse(text, NumberStyles.Integer, invariant, out var int64):
                return int64.ToString(invariant) + "L";
            case PrimitiveKind.Double when kind == JsonValueKind.Number && double.TryParse(text, NumberStyles.Float, invariant, out var number) && !double.IsInfinity(number):
                return number.ToString("R", invariant) + "d";
            case PrimitiveKind.Single when kind == JsonValueKind.Number && float.TryParse(text, NumberStyles.Float, invariant, out var single) && !float.IsInfinity(single):
                return single.ToString("R", invariant) + "f";
            case PrimitiveKind.Decimal when kind == JsonValueKind.Number && decimal.TryParse(text, NumberStyles.Float, invariant, out var money):
                return money.ToString(invariant) + "m";
            default:
                return null;
        }
    }

    private string? DiscriminatorLiteral(string value, TypeRef type)
    {
        if (type.Kind == TypeRefKind.Primitive && type.Primitive == PrimitiveKind.String)
        {
            return CSharpLiteral.String(value);
        }
        return type.Kind == TypeRefKind.Named && IsEnumType(type.CSharpName) ? EnumLiteral(type.CSharpName, value) : null;
    }

    private bool IsEnumType(string typeName) => enumSchemas.ContainsKey(typeName);

    /// <summary>
    /// <c>global::Acme.Platform.WebsiteChat</c> when the enum knows the value, else <c>new global::Acme.Platform("…")</c>.
    /// Qualified because the literal stands where a member may shadow the type's simple name (a property
    /// <c>Kind</c> beside a property of enum type <c>Kind</c>, a converter's inherited <c>Type</c>).
    /// </summary>
    private string EnumLiteral(string enumName, string value)
    {
        var known = EnumMembers(enumName, enumSchemas[enumName]).FirstOrDefault(m => m.Literal == value);
        var qualified = $"global::{@namespace}.{enumName}";
        return known is not null ? $"{qualified}.{known.CSharpName}" : $"new {qualified}({CSharpLiteral.String(value)})";
    }
}
