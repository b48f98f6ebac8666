using System.Text.Json.Serialization;

namespace ContractKit.Benchmarks.HandWrittenMutable;

// The same shapes as PushModels.cs, as mutable classes ({ get; set; }) without `required`: the shape System.Text.Json's
// source generator reads fastest (parameterless constructor, then setters, no required-property tracking), so the
// best case of the baseline. It does less than the generated converters: a missing property is not an error.

/// <summary>A batch of one to 100 messages.</summary>
public sealed class PushMessagesRequest
{
    /// <summary>The messages, in request order.</summary>
    public IReadOnlyList<PushMessage> Messages { get; set; } = null!;
}

/// <summary>One pushed message.</summary>
public sealed class PushMessage
{
    /// <summary>The property; ACCOUNT when absent.</summary>
    public string PmsPropertyId { get; set; } = "ACCOUNT";

    /// <summary>The guest.</summary>
    public GuestIdentifier GuestIdentifier { get; set; } = null!;

    /// <summary>The external platform.</summary>
    public Platform Platform { get; set; }

    /// <summary>Who sent it.</summary>
    public Direction Direction { get; set; }

    /// <summary>Text or e-mail.</summary>
    public MessageContent Content { get; set; } = null!;

    /// <summary>When it was created on the platform.</summary>
    public DateTimeOffset MessageCreatedAt { get; set; }
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
    public string Value { get; set; } = null!;
}

/// <summary>A guest identified by e-mail address.</summary>
public sealed class EmailAddressGuestIdentifier : GuestIdentifier
{
    /// <summary>The address.</summary>
    public string Value { get; set; } = null!;
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
    public TextBody Text { get; set; } = null!;
}

/// <summary>The body of a text message.</summary>
public sealed class TextBody
{
    /// <summary>The text.</summary>
    public string Text { get; set; } = null!;
}

/// <summary>An e-mail.</summary>
public sealed class EmailContent : MessageContent
{
    /// <summary>Subject and body.</summary>
    public EmailBody Email { get; set; } = null!;
}

/// <summary>Subject and body of an e-mail.</summary>
public sealed class EmailBody
{
    /// <summary>The subject line.</summary>
    public string Subject { get; set; } = null!;

    /// <summary>Plain text, HTML or both.</summary>
    public EmailBodyContent Content { get; set; } = null!;
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
