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
        => new(name, pointer, schema.Description, SchemaShape.EnumUnderlying(schema), EnumMembers(name, schema).ToEquatableArray());

    /// <summary>The known values in spec order, each with a unique member name; computed the same way every time.</summary>
    private static List<EnumMemberSpec> EnumMembers(string enumName, IOpenApiSchema schema)
    {
        var names = new UniqueNames(ReservedEnumMemberNames.Concat(new[] { enumName }));
        var members = new List<EnumMemberSpec>();
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var value in schema.Enum ?? new List<JsonNode>())
        {
            if (value is not JsonValue json || json.GetValueKind() == JsonValueKind.Null)
            {
                continue;
            }
            var literal = json.GetValueKind() == JsonValueKind.String
                ? json.GetValue<string>()
                : json.GetValue<long>().ToString(CultureInfo.InvariantCulture);
            if (!seen.Add(literal))
            {
                continue;
            }
            var fallback = json.GetValueKind() == JsonValueKind.String ? "Empty" : "Value" + literal.Replace("-", "Minus");
            var memberName = json.GetValueKind() == JsonValueKind.String ? Naming.ToIdentifier(literal, fallback) : fallback;
            members.Add(new EnumMemberSpec(names.Claim(memberName), literal));
        }
        return members;
    }
}
