namespace ContractKit.Runtime.Http;

/// <summary>Sends a generated client's request and turns a failure to get any response into an <see cref="ApiException"/>.</summary>
public static class ApiTransport
{
    /// <summary>
    /// Sends <paramref name="request"/>. A network failure or a timeout becomes an <see cref="ApiException"/> with
    /// no status that names the operation; cancellation by the caller stays an <see cref="OperationCanceledException"/>.
    /// </summary>
    public static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpRequestMessage request, string operation, string pathTemplate, CancellationToken cancellationToken)
    {
        try
        {
            return await client.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (IsTransportFailure(exception, cancellationToken))
        {
            throw new ApiException(operation, request.Method.Method, pathTemplate, exception);
        }
    }

    private static bool IsTransportFailure(Exception exception, CancellationToken cancellationToken)
        => exception switch
        {
            HttpRequestException => true,
            // HttpClient.Timeout and the resilience pipeline's timeouts: not the caller's cancellation.
            OperationCanceledException => !cancellationToken.IsCancellationRequested,
            TimeoutException => true,
            Polly.ExecutionRejectedException => true,
            _ => false,
        };
}
