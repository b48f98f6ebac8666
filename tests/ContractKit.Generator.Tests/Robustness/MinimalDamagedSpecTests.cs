namespace ContractKit.Generator.Tests.Robustness;

/// <summary>
/// The damaged specs <see cref="MutatedSpecProperties"/> found, cut down to a few lines each (by deleting lines for as
/// long as the problem stayed). Each must pass the same checks as a random damaged copy: no generator failure, no
/// CK0008, every CK diagnostic on a line of the spec file, and generated code that compiles. They stay as regression
/// cases once fixed: the random search may not hit the same input again.
/// </summary>
public sealed class MinimalDamagedSpecTests
{
    private const string Header31 = "openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths: {}\n";

    public static TheoryData<string, string, string> Cases() => new()
    {
        // CK0008 InvalidOperationException ("Cannot read incomplete UTF-16 JSON text as string with missing low
        // surrogate"): JsonNode.Parse accepts the escape, the string is only decoded later, inside Microsoft.OpenApi's
        // reader, outside SpecText's try. Expected: CK0001 at the string.
        { "JSON string with a lone surrogate escape", "/specs/surrogate.json",
            "{\"openapi\": \"3.1.0\", \"info\": {\"title\": \"\\ud83d\", \"version\": \"1\"}, \"paths\": {}}" },

        // CK0008 ArgumentException ("An item with the same key has already been added. Key: title"): JsonObject
        // checks duplicate keys when first enumerated, after SpecText.Parse returned. Expected: CK0001 at the key.
        { "JSON object with a duplicate key", "/specs/duplicate.json",
            "{\"openapi\": \"3.1.0\", \"info\": {\"title\": \"T\", \"title\": \"U\", \"version\": \"1\"}, \"paths\": {}}" },

        // CK0008 ArgumentNullException ("Value cannot be null or empty: referenceId", thrown by OpenApiSchemaReference's
        // constructor in Microsoft.OpenApi's V31 deserializer). '#/' does the same. Expected: CK0003 at the $ref.
        { "$ref with an empty component name", "/specs/empty-ref.yaml",
            Header31 + "components:\n  schemas:\n    A:\n      $ref: '#/components/schemas/'\n" },

        // CK0008 FormatException ("String '' was not recognized as a valid Boolean", bool.Parse in Microsoft.OpenApi's
        // V3 deserializer). Expected: a CK0002/CK0001 at the line.
        { "Boolean field with no value (3.0)", "/specs/empty-boolean.yaml",
            "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths:\n  /a:\n    post:\n      requestBody:\n        required:\n      responses: {}\n" },

        // The same in the V31 deserializer: "String 'maybe' was not recognized as a valid Boolean".
        { "Boolean field with a word that is not a boolean (3.1)", "/specs/word-boolean.yaml",
            "openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths:\n  /a:\n    get:\n      parameters:\n        - name: q\n          in: query\n          required: maybe\n      responses: {}\n" },

        // CK0008 NullReferenceException in Microsoft.OpenApi.OpenApiWorkspace.RegisterSchemaIdentifiers: a component
        // property with no schema yet (what a person typing a new property has for a moment).
        { "Component property with no schema", "/specs/null-property.yaml",
            Header31 + "components:\n  schemas:\n    A:\n      properties:\n        b:\n" },

        // CK0008 ArgumentNullException ("Value cannot be null. (Parameter 'key')") in TypeCatalogBuilder.Resolve
        // (TypeCatalogBuilder.Resolve.cs, inlineTypes.TryGetValue(schema) with schema null): the same in an inline schema.
        { "Inline property with no schema", "/specs/null-inline-property.yaml",
            "openapi: 3.0.1\ninfo: {title: T, version: '1'}\npaths:\n  /a:\n    post:\n      requestBody:\n        content:\n          application/json:\n            schema:\n              properties:\n                criteria:\n      responses: {}\n" },

        // CK0008 NullReferenceException in SchemaShape.UnionVariants (SchemaShape.cs, called from Classify through
        // EnumUnderlying/ConstAlternatives in NameComponentTypes): a component schema with no value.
        { "Component schema with no value", "/specs/null-schema.yaml",
            Header31 + "components:\n  schemas:\n    A:\n" },

        // The same NullReferenceException for a component schema written as a list.
        { "Component schema that is a list", "/specs/list-schema.yaml",
            "openapi: 3.0.0\ninfo: {title: T, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    Pet:\n      - type: object\n" },

        // Does not compile (CS1585): XmlDoc splits descriptions on '\n' only, but C# also ends a line at U+0085 (YAML's
        // "\N" escape), so the rest of the description lands in code after the "///" comment.
        { "Description with a NEL (U+0085) line break", "/specs/nel.yaml",
            Header31 + "components:\n  schemas:\n    A:\n      type: object\n      properties:\n        b:\n          type: string\n          description: \"x\\Ny\"\n" },

        // Does not compile (CS0542 'Value': member names cannot be the same as their enclosing type): the enum struct
        // (and the wrapper union) has a member named Value.
        { "Enum component named Value", "/specs/value-enum.yaml",
            Header31 + "components:\n  schemas:\n    Value:\n      type: string\n      enum: [a]\n" },

        // Does not compile (CS0542): an object that keeps unknown properties has a member named AdditionalProperties.
        { "Object component named AdditionalProperties", "/specs/additional-properties.yaml",
            Header31 + "components:\n  schemas:\n    AdditionalProperties:\n      type: object\n      properties:\n        a: {type: string}\n" },

        // CK0003 located at line 1 of '/specs/missing.yaml' (a file that does not exist) instead of at the $ref, and
        // naming the resolved '/specs/missing.yaml#' rather than the reference as written: SpecBundler.Hoist calls
        // Fragment(targetFile, pointer, id, fromFile: targetFile).
        { "Schema $ref to a file that is not there", "/specs/missing-file.yaml",
            Header31 + "components:\n  schemas:\n    A:\n      type: object\n      properties:\n        b:\n          $ref: './missing.yaml'\n" },

        // CK0001 on line 3 of a 2-line file: at the end of a text without a final newline SharpYaml reports the
        // position of an implied line break, one line past the last one; the location is not clamped to the file.
        { "Unclosed flow mapping at the end of a file without a final newline", "/specs/unclosed-at-end.yaml",
            "openapi: 3.1.0\ninfo: {" },

        // CK0008 OpenApiReaderException ("YAML mapping keys must be scalar values", Microsoft.OpenApi's YamlConverter,
        // which SpecText did not catch): a "?" that makes the next line a complex key. Expected: CK0001 at the key.
        { "YAML mapping with a complex key", "/specs/complex-key.yaml",
            Header31 + "components:\n  schemas:\n    ? [a, b]\n    : type: object\n" },

        // Did not compile (CS0103 in {Operation}Result): a response's "'200':" line deleted, so "description" and
        // "content" became response keys, and the server's result type named factories after them. Expected: CK0014
        // for each key that is not a status, and code that compiles.
        { "Response keys that are not statuses", "/specs/not-a-status.yaml",
            "openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths:\n  /a:\n    get:\n      operationId: listThings\n      responses:\n          description: Things\n          content:\n            application/json:\n              schema: {type: array, items: {type: string}}\n" },

        // Did not compile (CS1519): a media type holding U+2028 (a line terminator to C#) written into an XML doc
        // comment of the client without being kept on one line.
        { "Media type with a line separator", "/specs/media-line-separator.yaml",
            "openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths:\n  /a:\n    post:\n      operationId: make\n      requestBody:\n        content:\n          \"ap\\u2028plication/json\":\n            schema: {type: object}\n      responses:\n        '200':\n          description: OK\n          content:\n            \"te\\u2028xt/plain\": {}\n" },

        // Did not compile (CS1503): the idempotency key's schema lost its type (so the key is a JsonElement?), and the
        // batching overload derived a per-chunk key from it as from a string.
        { "Idempotency key without a type", "/specs/untyped-key.yaml",
            "openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths:\n  /a:\n    post:\n      operationId: push\n      x-contractkit-idempotency: {header: Idempotency-Key}\n      parameters:\n        - name: Idempotency-Key\n          in: header\n          schema: {minLength: 1}\n      requestBody:\n        content:\n          application/json:\n            schema:\n              type: object\n              properties:\n                items: {type: array, maxItems: 2, items: {type: string}}\n      responses:\n        '200':\n          description: OK\n          content:\n            application/json:\n              schema: {type: array, items: {type: string}}\n" },

        // Found by hand, not by the random search (session 4): references that lead nowhere in a circle. CK0008
        // InvalidOperationException ("Circular reference detected while resolving …") from Microsoft.OpenApi on the
        // first keyword read through them. Expected: one CK0003 per circle (LocalReferences), and code that compiles.
        { "Components that only refer to each other", "/specs/ref-circle.yaml",
            Header31 + "components:\n  schemas:\n    A:\n      $ref: '#/components/schemas/B'\n    B:\n      $ref: '#/components/schemas/A'\n" },
        { "A property that refers to itself by pointer", "/specs/ref-self-pointer.yaml",
            Header31 + "components:\n  schemas:\n    A:\n      type: object\n      properties:\n        b:\n          $ref: '#/components/schemas/A/properties/b'\n" },
        { "A schema that refers to its own property, which refers back", "/specs/ref-into-itself.yaml",
            Header31 + "components:\n  schemas:\n    A:\n      $ref: '#/components/schemas/A/properties/x'\n      properties:\n        x:\n          $ref: '#/components/schemas/A'\n" },
        // A 3.1 '$defs' pointer at the root, where there is none: Microsoft.OpenApi looks for it inside the referring
        // schema, which is the reference itself, and goes round. Expected: CK0003 (nothing at that pointer).
        { "A $ref to a $defs pointer that is not there", "/specs/ref-defs.yaml",
            Header31 + "components:\n  schemas:\n    A:\n      $ref: '#/$defs/B'\n" },
        // These did not crash; kept so that they stay so. Circles of path items, parameters and responses.
        { "Path items and components of other kinds in circles", "/specs/ref-circles-other.yaml",
            "openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths:\n  /x:\n    $ref: '#/components/pathItems/A'\n  /y:\n    get:\n      parameters:\n        - $ref: '#/components/parameters/P'\n      responses:\n        '200':\n          $ref: '#/components/responses/R'\ncomponents:\n  pathItems:\n    A:\n      $ref: '#/components/pathItems/B'\n    B:\n      $ref: '#/components/pathItems/A'\n  parameters:\n    P:\n      $ref: '#/components/parameters/P'\n  responses:\n    R:\n      $ref: '#/components/responses/S'\n    S:\n      $ref: '#/components/responses/R'\n" },

        // CK0008 InvalidOperationException ("A node cycle was detected") in DeepReferences: a schema's $ref retargeted
        // to '#/components' was moved into components/schemas, that is into itself. Expected: CK0003 at the $ref.
        { "Schema reference to the components object", "/specs/components-ref.yaml",
            Header31 + "components:\n  schemas:\n    A:\n      properties:\n        b:\n          $ref: '#/components'\n        c:\n          $ref: '#/components/schemas'\n" },

        // The same kind of reference from a response: copying all paths into one of them would never end. Expected: CK0003.
        { "Response reference to the document root", "/specs/root-ref.yaml",
            "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths:\n  /a:\n    get:\n      responses:\n        '200':\n          $ref: '#/paths'\n" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Damaged_spec_is_reported_not_crashed_on(string description, string path, string text)
    {
        var problems = MutatedSpecProperties.Problems(path, text);

        Assert.True(problems.Count == 0, $"{description}:\n{string.Join("\n", problems)}");
    }
}
