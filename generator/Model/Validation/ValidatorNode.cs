namespace ContractKit.Generator.Model.Validation;

/// <summary>
/// One schema as the validators see it: its JSON Schema keywords, with the schemas it applies to its parts named by
/// other nodes. A node reference is a node's <see cref="Name"/>; null means "any value", which needs no check.
/// Plain and value-equal, like the rest of the model.
/// </summary>
/// <param name="Name">Unique among the spec's nodes; the generated method is <c>Check{Name}</c>.</param>
/// <param name="Pointer">Where the schema is in the spec, for the generated doc comment.</param>
/// <param name="Types">What <c>type</c> (and 3.0 <c>nullable</c>) allow.</param>
/// <param name="Enum">The JSON text of every allowed value, when the schema has <c>enum</c> or <c>const</c>.</param>
/// <param name="NotFutureSkew">Ticks of clock skew allowed by <c>x-contractkit-not-future</c>; null without it.</param>
internal sealed record ValidatorNode(
    string Name,
    string Pointer,
    JsonTypes Types,
    EquatableArray<string>? Enum,
    bool EnumIsConst,
    StringRules? String,
    NumberRules? Number,
    ArrayRules? Array,
    ObjectRules? Object,
    CompositionRules? Composition,
    long? NotFutureSkew)
{
    /// <summary>No keyword constrains the value.</summary>
    public bool IsEmpty => Types == JsonTypes.Any && Enum is null && String is null && Number is null && Array is null
                           && Object is null && Composition is null && NotFutureSkew is null;
}

/// <param name="Pattern">The pattern translated to a .NET regex with the ECMA-262 meaning, known to compile.</param>
/// <param name="SourcePattern">The pattern as the spec writes it, for messages.</param>
/// <param name="PatternEngine">What runs the pattern.</param>
/// <param name="Format">A format the runtime checks (<c>date-time</c>, <c>email</c>, …); others are annotations.</param>
internal sealed record StringRules(int? MinLength, int? MaxLength, string? Pattern, string? SourcePattern, PatternEngine PatternEngine, string? Format);

/// <summary>What runs a <c>pattern</c>, from the cheapest.</summary>
internal enum PatternEngine
{
    /// <summary>An anchored ASCII sequence, matched on the UTF-8 bytes by the runtime's AsciiPattern, without a regex.</summary>
    Ascii,

    /// <summary>A regex on .NET's NonBacktracking engine: linear in the value, no timeout.</summary>
    NonBacktracking,

    /// <summary>
    /// A regex with lookarounds or backreferences, or too large an automaton for NonBacktracking: the backtracking
    /// engine, under the runtime's <c>EcmaPattern.BacktrackingTimeout</c>.
    /// </summary>
    Backtracking,
}

/// <summary>Numeric bounds as invariant decimal text, and the integer formats that bound a value's size.</summary>
internal sealed record NumberRules(string? Minimum, string? Maximum, string? ExclusiveMinimum, string? ExclusiveMaximum, string? MultipleOf, string? Format);

internal sealed record ArrayRules(int? MinItems, int? MaxItems, bool UniqueItems, string? Items);

/// <summary>What an object does with members its <c>properties</c> do not list.</summary>
internal enum AdditionalMembers
{
    Allowed,
    Forbidden,

    /// <summary>Allowed when they match <see cref="ObjectRules.AdditionalNode"/>.</summary>
    Checked,
}

internal sealed record ObjectRules(
    EquatableArray<PropertyRule> Properties,
    int? MinProperties,
    int? MaxProperties,
    AdditionalMembers Additional,
    string? AdditionalNode);

/// <param name="Node">The node for the member's value; null when any value will do.</param>
internal sealed record PropertyRule(string JsonName, string? Node, bool IsRequired);

/// <summary>The applicators that test the whole value against other schemas.</summary>
internal sealed record CompositionRules(
    EquatableArray<NodeRef> AllOf,
    EquatableArray<NodeRef> AnyOf,
    EquatableArray<NodeRef> OneOf,
    NodeRef? Not,
    DiscriminatorRule? Discriminator);

/// <summary>A reference to a node (null <see cref="Node"/>: any value), with a label for messages.</summary>
internal sealed record NodeRef(string? Node, string Label);

/// <summary>A <c>oneOf</c>/<c>anyOf</c> whose alternative is chosen by a member's value, not by trying each.</summary>
internal sealed record DiscriminatorRule(string Property, EquatableArray<DiscriminatorCase> Cases);

internal sealed record DiscriminatorCase(string Value, string? Node);
