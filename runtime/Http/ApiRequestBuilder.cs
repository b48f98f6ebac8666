using System.Text;

namespace ContractKit.Runtime.Http;

/// <summary>
/// Collects one call's parameters into a request: the path template filled in, the query, headers and cookies,
/// each written by <see cref="ParameterWriter"/>. One per call; not thread-safe.
/// </summary>
public sealed class ApiRequestBuilder
{
    private readonly StringBuilder path;
    private readonly StringBuilder query = new();
    private readonly List<KeyValuePair<string, string>> headers = [];
    private readonly List<string> cookies = [];

    /// <summary>Starts a request for the operation at <paramref name="pathTemplate"/>.</summary>
    public ApiRequestBuilder(string operation, string method, string pathTemplate)
    {
        Operation = operation;
        Method = method;
        PathTemplate = pathTemplate;
        path = new StringBuilder(pathTemplate);
    }

    /// <summary>The operation's name.</summary>
    public string Operation { get; }

    /// <summary>The HTTP method.</summary>
    public string Method { get; }

    /// <summary>The path template as the spec writes it.</summary>
    public string PathTemplate { get; }

    /// <summary>Replaces <c>{name}</c> in the path.</summary>
    /// <exception cref="ArgumentException">The value would be a whole path segment <c>.</c> or <c>..</c>: every URL
    /// resolver removes those (RFC 3986 §5.2.4), so the request would reach another resource.</exception>
    public ApiRequestBuilder Path(string name, ParameterStyle style, bool explode, ParameterValue value)
    {
        var placeholder = "{" + name + "}";
        var written = ParameterWriter.Path(name, style, explode, value);
        if (written is "." or ".." && IsWholeSegment(PathTemplate, placeholder))
        {
            throw new ArgumentException(
                $"{Operation}: the path parameter '{name}' is \"{written}\", a dot segment that URLs resolve away (RFC 3986 §5.2.4); it cannot be sent in the path {PathTemplate}.",
                name);
        }
        path.Replace(placeholder, written);
        return this;
    }

    private static bool IsWholeSegment(string template, string placeholder)
    {
        var at = template.IndexOf(placeholder, StringComparison.Ordinal);
        var end = at + placeholder.Length;
        return at > 0 && template[at - 1] == '/' && (end == template.Length || template[end] is '/' or '?' or '#');
    }

    /// <summary>Adds a query parameter.</summary>
    public ApiRequestBuilder Query(string name, ParameterStyle style, bool explode, bool allowReserved, ParameterValue value)
    {
        ParameterWriter.Query(query, name, style, explode, allowReserved, value);
        return this;
    }

    /// <summary>Adds a header.</summary>
    public ApiRequestBuilder Header(string name, bool explode, ParameterValue value)
    {
        headers.Add(new(name, ParameterWriter.Header(explode, value)));
        return this;
    }

    /// <summary>Adds a cookie.</summary>
    public ApiRequestBuilder Cookie(string name, bool explode, ParameterValue value)
    {
        cookies.Add(ParameterWriter.Cookie(name, explode, value));
        return this;
    }

    /// <summary>The request against <paramref name="baseAddress"/>, whose own path (<c>/v2</c>) is kept.</summary>
    public HttpRequestMessage Build(Uri baseAddress, HttpContent? content)
    {
        var uri = baseAddress.GetLeftPart(UriPartial.Path).TrimEnd('/') + path + (query.Length > 0 ? "?" + query : "");
        var request = new HttpRequestMessage(new HttpMethod(Method), new Uri(uri, UriKind.Absolute)) { Content = content };
        foreach (var header in headers)
        {
            // Content-* headers belong to the content; the rest to the request.
            if (!request.Headers.TryAddWithoutValidation(header.Key, header.Value))
            {
                request.Content?.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }
        if (cookies.Count > 0)
        {
            request.Headers.TryAddWithoutValidation("Cookie", string.Join("; ", cookies));
        }
        request.Options.Set(ApiRequestOptions.Operation, Operation);
        return request;
    }
}
