using System.Text;
using System.Text.Json;
using ContractKit.Runtime.Validation;
using ContractKit.Tests.Shared;
using FsCheck;
using FsCheck.Fluent;

namespace ContractKit.Runtime.Tests.Validation;

/// <summary>
/// The shortcuts generated validators take agree with the reader's own answers: the discriminator found on the raw
/// bytes with a probe reader (<see cref="JsonValidation.FindStringMember"/> and <c>ValueTextEquals</c>), a name's
/// length with its unescaped text, <see cref="JsonValidation.TextEquals"/> with <c>ValueTextEquals</c>, and
/// <see cref="JsonValidation.LengthIsWithin"/> with counting. Inputs mix member order, whitespace and escapes.
/// </summary>
public class FastPathProperties
{
    private static readonly byte[][] Cases = ["text"u8.ToArray(), "email"u8.ToArray(), "t\"x"u8.ToArray(), ""u8.ToArray()];

    private static readonly string[] Whitespace = ["", " ", "\n", "\t ", "\r\n  "];

    /// <summary>A name or value as JSON string text: plain, with a letter escaped, with an escaped quote or an
    /// escaped lone surrogate.</summary>
    private static Gen<string> Strings() =>
        from text in Gen.Elements("type", "typ", "types", "text", "email", "t\"x", "", "émail", "kind")
        from style in Gen.Choose(0, 4)
        select style switch
        {
            0 when text.Length > 0 => "\"\\u" + ((int)text[0]).ToString("X4") + Escape(text[1..]) + "\"",
            1 => "\"\\uD800" + Escape(text) + "\"",
            _ => "\"" + Escape(text) + "\"",
        };

    private static string Escape(string text) => text.Replace("\"", "\\\"");

    private static Gen<string> Values() =>
        Gen.OneOf(Strings(), Gen.Elements("1", "null", "{\"type\":\"text\"}", "[\"text\"]"));

    private static Gen<string> Objects() =>
        from count in Gen.Choose(0, 3)
        from members in Gen.ListOf(from name in Strings() from value in Values() select (name, value), count)
        from spaces in Gen.ArrayOf(Gen.Elements(Whitespace), 4)
        select "{" + spaces[0] + string.Join("," + spaces[1], members.Select(m => m.name + spaces[2] + ":" + spaces[3] + m.value)) + "}";

    [Fact]
    public void The_discriminator_is_found_as_a_probe_reader_finds_it()
    {
        Check.One(PropertyConfig.Quick(3000), Prop.ForAll(Arb.From(Objects()), json =>
        {
            var expected = Outcome(() => ByProbe(json));
            var actual = Outcome(() => ByFind(json));
            Assert.True(expected == actual, $"{json}: a probe reader says {expected}, Find says {actual}");
        }));
    }

    [Fact]
    public void Names_measure_and_compare_as_the_reader_unescapes_them()
    {
        Check.One(PropertyConfig.Quick(2000), Prop.ForAll(Arb.From(Strings()), name =>
        {
            var json = Encoding.UTF8.GetBytes("{" + name + ":1}");
            // A name that is no text (an escaped lone surrogate) has length -1: it equals no listed name.
            var unescaped = ReadName(json, reader => Encoding.UTF8.GetByteCount(reader.GetString()!).ToString());
            var expected = unescaped.StartsWith("threw", StringComparison.Ordinal) ? "-1" : unescaped;
            Assert.Equal(expected, ReadName(json, reader => JsonValidation.NameLength(ref reader).ToString()));
            foreach (var candidate in Cases)
            {
                Assert.Equal(ReadName(json, reader => reader.ValueTextEquals(candidate).ToString()), ReadName(json, reader => JsonValidation.TextEquals(ref reader, candidate).ToString()));
            }
        }));
    }

    [Fact]
    public void Checks_on_the_scanner_answer_as_the_same_checks_on_the_reader()
    {
        var pattern = AsciiPattern.Parse("^t[a-z]*$");
        Check.One(PropertyConfig.Quick(2000), Prop.ForAll(Arb.From(Strings()), Arb.From(Strings()), (name, value) =>
        {
            var json = Encoding.UTF8.GetBytes("{" + name + ":" + value + "}");
            ReaderQuestion[] onReader =
            [
                static (ref Utf8JsonReader r) => JsonValidation.NameLength(ref r).ToString(),
                static (ref Utf8JsonReader r) => EqualsCases(ref r),
                static (ref Utf8JsonReader r) => { r.Read(); return EqualsCases(ref r); },
                static (ref Utf8JsonReader r) => { r.Read(); return JsonValidation.StringLength(ref r) + " " + JsonValidation.LengthIsWithin(ref r, 1, 3); },
                (ref Utf8JsonReader r) => { r.Read(); return JsonValidation.MatchesPattern(ref r, pattern) + " " + JsonValidation.HasFormat(ref r, "email"); },
                static (ref Utf8JsonReader r) => { r.Read(); return r.GetString()!; },
            ];
            ScannerQuestion[] onScanner =
            [
                static (ref JsonScanner s) => JsonValidation.NameLength(ref s).ToString(),
                static (ref JsonScanner s) => EqualsCases(ref s),
                static (ref JsonScanner s) => { s.Read(); return EqualsCases(ref s); },
                static (ref JsonScanner s) => { s.Read(); return JsonValidation.StringLength(ref s) + " " + JsonValidation.LengthIsWithin(ref s, 1, 3); },
                (ref JsonScanner s) => { s.Read(); return JsonValidation.MatchesPattern(ref s, pattern) + " " + JsonValidation.HasFormat(ref s, "email"); },
                static (ref JsonScanner s) => { s.Read(); return s.GetString(); },
            ];
            for (var i = 0; i < onReader.Length; i++)
            {
                Assert.Equal(Ask(json, onReader[i]), Ask(json, onScanner[i]));
            }
        }));
    }

    private static string EqualsCases(ref Utf8JsonReader reader)
    {
        var answers = new StringBuilder();
        foreach (var candidate in Cases)
        {
            answers.Append(reader.ValueTextEquals(candidate)).Append(',');
        }
        return answers.ToString();
    }

    private static string EqualsCases(ref JsonScanner scanner)
    {
        var answers = new StringBuilder();
        foreach (var candidate in Cases)
        {
            answers.Append(JsonValidation.TextEquals(ref scanner, candidate)).Append(',');
        }
        return answers.ToString();
    }

    private delegate string ReaderQuestion(ref Utf8JsonReader reader);

    private delegate string ScannerQuestion(ref JsonScanner scanner);

    /// <summary>Asks with a reader on the first member's name; a throw is an answer too.</summary>
    private static string Ask(byte[] json, ReaderQuestion question)
    {
        var reader = new Utf8JsonReader(json);
        reader.Read();
        reader.Read();
        try
        {
            return question(ref reader);
        }
        catch (InvalidOperationException exception)
        {
            return "threw " + exception.GetType().Name;
        }
    }

    /// <summary>Asks with a scanner on the first member's name; a throw is an answer too.</summary>
    private static string Ask(byte[] json, ScannerQuestion question)
    {
        var scanner = new JsonScanner(json, 64);
        scanner.Read();
        scanner.Read();
        try
        {
            return question(ref scanner);
        }
        catch (InvalidOperationException exception)
        {
            return "threw " + exception.GetType().Name;
        }
    }

    private delegate string NameQuestion(Utf8JsonReader reader);

    /// <summary>Asks <paramref name="question"/> with a reader on the first member's name; a throw is an answer too.</summary>
    private static string ReadName(byte[] json, NameQuestion question)
    {
        var reader = new Utf8JsonReader(json);
        reader.Read();
        reader.Read();
        try
        {
            return question(reader);
        }
        catch (InvalidOperationException exception)
        {
            return "threw " + exception.GetType().Name;
        }
    }

    [Theory]
    [InlineData("\"\"", 0, 0)]
    [InlineData("\"abc\"", 1, 3)]
    [InlineData("\"\\u0061bc\"", 1, 3)]
    [InlineData("\"ééé\"", 1, 3)]
    [InlineData("\"😀😀\"", 2, 2)]
    [InlineData("\"😀😀\"", 3, 8)]
    [InlineData("\"abcd\"", 2, 3)]
    public void A_length_judged_within_bounds_from_bytes_is_within_them_counted(string json, int min, int max)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        var length = JsonValidation.StringLength(ref reader);

        if (JsonValidation.LengthIsWithin(ref reader, min, max))
        {
            Assert.InRange(length, min, max);
        }
    }

    private static int ByProbe(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        if (!JsonValidation.FindStringMember(ref reader, "type"u8))
        {
            return -1;
        }
        for (var i = 0; i < Cases.Length; i++)
        {
            if (reader.ValueTextEquals(Cases[i]))
            {
                return i;
            }
        }
        return -1;
    }

    private static int ByFind(string json)
    {
        var found = -2;
        Exception? thrown = null;
        JsonValidator.Validate(Encoding.UTF8.GetBytes(json), (ref JsonScanner reader, ref JsonValidationState state) =>
        {
            try
            {
                found = JsonDiscriminator.Find(ref reader, ref state, "type"u8, Cases);
            }
            catch (Exception exception) when (exception is JsonException or InvalidOperationException)
            {
                thrown = exception;
            }
            reader.Skip();
        });
        return thrown is null ? found : throw thrown;
    }

    private static string Outcome<T>(Func<T> answer)
    {
        try
        {
            return answer()!.ToString()!;
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            return "threw " + exception.GetType().Name;
        }
    }
}
