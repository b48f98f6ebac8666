using Polly;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;

namespace ContractKit.Runtime.Http;

/// <summary>
/// Retries for a generated client: Microsoft.Extensions.Http.Resilience's standard handler (retry with backoff,
/// timeouts, circuit breaker), with its retry limited to requests a generated method marked retry-safe
/// (<see cref="ApiRequestOptions.RetrySafe"/>: GET, PUT, DELETE…, or a request carrying its idempotency key). A POST
/// without a key is never repeated: the server may have acted on it.
/// </summary>
public static class ApiResilience
{
    /// <summary>Adds the standard resilience handler with the retry-safety filter. Its options are named
    /// <c>{client name}-standard</c>, so <c>services.Configure&lt;HttpStandardResilienceOptions&gt;(name, …)</c> tunes it.</summary>
    public static IHttpStandardResiliencePipelineBuilder AddRetrySafeResilience(this IHttpClientBuilder builder)
    {
        var pipeline = builder.AddStandardResilienceHandler();
        pipeline.Configure(options =>
        {
            var handles = options.Retry.ShouldHandle;
            options.Retry.ShouldHandle = async arguments =>
                arguments.Context.GetRequestMessage() is { } request
                && request.Options.TryGetValue(ApiRequestOptions.RetrySafe, out var safe) && safe
                && await handles(arguments).ConfigureAwait(false);
        });
        return pipeline;
    }
}
