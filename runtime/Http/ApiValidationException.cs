using ContractKit.Runtime.Validation;

namespace ContractKit.Runtime.Http;

/// <summary>
/// A body broke the spec: a request before it was sent (nothing went out), or, with response validation on, a
/// success response the server sent (<see cref="IsResponse"/>). <see cref="Result"/> lists every violation by
/// JSON pointer and keyword.
/// </summary>
public sealed class ApiValidationException : Exception
{
    /// <summary>Creates the exception for <paramref name="operation"/>.</summary>
    public ApiValidationException(string operation, ValidationResult result, bool isResponse, int? chunkIndex = null)
        : base(Describe(operation, result, isResponse, chunkIndex))
    {
        Operation = operation;
        Result = result;
        IsResponse = isResponse;
        ChunkIndex = chunkIndex;
    }

    /// <summary>The operation's name (<c>PushMessages</c>).</summary>
    public string Operation { get; }

    /// <summary>Every violation found.</summary>
    public ValidationResult Result { get; }

    /// <summary>True when the server's response broke the spec; false for a request that was not sent.</summary>
    public bool IsResponse { get; }

    /// <summary>For an auto-batched call: the chunk whose body is invalid (its pointers are into that chunk's body).</summary>
    public int? ChunkIndex { get; }

    private static string Describe(string operation, ValidationResult result, bool isResponse, int? chunk)
        => $"{operation}: the {(isResponse ? "response" : "request")}{(chunk is { } c ? $" (chunk {c})" : "")} breaks the spec"
            + (isResponse ? "" : "; nothing was sent") + ":\n" + result;
}
