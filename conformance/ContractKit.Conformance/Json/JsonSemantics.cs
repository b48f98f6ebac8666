using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ContractKit.Conformance.Json;

/// <summary>
/// JSON equality by meaning, not by spelling: property order does not matter, numbers compare by value
/// (<c>1</c> equals <c>1.0</c>), and two date-time strings are equal when they name the same instant with the
/// same offset (<c>Z</c> equals <c>+00:00</c>). Everything else compares exactly.
/// </summary>
public static class JsonSemantics
{
    /// <summary>Whether <paramref name="left"/> and <paramref name="right"/> mean the same JSON value.</summary>
    public static bool Equal(JsonNode? left, JsonNode? right) => FirstDifference(left, right, "") is null;

    /// <summary>The JSON pointer of the first place where the two differ, with both values; null when equal.</summary>
    public static string? FirstDifference(JsonNode? left, JsonNode? right, string pointer = "")
    {
        var leftKind = left?.GetValueKind() ?? JsonValueKind.Null;
        var rightKind = right?.GetValueKind() ?? JsonValueKind.Null;
        if (leftKind != rightKind)
        {
            return Describe(pointer, left, right);
        }
        switch (leftKind)
        {
            case JsonValueKind.Object:
                var leftObject = left!.AsObject();
                var rightObject = right!.AsObject();
                foreach (var property in leftObject)
                {
                    if (!rightObject.TryGetPropertyValue(property.Key, out var other))
                    {
                        return $"{pointer}/{Escape(property.Key)}: present on the left only";
                    }
                    if (FirstDifference(property.Value, other, pointer + "/" + Escape(property.Key)) is { } inner)
                    {
                        return inner;
                    }
                }
                var extra = rightObject.Select(p => p.Key).FirstOrDefault(key => !leftObject.ContainsKey(key));
                return extra is null ? null : $"{pointer}/{Escape(extra)}: present on the right only";
            case JsonValueKind.Array:
                var leftArray = left!.AsArray();
                var rightArray = right!.AsArray();
                if (leftArray.Count != rightArray.Count)
                {
                    return $"{pointer}: {leftArray.Count} items vs {rightArray.Count}";
                }
                for (var i = 0; i < leftArray.Count; i++)
                {
                    if (FirstDifference(leftArray[i], rightArray[i], pointer + "/" + i.ToString(CultureInfo.InvariantCulture)) is { } inner)
                    {
                        return inner;
                    }
                }
                return null;
            case JsonValueKind.Number:
                return NumbersEqual(left!.AsValue(), right!.AsValue()) ? null : Describe(pointer, left, right);
            case JsonValueKind.String:
                return StringsEqual(left!.GetValue<string>(), right!.GetValue<string>()) ? null : Describe(pointer, left, right);
            default:
                return null; // true, false, null: the kinds already match
        }
    }

    private static bool NumbersEqual(JsonValue left, JsonValue right)
    {
        if (left.TryGetValue<decimal>(out var a) && right.TryGetValue<decimal>(out var b))
        {
            return a == b;
        }
        return left.GetValue<double>().Equals(right.GetValue<double>());
    }

    private static bool StringsEqual(string left, string right)
    {
        if (string.Equals(left, right, StringComparison.Ordinal))
        {
            return true;
        }
        return LooksLikeDateTime(left) && LooksLikeDateTime(right)
            && DateTimeOffset.TryParse(left, CultureInfo.InvariantCulture, DateTimeStyles.None, out var a)
            && DateTimeOffset.TryParse(right, CultureInfo.InvariantCulture, DateTimeStyles.None, out var b)
            && a.UtcDateTime == b.UtcDateTime && a.Offset == b.Offset;
    }

    // "2026-02-10T10:30:00Z": a full date, a 'T', a time; so plain text that happens to parse is never matched.
    private static bool LooksLikeDateTime(string text)
        => text.Length >= 20 && text[4] == '-' && text[7] == '-' && (text[10] == 'T' || text[10] == 't');

    private static string Describe(string pointer, JsonNode? left, JsonNode? right)
        => $"{(pointer.Length == 0 ? "/" : pointer)}: {left?.ToJsonString() ?? "null"} vs {right?.ToJsonString() ?? "null"}";

    private static string Escape(string name) => name.Replace("~", "~0").Replace("/", "~1");
}
