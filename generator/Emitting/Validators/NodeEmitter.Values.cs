using System.Globalization;
using System.Linq;
using ContractKit.Generator.Emitting.Shared;
using ContractKit.Generator.Model.Validation;
using ContractKit.Runtime.Validation;
using static ContractKit.Generator.Emitting.Validators.ValidatorCode;

namespace ContractKit.Generator.Emitting.Validators;

internal static partial class NodeEmitter
{
    private static void EmitArray(SourceWriter writer, ArrayRules rules, StaticFields fields, NodeInlining inlining)
    {
        writer.OpenBlock();
        if (rules.UniqueItems)
        {
            writer.WriteLine($"var duplicate = {Checks}.FirstDuplicateItem(ref reader);");
        }
        writer.WriteLine("var index = 0;");
        writer.OpenBlock($"while (reader.Read() && reader.TokenType != {Token}.EndArray)");
        if (rules.Items is { } items)
        {
            EmitValue(writer, items, fields, inlining);
        }
        else
        {
            writer.WriteLine("reader.Skip();");
        }
        writer.WriteLine("index++;");
        writer.CloseBlock();
        if (rules.MinItems is { } min)
        {
            Check(writer, $"index < {Int(min)}", "minItems", $"Must have at least {Count(min, "item")}.");
        }
        if (rules.MaxItems is { } max)
        {
            Check(writer, $"index > {Int(max)}", "maxItems", $"Must have at most {Count(max, "item")}.");
        }
        if (rules.UniqueItems)
        {
            writer.OpenBlock("if (duplicate >= 0)");
            writer.WriteLine("state.FailItem(ref reader, duplicate, \"uniqueItems\", \"Must not repeat an earlier item: the items must be unique.\");");
            writer.CloseBlock();
        }
        writer.CloseBlock();
    }

    private static void EmitString(SourceWriter writer, ValidatorNode node, StaticFields fields)
    {
        if (node.String is { } rules)
        {
            if (rules.MinLength is not null || rules.MaxLength is not null)
            {
                // Counting code points is needed only when the byte length leaves the answer open.
                writer.OpenBlock($"if (!{Checks}.LengthIsWithin(ref reader, {Int(rules.MinLength ?? 0)}, {(rules.MaxLength is { } most ? Int(most) : "int.MaxValue")}))");
                writer.WriteLine($"var length = {Checks}.StringLength(ref reader);");
                if (rules.MinLength is { } min)
                {
                    Check(writer, $"length < {Int(min)}", "minLength", $"Must be at least {Count(min, "character")} long.");
                }
                if (rules.MaxLength is { } max)
                {
                    Check(writer, $"length > {Int(max)}", "maxLength", $"Must be at most {Count(max, "character")} long.");
                }
                writer.CloseBlock();
            }
            if (rules.Format is "date-time" && node.NotFutureSkew is { } skewTicks)
            {
                EmitNotFutureDateTime(writer, skewTicks);
            }
            else if (rules.Format is { } format)
            {
                Check(writer, $"!{Checks}.HasFormat(ref reader, {CSharpLiteral.String(format)})", "format", $"Must be a valid {format} ({FormatReference(format)}).");
            }
            if (rules.Pattern is { } pattern)
            {
                var regex = rules.PatternEngine == PatternEngine.Ascii
                    ? fields.AddAsciiPattern(node.Name + "Pattern", rules.SourcePattern!)
                    : fields.AddPattern(node.Name + "Pattern", pattern, rules.PatternEngine == PatternEngine.Backtracking);
                var message = rules.PatternEngine == PatternEngine.Backtracking
                    ? $"Must match the pattern {rules.SourcePattern} (a value that takes over {(int)EcmaPattern.BacktrackingTimeout.TotalMilliseconds} ms to match is refused)."
                    : $"Must match the pattern {rules.SourcePattern}.";
                Check(writer, $"!{Checks}.MatchesPattern(ref reader, {regex})", "pattern", message);
            }
        }
        if (node.NotFutureSkew is { } ticks && node.String?.Format != "date-time")
        {
            Check(writer, $"!{Checks}.IsNotInFuture(ref reader, state.Now, {Skew(ticks)})", "x-contractkit-not-future", NotFutureMessage(ticks));
        }
    }

    /// <summary>A date-time that must not be in the future: parsed once for both checks.</summary>
    private static void EmitNotFutureDateTime(SourceWriter writer, long ticks)
    {
        writer.OpenBlock($"switch ({Checks}.CheckNotFutureDateTime(ref reader, state.Now, {Skew(ticks)}))");
        writer.WriteLine($"case {RuntimeNamespace}.DateTimeVerdict.NotDateTime:");
        writer.Indent();
        writer.WriteLine($"state.Fail(ref reader, \"format\", {CSharpLiteral.String($"Must be a valid date-time ({FormatReference("date-time")}).")});");
        writer.WriteLine("break;");
        writer.Unindent();
        writer.WriteLine($"case {RuntimeNamespace}.DateTimeVerdict.InFuture:");
        writer.Indent();
        writer.WriteLine($"state.Fail(ref reader, \"x-contractkit-not-future\", {CSharpLiteral.String(NotFutureMessage(ticks))});");
        writer.WriteLine("break;");
        writer.Unindent();
        writer.CloseBlock();
    }

    private static string Skew(long ticks) => $"global::System.TimeSpan.FromTicks({ticks.ToString(CultureInfo.InvariantCulture)}L)";

    private static string NotFutureMessage(long ticks)
        => ticks == 0
            ? "Must not be in the future."
            : $"Must not be in the future (clock skew of {new System.TimeSpan(ticks).ToString("c", CultureInfo.InvariantCulture)} allowed).";

    private static void EmitNumber(SourceWriter writer, ValidatorNode node)
    {
        var types = node.Types;
        if ((types & JsonTypes.Number) == 0)
        {
            Check(writer, $"!{Checks}.IsInteger(ref reader)", "type", "Must be " + ExpectedTypes(types) + ".");
        }
        if (node.Number is not { } rules)
        {
            return;
        }
        if (rules.Minimum is { } minimum)
        {
            Check(writer, $"{Checks}.CompareNumber(ref reader, {minimum}m) < 0", "minimum", $"Must be at least {minimum}.");
        }
        if (rules.ExclusiveMinimum is { } exclusiveMinimum)
        {
            Check(writer, $"{Checks}.CompareNumber(ref reader, {exclusiveMinimum}m) <= 0", "exclusiveMinimum", $"Must be greater than {exclusiveMinimum}.");
        }
        if (rules.Maximum is { } maximum)
        {
            Check(writer, $"{Checks}.CompareNumber(ref reader, {maximum}m) > 0", "maximum", $"Must be at most {maximum}.");
        }
        if (rules.ExclusiveMaximum is { } exclusiveMaximum)
        {
            Check(writer, $"{Checks}.CompareNumber(ref reader, {exclusiveMaximum}m) >= 0", "exclusiveMaximum", $"Must be less than {exclusiveMaximum}.");
        }
        if (rules.MultipleOf is { } multipleOf)
        {
            Check(writer, $"!{Checks}.IsMultipleOf(ref reader, {multipleOf}m)", "multipleOf", $"Must be a multiple of {multipleOf}.");
        }
        if (rules.Format is "int32")
        {
            Check(writer, $"!{Checks}.FitsInt32(ref reader)", "format", "Must be an int32: a whole number from -2147483648 to 2147483647.");
        }
        else if (rules.Format is "int64")
        {
            Check(writer, $"!{Checks}.FitsInt64(ref reader)", "format", "Must be an int64: a whole number from -9223372036854775808 to 9223372036854775807.");
        }
    }

    private static void Check(SourceWriter writer, string failsWhen, string keyword, string message)
    {
        writer.OpenBlock($"if ({failsWhen})");
        writer.WriteLine($"state.Fail(ref reader, {CSharpLiteral.String(keyword)}, {CSharpLiteral.String(message)});");
        writer.CloseBlock();
    }

    private static string Count(int count, string noun) => Int(count) + " " + noun + (count == 1 ? "" : "s");

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string FormatReference(string format) => format switch
    {
        "date-time" => "RFC 3339 date-time with an offset, like 2026-02-10T10:30:00Z",
        "date" => "RFC 3339 full-date, like 2026-02-10",
        "time" => "RFC 3339 full-time with an offset, like 10:30:00Z",
        "email" => "RFC 5321 address",
        "hostname" => "RFC 1123 host name",
        "ipv4" => "dotted-quad IPv4 address",
        "ipv6" => "RFC 4291 IPv6 address",
        "uri" => "absolute RFC 3986 URI",
        "uri-reference" => "RFC 3986 URI reference",
        "uuid" => "RFC 4122 UUID",
        "duration" => "ISO 8601 duration, like PT5M",
        "json-pointer" => "RFC 6901 JSON Pointer",
        _ => format,
    };
}
