using System.Text.Json.Nodes;
using ClientTests.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using ContractKit.Tests.Shared;

namespace ContractKit.Client.Tests;

/// <summary>README.md's client example, run against a loopback server with a token endpoint, a push and pages.</summary>
public sealed class ReadmeClientExampleTests
{
    /// <summary>The example as README.md shows it; <see cref="RunExample"/> is the same code, compiled.</summary>
    private const string Example = """
        services.AddUnifiedMessagingClient(options =>
        {
            options.BaseAddress = baseAddress;   // default: the spec's first server URL
            options.ClientId = "my-client";      // OAuth2 client credentials, when the spec has them;
            options.ClientSecret = secret;       // the token endpoint is the spec's tokenUrl
        });
        var client = services.BuildServiceProvider().GetRequiredService<UnifiedMessagingClient>();

        IReadOnlyList<Message> created = await client.PushMessagesAsync(request, idempotencyKey: "push-42");
        IReadOnlyList<Message> all = await client.PushMessagesAsync(manyMessages);       // any number: chunks of 100
        await foreach (Message m in client.ListConversationMessagesAllAsync(all[0].ConversationId))  // every page
        {
            Console.WriteLine($"{m.MessageCreatedAt:u} {m.Direction} {m.MessageId}");
        }
        """;

    [Fact]
    public void The_readme_shows_the_example_this_test_runs()
    {
        var readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md")).Replace("\r\n", "\n");

        Assert.Contains(Example.Replace("\r\n", "\n"), readme);
    }

    [Fact]
    public async Task The_readme_client_example_pushes_batches_and_pages_against_a_real_server()
    {
        await using var server = await LoopbackServer.StartAsync((context, request, index) => request.Path switch
        {
            "/oauth2/token" => Payloads.Json(context, 200, new JsonObject { ["access_token"] = "t" + index, ["token_type"] = "Bearer", ["expires_in"] = 3600 }),
            _ when request.Method == "POST" => Payloads.AnswerPush(context, request),
            _ => Page(context),
        });

        var (created, all) = await RunExample(new ServiceCollection(), server.BaseAddress, "secret", new PushMessagesRequest { Messages = Payloads.Messages(2) }, Payloads.Messages(250));

        Assert.Equal(2, created.Count);
        Assert.Equal(250, all.Count);
        Assert.Equal(new[] { 2, 100, 100, 50 }, server.To("/guest-conversations/messages").Select(r => JsonNode.Parse(r.Body)!["messages"]!.AsArray().Count));
        Assert.Equal(new[] { "push-42" }, server.To("/guest-conversations/messages").Take(1).Select(r => r.Header("Idempotency-Key")));
        Assert.Equal(2, server.To("/oauth2/token").Count); // one token for the pushes, one for the reads
        Assert.Equal(new[] { "?page=0", "?page=1" }, server.Requests.Where(r => r.Method == "GET").Select(r => r.Query.Split('&')[0]));
    }

    /// <summary>Two pages of one message each, then the last page says there are two.</summary>
    private static Task Page(HttpContext context)
    {
        var page = int.Parse(context.Request.Query["page"]!);
        var message = Payloads.Created(new JsonObject
        {
            ["direction"] = "RECEIVED",
            ["platform"] = "WEBSITE_CHAT",
            ["content"] = new JsonObject { ["type"] = "text", ["text"] = new JsonObject { ["text"] = "m" + page } },
            ["messageCreatedAt"] = "2026-02-10T10:30:00Z",
        }, "msg-" + page);
        return Payloads.Json(context, 200, new JsonObject { ["items"] = new JsonArray(message), ["page"] = page, ["size"] = 1, ["totalElements"] = 2, ["totalPages"] = 2 });
    }

    private static async Task<(IReadOnlyList<Message> Created, IReadOnlyList<Message> All)> RunExample(
        IServiceCollection services, Uri baseAddress, string secret, PushMessagesRequest request, IEnumerable<PushMessage> manyMessages)
    {
        services.AddUnifiedMessagingClient(options =>
        {
            options.BaseAddress = baseAddress;   // default: the spec's first server URL
            options.ClientId = "my-client";      // OAuth2 client credentials, when the spec has them;
            options.ClientSecret = secret;       // the token endpoint is the spec's tokenUrl
        });
        var client = services.BuildServiceProvider().GetRequiredService<UnifiedMessagingClient>();

        IReadOnlyList<Message> created = await client.PushMessagesAsync(request, idempotencyKey: "push-42");
        IReadOnlyList<Message> all = await client.PushMessagesAsync(manyMessages);       // any number: chunks of 100
        await foreach (Message m in client.ListConversationMessagesAllAsync(all[0].ConversationId))  // every page
        {
            Console.WriteLine($"{m.MessageCreatedAt:u} {m.Direction} {m.MessageId}");
        }
        return (created, all);
    }
}
