using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using ContractKit.Generator.Configuration;
using ContractKit.Generator.Diagnostics;
using ContractKit.Generator.Model;
using ContractKit.Generator.Parsing.Operations;
using ContractKit.Generator.Parsing.Validation;

namespace ContractKit.Generator.Parsing;

/// <summary>The result of parsing one spec: the model (null when nothing can be generated) and what was wrong.</summary>
internal sealed record ParseResult(SpecModel? Model, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>
/// The Parser stage: a <see cref="SpecSource"/> in, a plain <see cref="SpecModel"/> and diagnostics out. It never
/// throws: a failure it did not foresee becomes CK0008 on the spec, and the rest of the compilation goes on.
/// </summary>
internal static class SpecParser
{
    public static ParseResult Parse(SpecSource source, CancellationToken cancellationToken)
    {
        var diagnostics = new List<DiagnosticInfo>();
        try
        {
            // Names and literals never depend on the machine's culture: every conversion states InvariantCulture.
            return ParseCore(source, diagnostics, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception exception)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, SpecLocation.StartOf(source.Root.Path), Describe(exception)));
            return new ParseResult(null, diagnostics.ToEquatableArray());
        }
    }

    /// <summary>The exception and where it was thrown, so a report of it can be acted on.</summary>
    private static string Describe(Exception exception)
    {
        var frame = exception.StackTrace?.Split('\n').FirstOrDefault()?.Trim() ?? "";
        return $"{exception.GetType().Name}: {exception.Message} ({frame})";
    }

    private static ParseResult ParseCore(SpecSource source, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        var root = source.Root;
        var options = OptionsReader.Read(root, diagnostics);
        var locate = SourcePositions.For(root.Path, root.Text);
        var document = SpecLoader.Load(source, diagnostics, locate, cancellationToken);
        if (document is null)
        {
            return new ParseResult(null, diagnostics.ToEquatableArray());
        }
        var builder = new TypeCatalogBuilder(document, options.Namespace, SurfaceNames.All(options.ClientName, OperationSites.Of(document).Select(site => site.Name)), diagnostics, locate, cancellationToken);
        var types = builder.Build();
        var validators = (options.Emit & EmitSurfaces.Validators) != 0
            ? new ValidatorCatalogBuilder(document, types, builder.Shapes, (options.Emit & EmitSurfaces.Models) != 0, diagnostics, locate, cancellationToken).Build()
            : null;
        var operations = (options.Emit & (EmitSurfaces.Client | EmitSurfaces.Server)) != 0
            ? new OperationCatalogBuilder(document, builder, types, diagnostics, locate, cancellationToken).Build()
            : null;
        var model = new SpecModel(HintPrefix(root.Path), options.Namespace, options.ClientName, options.Emit, types, validators, operations, root.Path);
        return new ParseResult(model, diagnostics.ToEquatableArray());
    }

    /// <summary>The spec's file name as an identifier, plus a short hash of its path so two specs never collide.</summary>
    private static string HintPrefix(string path)
    {
        var name = Naming.ToIdentifier(SpecFileReader.FileNameWithoutExtension(path), "Spec");
        unchecked
        {
            var hash = 2166136261u;
            foreach (var c in path)
            {
                hash = (hash ^ c) * 16777619u;
            }
            return name + "." + (hash & 0xFFFFFF).ToString("x6", CultureInfo.InvariantCulture);
        }
    }
}
