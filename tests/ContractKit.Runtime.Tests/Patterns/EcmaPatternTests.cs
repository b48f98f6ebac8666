using System.Text.RegularExpressions;
using ContractKit.Runtime.Validation;

namespace ContractKit.Runtime.Tests.Patterns;

/// <summary>JSON Schema patterns keep their ECMA-262 meaning once translated for .NET's NonBacktracking engine.</summary>
public class EcmaPatternTests
{
    [Theory]
    [InlineData(@"^\+[1-9][0-9]{1,14}$", @"^\+[1-9][0-9]{1,14}\z")]
    [InlineData(@"[\d.]+", "[0-9.]+")]
    [InlineData(@"^\d+$", @"^[0-9]+\z")]
    [InlineData(@"\w", "[a-zA-Z0-9_]")]
    [InlineData(@"[$]", "[$]")]
    [InlineData(@"\$", @"\$")]
    [InlineData(@"\\$", @"\\\z")]
    [InlineData(@"a\/b", "a/b")]
    [InlineData(@"\cJ", @"\u000A")]
    [InlineData(@"(?<year>\d{4})", @"(?<year>[0-9]{4})")]
    [InlineData(@"\p{L}", @"[\p{L}]")]
    [InlineData(@"\p{Letter}+", @"[\p{L}]+")] // .NET reads only the short names
    [InlineData(@"\P{General_Category=Decimal_Number}", @"[\P{Nd}]")]
    [InlineData(@"[\p{ASCII}é]", @"[\x00-\x7F\u00E9]")] // class members are written as escapes
    public void Translation_is_as_expected(string ecma, string dotNet) => Assert.Equal(dotNet, EcmaPattern.ToDotNet(ecma));

    [Theory]
    [InlineData(@"^\d+$", "123", true)]
    [InlineData(@"^\d+$", "\u0661\u0662\u0663", false)] // Arabic-Indic digits: ECMA's \d is ASCII
    [InlineData(@"^\w+$", "abc_123", true)]
    [InlineData(@"^\w+$", "\u00e9t\u00e9", false)] // ECMA's \w is ASCII
    [InlineData(@"^\W$", "\u00e9", true)]
    [InlineData(@"^\D$", "\u0661", true)]
    [InlineData(@"^\s$", "\u00a0", true)] // NBSP is ECMA white space
    [InlineData(@"^\s$", "\ufeff", true)] // so is the byte order mark, unlike .NET's \s
    [InlineData(@"^\s$", "\u0085", false)] // NEL is .NET white space, not ECMA's
    [InlineData(@"^\S$", "\u0085", true)]
    [InlineData(@"[\d.]+", "1.2", true)]
    [InlineData(@"^[\d.]+$", "1,2", false)]
    [InlineData(@"^[^\d]+$", "abc", true)]
    [InlineData(@"^[^\d]+$", "a1c", false)]
    [InlineData(@"^[\D]$", "a", true)] // a negated shorthand inside a class
    [InlineData(@"^[\D]$", "5", false)]
    [InlineData(@"^[5\D]$", "5", true)]
    [InlineData(@"^[5\D]$", "6", false)]
    [InlineData(@"^[^5\D]$", "6", true)] // a digit that is not 5
    [InlineData(@"^[^5\D]$", "5", false)]
    [InlineData(@"^[^5\D]$", "a", false)]
    [InlineData(@"^[^\D\W]$", "7", true)] // digit and word character: a digit
    [InlineData(@"^[^\D\W]$", "a", false)]
    [InlineData(@"^[^\S\D]$", " ", false)] // white space and digit: nothing
    [InlineData(@"a$", "a", true)]
    [InlineData(@"a$", "a\n", false)] // ECMA's $ is the very end, not before a final newline
    [InlineData(@"^\+[1-9][0-9]{1,14}$", "+41791234567\n", false)]
    [InlineData(@"[$]", "$", true)]
    [InlineData(@"^[$]$", "a", false)]
    [InlineData(@"\$", "$", true)]
    [InlineData(@"^a.c$", "abc", true)]
    [InlineData(@"^a.c$", "a\nc", false)]
    [InlineData(@"^a.c$", "a\rc", false)] // ECMA's . excludes all four line terminators
    [InlineData(@"^a.c$", "a\u2028c", false)]
    [InlineData(@"^a.c$", "a\u0085c", true)]
    [InlineData(@"[]", "a", false)] // ECMA's empty class matches nothing
    [InlineData(@"^[^]$", "\n", true)] // and [^] anything
    [InlineData(@"^[]a]$", "a", false)] // [] then "a]"
    [InlineData(@"^[]a]$", "]", false)]
    [InlineData(@"^\cJ$", "\n", true)]
    [InlineData(@"^[\cI]$", "\t", true)]
    [InlineData(@"^a\/b$", "a/b", true)]
    [InlineData(@"^[\b]$", "\b", true)] // in a class, \b is backspace
    [InlineData(@"\bfoo\b", "a foo b", true)]
    [InlineData(@"^[\w-.]+$", "a-b.c", true)] // Annex B: "-" after a class escape is literal
    [InlineData(@"^[a-zA-Z0-9\-\_\.]{1,50}$", "a_b-c.d", true)] // Annex B: "\_" is "_" (AWS's specs write it)
    [InlineData(@"^[a-zA-Z0-9\-\_\.]{1,50}$", "a\\b", false)]
    [InlineData(@"^a\_b$", "a_b", true)]
    [InlineData(@"^a\_b$", "a\\_b", false)]
    [InlineData(@"^[a-z-[0]+$", "a-[0", true)] // "[" in a class is a literal, not .NET's subtraction
    [InlineData(@"^[\^a]$", "^", true)]
    [InlineData(@"^\x41\u0042$", "AB", true)]
    [InlineData(@"^(?<year>\d{4})-(?:\d\d)$", "2024-01", true)]
    [InlineData(@"^\p{L}+$", "\u00e9t\u00e9", true)] // .NET reads the short property names
    [InlineData(@"^[\p{Lu}\d]+$", "A1", true)]
    [InlineData(@"^a{2,3}$", "aaa", true)]
    [InlineData(@"^a{2,3}$", "aaaa", false)]
    [InlineData(@"^(a|b)*?c$", "abac", true)]
    [InlineData(@"x{", "x{", true)] // Annex B: a "{" that is not a quantifier is literal, as in .NET
    public void Translated_pattern_matches_as_ECMA_262_does(string pattern, string input, bool matches)
    {
        Assert.True(EcmaPattern.TryCreate(pattern, out var regex, out var error), error);
        Assert.Equal(matches, regex.IsMatch(input));
    }

    [Theory]
    [InlineData("(?i)a")] // .NET-only inline options
    [InlineData("(?#comment)a")]
    [InlineData("(?>a)")] // .NET-only atomic group
    [InlineData(@"\a")] // not an ECMA escape; .NET would read a bell
    [InlineData(@"\z")]
    [InlineData(@"\A")]
    [InlineData(@"\e")]
    [InlineData(@"[\a]")]
    [InlineData(@"\c1")] // \c takes a letter
    [InlineData(@"\x4")]
    [InlineData(@"\u004")]
    [InlineData(@"\u{1F600}")] // u-flag only
    [InlineData(@"[\u{1F600}]")]
    [InlineData(@"\01")] // legacy octal
    [InlineData(@"\p{Script=Latin}")] // scripts: .NET has none
    [InlineData(@"\p{IsGreek}")] // a .NET block name, not ECMA
    [InlineData(@"\p{Print}")] // Java's POSIX class, not ECMA
    [InlineData(@"\P{Any}")] // nothing at all
    [InlineData(@"[\P{LC}]")]
    [InlineData(@"\p{}")]
    [InlineData(@"\p{gc=Latin}")]
    [InlineData(@"\p{letter}")] // names are case-sensitive
    [InlineData(@"[\p]")]
    [InlineData("[z-a]")] // range out of order
    [InlineData("[a")] // unterminated class
    [InlineData("(a")]
    [InlineData("a)")]
    [InlineData("a**")]
    [InlineData("^*a")] // a quantified assertion: ECMA has nothing to repeat, .NET would accept it
    [InlineData("a$?")]
    [InlineData(@"\b{2}")]
    [InlineData(@"a\")]
    [InlineData("(?")]
    [InlineData(null)]
    public void Invalid_or_unsupported_pattern_is_an_error_not_an_exception(string? pattern)
    {
        Assert.False(EcmaPattern.TryCreate(pattern!, out var regex, out var error));
        Assert.Null(regex);
        Assert.False(string.IsNullOrEmpty(error));
    }

    public static TheoryData<string, Func<char, bool>> JavaClasses() => new()
    {
        { "Lower", c => c is >= 'a' and <= 'z' },
        { "Upper", c => c is >= 'A' and <= 'Z' },
        { "Alpha", c => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' },
        { "Digit", c => c is >= '0' and <= '9' },
        { "Alnum", c => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' },
        { "Punct", c => c is > ' ' and < '\x7F' && !char.IsAsciiLetterOrDigit(c) },
        { "Graph", c => c is > ' ' and < '\x7F' },
        { "Print", c => c is >= ' ' and < '\x7F' },
        { "Blank", c => c is ' ' or '\t' },
        { "Cntrl", c => c < ' ' || c == '\x7F' },
        { "XDigit", char.IsAsciiHexDigit },
        { "Space", c => c is ' ' or '\t' or '\n' or '\x0B' or '\f' or '\r' },
    };

    /// <summary>
    /// AWS's specs carry Java's POSIX classes (<c>\p{Print}</c>), which ECMA-262 does not have: an error, whose
    /// message gives the ECMA class to write, and that class means exactly Java's, negated too.
    /// </summary>
    [Theory]
    [MemberData(nameof(JavaClasses))]
    public void A_Java_class_is_an_error_that_names_the_ECMA_class_to_write(string name, Func<char, bool> java)
    {
        foreach (var negated in new[] { false, true })
        {
            var escape = (negated ? @"\P{" : @"\p{") + name + "}";
            Assert.False(EcmaPattern.TryCreate(escape, out _, out var error));
            var written = Regex.Match(error, "write (.+) instead").Groups[1].Value;
            Assert.True(EcmaPattern.TryCreate($"^{written}$", out var regex, out var invalid), $"{escape}: {written}: {invalid}");
            var wrong = Enumerable.Range(0, 0x10000).Select(code => (char)code)
                .Where(c => regex.IsMatch(c.ToString()) != (java(c) != negated))
                .Select(c => $"U+{(int)c:X4}")
                .Take(5)
                .ToList();
            Assert.True(wrong.Count == 0, $"{escape} → {written}: {string.Join(", ", wrong)}");
        }
    }

    [Fact]
    public void Regex_runs_NonBacktracking_culture_invariant_without_timeout()
    {
        Assert.True(EcmaPattern.TryCreate("^a+$", out var regex, out _));

        Assert.Equal(RegexOptions.NonBacktracking | RegexOptions.CultureInvariant, regex.Options);
        Assert.Equal(Regex.InfiniteMatchTimeout, regex.MatchTimeout);
    }

    /// <summary>
    /// NonBacktracking refuses lookarounds and backreferences (84 and 10 patterns of the APIs.guru sweep, AWS's
    /// <c>^(?!aws:)…</c> among them) and automata too large (<c>^.{0,262144}$</c>); those run on the backtracking engine,
    /// under the time limit, with the same ECMA-262 meaning.
    /// </summary>
    [Theory]
    [InlineData("^(?=.*[0-9]).+$", "abc1", true)] // lookahead
    [InlineData("^(?=.*[0-9]).+$", "abc", false)]
    [InlineData("^(?!aws:)[a-z:]+$", "key:x", true)] // negative lookahead
    [InlineData("^(?!aws:)[a-z:]+$", "aws:x", false)]
    [InlineData("(?<=a)b", "ab", true)] // lookbehind
    [InlineData("(?<=a)b", "cb", false)]
    [InlineData("^(?<!a)b", "b", true)]
    [InlineData(@"^(a|b)\1$", "aa", true)] // backreference
    [InlineData(@"^(a|b)\1$", "ab", false)]
    [InlineData(@"^(?<x>\d)\k<x>$", "77", true)] // named backreference; \d is still ASCII
    [InlineData(@"^(?<x>\d)\k<x>$", "\u0661\u0661", false)]
    [InlineData("^(?=.*x).$", "\n", false)] // "." still excludes the line terminators
    [InlineData("^(?!b)a$", "a\n", false)] // "$" is still the very end
    [InlineData("^.{0,262144}$", "abc", true)] // too many states for NonBacktracking
    [InlineData("^.{0,262144}$", "a\nb", false)]
    public void Pattern_NonBacktracking_refuses_runs_backtracking_with_the_ECMA_meaning(string pattern, string input, bool matches)
    {
        Assert.True(EcmaPattern.TryCreate(pattern, out var regex, out var error), error);

        Assert.True(EcmaPattern.NeedsBacktracking(regex));
        Assert.Equal(RegexOptions.CultureInvariant, regex.Options);
        Assert.Equal(EcmaPattern.BacktrackingTimeout, regex.MatchTimeout);
        Assert.Equal(matches, regex.IsMatch(input));
    }

    [Fact]
    public void A_pattern_NonBacktracking_runs_does_not_need_backtracking()
    {
        Assert.True(EcmaPattern.TryCreate(@"^\+[1-9][0-9]{1,14}$", out var regex, out _));

        Assert.False(EcmaPattern.NeedsBacktracking(regex));
    }
}
