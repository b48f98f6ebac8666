namespace ContractKit.Generator.Model;

/// <summary>The kinds of value a property or item can hold.</summary>
internal enum TypeRefKind
{
    /// <summary>A value the runtime reads and writes itself; <see cref="TypeRef.Primitive"/> names which.</summary>
    Primitive,

    /// <summary>A type this generator emits, with its own converter.</summary>
    Named,

    /// <summary>A JSON array of <see cref="TypeRef.Element"/>.</summary>
    Array,

    /// <summary>A JSON object used as a string-keyed map of <see cref="TypeRef.Element"/>.</summary>
    Map,
}

/// <summary>
/// How a schema is used at one place: which C# type holds it and how JSON reads and writes it. Value-equal; no
/// Roslyn types. <see cref="IsNullable"/> means JSON <c>null</c> is an allowed value here.
/// </summary>
internal sealed record TypeRef(
    TypeRefKind Kind,
    string CSharpName,
    bool IsValueType,
    PrimitiveKind Primitive = PrimitiveKind.None,
    TypeRef? Element = null,
    bool IsNullable = false)
{
    public static TypeRef Of(PrimitiveKind primitive) => PrimitiveKinds.ToTypeRef(primitive);

    public static TypeRef NamedType(string name, bool isValueType) => new(TypeRefKind.Named, name, isValueType);

    public static TypeRef ArrayOf(TypeRef element)
        => new(TypeRefKind.Array, $"global::System.Collections.Generic.IReadOnlyList<{element.Annotated}>", false, Element: element);

    public static TypeRef MapOf(TypeRef element)
        => new(TypeRefKind.Map, $"global::System.Collections.Generic.IReadOnlyDictionary<string, {element.Annotated}>", false, Element: element);

    public TypeRef AsNullable(bool nullable = true) => this with { IsNullable = nullable };

    /// <summary>The C# type as written at a use site, with <c>?</c> when null is allowed.</summary>
    public string Annotated => IsNullable ? CSharpName + "?" : CSharpName;
}
