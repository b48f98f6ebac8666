namespace ContractKit.Runtime.Validation;

/// <summary>
/// One step of the path from the root to the value being validated: an array index, or a property name kept as
/// where its bytes are in the input. The name is decoded only when an error needs the pointer, so validating a
/// valid document builds no strings.
/// </summary>
internal readonly struct PathSegment
{
    private PathSegment(int index, int nameStart, int nameLength)
    {
        Index = index;
        NameStart = nameStart;
        NameLength = nameLength;
    }

    /// <summary>The array index; -1 for a property.</summary>
    public int Index { get; }

    /// <summary>Offset in the input of the property name's opening quote.</summary>
    public int NameStart { get; }

    /// <summary>Length of the property name token, quotes included.</summary>
    public int NameLength { get; }

    public static PathSegment ForIndex(int index) => new(index, 0, 0);

    public static PathSegment ForProperty(int nameStart, int nameLength) => new(-1, nameStart, nameLength);
}
