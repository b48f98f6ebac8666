using ContractKit.Generator.Emitting.Shared;
using ContractKit.Generator.Model;

namespace ContractKit.Generator.Emitting.Models;

/// <summary>
/// Writes <c>{ClientName}Json</c>: a type-info resolver over the generated converters and ready options, so
/// JsonSerializer works on the models with reflection disabled (Native AOT), where another generator's
/// <c>[JsonSerializable]</c> context cannot see our output.
/// </summary>
internal static class JsonResolverEmitter
{
    /// <summary>
    /// The name of the typed <c>JsonTypeInfo</c> property of a model type: the type's name, unless the class
    /// already has a member of that name (its own, or one every class inherits from <c>object</c>).
    /// </summary>
    public static string TypeInfoProperty(string typeName)
        => typeName is "Options" or "TypeInfoResolver" or "CreateOptions" or "Resolver"
            or "Equals" or "GetHashCode" or "ToString" or "GetType" or "ReferenceEquals" or "MemberwiseClone" or "Finalize"
            ? typeName + "TypeInfo"
            : typeName;

    public static string Emit(SpecModel model)
    {
        var name = model.ClientName + "Json";
        var writer = FileHeader.Start(model.Namespace);
        writer.WriteLine($"/// <summary>JSON support for the models of this spec, without reflection.</summary>");
        writer.OpenBlock($"public static partial class {name}");
        writer.WriteLine("/// <summary>Resolves type info for every generated model from its generated converter.</summary>");
        writer.WriteLine("public static global::System.Text.Json.Serialization.Metadata.IJsonTypeInfoResolver TypeInfoResolver { get; } = new Resolver();");
        writer.WriteLine();
        writer.WriteLine("/// <summary>Options that serialize every generated model; read-only, share them freely.</summary>");
        writer.WriteLine("public static global::System.Text.Json.JsonSerializerOptions Options { get; } = CreateOptions();");
        writer.WriteLine();
        writer.OpenBlock("private static global::System.Text.Json.JsonSerializerOptions CreateOptions()");
        writer.WriteLine("var options = new global::System.Text.Json.JsonSerializerOptions { TypeInfoResolver = TypeInfoResolver };");
        writer.WriteLine("options.MakeReadOnly();");
        writer.WriteLine("return options;");
        writer.CloseBlock();
        // Model types are written in full here: a type named Resolver would otherwise be the nested class below.
        foreach (var type in model.Types)
        {
            var qualified = $"global::{model.Namespace}.{type.Name}";
            // Typed infos let callers use JsonSerializer's overloads that carry no trimming/AOT annotations.
            var property = TypeInfoProperty(type.Name);
            var info = $"global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<{qualified}>";
            writer.WriteLine();
            writer.WriteLine($"/// <summary>Serializes <see cref=\"{qualified}\"/>: <c>JsonSerializer.Serialize(value, {name}.{property})</c>.</summary>");
            writer.WriteLine($"public static {info} {property} => ({info})Options.GetTypeInfo(typeof({qualified}));");
        }
        writer.WriteLine();
        writer.OpenBlock("private sealed class Resolver : global::System.Text.Json.Serialization.Metadata.IJsonTypeInfoResolver");
        writer.OpenBlock("public global::System.Text.Json.Serialization.Metadata.JsonTypeInfo? GetTypeInfo(global::System.Type type, global::System.Text.Json.JsonSerializerOptions options)");
        foreach (var type in model.Types)
        {
            var qualified = $"global::{model.Namespace}.{type.Name}";
            writer.OpenBlock($"if (type == typeof({qualified}))");
            writer.WriteLine($"return global::System.Text.Json.Serialization.Metadata.JsonMetadataServices.CreateValueInfo<{qualified}>(options, global::{model.Namespace}.{JsonCode.ConverterName(type.Name)}.Instance);");
            writer.CloseBlock();
        }
        writer.WriteLine("return null;");
        writer.CloseBlock();
        writer.CloseBlock();
        writer.CloseBlock();
        return writer.ToString();
    }
}
