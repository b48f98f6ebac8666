using System;
using System.IO;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ContractKit.Generator.Configuration;

/// <summary>Reads an AdditionalFile that the package's build targets marked as a spec root or part.</summary>
internal static class SpecFileReader
{
    public const string RoleMetadata = "build_metadata.AdditionalFiles.ContractKitRole";

    public static SpecFile? Read(AdditionalText file, AnalyzerConfigOptions options, AnalyzerConfigOptions globalOptions, CancellationToken cancellationToken)
    {
        if (!options.TryGetValue(RoleMetadata, out var roleText) || !TryParseRole(roleText, out var role))
        {
            return null;
        }
        var text = file.GetText(cancellationToken)?.ToString() ?? "";
        var specOptions = new SpecOptions(
            Get(options, "build_metadata.AdditionalFiles.Namespace"),
            Get(options, "build_metadata.AdditionalFiles.ClientName"),
            Get(options, "build_metadata.AdditionalFiles.Emit"),
            Get(globalOptions, "build_property.RootNamespace"));
        return new SpecFile(Normalize(file.Path), role, specOptions, text);
    }

    /// <summary>Forward slashes everywhere, so paths compare and combine the same on every OS.</summary>
    public static string Normalize(string path) => path.Replace('\\', '/');

    /// <summary>The folder a root spec's relative references start from, ending in '/'.</summary>
    public static string FolderOf(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0 ? "" : path.Substring(0, slash + 1);
    }

    private static bool TryParseRole(string text, out SpecFileRole role)
    {
        if (string.Equals(text, "Root", StringComparison.OrdinalIgnoreCase))
        {
            role = SpecFileRole.Root;
            return true;
        }
        role = SpecFileRole.Part;
        return string.Equals(text, "Part", StringComparison.OrdinalIgnoreCase);
    }

    private static string? Get(AnalyzerConfigOptions options, string key)
        => options.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    internal static string FileNameWithoutExtension(string path) => Path.GetFileNameWithoutExtension(path);
}
