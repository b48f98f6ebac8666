using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ContractKit.Conformance.Generation.Patterns;
using ContractKit.Generator.Tests.Infrastructure;
using ContractKit.Runtime.Validation;
using ContractKit.Tests.Shared;

namespace ContractKit.Generator.Tests.Validators;

/// <summary>
/// Where the generated validators and NJsonSchema disagree, which side is right. Each rule recognises one known
/// cause from the instance itself (not from either tool's verdict) and cites the text that settles it; every rule
/// here finds NJsonSchema wrong or unable to know. A disagreement no rule explains is returned as null, and the
/// differential test fails on it with the instance printed.
/// </summary>
internal static partial class NJsonSchemaDisagreements
{
    /// <summary>Why NJsonSchema rejects an instance the validator accepts, or null.</summary>
    public static string? ExplainRejected(CorpusValidation corpus, string schema, JsonNode? instance)
    {
        // JSON Schema 2020-12 §6.1.3: `const` is "functionally equivalent to an enum containing a single value";
        // NJsonSchema 11 does not implement const and accepts anything there, so a oneOf of consts (Discord's enums)
        // matches in several branches and fails. Spelled as enum, NJsonSchema agrees.
        var errors = corpus.OracleWithConstAsEnum.Tree(schema, instance);
        if (errors.Count == 0)
        {
            return "NJsonSchema ignores const (JSON Schema 2020-12 §6.1.3)";
        }
        var reasons = new HashSet<string>(StringComparer.Ordinal);
        return errors.All(e => Explained(instance, e, reasons)) && reasons.Count > 0 ? string.Join("; ", reasons.Order(StringComparer.Ordinal)) : null;
    }

    /// <summary>
    /// Whether NJsonSchema is wrong to report <paramref name="error"/>: a leaf by a rule; a oneOf (anyOf) failure
    /// when, read rightly, exactly one (at least one) branch matches: the branches it passed plus those it failed only
    /// for explained reasons; any other wrapper (an array item, allOf, a type list) when everything nested in it is
    /// explained.
    /// </summary>
    private static bool Explained(JsonNode? instance, OracleError error, HashSet<string> reasons)
    {
        if ((NullIsNotAnObject(instance, error) ?? NullIsNotEmptyString(instance, error) ?? LengthInCodePoints(instance, error)) is { } why)
        {
            reasons.Add(why);
            return true;
        }
        if (!error.Wraps)
        {
            return false;
        }
        var matching = error.Branches.Count(branch => branch.All(e => Explained(instance, e, reasons)));
        return error.Kind switch
        {
            "NotOneOf" => matching == 1,
            "NotAnyOf" => matching >= 1,
            _ => matching == error.Branches.Count,
        };
    }

    /// <summary>Why NJsonSchema accepts an instance the validator rejects, or null.</summary>
    public static string? ExplainAccepted(CorpusValidation corpus, string schema, JsonNode? instance, IReadOnlyList<ValidationError> errors)
    {
        var reasons = errors.Select(error => Accepted(corpus, schema, instance, error)).ToList();
        return reasons.Any(r => r is null) ? null : string.Join("; ", reasons.Distinct());
    }

    private static string? Accepted(CorpusValidation corpus, string schema, JsonNode? instance, ValidationError error)
    {
        var value = Resolve(instance, error.Pointer, out var exists);
        var text = exists && value is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;
        var raw = RawSchemas.At(corpus.Json, schema, instance, error.Pointer);
        switch (error.Keyword)
        {
            case "format":
                return Format(Keyword(corpus.Json, raw, "format") is JsonValue f ? f.GetValue<string>() : null, value, text);
            // JSON Schema 2020-12 §6.3.3: pattern is ECMA-262, where `$` without the m flag is the end of input
            // (ECMA-262 §22.2.2.6). NJsonSchema runs .NET regex, whose `$` also matches before a final "\n".
            case "pattern" when text is not null && text.EndsWith('\n') && Keyword(corpus.Json, raw, "pattern") is JsonValue p
                                && EcmaRegex.IsMatch(p.GetValue<string>(), text[..^1]) == true:
                return "NJsonSchema's `$` matches before a final newline (ECMA-262 §22.2.2.6: end of input only)";
            // JSON Schema 2020-12 §6.3.1/§6.3.2: a string's length is its number of characters as RFC 8259 defines
            // them, code points. NJsonSchema counts UTF-16 units, so "😀" is 2 long to it.
            case "minLength" or "maxLength" when text is not null && Keyword(corpus.Json, raw, error.Keyword) is JsonValue bound
                                                 && LengthDiffers(text, error.Keyword, bound.GetValue<int>()):
                return "NJsonSchema counts UTF-16 units, not code points (JSON Schema 2020-12 §6.3.1)";
            // Our extension (spec/README.md); JSON Schema ignores keywords it does not know (2020-12 §6.5 annotations).
            case "x-contractkit-not-future":
                return "NJsonSchema does not know x-contractkit-not-future";
            // OpenAPI 3.0.3 (adopted from the "Clarify nullable" proposal): nullable "only takes effect if type is
            // explicitly defined within the same Schema Object", so `nullable: true` beside `allOf: [$ref]` does not
            // admit null. NJsonSchema admits null wherever nullable is true.
            case "type" when exists && value is null && raw is not null && raw["nullable"] is JsonValue nullable
                             && nullable.GetValueKind() == JsonValueKind.True && !raw.ContainsKey("type"):
                return "NJsonSchema honours nullable without a sibling type (OpenAPI 3.0.3: it takes effect only beside type)";
            default:
                return null;
        }
    }

    private static string? Format(string? format, JsonNode? value, string? text) => format switch
    {
        // RFC 3339 §5.6: date-time = full-date "T" full-time, full-time = partial-time time-offset; the offset is
        // required. NJsonSchema parses with DateTime and accepts a local time.
        "date-time" when text is not null && LocalDateTime().IsMatch(text)
            => "NJsonSchema accepts a date-time without offset (RFC 3339 §5.6 requires it)",
        // RFC 3986 §2: a space is in no URI production (it must be %20). NJsonSchema uses Uri.TryCreate, which escapes it.
        "uri" when text is not null && text.Contains(' ')
            => "NJsonSchema accepts a URI with a space (RFC 3986 §2 allows none)",
        // JSON Schema 2020-12 §7.3.5 defines uri-reference (an RFC 3986 URI-reference: no spaces either); NJsonSchema
        // has no check for it and passes any string.
        "uri-reference" when text is not null && text.Contains(' ')
            => "NJsonSchema does not check uri-reference (JSON Schema 2020-12 §7.3.5, RFC 3986 §2)",
        // OpenAPI 3.x Data Types: int32 is "signed 32 bits"; NJsonSchema checks no integer format.
        "int32" when value is JsonValue n && n.GetValueKind() == JsonValueKind.Number && decimal.TryParse(n.ToJsonString(), out var number) && number is > int.MaxValue or < int.MinValue
            => "NJsonSchema does not check the int32 range (OpenAPI Data Types: signed 32 bits)",
        _ => null,
    };

    /// <summary>
    /// JSON Schema 2020-12 §6.5 (required, min/maxProperties) and §10.3.2 (additionalProperties) constrain objects
    /// only; any other instance, null included, is valid against them. NJsonSchema checks `required` on a null
    /// that a nullable object schema allows.
    /// </summary>
    private static string? NullIsNotAnObject(JsonNode? instance, OracleError error)
    {
        var container = error.Keyword == "required" ? Parent(error.Pointer) : error.Pointer;
        if (error.Keyword is not ("required" or "additionalProperties" or "minProperties" or "maxProperties"))
        {
            return null;
        }
        return Resolve(instance, container, out var exists) is null && exists
            ? "NJsonSchema applies object keywords to null (JSON Schema 2020-12 §6.5: they constrain objects only)"
            : null;
    }

    /// <summary>
    /// JSON Schema 2020-12 §4.2.2: two instances are equal only if they are of the same type; null is not "".
    /// NJsonSchema's uniqueItems compares items as text, so an array holding both fails (reported as uniqueItems,
    /// or as no type validating for a type list like [array, null]).
    /// </summary>
    private static string? NullIsNotEmptyString(JsonNode? instance, OracleError error)
    {
        if (error.Kind is not ("ItemsNotUnique" or "NoTypeValidates") || Resolve(instance, error.Pointer, out _) is not JsonArray array)
        {
            return null;
        }
        var distinct = array.Select((a, i) => array.Skip(i + 1).All(b => !JsonNode.DeepEquals(a, b))).All(x => x);
        var both = array.Any(i => i is null) && array.Any(i => i is JsonValue s && s.GetValueKind() == JsonValueKind.String && s.GetValue<string>() == "");
        return distinct && both ? "NJsonSchema's uniqueItems equates null with \"\" (JSON Schema 2020-12 §4.2.2)" : null;
    }

    /// <summary>
    /// JSON Schema 2020-12 §6.3.1/§6.3.2: a string's length is its number of characters (RFC 8259: code points).
    /// NJsonSchema counts UTF-16 units, so a string with "😀" at its maxLength in code points is too long to it.
    /// </summary>
    private static string? LengthInCodePoints(JsonNode? instance, OracleError error)
    {
        if (error.Limit is not { } limit || Resolve(instance, error.Pointer, out _) is not JsonValue value || value.GetValueKind() != JsonValueKind.String)
        {
            return null;
        }
        var text = value.GetValue<string>();
        var codePoints = text.EnumerateRunes().Count();
        var withinInCodePoints = error.Keyword == "minLength" ? codePoints >= limit : codePoints <= limit;
        return withinInCodePoints && text.Length != codePoints ? "NJsonSchema counts UTF-16 units, not code points (JSON Schema 2020-12 §6.3.1)" : null;
    }

    private static bool LengthDiffers(string text, string keyword, int bound)
    {
        var codePoints = text.EnumerateRunes().Count();
        return keyword == "minLength" ? codePoints < bound && text.Length >= bound : codePoints > bound && text.Length <= bound;
    }

    /// <summary>A keyword of the schema as written: on it, on its $ref target, or on an allOf member.</summary>
    private static JsonNode? Keyword(JsonObject document, JsonObject? schema, string name, int depth = 0)
    {
        if (schema is null || depth > 16)
        {
            return null;
        }
        if (schema[name] is { } value)
        {
            return value;
        }
        return Keyword(document, RawSchemas.Resolve(document, schema), name, depth + 1)
            ?? (schema["allOf"] as JsonArray ?? []).OfType<JsonObject>().Select(m => Keyword(document, m, name, depth + 1)).FirstOrDefault(v => v is not null);
    }

    private static string Parent(string pointer) => pointer.Length == 0 ? "" : pointer[..pointer.LastIndexOf('/')];

    /// <summary>The value at an RFC 6901 pointer; <paramref name="exists"/> tells a JSON null from nothing there.</summary>
    private static JsonNode? Resolve(JsonNode? node, string pointer, out bool exists)
    {
        exists = true;
        foreach (var token in pointer.Split('/').Skip(1).Select(t => t.Replace("~1", "/").Replace("~0", "~")))
        {
            switch (node)
            {
                case JsonObject obj when obj.TryGetPropertyValue(token, out var child):
                    node = child;
                    break;
                case JsonArray array when int.TryParse(token, out var index) && index < array.Count:
                    node = array[index];
                    break;
                default:
                    exists = false;
                    return null;
            }
        }
        return node;
    }

    /// <summary>An RFC 3339 date and time with no offset.</summary>
    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex LocalDateTime();
}
