namespace ContractKit.Runtime.Validation;

/// <summary>
/// An error as the walk records it: where in the bytes, not yet a pointer. <see cref="JsonPointerLocator"/> makes the
/// pointer: that of the value at <see cref="Offset"/>, then <see cref="Member"/> or <see cref="Item"/> when given.
/// </summary>
/// <param name="Offset">The start of the token the reader was on (a value, a property name, or the end of an object or
/// array), any byte inside it, or <see cref="Root"/> or <see cref="Break"/>.</param>
/// <param name="Member">A member of the object at <paramref name="Offset"/> the error is about (a missing one).</param>
/// <param name="Item">An item of the array at <paramref name="Offset"/> the error is about; -1 for none.</param>
/// <param name="Keyword">The JSON Schema keyword (or <c>json</c>, <c>budget</c>) the value breaks.</param>
/// <param name="Message">What is wrong, for a person.</param>
internal readonly record struct LocatedError(long Offset, string? Member, int Item, string Keyword, string Message)
{
    /// <summary>The document as a whole: the pointer is empty.</summary>
    public const long Root = -1;

    /// <summary>Where the text stops being JSON: the value being read there.</summary>
    public const long Break = long.MaxValue;
}
