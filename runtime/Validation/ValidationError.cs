namespace ContractKit.Runtime.Validation;

/// <summary>One violation of the spec by a JSON document.</summary>
/// <param name="Pointer">
/// RFC 6901 JSON Pointer to the offending value (<c>""</c> is the whole document). For a missing member, where it
/// belongs: <c>/messages/3/content</c>.
/// </param>
/// <param name="Keyword">The JSON Schema keyword (<c>required</c>, <c>maxItems</c>, …) or ContractKit extension
/// (<c>x-contractkit-not-future</c>) that the value breaks; <c>json</c> when the text is not JSON at all.</param>
/// <param name="Message">What is wrong, for a person.</param>
public sealed record ValidationError(string Pointer, string Keyword, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => $"{(Pointer.Length == 0 ? "(root)" : Pointer)}: {Message} [{Keyword}]";
}
