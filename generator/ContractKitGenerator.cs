using System;
using System.Collections.Immutable;
using System.Linq;
using ContractKit.Generator.Configuration;
using ContractKit.Generator.Diagnostics;
using ContractKit.Generator.Emitting;
using ContractKit.Generator.Model;
using ContractKit.Generator.Parsing;
using Microsoft.CodeAnalysis;

namespace ContractKit.Generator;

/// <summary>
/// Turns each <c>ContractKitSpec</c> (an OpenAPI 3.0/3.1 document given as an AdditionalFile) into C# at compile
/// time. This file only wires the pipeline: files → sources → (model, diagnostics) → emitted text.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ContractKitGenerator : IIncrementalGenerator
{
    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var files = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select((pair, cancellationToken) => SpecFileReader.Read(
                pair.Left, pair.Right.GetOptions(pair.Left), pair.Right.GlobalOptions, cancellationToken))
            .Where(file => file is not null)
            .Select((file, _) => file!)
            .WithTrackingName(StepNames.SpecFiles);

        var parts = files.Where(file => file.Role == SpecFileRole.Part).Collect();

        var sources = files
            .Where(file => file.Role == SpecFileRole.Root)
            .Combine(parts)
            .Select((pair, _) => WithPartsUnderItsFolder(pair.Left, pair.Right))
            .WithTrackingName(StepNames.SpecSources);

        var parsed = sources
            .Select((source, cancellationToken) => SpecParser.Parse(source, cancellationToken))
            .WithTrackingName(StepNames.Parsed);

        // Source depends on the model alone, so a spec whose model is unchanged is not emitted again.
        var models = parsed
            .Select((result, _) => result.Model)
            .WithTrackingName(StepNames.Models);

        context.RegisterSourceOutput(parsed, static (spc, result) =>
        {
            foreach (var diagnostic in result.Diagnostics)
            {
                spc.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        });

        // Server code needs ASP.NET Core; whether the compilation has it is one bool, so edits elsewhere stay cached.
        var hasAspNetCore = context.CompilationProvider
            .Select((compilation, _) => compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Routing.IEndpointRouteBuilder") is not null)
            .WithTrackingName(StepNames.HasAspNetCore);

        // Several calls of the output, not one per spec: Roslyn compares each hint name with every name added in the
        // same call, which is quadratic for a spec of thousands of types (EmissionUnit).
        var emissions = models
            .Combine(hasAspNetCore)
            .SelectMany((pair, _) => EmissionUnit.Plan(pair.Left, pair.Right))
            .WithTrackingName(StepNames.Emissions);

        context.RegisterSourceOutput(emissions, static (spc, unit) => unit.Emit(spc));
    }

    private static SpecSource WithPartsUnderItsFolder(SpecFile root, ImmutableArray<SpecFile> parts)
    {
        var folder = SpecFileReader.FolderOf(root.Path);
        var mine = parts
            .Where(part => part.Path.StartsWith(folder, StringComparison.Ordinal) && part.Path != root.Path)
            .OrderBy(part => part.Path, StringComparer.Ordinal);
        return new SpecSource(root, mine.ToEquatableArray());
    }
}
