using System.Globalization;
using System.Text.Json;

namespace ContractKit.Runtime.Http;

/// <summary>
/// A parameter value reduced to what the OpenAPI styles can write: one text, a list of texts, or an object's
/// members as name/text pairs. Texts are not escaped yet; <see cref="ParameterWriter"/> escapes them per place.
/// </summary>
public readonly struct ParameterValue
{
    private ParameterValue(string? scalar, IReadOnlyList<string>? items, IReadOnlyList<KeyValuePair<string, string>>? members)
    {
        Scalar = scalar;
        Items = items;
        Members = members;
    }

    /// <summary>The text of a primitive value; null for a list or an object.</summary>
    public string? Scalar { get; }

    /// <summary>The texts of a list's items; null for a primitive or an object.</summary>
    public IReadOnlyList<string>? Items { get; }

    /// <summary>An object's members in order; null for a primitive or a list.</summary>
    public IReadOnlyList<KeyValuePair<string, string>>? Members { get; }

    /// <summary>A primitive value, written invariantly (<see cref="Format{T}"/>).</summary>
    public static ParameterValue Of<T>(T value) => new(Format(value), null, null);

    /// <summary>A list, each item written invariantly.</summary>
    public static ParameterValue List<T>(IEnumerable<T> items) => new(null, items.Select(Format).ToList(), null);

    /// <summary>A string-keyed map, as an object with those members.</summary>
    public static ParameterValue Map<T>(IReadOnlyDictionary<string, T> members)
        => new(null, null, members.Select(m => new KeyValuePair<string, string>(m.Key, Format(m.Value))).ToList());

    /// <summary>An object given by its members.</summary>
    public static ParameterValue Object(IReadOnlyList<KeyValuePair<string, string>> members) => new(null, null, members);

    /// <summary>
    /// A model serialized to JSON: an object becomes its members (primitive members only are meaningful in every
    /// style; a nested value is written as its JSON text), an array its items, anything else one text.
    /// </summary>
    public static ParameterValue Json(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => new(null, null, element.EnumerateObject()
            .Where(p => p.Value.ValueKind != JsonValueKind.Null)
            .Select(p => new KeyValuePair<string, string>(p.Name, JsonText(p.Value))).ToList()),
        JsonValueKind.Array => new(null, element.EnumerateArray().Select(JsonText).ToList(), null),
        _ => new(JsonText(element), null, null),
    };

    private static string JsonText(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString()!,
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null => "",
        _ => element.GetRawText(),
    };

    /// <summary>
    /// The wire text of a primitive: invariant culture, booleans lower case, <see cref="DateTimeOffset"/> as RFC 3339
    /// (<c>2026-02-10T10:30:00Z</c>, fractions only when present), <see cref="DateOnly"/> as <c>yyyy-MM-dd</c>, bytes as
    /// base64, doubles round-trippable. Anything else (a generated enum) is its <c>ToString()</c>, which is its raw
    /// wire value.
    /// </summary>
    public static string Format<T>(T value) => value switch
    {
        null => "",
        string s => s,
        bool b => b ? "true" : "false",
        DateTimeOffset d => d.Offset == TimeSpan.Zero
            ? d.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture)
            : d.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime d => d.ToString("O", CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        byte[] bytes => Convert.ToBase64String(bytes),
        Uri uri => uri.OriginalString,
        JsonElement element => JsonText(element),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
