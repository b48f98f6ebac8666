using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using ClientTests.Api;
using ContractKit.Runtime.Http;
using Microsoft.AspNetCore.Http;

namespace ContractKit.Client.Tests;

/// <summary>Single calls: validation before sending, errors, network failures, paging.</summary>
public sealed class CallTests
{
    [Fact]
    public async Task A_message_in_the_future_is_not_sent_and_the_error_names_pointer_and_keyword()
    {
        await using var server = await LoopbackServer.StartAsync((context, request, _) => Payloads.AnswerPush(context, request));
        var now = DateTimeOffset.Parse("2026-03-01T00:00:00Z");
        var client = new UnifiedMessagingClient(new HttpClient { BaseAddress = server.BaseAddress },
            new UnifiedMessagingClientOptions { ValidationOptions = new() { TimeProvider = new FixedClock(now) } });

        var exception = await Assert.ThrowsAsync<ApiValidationException>(() =>
            client.PushMessagesAsync(new PushMessagesRequest { Messages = [Payloads.Message(0, now.AddHours(1))] }));

        Assert.Empty(server.Requests);
        Assert.False(exception.IsResponse);
        Assert.Equal("PushMessages", exception.Operation);
        Assert.Contains(exception.Result.Errors, e => e.Pointer == "/messages/0/messageCreatedAt" && e.Keyword == "x-contractkit-not-future");
    }

    [Fact]
    public async Task Pushing_101_messages_in_one_request_is_maxItems_and_not_sent()
    {
        await using var server = await LoopbackServer.StartAsync((context, request, _) => Payloads.AnswerPush(context, request));
        var client = new UnifiedMessagingClient(new HttpClient { BaseAddress = server.BaseAddress });

        var exception = await Assert.ThrowsAsync<ApiValidationException>(() =>
            client.PushMessagesAsync(new PushMessagesRequest { Messages = Payloads.Messages(101) }));

        Assert.Empty(server.Requests);
        Assert.Contains(exception.Result.Errors, e => e.Pointer == "/messages" && e.Keyword == "maxItems");
    }

    [Fact]
    public async Task A_problem_json_400_becomes_an_ApiException_with_the_problem_parsed()
    {
        var problem = new JsonObject
        {
            ["type"] = "https://example.com/problems/validation",
            ["title"] = "The request is invalid",
            ["status"] = 400,
            ["detail"] = "1 violation",
            ["errors"] = new JsonArray(new JsonObject { ["pointer"] = "/messages/0/content", ["keyword"] = "required" }),
        };
        await using var server = await LoopbackServer.StartAsync((context, _, _) => Payloads.Json(context, 400, problem, "application/problem+json"));
        var client = new UnifiedMessagingClient(new HttpClient { BaseAddress = server.BaseAddress });

        var exception = await Assert.ThrowsAsync<ApiException>(() => client.PushMessagesAsync(new PushMessagesRequest { Messages = Payloads.Messages(1) }));

        Assert.Equal(HttpStatusCode.BadRequest, exception.StatusCode);
        Assert.Equal("PushMessages", exception.Operation);
        Assert.Equal("POST", exception.Method);
        Assert.Equal("/api/unified-messaging-service/guest-conversations/messages", exception.Path);
        Assert.Equal("https://example.com/problems/validation", exception.Problem!.Type);
        Assert.Equal("The request is invalid", exception.Problem.Title);
        Assert.Equal(400, exception.Problem.Status);
        Assert.Equal("1 violation", exception.Problem.Detail);
        Assert.Equal("required", exception.Problem.Extensions["errors"][0].GetProperty("keyword").GetString());
        Assert.Equal("application/problem+json", exception.ContentType);
        Assert.True(exception.Headers.ContainsKey("Content-Type"));
    }

    [Fact]
    public async Task A_non_problem_error_keeps_the_raw_body()
    {
        await using var server = await LoopbackServer.StartAsync(async (context, _, _) =>
        {
            context.Response.StatusCode = 404;
            await context.Response.WriteAsync("no such conversation");
        });
        var client = new UnifiedMessagingClient(new HttpClient { BaseAddress = server.BaseAddress });

        var exception = await Assert.ThrowsAsync<ApiException>(() => client.GetConversationAsync("conv-x"));

        Assert.Equal(HttpStatusCode.NotFound, exception.StatusCode);
        Assert.Null(exception.Problem);
        Assert.Equal("no such conversation", System.Text.Encoding.UTF8.GetString(exception.Body));
    }

    [Fact]
    public async Task With_response_validation_a_response_that_breaks_the_spec_throws_and_without_it_is_read()
    {
        var conversation = Payloads.Conversation("conv-1");
        conversation["messageCount"] = -1;
        await using var server = await LoopbackServer.StartAsync((context, _, _) => Payloads.Json(context, 200, conversation));
        var strict = new UnifiedMessagingClient(new HttpClient { BaseAddress = server.BaseAddress }, new UnifiedMessagingClientOptions { ValidateResponses = true });
        var lenient = new UnifiedMessagingClient(new HttpClient { BaseAddress = server.BaseAddress });

        var exception = await Assert.ThrowsAsync<ApiValidationException>(() => strict.GetConversationAsync("conv-1"));
        var read = await lenient.GetConversationAsync("conv-1");

        Assert.True(exception.IsResponse);
        Assert.Contains(exception.Result.Errors, e => e.Pointer == "/messageCount" && e.Keyword == "minimum");
        Assert.Equal(-1, read.MessageCount);
    }

    [Fact]
    public async Task With_response_validation_a_valid_response_is_read_in_the_same_pass()
    {
        // Validated and deserialized in one pass (ReadValidated…): the model is the one the lenient client reads.
        var conversation = Payloads.Conversation("conv-7");
        await using var server = await LoopbackServer.StartAsync((context, _, _) => Payloads.Json(context, 200, conversation));
        var strict = new UnifiedMessagingClient(new HttpClient { BaseAddress = server.BaseAddress }, new UnifiedMessagingClientOptions { ValidateResponses = true });
        var lenient = new UnifiedMessagingClient(new HttpClient { BaseAddress = server.BaseAddress });

        var strictRead = await strict.GetConversationAsync("conv-7");
        var lenientRead = await lenient.GetConversationAsync("conv-7");

        Assert.Equal(
            System.Text.Json.JsonSerializer.Serialize(lenientRead, UnifiedMessagingClientJson.Conversation),
            System.Text.Json.JsonSerializer.Serialize(strictRead, UnifiedMessagingClientJson.Conversation));
        Assert.Equal("conv-7", strictRead.ConversationId);
    }

    [Fact]
    public async Task A_refused_connection_is_an_ApiException_that_names_the_operation()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var client = new UnifiedMessagingClient(new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") });

        var exception = await Assert.ThrowsAsync<ApiException>(() => client.GetConversationAsync("conv-1"));

        Assert.Null(exception.StatusCode);
        Assert.Contains("GetConversation", exception.Message);
        Assert.IsType<HttpRequestException>(exception.InnerException);
    }

    [Fact]
    public async Task Path_parameters_are_escaped_and_the_typed_response_is_read()
    {
        await using var server = await LoopbackServer.StartAsync((context, _, _) => Payloads.Json(context, 200, Payloads.Conversation("conv/1 ä")));
        var client = new UnifiedMessagingClient(new HttpClient { BaseAddress = server.BaseAddress });

        var conversation = await client.GetConversationAsync("conv/1 ä");

        Assert.Equal("conv/1 ä", conversation.ConversationId);
        Assert.Equal("/api/unified-messaging-service/guest-conversations/conv%2F1%20%C3%A4", server.Requests.Single().RawTarget);
    }

    [Theory]
    [InlineData(".")]
    [InlineData("..")]
    public async Task A_path_parameter_that_is_a_dot_segment_is_refused_before_sending(string conversationId)
    {
        // Found by the round-trip property: "/conversations/." resolves to "/conversations/" and ".." to the parent,
        // so the request would reach another resource. The schema allows the value; HTTP cannot carry it there.
        await using var server = await LoopbackServer.StartAsync((context, _, _) => Payloads.Json(context, 200, Payloads.Conversation("x")));
        var client = new UnifiedMessagingClient(new HttpClient { BaseAddress = server.BaseAddress });

        var exception = await Assert.ThrowsAsync<ArgumentException>(() => client.GetConversationAsync(conversationId));

        Assert.Equal("conversationId", exception.ParamName);
        Assert.Contains("GetConversation", exception.Message);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task ListConversationMessagesAllAsync_walks_the_pages_until_the_last()
    {
        await using var server = await LoopbackServer.StartAsync((context, request, _) =>
        {
            var page = int.Parse(context.Request.Query["page"]!);
            var size = int.Parse(context.Request.Query["size"]!);
            var items = new JsonArray(Enumerable.Range(page * size, Math.Min(size, 5 - page * size))
                .Select(n => (JsonNode)Payloads.Created(new JsonObject
                {
                    ["direction"] = "RECEIVED",
                    ["platform"] = "WEBSITE_CHAT",
                    ["content"] = new JsonObject { ["type"] = "text", ["text"] = new JsonObject { ["text"] = "m" + n } },
                    ["messageCreatedAt"] = "2026-02-10T10:30:00Z",
                }, "msg-" + n)).ToArray());
            return Payloads.Json(context, 200, new JsonObject { ["items"] = items, ["page"] = page, ["size"] = size, ["totalElements"] = 5, ["totalPages"] = 3 });
        });
        var client = new UnifiedMessagingClient(new HttpClient { BaseAddress = server.BaseAddress });

        var ids = new List<string>();
        await foreach (var message in client.ListConversationMessagesAllAsync("conv-1", size: 2))
        {
            ids.Add(message.MessageId);
        }

        Assert.Equal(Enumerable.Range(0, 5).Select(n => "msg-" + n), ids);
        Assert.Equal(new[] { "?page=0&size=2", "?page=1&size=2", "?page=2&size=2" }, server.Requests.Select(r => r.Query));
    }
}
