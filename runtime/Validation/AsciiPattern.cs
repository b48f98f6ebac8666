using System;
using System.Collections.Generic;
using System.Globalization;

namespace ContractKit.Runtime.Validation;

/// <summary>
/// The fast path for the patterns real specs mostly use: anchored at the start, a plain sequence of ASCII literals
/// and classes with quantifiers, no groups or alternation (<c>^\+[1-9][0-9]{1,14}$</c>, <c>^[A-Z]{2}$</c>). Such a
/// pattern is matched greedily over the UTF-8 bytes without a regex: exact, because <see cref="TryParse"/> accepts
/// it only when no variable step can take a character a following step needs (their sets are disjoint), so greedy
/// never has to give anything back. Anything else goes to the regex engine. Parsing is linked into the generator,
/// which decides at compile time which path a pattern takes.
/// </summary>
#if CONTRACTKIT_GENERATOR
internal
#else
public
#endif
sealed class AsciiPattern
{
    private readonly Step[] steps;
    private readonly bool anchoredAtEnd;

    private AsciiPattern(Step[] steps, bool anchoredAtEnd)
    {
        this.steps = steps;
        this.anchoredAtEnd = anchoredAtEnd;
    }

    /// <summary>One element of the sequence: a set of ASCII characters (a 128-bit mask), taken min to max times.</summary>
    private readonly struct Step
    {
        public Step(ulong low, ulong high, int min, int max)
        {
            Low = low;
            High = high;
            Min = min;
            Max = max;
        }

        public ulong Low { get; }

        public ulong High { get; }

        public int Min { get; }

        public int Max { get; }

        public bool Contains(int c) => c < 64 ? (Low & (1UL << c)) != 0 : c < 128 && (High & (1UL << (c - 64))) != 0;

        public bool Overlaps(Step other) => (Low & other.Low) != 0 || (High & other.High) != 0;
    }

    /// <summary>The pattern as a fast sequence, or null when it needs the regex engine.</summary>
    public static AsciiPattern? TryParse(string ecmaPattern)
    {
        if (ecmaPattern.Length < 2 || ecmaPattern[0] != '^')
        {
            return null;
        }
        var steps = new List<Step>();
        var i = 1;
        var anchoredAtEnd = false;
        while (i < ecmaPattern.Length)
        {
            if (ecmaPattern[i] == '$')
            {
                if (i != ecmaPattern.Length - 1)
                {
                    return null;
                }
                anchoredAtEnd = true;
                break;
            }
            if (!TryReadSet(ecmaPattern, ref i, out var low, out var high) || !TryReadQuantifier(ecmaPattern, ref i, out var min, out var max))
            {
                return null;
            }
            steps.Add(new Step(low, high, min, max));
        }
        return steps.Count > 0 && GreedyIsExact(steps) ? new AsciiPattern(steps.ToArray(), anchoredAtEnd) : null;
    }

    /// <summary>
    /// Greedy is exact when every variable step's set is disjoint from each later step's set, up to and including
    /// the first later step that must match at least once.
    /// </summary>
    private static bool GreedyIsExact(List<Step> steps)
    {
        for (var i = 0; i < steps.Count; i++)
        {
            if (steps[i].Min == steps[i].Max)
            {
                continue;
            }
            for (var j = i + 1; j < steps.Count; j++)
            {
                if (steps[i].Overlaps(steps[j]))
                {
                    return false;
                }
                if (steps[j].Min > 0)
                {
                    break;
                }
            }
        }
        return true;
    }

    private static bool TryReadSet(string p, ref int i, out ulong low, out ulong high)
    {
        low = 0;
        high = 0;
        var c = p[i];
        if (c == '[')
        {
            i++;
            if (i < p.Length && p[i] == '^')
            {
                return false; // a negated class also matches non-ASCII characters
            }
            while (i < p.Length && p[i] != ']')
            {
                if (!TryReadClassAtom(p, ref i, ref low, ref high, out var from))
                {
                    return false;
                }
                if (from >= 0 && i + 1 < p.Length && p[i] == '-' && p[i + 1] != ']')
                {
                    i++;
                    var rangeLow = 0UL;
                    var rangeHigh = 0UL;
                    if (!TryReadClassAtom(p, ref i, ref rangeLow, ref rangeHigh, out var to) || to < from)
                    {
                        return false;
                    }
                    for (var x = from; x <= to; x++)
                    {
                        Add(x, ref low, ref high);
                    }
                }
            }
            if (i >= p.Length || (low == 0 && high == 0))
            {
                return false; // unclosed, or ECMA's empty class `[]`, which matches nothing
            }
            i++; // ']'
            return true;
        }
        if (c == '\\')
        {
            return TryReadEscape(p, ref i, ref low, ref high, out _);
        }
        if (c is '.' or '(' or ')' or '|' or '*' or '+' or '?' or '{' or '}' or ']' or '^' || c >= 128)
        {
            return false;
        }
        Add(c, ref low, ref high);
        i++;
        return true;
    }

    /// <summary>One character or shorthand inside a class; <paramref name="single"/> is the character, -1 for a shorthand.</summary>
    private static bool TryReadClassAtom(string p, ref int i, ref ulong low, ref ulong high, out int single)
    {
        single = -1;
        var c = p[i];
        if (c == '\\')
        {
            return TryReadEscape(p, ref i, ref low, ref high, out single);
        }
        if (c >= 128 || c == '[')
        {
            return false;
        }
        Add(c, ref low, ref high);
        single = c;
        i++;
        return true;
    }

    private static bool TryReadEscape(string p, ref int i, ref ulong low, ref ulong high, out int single)
    {
        single = -1;
        if (i + 1 >= p.Length)
        {
            return false;
        }
        var e = p[i + 1];
        i += 2;
        switch (e)
        {
            case 'd':
                AddRange('0', '9', ref low, ref high);
                return true;
            case 'w':
                AddRange('0', '9', ref low, ref high);
                AddRange('A', 'Z', ref low, ref high);
                AddRange('a', 'z', ref low, ref high);
                Add('_', ref low, ref high);
                return true;
            default:
                // Only escaped punctuation is its literal self in both dialects; letters and digits are classes,
                // anchors, back references or control escapes.
                if (e >= 128 || char.IsLetterOrDigit(e) || char.IsWhiteSpace(e))
                {
                    return false;
                }
                Add(e, ref low, ref high);
                single = e;
                return true;
        }
    }

    private static bool TryReadQuantifier(string p, ref int i, out int min, out int max)
    {
        min = 1;
        max = 1;
        if (i >= p.Length)
        {
            return true;
        }
        switch (p[i])
        {
            case '?': min = 0; max = 1; i++; break;
            case '*': min = 0; max = int.MaxValue; i++; break;
            case '+': min = 1; max = int.MaxValue; i++; break;
            case '{':
                var close = p.IndexOf('}', i);
                if (close < 0)
                {
                    return false;
                }
                var body = p.Substring(i + 1, close - i - 1);
                var comma = body.IndexOf(',');
                var invariant = CultureInfo.InvariantCulture;
                if (comma < 0)
                {
                    if (!int.TryParse(body, NumberStyles.None, invariant, out min))
                    {
                        return false;
                    }
                    max = min;
                }
                else if (!int.TryParse(body.Substring(0, comma), NumberStyles.None, invariant, out min))
                {
                    return false;
                }
                else if (comma == body.Length - 1)
                {
                    max = int.MaxValue;
                }
                else if (!int.TryParse(body.Substring(comma + 1), NumberStyles.None, invariant, out max) || max < min)
                {
                    return false;
                }
                i = close + 1;
                break;
            default:
                return true;
        }
        // A lazy quantifier (`+?`) or a second one is left to the regex engine.
        return i >= p.Length || p[i] is not ('?' or '*' or '+' or '{');
    }

    private static void AddRange(char from, char to, ref ulong low, ref ulong high)
    {
        for (var c = from; c <= to; c++)
        {
            Add(c, ref low, ref high);
        }
    }

    private static void Add(int c, ref ulong low, ref ulong high)
    {
        if (c < 64)
        {
            low |= 1UL << c;
        }
        else
        {
            high |= 1UL << (c - 64);
        }
    }

#if !CONTRACTKIT_GENERATOR
    /// <summary>Parses a pattern <see cref="TryParse"/> accepts; generated code calls it for patterns the generator checked.</summary>
    public static AsciiPattern Parse(string ecmaPattern)
        => TryParse(ecmaPattern) ?? throw new ArgumentException($"'{ecmaPattern}' is not a simple anchored ASCII pattern.", nameof(ecmaPattern));

    /// <summary>The pattern matches (at the start, and to the end when anchored there) the unescaped UTF-8 text.</summary>
    public bool IsMatch(ReadOnlySpan<byte> utf8)
    {
        var position = 0;
        foreach (var step in steps)
        {
            var count = 0;
            while (count < step.Max && position < utf8.Length && step.Contains(utf8[position]))
            {
                position++;
                count++;
            }
            if (count < step.Min)
            {
                return false;
            }
        }
        return !anchoredAtEnd || position == utf8.Length;
    }

    /// <summary>
    /// <see cref="IsMatch"/> on a string as JSON writes it, escapes and all (<paramref name="rawJson"/> is what the
    /// reader's <c>ValueSpan</c> holds, which the reader has already checked), without unescaping it into a buffer
    /// first: writers escape characters such as <c>+</c> (<c>\u002B</c>), so an escaped phone number is the common
    /// case. False when it cannot tell: a string that may escape a surrogate (<c>\uD800</c>) goes the slow way,
    /// where a lone one is reported as undecodable.
    /// </summary>
    public bool TryMatchEscaped(ReadOnlySpan<byte> rawJson, out bool matches)
    {
        matches = false;
        if (MayEscapeSurrogate(rawJson))
        {
            return false;
        }
        var at = 0;
        var unit = NextUnit(rawJson, ref at);
        foreach (var step in steps)
        {
            var count = 0;
            while (count < step.Max && unit != EndOfString && step.Contains(unit))
            {
                unit = NextUnit(rawJson, ref at);
                count++;
            }
            if (count < step.Min)
            {
                return true;
            }
        }
        matches = !anchoredAtEnd || unit == EndOfString;
        return true;
    }

    private const int EndOfString = -1;

    /// <summary>The next character of an escaped JSON string as one unit: its ASCII code, or a code of 0x80 or more
    /// (which no step contains) for anything else, so a match stops there exactly as it does on UTF-8 bytes.</summary>
    private static int NextUnit(ReadOnlySpan<byte> rawJson, ref int at)
    {
        if (at >= rawJson.Length)
        {
            return EndOfString;
        }
        var b = rawJson[at];
        if (b != (byte)'\\')
        {
            at++;
            return b;
        }
        var escaped = rawJson[at + 1];
        if (escaped != (byte)'u')
        {
            at += 2;
            return escaped switch
            {
                (byte)'b' => '\b',
                (byte)'f' => '\f',
                (byte)'n' => '\n',
                (byte)'r' => '\r',
                (byte)'t' => '\t',
                _ => escaped, // \" \\ \/ stand for themselves
            };
        }
        var code = (HexValue(rawJson[at + 2]) << 12) | (HexValue(rawJson[at + 3]) << 8) | (HexValue(rawJson[at + 4]) << 4) | HexValue(rawJson[at + 5]);
        at += 6;
        return code < 0x80 ? code : 0x80;
    }

    private static int HexValue(byte digit) => digit <= '9' ? digit - '0' : (digit | 0x20) - 'a' + 10;

    /// <summary>True when the text holds <c>\uD</c> followed by 8–F: it may escape half a surrogate pair (or be an
    /// escaped backslash before such letters; either way the slow path decides).</summary>
    private static bool MayEscapeSurrogate(ReadOnlySpan<byte> rawJson)
    {
        for (var at = rawJson.IndexOf((byte)'\\'); at >= 0 && at + 3 < rawJson.Length; )
        {
            if (rawJson[at + 1] == 'u' && (rawJson[at + 2] | 0x20) == 'd' && (rawJson[at + 3] | 0x20) is (>= '8' and <= '9') or (>= 'a' and <= 'f'))
            {
                return true;
            }
            var next = rawJson[(at + 1)..].IndexOf((byte)'\\');
            at = next < 0 ? -1 : at + 1 + next;
        }
        return false;
    }
#endif
}
