using ContractKit.Generator.Tests.Infrastructure;

namespace ContractKit.Generator.Tests.Models;

/// <summary>
/// An <c>anyOf</c> of object alternatives without a discriminator (DigitalOcean's database configurations): several
/// alternatives can read the same object, since none requires anything and all keep unknown members. The one that
/// declares most of its members is the one it was written as, so it reads back unchanged and gains no other
/// alternative's defaults. Found by the corpus round-trip property (a MongoDB configuration read as MySQL's, which
/// then wrote MySQL's <c>log_output: NONE</c>).
/// </summary>
public sealed class UnionChoiceTests
{
    private const string Spec = """
        openapi: 3.1.0
        info:
          title: Union choice
          version: '1'
        paths: {}
        components:
          schemas:
            DatabaseConfig:
              type: object
              properties:
                config:
                  anyOf:
                    - $ref: '#/components/schemas/MysqlConfig'
                    - $ref: '#/components/schemas/MongoConfig'
                    - type: string
            MysqlConfig:
              type: object
              properties:
                log_output:
                  type: string
                  default: NONE
                sql_mode:
                  type: string
            MongoConfig:
              type: object
              properties:
                default_read_concern:
                  type: string
                verbosity:
                  type: integer
        """;

    private static readonly Lazy<CompiledSpec> Compiled = new(() => CompiledSpec.Load(new SpecInput("/spec/union-choice.yaml", Spec, Emit: "Models")));

    private static Type DatabaseConfig => Compiled.Value.Assembly.GetType($"{Compiled.Value.Model.Namespace}.DatabaseConfig", throwOnError: true)!;

    [Theory]
    [InlineData("""{"config":{"default_read_concern":"local","verbosity":3,"extra":"kept"}}""")]
    [InlineData("""{"config":{"log_output":"TABLE"}}""")]
    [InlineData("""{"config":"plain text"}""")]
    public void An_object_reads_as_the_alternative_that_declares_most_of_its_members_and_round_trips(string json)
        => Assert.Equal(json, Compiled.Value.RoundTrip(DatabaseConfig, json));

    [Fact]
    public void The_alternative_chosen_holds_its_own_defaults_and_writes_back_only_what_was_read()
    {
        // MySQL's member: read as MySQL, whose log_output then holds its default, not written back (JSON left it out).
        const string json = """{"config":{"sql_mode":"ANSI","extra":"kept"}}""";

        Assert.Equal(json, Compiled.Value.RoundTrip(DatabaseConfig, json));
        var mysql = Alternative(json, "MysqlConfig");
        Assert.NotNull(mysql);
        Assert.Equal("NONE", mysql.GetType().GetProperty("LogOutput")!.GetValue(mysql));
    }

    [Fact]
    public void On_a_tie_the_first_alternative_in_the_spec_wins()
    {
        // No member is declared by either: the first (MySQL) reads it.
        const string json = """{"config":{"extra":1}}""";

        Assert.Equal(json, Compiled.Value.RoundTrip(DatabaseConfig, json));
        Assert.NotNull(Alternative(json, "MysqlConfig"));
        Assert.Null(Alternative(json, "MongoConfig"));
    }

    /// <summary>The <c>config</c> union's alternative <paramref name="label"/> (through its <c>TryGet…</c>), or null
    /// when it holds another.</summary>
    private static object? Alternative(string json, string label)
    {
        var model = System.Text.Json.JsonSerializer.Deserialize(json, DatabaseConfig, Compiled.Value.Options)!;
        var config = DatabaseConfig.GetProperty("Config")!.GetValue(model)!;
        var arguments = new object?[] { null };
        var found = (bool)config.GetType().GetMethod("TryGet" + label)!.Invoke(config, arguments)!;
        return found ? arguments[0] : null;
    }
}
