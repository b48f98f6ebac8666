namespace ContractKit.Cli;

/// <summary>
/// The process exit codes of every contractkit command. CI scripts branch on them, so a value never changes
/// meaning once released: add new codes rather than reuse one.
/// </summary>
public static class ExitCodes
{
    /// <summary>The command did its job and found nothing wrong.</summary>
    public const int Success = 0;

    /// <summary>The command ran, and the input it checked has errors (the report says which).</summary>
    public const int InputHasErrors = 1;

    /// <summary>The command line is wrong or names a file that cannot be read: nothing was checked.</summary>
    public const int UsageError = 2;

    /// <summary>contractkit itself failed: a bug to report, not a problem of the input.</summary>
    public const int InternalError = 3;
}
