namespace ContractKit.Generator.Model;

/// <summary>One property of an object schema.</summary>
/// <param name="JsonName">The name in JSON, exactly as the spec spells it.</param>
/// <param name="CSharpName">A valid, unique member name.</param>
/// <param name="IsRequired">Listed in the schema's <c>required</c>: the JSON must carry it.</param>
/// <param name="DefaultLiteral">A C# expression for the schema's <c>default</c>, when it has one we can write.</param>
/// <param name="TracksPresence">Optional and nullable: an explicit <c>null</c> differs from absence (think JSON merge
/// patch), so the model remembers whether the property was set and writes it back exactly.</param>
/// <param name="IsConstant">A variant's own discriminator: always <see cref="DefaultLiteral"/>, read-only, so a
/// <c>TextContent</c> can never say <c>"type": "email"</c>.</param>
internal sealed record PropertySpec(
    string JsonName,
    string CSharpName,
    TypeRef Type,
    bool IsRequired,
    string? Description,
    string? DefaultLiteral,
    bool IsDeprecated,
    bool TracksPresence,
    bool IsConstant = false)
{
    /// <summary>
    /// Optional with a default: a read that finds the property absent fills in the default and remembers that it was
    /// absent, so the model writes nothing back for it and a round trip is exact. A model built in code writes it.
    /// </summary>
    public bool RemembersAbsentDefault => DefaultLiteral is not null && !IsRequired && !TracksPresence && !IsConstant;

    /// <summary>A read must note whether the property came: it is required, or its absence is kept.</summary>
    public bool ReadNotesPresence => IsRequired || TracksPresence || RemembersAbsentDefault;
}
