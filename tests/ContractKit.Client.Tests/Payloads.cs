using System.Text;
using System.Text.Json.Nodes;
using ClientTests.Api;
using Microsoft.AspNetCore.Http;

namespace ContractKit.Client.Tests;

/// <summary>Requests the tests send and answers the server gives, valid for the spec.</summary>
public static class Payloads
{
    public static readonly DateTimeOffset Past = DateTimeOffset.Parse("2026-02-10T10:30:00Z");

    /// <summary>Message number <paramref name="n"/>: its text is <c>m{n}</c>, so order is visible end to end.</summary>
    public static PushMessage Message(int n, DateTimeOffset? createdAt = null) => new()
    {
        GuestIdentifier = new PhoneNumberGuestIdentifier { Value = "+41791234567" },
        Platform = Platform.WebsiteChat,
        Direction = Direction.Received,
        Content = new TextContent { Text = new TextBody { Text = "m" + n } },
        MessageCreatedAt = createdAt ?? Past,
    };

    public static List<PushMessage> Messages(int count) => Enumerable.Range(0, count).Select(n => Message(n)).ToList();

    /// <summary>A stored message as the API returns it, for a pushed one (JSON).</summary>
    public static JsonObject Created(JsonNode pushed, string id) => new()
    {
        ["conversationId"] = "conv-1",
        ["messageId"] = id,
        ["direction"] = pushed["direction"]!.DeepClone(),
        ["status"] = "DELIVERED",
        ["communicationChannel"] = pushed["platform"]!.DeepClone(),
        ["content"] = pushed["content"]!.DeepClone(),
        ["messageCreatedAt"] = pushed["messageCreatedAt"]!.DeepClone(),
    };

    /// <summary>Answers a push as the API would: one created message per pushed one, in order.</summary>
    public static Task AnswerPush(HttpContext context, RecordedRequest request)
    {
        var messages = JsonNode.Parse(request.Body)!["messages"]!.AsArray();
        var created = new JsonArray(messages.Select(m => (JsonNode)Created(m!, "msg-" + m!["content"]!["text"]!["text"]!.GetValue<string>())).ToArray());
        return Json(context, 200, created);
    }

    public static JsonObject Conversation(string id) => new()
    {
        ["conversationId"] = id,
        ["guestIdentifier"] = new JsonObject { ["type"] = "PHONENUMBER", ["value"] = "+41791234567" },
        ["pmsPropertyIds"] = new JsonArray("ACCOUNT"),
        ["platforms"] = new JsonArray("WEBSITE_CHAT"),
        ["messageCount"] = 2,
        ["firstMessageAt"] = "2026-02-10T10:30:00Z",
        ["lastMessageAt"] = "2026-02-10T10:31:00Z",
        ["createdAt"] = "2026-02-10T10:35:12Z",
    };

    public static Task Json(HttpContext context, int status, JsonNode body, string contentType = "application/json")
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        return context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(body.ToJsonString())).AsTask();
    }

    public static Task Status(HttpContext context, int status)
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }
}

/// <summary>A clock that always says the same time.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
