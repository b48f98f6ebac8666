using System.Text;
using ContractKit.Runtime.Validation;

namespace ContractKit.Generator.Tests.Infrastructure;

/// <summary>The generated <c>ValidateSchema</c> of a compiled spec, callable with JSON text.</summary>
internal sealed class CompiledValidators
{
    private delegate ValidationResult? ValidateSchemaMethod(string schemaPointer, ReadOnlySpan<byte> utf8Json, ValidationOptions? options);

    private readonly ValidateSchemaMethod validateSchema;

    private CompiledValidators(CompiledSpec spec)
    {
        Spec = spec;
        var type = spec.Assembly.GetType($"{spec.Model.Namespace}.{spec.Model.ClientName}Validators", throwOnError: true)!;
        validateSchema = type.GetMethod("ValidateSchema")!.CreateDelegate<ValidateSchemaMethod>();
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
        => validateSchema(schemaPointer, utf8Json, options) ?? throw new ArgumentException($"No validator has the pointer {schemaPointer}.");
}
