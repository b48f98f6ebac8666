using System.Security.Claims;

namespace ContractKit.Runtime.Http;

/// <summary>OAuth2 scopes granted to an authenticated caller, as ASP.NET Core's authentication left them in claims.</summary>
public static class Scopes
{
    // JwtBearer keeps "scope" as one space-separated claim; Entra ID writes "scp", possibly once per scope, and
    // older handlers map it to this long name.
    private static readonly string[] ClaimTypes = ["scope", "scp", "http://schemas.microsoft.com/identity/claims/scope"];

    /// <summary>Whether <paramref name="user"/> holds every scope of <paramref name="required"/>.</summary>
    public static bool Granted(ClaimsPrincipal user, params string[] required)
    {
        foreach (var scope in required)
        {
            if (!user.Claims.Any(claim => ClaimTypes.Contains(claim.Type) && claim.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(scope)))
            {
                return false;
            }
        }
        return true;
    }
}
