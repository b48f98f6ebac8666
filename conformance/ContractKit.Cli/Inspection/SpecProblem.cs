namespace ContractKit.Cli.Inspection;

/// <summary>An error or warning about the spec.</summary>
/// <param name="Pointer">Where in the document, as a JSON pointer fragment ("#/paths/~1pets/get"); null when the
/// problem concerns the file as a whole (it is not YAML, say).</param>
internal sealed record SpecProblem(string? Pointer, string Message);
