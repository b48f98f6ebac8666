namespace ContractKit.Runtime.Validation;

/// <summary>What validating a document found: nothing (<see cref="Valid"/>, shared, so success allocates nothing) or
/// every violation up to <see cref="ValidationOptions.MaxErrors"/>, in document order.</summary>
public sealed class ValidationResult
{
    /// <summary>The result of every valid document.</summary>
    public static ValidationResult Valid { get; } = new([], isTruncated: false);

    internal ValidationResult(IReadOnlyList<ValidationError> errors, bool isTruncated)
    {
        Errors = errors;
        IsTruncated = isTruncated;
    }

    /// <summary>No violation was found.</summary>
    public bool IsValid => Errors.Count == 0;

    /// <summary>The violations found, in document order.</summary>
    public IReadOnlyList<ValidationError> Errors { get; }

    /// <summary>Validation stopped early: the error limit or the work budget was reached, so there may be more.</summary>
    public bool IsTruncated { get; }

    /// <summary>The errors, one per line.</summary>
    public override string ToString() => IsValid ? "valid" : string.Join("\n", Errors);
}
