using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ContractKit.Server.Tests.Infrastructure;

/// <summary>
/// A stand-in for JwtBearer: <c>Authorization: Bearer {scopes}</c> authenticates a caller whose <c>scope</c> claim
/// is the token's text (<c>Bearer -</c>: no scope at all). No header, no identity: ASP.NET Core answers 401.
/// </summary>
public sealed class TestAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Test";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }
        var token = header.Substring("Bearer ".Length).Trim();
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, "test-client") };
        if (token != "-")
        {
            claims.Add(new Claim("scope", token));
        }
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }
}
