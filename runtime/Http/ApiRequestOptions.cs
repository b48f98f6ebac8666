namespace ContractKit.Runtime.Http;

/// <summary>
/// What a generated method tells the handlers below it, on <see cref="HttpRequestMessage.Options"/>: the OAuth2
/// scopes the operation needs (read by <see cref="ClientCredentialsHandler"/>) and whether repeating the request
/// is safe (read by the retry filter of <see cref="ApiResilience"/>).
/// </summary>
public static class ApiRequestOptions
{
    /// <summary>The scopes a client-credentials token must grant for this request.</summary>
    public static readonly HttpRequestOptionsKey<IReadOnlyList<string>> Scopes = new("ContractKit.Scopes");

    /// <summary>True when a retry cannot have a further effect: a retry-safe method, or an idempotency key sent.</summary>
    public static readonly HttpRequestOptionsKey<bool> RetrySafe = new("ContractKit.RetrySafe");

    /// <summary>The operation's name, for logs and handlers.</summary>
    public static readonly HttpRequestOptionsKey<string> Operation = new("ContractKit.Operation");
}
