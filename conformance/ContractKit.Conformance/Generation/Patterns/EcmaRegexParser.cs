using System.Globalization;

namespace ContractKit.Conformance.Generation.Patterns;

/// <summary>
/// Parses the common subset of ECMA-262 patterns (what OpenAPI specs write in <c>pattern</c>) into
/// <see cref="RegexNode"/>s: literals and escapes, <c>.</c>, classes with ranges and negation, <c>\d \w \s</c> and
/// their negations (ASCII, as ECMA-262 defines them), groups (capturing, <c>(?:</c>, named), alternation,
/// quantifiers (greedy or lazy), and the assertions <c>^ $ \b \B</c>. Anything else (lookaround,
/// backreferences, <c>\p{…}</c>, <c>\cX</c>, letter escapes whose meaning differs between dialects) is refused
/// with the reason, so the caller can fall back instead of generating from a misreading.
/// </summary>
internal sealed class EcmaRegexParser
{
    /// <summary>ECMA-262 <c>\s</c>: WhiteSpace and LineTerminator code points.</summary>
    internal static readonly IReadOnlyList<(int, int)> Space =
    [
        (0x09, 0x0D), (0x20, 0x20), (0xA0, 0xA0), (0x1680, 0x1680), (0x2000, 0x200A),
        (0x2028, 0x2029), (0x202F, 0x202F), (0x205F, 0x205F), (0x3000, 0x3000), (0xFEFF, 0xFEFF),
    ];

    internal static readonly IReadOnlyList<(int, int)> Digit = [('0', '9')];

    internal static readonly IReadOnlyList<(int, int)> Word = [('0', '9'), ('A', 'Z'), ('_', '_'), ('a', 'z')];

    /// <summary>What <c>.</c> does not match: the line terminators.</summary>
    internal static readonly IReadOnlyList<(int, int)> LineTerminators = [(0x0A, 0x0A), (0x0D, 0x0D), (0x2028, 0x2029)];

    private readonly int[] text;
    private int position;

    private EcmaRegexParser(string pattern)
    {
        text = CodePoints(pattern);
    }

    /// <summary>The pattern's tree, or null with the reason it is outside the subset.</summary>
    public static RegexNode? TryParse(string pattern, out string? unsupported)
    {
        try
        {
            var parser = new EcmaRegexParser(pattern);
            var node = parser.Disjunction();
            if (parser.position < parser.text.Length)
            {
                throw new UnsupportedPattern($"unexpected '{char.ConvertFromUtf32(parser.text[parser.position])}' at {parser.position}");
            }
            unsupported = null;
            return node;
        }
        catch (UnsupportedPattern e)
        {
            unsupported = e.Message;
            return null;
        }
    }

    private RegexNode Disjunction()
    {
        var choices = new List<RegexNode> { Alternative() };
        while (Peek() == '|')
        {
            position++;
            choices.Add(Alternative());
        }
        return choices.Count == 1 ? choices[0] : new Alternation(choices);
    }

    private Sequence Alternative()
    {
        var parts = new List<RegexNode>();
        while (position < text.Length && Peek() is not ('|' or ')'))
        {
            parts.Add(Term());
        }
        return new Sequence(parts);
    }

    private RegexNode Term()
    {
        var c = Next();
        RegexNode atom;
        switch (c)
        {
            case '^':
            case '$':
                return new Assertion((char)c);
            case '\\' when Peek() is 'b' or 'B':
                return new Assertion((char)Next());
            case '(':
                atom = Group();
                break;
            case '.':
                atom = new CharClass(LineTerminators, Negated: true);
                break;
            case '[':
                atom = Class();
                break;
            case '\\':
                atom = AtomEscape();
                break;
            case '*' or '+' or '?':
                throw new UnsupportedPattern($"nothing to repeat before '{(char)c}'");
            case '{' when TryQuantifierBody(out _, out _):
                throw new UnsupportedPattern("nothing to repeat before '{'");
            default:
                atom = CharClass.Literal(c);
                break;
        }
        return Quantified(atom);
    }

    private RegexNode Group()
    {
        if (Peek() == '?')
        {
            position++;
            var kind = Next();
            if (kind == ':')
            {
                // non-capturing
            }
            else if (kind == '<' && Peek() is not ('=' or '!'))
            {
                while (Next() != '>')
                {
                    // the group's name: it changes nothing about what matches
                }
            }
            else
            {
                throw new UnsupportedPattern("lookaround assertions are not generated from");
            }
        }
        var body = Disjunction();
        if (Next() != ')')
        {
            throw new UnsupportedPattern("unclosed group");
        }
        return body;
    }

    private RegexNode Quantified(RegexNode atom)
    {
        int min;
        int? max;
        switch (Peek())
        {
            case '*':
                (min, max) = (0, null);
                position++;
                break;
            case '+':
                (min, max) = (1, null);
                position++;
                break;
            case '?':
                (min, max) = (0, 1);
                position++;
                break;
            case '{' when TryQuantifierBody(out min, out max):
                break;
            default:
                return atom;
        }
        if (Peek() == '?')
        {
            position++; // lazy: matches the same strings
        }
        if (max < min)
        {
            throw new UnsupportedPattern("quantifier range out of order");
        }
        return new Repeat(atom, min, max);
    }

    /// <summary>At '{': reads <c>{n}</c>, <c>{n,}</c> or <c>{n,m}</c> and moves past it; otherwise leaves the position (a literal '{').</summary>
    private bool TryQuantifierBody(out int min, out int? max)
    {
        var start = position;
        if (Peek() == '{')
        {
            position++;
        }
        min = 0;
        max = null;
        var first = Digits();
        if (first is not null)
        {
            min = first.Value;
            max = min;
            if (Peek() == ',')
            {
                position++;
                max = Digits();
            }
            if (Peek() == '}')
            {
                position++;
                return true;
            }
        }
        position = start;
        return false;
    }

    private int? Digits()
    {
        var start = position;
        while (Peek() is >= '0' and <= '9')
        {
            position++;
        }
        if (start == position)
        {
            return null;
        }
        var digits = string.Concat(text[start..position].Select(c => (char)c));
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value <= 10_000
            ? value
            : throw new UnsupportedPattern("quantifier bound too large");
    }

    private CharClass AtomEscape()
    {
        var c = Next();
        return c switch
        {
            'd' => new CharClass(Digit, false),
            'D' => new CharClass(Digit, true),
            'w' => new CharClass(Word, false),
            'W' => new CharClass(Word, true),
            's' => new CharClass(Space, false),
            'S' => new CharClass(Space, true),
            _ => CharClass.Literal(CharacterEscape(c, inClass: false)),
        };
    }

    /// <summary>The code point an escape stands for (after the backslash, <paramref name="c"/> read).</summary>
    private int CharacterEscape(int c, bool inClass)
    {
        switch (c)
        {
            case 't': return '\t';
            case 'n': return '\n';
            case 'r': return '\r';
            case 'v': return '\v';
            case 'f': return '\f';
            case 'b' when inClass: return '\b';
            case '0' when Peek() is not (>= '0' and <= '9'): return 0;
            case 'x': return Hex(2);
            case 'u' when Peek() == '{':
            {
                position++;
                var start = position;
                while (Peek() is not ('}' or -1))
                {
                    position++;
                }
                var digits = string.Concat(text[start..position].Select(d => (char)d));
                position++;
                return int.TryParse(digits, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var value) && value <= 0x10FFFF
                    ? value
                    : throw new UnsupportedPattern("bad \\u{…} escape");
            }
            case 'u':
            {
                var unit = Hex(4);
                // A surrogate pair spelled as two \u escapes is one code point.
                if (char.IsHighSurrogate((char)unit) && Peek() == '\\' && position + 1 < text.Length && text[position + 1] == 'u')
                {
                    var save = position;
                    position += 2;
                    var low = Hex(4);
                    if (char.IsLowSurrogate((char)low))
                    {
                        return char.ConvertToUtf32((char)unit, (char)low);
                    }
                    position = save;
                }
                return unit;
            }
            case -1:
                throw new UnsupportedPattern("pattern ends in a backslash");
        }
        if (c < 128 && char.IsAsciiLetterOrDigit((char)c))
        {
            // \1 (backreference), \k<name>, \p{…}, \cX, and letters .NET and ECMA-262 read differently (\a, \e, \A, \Z).
            throw new UnsupportedPattern($"escape \\{(char)c} is not generated from");
        }
        return c; // identity escape of a syntax character: \. \/ \- \$ …
    }

    private int Hex(int count)
    {
        if (position + count > text.Length)
        {
            throw new UnsupportedPattern("short hex escape");
        }
        var digits = string.Concat(text[position..(position + count)].Select(d => (char)d));
        position += count;
        return int.TryParse(digits, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new UnsupportedPattern("bad hex escape");
    }

    private CharClass Class()
    {
        var negated = Peek() == '^';
        if (negated)
        {
            position++;
        }
        var ranges = new List<(int, int)>();
        while (Peek() != ']')
        {
            if (Peek() == -1)
            {
                throw new UnsupportedPattern("unclosed character class");
            }
            var (set, single) = ClassAtom();
            if (single is { } first && Peek() == '-' && position + 1 < text.Length && text[position + 1] != ']')
            {
                position++;
                var (_, last) = ClassAtom();
                if (last is not { } end)
                {
                    throw new UnsupportedPattern("class escape as a range bound");
                }
                if (end < first)
                {
                    throw new UnsupportedPattern("character range out of order");
                }
                ranges.Add((first, end));
            }
            else
            {
                ranges.AddRange(set);
            }
        }
        position++;
        return new CharClass(ranges, negated);
    }

    /// <summary>One class member: a set (<c>\d</c>…) or a single code point.</summary>
    private (IReadOnlyList<(int, int)> Set, int? Single) ClassAtom()
    {
        var c = Next();
        if (c != '\\')
        {
            return ([(c, c)], c);
        }
        var e = Next();
        IReadOnlyList<(int, int)>? set = e switch
        {
            'd' => Digit,
            'D' => Complement(Digit),
            'w' => Word,
            'W' => Complement(Word),
            's' => Space,
            'S' => Complement(Space),
            _ => null,
        };
        if (set is not null)
        {
            return (set, null);
        }
        var single = e == '-' ? '-' : CharacterEscape(e, inClass: true);
        return ([(single, single)], single);
    }

    internal static IReadOnlyList<(int, int)> Complement(IReadOnlyList<(int First, int Last)> ranges)
    {
        var result = new List<(int, int)>();
        var next = 0;
        foreach (var (first, last) in ranges.OrderBy(r => r.First))
        {
            if (first > next)
            {
                result.Add((next, first - 1));
            }
            next = Math.Max(next, last + 1);
        }
        if (next <= 0x10FFFF)
        {
            result.Add((next, 0x10FFFF));
        }
        return result;
    }

    private int Peek() => position < text.Length ? text[position] : -1;

    private int Next() => position < text.Length ? text[position++] : -1;

    private static int[] CodePoints(string value)
    {
        var points = new List<int>(value.Length);
        foreach (var rune in value.EnumerateRunes())
        {
            points.Add(rune.Value);
        }
        return points.ToArray();
    }

    private sealed class UnsupportedPattern(string message) : Exception(message);
}
