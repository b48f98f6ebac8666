using System;
using System.Collections.Generic;
using System.Linq;
using ContractKit.Generator.Diagnostics;
using ContractKit.Generator.Model;
using ContractKit.Generator.Parsing;
using Microsoft.CodeAnalysis.CSharp;

namespace ContractKit.Generator.Configuration;

/// <summary>The options of one spec, checked: a usable namespace and class name, and the surfaces to emit.</summary>
internal sealed record ResolvedOptions(string Namespace, string ClientName, EmitSurfaces Emit);

/// <summary>Reads and checks a spec item's metadata; every bad value is a diagnostic and a sensible fallback.</summary>
internal static class OptionsReader
{
    /// <summary>The surfaces this version builds; asking for another one is CK0005, not a silent no-op.</summary>
    public const EmitSurfaces Built = EmitSurfaces.Models | EmitSurfaces.Validators | EmitSurfaces.Client | EmitSurfaces.Server;

    public static ResolvedOptions Read(SpecFile root, List<DiagnosticInfo> diagnostics)
    {
        var at = SpecLocation.StartOf(root.Path);
        var fallbackNamespace = IsValidNamespace(root.Options.RootNamespace) ? root.Options.RootNamespace! : "ContractKit.Generated";
        var @namespace = root.Options.Namespace ?? fallbackNamespace;
        if (!IsValidNamespace(@namespace))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidNamespace, at, @namespace, fallbackNamespace));
            @namespace = fallbackNamespace;
        }
        var clientName = root.Options.ClientName is { } given && SyntaxFacts.IsValidIdentifier(given)
            ? given
            : Naming.ToIdentifier(SpecFileReader.FileNameWithoutExtension(root.Path), "Api") + "Client";
        return new ResolvedOptions(@namespace, clientName, ReadEmit(root.Options.Emit, at, diagnostics));
    }

    private static EmitSurfaces ReadEmit(string? text, SpecLocation at, List<DiagnosticInfo> diagnostics)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return EmitSurfaces.Models;
        }
        var surfaces = EmitSurfaces.None;
        foreach (var word in text!.Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim()).Where(w => w.Length > 0))
        {
            if (!Enum.TryParse<EmitSurfaces>(word, ignoreCase: true, out var surface) || surface == EmitSurfaces.None || !Enum.IsDefined(typeof(EmitSurfaces), surface))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownSurface, at, word));
                continue;
            }
            if ((Built & surface) == 0)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.SurfaceNotBuilt, at, surface.ToString()));
                continue;
            }
            surfaces |= surface;
        }
        // A client or server stands on the models it sends and the validators it checks with.
        if ((surfaces & (EmitSurfaces.Client | EmitSurfaces.Server)) != 0)
        {
            surfaces |= EmitSurfaces.Models | EmitSurfaces.Validators;
        }
        return surfaces;
    }

    private static bool IsValidNamespace(string? text)
        => !string.IsNullOrEmpty(text) && text!.Split('.').All(part => SyntaxFacts.IsValidIdentifier(part) && SyntaxFacts.GetKeywordKind(part) == SyntaxKind.None);
}
