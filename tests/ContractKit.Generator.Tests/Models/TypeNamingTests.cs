using ContractKit.Generator.Configuration;
using ContractKit.Generator.Model;
using ContractKit.Generator.Parsing;
using ContractKit.Generator.Tests.Corpus;
using ContractKit.Generator.Tests.Infrastructure;
using FsCheck;
using FsCheck.Fluent;

namespace ContractKit.Generator.Tests.Models;

/// <summary>Type names are stable and never clash with what the emitters add beside them.</summary>
public sealed class TypeNamingTests
{
    private const string Header = "openapi: 3.1.0\ninfo: { title: T, version: '1' }\npaths: {}\ncomponents:\n  schemas:\n";

    [Fact]
    public void Adding_a_schema_anywhere_never_renames_an_existing_type()
    {
        var museum = File.ReadAllText(CorpusSpecs.PathOf("redocly-museum.yaml"));
        var before = TypeNames(museum);
        var componentLines = museum.Split('\n')
            .Select((line, index) => (line, index))
            .Where(x => x.line.StartsWith("    ") && !x.line.StartsWith("     ") && x.line.TrimEnd().EndsWith(':') && x.index > museum.Split('\n').ToList().FindIndex(l => l.StartsWith("  schemas:")))
            .Select(x => x.index)
            .ToArray();
        Assert.NotEmpty(componentLines);

        var property = Prop.ForAll(Arb.From(Gen.Elements(componentLines).Zip(Gen.Choose(0, 9999))), ((int Line, int Suffix) insert) =>
        {
            var lines = museum.Split('\n').ToList();
            lines.InsertRange(insert.Line, new[]
            {
                $"    Added{insert.Suffix}:",
                "      type: object",
                "      properties:",
                "        status: { type: string, enum: [open, closed] }",
                "        address: { type: object, properties: { city: { type: string } } }",
            });
            var after = TypeNames(string.Join('\n', lines));
            Assert.Empty(before.Except(after));
        });

        Check.One(PropertyConfig.Quick(40), property);
    }

    [Fact]
    public void Schema_names_that_spell_a_converter_or_the_json_class_get_other_names()
    {
        var spec = Header + """
                Pet: { type: object, properties: { name: { type: string } } }
                PetJsonConverter: { type: object, properties: { id: { type: integer } } }
                TestClientJson: { type: object, properties: { id: { type: integer } } }
            """;

        var result = GeneratorHarness.Run(new SpecInput("/specs/api.yaml", spec));

        Assert.Empty(result.CompileProblems);
        var names = result.Sources.Select(s => s.HintName).ToList();
        Assert.Contains(names, n => n.EndsWith(".Pet.g.cs"));
        Assert.Contains(names, n => n.EndsWith(".PetJsonConverter2.g.cs")); // PetJsonConverter is the converter of Pet
        Assert.Contains(names, n => n.EndsWith(".TestClientJson2.g.cs"));
    }

    /// <summary>
    /// Found on AWS's Schemas API (a schema named <c>Type</c>): a name the generated code also uses as a member
    /// (a converter's inherited <c>Type</c>, the JSON class's <c>Options</c> and <c>Resolver</c>, a property beside
    /// an enum-typed property of that name) must not capture references to the type.
    /// </summary>
    [Fact]
    public void Schemas_named_like_members_of_the_generated_code_compile_and_keep_their_defaults()
    {
        var spec = Header + """
                Type: { type: string, enum: [a, b] }
                Kind: { type: string, enum: [x, y] }
                Holder:
                  type: object
                  properties:
                    type: { $ref: '#/components/schemas/Kind', default: y }
                    kind: { $ref: '#/components/schemas/Type', default: b }
                Options: { type: object, properties: { id: { type: integer } } }
                Resolver: { type: object, properties: { id: { type: integer } } }
                CreateOptions: { type: object, properties: { id: { type: integer } } }
                Equals: { type: object, properties: { id: { type: integer } } }
            """;

        var compiled = CompiledSpec.Load(new SpecInput("/specs/api.yaml", spec, Emit: "Models;Validators"));

        var holder = compiled.Assembly.GetType("Test.Api.Holder", throwOnError: true)!;
        var read = System.Text.Json.JsonSerializer.Deserialize("{}", holder, compiled.Options)!;
        Assert.Equal("y", holder.GetProperty("Type")!.GetValue(read)!.ToString());
        Assert.Equal("b", holder.GetProperty("Kind")!.GetValue(read)!.ToString());
        var type = compiled.Assembly.GetType("Test.Api.Type", throwOnError: true)!;
        Assert.Equal("\"b\"", compiled.RoundTrip(type, "\"b\""));
        var json = compiled.Assembly.GetType("Test.Api.TestClientJson", throwOnError: true)!;
        foreach (var property in new[] { "OptionsTypeInfo", "ResolverTypeInfo", "CreateOptionsTypeInfo", "EqualsTypeInfo", "Holder" })
        {
            Assert.NotNull(json.GetProperty(property)?.GetValue(null));
        }
        Assert.Empty(GeneratorHarness.Run(new SpecInput("/specs/api.yaml", spec, Emit: "Models;Validators;Client")).CompileProblems);
    }

    /// <summary>
    /// Roslyn requires hint names unique ignoring case and throws on a second one (CS8785: the generator adds
    /// nothing). Found in APIs.guru's specs: Probely's <c>userName</c>/<c>username</c>, OpenBanking's
    /// <c>OBRate1_0</c>/<c>OB_Rate1_0</c>, Gitea's operations <c>userGetOAuth2Application</c>/<c>userGetOauth2Application</c>.
    /// </summary>
    [Fact]
    public void Names_that_differ_only_in_case_get_distinct_files_and_every_surface_compiles()
    {
        var spec = """
            openapi: 3.0.3
            info: { title: T, version: '1' }
            paths:
              /a:
                get:
                  operationId: userGetOAuth2Application
                  responses: { '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/OBRate1_0' } } } } }
              /b:
                get:
                  operationId: userGetOauth2Application
                  responses: { '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/OB_Rate1_0' } } } } }
            components:
              schemas:
                userName: { type: string, pattern: '^[a-z]+$' }
                username: { type: string, maxLength: 8 }
                OBRate1_0: { type: object, properties: { rate: { type: number } } }
                OB_Rate1_0: { type: object, properties: { value: { type: string } } }
            """;

        var result = GeneratorHarness.Run(new SpecInput("/specs/api.yaml", spec, Emit: "Models;Validators;Client"));

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.SpecDiagnostics);
        Assert.Empty(result.CompileProblems);
        var hintNames = result.Sources.Select(s => s.HintName).ToList();
        Assert.Equal(hintNames.Count, hintNames.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Contains(hintNames, n => n.EndsWith(".Models.OBRate10.g.cs", StringComparison.Ordinal));
        Assert.Contains(hintNames, n => n.EndsWith(".Models.ObRate102.g.cs", StringComparison.Ordinal));
        Assert.Contains(hintNames, n => n.EndsWith(".TestClient.UserGetOAuth2Application.g.cs", StringComparison.Ordinal));
        Assert.Contains(hintNames, n => n.EndsWith(".TestClient.UserGetOauth2Application2.g.cs", StringComparison.Ordinal));
    }

    [Fact]
    public void A_key_that_is_already_a_CSharp_name_keeps_it_whatever_maps_onto_it()
    {
        var spec = Header + """
                pet-status: { type: string, enum: [a] }
                PetStatus: { type: string, enum: [b] }
            """;

        var types = TypeNames(spec);

        Assert.Contains(("PetStatus", "#/components/schemas/PetStatus"), types);
        Assert.Contains(("PetStatus2", "#/components/schemas/pet-status"), types);
    }

    private static HashSet<(string Name, string Pointer)> TypeNames(string yaml)
    {
        var file = new SpecFile("/specs/api.yaml", SpecFileRole.Root, new SpecOptions("Test.Api", "TestClient", "Models", null), yaml);
        var model = SpecParser.Parse(new SpecSource(file, EquatableArray<SpecFile>.Empty), CancellationToken.None).Model!;
        return model.Types.Select(t => (t.Name, t.SchemaPointer)).ToHashSet();
    }
}
