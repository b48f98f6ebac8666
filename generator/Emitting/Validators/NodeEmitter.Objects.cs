using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ContractKit.Generator.Emitting.Shared;
using ContractKit.Generator.Model.Validation;
using static ContractKit.Generator.Emitting.Validators.ValidatorCode;

namespace ContractKit.Generator.Emitting.Validators;

internal static partial class NodeEmitter
{
    /// <summary>
    /// Walks the members once: each known member's value is checked by its node, unknown ones by
    /// <c>additionalProperties</c>; required members are ticked off in a bit set and reported after. A member is
    /// found by a switch on its name's length, then compared with the names of that length only.
    /// </summary>
    private static void EmitObject(SourceWriter writer, ObjectRules rules, StaticFields fields, NodeInlining inlining)
    {
        var required = rules.Properties.Where(p => p.IsRequired).ToList();
        var counted = rules.MinProperties is not null || rules.MaxProperties is not null;
        writer.OpenBlock();
        if (required.Count is > 0 and <= 64)
        {
            writer.WriteLine("ulong seen = 0;");
        }
        else if (required.Count > 64)
        {
            writer.WriteLine($"global::System.Span<bool> seen = stackalloc bool[{required.Count}];");
        }
        if (counted)
        {
            writer.WriteLine("var count = 0;");
        }
        writer.OpenBlock($"while (reader.Read() && reader.TokenType == {Token}.PropertyName)");
        if (counted)
        {
            writer.WriteLine("count++;");
        }
        var members = rules.Properties.Where(p => p.Node is not null || p.IsRequired).ToList();
        // Members listed without a schema of their own are not additional: allowed even when those are refused.
        var listedOnly = rules.Additional == AdditionalMembers.Allowed
            ? new List<PropertyRule>()
            : rules.Properties.Where(p => p.Node is null && !p.IsRequired).ToList();
        if (members.Count == 0 && listedOnly.Count == 0)
        {
            EmitAdditional(writer, rules, fields, inlining);
        }
        else
        {
            writer.OpenBlock($"switch ({Checks}.NameLength(ref reader))");
            foreach (var member in members)
            {
                writer.WriteLine(MemberCase(member));
                writer.Indent();
                writer.WriteLine("reader.Read();");
                var bit = required.IndexOf(member);
                if (bit >= 0)
                {
                    writer.WriteLine(required.Count <= 64
                        ? $"seen |= {(1UL << bit).ToString(CultureInfo.InvariantCulture)}UL;"
                        : $"seen[{bit.ToString(CultureInfo.InvariantCulture)}] = true;");
                }
                if (member.Node is null)
                {
                    writer.WriteLine("reader.Skip();");
                }
                else
                {
                    EmitValue(writer, member.Node, fields, inlining);
                }
                writer.WriteLine("break;");
                writer.Unindent();
            }
            if (listedOnly.Count > 0)
            {
                foreach (var member in listedOnly)
                {
                    writer.WriteLine(MemberCase(member));
                }
                writer.Indent();
                writer.WriteLine("reader.Read();");
                writer.WriteLine("reader.Skip();");
                writer.WriteLine("break;");
                writer.Unindent();
            }
            writer.WriteLine("default:");
            writer.Indent();
            EmitAdditional(writer, rules, fields, inlining);
            writer.WriteLine("break;");
            writer.Unindent();
            writer.CloseBlock();
        }
        writer.CloseBlock();
        for (var i = 0; i < required.Count; i++)
        {
            var missing = required.Count <= 64
                ? $"(seen & {(1UL << i).ToString(CultureInfo.InvariantCulture)}UL) == 0"
                : $"!seen[{i.ToString(CultureInfo.InvariantCulture)}]";
            writer.OpenBlock($"if ({missing})");
            writer.WriteLine($"state.FailMember(ref reader, {CSharpLiteral.String(required[i].JsonName)}, \"required\", {CSharpLiteral.String($"Property '{required[i].JsonName}' is required.")});");
            writer.CloseBlock();
        }
        if (rules.MinProperties is { } min)
        {
            Check(writer, $"count < {Int(min)}", "minProperties", $"Must have at least {Count(min, "member")}.");
        }
        if (rules.MaxProperties is { } max)
        {
            Check(writer, $"count > {Int(max)}", "maxProperties", $"Must have at most {Count(max, "member")}.");
        }
        writer.CloseBlock();
    }

    /// <summary><c>case 4 when …TextEquals(ref reader, "type"u8):</c> — the length is the name's in UTF-8 bytes, as
    /// <c>NameLength</c> counts it.</summary>
    internal static string MemberCase(PropertyRule member)
        => $"case {Int(System.Text.Encoding.UTF8.GetByteCount(member.JsonName))} when {Checks}.TextEquals(ref reader, {CSharpLiteral.Utf8(member.JsonName)}):";

    /// <summary>A member <c>properties</c> does not list: the reader is on its name.</summary>
    internal static void EmitAdditional(SourceWriter writer, ObjectRules rules, StaticFields fields, NodeInlining inlining)
    {
        writer.WriteLine("reader.Read();");
        switch (rules.Additional)
        {
            case AdditionalMembers.Forbidden:
                var listed = string.Join(", ", rules.Properties.Select(p => p.JsonName));
                writer.WriteLine($"state.Fail(ref reader, \"additionalProperties\", {CSharpLiteral.String($"Is not allowed: the object may only have {(listed.Length == 0 ? "no members" : listed)}.")});");
                writer.WriteLine("reader.Skip();");
                break;
            case AdditionalMembers.Checked:
                EmitValue(writer, rules.AdditionalNode!, fields, inlining);
                break;
            default:
                writer.WriteLine("reader.Skip();");
                break;
        }
    }
}
