using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContractKit.Conformance.Generation;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.OpenApi;

namespace ContractKit.RoundTrip.Tests.Infrastructure;

/// <summary>
/// One generated call of an operation: the client's arguments by parameter name and the response the server's
/// implementation answers with, both generated from the spec's schemas as JSON and read into the generated types.
/// </summary>
public sealed record OperationCall(IReadOnlyDictionary<string, object?> Arguments, int Status, object? ResponseBody)
{
    private static readonly SchemaInstances Requests = new(InstanceOptions.Valid with { ReadOnlyProperties = false, ExtraProperties = false });
    private static readonly SchemaInstances Responses = new(InstanceOptions.Valid with { WriteOnlyProperties = false, ExtraProperties = false });

    public override string ToString()
        => string.Join(", ", Arguments.Select(a => $"{a.Key}={Describe(a.Value)}")) + $" → {Status} {Describe(ResponseBody)}";

    /// <summary>Calls of <paramref name="operation"/>, whose server method is <paramref name="serverMethod"/>.</summary>
    public static Gen<OperationCall> For(SpecUnderTest spec, OpenApiOperation operation, MethodInfo serverMethod, int status, Type? responseType)
    {
        var arguments = Gen.Constant(ImmutableArgs.Empty);
        foreach (var parameter in serverMethod.GetParameters().Where(p => p.ParameterType != typeof(CancellationToken)))
        {
            var valueGen = ValueFor(spec, operation, parameter);
            arguments = from args in arguments
                        from value in valueGen
                        select args.With(parameter.Name!, value);
        }
        var response = responseType is null
            ? Gen.Constant<object?>(null)
            : responseType == typeof(byte[])
                ? Gen.ArrayOf(ArbMap.Default.GeneratorFor<byte>()).Select(bytes => (object?)bytes) // a body that is not JSON (an image)
            : ResponseSchema(operation, status) is { } schema
                ? Responses.For(schema).Select(json => Read(spec, json, responseType))
                : Gen.Constant<object?>(null);
        return from args in arguments
               from body in response
               select new OperationCall(args.Values, status, body);
    }

    private static Gen<object?> ValueFor(SpecUnderTest spec, OpenApiOperation operation, ParameterInfo parameter)
    {
        var type = parameter.ParameterType;
        var isBody = parameter.Name!.StartsWith("body", StringComparison.Ordinal);
        var schema = isBody
            ? operation.RequestBody?.Content?.FirstOrDefault(c => c.Key.Contains("json", StringComparison.OrdinalIgnoreCase)).Value?.Schema
            : operation.Parameters?.FirstOrDefault(p => SpecUnderTest.Normalize(p.Name!) == SpecUnderTest.Normalize(parameter.Name))?.Schema;
        if (type == typeof(Stream))
        {
            return Gen.ArrayOf(ArbMap.Default.GeneratorFor<byte>()).Select(bytes => (object?)new MemoryStream(bytes));
        }
        if (schema is null)
        {
            throw new InvalidOperationException($"No schema for parameter {parameter.Name} of {operation.OperationId}.");
        }
        var values = Requests.For(schema);
        if (!isBody && operation.Parameters!.First(p => SpecUnderTest.Normalize(p.Name!) == SpecUnderTest.Normalize(parameter.Name)).In == ParameterLocation.Path)
        {
            // "." and ".." as a whole path segment are resolved away by every URL parser: the client refuses them
            // (ContractKit.Client.Tests' dot-segment test); every other value must make the trip.
            values = values.Where(json => json?.GetValueKind() != System.Text.Json.JsonValueKind.String || json.GetValue<string>() is not ("." or ".."));
        }
        var present = values.Select(json => Read(spec, json, type));
        var optional = new NullabilityInfoContext().Create(parameter).WriteState == NullabilityState.Nullable || Nullable.GetUnderlyingType(type) is not null;
        return optional ? Gen.Frequency((3, present), (1, Gen.Constant<object?>(null))) : present;
    }

    private static IOpenApiSchema? ResponseSchema(OpenApiOperation operation, int status)
        => operation.Responses?.FirstOrDefault(r => r.Key == status.ToString(System.Globalization.CultureInfo.InvariantCulture)).Value?
            .Content?.FirstOrDefault(c => c.Key.Contains("json", StringComparison.OrdinalIgnoreCase)).Value?.Schema;

    internal static object? Read(SpecUnderTest spec, JsonNode? json, Type type)
        => JsonSerializer.Deserialize(json?.ToJsonString() ?? "null", type, spec.JsonOptions);

    internal static string Describe(object? value)
        => value switch
        {
            null => "null",
            MemoryStream stream => $"{stream.Length} bytes",
            _ => Truncate(value.ToString() ?? ""),
        };

    private static string Truncate(string text) => text.Length > 200 ? text[..200] + "…" : text;

    /// <summary>An immutable name → value map built one parameter at a time inside a generator.</summary>
    private sealed record ImmutableArgs(IReadOnlyDictionary<string, object?> Values)
    {
        public static ImmutableArgs Empty { get; } = new(new Dictionary<string, object?>());

        public ImmutableArgs With(string name, object? value)
            => new(new Dictionary<string, object?>(Values) { [name] = value });
    }
}
