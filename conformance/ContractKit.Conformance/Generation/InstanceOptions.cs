namespace ContractKit.Conformance.Generation;

/// <summary>How <see cref="SchemaInstances"/> generates values.</summary>
/// <param name="MaxDepth">Below this depth, only required properties and minimum array lengths are generated,
/// so recursive schemas end.</param>
/// <param name="UnknownEnumValues">Sometimes generate a string or integer the enum does not list (servers and
/// clients must keep such values; a round trip must not lose them). Such instances are invalid by design.</param>
/// <param name="AlwaysIncludeDefaults">Always write properties that have a <c>default</c>, for implementations that
/// materialize defaults and write them back (absent means the default, so the value is the same). ContractKit's own
/// models keep an absent one absent; its round-trip tests turn this off.</param>
/// <param name="ExtraProperties">Sometimes add properties the schema does not name, where it allows them.</param>
/// <param name="MaxExtraItems">How many items beyond <c>minItems</c> an array gets at most.</param>
/// <param name="ReadOnlyProperties">Generate <c>readOnly</c> properties (as a response has them); false for requests.</param>
/// <param name="WriteOnlyProperties">Generate <c>writeOnly</c> properties (as a request has them); false for responses.</param>
public sealed record InstanceOptions(
    int MaxDepth = 4,
    bool UnknownEnumValues = true,
    bool AlwaysIncludeDefaults = true,
    bool ExtraProperties = true,
    int MaxExtraItems = 3,
    bool ReadOnlyProperties = true,
    bool WriteOnlyProperties = true)
{
    /// <summary>The defaults: realistic, varied instances, unknown enum values included.</summary>
    public static InstanceOptions Default { get; } = new();

    /// <summary>Only instances the schema accepts (no unknown enum values): what a validator must pass.</summary>
    public static InstanceOptions Valid { get; } = new(UnknownEnumValues: false);
}
