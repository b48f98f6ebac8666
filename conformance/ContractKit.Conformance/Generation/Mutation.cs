using System.Text.Json.Nodes;

namespace ContractKit.Conformance.Generation;

/// <summary>
/// One targeted change that makes a valid instance invalid, and what a validator must report for it: the
/// RFC 6901 pointer of the offending value (for a missing property, where it belongs) and the JSON Schema keyword
/// (or ContractKit extension) it breaks. Other errors may be reported beside it; this one must be among them.
/// </summary>
/// <param name="Instance">The whole instance, changed.</param>
/// <param name="Pointer">Where the error is: <c>""</c> for the root, <c>/messages/17/messageCreatedAt</c>.</param>
/// <param name="Keyword"><c>type</c>, <c>required</c>, <c>maxLength</c>, …, <c>discriminator</c>, <c>x-contractkit-not-future</c>.</param>
/// <param name="Description">What was changed, for a failure message.</param>
public sealed record Mutation(JsonNode? Instance, string Pointer, string Keyword, string Description)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Keyword} at '{Pointer}': {Description}\n{Instance?.ToJsonString() ?? "null"}";
}
