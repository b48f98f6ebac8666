using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using ContractKit.Runtime.Validation;
using ContractKit.Tests.Shared;
using FsCheck;
using FsCheck.Fluent;

namespace ContractKit.Runtime.Tests.Validation;

/// <summary>
/// <see cref="JsonScanner"/> is a drop-in for <see cref="Utf8JsonReader"/> where the validators use it: on random JSON,
/// and on random JSON damaged a few bytes at a time, both return the same tokens (kind, offset, raw text, escapes),
/// skip to the same tokens, and fail at the same token or both read to the end. The reader is the oracle.
/// </summary>
public class JsonScannerProperties
{
    private static readonly string[] Whitespace = ["", "", "", " ", "\n", "\t", "\r\n  "];

    private static readonly string[] Texts = ["", "a", "type", "é", "日本", "😀", "tab\\there", "q\\\"q", "\\u0041", "\\uD83D\\uDE00", "\\uD800", "\\\\", "\\/", "\\b\\f\\n\\r\\t", "a somewhat longer text, over sixteen bytes", "<b>\\u003C</b>"];

    private static readonly string[] Numbers = ["0", "-0", "1", "-1", "10", "123456789012345678901234567890", "1.5", "-0.25", "1e5", "1E+5", "2e-3", "0.0e0", "-12.5E-10"];

    private static readonly byte[] DamageBytes = "{}[],:\"\\ 0123456789-+.eEtrufalsn\n\t\u0001x/"u8.ToArray();

    private static Gen<string> Values(int size) =>
        size <= 0
            ? Scalars()
            : Gen.Frequency(
                (3, Scalars()),
                (1, from items in Gen.ListOf(Values(size / 2)).Resize(4)
                    from spaces in Gen.ArrayOf(Gen.Elements(Whitespace), 3)
                    select "[" + spaces[0] + string.Join(spaces[1] + "," + spaces[2], items) + spaces[0] + "]"),
                (1, from members in Gen.ListOf(from name in Gen.Elements(Texts) from value in Values(size / 2) select (name, value)).Resize(4)
                    from spaces in Gen.ArrayOf(Gen.Elements(Whitespace), 4)
                    select "{" + spaces[0] + string.Join(spaces[1] + ",", members.Select(m => spaces[2] + "\"" + m.name + "\"" + spaces[3] + ":" + spaces[1] + m.value)) + spaces[2] + "}"));

    private static Gen<string> Scalars() => Gen.OneOf(
        Gen.Elements(Texts).Select(t => "\"" + t + "\""),
        Gen.Elements(Numbers),
        Gen.Elements("true", "false", "null"));

    private static Gen<string> Documents() =>
        from value in Gen.Sized(size => Values(Math.Min(size, 12)))
        from before in Gen.Elements(Whitespace)
        from after in Gen.Elements(Whitespace)
        select before + value + after;

    /// <summary>A document with up to three bytes deleted, inserted or replaced, or cut short; kept valid UTF-8,
    /// which the validators check before the scanner runs.</summary>
    private static Gen<byte[]> Damaged() =>
        from json in Documents()
        from edits in Gen.ListOf(from kind in Gen.Choose(0, 3) from position in Gen.Choose(0, 10_000) from b in Gen.Elements(DamageBytes) select (kind, position, b)).Resize(3)
        select Damage(Encoding.UTF8.GetBytes(json), edits);

    private static byte[] Damage(byte[] json, IEnumerable<(int Kind, int Where, byte Byte)> edits)
    {
        var bytes = json.ToList();
        foreach (var (kind, where, b) in edits)
        {
            var at = bytes.Count == 0 ? 0 : where % bytes.Count;
            switch (kind)
            {
                case 0 when bytes.Count > 0:
                    bytes.RemoveAt(at);
                    break;
                case 1:
                    bytes.Insert(at, b);
                    break;
                case 2 when bytes.Count > 0:
                    bytes[at] = b;
                    break;
                case 3:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
            }
        }
        var damaged = bytes.ToArray();
        return Utf8.IsValid(damaged) ? damaged : json;
    }

    [Fact]
    public void Valid_documents_read_as_the_reader_reads_them()
    {
        Check.One(PropertyConfig.Quick(1500), Prop.ForAll(Arb.From(Documents()), json =>
        {
            var bytes = Encoding.UTF8.GetBytes(json);
            AssertSameTrace(bytes, maxDepth: 64, skipSeed: null);
        }));
    }

    [Fact]
    public void Damaged_documents_fail_where_the_reader_fails()
    {
        Check.One(PropertyConfig.Quick(4000), Prop.ForAll(Arb.From(Damaged()), Arb.From(Gen.Elements(1, 2, 3, 64)), (bytes, maxDepth) =>
        {
            AssertSameTrace(bytes, maxDepth, skipSeed: null);
        }));
    }

    [Fact]
    public void Skipping_lands_where_the_reader_lands()
    {
        Check.One(PropertyConfig.Quick(3000), Prop.ForAll(Arb.From(Damaged()), Arb.From(Gen.Choose(0, 1000)), (bytes, seed) =>
        {
            AssertSameTrace(bytes, maxDepth: 64, skipSeed: seed);
        }));
    }

    [Fact]
    public void A_scanner_started_on_a_value_reads_that_value_as_the_reader_does()
    {
        Check.One(PropertyConfig.Quick(1000), Prop.ForAll(Arb.From(Documents()), json =>
        {
            var bytes = Encoding.UTF8.GetBytes(json);
            var reader = new Utf8JsonReader(bytes);
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.PropertyName or JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    continue;
                }
                var scanner = JsonScanner.At(bytes, 64, reader.TokenStartIndex);
                var end = reader;
                end.Skip();
                Assert.Equal(reader.TokenType, scanner.TokenType);
                scanner.Skip();
                Assert.Equal(end.TokenStartIndex, scanner.TokenStartIndex);
                Assert.Equal(end.BytesConsumed, scanner.BytesConsumed);
            }
        }));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("01")]
    [InlineData("[1,2")]
    [InlineData("[1a]")]
    [InlineData("[truex]")]
    [InlineData("{\"a\" 1}")]
    [InlineData("{\"a\":1,}")]
    [InlineData("[1,]")]
    [InlineData("{\"a\":1]")]
    [InlineData("\"\\u12G4\"")]
    [InlineData("\"abc")]
    [InlineData("{} x")]
    [InlineData("[[[]]]")]
    public void Edge_cases_read_as_the_reader_reads_them(string json)
    {
        AssertSameTrace(Encoding.UTF8.GetBytes(json), maxDepth: 2, skipSeed: null);
        AssertSameTrace(Encoding.UTF8.GetBytes(json), maxDepth: 64, skipSeed: null);
    }

    [Theory]
    [InlineData(1024)]
    [InlineData(100)]
    public void Nesting_beyond_sixty_four_levels_reads_as_the_reader_reads_it(int maxDepth)
    {
        // Objects and arrays alternate at random down to 300 levels: the kinds of levels 65 and deeper are kept apart
        // from the first 64, and must still close in the right order. With 100 allowed, both fail at level 101.
        var random = new Random(7);
        var kinds = Enumerable.Range(0, 300).Select(_ => random.Next(2) == 0).ToList();
        var json = new StringBuilder();
        foreach (var isObject in kinds)
        {
            json.Append(isObject ? "{\"k\":" : "[1,");
        }
        json.Append("null");
        foreach (var isObject in Enumerable.Reverse(kinds))
        {
            json.Append(isObject ? ",\"x\":2}" : "]");
        }
        var bytes = Encoding.UTF8.GetBytes(json.ToString());

        AssertSameTrace(bytes, maxDepth, skipSeed: null);
        AssertSameTrace(bytes, maxDepth, skipSeed: 3);
    }

    /// <summary>Reads both to the end or the first exception, skipping at the same tokens when a seed is given.</summary>
    private static void AssertSameTrace(byte[] bytes, int maxDepth, int? skipSeed)
    {
        var expected = Trace(bytes, maxDepth, skipSeed, scan: false);
        var actual = Trace(bytes, maxDepth, skipSeed, scan: true);
        Assert.True(expected == actual, $"{Encoding.UTF8.GetString(bytes)} (max depth {maxDepth})\nreader:  {expected}\nscanner: {actual}");
    }

    private static string Trace(byte[] bytes, int maxDepth, int? skipSeed, bool scan)
    {
        var trace = new StringBuilder();
        var random = skipSeed is { } seed ? new Random(seed) : null;
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = maxDepth });
        var scanner = new JsonScanner(bytes, maxDepth);
        try
        {
            while (true)
            {
                var type = scan ? scanner.TokenType : reader.TokenType;
                var skips = random is not null && type is JsonTokenType.StartObject or JsonTokenType.StartArray or JsonTokenType.PropertyName && random.Next(3) == 0;
                if (skips)
                {
                    trace.Append("skip ");
                    if (scan)
                    {
                        scanner.Skip();
                    }
                    else
                    {
                        reader.Skip();
                    }
                }
                else if (!(scan ? scanner.Read() : reader.Read()))
                {
                    return trace.Append("end").ToString();
                }
                if (scan)
                {
                    trace.Append($"{scanner.TokenType}@{scanner.TokenStartIndex}:{Encoding.UTF8.GetString(scanner.ValueSpan)}{(scanner.ValueIsEscaped ? "\\" : "")} ");
                }
                else
                {
                    var raw = reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray or JsonTokenType.EndObject or JsonTokenType.EndArray ? "" : Encoding.UTF8.GetString(reader.ValueSpan);
                    trace.Append($"{reader.TokenType}@{reader.TokenStartIndex}:{raw}{(reader.ValueIsEscaped ? "\\" : "")} ");
                }
            }
        }
        catch (JsonException)
        {
            return trace.Append("fails").ToString();
        }
    }
}
