namespace ContractKit.Cli;

/// <summary>
/// Turns an exception nobody expected into one readable message and exit code 3. A stack trace helps nobody
/// running the tool in CI, and exit code 1 would be mistaken for "the spec has errors".
/// </summary>
internal static class InternalErrors
{
    public static int Report(Exception exception, TextWriter error)
    {
        try
        {
            error.WriteLine($"{Program.CliName}: internal error: {Describe(exception)}");
            error.WriteLine("This is a bug in contractkit, not a problem of your input. Please report it with the command line you ran.");
        }
        catch (Exception)
        {
            // The error stream itself is broken (a closed pipe): there is nowhere left to say anything.
        }
        return ExitCodes.InternalError;
    }

    /// <summary>The type and message of the exception and of its innermost cause, which usually names the real problem.</summary>
    private static string Describe(Exception exception)
    {
        var innermost = exception.GetBaseException();
        var text = $"{exception.GetType().Name}: {exception.Message}";
        return ReferenceEquals(innermost, exception) ? text : $"{text} ({innermost.GetType().Name}: {innermost.Message})";
    }
}
