namespace ContractKit.Generator.Model;

/// <summary>The JSON values the runtime's JsonRead/JsonWrite handle directly; the name is the method name.</summary>
internal enum PrimitiveKind
{
    None,
    String,
    Boolean,
    Int32,
    Int64,
    Double,
    Single,
    Decimal,
    DateTimeOffset,
    DateOnly,
    Guid,
    Uri,
    Bytes,
    Any,
}

internal static class PrimitiveKinds
{
    public static TypeRef ToTypeRef(PrimitiveKind kind) => kind switch
    {
        PrimitiveKind.String => Primitive(kind, "string", false),
        PrimitiveKind.Boolean => Primitive(kind, "bool", true),
        PrimitiveKind.Int32 => Primitive(kind, "int", true),
        PrimitiveKind.Int64 => Primitive(kind, "long", true),
        PrimitiveKind.Double => Primitive(kind, "double", true),
        PrimitiveKind.Single => Primitive(kind, "float", true),
        PrimitiveKind.Decimal => Primitive(kind, "decimal", true),
        PrimitiveKind.DateTimeOffset => Primitive(kind, "global::System.DateTimeOffset", true),
        PrimitiveKind.DateOnly => Primitive(kind, "global::System.DateOnly", true),
        PrimitiveKind.Guid => Primitive(kind, "global::System.Guid", true),
        PrimitiveKind.Uri => Primitive(kind, "global::System.Uri", false),
        PrimitiveKind.Bytes => Primitive(kind, "byte[]", false),
        _ => Primitive(PrimitiveKind.Any, "global::System.Text.Json.JsonElement", true),
    };

    private static TypeRef Primitive(PrimitiveKind kind, string name, bool isValueType)
        => new(TypeRefKind.Primitive, name, isValueType, kind);
}
