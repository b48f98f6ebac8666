// This file is also compiled into the generator (netstandard2.0, no implicit usings): only string, StringBuilder and
// char APIs that exist there, and nothing else from the runtime library.
using System;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.RegularExpressions;

namespace ContractKit.Runtime.Validation;

/// <summary>
/// Turns a JSON Schema <c>pattern</c> (an ECMA-262 regular expression, no flags, searched unanchored) into a .NET
/// pattern with the same meaning under <c>RegexOptions.NonBacktracking | RegexOptions.CultureInvariant</c>.
/// </summary>
/// <remarks>
/// What changes, and why:
/// <list type="bullet">
/// <item><c>$</c> becomes <c>\z</c>: without the m flag ECMA's <c>$</c> matches only at the very end, .NET's also before a final "\n".</item>
/// <item><c>\d \w \s</c> and their negations become explicit classes: ECMA's <c>\d</c> and <c>\w</c> are ASCII, .NET's
/// Unicode; ECMA's <c>\s</c> is its WhiteSpace and LineTerminator set, which .NET's differs from (U+0085, U+FEFF).</item>
/// <item><c>.</c> excludes ECMA's four line terminators (\n, \r, U+2028, U+2029); .NET's excludes only \n.</item>
/// <item>Character classes are re-emitted in .NET syntax: <c>[</c> escaped (in .NET <c>-[</c> is class subtraction),
/// ECMA's empty class <c>[]</c> and any-character class <c>[^]</c> spelled out, a negated shorthand inside a class
/// (<c>[a\D]</c>, <c>[^\D]</c>) rewritten as an alternation or a .NET subtraction.</item>
/// <item><c>\cX</c> becomes <c>\uHHHH</c>, <c>\/</c> becomes <c>/</c>.</item>
/// </list>
/// Escapes follow the u-flag grammar most validators use, but for <c>\_</c> (read as <c>_</c>, as Annex B does): an escaped letter or digit ECMA does not define (<c>\a</c>,
/// <c>\z</c>, <c>\A</c>, which .NET would read as bell or anchors) is an error; an escaped punctuation character is that
/// character, in both dialects. Only ECMA group syntax is accepted: <c>(?:</c>, lookarounds and <c>(?&lt;name&gt;</c>
/// (lookarounds and backreferences need the backtracking engine, see <see cref="TryCreate"/>); .NET-only groups such
/// as <c>(?i)</c>, <c>(?#…)</c> or <c>(?&gt;…)</c> are errors, and so is a quantifier after <c>^ $ \b \B</c>. A
/// backreference to a group that has not matched fails in .NET, where ECMA matches it as empty. Annex B's leniencies,
/// whose meaning is plain and the same in .NET, are kept: a lone <c>]</c> or <c>{</c> is literal, and so is <c>-</c>
/// next to a class escape in a class (<c>[\w-.]</c>).
/// Left as they are: <c>\b</c>/<c>\B</c> (.NET's word boundary is Unicode-aware, ECMA's ASCII: they differ next to a
/// non-ASCII letter), <c>\u{…}</c> (u-flag only; .NET refuses it). <c>\p{…}</c> is translated by
/// <see cref="EcmaProperty"/>: long names such as <c>\p{Letter}</c> and <c>\p{ASCII}</c> read as ECMA reads them.
/// Matching is on UTF-16 code units, as ECMA
/// without the u flag: <c>.</c> matches half of an emoji.
/// </remarks>
#if CONTRACTKIT_GENERATOR
internal static class EcmaPattern // linked into the generator, which checks at compile time what runs here
#else
public static class EcmaPattern
#endif
{
    private const RegexOptions NonBacktracking = (RegexOptions)1024; // RegexOptions.NonBacktracking, absent from netstandard2.0

    private const string DigitSet = "0-9";
    private const string WordSet = "a-zA-Z0-9_";
    // ECMA-262 WhiteSpace (TAB, VT, FF, SP, NBSP, ZWNBSP, Unicode Zs) and LineTerminator (LF, CR, LS, PS).
    private const string SpaceSet = @"\t\n\v\f\r\x20\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF";
    private const string NotLineTerminator = @"[^\n\r\u2028\u2029]";
    private const string AnyChar = @"[\x00-\uFFFF]";
    private const string NoChar = @"[^\x00-\uFFFF]";

    // Negated shorthands met inside a class, as bits.
    private const int NotDigit = 1;
    private const int NotWord = 2;
    private const int NotSpace = 4;
    private const int NotDigitNotWord = NotDigit | NotWord;

    /// <summary>Translates <paramref name="ecmaPattern"/> into a .NET pattern with the same meaning (see the remarks).</summary>
    /// <exception cref="ArgumentException">The pattern is not valid ECMA-262, or uses syntax this translation does not accept.</exception>
    public static string ToDotNet(string ecmaPattern)
    {
        if (ecmaPattern is null)
        {
            throw new ArgumentNullException(nameof(ecmaPattern));
        }
        var result = new StringBuilder(ecmaPattern.Length + 16);
        var i = 0;
        while (i < ecmaPattern.Length)
        {
            var c = ecmaPattern[i];
            switch (c)
            {
                case '\\':
                    i = TranslateEscape(ecmaPattern, i, result);
                    break;
                case '[':
                    i = TranslateClass(ecmaPattern, i, result);
                    break;
                case '(':
                    i = TranslateGroupOpening(ecmaPattern, i, result);
                    break;
                case '$':
                    result.Append(@"\z");
                    RejectQuantifiedAssertion(ecmaPattern, ++i);
                    break;
                case '^':
                    result.Append('^');
                    RejectQuantifiedAssertion(ecmaPattern, ++i);
                    break;
                case '.':
                    result.Append(NotLineTerminator);
                    i++;
                    break;
                default:
                    result.Append(c);
                    i++;
                    break;
            }
        }
        return result.ToString();
    }

    /// <summary>
    /// How long a pattern that runs on the backtracking engine may take on one value. A value that takes longer is
    /// refused as not matching: lookarounds and backreferences can take exponential time on a crafted value, and a
    /// validator must not hang on its input. Real values of real patterns match in microseconds.
    /// </summary>
    public static readonly TimeSpan BacktrackingTimeout = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// Translates <paramref name="ecmaPattern"/> and builds the culture-invariant <see cref="Regex"/> a validator runs;
    /// never throws. It is NonBacktracking (linear time, no timeout) when that engine can run the pattern; a pattern
    /// with lookarounds or backreferences, or too large an automaton, runs on the backtracking engine under
    /// <see cref="BacktrackingTimeout"/> (see <see cref="NeedsBacktracking"/>). On failure <paramref name="error"/> says
    /// why: not valid ECMA-262, or not translatable. On .NET Framework, which has no NonBacktracking, it always fails.
    /// </summary>
    public static bool TryCreate(string ecmaPattern, [NotNullWhen(true)] out Regex? regex, [NotNullWhen(false)] out string? error)
    {
        regex = null;
        try
        {
            var dotNet = ToDotNet(ecmaPattern);
            try
            {
                regex = new Regex(dotNet, NonBacktracking | RegexOptions.CultureInvariant, Regex.InfiniteMatchTimeout);
            }
            catch (NotSupportedException)
            {
                // A construct NonBacktracking cannot run, or a pattern too large for it: the backtracking engine can.
                regex = new Regex(dotNet, RegexOptions.CultureInvariant, BacktrackingTimeout);
            }
            error = null;
            return true;
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException)
        {
            // A syntax error, ours or .NET's.
            regex = null;
            error = exception.Message;
            return false;
        }
    }

    /// <summary>The regex runs on the backtracking engine, under <see cref="BacktrackingTimeout"/>.</summary>
    public static bool NeedsBacktracking(Regex regex) => (regex.Options & NonBacktracking) == 0;

    /// <summary>An escape outside a class; returns the index after it.</summary>
    private static int TranslateEscape(string pattern, int i, StringBuilder result)
    {
        if (i + 1 == pattern.Length)
        {
            throw new ArgumentException("The pattern ends with a lone \\.");
        }
        var e = pattern[i + 1];
        switch (e)
        {
            case 'd':
                result.Append('[').Append(DigitSet).Append(']');
                break;
            case 'D':
                result.Append("[^").Append(DigitSet).Append(']');
                break;
            case 'w':
                result.Append('[').Append(WordSet).Append(']');
                break;
            case 'W':
                result.Append("[^").Append(WordSet).Append(']');
                break;
            case 's':
                result.Append('[').Append(SpaceSet).Append(']');
                break;
            case 'S':
                result.Append("[^").Append(SpaceSet).Append(']');
                break;
            case '/':
                result.Append('/');
                break;
            case 'c':
                AppendHexEscape(result, ControlLetter(pattern, i + 2));
                return i + 3;
            case 'x':
                AppendHexEscape(result, HexValue(pattern, i + 2, 2));
                return i + 4;
            case 'u':
                if (i + 2 < pattern.Length && pattern[i + 2] == '{')
                {
                    // \u{…} needs the u flag: left for .NET, which refuses it.
                    result.Append(@"\u");
                    break;
                }
                AppendHexEscape(result, HexValue(pattern, i + 2, 4));
                return i + 6;
            case '0':
                RejectLegacyOctal(pattern, i + 2);
                result.Append(@"\0");
                break;
            case 'b' or 'B':
                // Word boundaries: .NET's count non-ASCII letters and digits as word characters, ECMA's do not.
                result.Append('\\').Append(e);
                RejectQuantifiedAssertion(pattern, i + 2);
                break;
            case 'p' or 'P':
                result.Append('[').Append(EcmaProperty.ClassMembers(pattern, i, out var end)).Append(']');
                return end;
            // Same meaning in both dialects: control escapes, backreferences (which NonBacktracking refuses) and named
            // backreferences.
            case 't' or 'n' or 'v' or 'f' or 'r' or 'k' or (>= '1' and <= '9'):
                result.Append('\\').Append(e);
                break;
            case '_':
                result.Append('_'); // Annex B's identity escape; .NET refuses "\_" as an unknown escape
                break;
            default:
                RejectUnknownEscape(e);
                result.Append('\\').Append(e);
                break;
        }
        return i + 2;
    }

    /// <summary><c>(</c>, checked to open an ECMA group; returns the index after the group's opening.</summary>
    private static int TranslateGroupOpening(string pattern, int i, StringBuilder result)
    {
        if (i + 1 == pattern.Length || pattern[i + 1] != '?')
        {
            result.Append('(');
            return i + 1;
        }
        var kind = i + 2 < pattern.Length ? pattern[i + 2] : '\0';
        if (kind is ':' or '=' or '!')
        {
            result.Append("(?").Append(kind);
            return i + 3;
        }
        if (kind == '<' && i + 3 < pattern.Length)
        {
            // (?<= and (?<! are lookbehinds, (?<name> a named group; all spelled the same in .NET.
            result.Append("(?<");
            return i + 3;
        }
        throw new ArgumentException($"'(?{kind}' at offset {i} is not ECMA-262 group syntax.");
    }

    /// <summary>A character class; returns the index after its closing <c>]</c>.</summary>
    private static int TranslateClass(string pattern, int i, StringBuilder result)
    {
        var start = i;
        i++;
        var negated = i < pattern.Length && pattern[i] == '^';
        if (negated)
        {
            i++;
        }
        if (i < pattern.Length && pattern[i] == ']')
        {
            // ECMA's [] matches nothing and [^] anything; in .NET a leading ] would be a literal.
            result.Append(negated ? AnyChar : NoChar);
            return i + 1;
        }
        var members = new StringBuilder();
        var negatedShorthands = 0;
        while (true)
        {
            if (i >= pattern.Length)
            {
                throw new ArgumentException($"The character class at offset {start} is not closed.");
            }
            if (pattern[i] == ']')
            {
                i++;
                break;
            }
            var first = ReadClassAtom(pattern, ref i);
            if (i + 1 < pattern.Length && pattern[i] == '-' && pattern[i + 1] != ']')
            {
                i++;
                var last = ReadClassAtom(pattern, ref i);
                if (first.IsCharacter && last.IsCharacter)
                {
                    if (first.Character > last.Character)
                    {
                        throw new ArgumentException($"The range in the character class at offset {start} is out of order.");
                    }
                    AppendClassCharacter(members, first.Character);
                    members.Append('-');
                    AppendClassCharacter(members, last.Character);
                    continue;
                }
                // Annex B: a range with a class escape at one end is both atoms and a literal "-" (\w-. for instance).
                AddAtom(first, members, ref negatedShorthands);
                AppendClassCharacter(members, '-');
                AddAtom(last, members, ref negatedShorthands);
                continue;
            }
            AddAtom(first, members, ref negatedShorthands);
        }
        AppendClass(result, negated, members.ToString(), negatedShorthands);
        return i;
    }

    private static void AppendClass(StringBuilder result, bool negated, string members, int negatedShorthands)
    {
        if (negatedShorthands == 0)
        {
            result.Append(negated ? "[^" : "[").Append(members).Append(']');
        }
        else if (!negated)
        {
            // [a\D] is "a, or any non-digit": one alternative per part.
            result.Append("(?:");
            var separator = false;
            if (members.Length > 0)
            {
                result.Append('[').Append(members).Append(']');
                separator = true;
            }
            foreach (var (bit, set) in new[] { (NotDigit, DigitSet), (NotWord, WordSet), (NotSpace, SpaceSet) })
            {
                if ((negatedShorthands & bit) != 0)
                {
                    result.Append(separator ? "|[^" : "[^").Append(set).Append(']');
                    separator = true;
                }
            }
            result.Append(')');
        }
        else
        {
            // [^a\D] is "a digit that is not a": the intersection of the shorthands' complements, minus the members.
            var kept = negatedShorthands switch
            {
                NotDigit or NotDigitNotWord => DigitSet,
                NotWord => WordSet,
                NotSpace => SpaceSet,
                _ => null, // white space holds no digit or word character
            };
            if (kept is null)
            {
                result.Append(NoChar);
            }
            else if (members.Length == 0)
            {
                result.Append('[').Append(kept).Append(']');
            }
            else
            {
                result.Append('[').Append(kept).Append("-[").Append(members).Append("]]");
            }
        }
    }

    /// <summary>One member of a class: a character, a set written in .NET class syntax, or a negated shorthand.</summary>
    private readonly struct ClassAtom
    {
        private ClassAtom(char character, string? set, int negatedShorthand)
        {
            Character = character;
            Set = set;
            NegatedShorthand = negatedShorthand;
        }

        public char Character { get; }

        public string? Set { get; }

        public int NegatedShorthand { get; }

        public bool IsCharacter => Set is null && NegatedShorthand == 0;

        public static ClassAtom Of(char character) => new(character, null, 0);

        public static ClassAtom OfSet(string set) => new('\0', set, 0);

        public static ClassAtom OfNegated(int shorthand) => new('\0', null, shorthand);
    }

    private static void AddAtom(ClassAtom atom, StringBuilder members, ref int negatedShorthands)
    {
        if (atom.NegatedShorthand != 0)
        {
            negatedShorthands |= atom.NegatedShorthand;
        }
        else if (atom.Set is not null)
        {
            members.Append(atom.Set);
        }
        else
        {
            AppendClassCharacter(members, atom.Character);
        }
    }

    private static ClassAtom ReadClassAtom(string pattern, ref int i)
    {
        var c = pattern[i];
        if (c != '\\')
        {
            i++;
            return ClassAtom.Of(c);
        }
        if (i + 1 == pattern.Length)
        {
            throw new ArgumentException("The pattern ends with a lone \\.");
        }
        var e = pattern[i + 1];
        i += 2;
        switch (e)
        {
            case 'd':
                return ClassAtom.OfSet(DigitSet);
            case 'w':
                return ClassAtom.OfSet(WordSet);
            case 's':
                return ClassAtom.OfSet(SpaceSet);
            case 'D':
                return ClassAtom.OfNegated(NotDigit);
            case 'W':
                return ClassAtom.OfNegated(NotWord);
            case 'S':
                return ClassAtom.OfNegated(NotSpace);
            case 'b':
                return ClassAtom.Of('\b'); // in a class, \b is backspace
            case 't':
                return ClassAtom.Of('\t');
            case 'n':
                return ClassAtom.Of('\n');
            case 'v':
                return ClassAtom.Of('\v');
            case 'f':
                return ClassAtom.Of('\f');
            case 'r':
                return ClassAtom.Of('\r');
            case '0':
                RejectLegacyOctal(pattern, i);
                return ClassAtom.Of('\0');
            case 'c':
                return ClassAtom.Of(ControlLetter(pattern, i++));
            case 'x':
                i += 2;
                return ClassAtom.Of(HexValue(pattern, i - 2, 2));
            case 'u':
                i += 4;
                return ClassAtom.Of(HexValue(pattern, i - 4, 4)); // \u{…} fails here: it needs the u flag
            case 'p' or 'P':
                return ClassAtom.OfSet(EcmaProperty.ClassMembers(pattern, i - 2, out i));
            default:
                RejectUnknownEscape(e);
                return ClassAtom.Of(e); // "-", "]", "\", "^", "/" and other punctuation stand for themselves
        }
    }

    private static void AppendClassCharacter(StringBuilder members, char c)
    {
        if (c is '\\' or ']' or '[' or '^' or '-')
        {
            members.Append('\\').Append(c);
        }
        else if (c < ' ' || c > '~')
        {
            AppendHexEscape(members, c);
        }
        else
        {
            members.Append(c);
        }
    }

    private static void AppendHexEscape(StringBuilder result, char c)
        => result.Append(@"\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The control character of <c>\cX</c> (X an ASCII letter): its code modulo 32.</summary>
    private static char ControlLetter(string pattern, int index)
    {
        if (index >= pattern.Length || !IsAsciiLetter(pattern[index]))
        {
            throw new ArgumentException($"\\c at offset {index - 2} is not followed by a letter A-Z or a-z.");
        }
        return (char)(pattern[index] % 32);
    }

    private static char HexValue(string pattern, int index, int digits)
    {
        if (index + digits > pattern.Length)
        {
            throw new ArgumentException($"The escape at offset {index - 2} needs {digits} hex digits.");
        }
        var value = 0;
        for (var k = index; k < index + digits; k++)
        {
            var c = pattern[k];
            var digit = c is >= '0' and <= '9' ? c - '0' : c is >= 'a' and <= 'f' ? c - 'a' + 10 : c is >= 'A' and <= 'F' ? c - 'A' + 10 : -1;
            if (digit < 0)
            {
                throw new ArgumentException($"The escape at offset {index - 2} needs {digits} hex digits.");
            }
            value = value * 16 + digit;
        }
        return (char)value;
    }

    /// <summary>
    /// ECMA has nothing to repeat after <c>^</c>, <c>$</c>, <c>\b</c> or <c>\B</c> (a syntax error); .NET would accept
    /// the quantifier, so the error is raised here.
    /// </summary>
    private static void RejectQuantifiedAssertion(string pattern, int next)
    {
        if (next < pattern.Length && (pattern[next] is '*' or '+' or '?' || (pattern[next] == '{' && IsQuantifierBrace(pattern, next))))
        {
            throw new ArgumentException($"The quantifier at offset {next} follows an assertion: nothing to repeat.");
        }
    }

    /// <summary>Whether the "{" at <paramref name="open"/> starts <c>{n}</c>, <c>{n,}</c> or <c>{n,m}</c> (otherwise it is a literal).</summary>
    private static bool IsQuantifierBrace(string pattern, int open)
    {
        var i = open + 1;
        var digitsStart = i;
        while (i < pattern.Length && pattern[i] is >= '0' and <= '9')
        {
            i++;
        }
        if (i == digitsStart || i == pattern.Length)
        {
            return false;
        }
        if (pattern[i] == ',')
        {
            i++;
            while (i < pattern.Length && pattern[i] is >= '0' and <= '9')
            {
                i++;
            }
        }
        return i < pattern.Length && pattern[i] == '}';
    }

    /// <summary>\0 followed by a digit is a legacy octal escape, a syntax error with the u flag.</summary>
    private static void RejectLegacyOctal(string pattern, int next)
    {
        if (next < pattern.Length && pattern[next] is >= '0' and <= '9')
        {
            throw new ArgumentException($"\\0{pattern[next]} at offset {next - 2} is a legacy octal escape.");
        }
    }

    /// <summary>
    /// An escaped letter or digit ECMA does not define is a syntax error with the u flag; .NET would read some of
    /// them differently (\a bell, \e escape, \A \z anchors), so none is passed on. "\_" is let through as "_", as
    /// Annex B reads it: it is a syntax error with the u flag too, but its meaning is plain, and AWS's specs write it
    /// in hundreds of patterns (<c>^[a-zA-Z0-9\-\_\.]{1,50}$</c>).
    /// </summary>
    private static void RejectUnknownEscape(char e)
    {
        if (char.IsLetterOrDigit(e))
        {
            throw new ArgumentException($"\\{e} is not an ECMA-262 escape.");
        }
    }

    private static bool IsAsciiLetter(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';
}
