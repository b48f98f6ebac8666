using System.Net;
using System.Text.Json.Nodes;
using ContractKit.Server.Tests.Infrastructure;

namespace ContractKit.Server.Tests;

/// <summary>The guide's two requests, sent as raw HTTP to the generated server, get the guide's answers.</summary>
public sealed class GuideTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task Pushing_the_guides_chat_then_reading_it_back_gives_the_guides_responses()
    {
        using var push = await server.PushAsync(Guide.PushBody);

        Assert.Equal(HttpStatusCode.OK, push.StatusCode);
        Assert.Equal("application/json", push.Content.Headers.ContentType?.MediaType);
        var created = JsonNode.Parse(await push.Content.ReadAsStringAsync())!.AsArray();
        var expected = JsonNode.Parse(Guide.PushResponse)!.AsArray();
        Assert.Equal(expected.Count, created.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.True(JsonNode.DeepEquals(Guide.WithoutIds(expected[i]!), Guide.WithoutIds(created[i]!)), $"message {i}: {created[i]!.ToJsonString()}");
        }
        // Same guest, same conversation; every message its own id.
        var conversationId = created[0]!["conversationId"]!.GetValue<string>();
        Assert.Equal(conversationId, created[1]!["conversationId"]!.GetValue<string>());
        Assert.NotEqual(created[0]!["messageId"]!.GetValue<string>(), created[1]!["messageId"]!.GetValue<string>());

        // The guide's second request: the conversation, by the id the push returned.
        using var read = await server.SendAsync(HttpMethod.Get, $"/api/unified-messaging-service/guest-conversations/{conversationId}", token: ServerFixture.Read);

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        var conversation = JsonNode.Parse(await read.Content.ReadAsStringAsync())!;
        Assert.Equal(conversationId, conversation["conversationId"]!.GetValue<string>());
        Assert.Equal(2, conversation["messageCount"]!.GetValue<int>());
        Assert.Equal("+41791234567", conversation["guestIdentifier"]!["value"]!.GetValue<string>());

        // And its messages, paginated as the guide's third request asks.
        using var page = await server.SendAsync(HttpMethod.Get, $"/api/unified-messaging-service/guest-conversations/{conversationId}/messages?page=0&size=20", token: ServerFixture.Read);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var items = JsonNode.Parse(await page.Content.ReadAsStringAsync())!["items"]!.AsArray();
        Assert.Equal(2, items.Count);
        Assert.True(JsonNode.DeepEquals(created, items), items.ToJsonString());
    }

    [Fact]
    public async Task Absent_query_parameters_get_the_schema_defaults()
    {
        // Another guest than the guide's, so the guide's conversation holds the guide's messages only.
        using var push = await server.PushAsync(Guide.PushBody.Replace("+41791234567", "+41790000000"));
        var conversationId = JsonNode.Parse(await push.Content.ReadAsStringAsync())![0]!["conversationId"]!.GetValue<string>();

        using var page = await server.SendAsync(HttpMethod.Get, $"/api/unified-messaging-service/guest-conversations/{conversationId}/messages", token: ServerFixture.Read);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains($"list {conversationId} page=0 size=20", server.Store.Calls);
    }

    [Fact]
    public async Task An_unknown_conversation_is_the_implementations_404()
    {
        using var response = await server.SendAsync(HttpMethod.Get, "/api/unified-messaging-service/guest-conversations/conv-unknown", token: ServerFixture.Read);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(404, JsonNode.Parse(await response.Content.ReadAsStringAsync())!["status"]!.GetValue<int>());
    }
}
