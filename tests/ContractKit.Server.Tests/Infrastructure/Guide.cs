using System.Text.Json.Nodes;

namespace ContractKit.Server.Tests.Infrastructure;

/// <summary>The requests and responses of the push-conversations guide, verbatim.</summary>
public static class Guide
{
    public const string PushBody = """
        {
        "messages": [
        {
        "guestIdentifier": {
        "type": "PHONENUMBER",
        "value": "+41791234567"
        },
        "platform": "WEBSITE_CHAT",
        "direction": "RECEIVED",
        "content": {
        "type": "text",
        "text": {
        "text": "Hi, I would like to book a room for next weekend."
        }
        },
        "messageCreatedAt": "2026-02-10T10:30:00Z"
        },
        {
        "guestIdentifier": {
        "type": "PHONENUMBER",
        "value": "+41791234567"
        },
        "platform": "WEBSITE_CHAT",
        "direction": "SENT",
        "content": {
        "type": "text",
        "text": {
        "text": "Of course! We have availability. Would you like a standard or deluxe room?"
        }
        },
        "messageCreatedAt": "2026-02-10T10:31:00Z"
        }
        ]
        }
        """;

    public const string PushResponse = """
        [
        {
        "conversationId": "conv-abc123",
        "messageId": "msg-001",
        "direction": "RECEIVED",
        "status": "DELIVERED",
        "communicationChannel": "WEBSITE_CHAT",
        "content": {
        "type": "text",
        "text": { "text": "Hi, I would like to book a room for next weekend." }
        },
        "messageCreatedAt": "2026-02-10T10:30:00Z"
        },
        {
        "conversationId": "conv-abc123",
        "messageId": "msg-002",
        "direction": "SENT",
        "status": "DELIVERED",
        "communicationChannel": "WEBSITE_CHAT",
        "content": {
        "type": "text",
        "text": { "text": "Of course! We have availability. Would you like a standard or deluxe room?" }
        },
        "messageCreatedAt": "2026-02-10T10:31:00Z"
        }
        ]
        """;

    /// <summary>
    /// A created message with its ids removed and its instant normalized: ids are the server's to choose, and
    /// <c>Z</c> and <c>+00:00</c> are the same instant (RFC 3339).
    /// </summary>
    public static JsonNode WithoutIds(JsonNode message)
    {
        var copy = message.DeepClone().AsObject();
        copy.Remove("conversationId");
        copy.Remove("messageId");
        copy["messageCreatedAt"] = DateTimeOffset.Parse(copy["messageCreatedAt"]!.GetValue<string>()).ToUniversalTime().ToString("O");
        return copy;
    }

    /// <summary>A push body of <paramref name="count"/> copies of the guide's first message.</summary>
    public static string PushOf(int count)
    {
        var first = JsonNode.Parse(PushBody)!["messages"]![0]!;
        var messages = new JsonArray(Enumerable.Range(0, count).Select(_ => first.DeepClone()).ToArray());
        return new JsonObject { ["messages"] = messages }.ToJsonString();
    }
}
