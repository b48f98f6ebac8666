using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ContractKit.RoundTrip.Tests.Infrastructure;

/// <summary>
/// Authentication for round trips: every request is a caller holding every scope the spec names, so the generated
/// authorization policies pass and the test sees the data path alone. (Authorization has its own tests.)
/// </summary>
public sealed class AllowEveryone(IOptionsMonitor<AllowEveryoneOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AllowEveryoneOptions>(options, logger, encoder)
{
    public const string SchemeName = "AllowEveryone";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var identity = new ClaimsIdentity([new Claim("sub", "round-trip"), new Claim("scope", string.Join(' ', Options.Scopes))], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }
}

public sealed class AllowEveryoneOptions : AuthenticationSchemeOptions
{
    public IReadOnlyList<string> Scopes { get; set; } = [];
}
