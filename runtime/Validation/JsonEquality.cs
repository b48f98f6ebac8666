using System.Text.Json;

namespace ContractKit.Runtime.Validation;

/// <summary>JSON equality as JSON Schema defines it for <c>enum</c>, <c>const</c> and <c>uniqueItems</c>: numbers by
/// value (<c>1</c> equals <c>1.0</c>), objects regardless of member order, strings by their unescaped text.</summary>
internal static class JsonEquality
{
    public static bool AreEqual(JsonElement left, JsonElement right)
    {
        if (left.ValueKind != right.ValueKind)
        {
            return false;
        }
        switch (left.ValueKind)
        {
            case JsonValueKind.String:
                return left.ValueEquals(right.GetString());
            case JsonValueKind.Number:
                return left.TryGetDecimal(out var a) && right.TryGetDecimal(out var b) ? a == b : left.GetDouble() == right.GetDouble();
            case JsonValueKind.Array:
                if (left.GetArrayLength() != right.GetArrayLength())
                {
                    return false;
                }
                using (var l = left.EnumerateArray())
                using (var r = right.EnumerateArray())
                {
                    while (l.MoveNext() && r.MoveNext())
                    {
                        if (!AreEqual(l.Current, r.Current))
                        {
                            return false;
                        }
                    }
                }
                return true;
            case JsonValueKind.Object:
                var count = 0;
                foreach (var property in left.EnumerateObject())
                {
                    count++;
                    if (!right.TryGetProperty(property.Name, out var other) || !AreEqual(property.Value, other))
                    {
                        return false;
                    }
                }
                return count == right.EnumerateObject().Count();
            default:
                return true; // true, false, null: the kind is the value
        }
    }

    /// <summary>A hash consistent with <see cref="AreEqual"/>.</summary>
    public static int Hash(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString()!.GetHashCode(StringComparison.Ordinal),
        JsonValueKind.Number => element.TryGetDecimal(out var d) ? d.GetHashCode() : element.GetDouble().GetHashCode(),
        JsonValueKind.Array => HashCode.Combine(JsonValueKind.Array, element.GetArrayLength()),
        JsonValueKind.Object => HashCode.Combine(JsonValueKind.Object, element.EnumerateObject().Count()),
        _ => element.ValueKind.GetHashCode(),
    };
}
