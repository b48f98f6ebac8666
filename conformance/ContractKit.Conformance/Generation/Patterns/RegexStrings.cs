using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace ContractKit.Conformance.Generation.Patterns;

/// <summary>
/// Strings a parsed pattern matches, built part by part: each class yields a member, each repeat a count within
/// its bounds (open bounds kept small), each alternation one choice. Assertions yield nothing, so a candidate can
/// still miss (<c>a^b</c>, <c>\b</c> between two letters): callers check every candidate with <see cref="EcmaRegex"/>.
/// Code points stay in the Basic Multilingual Plane, so no candidate depends on whether a matcher reads the
/// string as UTF-16 code units (ECMA-262 without the <c>u</c> flag) or as code points (with it).
/// </summary>
internal static class RegexStrings
{
    /// <summary>What a class or a negated class draws from first: readable characters, with a few beyond ASCII.</summary>
    private static readonly int[] Readable = Enumerable.Range(0x20, 0x7F - 0x20).Concat("éßñ中Ω".Select(c => (int)c)).ToArray();

    /// <summary>How many repetitions an open bound (<c>*</c>, <c>+</c>, <c>{n,}</c>) adds at most.</summary>
    private const int OpenRepeats = 3;

    /// <summary>How many repetitions beyond the minimum any repeat adds at most, so nested repeats stay small.</summary>
    private const int MaxExtraRepeats = 16;

    /// <param name="node">The parsed pattern.</param>
    /// <param name="maxLength">Repeats are not drawn longer than this (a string's maxLength), when it allows the minimum.</param>
    public static Gen<string> For(RegexNode node, int? maxLength) => Build(node, maxLength).Select(sb => sb.ToString());

    private static Gen<StringBuilder> Build(RegexNode node, int? maxLength) => node switch
    {
        CharClass set => Member(set).Select(c => new StringBuilder().Append(char.ConvertFromUtf32(c))),
        Sequence sequence => Concat(sequence.Parts.Select(p => Build(p, maxLength)).ToList()),
        Alternation alternation => Gen.OneOf(alternation.Choices.Select(c => Build(c, maxLength))),
        Repeat repeat => Repeated(repeat, maxLength),
        Assertion => Gen.Constant(0).Select(_ => new StringBuilder()),
        _ => throw new ArgumentOutOfRangeException(nameof(node), node, "unknown node"),
    };

    private static Gen<StringBuilder> Repeated(Repeat repeat, int? maxLength)
    {
        var upper = Math.Min(repeat.Max ?? repeat.Min + OpenRepeats, repeat.Min + MaxExtraRepeats);
        if (maxLength is { } cap && cap >= repeat.Min)
        {
            upper = Math.Min(upper, cap);
        }
        var body = Build(repeat.Body, maxLength);
        return Gen.Choose(repeat.Min, Math.Max(repeat.Min, upper))
            .SelectMany(count => Concat(Enumerable.Repeat(body, count).ToList()));
    }

    private static Gen<StringBuilder> Concat(List<Gen<StringBuilder>> parts)
        => parts.Count == 0
            ? Gen.Constant(0).Select(_ => new StringBuilder())
            : Gen.CollectToList(parts).Select(pieces => pieces.Aggregate(new StringBuilder(), (all, piece) => all.Append(piece)));

    /// <summary>A code point of the class: mostly a readable one, sometimes any BMP member of a positive class.</summary>
    private static Gen<int> Member(CharClass set)
    {
        var readable = Readable.Where(set.Contains).ToArray();
        if (set.Negated)
        {
            return readable.Length > 0 ? Gen.Elements(readable) : throw new ArgumentException("class matches no readable character", nameof(set));
        }
        var ranges = set.Ranges
            .Select(r => (First: r.First, Last: Math.Min(r.Last, 0xFFFF)))
            .Where(r => r.First <= r.Last)
            .SelectMany(SplitAroundSurrogates)
            .ToArray();
        if (ranges.Length == 0)
        {
            throw new ArgumentException("class has no member in the Basic Multilingual Plane", nameof(set));
        }
        var anyMember = Gen.Elements(ranges).SelectMany(r => Gen.Choose(r.First, r.Last));
        return readable.Length > 0 ? Gen.Frequency((3, Gen.Elements(readable)), (1, anyMember)) : anyMember;
    }

    private static IEnumerable<(int First, int Last)> SplitAroundSurrogates((int First, int Last) range)
    {
        if (range.Last < 0xD800 || range.First > 0xDFFF)
        {
            yield return range;
            yield break;
        }
        if (range.First < 0xD800)
        {
            yield return (range.First, 0xD7FF);
        }
        if (range.Last > 0xDFFF)
        {
            yield return (0xE000, range.Last);
        }
    }
}
