namespace ContractKit.Conformance.Generation.Patterns;

/// <summary>
/// The parsed form of the ECMA-262 pattern subset <see cref="RegexStrings"/> generates from. Characters are
/// Unicode code points; a class is a list of inclusive code point ranges, negated or not.
/// </summary>
internal abstract record RegexNode;

/// <summary>Matches one code point in (or, negated, outside) <paramref name="Ranges"/>; a literal is a one-point range.</summary>
internal sealed record CharClass(IReadOnlyList<(int First, int Last)> Ranges, bool Negated) : RegexNode
{
    public static CharClass Literal(int codePoint) => new([(codePoint, codePoint)], false);

    public bool Contains(int codePoint) => Ranges.Any(r => codePoint >= r.First && codePoint <= r.Last) != Negated;
}

/// <summary>The parts one after another.</summary>
internal sealed record Sequence(IReadOnlyList<RegexNode> Parts) : RegexNode;

/// <summary><c>a|b|c</c>.</summary>
internal sealed record Alternation(IReadOnlyList<RegexNode> Choices) : RegexNode;

/// <summary><c>x*</c>, <c>x+</c>, <c>x?</c>, <c>x{n}</c>, <c>x{n,}</c> (<paramref name="Max"/> null), <c>x{n,m}</c>; lazy or greedy alike.</summary>
internal sealed record Repeat(RegexNode Body, int Min, int? Max) : RegexNode;

/// <summary>
/// A zero-width assertion generation cannot steer (<c>^</c>, <c>$</c>, <c>\b</c>, <c>\B</c>): generation emits
/// nothing for it, and the candidate string is then checked against the whole pattern.
/// </summary>
internal sealed record Assertion(char Kind) : RegexNode;
