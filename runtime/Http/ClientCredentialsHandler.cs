using System.Net.Http.Headers;
using Duende.IdentityModel.Client;

namespace ContractKit.Runtime.Http;

/// <summary>Where and as whom a <see cref="ClientCredentialsHandler"/> asks for tokens.</summary>
/// <param name="TokenEndpoint">The absolute token endpoint URL.</param>
/// <param name="ClientId">The OAuth2 client id.</param>
/// <param name="ClientSecret">Its secret, sent as the request body's <c>client_secret</c>.</param>
public sealed record ClientCredentialsSettings(Uri TokenEndpoint, string ClientId, string? ClientSecret);

/// <summary>
/// Puts an OAuth2 client-credentials bearer token on each request that names its scopes
/// (<see cref="ApiRequestOptions.Scopes"/>): a request without them goes out untouched. Tokens come from the
/// token endpoint by Duende.IdentityModel's client-credentials request, cached per scope set by
/// <see cref="ClientCredentialsTokenCache"/>.
/// </summary>
public sealed class ClientCredentialsHandler : DelegatingHandler
{
    private readonly ClientCredentialsTokenCache cache;
    private readonly HttpClient tokenClient;
    private readonly ClientCredentialsSettings settings;

    /// <summary>Creates the handler; <paramref name="tokenClient"/> talks to the token endpoint (not through this handler).</summary>
    public ClientCredentialsHandler(ClientCredentialsTokenCache cache, HttpClient tokenClient, ClientCredentialsSettings settings)
    {
        this.cache = cache;
        this.tokenClient = tokenClient;
        this.settings = settings;
    }

    /// <inheritdoc/>
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!request.Options.TryGetValue(ApiRequestOptions.Scopes, out var scopes) || request.Headers.Authorization is not null)
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        var token = await cache.GetAsync(scopes, RequestTokenAsync, cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == System.Net.HttpStatusCode.Unauthorized)
        {
            // Not retried here (the caller sees the 401), but the next call does not reuse a token the server refused.
            cache.Invalidate(scopes, token);
        }
        return response;
    }

    private async Task<(string Token, TimeSpan? Lifetime)> RequestTokenAsync(string scope, CancellationToken cancellationToken)
    {
        using var tokenRequest = new ClientCredentialsTokenRequest
        {
            Address = settings.TokenEndpoint.AbsoluteUri,
            ClientId = settings.ClientId,
            ClientSecret = settings.ClientSecret,
            Scope = scope.Length == 0 ? null : scope,
        };
        var response = await tokenClient.RequestClientCredentialsTokenAsync(tokenRequest, cancellationToken).ConfigureAwait(false);
        if (response.IsError || response.AccessToken is null)
        {
            throw new HttpRequestException(
                $"The token endpoint {settings.TokenEndpoint} refused client '{settings.ClientId}' for scope '{scope}': {response.Error} {response.ErrorDescription}".TrimEnd(),
                response.Exception,
                response.HttpStatusCode == 0 ? null : response.HttpStatusCode);
        }
        return (response.AccessToken, response.ExpiresIn > 0 ? TimeSpan.FromSeconds(response.ExpiresIn) : null);
    }
}
