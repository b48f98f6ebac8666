using System.Text.Json.Nodes;
using ContractKit.Spec.Tests.Infrastructure;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NJsonSchema.Validation;

namespace ContractKit.Spec.Tests;

/// <summary>The push request's ranges hold across their whole range, not only at the examples.</summary>
public class PushRequestProperties
{
    [Property(MaxTest = 40)]
    public Property Any_batch_of_1_to_100_messages_is_valid() =>
        Prop.ForAll(Gen.Choose(1, 100).ToArbitrary(), count =>
        {
            var errors = Validate(PushRequests.WithMessages(count));
            return (errors.Count == 0).Label(errors.Describe());
        });

    [Property(MaxTest = 40)]
    public Property Any_batch_over_100_messages_breaks_only_maxItems() =>
        Prop.ForAll(Gen.Choose(101, 500).ToArbitrary(), count =>
        {
            var errors = Validate(PushRequests.WithMessages(count));
            return (errors.Count == 1 && errors.Single() is { Kind: ValidationErrorKind.TooManyItems, Path: "#/messages" })
                .Label(errors.Describe());
        });

    [Property(MaxTest = 200)]
    public Property Every_E164_number_is_a_valid_phone_identifier() =>
        Prop.ForAll(E164Numbers.ToArbitrary(), phone =>
        {
            var errors = Validate(WithPhone(phone));
            return (errors.Count == 0).Label(errors.Describe());
        });

    [Property(MaxTest = 300)]
    public Property A_phone_identifier_is_valid_exactly_when_the_value_is_E164() =>
        Prop.ForAll(PhoneLikeStrings.ToArbitrary(), phone =>
        {
            var errors = Validate(WithPhone(phone));
            var verdict = IsE164(phone)
                ? errors.Count == 0
                : errors.WithNested().Single(e => e.Kind == ValidationErrorKind.NotOneOf).BranchWhereTypeIs("PHONENUMBER")
                    is [{ Kind: ValidationErrorKind.PatternMismatch, Path: "#/messages[0].guestIdentifier.value" }];
            return verdict.Label($"'{phone}': {errors.Describe()}").Classify(IsE164(phone), "E.164");
        });

    /// <summary>A plus sign, a first digit 1-9 and 1 to 14 more digits.</summary>
    private static readonly Gen<string> E164Numbers =
        from first in Gen.Choose(1, 9)
        from length in Gen.Choose(1, 14)
        from rest in Gen.ArrayOf(Gen.Choose(0, 9), length)
        select $"+{first}{string.Concat(rest)}";

    /// <summary>
    /// E.164 numbers, the near misses people send (no plus, 00 prefix, leading zero, too long, spaces, dashes),
    /// and strings drawn from the characters of phone numbers. No line breaks: NJsonSchema uses .NET regular
    /// expressions, whose <c>$</c> also matches before a final newline, unlike the ECMA-262 dialect JSON Schema uses.
    /// </summary>
    private static readonly Gen<string> PhoneLikeStrings = Gen.OneOf(
        E164Numbers,
        E164Numbers.Select(n => n[1..]),
        E164Numbers.Select(n => "00" + n[1..]),
        E164Numbers.Select(n => "+0" + n[1..]),
        E164Numbers.Select(n => n + "1234567890123"),
        E164Numbers.Select(n => n.Insert(3, " ")),
        E164Numbers.Select(n => n.Insert(3, "-")),
        Gen.Constant("+1"),
        Gen.Elements("+0123456789 -().x".ToCharArray()).ArrayOf().Select(chars => new string(chars)));

    /// <summary>E.164 as the guide means it, checked without a regular expression.</summary>
    private static bool IsE164(string value) =>
        value.Length is >= 3 and <= 16
        && value[0] == '+'
        && value[1] is >= '1' and <= '9'
        && value[2..].All(char.IsAsciiDigit);

    private static JsonObject WithPhone(string phone) =>
        PushRequests.WithFirstMessage(message => message["guestIdentifier"]!["value"] = phone);

    private static ICollection<ValidationError> Validate(JsonNode body) => ComponentSchemas.Validate(PushRequests.Schema, body);
}
