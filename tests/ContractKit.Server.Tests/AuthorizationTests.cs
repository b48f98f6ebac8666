using System.Net;
using ContractKit.Server.Tests.Infrastructure;

namespace ContractKit.Server.Tests;

/// <summary>The spec's security, enforced by ASP.NET Core's authorization with the policy the generator builds.</summary>
public sealed class AuthorizationTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task No_token_is_a_401()
    {
        using var response = await server.PushAsync(Guide.PushBody, token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_token_without_any_scope_is_a_403()
    {
        using var response = await server.PushAsync(Guide.PushBody, token: "-");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task The_read_scope_cannot_push()
    {
        using var response = await server.PushAsync(Guide.PushBody, token: ServerFixture.Read);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task The_write_scope_alone_pushes_but_cannot_read()
    {
        using var push = await server.PushAsync(Guide.PushBody, token: ServerFixture.Write);
        using var read = await server.SendAsync(HttpMethod.Get, "/api/unified-messaging-service/guest-conversations/conv-1", token: ServerFixture.Write);

        Assert.Equal(HttpStatusCode.OK, push.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
    }

    [Fact]
    public async Task Authorization_comes_before_validation()
    {
        using var response = await server.PushAsync("not json", token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
