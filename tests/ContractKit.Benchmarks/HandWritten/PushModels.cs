using System.Text.Json.Serialization;

namespace ContractKit.Benchmarks.HandWritten;

// What a developer would write by hand for the push body, for System.Text.Json's own source generator: the same
// shapes as the generated models (required init-only properties, pmsPropertyId defaulting to ACCOUNT), with the two
// oneOf unions as [JsonPolymorphic] hierarchies discriminated by "type" and the string enums as C# enums.

/// <summary>A batch of one to 100 messages.</summary>
public sealed record PushMessagesRequest
{
    /// <summary>The messages, in request order.</summary>
    public required IReadOnlyList<PushMessage> Messages { get; init; }
}

/// <summary>One pushed message.</summary>
public sealed record PushMessage
{
    /// <summary>The property; ACCOUNT when absent.</summary>
    /// <remarks>
    /// A setter, not init: STJ's source generator passes every init-only property of a type that has any through its
    /// member-initializer path, where a property the JSON lacks is set to null and the initializer's ACCOUNT is lost.
    /// </remarks>
    public string PmsPropertyId { get; set; } = "ACCOUNT";

    /// <summary>The guest.</summary>
    public required GuestIdentifier GuestIdentifier { get; init; }

    /// <summary>The external platform.</summary>
    public required Platform Platform { get; init; }

    /// <summary>Who sent it.</summary>
    public required Direction Direction { get; init; }

    /// <summary>Text or e-mail.</summary>
    public required MessageContent Content { get; init; }

    /// <summary>When it was created on the platform.</summary>
    public required DateTimeOffset MessageCreatedAt { get; init; }
}

/// <summary>Phone number or e-mail address, discriminated by "type".</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(PhoneNumberGuestIdentifier), "PHONENUMBER")]
[JsonDerivedType(typeof(EmailAddressGuestIdentifier), "EMAILADDRESS")]
public abstract record GuestIdentifier;

/// <summary>A guest identified by an E.164 phone number.</summary>
public sealed record PhoneNumberGuestIdentifier : GuestIdentifier
{
    /// <summary>The phone number.</summary>
    public required string Value { get; init; }
}

/// <summary>A guest identified by e-mail address.</summary>
public sealed record EmailAddressGuestIdentifier : GuestIdentifier
{
    /// <summary>The address.</summary>
    public required string Value { get; init; }
}

/// <summary>Text or e-mail content, discriminated by "type".</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(TextContent), "text")]
[JsonDerivedType(typeof(EmailContent), "email")]
public abstract record MessageContent;

/// <summary>A text message.</summary>
public sealed record TextContent : MessageContent
{
    /// <summary>Its body.</summary>
    public required TextBody Text { get; init; }
}

/// <summary>The body of a text message.</summary>
public sealed record TextBody
{
    /// <summary>The text.</summary>
    public required string Text { get; init; }
}

/// <summary>An e-mail.</summary>
public sealed record EmailContent : MessageContent
{
    /// <summary>Subject and body.</summary>
    public required EmailBody Email { get; init; }
}

/// <summary>Subject and body of an e-mail.</summary>
public sealed record EmailBody
{
    /// <summary>The subject line.</summary>
    public required string Subject { get; init; }

    /// <summary>Plain text, HTML or both.</summary>
    public required EmailBodyContent Content { get; init; }
}

/// <summary>The body of an e-mail; absent parts are not written.</summary>
public sealed record EmailBodyContent
{
    /// <summary>Plain text version.</summary>
    public string? Text { get; init; }

    /// <summary>HTML version.</summary>
    public string? Html { get; init; }
}

/// <summary>The external platform.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Platform>))]
public enum Platform
{
    /// <summary>WEBSITE_CHAT</summary>
    [JsonStringEnumMemberName("WEBSITE_CHAT")]
    WebsiteChat,

    /// <summary>PHONE_CALL</summary>
    [JsonStringEnumMemberName("PHONE_CALL")]
    PhoneCall,
}

/// <summary>Who sent the message.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Direction>))]
public enum Direction
{
    /// <summary>RECEIVED</summary>
    [JsonStringEnumMemberName("RECEIVED")]
    Received,

    /// <summary>SENT</summary>
    [JsonStringEnumMemberName("SENT")]
    Sent,
}

/// <summary>System.Text.Json source generation for the hand-written types (camelCase, nulls not written).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(PushMessagesRequest))]
public sealed partial class HandWrittenJsonContext : JsonSerializerContext;
