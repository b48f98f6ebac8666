using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContractKit.Conformance.Generation.Patterns;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.OpenApi;

namespace ContractKit.Conformance.Generation;

/// <summary>
/// Strings for a string schema: of its format when it names one we know, else matching its <c>pattern</c> (see
/// <see cref="RegexStrings"/>), else text; every one within <c>minLength</c>/<c>maxLength</c> code points and
/// checked against the pattern as ECMA-262 reads it (<see cref="EcmaRegex"/>). When nothing generated passes, the
/// schema's example/examples/default are used if they pass (not for known formats: they are not checked here);
/// when none does, the schema cannot be generated from and <see cref="StringPlan.CannotGenerate"/> says why.
/// </summary>
internal sealed class StringInstances
{
    private static readonly string[] Words = { "alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "Grüße", "naïve café", "😀 smile", "" };

    /// <summary>Text of a given length draws from these: letters, digits, punctuation, and code points beyond UTF-16's one unit.</summary>
    private static readonly string[] TextCharacters = "abcdefghijklmnopqrstuvwxyzABCXYZ0123456789 -_.é"
        .Select(c => c.ToString()).Append("😀").Append("𝄞").ToArray();

    private static readonly string[] PatternPadding = "abcxyz0189-_.é ".Select(c => c.ToString()).ToArray();

    private readonly ConcurrentDictionary<IOpenApiSchema, StringPlan> plans = new(ReferenceEqualityComparer.Instance);

    /// <summary>The plan for a resolved string schema (computed once per schema).</summary>
    public StringPlan Plan(IOpenApiSchema schema) => plans.GetOrAdd(schema, Make);

    /// <summary>A word: what any unconstrained string gets.</summary>
    public static Gen<JsonNode?> Word() => Gen.Elements(Words).Select(w => (JsonNode?)JsonValue.Create(w));

    private static StringPlan Make(IOpenApiSchema schema)
    {
        var min = Math.Max(0, schema.MinLength ?? 0);
        var max = schema.MaxLength;
        var fallback = Word();
        if (max < min)
        {
            return new StringPlan(fallback, $"minLength {min} > maxLength {max}");
        }
        var pattern = schema.Pattern;
        if (pattern is not null && EcmaRegex.TryCompile(pattern) is null)
        {
            return new StringPlan(fallback, $"pattern '{pattern}' cannot be checked as ECMA-262 here");
        }
        bool Accept(string value)
        {
            var length = SchemaFacts.CodePoints(value);
            return length >= min && (max is null || length <= max) && (pattern is null || EcmaRegex.IsMatch(pattern, value) == true);
        }

        string? unsupported = null;
        var knownFormat = FormatStrings.For(schema.Format);
        Gen<string>? candidates = knownFormat;
        if (candidates is null && pattern is not null)
        {
            candidates = Matching(pattern, min, max, out unsupported);
        }
        if (candidates is null && pattern is null)
        {
            candidates = Text(min, max);
        }

        var pool = candidates is null ? [] : Probing.Passing(candidates, Accept, s => s);
        if (knownFormat is null)
        {
            // An example of a format we do not generate is trusted as far as pattern and length: the format is an annotation.
            pool.AddRange(SchemaFacts.Samples(schema)
                .Where(n => n.GetValueKind() == JsonValueKind.String)
                .Select(n => n.GetValue<string>())
                .Where(Accept)
                .Where(s => !pool.Contains(s)));
        }
        if (pool.Count == 0)
        {
            var why = unsupported is not null
                ? $"pattern '{pattern}' is outside the generated subset ({unsupported}) and no example matches it"
                : $"no generated string meets {Describe(schema)}";
            return new StringPlan(fallback, why);
        }
        var generator = candidates is null
            ? Gen.Elements(pool.ToArray())
            : Probing.Retry(candidates, Accept, pool, s => s);
        return new StringPlan(generator.Select(s => (JsonNode?)JsonValue.Create(s)), null);
    }

    /// <summary>
    /// Matches of the pattern, sometimes with text before or after, up to minLength long (a pattern matches
    /// anywhere unless anchored, so <c>^https://</c> takes "https://example").
    /// </summary>
    private static Gen<string>? Matching(string pattern, int minLength, int? maxLength, out string? unsupported)
    {
        if (EcmaRegexParser.TryParse(pattern, out unsupported) is not { } node)
        {
            return null;
        }
        try
        {
            var match = RegexStrings.For(node, maxLength);
            // Padding stays in the BMP, as RegexStrings does: "😀" is one character to a u-flag matcher, two without.
            var word = Gen.Choose(1, Math.Max(4, minLength)).SelectMany(n => Gen.ArrayOf(Gen.Elements(PatternPadding), n)).Select(string.Concat);
            return Gen.Frequency(
                (4, match),
                (1, match.SelectMany(m => word.Select(w => m + w))),
                (1, match.SelectMany(m => word.Select(w => w + m))));
        }
        catch (ArgumentException e)
        {
            unsupported = e.Message;
            return null;
        }
    }

    /// <summary>Words when the length is free; otherwise text of a drawn length, some of it beyond one UTF-16 unit per code point.</summary>
    private static Gen<string> Text(int min, int? max)
    {
        if (min == 0 && max is null)
        {
            return Gen.Elements(Words);
        }
        var upper = Math.Min(max ?? min + 24, min + 24);
        return Gen.Choose(min, upper).SelectMany(n => Gen.ArrayOf(Gen.Elements(TextCharacters), n)).Select(string.Concat);
    }

    private static string Describe(IOpenApiSchema schema)
        => string.Join(", ", new[]
        {
            schema.Format is { } f ? $"format {f}" : null,
            schema.Pattern is { } p ? $"pattern '{p}'" : null,
            schema.MinLength is { } min ? $"minLength {min}" : null,
            schema.MaxLength is { } max ? $"maxLength {max}" : null,
        }.Where(s => s is not null));
}

/// <summary>How strings of one schema are generated.</summary>
/// <param name="Generator">Valid strings; when <paramref name="CannotGenerate"/> is set, words that may break the schema.</param>
/// <param name="CannotGenerate">Why no valid string can be generated, or null.</param>
internal sealed record StringPlan(Gen<JsonNode?> Generator, string? CannotGenerate);
