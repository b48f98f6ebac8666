using System.Globalization;
using System.Text;
using ContractKit.Generator.Tests.Infrastructure;
using ContractKit.Runtime.Validation;
using Microsoft.CodeAnalysis;

namespace ContractKit.Generator.Tests.Validators;

/// <summary>
/// Each keyword family on a small spec compiled once: a valid value passes, and each invalid one yields exactly the
/// expected (pointer, keyword) pairs. The 3.0 spec covers what differs in 3.0 (nullable, boolean exclusiveMaximum).
/// </summary>
public class KeywordFamilyTests
{
    private const string Spec31 = """
        openapi: 3.1.0
        info: {title: Keywords, version: '1'}
        paths: {}
        components:
          schemas:
            Types:
              type: object
              properties:
                text: {type: string}
                count: {type: integer}
                ratio: {type: number}
                flag: {type: boolean}
                maybe: {type: [string, 'null']}
            Strings:
              type: object
              properties:
                code: {type: string, minLength: 2, maxLength: 3}
                phone: {type: string, pattern: '^\+[1-9][0-9]{1,14}$'}
                digits: {type: string, pattern: '^\d+$'}
                when: {type: string, format: date-time}
                day: {type: string, format: date}
                id: {type: string, format: uuid}
                mail: {type: string, format: email}
                ip: {type: string, format: ipv4}
                site: {type: string, format: uri}
            Numbers:
              type: object
              properties:
                percent: {type: number, minimum: 0, maximum: 100}
                positive: {type: number, exclusiveMinimum: 0}
                below: {type: integer, exclusiveMaximum: 10}
                cents: {type: number, multipleOf: 0.01}
                small: {type: integer, format: int32}
            Enums:
              type: object
              properties:
                color: {type: string, enum: [red, green]}
                level: {type: integer, enum: [1, 2, 3]}
                fixed: {const: 42}
            Arrays:
              type: object
              properties:
                tags: {type: array, minItems: 1, maxItems: 2, items: {type: string}}
                unique: {type: array, uniqueItems: true}
            Objects:
              type: object
              required: [id]
              additionalProperties: false
              minProperties: 1
              maxProperties: 3
              properties:
                id: {type: string}
                createdBy: {type: string, readOnly: true}
                note: {}
            Map:
              type: object
              additionalProperties: {type: integer}
            Composed:
              allOf:
                - {type: object, required: [a]}
                - {type: object, required: [b]}
            AnyOne:
              anyOf:
                - {type: string}
                - {type: integer}
            ExactlyOne:
              oneOf:
                - {type: integer}
                - {type: number, maximum: 10}
            NotString:
              not: {type: string}
            Tree:
              type: object
              required: [name]
              properties:
                name: {type: string, minLength: 1}
                children: {type: array, items: {$ref: '#/components/schemas/Tree'}}
            Nested:
              oneOf:
                - {type: array, items: {$ref: '#/components/schemas/Nested'}}
                - {type: array, items: {$ref: '#/components/schemas/Nested'}, maxItems: 1000}
        """;

    private const string Spec30 = """
        openapi: 3.0.3
        info: {title: Keywords 3.0, version: '1'}
        paths: {}
        components:
          schemas:
            Legacy:
              type: object
              properties:
                nickname: {type: string, nullable: true}
                name: {type: string}
                score: {type: number, maximum: 10, exclusiveMaximum: true}
        """;

    private static readonly Lazy<CompiledValidators> Validators31 = new(() => Compile("keywords31.yaml", Spec31));
    private static readonly Lazy<CompiledValidators> Validators30 = new(() => Compile("keywords30.yaml", Spec30));

    private static CompiledValidators Compile(string path, string text)
        => CompiledValidators.From(CompiledSpec.Load(new SpecInput("/specs/" + path, text, Emit: "Models;Validators")));

    /// <summary>The keywords a string value breaks against a schema, in the order reported.</summary>
    private static string KeywordsOf(CompiledValidators validators, string schema, string value)
        => string.Join("; ", validators.Validate(schema, System.Text.Json.JsonSerializer.Serialize(value)).Errors.Select(e => e.Keyword));

    [Theory]
    // type
    [InlineData("Types", """{"text":"a","count":1,"ratio":1.5,"flag":true,"maybe":null}""", "")]
    [InlineData("Types", """{"count":1.0}""", "")] // JSON Schema: 1.0 is an integer
    [InlineData("Types", """{"text":1}""", "/text type")]
    [InlineData("Types", """{"count":1.5}""", "/count type")]
    [InlineData("Types", """{"flag":"true","ratio":"1"}""", "/flag type; /ratio type")]
    [InlineData("Types", """{"text":null}""", "/text type")]
    [InlineData("Types", "[]", "(root) type")]
    // strings: lengths count code points; patterns are ECMA-262; formats follow their RFCs
    [InlineData("Strings", """{"code":"ab","phone":"+41791234567","digits":"123"}""", "")]
    [InlineData("Strings", """{"code":"😀😀"}""", "")]
    [InlineData("Strings", """{"code":"a"}""", "/code minLength")]
    [InlineData("Strings", """{"code":"abcd"}""", "/code maxLength")]
    [InlineData("Strings", """{"phone":"+41791234567\n"}""", "/phone pattern")]
    [InlineData("Strings", """{"digits":"١٢٣"}""", "/digits pattern")]
    [InlineData("Strings", """{"when":"2026-02-10T10:30:00Z","day":"2024-02-29","id":"0f8fad5b-d9cb-469f-a165-70867728950e","mail":"a@b.ch","ip":"192.0.2.1","site":"https://example.com/x"}""", "")]
    [InlineData("Strings", """{"when":"2026-02-10T10:30:00"}""", "/when format")]
    [InlineData("Strings", """{"day":"2023-02-29"}""", "/day format")]
    [InlineData("Strings", """{"id":"0f8fad5b-d9cb-469f-a165-70867728950g"}""", "/id format")]
    [InlineData("Strings", """{"mail":"a.b.ch"}""", "/mail format")]
    [InlineData("Strings", """{"ip":"01.2.3.4"}""", "/ip format")]
    [InlineData("Strings", """{"site":"/relative"}""", "/site format")]
    [InlineData("Strings", """{"when":"2026-02-10T10:30:0\u0030Z"}""", "")] // an escaped character is read unescaped
    // numbers
    [InlineData("Numbers", """{"percent":100,"positive":0.001,"below":9,"cents":19.99,"small":2147483647}""", "")]
    [InlineData("Numbers", """{"percent":100.5}""", "/percent maximum")]
    [InlineData("Numbers", """{"percent":-1}""", "/percent minimum")]
    [InlineData("Numbers", """{"positive":0}""", "/positive exclusiveMinimum")]
    [InlineData("Numbers", """{"below":10}""", "/below exclusiveMaximum")]
    [InlineData("Numbers", """{"cents":19.999}""", "/cents multipleOf")]
    [InlineData("Numbers", """{"small":2147483648}""", "/small format")]
    // enum and const compare JSON values
    [InlineData("Enums", """{"color":"red","level":2.0,"fixed":42}""", "")]
    [InlineData("Enums", """{"color":"blue"}""", "/color enum")]
    [InlineData("Enums", """{"level":4}""", "/level enum")]
    [InlineData("Enums", """{"fixed":"42"}""", "/fixed const")]
    // arrays
    [InlineData("Arrays", """{"tags":["a","b"],"unique":[1,"1",{"a":1,"b":2}]}""", "")]
    [InlineData("Arrays", """{"tags":[]}""", "/tags minItems")]
    [InlineData("Arrays", """{"tags":["a","b","c"]}""", "/tags maxItems")]
    [InlineData("Arrays", """{"tags":["a",2]}""", "/tags/1 type")]
    [InlineData("Arrays", """{"unique":[{"a":1,"b":2},{"b":2,"a":1.0}]}""", "/unique/1 uniqueItems")]
    // objects
    [InlineData("Objects", """{"id":"1","note":[1]}""", "")]
    [InlineData("Objects", """{"note":1}""", "/id required")]
    [InlineData("Objects", """{"id":"1","extra":true}""", "/extra additionalProperties")]
    [InlineData("Objects", """{"id":"1","createdBy":"x","note":1,"more":2}""", "/more additionalProperties; (root) maxProperties")]
    [InlineData("Objects", """{}""", "/id required; (root) minProperties")]
    [InlineData("Objects", """{"id":"1","a~b/c":1}""", "/a~0b~1c additionalProperties")]
    [InlineData("Map", """{"a":1,"b":2}""", "")]
    [InlineData("Map", """{"a":1,"b":"2"}""", "/b type")]
    // applicators
    [InlineData("Composed", """{"a":1,"b":2}""", "")]
    [InlineData("Composed", """{}""", "/a required; /b required")]
    [InlineData("AnyOne", "\"x\"", "")]
    [InlineData("AnyOne", "true", "(root) anyOf")]
    [InlineData("ExactlyOne", "9.5", "")]
    [InlineData("ExactlyOne", "11", "")]
    [InlineData("ExactlyOne", "5", "(root) oneOf")] // an integer ≤ 10 matches both
    [InlineData("ExactlyOne", "\"5\"", "(root) oneOf")]
    [InlineData("NotString", "5", "")]
    [InlineData("NotString", "\"5\"", "(root) not")]
    // recursion
    [InlineData("Tree", """{"name":"a","children":[{"name":"b","children":[{"name":""}]}]}""", "/children/0/children/0/name minLength")]
    public void A_value_yields_exactly_the_expected_violations(string schema, string json, string expected)
        => AssertViolations(Validators31.Value, schema, json, expected);

    [Theory]
    [InlineData("Legacy", """{"nickname":null,"score":9.99}""", "")]
    [InlineData("Legacy", """{"name":null}""", "/name type")]
    [InlineData("Legacy", """{"score":10}""", "/score exclusiveMaximum")]
    public void OpenApi_3_0_keywords_keep_their_3_0_meaning(string schema, string json, string expected)
        => AssertViolations(Validators30.Value, schema, json, expected);

    [Fact]
    public void Errors_stop_at_the_limit_and_the_result_says_so()
    {
        var many = "[" + string.Join(",", Enumerable.Repeat("{\"name\":\"\"}", 50)) + "]";
        var options = new ValidationOptions { MaxErrors = 10 };

        var result = Validators31.Value.Validate("Tree", $$"""{"name":"root","children":{{many}}}""", options);

        Assert.Equal(10, result.Errors.Count);
        Assert.True(result.IsTruncated);
    }

    [Fact]
    public void Alternatives_nested_in_alternatives_stop_at_the_work_budget_not_after_two_to_the_fortieth_walks()
    {
        // Each level tries both alternatives, and each alternative the next level: 2^40 walks without a budget.
        var deep = new string('[', 40) + new string(']', 40);

        var result = Validators31.Value.Validate("Nested", deep);

        Assert.True(result.IsTruncated);
        Assert.Contains(result.Errors, e => e.Keyword == "budget" && e.Pointer == "");
    }

    /// <summary>
    /// A lookahead (AWS's <c>^(?!aws:)…</c>, password rules) cannot run on NonBacktracking. It runs on the
    /// backtracking engine under a time limit, is checked, and the spec says so with a located CK0016 (Info).
    /// </summary>
    [Fact]
    public void A_pattern_that_needs_backtracking_is_checked_and_reported_as_information()
    {
        const string spec = """
            openapi: 3.1.0
            info: {title: Lookahead, version: '1'}
            paths: {}
            components:
              schemas:
                Password:
                  type: string
                  minLength: 8
                  pattern: '^(?=.*[0-9])(?!.*(.)\1).+$'
            """;

        var result = GeneratorHarness.Run(new SpecInput("/specs/lookahead.yaml", spec, Emit: "Validators"));

        var info = Assert.Single(result.SpecDiagnostics);
        Assert.Equal(("CK0016", DiagnosticSeverity.Info), (info.Id, info.Severity));
        Assert.Equal(8, info.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains("100 ms", info.GetMessage(CultureInfo.InvariantCulture));
        Assert.Empty(result.CompileProblems);

        var validators = Compile("lookahead.yaml", spec);
        string Errors(string value) => KeywordsOf(validators, "Password", value);
        Assert.Equal("", Errors("abcdefg1"));
        Assert.Equal("pattern", Errors("abcdefgh")); // no digit
        Assert.Equal("pattern", Errors("abcdeff1")); // a character twice in a row (the backreference)
        Assert.Equal("minLength; pattern", Errors("aab1"));
    }

    [Fact]
    public void A_pattern_that_is_no_ECMA_262_is_a_located_warning_and_not_checked()
    {
        const string spec = """
            openapi: 3.0.3
            info: {title: Java classes, version: '1'}
            paths: {}
            components:
              schemas:
                Label:
                  type: string
                  maxLength: 5
                  pattern: '^\p{Print}+$'
            """;

        var result = GeneratorHarness.Run(new SpecInput("/specs/java.yaml", spec, Emit: "Validators"));

        var warning = Assert.Single(result.SpecDiagnostics);
        Assert.Equal(("CK0010", DiagnosticSeverity.Warning), (warning.Id, warning.Severity));
        Assert.Equal(8, warning.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains("Print", warning.GetMessage(CultureInfo.InvariantCulture));
        Assert.Empty(result.CompileProblems);

        var validators = Compile("java.yaml", spec);
        string Errors(string value) => KeywordsOf(validators, "Label", value);
        Assert.Equal("", Errors("\u0001"));
        Assert.Equal("maxLength", Errors("abcdef"));
    }

    /// <summary>
    /// AWS's specs bound lengths with patterns such as <c>^[a-zA-Z0-9\-\_\.]{1,4096}$</c>: too large an automaton for
    /// NonBacktracking, and "\_" is no u-flag escape, so each was a CK0010 and went unchecked. A simple anchored
    /// ASCII pattern runs without a regex, and "\_" reads as "_" (Annex B).
    /// </summary>
    [Fact]
    public void A_long_bounded_repeat_with_an_escaped_underscore_is_checked_without_a_warning()
    {
        const string spec = """
            openapi: 3.0.3
            info: {title: Names, version: '1'}
            paths: {}
            components:
              schemas:
                Key:
                  type: string
                  pattern: '^[a-zA-Z0-9\-\_\.]{1,4096}$'
            """;

        var result = GeneratorHarness.Run(new SpecInput("/specs/names.yaml", spec, Emit: "Validators"));
        Assert.Empty(result.SpecDiagnostics);
        var validators = Compile("names.yaml", spec);

        string Errors(string value) => KeywordsOf(validators, "Key", value);
        Assert.Equal("", Errors("a_b-c.D9"));
        Assert.Equal("", Errors(new string('a', 4096)));
        Assert.Equal("pattern", Errors(new string('a', 4097)));
        Assert.Equal("pattern", Errors(""));
        Assert.Equal("pattern", Errors("a/b"));
        Assert.Equal("pattern", Errors("a\\_b"));
    }

    /// <summary>VTEX's <c>401_Unauthorized</c>: the field behind a pattern property of a name starting with "_" was the property itself (CS0102).</summary>
    [Fact]
    public void A_pattern_of_a_schema_whose_name_starts_with_a_digit_compiles_and_is_checked()
    {
        const string spec = """
            openapi: 3.0.3
            info: {title: Digits, version: '1'}
            paths: {}
            components:
              schemas:
                401_Unauthorized:
                  type: object
                  properties:
                    traceId: {type: string, pattern: '^00-[0-9a-f]{32}-00$'}
                    code: {type: string, pattern: '^(a|b)+$'}
            """;

        var validators = Compile("digits.yaml", spec);

        AssertViolations(validators, "401_Unauthorized", $$"""{"traceId":"00-{{new string('a', 32)}}-00","code":"abba"}""", "");
        AssertViolations(validators, "401_Unauthorized", """{"traceId":"00-x-00","code":"c"}""", "/traceId pattern; /code pattern");
    }

    /// <summary>
    /// Codat's 3.1 specs write <c>properties: { additionalProperties: false }</c>: a property whose schema is
    /// <c>false</c>. Microsoft.OpenApi threw a NullReferenceException on a boolean property schema and the spec was
    /// unreadable (CK0001); now <c>false</c> forbids the property and <c>true</c> allows anything, as JSON Schema says.
    /// </summary>
    [Fact]
    public void Boolean_property_schemas_forbid_or_allow_the_property()
    {
        const string spec = """
            openapi: 3.1.0
            info: {title: Flags, version: '1'}
            paths: {}
            components:
              schemas:
                Connection:
                  type: object
                  properties:
                    id: {type: string}
                    additionalProperties: false
                    anything: true
            """;

        var result = GeneratorHarness.Run(new SpecInput("/specs/flags.yaml", spec, Emit: "Models;Validators"));
        Assert.Empty(result.SpecDiagnostics);
        Assert.Empty(result.CompileProblems);
        var validators = Compile("flags.yaml", spec);

        AssertViolations(validators, "Connection", """{"id":"a","anything":[1,{"b":null}]}""", "");
        AssertViolations(validators, "Connection", """{"id":"a","additionalProperties":1}""", "/additionalProperties not");
    }

    private static void AssertViolations(CompiledValidators validators, string schema, string json, string expected)
    {
        var result = validators.ValidateBytes("#/components/schemas/" + schema, Encoding.UTF8.GetBytes(json));

        var actual = string.Join("; ", result.Errors.Select(e => $"{(e.Pointer.Length == 0 ? "(root)" : e.Pointer)} {e.Keyword}"));
        Assert.True(expected == actual, $"expected [{expected}] but got [{actual}]:\n{result}");
    }
}
