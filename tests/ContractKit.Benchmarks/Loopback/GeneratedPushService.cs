using Bench.Api;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ContractKit.Benchmarks.Loopback;

/// <summary>
/// The push behind the generated server: the same work as <see cref="HandWrittenPushApi"/> (one stored message per
/// pushed one, grouped by guest), with binding, validation and authorization left to the generated endpoints.
/// </summary>
public sealed class GeneratedPushService : IBenchApi
{
    private static readonly Problem NotFoundProblem = new() { Type = "about:blank", Title = "Not Found", Status = 404 };

    public static WebApplication Build()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddAuthentication(LoopbackAuthentication.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, LoopbackAuthentication>(LoopbackAuthentication.SchemeName, null);
        builder.Services.AddAuthorization();
        builder.Services.AddBenchApiServer<GeneratedPushService>();
        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapBenchApi();
        return app;
    }

    public Task<PushMessagesResult> PushMessagesAsync(string? idempotencyKey, PushMessagesRequest body, CancellationToken cancellationToken)
    {
        var stored = new List<Message>(body.Messages.Count);
        var index = 0;
        foreach (var message in body.Messages)
        {
            var guest = message.GuestIdentifier switch
            {
                PhoneNumberGuestIdentifier phone => "PHONENUMBER:" + phone.Value,
                EmailAddressGuestIdentifier email => "EMAILADDRESS:" + email.Value.ToLowerInvariant(),
                _ => "",
            };
            stored.Add(new Message
            {
                ConversationId = "conv-" + (uint)guest.GetHashCode(),
                MessageId = "msg-" + index++,
                Direction = message.Direction,
                Status = MessageStatus.Delivered,
                CommunicationChannel = message.Platform,
                Content = message.Content,
                MessageCreatedAt = message.MessageCreatedAt,
            });
        }
        return Task.FromResult(PushMessagesResult.Ok(stored));
    }

    public Task<GetConversationResult> GetConversationAsync(string conversationId, CancellationToken cancellationToken)
        => Task.FromResult(GetConversationResult.NotFound(NotFoundProblem));

    public Task<ListConversationMessagesResult> ListConversationMessagesAsync(string conversationId, int? page, int? size, CancellationToken cancellationToken)
        => Task.FromResult(ListConversationMessagesResult.NotFound(NotFoundProblem));
}
