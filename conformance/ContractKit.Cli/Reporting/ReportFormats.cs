namespace ContractKit.Cli.Reporting;

/// <summary>The spellings of <see cref="ReportFormat"/> on the command line.</summary>
internal static class ReportFormats
{
    public const string Text = "text";
    public const string Json = "json";

    /// <summary>The format for an option value the parser has already restricted to <see cref="Text"/> or <see cref="Json"/>.</summary>
    public static ReportFormat Parse(string? value) => value switch
    {
        null or Text => ReportFormat.Text,
        Json => ReportFormat.Json,
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "The parser should have rejected this report format."),
    };

    public static ISpecReportWriter CreateWriter(ReportFormat format) => format switch
    {
        ReportFormat.Json => new JsonReportWriter(),
        _ => new TextReportWriter(),
    };
}
