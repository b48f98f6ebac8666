using System;
using System.Collections.Immutable;
using ContractKit.Generator.Diagnostics;
using ContractKit.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ContractKit.Generator.Emitting;

/// <summary>
/// One call of the generator's source output: a surface of one spec, or for the models a run of at most
/// <see cref="TypesPerUnit"/> types. Roslyn checks each hint name against every name added in the same call, so a
/// call that adds n files costs n²/2 comparisons: on GitHub's REST API (7,230 files in one call) that was about a
/// tenth of the generator's cold run (docs/benchmarks.md §1, session 7). Units keep the files in the order one call
/// would add them.
/// </summary>
/// <param name="Model">The spec; compared by reference first (a record), so units of an unchanged model are cheap to compare.</param>
/// <param name="AspNetCore">Whether the compilation references ASP.NET Core, which the Server surface needs.</param>
/// <param name="Surface">What this unit writes: one surface.</param>
/// <param name="First">For the models, the index of the first type written.</param>
/// <param name="Count">For the models, how many types are written.</param>
internal sealed record EmissionUnit(SpecModel Model, bool AspNetCore, EmitSurfaces Surface, int First = 0, int Count = 0)
{
    internal const int TypesPerUnit = 256;

    /// <summary>The units of <paramref name="model"/>, in the order their files are added.</summary>
    public static ImmutableArray<EmissionUnit> Plan(SpecModel? model, bool aspNetCore)
    {
        if (model is null)
        {
            return ImmutableArray<EmissionUnit>.Empty;
        }
        var units = ImmutableArray.CreateBuilder<EmissionUnit>();
        if ((model.Emit & EmitSurfaces.Models) != 0)
        {
            // At least one unit, which also writes the JSON type-info resolver after the last type.
            for (var first = 0; first == 0 || first < model.Types.Count; first += TypesPerUnit)
            {
                units.Add(new EmissionUnit(model, aspNetCore, EmitSurfaces.Models, first, Math.Min(TypesPerUnit, model.Types.Count - first)));
            }
        }
        if (model.Validators is not null)
        {
            units.Add(new EmissionUnit(model, aspNetCore, EmitSurfaces.Validators));
        }
        if (model.Operations is not null && (model.Emit & EmitSurfaces.Client) != 0)
        {
            units.Add(new EmissionUnit(model, aspNetCore, EmitSurfaces.Client));
        }
        if (model.Operations is not null && (model.Emit & EmitSurfaces.Server) != 0)
        {
            units.Add(new EmissionUnit(model, aspNetCore, EmitSurfaces.Server));
        }
        return units.ToImmutable();
    }

    /// <summary>Writes the unit's files (or, for a server without ASP.NET Core, says why it cannot).</summary>
    public void Emit(SourceProductionContext context)
    {
        switch (Surface)
        {
            case EmitSurfaces.Models:
                var last = First + Count >= Model.Types.Count;
                Add(context, ModelsEmitter.Emit(Model, First, Count, withResolver: last));
                break;
            case EmitSurfaces.Validators:
                Add(context, ValidatorsEmitter.Emit(Model, Model.Validators!));
                break;
            case EmitSurfaces.Client:
                Add(context, ClientEmitter.Emit(Model, Model.Operations!));
                break;
            case EmitSurfaces.Server when AspNetCore:
                Add(context, ServerEmitter.Emit(Model, Model.Operations!));
                break;
            case EmitSurfaces.Server:
                context.ReportDiagnostic(DiagnosticInfo.Create(DiagnosticDescriptors.ServerNeedsAspNetCore, SpecLocation.StartOf(Model.SpecPath)).ToDiagnostic());
                break;
        }
    }

    private static void Add(SourceProductionContext context, System.Collections.Generic.IEnumerable<(string HintName, string Source)> files)
    {
        foreach (var (hintName, source) in files)
        {
            context.AddSource(hintName, SourceText.From(source, System.Text.Encoding.UTF8));
        }
    }
}
