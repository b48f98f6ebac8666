namespace ContractKit.Runtime.Validation;

/// <summary>How a document is validated. Immutable; <see cref="Default"/> suits most uses.</summary>
public sealed class ValidationOptions
{
    /// <summary>The system clock, 100 errors at most, nesting up to 64 levels.</summary>
    public static ValidationOptions Default { get; } = new();

    /// <summary>The clock <c>x-contractkit-not-future</c> compares with; tests pass a fake one.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Validation stops after this many errors and marks the result truncated.</summary>
    public int MaxErrors { get; init; } = 100;

    /// <summary>Deeper nesting than this is reported as an error, not followed (hostile input).</summary>
    public int MaxDepth { get; init; } = 64;
}
