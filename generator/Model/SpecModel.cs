namespace ContractKit.Generator.Model;

/// <summary>
/// Everything the emitters need from one spec: plain, immutable, value-equal. An unchanged spec yields an equal
/// model, so the pipeline stops before emitting again.
/// </summary>
/// <param name="SpecPath">The root spec file, where diagnostics the emitters raise are located.</param>
/// <param name="HintPrefix">Prefix of every hint name, derived from the spec's path, unique per spec.</param>
internal sealed record SpecModel(
    string HintPrefix,
    string Namespace,
    string ClientName,
    EmitSurfaces Emit,
    EquatableArray<TypeSpec> Types,
    Validation.ValidatorCatalog? Validators = null,
    Operations.OperationCatalog? Operations = null,
    string SpecPath = "");
