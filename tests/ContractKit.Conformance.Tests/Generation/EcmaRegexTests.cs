using ContractKit.Conformance.Generation.Patterns;

namespace ContractKit.Conformance.Tests.Generation;

/// <summary>
/// The test side's reading of <c>pattern</c> follows ECMA-262 (JSON Schema 2020-12 §6.3.3 and OpenAPI say patterns
/// are ECMA-262 regular expressions) where .NET's engine reads the same text differently.
/// </summary>
public class EcmaRegexTests
{
    [Theory]
    // ECMA-262 22.2.2.6: without the m flag, $ asserts the end of input; .NET's $ also matches before a final \n.
    [InlineData(@"^\+[1-9][0-9]{1,14}$", "+41791234567\n", false)]
    [InlineData(@"^\+[1-9][0-9]{1,14}$", "+41791234567", true)]
    // \d is [0-9] (22.2.2.9 CharacterClassEscape); .NET's \d is any Unicode decimal digit (Arabic-Indic ٣ too).
    [InlineData(@"^\d+$", "٣", false)]
    // \w is [A-Za-z0-9_]; .NET's \w takes letters of every script.
    [InlineData(@"^\w+$", "é", false)]
    // \s is WhiteSpace and LineTerminator: NO-BREAK SPACE and BOM included.
    [InlineData(@"^\s$", "\u00a0", true)]
    [InlineData(@"^\s$", "\ufeff", true)]
    // . excludes every LineTerminator (\n, \r, U+2028, U+2029); .NET's excludes \n only.
    [InlineData(@"^.$", "\r", false)]
    [InlineData(@"^.$", "\u2028", false)]
    [InlineData(@"^.$", "x", true)]
    // \b is an ASCII word boundary.
    [InlineData(@"a\b", "aé", true)]
    // [ inside a class is an ordinary character, the class ends at the first ]; .NET reads "-[" as class subtraction.
    [InlineData(@"^[a-z-[aeiou]]$", "a]", true)]
    [InlineData(@"^[a-z-[aeiou]]$", "b", false)]
    // A pattern matches anywhere in the string unless anchored.
    [InlineData(@"[0-9]", "abc1def", true)]
    [InlineData(@"^(?:https?)://", "https://example.com", true)]
    [InlineData(@"^(?<year>\d{4})-(?<month>0[1-9]|1[0-2])$", "2026-13", false)]
    public void Reads_patterns_as_ECMA_262_does(string pattern, string value, bool matches)
    {
        Assert.Equal(matches, EcmaRegex.IsMatch(pattern, value));
    }

    [Theory]
    [InlineData(@"\p{L}")] // a Unicode property escape needs the u flag; .NET reads it without
    [InlineData(@"(a)\1")] // backreferences are refused rather than risk octal/backreference readings
    [InlineData(@"\a")] // ECMA-262 identity escape 'a'; .NET bell
    [InlineData(@"[\D]")] // negated set inside a class
    public void Refuses_what_the_dialects_read_differently(string pattern)
    {
        Assert.Null(EcmaRegex.TryCompile(pattern));
    }
}
