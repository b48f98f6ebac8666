// This file is also compiled into the generator (netstandard2.0, no implicit usings), beside EcmaPattern.cs.
using System;
using System.Collections.Generic;

namespace ContractKit.Runtime.Validation;

/// <summary>
/// ECMA-262's property escapes, <c>\p{…}</c> and <c>\P{…}</c>, as the members of a .NET character class with the same
/// meaning. .NET reads only the short general-category names (<c>\p{L}</c>, <c>\p{Nd}</c>). ECMA also reads the long
/// names (<c>Letter</c>, <c>Decimal_Number</c>), the forms <c>General_Category=…</c> and <c>gc=…</c>, <c>LC</c>, and
/// binary properties; AWS's specs write <c>\p{ASCII}</c>. Scripts (<c>Script=Latin</c>) and the other binary properties
/// have no .NET counterpart and are refused, and so are .NET's block names (<c>\p{IsGreek}</c>), which ECMA does not
/// know.
/// </summary>
internal static class EcmaProperty
{
    private const string Ascii = @"\x00-\x7F";
    private const string NotAscii = @"\x80-\uFFFF";
    private const string HexDigit = "0-9A-Fa-f";
    private const string NotHexDigit = @"\x00-\x2F\x3A-\x40\x47-\x60\x67-\uFFFF";
    private const string AnyUnit = @"\x00-\uFFFF";

    // The general categories by every ECMA name (Unicode's PropertyValueAliases.txt), to the short name .NET reads.
    private static readonly Dictionary<string, string> Categories = CategoryNames();

    // Java's POSIX classes (US-ASCII only, as Java reads them by default), which specs made from Java code carry
    // (AWS writes \p{Print}, \p{Alnum}): named in the error with the ECMA class to write instead.
    private static readonly Dictionary<string, string> JavaClasses = new(StringComparer.Ordinal)
    {
        ["Lower"] = "[a-z]", ["Upper"] = "[A-Z]", ["Alpha"] = "[a-zA-Z]", ["Digit"] = "[0-9]", ["Alnum"] = "[a-zA-Z0-9]",
        ["Punct"] = @"[!-\/:-@\[-`{-~]", ["Graph"] = @"[!-~]", ["Print"] = @"[ -~]", ["Blank"] = @"[ \t]",
        ["Cntrl"] = @"[\x00-\x1F\x7F]", ["XDigit"] = "[0-9a-fA-F]", ["Space"] = @"[ \t\n\x0B\f\r]",
    };

    /// <summary>
    /// Reads <c>\p{name}</c> or <c>\P{name}</c> whose backslash is at <paramref name="i"/>; returns the .NET class
    /// members that mean it and sets <paramref name="end"/> after its <c>}</c>.
    /// </summary>
    /// <exception cref="ArgumentException">No <c>{name}</c> follows, or the name is no property .NET can match.</exception>
    public static string ClassMembers(string pattern, int i, out int end)
    {
        var negated = pattern[i + 1] == 'P';
        var close = i + 2 < pattern.Length && pattern[i + 2] == '{' ? pattern.IndexOf('}', i + 3) : -1;
        if (close < 0)
        {
            throw new ArgumentException($"\\{pattern[i + 1]} at offset {i} is not followed by {{name}}.");
        }
        end = close + 1;
        var name = pattern.Substring(i + 3, close - (i + 3));
        if (Members(name, negated) is { } members)
        {
            return members;
        }
        var escape = $"\\{pattern[i + 1]}{{{name}}} at offset {i}";
        throw new ArgumentException(JavaClasses.TryGetValue(name, out var ecma)
            ? $"{escape} is a Java POSIX class, not ECMA-262; write {(negated ? "[^" + ecma.Substring(1) : ecma)} instead."
            : $"{escape} is no ECMA-262 property that .NET can match (general categories, ASCII, ASCII_Hex_Digit and Any are; scripts are not).");
    }

    private static string? Members(string name, bool negated)
    {
        var equals = name.IndexOf('=');
        if (equals >= 0)
        {
            var key = name.Substring(0, equals);
            return key is "General_Category" or "gc" ? CategoryMembers(name.Substring(equals + 1), negated) : null;
        }
        return name switch
        {
            "ASCII" => negated ? NotAscii : Ascii,
            "ASCII_Hex_Digit" or "AHex" => negated ? NotHexDigit : HexDigit,
            "Any" => negated ? null : AnyUnit, // \P{Any} matches nothing, which a class member cannot say
            _ => CategoryMembers(name, negated),
        };
    }

    private static string? CategoryMembers(string value, bool negated)
    {
        if (!Categories.TryGetValue(value, out var category))
        {
            return null;
        }
        if (category == "LC")
        {
            // Cased_Letter is Lu, Ll and Lt; .NET has no name for it, and its complement is no list of members.
            return negated ? null : @"\p{Lu}\p{Ll}\p{Lt}";
        }
        return (negated ? @"\P{" : @"\p{") + category + "}";
    }

    private static Dictionary<string, string> CategoryNames()
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Cased_Letter"] = "LC", ["Close_Punctuation"] = "Pe", ["Connector_Punctuation"] = "Pc", ["Control"] = "Cc",
            ["cntrl"] = "Cc", ["Currency_Symbol"] = "Sc", ["Dash_Punctuation"] = "Pd", ["Decimal_Number"] = "Nd",
            ["digit"] = "Nd", ["Enclosing_Mark"] = "Me", ["Final_Punctuation"] = "Pf", ["Format"] = "Cf",
            ["Initial_Punctuation"] = "Pi", ["Letter"] = "L", ["Letter_Number"] = "Nl", ["Line_Separator"] = "Zl",
            ["Lowercase_Letter"] = "Ll", ["Mark"] = "M", ["Combining_Mark"] = "M", ["Math_Symbol"] = "Sm",
            ["Modifier_Letter"] = "Lm", ["Modifier_Symbol"] = "Sk", ["Nonspacing_Mark"] = "Mn", ["Number"] = "N",
            ["Open_Punctuation"] = "Ps", ["Other"] = "C", ["Other_Letter"] = "Lo", ["Other_Number"] = "No",
            ["Other_Punctuation"] = "Po", ["Other_Symbol"] = "So", ["Paragraph_Separator"] = "Zp", ["Private_Use"] = "Co",
            ["Punctuation"] = "P", ["punct"] = "P", ["Separator"] = "Z", ["Space_Separator"] = "Zs", ["Spacing_Mark"] = "Mc",
            ["Surrogate"] = "Cs", ["Symbol"] = "S", ["Titlecase_Letter"] = "Lt", ["Unassigned"] = "Cn",
            ["Uppercase_Letter"] = "Lu",
        };
        foreach (var shortName in new List<string>(names.Values))
        {
            names[shortName] = shortName; // each short name stands for itself
        }
        return names;
    }
}
