namespace ContractKit.Generator.Model.Operations;

/// <summary>
/// An operation whose JSON body is an object with one array property bounded by <c>maxItems</c> (and no other
/// required property): the client also takes any number of items and sends them in chunks of at most
/// <see cref="MaxItems"/>.
/// </summary>
/// <param name="BodyType">The C# name of the body's object type.</param>
/// <param name="ItemsProperty">The C# property of the body that holds the items.</param>
/// <param name="ResultItemType">When the success response is a JSON array: its item type, so the chunks' results
/// are one list in input order; null when each chunk's response is kept whole.</param>
internal sealed record BatchingSpec(
    string BodyType,
    string ItemsProperty,
    TypeRef ItemType,
    int MaxItems,
    TypeRef? ResultItemType);
