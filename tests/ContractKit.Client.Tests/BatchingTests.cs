using System.Text.Json.Nodes;
using ClientTests.Api;
using ContractKit.Runtime.Http;

namespace ContractKit.Client.Tests;

/// <summary>Auto-batching of <c>PushMessagesAsync(IEnumerable&lt;PushMessage&gt;)</c> against a real server.</summary>
public sealed class BatchingTests
{
    private const string Push = "/guest-conversations/messages";

    [Fact]
    public async Task Pushing_250_messages_sends_100_100_50_and_returns_results_in_input_order()
    {
        await using var server = await LoopbackServer.StartAsync((context, request, _) => Payloads.AnswerPush(context, request));
        var client = new UnifiedMessagingClient(new HttpClient { BaseAddress = server.BaseAddress });

        var created = await client.PushMessagesAsync(Payloads.Messages(250), idempotencyKey: "batch-1");

        var requests = server.To(Push);
        Assert.Equal(new[] { 100, 100, 50 }, requests.Select(r => JsonNode.Parse(r.Body)!["messages"]!.AsArray().Count));
        Assert.Equal(Enumerable.Range(0, 250).Select(n => "msg-m" + n), created.Select(m => m.MessageId));
        // Each chunk carries its own key, derived from the caller's.
        Assert.Equal(new[] { "batch-1-0", "batch-1-1", "batch-1-2" }, requests.Select(r => r.Header("Idempotency-Key")));
    }

    [Theory]
    [InlineData(500)]
    [InlineData(400)]
    public async Task A_failing_middle_chunk_reports_every_chunk_and_keeps_the_accepted_results(int status)
    {
        await using var server = await LoopbackServer.StartAsync((context, request, index) =>
            index == 1 ? Payloads.Json(context, status, new JsonObject { ["title"] = "nope", ["status"] = status }, "application/problem+json") : Payloads.AnswerPush(context, request));
        var client = new UnifiedMessagingClient(new HttpClient { BaseAddress = server.BaseAddress });

        var exception = await Assert.ThrowsAsync<ApiBatchException<IReadOnlyList<Message>>>(() => client.PushMessagesAsync(Payloads.Messages(250)));

        Assert.Equal(2, server.To(Push).Count);
        Assert.Equal(new[] { ApiBatchChunkStatus.Accepted, ApiBatchChunkStatus.Failed, ApiBatchChunkStatus.NotSent }, exception.Chunks.Select(c => c.Status));
        Assert.Equal(new[] { (0, 100), (100, 100), (200, 50) }, exception.Chunks.Select(c => (c.Start, c.Count)));
        Assert.Equal(Enumerable.Range(0, 100).Select(n => "msg-m" + n), exception.Chunks[0].Result!.Select(m => m.MessageId));
        var failure = Assert.IsType<ApiException>(exception.Chunks[1].Failure);
        Assert.Equal(status, (int?)failure.StatusCode);
        Assert.Equal("nope", failure.Problem?.Title);
        Assert.Null(exception.Chunks[2].Result);
        Assert.Null(exception.Chunks[2].Failure);
    }

    [Fact]
    public async Task An_invalid_item_in_any_chunk_sends_nothing()
    {
        await using var server = await LoopbackServer.StartAsync((context, request, _) => Payloads.AnswerPush(context, request));
        var now = DateTimeOffset.Parse("2026-03-01T00:00:00Z");
        var client = new UnifiedMessagingClient(new HttpClient { BaseAddress = server.BaseAddress },
            new UnifiedMessagingClientOptions { ValidationOptions = new() { TimeProvider = new FixedClock(now) } });
        var messages = Payloads.Messages(250);
        messages[230] = Payloads.Message(230, now.AddDays(1));

        var exception = await Assert.ThrowsAsync<ApiValidationException>(() => client.PushMessagesAsync(messages));

        Assert.Empty(server.Requests);
        Assert.Equal(2, exception.ChunkIndex);
        var error = Assert.Single(exception.Result.Errors);
        Assert.Equal("/messages/30/messageCreatedAt", error.Pointer);
        Assert.Equal("x-contractkit-not-future", error.Keyword);
    }
}
