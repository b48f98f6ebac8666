using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.Unicode;

namespace ContractKit.Benchmarks.Experiments;

/// <summary>
/// An experiment, not product code: the least a JSON walk must do before any schema check. A recursive descent
/// that checks RFC 8259 grammar, string escapes and UTF-8 (as <see cref="System.Text.Json.Utf8JsonReader"/> does),
/// counting tokens as the reader would, and nothing else. <see cref="PairedValidationRounds"/> times it beside a bare
/// reader pass, to see what a tokenizer of our own could save (docs/benchmarks.md §3, session 6).
/// </summary>
internal ref struct JsonScanFloor
{
    private const int MaxDepth = 64;

    // Where a string's plain run ends: its closing quote, an escape, or a control character (an error).
    private static readonly SearchValues<byte> StringStops = SearchValues.Create(
        [(byte)'"', (byte)'\\', 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]);

    private readonly ReadOnlySpan<byte> json;
    private int at;
    private int tokens;

    private JsonScanFloor(ReadOnlySpan<byte> json)
    {
        this.json = json;
    }

    /// <summary>True when <paramref name="json"/> is one JSON value; <paramref name="tokens"/> counts what the reader
    /// would return from <c>Read()</c>.</summary>
    public static bool TryScan(ReadOnlySpan<byte> json, out int tokens)
    {
        var scanner = new JsonScanFloor(json);
        var ok = scanner.Value(0);
        scanner.SkipWhitespace();
        tokens = scanner.tokens;
        return ok && scanner.at == json.Length;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void SkipWhitespace()
    {
        while (at < json.Length && json[at] is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t')
        {
            at++;
        }
    }

    private bool Value(int depth)
    {
        SkipWhitespace();
        if (at >= json.Length)
        {
            return false;
        }
        tokens++;
        return json[at] switch
        {
            (byte)'{' => Object(depth + 1),
            (byte)'[' => Array(depth + 1),
            (byte)'"' => String(),
            (byte)'t' => Literal("true"u8),
            (byte)'f' => Literal("false"u8),
            (byte)'n' => Literal("null"u8),
            _ => Number(),
        };
    }

    private bool Object(int depth)
    {
        at++;
        SkipWhitespace();
        if (depth > MaxDepth || at >= json.Length)
        {
            return false;
        }
        if (json[at] == '}')
        {
            at++;
            tokens++;
            return true;
        }
        while (true)
        {
            SkipWhitespace();
            if (at >= json.Length || json[at] != '"')
            {
                return false;
            }
            tokens++;
            if (!String())
            {
                return false;
            }
            SkipWhitespace();
            if (at >= json.Length || json[at] != ':')
            {
                return false;
            }
            at++;
            if (!Value(depth) || !AfterItem((byte)'}', out var closed))
            {
                return false;
            }
            if (closed)
            {
                return true;
            }
        }
    }

    private bool Array(int depth)
    {
        at++;
        SkipWhitespace();
        if (depth > MaxDepth || at >= json.Length)
        {
            return false;
        }
        if (json[at] == ']')
        {
            at++;
            tokens++;
            return true;
        }
        while (true)
        {
            if (!Value(depth) || !AfterItem((byte)']', out var closed))
            {
                return false;
            }
            if (closed)
            {
                return true;
            }
        }
    }

    /// <summary>After a member or an item: a comma (more follow) or the container's closing byte.</summary>
    private bool AfterItem(byte close, out bool closed)
    {
        SkipWhitespace();
        closed = false;
        if (at >= json.Length)
        {
            return false;
        }
        if (json[at] == ',')
        {
            at++;
            return true;
        }
        if (json[at] != close)
        {
            return false;
        }
        at++;
        tokens++;
        closed = true;
        return true;
    }

    private bool String()
    {
        at++;
        var start = at;
        while (true)
        {
            var stop = json[at..].IndexOfAny(StringStops);
            if (stop < 0)
            {
                return false;
            }
            at += stop;
            if (json[at] == '"')
            {
                break;
            }
            if (json[at] != '\\' || !Escape())
            {
                return false;
            }
        }
        var text = json[start..at];
        at++;
        return text.IndexOfAnyInRange((byte)0x80, (byte)0xFF) < 0 || Utf8.IsValid(text);
    }

    private bool Escape()
    {
        if (at + 1 >= json.Length)
        {
            return false;
        }
        if (json[at + 1] is (byte)'"' or (byte)'\\' or (byte)'/' or (byte)'b' or (byte)'f' or (byte)'n' or (byte)'r' or (byte)'t')
        {
            at += 2;
            return true;
        }
        if (json[at + 1] != 'u' || at + 6 > json.Length)
        {
            return false;
        }
        for (var i = at + 2; i < at + 6; i++)
        {
            if (!char.IsAsciiHexDigit((char)json[i]))
            {
                return false;
            }
        }
        at += 6;
        return true;
    }

    private bool Literal(ReadOnlySpan<byte> literal)
    {
        if (!json[at..].StartsWith(literal))
        {
            return false;
        }
        at += literal.Length;
        return true;
    }

    private bool Number()
    {
        if (json[at] == '-')
        {
            at++;
        }
        if (at >= json.Length || !char.IsAsciiDigit((char)json[at]))
        {
            return false;
        }
        if (json[at++] != '0')
        {
            SkipDigits();
        }
        if (at < json.Length && json[at] == '.')
        {
            at++;
            if (!SomeDigits())
            {
                return false;
            }
        }
        if (at < json.Length && (json[at] | 0x20) == 'e')
        {
            at++;
            if (at < json.Length && json[at] is (byte)'+' or (byte)'-')
            {
                at++;
            }
            return SomeDigits();
        }
        return true;
    }

    private bool SomeDigits()
    {
        var first = at;
        SkipDigits();
        return at > first;
    }

    private void SkipDigits()
    {
        while (at < json.Length && char.IsAsciiDigit((char)json[at]))
        {
            at++;
        }
    }
}
