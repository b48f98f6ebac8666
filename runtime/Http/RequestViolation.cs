namespace ContractKit.Runtime.Http;

/// <summary>One way a request breaks the contract, as a <c>400</c> problem lists it.</summary>
/// <param name="In">Where: <c>body</c>, <c>query</c>, <c>path</c>, <c>header</c> or <c>cookie</c>.</param>
/// <param name="Pointer">A JSON pointer into the body, or <c>/</c> + the parameter's name (+ a pointer into its value).</param>
/// <param name="Keyword">The JSON Schema keyword broken (<c>required</c>, <c>type</c>, <c>maxItems</c>, …).</param>
/// <param name="Message">What is wrong, for a person.</param>
public sealed record RequestViolation(string In, string Pointer, string Keyword, string Message);
