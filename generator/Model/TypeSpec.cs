namespace ContractKit.Generator.Model;

/// <summary>A C# type the Models emitter writes. Every member is immutable and value-equal.</summary>
/// <param name="Name">The C# type name, unique within the spec's namespace.</param>
/// <param name="SchemaPointer">Where the schema stands in the spec (a JSON pointer), for docs and diagnostics.</param>
internal abstract record TypeSpec(string Name, string SchemaPointer, string? Description);

/// <summary>An object schema: a class with one property per schema property.</summary>
/// <param name="BaseName">The abstract polymorphic base it derives from, if it is a discriminated variant.</param>
/// <param name="ExtensionData">The type of unknown properties kept for a lossless round trip; null when
/// <c>additionalProperties: false</c> drops them.</param>
internal sealed record ObjectTypeSpec(
    string Name,
    string SchemaPointer,
    string? Description,
    EquatableArray<PropertySpec> Properties,
    TypeRef? ExtensionData,
    string? BaseName) : TypeSpec(Name, SchemaPointer, Description);

/// <summary>One known value of an enum.</summary>
/// <param name="Literal">The value as text: the string itself, or the integer in invariant digits.</param>
internal sealed record EnumMemberSpec(string CSharpName, string Literal, string? Description);

/// <summary>
/// An enum schema: a value type that keeps unknown values (the raw value survives a round trip), with static
/// members for the values the spec knows.
/// </summary>
/// <param name="Underlying">String, Int32 or Int64.</param>
internal sealed record EnumTypeSpec(
    string Name,
    string SchemaPointer,
    string? Description,
    PrimitiveKind Underlying,
    EquatableArray<EnumMemberSpec> Members) : TypeSpec(Name, SchemaPointer, Description);

/// <summary>One alternative of a union.</summary>
/// <param name="Label">Used in member names: <c>TryGet{Label}</c>, <c>Is{Label}</c>.</param>
/// <param name="DiscriminatorValues">The discriminator values that select it; empty when none.</param>
/// <param name="Shape">The runtime's JsonShape member this alternative accepts, for choosing without a discriminator.</param>
/// <param name="RequiredProperties">For object alternatives: the properties the JSON must have to be this one.</param>
/// <param name="KnownProperties">For object alternatives: every property it declares, to choose the alternative that
/// knows most of an object's members when several would read it.</param>
internal sealed record UnionVariantSpec(
    string Label,
    TypeRef Type,
    EquatableArray<string> DiscriminatorValues,
    string Shape,
    EquatableArray<string> RequiredProperties,
    EquatableArray<string> KnownProperties);

/// <summary>
/// A <c>oneOf</c>/<c>anyOf</c>. Polymorphic (an abstract base its variants derive from) when a discriminator
/// selects object variants that belong to this union alone; otherwise a wrapper holding one variant.
/// </summary>
internal sealed record UnionTypeSpec(
    string Name,
    string SchemaPointer,
    string? Description,
    EquatableArray<UnionVariantSpec> Variants,
    string? DiscriminatorProperty,
    bool IsPolymorphic) : TypeSpec(Name, SchemaPointer, Description);
