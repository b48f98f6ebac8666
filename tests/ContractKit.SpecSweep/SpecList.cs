namespace ContractKit.SpecSweep;

/// <summary>The specs to sweep: every .json/.yaml/.yml under a folder, or the paths listed in a text file.</summary>
internal static class SpecList
{
    public static IReadOnlyList<string> Read(string input)
    {
        if (Directory.Exists(input))
        {
            return Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories)
                .Where(path => path.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
                               || path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase)
                               || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
                .Where(path => !Path.GetFileName(path).Equals("package.json", StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal)
                .ToList();
        }
        return File.ReadAllLines(input).Select(line => line.Trim()).Where(line => line.Length > 0 && !line.StartsWith('#')).ToList();
    }
}
