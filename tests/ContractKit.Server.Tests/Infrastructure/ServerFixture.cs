using System.Net;
using System.Net.Http.Headers;
using System.Text;
using ContractKit.Server.Tests.Api;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ContractKit.Server.Tests.Infrastructure;

/// <summary>A clock that stands still, for <c>x-contractkit-not-future</c>.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}

/// <summary>The generated server on Kestrel (127.0.0.1, a free port), with the in-memory implementation.</summary>
public sealed class ServerFixture : IAsyncLifetime
{
    public const string Write = "guest.conversation.write";
    public const string Read = "guest.conversation.read";

    /// <summary>A day after the guide's messages.</summary>
    public static readonly DateTimeOffset Now = new(2026, 2, 11, 12, 0, 0, TimeSpan.Zero);

    public WebApplication App { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public MessageStore Store { get; } = new();

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Services.AddAuthentication(TestAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, TestAuthenticationHandler>(TestAuthenticationHandler.SchemeName, null);
        builder.Services.AddAuthorization();
        builder.Services.AddSingleton(Store);
        builder.Services.AddUnifiedMessagingApiServer<InMemoryApi>(options => options.TimeProvider = new FixedClock(Now));
        App = builder.Build();
        App.UseAuthentication();
        App.UseAuthorization();
        App.MapUnifiedMessagingApi();
        await App.StartAsync();
        var address = App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Client = new HttpClient { BaseAddress = new Uri(address) };
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }

    public const string MessagesPath = "/api/unified-messaging-service/guest-conversations/messages";

    /// <summary>Sends raw bytes with a content type (none when null) and a bearer token (none when null).</summary>
    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, byte[]? body = null, string? contentType = "application/json", string? token = Write + " " + Read)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            if (contentType is not null)
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            }
        }
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return await Client.SendAsync(request);
    }

    public Task<HttpResponseMessage> PushAsync(string json, string? contentType = "application/json", string? token = Write + " " + Read)
        => SendAsync(HttpMethod.Post, MessagesPath, Encoding.UTF8.GetBytes(json), contentType, token);
}
