namespace ContractKit.Cli.Inspection;

/// <summary>Builds JSON pointer fragments in the form Microsoft.OpenApi reports them ("#/paths/~1pets/get").</summary>
internal static class JsonPointer
{
    public static string Fragment(params object[] tokens) =>
        "#/" + string.Join('/', tokens.Select(token => Escape(Convert.ToString(token, System.Globalization.CultureInfo.InvariantCulture) ?? "")));

    /// <summary>RFC 6901: '~' first, so the '~' that escapes '/' is not escaped again.</summary>
    private static string Escape(string token) => token.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
}
