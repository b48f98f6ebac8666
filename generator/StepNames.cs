namespace ContractKit.Generator;

/// <summary>Tracking names of the pipeline's steps, shared with the incrementality tests.</summary>
public static class StepNames
{
    /// <summary>AdditionalFiles marked as spec roots or parts, read to text.</summary>
    public const string SpecFiles = nameof(SpecFiles);

    /// <summary>Each root spec with the files under its folder.</summary>
    public const string SpecSources = nameof(SpecSources);

    /// <summary>Each spec parsed into a model plus diagnostics.</summary>
    public const string Parsed = nameof(Parsed);

    /// <summary>The model alone, what the emitters depend on.</summary>
    public const string Models = nameof(Models);

    /// <summary>Whether the compilation references ASP.NET Core, which the Server surface needs.</summary>
    public const string HasAspNetCore = nameof(HasAspNetCore);

    /// <summary>The calls of the source output: each spec's surfaces, its models in runs (EmissionUnit).</summary>
    public const string Emissions = nameof(Emissions);
}
