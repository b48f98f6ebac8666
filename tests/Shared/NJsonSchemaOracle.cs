using System.Globalization;
using System.Text.Json.Nodes;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Infrastructure;
using NJsonSchema.Validation;

namespace ContractKit.Tests.Shared;

/// <summary>
/// NJsonSchema as a second opinion on an OpenAPI document's component schemas. NJsonSchema resolves refs into
/// <c>definitions</c> but not into <c>components/schemas</c>, so the document's schemas become the definitions of
/// one root (refs rewritten to match), parsed once with <see cref="SchemaType.OpenApi3"/> so that 3.0's
/// <c>nullable</c> (and the OpenAPI discriminator object) are read; a component is then validated against its
/// definition. Errors come back flattened (oneOf branches and array items nest theirs) with RFC 6901 pointers
/// and the JSON Schema keyword each NJsonSchema error kind stands for.
/// Linked into the test projects that compare with it (tests/Shared).
/// </summary>
internal sealed class NJsonSchemaOracle
{
    private readonly JsonSchema root;
    // The settings constructor brings NJsonSchema's format validators; `new JsonSchemaValidator()` binds to the
    // params overload with no validators at all and would check no format.
    private readonly JsonSchemaValidator validator = new(new JsonSchemaValidatorSettings());

    private NJsonSchemaOracle(JsonSchema root)
    {
        this.root = root;
    }

    /// <param name="document">The whole OpenAPI document as JSON (bundled, when it spans several files).</param>
    /// <param name="constAsEnum">
    /// Spell every <c>const: v</c> as <c>enum: [v]</c>, which JSON Schema 2020-12 §6.1.3 makes equivalent:
    /// NJsonSchema 11 does not implement <c>const</c> (it accepts any value there), so this variant tells a
    /// disagreement caused by that gap from any other.
    /// </param>
    public static NJsonSchemaOracle FromOpenApi(JsonObject document, bool constAsEnum = false)
    {
        var schemas = document["components"]?["schemas"]?.DeepClone() ?? new JsonObject();
        if (constAsEnum)
        {
            foreach (var (_, component) in (JsonObject)schemas)
            {
                ConstAsEnum(component);
            }
        }
        var definitions = new JsonObject { ["definitions"] = schemas };
        var text = definitions.ToJsonString().Replace("\"#/components/schemas/", "\"#/definitions/", StringComparison.Ordinal);
        var schema = JsonSchemaSerialization.FromJsonAsync<JsonSchema>(
                text,
                SchemaType.OpenApi3,
                documentPath: null,
                s => new JsonReferenceResolver(new JsonSchemaAppender(s, new DefaultTypeNameGenerator())),
                JsonSchema.CreateJsonSerializerContractResolver(SchemaType.OpenApi3),
                CancellationToken.None)
            .GetAwaiter().GetResult();
        return new NJsonSchemaOracle(schema);
    }

    /// <summary>Keywords whose value maps names to schemas: their keys are names, never keywords.</summary>
    private static readonly HashSet<string> SchemaMaps = new(StringComparer.Ordinal) { "properties", "patternProperties", "definitions", "$defs", "dependentSchemas" };

    /// <summary>Rewrites <c>const</c> to a one-value <c>enum</c> in a schema and every schema inside it.</summary>
    private static void ConstAsEnum(JsonNode? schema)
    {
        switch (schema)
        {
            case JsonObject obj:
                if (obj.ContainsKey("const") && !obj.ContainsKey("enum"))
                {
                    var value = obj["const"]?.DeepClone();
                    obj.Remove("const");
                    obj["enum"] = new JsonArray(value);
                }
                foreach (var (key, value) in obj.ToList())
                {
                    if (SchemaMaps.Contains(key) && value is JsonObject map)
                    {
                        foreach (var (_, member) in map)
                        {
                            ConstAsEnum(member);
                        }
                    }
                    else if (key is not ("enum" or "examples" or "example" or "default" or "discriminator"))
                    {
                        ConstAsEnum(value);
                    }
                }
                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    ConstAsEnum(item);
                }
                break;
        }
    }

    /// <summary>Every error NJsonSchema reports for the instance, nested ones included; none when it accepts it.</summary>
    public IReadOnlyList<OracleError> Validate(string componentName, JsonNode? instance)
        => Tree(componentName, instance).SelectMany(Flatten).ToList();

    /// <summary>The top-level errors, each with the errors nested in it (per oneOf branch, per array item…).</summary>
    public IReadOnlyList<OracleError> Tree(string componentName, JsonNode? instance)
    {
        var schema = root.Definitions[componentName];
        return validator.Validate(instance?.ToJsonString() ?? "null", schema, SchemaType.OpenApi3).Select(Convert).ToList();
    }

    private static IEnumerable<OracleError> Flatten(OracleError error)
        => error.Branches.SelectMany(branch => branch).SelectMany(Flatten).Prepend(error);

    private static OracleError Convert(ValidationError error)
    {
        var limit = error.Kind switch
        {
            ValidationErrorKind.StringTooShort => error.Schema?.MinLength,
            ValidationErrorKind.StringTooLong => error.Schema?.MaxLength,
            _ => null,
        };
        var branches = error is ChildSchemaValidationError child
            ? child.Errors.Values.Select(branch => (IReadOnlyList<OracleError>)branch.Select(Convert).ToList()).ToList()
            : [];
        return new OracleError(PointerOf(error), KeywordOf(error.Kind), error.Kind.ToString(), branches, limit);
    }

    /// <summary>From the token's place in the instance; a missing required property is where it belongs.</summary>
    private static string PointerOf(ValidationError error)
    {
        var tokens = new List<string>();
        for (var current = error.Token; current is not null; current = current.Parent)
        {
            if (current is JProperty property)
            {
                tokens.Insert(0, property.Name);
            }
            else if (current.Parent is JArray array)
            {
                tokens.Insert(0, array.IndexOf(current).ToString(CultureInfo.InvariantCulture));
            }
        }
        if (error.Kind == ValidationErrorKind.PropertyRequired && error.Property is { } missing)
        {
            tokens.Add(missing);
        }
        return string.Concat(tokens.Select(t => "/" + t.Replace("~", "~0").Replace("/", "~1")));
    }

    private static string KeywordOf(ValidationErrorKind kind) => kind switch
    {
        ValidationErrorKind.StringExpected or ValidationErrorKind.NumberExpected or ValidationErrorKind.IntegerExpected
            or ValidationErrorKind.BooleanExpected or ValidationErrorKind.ObjectExpected or ValidationErrorKind.ArrayExpected
            or ValidationErrorKind.NullExpected or ValidationErrorKind.NoTypeValidates => "type",
        ValidationErrorKind.PropertyRequired => "required",
        ValidationErrorKind.NoAdditionalPropertiesAllowed or ValidationErrorKind.AdditionalPropertiesNotValid => "additionalProperties",
        ValidationErrorKind.PatternMismatch => "pattern",
        ValidationErrorKind.StringTooShort => "minLength",
        ValidationErrorKind.StringTooLong => "maxLength",
        ValidationErrorKind.NumberTooSmall => "minimum",
        ValidationErrorKind.NumberTooBig or ValidationErrorKind.IntegerTooBig => "maximum",
        ValidationErrorKind.NumberNotMultipleOf or ValidationErrorKind.IntegerNotMultipleOf => "multipleOf",
        ValidationErrorKind.TooManyItems => "maxItems",
        ValidationErrorKind.TooFewItems => "minItems",
        ValidationErrorKind.ItemsNotUnique => "uniqueItems",
        ValidationErrorKind.TooManyProperties => "maxProperties",
        ValidationErrorKind.TooFewProperties => "minProperties",
        ValidationErrorKind.NotInEnumeration => "enum",
        ValidationErrorKind.NotOneOf => "oneOf",
        ValidationErrorKind.NotAnyOf => "anyOf",
        ValidationErrorKind.NotAllOf => "allOf",
        ValidationErrorKind.ExcludedSchemaValidates => "not",
        ValidationErrorKind.ArrayItemNotValid => "items",
        ValidationErrorKind.DateTimeExpected or ValidationErrorKind.DateExpected or ValidationErrorKind.TimeExpected
            or ValidationErrorKind.TimeSpanExpected or ValidationErrorKind.UriExpected or ValidationErrorKind.IpV4Expected
            or ValidationErrorKind.IpV6Expected or ValidationErrorKind.GuidExpected or ValidationErrorKind.UuidExpected
            or ValidationErrorKind.EmailExpected or ValidationErrorKind.HostnameExpected or ValidationErrorKind.Base64Expected => "format",
        _ => kind.ToString(),
    };
}

/// <summary>One NJsonSchema error, as a pointer and the JSON Schema keyword.</summary>
/// <param name="Kind">NJsonSchema's own name for it.</param>
/// <param name="Branches">The errors nested in it: one list per oneOf/anyOf/allOf branch, or for the failing item.</param>
/// <param name="Limit">For a string length error, the minLength or maxLength of the schema that failed.</param>
internal sealed record OracleError(string Pointer, string Keyword, string Kind, IReadOnlyList<IReadOnlyList<OracleError>> Branches, int? Limit = null)
{
    /// <summary>It only wraps nested errors (a oneOf branch, an array item).</summary>
    public bool Wraps => Branches.Count > 0;

    public override string ToString() => $"{Kind} ({Keyword}) at '{Pointer}'";
}
