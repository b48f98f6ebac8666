using System.Net;
using System.Text.Json.Nodes;
using ClientTests.Api;
using ContractKit.Runtime.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace ContractKit.Client.Tests;

/// <summary><c>AddUnifiedMessagingClient</c>: OAuth2 client-credentials tokens per scope set, and retries only when safe.</summary>
public sealed class RegistrationTests
{
    private static UnifiedMessagingClient Resolve(LoopbackServer server, Action<UnifiedMessagingClientOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddUnifiedMessagingClient(options =>
        {
            options.BaseAddress = server.BaseAddress;
            configure?.Invoke(options);
        });
        // Retries quickly: the test is about which requests are retried, not when.
        services.Configure<HttpStandardResilienceOptions>("UnifiedMessagingClient-standard", options =>
        {
            options.Retry.Delay = TimeSpan.FromMilliseconds(1);
            options.Retry.BackoffType = DelayBackoffType.Constant;
            options.Retry.UseJitter = false;
        });
        return services.BuildServiceProvider().GetRequiredService<UnifiedMessagingClient>();
    }

    /// <summary>The fake token endpoint: a token that names its scope and its number.</summary>
    private static Task Token(HttpContext context, RecordedRequest request, int index)
    {
        var form = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(request.BodyText);
        return Payloads.Json(context, 200, new JsonObject
        {
            ["access_token"] = $"token-{form["scope"]}-{index}",
            ["token_type"] = "Bearer",
            ["expires_in"] = 3600,
        });
    }

    [Fact]
    public async Task Tokens_are_fetched_once_per_scope_set_and_each_operation_sends_its_scope()
    {
        await using var server = await LoopbackServer.StartAsync((context, request, index) =>
            request.Path == "/oauth2/token" ? Token(context, request, index)
            : request.Method == "POST" ? Payloads.AnswerPush(context, request)
            : Payloads.Json(context, 200, Payloads.Conversation("conv-1")));
        var client = Resolve(server, options =>
        {
            options.ClientId = "pms";
            options.ClientSecret = "secret";
        });

        for (var i = 0; i < 3; i++)
        {
            await client.PushMessagesAsync(new PushMessagesRequest { Messages = Payloads.Messages(1) });
            await client.GetConversationAsync("conv-1");
        }

        var tokenRequests = server.To("/oauth2/token");
        Assert.Equal(2, tokenRequests.Count);
        Assert.All(tokenRequests, r => Assert.Contains("grant_type=client_credentials", r.BodyText));
        Assert.Equal(new[] { "scope=guest.conversation.write", "scope=guest.conversation.read" },
            tokenRequests.Select(r => r.BodyText.Split('&').Single(p => p.StartsWith("scope="))));
        Assert.All(server.To("/guest-conversations/messages"), r => Assert.StartsWith("Bearer token-guest.conversation.write-", r.Header("Authorization")));
        Assert.All(server.To("/guest-conversations/conv-1"), r => Assert.StartsWith("Bearer token-guest.conversation.read-", r.Header("Authorization")));
    }

    [Fact]
    public async Task A_GET_that_fails_once_with_503_is_retried_and_succeeds()
    {
        await using var server = await LoopbackServer.StartAsync((context, _, index) =>
            index == 0 ? Payloads.Status(context, 503) : Payloads.Json(context, 200, Payloads.Conversation("conv-1")));
        var client = Resolve(server);

        var conversation = await client.GetConversationAsync("conv-1");

        Assert.Equal("conv-1", conversation.ConversationId);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task A_POST_without_an_idempotency_key_is_not_retried()
    {
        await using var server = await LoopbackServer.StartAsync((context, request, index) =>
            index == 0 ? Payloads.Status(context, 503) : Payloads.AnswerPush(context, request));
        var client = Resolve(server);

        var exception = await Assert.ThrowsAsync<ApiException>(() => client.PushMessagesAsync(new PushMessagesRequest { Messages = Payloads.Messages(1) }));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, exception.StatusCode);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task A_POST_with_an_idempotency_key_is_retried_with_the_same_key()
    {
        await using var server = await LoopbackServer.StartAsync((context, request, index) =>
            index == 0 ? Payloads.Status(context, 503) : Payloads.AnswerPush(context, request));
        var client = Resolve(server);

        var created = await client.PushMessagesAsync(new PushMessagesRequest { Messages = Payloads.Messages(1) }, idempotencyKey: "key-1");

        Assert.Single(created);
        Assert.Equal(2, server.Requests.Count);
        Assert.All(server.Requests, r => Assert.Equal("key-1", r.Header("Idempotency-Key")));
    }
}
