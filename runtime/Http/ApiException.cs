using System.Net;
using System.Net.Http.Headers;

namespace ContractKit.Runtime.Http;

/// <summary>
/// A call of a generated client failed: the server answered with a status the operation does not treat as
/// success (<see cref="StatusCode"/> set), or no answer came at all (network failure, timeout:
/// <see cref="StatusCode"/> null, the original exception as <see cref="Exception.InnerException"/>).
/// </summary>
public class ApiException : Exception
{
    /// <summary>A failure with a response.</summary>
    public ApiException(string operation, string method, string path, HttpStatusCode statusCode,
        IReadOnlyDictionary<string, IReadOnlyList<string>> headers, string? contentType, byte[] body, ProblemDetails? problem)
        : base(ResponseMessage(operation, method, path, statusCode, problem))
    {
        Operation = operation;
        Method = method;
        Path = path;
        StatusCode = statusCode;
        Headers = headers;
        ContentType = contentType;
        Body = body;
        Problem = problem;
    }

    /// <summary>A failure before any response: <paramref name="inner"/> is what the transport threw.</summary>
    public ApiException(string operation, string method, string path, Exception inner)
        : base($"{operation} ({method} {path}) got no response: {inner.Message}", inner)
    {
        Operation = operation;
        Method = method;
        Path = path;
        Headers = new Dictionary<string, IReadOnlyList<string>>();
        Body = [];
    }

    /// <summary>The operation's name as the client's method has it (<c>PushMessages</c>).</summary>
    public string Operation { get; }

    /// <summary>The HTTP method.</summary>
    public string Method { get; }

    /// <summary>The path template of the operation, as the spec writes it.</summary>
    public string Path { get; }

    /// <summary>The response status; null when no response came.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>The response's headers and content headers, by name (case-insensitive).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Headers { get; }

    /// <summary>The response's media type, when it had one.</summary>
    public string? ContentType { get; }

    /// <summary>The response body as received (empty when none).</summary>
    public byte[] Body { get; }

    /// <summary>The RFC 9457 problem, when the body was <c>application/problem+json</c>.</summary>
    public ProblemDetails? Problem { get; }

    /// <summary>Builds the exception for a response that is not a success, reading its body.</summary>
    public static async Task<ApiException> FromResponseAsync(string operation, string method, string path, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var contentType = response.Content.Headers.ContentType?.MediaType;
        var problem = contentType is not null && contentType.EndsWith("problem+json", StringComparison.OrdinalIgnoreCase)
            ? ProblemDetails.TryParse(body)
            : null;
        return new ApiException(operation, method, path, response.StatusCode, HeadersOf(response), contentType, body, problem);
    }

    private static Dictionary<string, IReadOnlyList<string>> HeadersOf(HttpResponseMessage response)
    {
        var headers = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in response.Headers.Concat<KeyValuePair<string, IEnumerable<string>>>(response.Content.Headers))
        {
            headers[header.Key] = header.Value.ToList();
        }
        return headers;
    }

    private static string ResponseMessage(string operation, string method, string path, HttpStatusCode status, ProblemDetails? problem)
        => $"{operation} ({method} {path}) failed with {(int)status} {status}{(problem is null ? "" : ": " + problem)}";
}
