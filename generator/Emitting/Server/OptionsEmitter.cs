using ContractKit.Generator.Emitting.Shared;
using ContractKit.Generator.Model;

namespace ContractKit.Generator.Emitting.Server;

/// <summary>Writes <c>{Api}ServerOptions</c>: the limits and the clock the endpoints use.</summary>
internal static class OptionsEmitter
{
    public static string Emit(SpecModel model)
    {
        var name = SurfaceNames.ServerOptions(model.ClientName);
        var writer = FileHeader.Start(model.Namespace);
        writer.WriteLine($"/// <summary>How the endpoints of <see cref=\"{SurfaceNames.ServerEndpoints(model.ClientName)}\"/> treat requests.</summary>");
        writer.OpenBlock($"public sealed class {name}");
        writer.WriteLine("/// <summary>The largest request body, in bytes, of an operation whose spec sets no <c>x-contractkit-max-request-bytes</c>; 1 MiB unless set.</summary>");
        writer.WriteLine("public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;");
        writer.WriteLine();
        writer.WriteLine("/// <summary>The clock <c>x-contractkit-not-future</c> compares with; tests set a fake one.</summary>");
        writer.WriteLine("public global::System.TimeProvider TimeProvider { get; set; } = global::System.TimeProvider.System;");
        writer.WriteLine();
        writer.WriteLine("/// <summary>A <c>400</c> lists at most this many violations.</summary>");
        writer.WriteLine("public int MaxErrors { get; set; } = 100;");
        writer.WriteLine();
        writer.WriteLine("/// <summary>The validators' options these settings stand for.</summary>");
        writer.WriteLine("public global::ContractKit.Runtime.Validation.ValidationOptions ToValidationOptions()");
        writer.WriteLine("    => new() { TimeProvider = TimeProvider, MaxErrors = MaxErrors };");
        writer.CloseBlock();
        return writer.ToString();
    }
}
