using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;

namespace ContractKit.Conformance.Generation.Patterns;

/// <summary>
/// JSON Schema's <c>pattern</c> as ECMA-262 reads it, run by .NET's engine: the pattern's text is rewritten where
/// the two dialects differ, then matched with search semantics (a string matches when the pattern matches
/// somewhere in it). The differences rewritten: <c>$</c> is the end of input only (.NET also matches before a
/// final newline); <c>\d \w \s</c>, <c>\b</c> and their negations are ECMA-262's ASCII classes and its own space
/// set (.NET's are Unicode); <c>.</c> excludes every line terminator, \r and U+2028/9 too (.NET only \n); a
/// <c>[</c> inside a class is a plain character (.NET reads <c>-[</c> as class subtraction); <c>[^]</c> is any
/// character and <c>[]</c> none. Letter escapes the dialects read differently are refused (null), as are class
/// members outside the Basic Multilingual Plane (.NET sees two UTF-16 units).
/// This is the test side's own reading, kept apart from the runtime's matcher so the two can check each other.
/// </summary>
public static class EcmaRegex
{
    private const string DigitClass = "0-9";
    private const string WordClass = "a-zA-Z0-9_";
    private const string SpaceClass = @"\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff";
    private const string WordBoundary = "(?:(?<=[" + WordClass + "])(?![" + WordClass + "])|(?<![" + WordClass + "])(?=[" + WordClass + "]))";
    private const string NotWordBoundary = "(?:(?<=[" + WordClass + "])(?=[" + WordClass + "])|(?<![" + WordClass + "])(?![" + WordClass + "]))";

    private static readonly ConcurrentDictionary<string, Regex?> Cache = new(StringComparer.Ordinal);

    /// <summary>The pattern as a .NET regex with ECMA-262's meaning, or null when it uses what this reading refuses.</summary>
    public static Regex? TryCompile(string pattern) => Cache.GetOrAdd(pattern, static p =>
    {
        var translated = TryTranslate(p);
        if (translated is null)
        {
            return null;
        }
        try
        {
            return new Regex(translated, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(2));
        }
        catch (ArgumentException)
        {
            return null;
        }
    });

    /// <summary>Whether <paramref name="value"/> matches; null when the pattern cannot be read (or matching timed out).</summary>
    public static bool? IsMatch(string pattern, string value)
    {
        if (TryCompile(pattern) is not { } regex)
        {
            return null;
        }
        try
        {
            return regex.IsMatch(value);
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    /// <summary>The .NET spelling of an ECMA-262 pattern, or null.</summary>
    public static string? TryTranslate(string pattern)
    {
        var output = new StringBuilder(pattern.Length * 2);
        var i = 0;
        while (i < pattern.Length)
        {
            var c = pattern[i++];
            switch (c)
            {
                case '\\':
                    if (i >= pattern.Length || TranslateEscape(pattern[i++], inClass: false, output) is false)
                    {
                        return null;
                    }
                    if (pattern[i - 1] is 'x' or 'u' && !CopyHexDigits(pattern, ref i, pattern[i - 1] == 'x' ? 2 : 4, output))
                    {
                        return null;
                    }
                    break;
                case '$':
                    output.Append(@"\z");
                    break;
                case '.':
                    output.Append(@"[^\n\r\u2028\u2029]");
                    break;
                case '[':
                    if (!TranslateClass(pattern, ref i, output))
                    {
                        return null;
                    }
                    break;
                case '(' when i < pattern.Length && pattern[i] == '?' && i + 1 < pattern.Length && pattern[i + 1] == '<'
                              && i + 2 < pattern.Length && pattern[i + 2] is not ('=' or '!'):
                    output.Append('('); // named group: .NET spells it the same
                    break;
                default:
                    if (char.IsSurrogate(c))
                    {
                        // A literal outside the BMP: wrap the pair so a quantifier after it repeats both units.
                        if (!char.IsHighSurrogate(c) || i >= pattern.Length || !char.IsLowSurrogate(pattern[i]))
                        {
                            return null;
                        }
                        output.Append("(?:").Append(c).Append(pattern[i++]).Append(')');
                        break;
                    }
                    output.Append(c);
                    break;
            }
        }
        return output.ToString();
    }

    private static bool TranslateClass(string pattern, ref int i, StringBuilder output)
    {
        var negated = i < pattern.Length && pattern[i] == '^';
        if (negated)
        {
            i++;
        }
        if (i < pattern.Length && pattern[i] == ']')
        {
            i++;
            output.Append(negated ? @"[\s\S]" : "(?!)"); // [^] is any character, [] none
            return true;
        }
        output.Append(negated ? "[^" : "[");
        while (i < pattern.Length && pattern[i] != ']')
        {
            var c = pattern[i++];
            if (c == '\\')
            {
                if (i >= pattern.Length)
                {
                    return false;
                }
                var e = pattern[i++];
                if (!TranslateEscape(e, inClass: true, output))
                {
                    return false;
                }
                if (e is 'x' or 'u' && !CopyHexDigits(pattern, ref i, e == 'x' ? 2 : 4, output))
                {
                    return false;
                }
            }
            else if (char.IsSurrogate(c))
            {
                return false;
            }
            else if (c is '[')
            {
                output.Append(@"\[");
            }
            else
            {
                output.Append(c);
            }
        }
        if (i >= pattern.Length)
        {
            return false;
        }
        i++;
        output.Append(']');
        return true;
    }

    /// <summary>Writes the .NET spelling of the escape <c>\e</c>; false when it is refused.</summary>
    private static bool TranslateEscape(char e, bool inClass, StringBuilder output)
    {
        switch (e)
        {
            case 'd': output.Append(inClass ? DigitClass : "[" + DigitClass + "]"); return true;
            case 'w': output.Append(inClass ? WordClass : "[" + WordClass + "]"); return true;
            case 's': output.Append(inClass ? SpaceClass : "[" + SpaceClass + "]"); return true;
            case 'D' or 'W' or 'S' when inClass: return false; // a negated set inside a class has no .NET spelling here
            case 'D': output.Append("[^" + DigitClass + "]"); return true;
            case 'W': output.Append("[^" + WordClass + "]"); return true;
            case 'S': output.Append("[^" + SpaceClass + "]"); return true;
            case 'b': output.Append(inClass ? @"\x08" : WordBoundary); return true;
            case 'B' when !inClass: output.Append(NotWordBoundary); return true;
            case 't' or 'n' or 'r' or 'v' or 'f': output.Append('\\').Append(e); return true;
            case '0': output.Append(@"\x00"); return true;
            case 'x': output.Append(@"\x"); return true;
            case 'u': output.Append(@"\u"); return true;
            case '/': output.Append('/'); return true;
            case '-': output.Append(@"\-"); return true;
        }
        if (char.IsAsciiLetterOrDigit(e))
        {
            return false; // backreferences, \k, \p, \c and letters the dialects read differently
        }
        output.Append('\\').Append(e); // identity escape of a syntax character
        return true;
    }

    private static bool CopyHexDigits(string pattern, ref int i, int count, StringBuilder output)
    {
        if (i + count > pattern.Length || !pattern.AsSpan(i, count).ToString().All(char.IsAsciiHexDigit))
        {
            return false; // \u{…} (the u flag's spelling) included
        }
        output.Append(pattern, i, count);
        i += count;
        return true;
    }
}
