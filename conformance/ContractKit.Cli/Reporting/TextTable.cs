namespace ContractKit.Cli.Reporting;

/// <summary>
/// Rows of cells written with each column padded to its widest cell, so a reader's eye can run down a column.
/// The last column is not padded: trailing spaces only make copy-paste and diffs noisier.
/// </summary>
internal sealed class TextTable
{
    private const string ColumnGap = "  ";

    private readonly List<string[]> rows = [];

    public int Count => rows.Count;

    public void AddRow(params string[] cells) => rows.Add(cells);

    public void Write(TextWriter output, string indent)
    {
        var columns = rows.Count == 0 ? 0 : rows.Max(row => row.Length);
        var widths = new int[columns];
        foreach (var row in rows)
        {
            for (var column = 0; column < row.Length; column++)
            {
                widths[column] = Math.Max(widths[column], row[column].Length);
            }
        }
        foreach (var row in rows)
        {
            var cells = row.Select((cell, column) => column == row.Length - 1 ? cell : cell.PadRight(widths[column]));
            output.WriteLine(indent + string.Join(ColumnGap, cells).TrimEnd());
        }
    }
}
