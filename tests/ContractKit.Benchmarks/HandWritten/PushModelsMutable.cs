using System.Text.Json.Serialization;

namespace ContractKit.Benchmarks.HandWrittenMutable;

// The same shapes as ../HandWritten/PushModels.cs, as mutable classes ({ get; set; }): the shape System.Text.Json's
// source generator reads fastest (parameterless constructor, then setters), so the best case of the baseline.

/// <summary>A batch of one to 100 messages.</summary>
public sealed class PushMessagesRequest
{
    /// <summary>The messages, in request order.</summary>
    public required IReadOnlyList<PushMessage> Messages { get; set; }
}

/// <summary>One pushed message.</summary>
public sealed class PushMessage
{
    /// <summary>The property; ACCOUNT when absent.</summary>
    public string PmsPropertyId { get; set; } = "ACCOUNT";

    /// <summary>The guest.</summary>
    public required GuestIdentifier GuestIdentifier { get; set; }

    /// <summary>The external platform.</summary>
    public required Platform Platform { get; set; }

    /// <summary>Who sent it.</summary>
    public required Direction Direction { get; set; }

    /// <summary>Text or e-mail.</summary>
    public required MessageContent Content { get; set; }

    /// <summary>When it was created on the platform.</summary>
    public required DateTimeOffset MessageCreatedAt { get; set; }
}

/// <summary>Phone number or e-mail address, discriminated by "type".</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(PhoneNumberGuestIdentifier), "PHONENUMBER")]
[JsonDerivedType(typeof(EmailAddressGuestIdentifier), "EMAILADDRESS")]
public abstract class GuestIdentifier
{
}

/// <summary>A guest identified by an E.164 phone number.</summary>
public sealed class PhoneNumberGuestIdentifier : GuestIdentifier
{
    /// <summary>The phone number.</summary>
    public required string Value { get; set; }
}

/// <summary>A guest identified by e-mail address.</summary>
public sealed class EmailAddressGuestIdentifier : GuestIdentifier
{
    /// <summary>The address.</summary>
    public required string Value { get; set; }
}

/// <summary>Text or e-mail content, discriminated by "type".</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(TextContent), "text")]
[JsonDerivedType(typeof(EmailContent), "email")]
public abstract class MessageContent
{
}

/// <summary>A text message.</summary>
public sealed class TextContent : MessageContent
{
    /// <summary>Its body.</summary>
    public required TextBody Text { get; set; }
}

/// <summary>The body of a text message.</summary>
public sealed class TextBody
{
    /// <summary>The text.</summary>
    public required string Text { get; set; }
}

/// <summary>An e-mail.</summary>
public sealed class EmailContent : MessageContent
{
    /// <summary>Subject and body.</summary>
    public required EmailBody Email { get; set; }
}

/// <summary>Subject and body of an e-mail.</summary>
public sealed class EmailBody
{
    /// <summary>The subject line.</summary>
    public required string Subject { get; set; }

    /// <summary>Plain text, HTML or both.</summary>
    public required EmailBodyContent Content { get; set; }
}

/// <summary>The body of an e-mail; absent parts are not written.</summary>
public sealed class EmailBodyContent
{
    /// <summary>Plain text version.</summary>
    public string? Text { get; set; }

    /// <summary>HTML version.</summary>
    public string? Html { get; set; }
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

/// <summary>System.Text.Json source generation for the mutable hand-written types (camelCase, nulls not written).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(PushMessagesRequest))]
public sealed partial class HandWrittenMutableJsonContext : JsonSerializerContext;
