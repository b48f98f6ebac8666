using System.Text;
using System.Text.Json;
using ContractKit.Tests.Shared;
using ContractKit.Runtime.Validation;
using FsCheck;
using FsCheck.Fluent;

namespace ContractKit.Runtime.Tests.Patterns;

/// <summary>
/// The regex-free fast path agrees with the ECMA-262 regex (through <see cref="EcmaPattern"/>) on every pattern it
/// accepts, and refuses the patterns where greedy matching would need to backtrack.
/// </summary>
public class AsciiPatternProperties
{
    /// <summary>Pieces of patterns over a small alphabet, so inputs often match, and overlapping steps occur.</summary>
    private static readonly string[] Sets = ["a", "b", "\\+", "\\.", "-", "[ab]", "[0-9]", "\\d", "[a-c]", "[A-Z]", "\\w", "[-.]", "[1-9]"];
    private static readonly string[] Quantifiers = ["", "?", "*", "+", "{2}", "{1,3}", "{0,2}", "{2,}"];
    private static readonly char[] Alphabet = ['a', 'b', 'c', '+', '.', '-', '0', '1', '5', '9', 'A', 'Z', '_', '\n', 'é', ' '];

    private static Gen<string> Patterns() =>
        from count in Gen.Choose(1, 4)
        from steps in Gen.ListOf(from set in Gen.Elements(Sets) from quantifier in Gen.Elements(Quantifiers) select set + quantifier, count)
        from end in Gen.Elements("$", "")
        select "^" + string.Concat(steps) + end;

    private static Gen<string> Inputs() =>
        from length in Gen.Choose(0, 8)
        from chars in Gen.ArrayOf(Gen.Elements(Alphabet), length)
        select new string(chars);

    [Fact]
    public void Every_accepted_pattern_matches_exactly_what_the_regex_matches()
    {
        var cases = from pattern in Patterns() from inputs in Gen.ListOf(Inputs(), 30) select (pattern, inputs);
        var accepted = 0;
        Check.One(PropertyConfig.Quick(2000), Prop.ForAll(Arb.From(cases), c =>
        {
            if (AsciiPattern.TryParse(c.pattern) is not { } fast)
            {
                return;
            }
            accepted++;
            Assert.True(EcmaPattern.TryCreate(c.pattern, out var regex, out var error), error);
            foreach (var input in c.inputs)
            {
                Assert.True(
                    regex.IsMatch(input) == fast.IsMatch(Encoding.UTF8.GetBytes(input)),
                    $"pattern {c.pattern} on \"{input}\": regex {regex.IsMatch(input)}, fast path {fast.IsMatch(Encoding.UTF8.GetBytes(input))}");
            }
        }));
        Assert.True(accepted > 200, $"only {accepted} of 2000 generated patterns took the fast path");
    }

    /// <summary>Each character raw, as <c>\uXXXX</c> (either case of hex digit) or as its short escape; a lone
    /// surrogate now and then, which no text holds.</summary>
    private static Gen<string> JsonStrings() =>
        from input in Inputs()
        from styles in Gen.ArrayOf(Gen.Choose(0, 3), input.Length)
        from surrogate in Gen.Elements("", "", "", "", "\\uD800", "\\udfff", "\\uD83D\\uDE00", "\\\\uD800")
        from at in Gen.Choose(0, input.Length)
        select "\"" + string.Concat(input.Select((c, i) => EscapeAs(c, styles[i]))).Insert(Offset(input, styles, at), surrogate) + "\"";

    private static string EscapeAs(char c, int style) => (c, style) switch
    {
        ('\n', _) => style % 2 == 0 ? "\\n" : "\\u000a",
        (_, 1) => "\\u" + ((int)c).ToString("X4"),
        (_, 2) => "\\u" + ((int)c).ToString("x4"),
        ('/' or '\\' or '"', _) => "\\" + c,
        _ => c.ToString(),
    };

    private static int Offset(string input, int[] styles, int at)
        => input.Take(at).Select((c, i) => EscapeAs(c, styles[i]).Length).Sum();

    [Fact]
    public void An_escaped_string_matches_as_its_unescaped_text()
    {
        var cases = from pattern in Patterns() from strings in Gen.ListOf(JsonStrings(), 20) select (pattern, strings);
        Check.One(PropertyConfig.Quick(1500), Prop.ForAll(Arb.From(cases), c =>
        {
            if (AsciiPattern.TryParse(c.pattern) is not { } fast)
            {
                return;
            }
            foreach (var json in c.strings)
            {
                var expected = Outcome(json, (ref Utf8JsonReader reader) => fast.IsMatch(Encoding.UTF8.GetBytes(reader.GetString()!)));
                var actual = Outcome(json, (ref Utf8JsonReader reader) => JsonValidation.MatchesPattern(ref reader, fast));
                Assert.True(expected == actual, $"pattern {c.pattern} on {json}: unescaped first {expected}, matched escaped {actual}");
            }
        }));
    }

    private delegate bool ReaderCheck(ref Utf8JsonReader reader);

    private static string Outcome(string json, ReaderCheck check)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        try
        {
            return check(ref reader).ToString();
        }
        catch (InvalidOperationException)
        {
            return "undecodable";
        }
    }

    [Theory]
    [InlineData(@"^\+[1-9][0-9]{1,14}$")]
    [InlineData(@"^[A-Z]{2}$")]
    [InlineData(@"^[a-z0-9-]{3,63}$")]
    [InlineData(@"^\d{3}-\d{4}$")]
    public void Patterns_real_specs_use_take_the_fast_path(string pattern)
        => Assert.NotNull(AsciiPattern.TryParse(pattern));

    [Theory]
    [InlineData(@"^[0-9]{1,3}[0-9]$")] // the first step would take the digit the second needs
    [InlineData(@"^a*b?a$")] // … across an optional step
    [InlineData(@"^(ab)+$")]
    [InlineData(@"^a|b$")]
    [InlineData(@"^[^a]+$")] // a negated class matches non-ASCII characters too
    [InlineData(@"a+$")] // not anchored at the start: a search, not a sequence
    [InlineData(@"^.+$")]
    [InlineData(@"^a+?$")]
    [InlineData(@"^[]a]$")] // ECMA's empty class
    [InlineData(@"^\s+$")]
    public void Patterns_that_need_the_regex_engine_are_refused(string pattern)
        => Assert.Null(AsciiPattern.TryParse(pattern));

    [Fact]
    public void The_E164_pattern_refuses_a_final_newline_and_non_ascii_digits()
    {
        var e164 = AsciiPattern.Parse(@"^\+[1-9][0-9]{1,14}$");

        Assert.True(e164.IsMatch("+41791234567"u8));
        Assert.False(e164.IsMatch("+41791234567\n"u8));
        Assert.False(e164.IsMatch(Encoding.UTF8.GetBytes("+4179١٢٣")));
        Assert.False(e164.IsMatch("+4"u8));
        Assert.False(e164.IsMatch("+1234567890123456"u8));
    }
}
