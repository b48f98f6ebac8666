namespace ContractKit.Generator.Tests.Robustness;

/// <summary>
/// Constructs that are legal (or nearly) and rare in real specs, tried by hand in session 4 after a circle of
/// references turned out to fail a whole spec: each must pass the checks a damaged spec must pass (no generator failure,
/// no CK0008, every CK diagnostic on a line of the file, generated code that compiles), with all four surfaces.
/// </summary>
public sealed class OddConstructTests
{
    private const string Header31 = "openapi: 3.1.0\ninfo:\n  title: t\n  version: '1'\n";
    private const string Header30 = "openapi: 3.0.3\ninfo:\n  title: t\n  version: '1'\n";

    public static TheoryData<string, string> Cases() => new()
    {
        { "A $ref into a component's own $defs", Header31 + "paths: {}\ncomponents:\n  schemas:\n    A:\n      type: object\n      $defs:\n        B: {type: string}\n      properties:\n        b:\n          $ref: '#/components/schemas/A/$defs/B'\n" },
        { "A property that restates a sibling by pointer", Header31 + "paths: {}\ncomponents:\n  schemas:\n    A:\n      type: object\n      properties:\n        b: {type: string, maxLength: 3}\n        c:\n          $ref: '#/components/schemas/A/properties/b'\n" },
        { "A $ref to an $anchor", Header31 + "paths: {}\ncomponents:\n  schemas:\n    A:\n      $anchor: foo\n      type: string\n    B:\n      type: object\n      properties:\n        a: {$ref: '#foo'}\n" },
        { "$dynamicRef and $dynamicAnchor", Header31 + "paths: {}\ncomponents:\n  schemas:\n    A:\n      $dynamicAnchor: node\n      type: object\n      properties:\n        next: {$dynamicRef: '#node'}\n" },
        { "Type lists, consts of every kind, mixed enums, items: false, prefixItems", Header31 + "paths: {}\ncomponents:\n  schemas:\n    A:\n      type: object\n      properties:\n        v: {type: [string, integer, 'null']}\n        c: {const: 3}\n        o: {const: {a: 1}}\n        e: {enum: [1, a, null, true]}\n        i: {type: array, items: false}\n        p: {type: array, prefixItems: [{type: string}, {type: integer}]}\n" },
        { "Property names that are empty, symbols, keywords, digits, or differ only in case", Header31 + "paths: {}\ncomponents:\n  schemas:\n    A:\n      type: object\n      properties:\n        '': {type: string}\n        '$': {type: string}\n        'a b': {type: string}\n        '1': {type: string}\n        class: {type: string}\n        '@type': {type: string}\n        A: {type: string}\n        a: {type: string}\n" },
        { "A discriminator mapping to components that do not exist", Header31 + "paths: {}\ncomponents:\n  schemas:\n    A:\n      oneOf:\n        - {type: object, properties: {k: {const: x}}}\n        - $ref: '#/components/schemas/Nope'\n      discriminator:\n        propertyName: k\n        mapping:\n          x: '#/components/schemas/Nope'\n          y: 'Other'\n" },
        { "allOf members that disagree on a property's type", Header31 + "paths: {}\ncomponents:\n  schemas:\n    A:\n      allOf:\n        - {type: object, properties: {x: {type: string}}}\n        - {type: object, properties: {x: {type: integer}}, required: [x]}\n" },
        { "3.0 nullable with no type, through $ref and allOf", Header30 + "paths: {}\ncomponents:\n  schemas:\n    A:\n      nullable: true\n    B:\n      type: object\n      properties:\n        a: {$ref: '#/components/schemas/A'}\n        n: {nullable: true, allOf: [{$ref: '#/components/schemas/A'}]}\n" },
        { "Path parameters that differ only in case", Header31 + "paths:\n  /a/{Id}/{id}:\n    get:\n      parameters:\n        - {name: Id, in: path, required: true, schema: {type: string}}\n        - {name: id, in: path, required: true, schema: {type: integer}}\n      responses:\n        '200': {description: OK}\n" },
        { "A 3.1 document with webhooks and no paths", Header31 + "webhooks:\n  ping:\n    post:\n      requestBody:\n        content:\n          application/json:\n            schema: {type: object}\n      responses:\n        '200': {description: OK}\n" },
        { "Operations named class and Class, binary and multipart bodies", Header31 + "paths:\n  /a:\n    get:\n      operationId: class\n      responses:\n        '200':\n          description: OK\n          content:\n            application/json:\n              schema: {type: string, format: binary}\n    post:\n      operationId: Class\n      requestBody:\n        content:\n          multipart/form-data:\n            schema: {type: object, properties: {f: {type: string, format: binary}}}\n      responses:\n        default: {description: x}\n" },
        { "Parameters by content, in a cookie, as an object in a header", Header31 + "paths:\n  /a:\n    get:\n      parameters:\n        - {name: q, in: query, content: {application/json: {schema: {type: object}}}}\n        - {name: c, in: cookie, schema: {type: array, items: {type: string}}}\n        - {name: h, in: header, schema: {type: object, properties: {a: {type: integer}}}}\n      responses:\n        '204': {description: none}\n" },
        { "Patterns .NET reads differently or cannot compile, bounds that overflow or are negative", Header31 + "paths: {}\ncomponents:\n  schemas:\n    A:\n      type: object\n      properties:\n        p: {type: string, pattern: '\\\\p{L}+'}\n        q: {type: string, pattern: '['}\n        m: {type: number, multipleOf: 0.01, minimum: 1e400}\n        l: {type: string, maxLength: 1e10}\n        i: {type: array, maxItems: -1}\n        n: {type: integer, format: int32, maximum: 1e20}\n" },
        { "Defaults of the wrong type, enums with duplicates and numbers past Int64", Header31 + "paths: {}\ncomponents:\n  schemas:\n    A:\n      type: object\n      properties:\n        d: {type: integer, default: abc}\n        e: {type: number, default: 1e400}\n        f: {type: integer, enum: [1, 1, 9223372036854775808]}\n        g: {enum: [1e400]}\n        h: {type: string, default: 5}\n        k: {type: boolean, default: 'yes'}\n" },
        { "ContractKit extensions with values they cannot use", Header31 + "paths:\n  /a:\n    post:\n      x-contractkit-max-request-bytes: -5\n      requestBody:\n        content:\n          application/json:\n            schema:\n              type: object\n              properties:\n                t: {type: integer, x-contractkit-not-future: true}\n                u: {type: string, format: date-time, x-contractkit-not-future: {allowedClockSkew: PT-5M}}\n      responses:\n        '200': {description: OK}\n" },
        { "Enum values whose member names collide", Header31 + "paths: {}\ncomponents:\n  schemas:\n    A:\n      type: string\n      enum: [a, A, 'a-b', 'a_b', aB, '', ' ', '1', 'Value', 'IsKnown']\n    B:\n      type: integer\n      enum: [0, -1, 1, 2147483648]\n" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Odd_construct_is_generated_or_reported_never_crashed_on(string description, string text)
    {
        var problems = MutatedSpecProperties.Problems("/specs/odd.yaml", text);

        Assert.True(problems.Count == 0, $"{description}:\n{string.Join("\n", problems)}");
    }
}
