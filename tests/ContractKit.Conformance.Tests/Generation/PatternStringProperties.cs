using System.Text.Json.Nodes;
using ContractKit.Conformance.Generation;
using ContractKit.Conformance.Generation.Patterns;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.OpenApi;
using ContractKit.Tests.Shared;

namespace ContractKit.Conformance.Tests.Generation;

/// <summary>
/// Strings generated for realistic patterns (from our spec and the corpus: E.164, slugs, Twilio SIDs, colours,
/// times, DigitalOcean names) match them, and keep within min/maxLength counted in code points. Each pattern is
/// paired with a hand-written check that uses no regular expression, so the test does not trust the reading it
/// is testing.
/// </summary>
public class PatternStringProperties
{
    public sealed record Row(string Pattern, int? MinLength, int? MaxLength, Func<string, bool> Means)
    {
        public override string ToString() => $"{Pattern} [{MinLength}, {MaxLength}]";
    }

    private static bool Ascii(string s, string extra, bool letters = true, bool upper = true, bool digits = true)
        => s.All(c => (letters && c is >= 'a' and <= 'z') || (upper && c is >= 'A' and <= 'Z') || (digits && c is >= '0' and <= '9') || extra.Contains(c));

    private static bool Hex(string s) => s.All(char.IsAsciiHexDigit);

    private static bool Byte(string s) => s.Length is >= 1 and <= 3 && s.All(char.IsAsciiDigit) && int.Parse(s) <= 255;

    public static readonly Row[] Rows =
    [
        new(@"^\+[1-9][0-9]{1,14}$", null, null, s => s.Length is >= 3 and <= 16 && s[0] == '+' && s[1] is >= '1' and <= '9' && s[2..].All(char.IsAsciiDigit)),
        new(@"^[a-z0-9-]{3,63}$", null, null, s => s.Length is >= 3 and <= 63 && Ascii(s, "-", upper: false)),
        new(@"^[a-z0-9-]{3,63}$", null, 10, s => s.Length is >= 3 and <= 10 && Ascii(s, "-", upper: false)),
        new(@"^(\d{3})-(\d{4})$", null, null, s => s.Length == 8 && s[3] == '-' && s.Remove(3, 1).All(char.IsAsciiDigit)),
        new(@"^[A-Z]{2}$", null, null, s => s.Length == 2 && s.All(char.IsAsciiLetterUpper)),
        new(@"^(?:https?)://", null, null, s => s.StartsWith("http://", StringComparison.Ordinal) || s.StartsWith("https://", StringComparison.Ordinal)),
        new(@"^(?:https?)://", 12, null, s => s.Length >= 12 && (s.StartsWith("http://", StringComparison.Ordinal) || s.StartsWith("https://", StringComparison.Ordinal))),
        new(@"^IS[0-9a-fA-F]{32}$", 34, 34, s => s.Length == 34 && s.StartsWith("IS", StringComparison.Ordinal) && Hex(s[2..])),
        new(@"^([01]\d|2[0-3]):?([0-5]\d)$", null, null, s =>
        {
            var digits = s.Replace(":", "");
            return (s.Length == 4 || (s.Length == 5 && s[2] == ':')) && digits.Length == 4 && digits.All(char.IsAsciiDigit)
                && int.Parse(digits[..2]) <= 23 && int.Parse(digits[2..]) <= 59;
        }),
        new(@"^#(([0-9a-fA-F]{2}){3}|([0-9a-fA-F]){3})$", null, null, s => s.Length is 4 or 7 && s[0] == '#' && Hex(s[1..])),
        new(@"^(0|[1-9][0-9]*)$", null, null, s => s.Length >= 1 && s.All(char.IsAsciiDigit) && (s == "0" || s[0] != '0')),
        new(@"^[a-z][a-z0-9-]{0,30}[a-z0-9]$", null, null, s => s.Length is >= 2 and <= 32 && char.IsAsciiLetterLower(s[0]) && s[^1] != '-' && Ascii(s, "-", upper: false)),
        new(@"^(?<year>\d{4})-(?<month>0[1-9]|1[0-2])$", null, null, s => s.Length == 7 && s[4] == '-' && s.Remove(4, 1).All(char.IsAsciiDigit) && int.Parse(s[5..]) is >= 1 and <= 12),
        new(@".+\.[Jj][Ss][Oo][Nn][Ll]$", null, null, s => s.Length >= 7 && s[^6..].Equals(".jsonl", StringComparison.OrdinalIgnoreCase) && !s.Contains('\n') && !s.Contains('\r')),
        new(@"^[^\s@]+@[^\s@]+$", null, null, s => s.Count(c => c == '@') == 1 && s.IndexOf('@') is > 0 and var at && at < s.Length - 1 && !s.Any(c => char.IsWhiteSpace(c) || c == '\ufeff')),
        new(@"^\S+$", null, 8, s => s.EnumerateRunes().Count() is >= 1 and <= 8 && !s.Any(c => char.IsWhiteSpace(c) || c == '\ufeff')),
        new(@"^[\w.-]+$", 5, null, s => s.Length >= 5 && Ascii(s, "_.-")),
        new(@"^\d+(\.\d{1,2})?$", null, null, s => s.Split('.') is var parts && parts.Length <= 2 && parts[0].Length > 0 && parts[0].All(char.IsAsciiDigit)
            && (parts.Length == 1 || (parts[1].Length is 1 or 2 && parts[1].All(char.IsAsciiDigit)))),
        new(@"^[A-Z_]*(,[A-Z_]+)*$", null, null, s => s.Split(',') is var parts && parts.Skip(1).All(p => p.Length > 0) && parts.All(p => Ascii(p, "_", letters: false, digits: false))),
        new(@"^$|^((25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?)\.){3}(25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?)$", null, null, s => s.Length == 0 || (s.Split('.') is { Length: 4 } parts && parts.All(Byte))),
        new(@"^[a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?(\.[a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?)+$", null, 253, s => s.Length <= 253 && s.Split('.') is { Length: >= 2 } labels
            && labels.All(l => l.Length > 0 && l[0] != '-' && l[^1] != '-' && Ascii(l, "-"))),
        new(@"^[KEg\$lshzxeA]*$", null, 6, s => s.Length <= 6 && s.All(c => "KEg$lshzxeA".Contains(c))),
    ];

    [Fact]
    public void Every_pattern_in_the_table_can_be_generated_from()
    {
        var instances = new SchemaInstances(InstanceOptions.Valid);
        Assert.All(Rows, row => Assert.Null(instances.WhyNot(Schema(row))));
    }

    [Fact]
    public void Generated_strings_match_their_pattern_and_keep_their_length_in_code_points()
    {
        var instances = new SchemaInstances(InstanceOptions.Valid);
        var cases = Gen.Elements(Rows).SelectMany(row => instances.For(Schema(row)).Select(node => (Row: row, Value: node!.GetValue<string>())));

        var property = Prop.ForAll(Arb.From(cases), c =>
        {
            var length = c.Value.EnumerateRunes().Count();
            return (c.Row.Means(c.Value)
                    && EcmaRegex.IsMatch(c.Row.Pattern, c.Value) == true
                    && length >= (c.Row.MinLength ?? 0)
                    && length <= (c.Row.MaxLength ?? int.MaxValue))
                .Label($"{c.Row}: {System.Text.Json.JsonSerializer.Serialize(c.Value)}");
        });

        Check.One(PropertyConfig.Quick(2000), property);
    }

    [Fact]
    public void Strings_without_a_pattern_keep_their_length_in_code_points_not_UTF16_units()
    {
        // JSON Schema 2020-12 §6.3.1: the length of a string is its number of characters as RFC 8259 defines them,
        // code points; "😀" is one code point in two UTF-16 units.
        var instances = new SchemaInstances(InstanceOptions.Valid);
        var schema = new OpenApiSchema { Type = JsonSchemaType.String, MinLength = 2, MaxLength = 3 };

        var property = Prop.ForAll(Arb.From(instances.For(schema)), node =>
            node!.GetValue<string>().EnumerateRunes().Count() is >= 2 and <= 3);

        Check.One(PropertyConfig.Quick(300), property);
        Assert.Contains(Gen.Sample(instances.For(schema), 300), n => n!.GetValue<string>().Length > n.GetValue<string>().EnumerateRunes().Count());
    }

    private static OpenApiSchema Schema(Row row) => new()
    {
        Type = JsonSchemaType.String,
        Pattern = row.Pattern,
        MinLength = row.MinLength,
        MaxLength = row.MaxLength,
    };
}
