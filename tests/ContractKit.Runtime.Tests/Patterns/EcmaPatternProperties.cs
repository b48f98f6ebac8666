using System.Globalization;
using ContractKit.Tests.Shared;
using ContractKit.Runtime.Validation;
using FsCheck;
using FsCheck.Fluent;

namespace ContractKit.Runtime.Tests.Patterns;

/// <summary>Translated shorthands mean exactly ECMA's sets over every UTF-16 code unit; patterns agree with a hand check.</summary>
public class EcmaPatternProperties
{
    private static readonly HashSet<char> EcmaWhiteSpace =
    [
        '\t', '\v', '\f', ' ', '\u00a0', '\ufeff', // WhiteSpace
        '\u1680', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2007', '\u2008', '\u2009',
        '\u200a', '\u202f', '\u205f', '\u3000', // Unicode Zs
        '\n', '\r', '\u2028', '\u2029', // LineTerminator
    ];

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    private static bool IsWord(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '_';

    private static bool IsLineTerminator(char c) => c is '\n' or '\r' or '\u2028' or '\u2029';

    public static TheoryData<string, Func<char, bool>> Sets() => new()
    {
        { @"\d", IsDigit },
        { @"\D", c => !IsDigit(c) },
        { @"\w", IsWord },
        { @"\W", c => !IsWord(c) },
        { @"\s", EcmaWhiteSpace.Contains },
        { @"\S", c => !EcmaWhiteSpace.Contains(c) },
        { ".", c => !IsLineTerminator(c) },
        { @"[\d]", IsDigit },
        { @"[^\d]", c => !IsDigit(c) },
        { @"[\D]", c => !IsDigit(c) },
        { @"[^\D]", IsDigit },
        { @"[_\s]", c => c == '_' || EcmaWhiteSpace.Contains(c) },
        { @"[^_\s]", c => c != '_' && !EcmaWhiteSpace.Contains(c) },
        { @"[x\W]", c => c == 'x' || !IsWord(c) },
        { @"[^x\W]", c => c != 'x' && IsWord(c) },
        { @"[\S\d]", c => !EcmaWhiteSpace.Contains(c) || IsDigit(c) },
        { @"[^\S\d]", c => EcmaWhiteSpace.Contains(c) && !IsDigit(c) },
        { @"[^\W\D]", IsDigit },
        { @"[.$]", c => c is '.' or '$' },
        // Property escapes as ECMA reads them; .NET knows only the short category names.
        { @"\p{ASCII}", c => c < 0x80 },
        { @"\P{ASCII}", c => c >= 0x80 },
        { @"[^\p{ASCII}]", c => c >= 0x80 },
        { @"[\p{AHex}]", Uri.IsHexDigit },
        { @"[_\P{ASCII_Hex_Digit}]", c => !Uri.IsHexDigit(c) },
        { @"\p{Any}", _ => true },
        { @"\p{Letter}", char.IsLetter },
        { @"\P{L}", c => !char.IsLetter(c) },
        { @"\p{LC}", c => char.IsUpper(c) || char.IsLower(c) || char.GetUnicodeCategory(c) == UnicodeCategory.TitlecaseLetter },
        { @"\p{gc=Decimal_Number}", c => char.GetUnicodeCategory(c) == UnicodeCategory.DecimalDigitNumber },
        { @"[\p{General_Category=Space_Separator}x]", c => c == 'x' || char.GetUnicodeCategory(c) == UnicodeCategory.SpaceSeparator },
        { @"\p{punct}", char.IsPunctuation },
    };

    [Theory]
    [MemberData(nameof(Sets))]
    public void Set_matches_exactly_ECMA_characters(string set, Func<char, bool> ecma)
    {
        Assert.True(EcmaPattern.TryCreate($"^{set}$", out var regex, out var error), error);
        var wrong = Enumerable.Range(0, 0x10000).Select(code => (char)code)
            .Where(c => regex.IsMatch(c.ToString()) != ecma(c))
            .Select(c => $"U+{(int)c:X4}")
            .Take(10)
            .ToList();
        Assert.Empty(wrong);
    }

    [Fact]
    public void E164_pattern_matches_exactly_the_E164_numbers_and_never_with_a_final_newline()
    {
        Assert.True(EcmaPattern.TryCreate(@"^\+[1-9][0-9]{1,14}$", out var regex, out var error), error);
        var property = Prop.ForAll(PhoneLikeStrings.ToArbitrary(), phone =>
        {
            var e164 = phone.Length is >= 3 and <= 16 && phone[0] == '+' && phone[1] is >= '1' and <= '9' && phone.Skip(2).All(IsDigit);
            return (regex.IsMatch(phone) == e164 && !regex.IsMatch(phone + "\n")).Label(phone).Classify(e164, "E.164");
        });
        Check.One(PropertyConfig.Quick(500), property);
    }

    [Fact]
    public void TryCreate_never_throws()
    {
        // Random strings of the characters that make regex syntax: whatever the pattern, a result or an error.
        var patterns = Gen.ArrayOf(Gen.Elements(
                @"\", "[", "]", "^", "$", ".", "(", ")", "?", ":", "<", ">", "=", "!", "{", "}", "*", "+", "|", "-", ",",
                "a", "d", "D", "w", "s", "S", "b", "c", "x", "u", "k", "p", "0", "1", "9", "{L}", "{2}", "/", "\n"))
            .Select(string.Concat);
        var property = Prop.ForAll(patterns.ToArbitrary(), pattern =>
        {
            var created = EcmaPattern.TryCreate(pattern, out var regex, out var error);
            return (created ? regex is not null && error is null : regex is null && error is not null).Label(pattern);
        });
        Check.One(PropertyConfig.Quick(2000), property);
    }

    /// <summary>E.164 numbers and the near misses people send: no plus, leading zero, too long, spaces, dashes.</summary>
    private static readonly Gen<string> PhoneLikeStrings =
        Gen.Frequency(
            (2, from first in Gen.Choose(1, 9)
                from length in Gen.Choose(0, 16)
                from rest in Gen.ArrayOf(Gen.Choose(0, 9), length)
                select $"+{first}{string.Concat(rest)}"),
            (3, Gen.ArrayOf(Gen.Elements('+', '0', '1', '4', '9', ' ', '-', '(', ')', '\u0661', 'x'))
                .Select(chars => new string(chars))));
}
