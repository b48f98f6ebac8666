using System.Text.Json;

namespace ContractKit.Runtime.Validation;

/// <summary>
/// The pieces of generated one-pass readers (<see cref="JsonValidator.ReadValidated"/>) that are the same for every
/// spec. They check what the generated validators check, in probe mode: a failure is counted, never recorded.
/// </summary>
public static class JsonCheckedRead
{
    /// <summary>
    /// An array whose items <paramref name="readItem"/> reads and checks, with its <c>minItems</c> and
    /// <c>maxItems</c>; the list is the one <see cref="Json.JsonRead.List{T}"/> builds.
    /// </summary>
    public static IReadOnlyList<T> List<T>(ref Utf8JsonReader reader, ref JsonValidationState state, JsonSerializerOptions options, JsonCheckedReader<T> readItem, int minItems, int maxItems)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            state.Fail(ref reader, "type", "Must be an array.");
            reader.Skip();
            return [];
        }
        var items = new List<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (items.Count == maxItems)
            {
                // One item too many: said at once, so that the one-pass read stops instead of reading a huge array.
                state.Fail(ref reader, "maxItems", $"Must have at most {maxItems} items.");
            }
            items.Add(readItem(ref reader, ref state, options));
        }
        if (items.Count < minItems)
        {
            state.Fail(ref reader, "minItems", $"Must have at least {minItems} items.");
        }
        return items;
    }
}
