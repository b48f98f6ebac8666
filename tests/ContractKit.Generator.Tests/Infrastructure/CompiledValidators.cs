using System.Text;
using ContractKit.Runtime.Validation;

namespace ContractKit.Generator.Tests.Infrastructure;

/// <summary>
/// The generated <c>ValidateSchema</c> of a compiled spec, callable with JSON text. Every document validated here is
/// also read by the one-pass <c>ReadValidatedSchema</c> (when the schema has a model and the models were emitted),
/// which must give exactly the same result: every example test of the validators checks the one-pass read too.
/// </summary>
internal sealed class CompiledValidators
{
    private delegate ValidationResult? ValidateSchemaMethod(string schemaPointer, ReadOnlySpan<byte> utf8Json, ValidationOptions? options);

    private delegate ValidationResult? ReadValidatedSchemaMethod(string schemaPointer, ReadOnlySpan<byte> utf8Json, out object? value, ValidationOptions? options);

    private readonly ValidateSchemaMethod validateSchema;
    private readonly ReadValidatedSchemaMethod? readValidatedSchema;

    private CompiledValidators(CompiledSpec spec)
    {
        Spec = spec;
        var type = spec.Assembly.GetType($"{spec.Model.Namespace}.{spec.Model.ClientName}Validators", throwOnError: true)!;
        validateSchema = type.GetMethod("ValidateSchema")!.CreateDelegate<ValidateSchemaMethod>();
        readValidatedSchema = type.GetMethod("ReadValidatedSchema")?.CreateDelegate<ReadValidatedSchemaMethod>();
    }

    public CompiledSpec Spec { get; }

    /// <summary>Compiles the spec with <c>Emit="Models;Validators"</c>.</summary>
    public static CompiledValidators Load(string specPath)
        => new(CompiledSpec.Load(SpecInput.FromFile(specPath, emit: "Models;Validators")));

    public static CompiledValidators From(CompiledSpec spec) => new(spec);

    /// <summary>Validates <paramref name="json"/> against the component schema <paramref name="name"/>.</summary>
    public ValidationResult Validate(string name, string json, ValidationOptions? options = null)
        => ValidateBytes("#/components/schemas/" + name, Encoding.UTF8.GetBytes(json), options);

    public ValidationResult ValidateBytes(string schemaPointer, byte[] utf8Json, ValidationOptions? options = null)
    {
        var result = validateSchema(schemaPointer, utf8Json, options) ?? throw new ArgumentException($"No validator has the pointer {schemaPointer}.");
        if (readValidatedSchema?.Invoke(schemaPointer, utf8Json, out var value, options) is { } read)
        {
            Assert.Equal(Describe(result), Describe(read));
            Assert.True(read.IsValid == (value is not null) || (read.IsValid && IsNull(utf8Json)), $"one-pass read of a {(read.IsValid ? "valid" : "invalid")} document gave {(value is null ? "no model" : "a model")}");
        }
        return result;
    }

    private static string Describe(ValidationResult result)
        => (result.IsValid ? "valid" : result.ToString()) + (result.IsTruncated ? " (truncated)" : "");

    private static bool IsNull(byte[] utf8Json) => Encoding.UTF8.GetString(utf8Json).Trim() == "null";
}
