using System.Text;
using System.Text.Json;
using ContractKit.Runtime.Validation;
using ContractKit.Tests.Shared;
using FsCheck;
using FsCheck.Fluent;

namespace ContractKit.Runtime.Tests.Validation;

/// <summary>
/// A string that escapes half of a surrogate pair alone (<c>"\uD800"</c>) is valid JSON grammar, but System.Text.Json
/// throws when it is decoded. The validator must report it as one <c>json</c> error, never throw, and report nothing
/// for strings that decode: the oracle is the reader's own <c>GetString</c>. The strings mix pairs, lone halves,
/// escaped backslashes before a <c>u</c>, and plain text.
/// </summary>
public class LoneSurrogateProperties
{
    private static readonly string[] Pieces =
    [
        "a", "é", "\\u0041", "\\uD83D\\uDE00", "\\ud83d\\ude00", "\\uD800", "\\uDBFF", "\\uDC00", "\\udfff", "\\\\", "\\\\uD800",
        "\\\\\\uD800", "\\\"", "\\n", "uD800", "\\u00e9",
    ];

    /// <summary>Reads every string and name as text, as a generated check of an enum, a pattern or a format does.</summary>
    private static void DecodeEverything(ref JsonScanner reader, ref JsonValidationState state)
    {
        Decode(ref reader);
        var open = reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray ? 1 : 0;
        while (open > 0 && reader.Read())
        {
            Decode(ref reader); // stops on the value's own closing token
            open += reader.TokenType switch
            {
                JsonTokenType.StartObject or JsonTokenType.StartArray => 1,
                JsonTokenType.EndObject or JsonTokenType.EndArray => -1,
                _ => 0,
            };
        }
    }

    private static void Decode(ref JsonScanner reader)
    {
        if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName)
        {
            _ = reader.GetString();
        }
    }

    private static bool Decodes(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.String)
                {
                    _ = reader.GetString();
                }
            }
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    [Fact]
    public void A_lone_surrogate_escape_is_one_json_error_and_nothing_else_is()
    {
        var strings = Gen.Choose(1, 5).SelectMany(count => Gen.ArrayOf(Gen.Elements(Pieces), count)).Select(string.Concat);
        Check.One(PropertyConfig.Quick(3000), Prop.ForAll(Arb.From(strings), text =>
        {
            var json = "{\"a\": [1, \"" + text + "\"]}";
            var result = JsonValidator.Validate(Encoding.UTF8.GetBytes(json), DecodeEverything);
            if (Decodes(json))
            {
                Assert.True(result.IsValid, $"{json}: {result}");
            }
            else
            {
                var error = Assert.Single(result.Errors);
                Assert.Equal("json", error.Keyword);
                Assert.Contains("surrogate", error.Message, StringComparison.Ordinal);
            }
        }));
    }
}
