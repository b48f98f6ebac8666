using ContractKit.Runtime.Http;

namespace ContractKit.Runtime.Tests.Http;

/// <summary>The token cache: one request in flight per scope set, reuse until shortly before expiry, then refresh.</summary>
public class ClientCredentialsTokenCacheTests
{
    private sealed class Clock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }

    [Fact]
    public async Task Concurrent_callers_for_one_scope_set_share_one_token_request()
    {
        var cache = new ClientCredentialsTokenCache();
        var fetches = 0;
        var release = new TaskCompletionSource();
        async Task<(string, TimeSpan?)> Fetch(string scope, CancellationToken _)
        {
            Interlocked.Increment(ref fetches);
            await release.Task;
            return ("t-" + scope, TimeSpan.FromHours(1));
        }

        var callers = Enumerable.Range(0, 20).Select(_ => Task.Run(() => cache.GetAsync(["b", "a"], Fetch, default))).ToList();
        await Task.Delay(50);
        release.SetResult();
        var tokens = await Task.WhenAll(callers);

        Assert.Equal(1, fetches);
        Assert.All(tokens, t => Assert.Equal("t-a b", t));
    }

    [Fact]
    public async Task A_token_is_reused_until_the_refresh_margin_and_each_scope_set_has_its_own()
    {
        var clock = new Clock(DateTimeOffset.Parse("2026-02-10T10:00:00Z"));
        var cache = new ClientCredentialsTokenCache(clock);
        var fetches = new List<string>();
        Task<(string, TimeSpan?)> Fetch(string scope, CancellationToken _)
        {
            fetches.Add(scope);
            return Task.FromResult(($"{scope}#{fetches.Count}", (TimeSpan?)TimeSpan.FromMinutes(10)));
        }

        Assert.Equal("read#1", await cache.GetAsync(["read"], Fetch, default));
        Assert.Equal("write#2", await cache.GetAsync(["write"], Fetch, default));
        clock.Now += TimeSpan.FromMinutes(9);
        Assert.Equal("read#1", await cache.GetAsync(["read"], Fetch, default));
        clock.Now += TimeSpan.FromSeconds(31); // within 30 s of expiry: refreshed
        Assert.Equal("read#3", await cache.GetAsync(["read"], Fetch, default));
        Assert.Equal(new[] { "read", "write", "read" }, fetches);
    }

    [Fact]
    public async Task An_invalidated_token_is_fetched_again_but_a_newer_one_is_kept()
    {
        var cache = new ClientCredentialsTokenCache();
        var calls = 0;
        Task<(string, TimeSpan?)> Fetch(string scope, CancellationToken _) => Task.FromResult(("t" + ++calls, (TimeSpan?)TimeSpan.FromHours(1)));

        Assert.Equal("t1", await cache.GetAsync(["s"], Fetch, default));
        cache.Invalidate(["s"], "t1");
        Assert.Equal("t2", await cache.GetAsync(["s"], Fetch, default));
        cache.Invalidate(["s"], "t1");
        Assert.Equal("t2", await cache.GetAsync(["s"], Fetch, default));
    }

    [Fact]
    public async Task A_failed_token_request_is_not_cached()
    {
        var cache = new ClientCredentialsTokenCache();
        var calls = 0;
        Task<(string, TimeSpan?)> Fetch(string scope, CancellationToken _)
            => ++calls == 1 ? throw new HttpRequestException("down") : Task.FromResult(("ok", (TimeSpan?)TimeSpan.FromHours(1)));

        await Assert.ThrowsAsync<HttpRequestException>(() => cache.GetAsync(["s"], Fetch, default));
        Assert.Equal("ok", await cache.GetAsync(["s"], Fetch, default));
    }
}
