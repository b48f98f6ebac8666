namespace ContractKit.Generator.Model.Operations;

/// <summary>
/// One HTTP operation, as the Client and Server emitters need it. Value-equal, like the rest of the model.
/// </summary>
/// <param name="Name">PascalCase, unique in the spec: the client's <c>{Name}Async</c>, the server's <c>{Name}Async</c>.</param>
/// <param name="Method">The HTTP method in upper case (<c>GET</c>, <c>POST</c>, …).</param>
/// <param name="Path">The path template exactly as the spec writes it (<c>/pets/{petId}</c>).</param>
/// <param name="Pointer">Where the operation stands in the spec (<c>#/paths/~1pets/get</c>).</param>
/// <param name="Parameters">Path-level and operation-level parameters, path-level first, as OpenAPI merges them.</param>
/// <param name="Security">The alternatives that authorize a call (any one will do); empty when anyone may call.</param>
/// <param name="IsRetrySafe">Repeating the call has no further effect: GET, HEAD, OPTIONS, PUT, DELETE, TRACE.
/// Other methods are retried only when the request carries the idempotency key (<see cref="IdempotencyHeader"/>).</param>
/// <param name="IdempotencyHeader">The header of <c>x-contractkit-idempotency</c>, when the operation declares one.</param>
/// <param name="MaxRequestBytes">The body limit of <c>x-contractkit-max-request-bytes</c>.</param>
internal sealed record OperationSpec(
    string Name,
    string Method,
    string Path,
    string Pointer,
    string? Summary,
    string? Description,
    bool IsDeprecated,
    EquatableArray<string> Tags,
    EquatableArray<OperationParameterSpec> Parameters,
    RequestBodySpec? Body,
    EquatableArray<ResponseSpec> Responses,
    EquatableArray<SecurityAlternative> Security,
    bool IsRetrySafe,
    string? IdempotencyHeader,
    long? MaxRequestBytes,
    PagingSpec? Paging,
    BatchingSpec? Batching);
