using System.Collections.Generic;
using System.Text;

namespace ContractKit.Generator.Parsing;

/// <summary>Turns spec names (schema keys, property names, enum values) into C# identifiers.</summary>
internal static class Naming
{
    /// <summary>
    /// PascalCase from any spelling: <c>messageCreatedAt</c> → <c>MessageCreatedAt</c>, <c>WEBSITE_CHAT</c> →
    /// <c>WebsiteChat</c>, <c>x-rate-limit</c> → <c>XRateLimit</c>. Returns "" when nothing usable is left.
    /// </summary>
    public static string ToPascalCase(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var word in SplitWords(text))
        {
            builder.Append(char.ToUpperInvariant(word[0]));
            var rest = word.Substring(1);
            // An all-caps word (WEBSITE, ID) reads as a word, not an acronym to keep.
            builder.Append(IsAllUpper(word) ? rest.ToLowerInvariant() : rest);
        }
        return builder.ToString();
    }

    /// <summary>A valid C# identifier: PascalCase, a leading '_' before a digit, <paramref name="fallback"/> when empty.</summary>
    public static string ToIdentifier(string text, string fallback)
    {
        var pascal = ToPascalCase(text);
        if (pascal.Length == 0)
        {
            return fallback;
        }
        return char.IsDigit(pascal[0]) ? "_" + pascal : pascal;
    }

    private static IEnumerable<string> SplitWords(string text)
    {
        var word = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!char.IsLetterOrDigit(c))
            {
                if (word.Length > 0)
                {
                    yield return word.ToString();
                    word.Clear();
                }
                continue;
            }
            word.Append(c);
        }
        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }

    private static bool IsAllUpper(string word)
    {
        var hasLetter = false;
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }
            hasLetter |= char.IsLetter(c);
        }
        return hasLetter && word.Length > 1;
    }
}

/// <summary>Hands out names unique within one scope, suffixing 2, 3, … in the order they are asked for.</summary>
/// <remarks>
/// With a <c>companionSuffix</c>, a name also takes its companion (a type <c>Pet</c> takes <c>PetJsonConverter</c>),
/// so a schema named <c>PetJsonConverter</c> can never clash with the converter of <c>Pet</c>.
/// With <c>ignoreCase</c>, names that differ only in case clash: for names that become file (hint) names, which
/// Roslyn requires unique ignoring case (a second one throws, and the generator adds nothing), as do the file
/// systems of Windows and macOS when generated files are written out. OpenBanking's <c>OBRate1_0</c> and
/// <c>OB_Rate1_0</c> read <c>OBRate10</c> and <c>ObRate10</c>.
/// </remarks>
internal sealed class UniqueNames
{
    private readonly HashSet<string> taken;
    private readonly string? companionSuffix;

    public UniqueNames(IEnumerable<string>? reserved = null, string? companionSuffix = null, bool ignoreCase = false)
    {
        var comparer = ignoreCase ? System.StringComparer.OrdinalIgnoreCase : System.StringComparer.Ordinal;
        taken = new HashSet<string>(reserved ?? System.Array.Empty<string>(), comparer);
        this.companionSuffix = companionSuffix;
    }

    public string Claim(string name)
    {
        var candidate = name;
        for (var n = 2; !IsFree(candidate); n++)
        {
            candidate = name + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        taken.Add(candidate);
        if (companionSuffix is not null)
        {
            taken.Add(candidate + companionSuffix);
        }
        return candidate;
    }

    private bool IsFree(string candidate)
        => !taken.Contains(candidate) && (companionSuffix is null || !taken.Contains(candidate + companionSuffix));
}
