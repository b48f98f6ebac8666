using System.Text.Json.Nodes;

namespace ContractKit.Spec.Tests.Infrastructure;

/// <summary>
/// x-contractkit-grouping read as a tool reads it: the key of an item is the values its <c>key</c> pointers point to,
/// after the <c>normalize</c> rules whose condition holds. Items with equal keys share the <c>target</c> value.
/// </summary>
internal sealed record GroupingRule(JsonObject Extension)
{
    public string Items => (string)Extension["items"]!;

    public string ResponseItems => (string)Extension["responseItems"]!;

    public string Target => (string)Extension["target"]!;

    public IReadOnlyList<string> Key => [.. Extension["key"]!.AsArray().Select(p => (string)p!)];

    public IReadOnlyList<string> KeyOf(JsonNode item) =>
        [.. Key.Select(pointer => Normalize(item, pointer, (string)JsonPointers.Resolve(item, pointer)!))];

    private string Normalize(JsonNode item, string pointer, string value)
    {
        foreach (var rule in Extension["normalize"]!.AsArray().Select(r => r!.AsObject()))
        {
            var when = rule["when"]!;
            var applies = (string)rule["pointer"]! == pointer
                && (string?)JsonPointers.Resolve(item, (string)when["pointer"]!) == (string)when["equals"]!;
            value = (applies, (string)rule["transform"]!) switch
            {
                (false, _) => value,
                (true, "lowercase") => value.ToLowerInvariant(),
                (true, var transform) => throw new NotSupportedException($"Unknown transform '{transform}'."),
            };
        }

        return value;
    }
}
