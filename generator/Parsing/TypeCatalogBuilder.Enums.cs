using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContractKit.Generator.Model;
using Microsoft.OpenApi;

namespace ContractKit.Generator.Parsing;

internal sealed partial class TypeCatalogBuilder
{
    /// <summary>Members every generated enum struct has, which known values must not be named.</summary>
    private static readonly string[] ReservedEnumMemberNames = { "Value", "IsKnown", "Equals", "GetHashCode", "ToString", "GetType" };

    private EnumTypeSpec BuildEnum(string name, IOpenApiSchema schema, string pointer)
        => new(name, pointer, schema.Description, shapes.EnumUnderlying(schema), EnumMembers(name, schema).ToEquatableArray());

    /// <summary>The known values in spec order, each with a unique member name; computed the same way every time.</summary>
    private List<EnumMemberSpec> EnumMembers(string enumName, IOpenApiSchema schema)
    {
        var isString = shapes.EnumUnderlying(schema) == PrimitiveKind.String;
        var names = new UniqueNames(ReservedEnumMemberNames.Concat(new[] { enumName }));
        var members = new List<EnumMemberSpec>();
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var value in EnumValues(schema))
        {
            if (!seen.Add(value.Literal))
            {
                continue;
            }
            var numberName = "Value" + value.Literal.Replace("-", "Minus");
            var memberName = value.Title is { } title
                ? Naming.ToIdentifier(title, isString ? "Empty" : numberName)
                : isString ? Naming.ToIdentifier(value.Literal, "Empty") : numberName;
            members.Add(new EnumMemberSpec(names.Claim(memberName), value.Literal, value.Description));
        }
        return members;
    }

    /// <summary>The values of an <c>enum</c> list or of a <c>oneOf</c> of <c>const</c>s, as literals.</summary>
    private IEnumerable<SchemaShape.EnumValue> EnumValues(IOpenApiSchema schema)
    {
        if (shapes.ConstAlternatives(schema) is { } constants)
        {
            return constants;
        }
        return (schema.Enum ?? new List<JsonNode>())
            .OfType<JsonValue>()
            .Where(json => json.GetValueKind() is JsonValueKind.String or JsonValueKind.Number)
            .Select(json => new SchemaShape.EnumValue(
                json.GetValueKind() == JsonValueKind.String ? json.GetValue<string>() : json.GetValue<long>().ToString(CultureInfo.InvariantCulture),
                null,
                null));
    }
}
