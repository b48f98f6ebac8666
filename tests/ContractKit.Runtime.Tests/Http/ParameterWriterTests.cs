using System.Text;
using ContractKit.Runtime.Http;
using ContractKit.Tests.Shared;
using FsCheck;
using FsCheck.Fluent;

namespace ContractKit.Runtime.Tests.Http;

/// <summary>
/// Parameter serialization: OpenAPI 3.1's "Style Examples" table (color = "blue", ["blue","black","brown"],
/// {"R":100,"G":200,"B":150}), with RFC 3986 escaping, and properties that any value written parses back.
/// </summary>
public class ParameterWriterTests
{
    private static readonly ParameterValue Blue = ParameterValue.Of("blue");
    private static readonly ParameterValue Colors = ParameterValue.List(new[] { "blue", "black", "brown" });
    private static readonly ParameterValue Rgb = ParameterValue.Object(new KeyValuePair<string, string>[] { new("R", "100"), new("G", "200"), new("B", "150") });

    public static TheoryData<string, bool, string, string> PathExamples() => new()
    {
        // style, explode, value, expected (OpenAPI 3.1.1 §4.8.12.4 table)
        { "simple", false, "string", "blue" },
        { "simple", false, "array", "blue,black,brown" },
        { "simple", false, "object", "R,100,G,200,B,150" },
        { "simple", true, "object", "R=100,G=200,B=150" },
        { "label", false, "string", ".blue" },
        { "label", false, "array", ".blue,black,brown" },
        { "label", true, "array", ".blue.black.brown" },
        { "label", false, "object", ".R,100,G,200,B,150" },
        { "label", true, "object", ".R=100.G=200.B=150" },
        { "matrix", false, "string", ";color=blue" },
        { "matrix", false, "array", ";color=blue,black,brown" },
        { "matrix", true, "array", ";color=blue;color=black;color=brown" },
        { "matrix", false, "object", ";color=R,100,G,200,B,150" },
        { "matrix", true, "object", ";R=100;G=200;B=150" },
    };

    [Theory]
    [MemberData(nameof(PathExamples))]
    public void Path_styles_match_the_spec_table(string style, bool explode, string shape, string expected)
        => Assert.Equal(expected, ParameterWriter.Path("color", Style(style), explode, Value(shape)));

    public static TheoryData<string, bool, string, string> QueryExamples() => new()
    {
        { "form", false, "string", "color=blue" },
        { "form", false, "array", "color=blue,black,brown" },
        { "form", true, "array", "color=blue&color=black&color=brown" },
        { "form", false, "object", "color=R,100,G,200,B,150" },
        { "form", true, "object", "R=100&G=200&B=150" },
        { "spaceDelimited", false, "array", "color=blue%20black%20brown" },
        { "spaceDelimited", false, "object", "color=R%20100%20G%20200%20B%20150" },
        { "pipeDelimited", false, "array", "color=blue|black|brown" },
        { "pipeDelimited", false, "object", "color=R|100|G|200|B|150" },
        { "deepObject", true, "object", "color%5BR%5D=100&color%5BG%5D=200&color%5BB%5D=150" },
    };

    [Theory]
    [MemberData(nameof(QueryExamples))]
    public void Query_styles_match_the_spec_table(string style, bool explode, string shape, string expected)
    {
        var query = new StringBuilder();
        ParameterWriter.Query(query, "color", Style(style), explode, allowReserved: false, Value(shape));
        Assert.Equal(expected, query.ToString());
    }

    [Fact]
    public void Header_and_cookie_styles()
    {
        Assert.Equal("blue,black,brown", ParameterWriter.Header(false, Colors));
        Assert.Equal("R=100,G=200,B=150", ParameterWriter.Header(true, Rgb));
        Assert.Equal("color=blue", ParameterWriter.Cookie("color", false, Blue));
        Assert.Equal("color=blue,black,brown", ParameterWriter.Cookie("color", false, Colors));
        Assert.Equal("color=blue; color=black; color=brown", ParameterWriter.Cookie("color", true, Colors));
    }

    [Fact]
    public void Reserved_characters_are_escaped_unless_allowed()
    {
        var query = new StringBuilder();
        ParameterWriter.Query(query, "q", ParameterStyle.Form, true, allowReserved: false, ParameterValue.Of("a/b?c=d&e ä"));
        ParameterWriter.Query(query, "r", ParameterStyle.Form, true, allowReserved: true, ParameterValue.Of("a/b?c ä"));
        Assert.Equal("q=a%2Fb%3Fc%3Dd%26e%20%C3%A4&r=a/b?c%20%C3%A4", query.ToString());
    }

    [Fact]
    public void Primitives_are_written_invariantly()
    {
        Assert.Equal("true", ParameterValue.Format(true));
        Assert.Equal("2026-02-10T10:30:00Z", ParameterValue.Format(DateTimeOffset.Parse("2026-02-10T10:30:00Z")));
        Assert.Equal("2026-02-10T10:30:00.5+02:00", ParameterValue.Format(new DateTimeOffset(2026, 2, 10, 10, 30, 0, 500, TimeSpan.FromHours(2))));
        Assert.Equal("2026-02-10", ParameterValue.Format(new DateOnly(2026, 2, 10)));
        Assert.Equal("1.5", ParameterValue.Format(1.5));
        Assert.Equal("-12", ParameterValue.Format(-12L));
    }

    [Fact]
    public void Any_list_written_in_a_delimited_style_splits_back_into_its_items()
        => Check.One(PropertyConfig.Quick(300), Prop.ForAll(ArbMap.Default.ArbFor<NonEmptyArray<NonNull<string>>>(), ArbMap.Default.ArbFor<bool>(), (items, pipe) =>
        {
            var values = items.Get.Select(s => s.Get).ToArray();
            var query = new StringBuilder();
            ParameterWriter.Query(query, "a b", pipe ? ParameterStyle.PipeDelimited : ParameterStyle.Form, false, false, ParameterValue.List(values));
            var text = query.ToString();
            var separator = text.IndexOf('=');
            var parsed = text[(separator + 1)..].Split(pipe ? "|" : ",").Select(Uri.UnescapeDataString).ToArray();
            return Uri.UnescapeDataString(text[..separator]) == "a b" && parsed.SequenceEqual(values.Select(ValidText));
        }));

    [Fact]
    public void Any_text_in_a_path_parses_back_and_holds_only_unreserved_or_escaped_characters()
        => Check.One(PropertyConfig.Quick(500), Prop.ForAll(ArbMap.Default.ArbFor<NonNull<string>>(), text =>
        {
            var written = ParameterWriter.Path("p", ParameterStyle.Simple, false, ParameterValue.Of(text.Get));
            return written.All(c => char.IsAsciiLetterOrDigit(c) || "-._~%".Contains(c)) && Uri.UnescapeDataString(written) == ValidText(text.Get);
        }));

    [Fact]
    public void Any_date_time_offset_parses_back_to_the_same_instant_and_offset()
        => Check.One(PropertyConfig.Quick(500), Prop.ForAll(ArbMap.Default.ArbFor<DateTimeOffset>(), value =>
        {
            var text = ParameterValue.Format(value);
            var parsed = DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
            return parsed == value && parsed.Offset == value.Offset;
        }));

    /// <summary>What a text becomes in UTF-8: a lone surrogate cannot be encoded and is written as U+FFFD.</summary>
    private static string ValidText(string text)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(text, i++, 2);
            }
            else
            {
                builder.Append(char.IsSurrogate(text[i]) ? '\uFFFD' : text[i]);
            }
        }
        return builder.ToString();
    }

    private static ParameterStyle Style(string name) => Enum.Parse<ParameterStyle>(name, ignoreCase: true);

    private static ParameterValue Value(string shape) => shape switch
    {
        "string" => Blue,
        "array" => Colors,
        _ => Rgb,
    };
}
