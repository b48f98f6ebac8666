using System.Text;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;

namespace ContractKit.Generator.Tests.Robustness;

/// <summary>
/// One edit that damages a spec's text the way a person editing it might, or worse. Places are fractions of the text
/// (0 to <see cref="Scale"/>) rather than offsets, so an edit still lands somewhere sensible after earlier edits
/// changed the text's length. Each mutation is a record, so a failing case prints what was done.
/// </summary>
public abstract partial record Mutation
{
    public const int Scale = 10_000;

    public abstract string Apply(string text);

    /// <summary>Smaller versions of this mutation, for FsCheck's shrinking.</summary>
    public virtual IEnumerable<Mutation> Shrink() => [];

    /// <summary>The index among <paramref name="count"/> items that <paramref name="fraction"/> points at.</summary>
    protected static int Pick(int fraction, int count)
        => count <= 0 ? 0 : (int)Math.Min(count - 1, (long)Math.Clamp(fraction, 0, Scale) * count / (Scale + 1));

    /// <summary>The text's lines with their terminators, so that joining them gives the text back.</summary>
    protected static List<string> Lines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                lines.Add(text[start..(i + 1)]);
                start = i + 1;
            }
        }
        if (start < text.Length)
        {
            lines.Add(text[start..]);
        }
        return lines;
    }

    /// <summary>A line that does not end in a newline gets one, so a moved or copied last line stays a line.</summary>
    protected static string Terminated(string line) => line.EndsWith('\n') ? line : line + "\n";

    /// <summary>A YAML mapping entry with a plain or quoted scalar value: <c>  key: value</c>, <c>- key: value</c>.</summary>
    [GeneratedRegex(@"^(?<head>[ \t]*(?:- )?[^\s:#'""{}\[\],][^:#\r\n]*:[ \t]+)(?<value>[^\s|>&*!#{}\[\]][^\r\n]*?)(?<tail>\r?\n?)$")]
    protected static partial Regex YamlScalarEntry();

    /// <summary>A JSON member with a string value on one line: <c>  "key": "value",</c>.</summary>
    [GeneratedRegex(@"^(?<head>\s*""(?:[^""\\]|\\.)*""\s*:\s*)(?<value>""(?:[^""\\]|\\.)*"")(?<tail>,?\s*)$")]
    protected static partial Regex JsonStringMember();

    /// <summary>A <c>$ref</c> with its target, quoted or not, in YAML or JSON.</summary>
    [GeneratedRegex(@"(?<head>(?<json>"")?\$ref""?[ \t]*:[ \t]*)(?<target>'[^'\r\n]*'|""(?:[^""\\\r\n]|\\.)*""|[^\s,}\]]+)")]
    public static partial Regex Reference();
}

/// <summary>The text cut short at a random place (possibly inside a quoted scalar, or between a surrogate pair).</summary>
public sealed record Truncate(int At) : Mutation
{
    public override string Apply(string text) => text[..Pick(At, text.Length + 1)];
}

/// <summary>One line removed.</summary>
public sealed record DeleteLine(int Line) : Mutation
{
    public override string Apply(string text)
    {
        var lines = Lines(text);
        if (lines.Count == 0)
        {
            return text;
        }
        lines.RemoveAt(Pick(Line, lines.Count));
        return string.Concat(lines);
    }
}

/// <summary>One line written twice (a duplicate key, a second list item, a repeated opening bracket).</summary>
public sealed record DuplicateLine(int Line) : Mutation
{
    public override string Apply(string text)
    {
        var lines = Lines(text);
        if (lines.Count == 0)
        {
            return text;
        }
        var index = Pick(Line, lines.Count);
        lines[index] = Terminated(lines[index]);
        lines.Insert(index, lines[index]);
        return string.Concat(lines);
    }
}

/// <summary>Two lines trade places (usually breaking indentation or nesting).</summary>
public sealed record SwapLines(int First, int Second) : Mutation
{
    public override string Apply(string text)
    {
        var lines = Lines(text);
        if (lines.Count < 2)
        {
            return text;
        }
        var (a, b) = (Pick(First, lines.Count), Pick(Second, lines.Count));
        (lines[a], lines[b]) = (Terminated(lines[b]), Terminated(lines[a]));
        return string.Concat(lines);
    }
}

/// <summary>Characters inserted at a random place: quotes, colons, brackets, tabs, YAML indicators, odd code points.</summary>
public sealed record InsertText(int At, string Text) : Mutation
{
    public override string Apply(string text)
    {
        var at = Pick(At, text.Length + 1);
        return text[..at] + Text + text[at..];
    }

    public override IEnumerable<Mutation> Shrink()
    {
        for (var i = 0; i < Text.Length && Text.Length > 1; i++)
        {
            yield return this with { Text = Text.Remove(i, 1) };
        }
    }

    // Shown escaped: the interesting characters (tabs, lone surrogates, NUL) are invisible or unprintable.
    public override string ToString() => $"InsertText {{ At = {At}, Text = \"{Escaped(Text)}\" }}";

    internal static string Escaped(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text)
        {
            builder.Append(c is >= ' ' and <= '~' && c != '\\' && c != '"' ? c.ToString() : $"\\u{(int)c:x4}");
        }
        return builder.ToString();
    }
}

/// <summary>
/// A scalar value replaced by a double-quoted string holding an escape sequence: lone surrogates (<c>\ud83d</c>),
/// escapes YAML or JSON does not have, truncated escapes, code points past U+10FFFF.
/// </summary>
public sealed record QuotedEscape(int Line, string Escape) : Mutation
{
    public override string Apply(string text)
    {
        var lines = Lines(text);
        var candidates = new List<(int Index, Match Match)>();
        for (var i = 0; i < lines.Count; i++)
        {
            var match = JsonStringMember().Match(lines[i]);
            if (!match.Success)
            {
                match = YamlScalarEntry().Match(lines[i]);
            }
            if (match.Success)
            {
                candidates.Add((i, match));
            }
        }
        if (candidates.Count == 0)
        {
            return text;
        }
        var (index, chosen) = candidates[Pick(Line, candidates.Count)];
        lines[index] = chosen.Groups["head"].Value + "\"x" + Escape + "y\"" + chosen.Groups["tail"].Value;
        return string.Concat(lines);
    }
}

/// <summary>One <c>$ref</c> pointed elsewhere: at a name that does not exist, a missing file, or another component.</summary>
public sealed record RetargetReference(int Occurrence, string Target) : Mutation
{
    public override string Apply(string text)
    {
        var matches = Reference().Matches(text);
        if (matches.Count == 0)
        {
            return text;
        }
        var match = matches[Pick(Occurrence, matches.Count)];
        var target = match.Groups["json"].Success
            ? "\"" + Target.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\""
            : "'" + Target.Replace("'", "''") + "'";
        var group = match.Groups["target"];
        return text[..group.Index] + target + text[(group.Index + group.Length)..];
    }
}

/// <summary>FsCheck generators and shrinkers for mutations of one spec.</summary>
public static class Mutations
{
    /// <summary>Inserted one to six at a time: YAML and JSON syntax, whitespace that matters, code points that are trouble.</summary>
    private static readonly string[] Fragments =
    [
        "\"", "'", ":", ": ", "[", "]", "{", "}", ",", "\t", "\n", "\r", "\r\n", "#", "&", "&a ", "*", "*a", "!", "!!binary ",
        "|", ">", "-", "- ", "?", "? ", "%", "@", "`", "\\", "<<: ", "---\n", "...\n", "\0", "\uFEFF", "\u0085", "\u2028",
        "\ud83d", "\ude00", "\ud83d\ude00", "é", "\"\\ud83d\"", "'\\ud83d'", "{{", "]]", "$ref", "\"$ref\": ", "$ref: ", "null", "~",
    ];

    /// <summary>Escapes put inside a double-quoted scalar.</summary>
    private static readonly string[] Escapes =
    [
        "\\ud83d", "\\udc00", "\\ud83d\\ude00", "\\ud83d\\u0041", "\\uDBFF\\uDFFF", "\\U0001F600", "\\U00110000", "\\UFFFFFFFF",
        "\\x41", "\\xZZ", "\\x", "\\u12", "\\u", "\\uZZZZ", "\\q", "\\0", "\\N", "\\_", "\\L", "\\P", "\\", "\\\\", "\\\"", "\\/",
    ];

    /// <summary>Targets that name nothing in the spec (or a file that is not there).</summary>
    private static readonly string[] MissingTargets =
    [
        "#/components/schemas/DoesNotExist", "#/components/schemas/", "#/components/responses/Nope", "#/components/parameters/Nope",
        "#/definitions/Pet", "#/components/schemas/Pet/properties/nope", "#/components/schemas/Missing~1Name", "#/components/schemas/%7B",
        "#", "", "#/", "#/paths", "#/components", "./missing.yaml", "missing.json#/Pet", "../outside.yaml#/components/schemas/X",
        "https://example.invalid/spec.yaml#/components/schemas/Pet", "#/components/schemas/\ud83d", "#/components/schemas/a b",
    ];

    /// <summary>One to three mutations, of every kind, for a spec whose own <c>$ref</c> targets are <paramref name="knownTargets"/>.</summary>
    public static Gen<Mutation[]> For(IReadOnlyList<string> knownTargets)
    {
        var position = Gen.Choose(0, Mutation.Scale);
        var targets = knownTargets.Count == 0
            ? Gen.Elements(MissingTargets)
            : Gen.Frequency((3, Gen.Elements(MissingTargets)), (1, Gen.Elements(knownTargets.ToArray())));
        var one = Gen.Frequency(
            (2, position.Select(at => (Mutation)new Truncate(at))),
            (2, position.Select(line => (Mutation)new DeleteLine(line))),
            (2, position.Select(line => (Mutation)new DuplicateLine(line))),
            (2, position.Two().Select(pair => (Mutation)new SwapLines(pair.Item1, pair.Item2))),
            (3, position.SelectMany(_ => InsertedText(), (at, text) => (Mutation)new InsertText(at, text))),
            (3, position.SelectMany(_ => Gen.Elements(Escapes), (line, escape) => (Mutation)new QuotedEscape(line, escape))),
            (3, position.SelectMany(_ => targets, (occurrence, target) => (Mutation)new RetargetReference(occurrence, target))));
        return Gen.Frequency((6, Gen.Choose(1, 1)), (3, Gen.Choose(2, 2)), (1, Gen.Choose(3, 3)))
            .SelectMany(count => Gen.ArrayOf(one, count));
    }

    /// <summary>Fewer mutations first, then each mutation made smaller.</summary>
    public static IEnumerable<Mutation[]> Shrink(Mutation[] mutations)
    {
        if (mutations.Length > 1)
        {
            for (var i = 0; i < mutations.Length; i++)
            {
                yield return mutations.Where((_, j) => j != i).ToArray();
            }
        }
        for (var i = 0; i < mutations.Length; i++)
        {
            foreach (var smaller in mutations[i].Shrink())
            {
                var copy = (Mutation[])mutations.Clone();
                copy[i] = smaller;
                yield return copy;
            }
        }
    }

    /// <summary>The distinct <c>$ref</c> targets a spec uses, so that a reference can be pointed at another real one.</summary>
    public static IReadOnlyList<string> ReferenceTargets(string text)
        => Mutation.Reference().Matches(text)
            .Select(match => match.Groups["target"].Value.Trim('\'', '"'))
            .Where(target => target.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

    private static Gen<string> InsertedText()
        => Gen.Choose(1, 6).SelectMany(count => Gen.ArrayOf(Gen.Elements(Fragments), count)).Select(string.Concat);
}
