using System.Net.Http.Json;
using System.Text.RegularExpressions;
using ContractKit.Benchmarks.HandWritten;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ContractKit.Benchmarks.Loopback;

/// <summary>
/// The push as a developer would write it by hand: a minimal API with System.Text.Json source generation, the
/// guide's rules checked in code (1 to 100 messages, not in the future, an E.164 phone or an e-mail with an @),
/// and an HttpClient posting the same records. The baseline of the generated client and server.
/// </summary>
public static partial class HandWrittenPushApi
{
    public const string PushPath = "/api/unified-messaging-service/guest-conversations/messages";

    public static WebApplication Build()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.TypeInfoResolverChain.Insert(0, HandWrittenApiJsonContext.Default));
        builder.Services.AddAuthentication(LoopbackAuthentication.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, LoopbackAuthentication>(LoopbackAuthentication.SchemeName, null);
        builder.Services.AddAuthorization(options => options.AddPolicy("push", policy => policy.RequireAssertion(
            context => context.User.FindFirst("scope")?.Value.Split(' ').Contains("guest.conversation.write") == true)));
        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapPost(PushPath, (PushMessagesRequest body) => Push(body)).RequireAuthorization("push");
        return app;
    }

    private static IResult Push(PushMessagesRequest body)
    {
        if (body.Messages.Count is < 1 or > 100)
        {
            return Results.Problem(statusCode: 400, detail: "A push holds 1 to 100 messages.");
        }
        var now = DateTimeOffset.UtcNow.AddMinutes(5);
        var stored = new List<StoredMessage>(body.Messages.Count);
        var index = 0;
        foreach (var message in body.Messages)
        {
            var guest = message.GuestIdentifier switch
            {
                PhoneNumberGuestIdentifier phone when E164().IsMatch(phone.Value) => "PHONENUMBER:" + phone.Value,
                EmailAddressGuestIdentifier email when email.Value.Contains('@') => "EMAILADDRESS:" + email.Value.ToLowerInvariant(),
                _ => null,
            };
            if (guest is null || message.MessageCreatedAt > now)
            {
                return Results.Problem(statusCode: 400, detail: $"Message {index} breaks the contract.");
            }
            stored.Add(new StoredMessage
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
        return Results.Ok(stored);
    }

    /// <summary>Posts a push and reads the stored messages back, as a hand-written client would.</summary>
    public static async Task<List<StoredMessage>> PostAsync(HttpClient client, PushMessagesRequest body)
    {
        using var response = await client.PostAsJsonAsync(PushPath, body, HandWrittenApiJsonContext.Default.PushMessagesRequest);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync(HandWrittenApiJsonContext.Default.ListStoredMessage))!;
    }

    [GeneratedRegex(@"^\+[1-9][0-9]{1,14}$")]
    private static partial Regex E164();
}
