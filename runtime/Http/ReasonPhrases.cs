namespace ContractKit.Runtime.Http;

/// <summary>The reason phrases of RFC 9110, for problem titles.</summary>
public static class ReasonPhrases
{
    /// <summary>The phrase of <paramref name="status"/>, or <c>Error</c> for a code without one.</summary>
    public static string Of(int status) => status switch
    {
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        406 => "Not Acceptable",
        409 => "Conflict",
        411 => "Length Required",
        413 => "Content Too Large",
        415 => "Unsupported Media Type",
        422 => "Unprocessable Content",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        _ => "Error",
    };
}
