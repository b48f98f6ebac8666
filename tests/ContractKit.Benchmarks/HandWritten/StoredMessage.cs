using System.Text.Json.Serialization;

namespace ContractKit.Benchmarks.HandWritten;

/// <summary>A stored message, as the push answers it: one per pushed message, in request order.</summary>
public sealed record StoredMessage
{
    public required string ConversationId { get; init; }

    public required string MessageId { get; init; }

    public required Direction Direction { get; init; }

    public required MessageStatus Status { get; init; }

    public required Platform CommunicationChannel { get; init; }

    public required MessageContent Content { get; init; }

    public required DateTimeOffset MessageCreatedAt { get; init; }
}

/// <summary>Delivery status of a stored message.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MessageStatus>))]
public enum MessageStatus
{
    /// <summary>DELIVERED</summary>
    [JsonStringEnumMemberName("DELIVERED")]
    Delivered,

    /// <summary>READ</summary>
    [JsonStringEnumMemberName("READ")]
    Read,
}

/// <summary>System.Text.Json source generation for the push response.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(PushMessagesRequest))]
[JsonSerializable(typeof(List<StoredMessage>))]
public sealed partial class HandWrittenApiJsonContext : JsonSerializerContext;
