using System.Net;
using System.Net.Http.Headers;
using System.Text;
using ContractKit.Server.Tests.Api;
using ContractKit.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using ContractKit.Tests.Shared;

namespace ContractKit.Server.Tests;

/// <summary>
/// README.md's server example, run with real JWT bearer tokens (ASP.NET Core's JwtBearer, signed with a test key):
/// no token is 401, a token without the write scope 403, a token with it pushes the guide's messages.
/// </summary>
public sealed class ReadmeServerExampleTests
{
    /// <summary>The example as README.md shows it; <see cref="StartExampleAsync"/> runs the same lines.</summary>
    private const string Example = """
        builder.Services.AddAuthentication().AddJwtBearer();   // any ASP.NET Core authentication
        builder.Services.AddAuthorization();
        builder.Services.AddUnifiedMessagingApiServer<MyMessagingService>();
        var app = builder.Build();
        app.MapUnifiedMessagingApi();
        """;

    private static readonly SymmetricSecurityKey Key = new(Encoding.UTF8.GetBytes("a test signing key of at least 256 bits, for HS256"));

    [Fact]
    public void The_readme_shows_the_example_this_test_runs()
    {
        var readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md")).Replace("\r\n", "\n");

        Assert.Contains(Example.Replace("\r\n", "\n"), readme);
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData("guest.conversation.read", HttpStatusCode.Forbidden)]
    [InlineData("guest.conversation.write", HttpStatusCode.OK)]
    [InlineData("guest.conversation.read guest.conversation.write", HttpStatusCode.OK)]
    public async Task The_readme_server_authorizes_a_push_by_the_tokens_scope(string? scope, HttpStatusCode expected)
    {
        await using var app = await StartExampleAsync();
        using var http = new HttpClient { BaseAddress = AddressOf(app) };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/unified-messaging-service/guest-conversations/messages")
        {
            Content = new StringContent(Guide.PushBody, Encoding.UTF8, "application/json"),
        };
        if (scope is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token(scope));
        }

        using var response = await http.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
    }

    private static async Task<WebApplication> StartExampleAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Services.AddSingleton(new MessageStore());
        // What a real deployment takes from its identity provider: how to check a token's signature.
        builder.Services.Configure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, options => options.TokenValidationParameters = new TokenValidationParameters
        {
            IssuerSigningKey = Key,
            ValidateIssuer = false,
            ValidateAudience = false,
        });

        builder.Services.AddAuthentication().AddJwtBearer();   // any ASP.NET Core authentication
        builder.Services.AddAuthorization();
        builder.Services.AddUnifiedMessagingApiServer<MyMessagingService>();
        var app = builder.Build();
        app.MapUnifiedMessagingApi();

        await app.StartAsync();
        return app;
    }

    private static string Token(string scope)
        => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Claims = new Dictionary<string, object> { ["sub"] = "pms-client", ["scope"] = scope },
            Expires = DateTime.UtcNow.AddMinutes(5),
            SigningCredentials = new SigningCredentials(Key, SecurityAlgorithms.HmacSha256),
        });

    private static Uri AddressOf(WebApplication app)
        => new(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    /// <summary>The README's implementation: here, the in-memory one the other server tests use.</summary>
    public sealed class MyMessagingService(MessageStore store) : IUnifiedMessagingApi
    {
        private readonly InMemoryApi inner = new(store);

        public Task<PushMessagesResult> PushMessagesAsync(string? idempotencyKey, PushMessagesRequest body, CancellationToken cancellationToken)
            => inner.PushMessagesAsync(idempotencyKey, body, cancellationToken);

        public Task<GetConversationResult> GetConversationAsync(string conversationId, CancellationToken cancellationToken)
            => inner.GetConversationAsync(conversationId, cancellationToken);

        public Task<ListConversationMessagesResult> ListConversationMessagesAsync(string conversationId, int? page, int? size, CancellationToken cancellationToken)
            => inner.ListConversationMessagesAsync(conversationId, page, size, cancellationToken);
    }
}
