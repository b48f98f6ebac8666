using System.Collections.Concurrent;

namespace ContractKit.Runtime.Http;

/// <summary>
/// Access tokens by scope set, each kept until shortly before it expires. One token request is in flight per scope
/// set at a time: concurrent callers wait for it rather than asking the token endpoint again. Thread-safe; one
/// instance per client registration.
/// </summary>
public sealed class ClientCredentialsTokenCache
{
    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);
    private readonly TimeProvider clock;

    /// <summary>Creates an empty cache on <paramref name="clock"/> (the system clock when null).</summary>
    public ClientCredentialsTokenCache(TimeProvider? clock = null) => this.clock = clock ?? TimeProvider.System;

    /// <summary>How long before its expiry a token is refreshed, so no request carries a token that expires in
    /// flight. 30 seconds.</summary>
    public TimeSpan RefreshMargin { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// A token for <paramref name="scopes"/>: the cached one while it is fresh, else a new one from
    /// <paramref name="fetch"/> (which returns the token and its lifetime, null when the server gave none: then the
    /// token is used for this request only).
    /// </summary>
    public async Task<string> GetAsync(IReadOnlyList<string> scopes, Func<string, CancellationToken, Task<(string Token, TimeSpan? Lifetime)>> fetch, CancellationToken cancellationToken)
    {
        var scope = Key(scopes);
        var entry = entries.GetOrAdd(scope, _ => new Entry());
        if (entry.Token is { } cached && clock.GetUtcNow() < entry.RefreshAt)
        {
            return cached;
        }
        await entry.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Another caller may have refreshed it while this one waited.
            if (entry.Token is { } refreshed && clock.GetUtcNow() < entry.RefreshAt)
            {
                return refreshed;
            }
            var (token, lifetime) = await fetch(scope, cancellationToken).ConfigureAwait(false);
            if (lifetime is { } life && life > TimeSpan.Zero)
            {
                var margin = life > RefreshMargin + RefreshMargin ? RefreshMargin : TimeSpan.FromTicks(life.Ticks / 2);
                entry.RefreshAt = clock.GetUtcNow() + life - margin;
                entry.Token = token;
            }
            else
            {
                entry.Token = null;
            }
            return token;
        }
        finally
        {
            entry.Gate.Release();
        }
    }

    /// <summary>Forgets the token of every scope set.</summary>
    public void Clear() => entries.Clear();

    /// <summary>Forgets <paramref name="token"/> if it is still the one cached for <paramref name="scopes"/>: the server
    /// answered 401 to it (revoked, say), so the next request fetches a new one. A newer token is kept.</summary>
    public void Invalidate(IReadOnlyList<string> scopes, string token)
    {
        if (entries.TryGetValue(Key(scopes), out var entry) && entry.Token == token)
        {
            entry.Token = null;
        }
    }

    /// <summary>The scope parameter and cache key: distinct scopes, sorted, space-separated (RFC 6749 §3.3).</summary>
    private static string Key(IReadOnlyList<string> scopes)
        => string.Join(" ", scopes.Distinct(StringComparer.Ordinal).OrderBy(s => s, StringComparer.Ordinal));

    private sealed class Entry
    {
        public readonly SemaphoreSlim Gate = new(1, 1);
        public volatile string? Token;
        public DateTimeOffset RefreshAt;
    }
}
